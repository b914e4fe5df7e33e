import type { GitHubClient } from '../kit/github.js';
import { UserError } from '../kit/errors.js';
import type { RepoApi } from './repo-writer.js';

/** A failed call names the request and GitHub's message (a 403/404 usually means the token cannot write there). */
async function call<T>(what: string, work: () => Promise<{ data: T }>): Promise<T> {
  try {
    return (await work()).data;
  } catch (error) {
    const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
    if (typeof e.status !== 'number') throw error;
    const hint = e.status === 403 || e.status === 404 ? ' (does the token have write access to it?)' : '';
    throw new UserError(`${what}: HTTP ${e.status} ${e.response?.data?.message ?? e.message ?? ''}${hint}`.trim());
  }
}

export function octokitRepoApi(client: GitHubClient, forkWait = { attempts: 20, delayMs: 3000 }): RepoApi {
  return {
    async getRepository(owner, repo) {
      const data = await call(`Reading ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
      return { owner: data.owner.login, name: data.name, defaultBranch: data.default_branch };
    },
    async getBranchHead(owner, repo, branch) {
      try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        return call(`Reading ${owner}/${repo} branch ${branch}`, () => Promise.reject(error));
      }
    },
    async getCommitTree(owner, repo, sha) {
      return (await call(`Reading commit ${sha} of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo, commit_sha: sha }))).tree.sha;
    },
    async readFile(owner, repo, path, branch) {
      try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref: branch });
        if (Array.isArray(data) || data.type !== 'file') throw new UserError(`${owner}/${repo}: ${path} is not a file.`);
        return Buffer.from(data.content, 'base64').toString('utf8');
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        return call(`Reading ${path} of ${owner}/${repo}`, () => Promise.reject(error));
      }
    },
    async listTree(owner, repo, sha) {
      const data = await call(`Reading the files of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: 'true' }));
      if (data.truncated) throw new UserError(`${owner}/${repo}: GitHub truncated the file list; cannot compare the manifests with what is there.`);
      return data.tree.map((e) => ({ path: e.path, type: e.type, sha: e.sha }));
    },
    async createBlob(owner, repo, content) {
      return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/blobs', { owner, repo, content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' }))).sha;
    },
    async createTree(owner, repo, baseTree, entries) {
      const tree = entries.map((e) => ({ path: e.path, mode: '100644' as const, type: 'blob' as const, sha: e.sha }));
      return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/trees', { owner, repo, base_tree: baseTree, tree }))).sha;
    },
    async createCommit(owner, repo, message, tree, parent) {
      return (await call(`Committing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/commits', { owner, repo, message, tree, parents: [parent] }))).sha;
    },
    async createBranch(owner, repo, branch, sha) {
      await call(`Creating branch ${branch} in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha }));
    },
    async updateBranch(owner, repo, branch, sha, force) {
      await call(`Moving branch ${branch} of ${owner}/${repo}`, () => client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `heads/${branch}`, sha, force }));
    },
    async findOpenPull(owner, repo, head, base) {
      const data = await call(`Listing pull requests of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head, base, state: 'open', per_page: 100 }));
      const found = data.find((p) => `${p.head.repo?.owner.login ?? ''}:${p.head.ref}` === head || p.head.label === head);
      return found ? { number: found.number, html_url: found.html_url } : undefined;
    },
    async createPull(owner, repo, fields) {
      const data = await call(`Opening a pull request in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, ...fields, maintainer_can_modify: true }));
      return { number: data.number, html_url: data.html_url };
    },
    async fork(owner, repo) {
      const data = await call(`Forking ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/forks', { owner, repo, default_branch_only: true }));
      // GitHub creates a fork in the background (202): wait until its default branch can be read.
      for (let attempt = 0; ; attempt++) {
        const ready = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: data.owner.login, repo: data.name, ref: `heads/${data.default_branch}` }).then(
          () => true,
          () => false,
        );
        if (ready) break;
        if (attempt >= forkWait.attempts) throw new UserError(`The fork ${data.full_name} of ${owner}/${repo} was not ready after ${(forkWait.attempts * forkWait.delayMs) / 1000} s; run again.`);
        await new Promise((resolve) => setTimeout(resolve, forkWait.delayMs));
      }
      return { owner: data.owner.login, name: data.name };
    },
  };
}
