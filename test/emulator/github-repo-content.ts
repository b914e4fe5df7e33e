/**
 * Repository content for the GitHub emulator: repositories with branches, git objects (blobs, flat
 * trees, commits; blob ids are git's own, so a client can compare a file with a tree entry), the
 * contents endpoints, pull requests and forks — and asset downloads (the API's 302 to the stored
 * bytes). Responses start from the examples of GitHub's OpenAPI description, with the emulated
 * values put in; every request and response goes through the same judge as the release endpoints.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GitHubEmulator } from './github-emulator.ts';
import { openApiExample, type Route } from './openapi.ts';

type Send = (status: number, body?: unknown, headers?: Record<string, string>) => void;

interface Commit {
  tree: string;
  parents: string[];
  message: string;
  date: string;
}

interface RepoState {
  owner: string;
  name: string;
  defaultBranch: string;
  /** `heads/main` → commit sha */
  refs: Map<string, string>;
  forkOf?: string;
  id: number;
}

export interface EmulatedPull {
  number: number;
  /** owner/repo the pull request is opened in. */
  repository: string;
  title: string;
  body: string;
  /** `owner:branch` */
  head: string;
  headSha: string;
  base: string;
  state: 'open' | 'closed';
}

const example = <T = Record<string, unknown>>(name: string): T => structuredClone(openApiExample(name)) as T;

const sha1 = (text: string | Buffer): string => createHash('sha1').update(text).digest('hex');
const blobSha = (content: Buffer): string => createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');

/** The repository-content operations served here (method and OpenAPI path template). */
export const HANDLED: ReadonlySet<string> = new Set([
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/blobs',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'PUT /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/forks',
]);

/** The login the emulator's tokens belong to (the owner of forks). */
export const TOKEN_USER = 'octocat';

export class RepoContent {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, Commit>();
  readonly repos = new Map<string, RepoState>();
  readonly pulls: EmulatedPull[] = [];
  /** Asset downloads served (by asset id). */
  readonly downloads: number[] = [];
  /** A new fork stays empty (404 on its refs) for this many ref reads, as GitHub forks in the background. */
  forkReadyAfter = 0;
  private readonly pendingForks = new Map<RepoState, { reads: number; refs: Map<string, string> }>();
  private nextId = 5000;
  private clock = Date.UTC(2026, 1, 1);

  private readonly gh: GitHubEmulator;

  constructor(gh: GitHubEmulator) {
    this.gh = gh;
  }

  // ---------- set-up and inspection for tests ----------

  /** A repository whose default branch holds `files` in one commit. */
  createRepo(fullName: string, files: Record<string, string> = {}, defaultBranch = 'main'): void {
    const [owner, name] = fullName.split('/') as [string, string];
    const tree = this.storeTree(new Map(Object.entries(files).map(([path, text]) => [path, this.storeBlob(Buffer.from(text))])));
    const commit = this.storeCommit({ tree, parents: [], message: 'Initial commit', date: this.now() });
    this.repos.set(fullName.toLowerCase(), { owner, name, defaultBranch, refs: new Map([[`heads/${defaultBranch}`, commit]]), id: this.nextId++ });
  }

  repo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** A file's text on a branch (default: the default branch), or undefined. */
  file(fullName: string, path: string, branch?: string): string | undefined {
    const repo = this.repo(fullName);
    const head = repo?.refs.get(`heads/${branch ?? repo.defaultBranch}`);
    const blob = head && this.trees.get(this.commits.get(head)!.tree)!.get(path);
    return blob ? this.blobs.get(blob)!.toString('utf8') : undefined;
  }

  /** Commits on a branch, newest first (first-parent). */
  history(fullName: string, branch?: string): Commit[] {
    const repo = this.repo(fullName);
    const out: Commit[] = [];
    for (let sha = repo?.refs.get(`heads/${branch ?? repo.defaultBranch}`); sha; sha = this.commits.get(sha)!.parents[0]) out.push(this.commits.get(sha)!);
    return out;
  }

  /** Paths on a branch. */
  paths(fullName: string, branch?: string): string[] {
    const repo = this.repo(fullName)!;
    const head = repo.refs.get(`heads/${branch ?? repo.defaultBranch}`)!;
    return [...this.trees.get(this.commits.get(head)!.tree)!.keys()].sort();
  }

  /** Merges a pull request the way a maintainer would (the base branch takes the head commit). */
  merge(number: number): void {
    const pull = this.pulls.find((p) => p.number === number)!;
    this.repo(pull.repository)!.refs.set(`heads/${pull.base}`, pull.headSha);
    pull.state = 'closed';
  }

  // ---------- objects ----------

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private storeBlob(content: Buffer): string {
    const sha = blobSha(content);
    this.blobs.set(sha, content);
    return sha;
  }

  private storeTree(entries: Map<string, string>): string {
    const sorted = new Map([...entries].sort(([a], [b]) => a.localeCompare(b)));
    const sha = sha1(`tree ${JSON.stringify([...sorted])}`);
    this.trees.set(sha, sorted);
    return sha;
  }

  private storeCommit(commit: Commit): string {
    const sha = sha1(`commit ${JSON.stringify(commit)}`);
    this.commits.set(sha, commit);
    return sha;
  }

  private isAncestor(ancestor: string, of: string): boolean {
    const queue = [of];
    const seen = new Set<string>();
    while (queue.length) {
      const sha = queue.shift()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  // ---------- JSON shapes ----------

  private api(repo: RepoState): string {
    return `https://api.github.com/repos/${repo.owner}/${repo.name}`;
  }

  private repositoryJson(repo: RepoState): Record<string, unknown> {
    const json = example('full-repository');
    const owner = json.owner as Record<string, unknown>;
    owner.login = repo.owner;
    const parent = repo.forkOf ? this.repo(repo.forkOf) : undefined;
    Object.assign(json, {
      id: repo.id,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}`,
      url: this.api(repo),
      default_branch: repo.defaultBranch,
      fork: Boolean(repo.forkOf),
      // Required by the description, missing from its own example.
      has_discussions: false,
    });
    if (parent) {
      for (const key of ['parent', 'source'] as const) Object.assign(json[key] as Record<string, unknown>, { name: parent.name, full_name: `${parent.owner}/${parent.name}`, default_branch: parent.defaultBranch });
    } else {
      delete json.parent;
      delete json.source;
    }
    return json;
  }

  private refJson(repo: RepoState, ref: string, sha: string): Record<string, unknown> {
    return { ...example('git-ref'), ref: `refs/${ref}`, url: `${this.api(repo)}/git/refs/${ref}`, object: { type: 'commit', sha, url: `${this.api(repo)}/git/commits/${sha}` } };
  }

  private commitJson(repo: RepoState, sha: string, commit: Commit): Record<string, unknown> {
    const person = { date: commit.date, name: 'release-kit', email: 'release-kit@users.noreply.github.com' };
    return {
      ...example('git-commit-2'),
      sha,
      url: `${this.api(repo)}/git/commits/${sha}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.api(repo)}/git/trees/${commit.tree}` },
      parents: commit.parents.map((p) => ({ sha: p, url: `${this.api(repo)}/git/commits/${p}`, html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${p}` })),
    };
  }

  private treeJson(repo: RepoState, sha: string, recursive: boolean): Record<string, unknown> {
    const entries = this.trees.get(sha)!;
    const folders = new Set<string>();
    const tree: Array<Record<string, unknown>> = [];
    for (const [path, blob] of entries) {
      const parts = path.split('/');
      if (!recursive && parts.length > 1) {
        folders.add(parts[0]!);
        continue;
      }
      for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
      tree.push({ path, mode: '100644', type: 'blob', size: this.blobs.get(blob)!.length, sha: blob, url: `${this.api(repo)}/git/blobs/${blob}` });
    }
    for (const folder of folders) {
      const folderSha = sha1(`folder ${sha} ${folder}`);
      tree.push({ path: folder, mode: '040000', type: 'tree', sha: folderSha, url: `${this.api(repo)}/git/trees/${folderSha}` });
    }
    return { sha, url: `${this.api(repo)}/git/trees/${sha}`, tree, truncated: false };
  }

  private contentJson(repo: RepoState, path: string, blob: string, branch: string): Record<string, unknown> {
    const links = { self: `${this.api(repo)}/contents/${path}`, git: `${this.api(repo)}/git/blobs/${blob}`, html: `https://github.com/${repo.owner}/${repo.name}/blob/${branch}/${path}` };
    return {
      type: 'file',
      encoding: 'base64',
      size: this.blobs.get(blob)!.length,
      name: path.split('/').pop(),
      path,
      content: this.blobs.get(blob)!.toString('base64'),
      sha: blob,
      url: links.self,
      git_url: links.git,
      html_url: links.html,
      download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${branch}/${path}`,
      _links: links,
    };
  }

  private pullJson(pull: EmulatedPull, simple: boolean): Record<string, unknown> {
    const json = example(simple ? 'pull-request-simple-items' : 'pull-request') as Record<string, unknown>;
    const value = (Array.isArray(json) ? json[0] : json) as Record<string, unknown>;
    const [headOwner, headRef] = pull.head.split(':') as [string, string];
    const [baseOwner, baseName] = pull.repository.split('/') as [string, string];
    Object.assign(value, {
      // The example's team lacks the `type` its schema requires.
      requested_teams: [],
      number: pull.number,
      id: pull.number + 90000,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      html_url: `https://github.com/${pull.repository}/pull/${pull.number}`,
      url: `https://api.github.com/repos/${pull.repository}/pulls/${pull.number}`,
    });
    const head = value.head as Record<string, unknown>;
    Object.assign(head, { label: pull.head, ref: headRef, sha: pull.headSha });
    Object.assign((head.repo ?? {}) as Record<string, unknown>, { name: baseName, full_name: `${headOwner}/${baseName}` });
    Object.assign(((head.repo as Record<string, unknown> | undefined)?.owner ?? {}) as Record<string, unknown>, { login: headOwner });
    const base = value.base as Record<string, unknown>;
    Object.assign(base, { label: `${baseOwner}:${pull.base}`, ref: pull.base });
    Object.assign((base.repo ?? {}) as Record<string, unknown>, { name: baseName, full_name: pull.repository });
    return value;
  }

  // ---------- HTTP ----------

  /** The stored bytes of an asset, where the API's download redirects to (not an API route). */
  serveDownload(request: IncomingMessage, response: ServerResponse): boolean {
    const match = /^\/_downloads\/assets\/(\d+)$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!match) return false;
    const id = Number(match[1]);
    const asset = this.gh.releases.flatMap((r) => r.assets).find((a) => a.id === id);
    request.resume();
    if (!asset?.data) {
      response.writeHead(404).end();
      return true;
    }
    this.downloads.push(id);
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.data.length) });
    response.end(asset.data);
    return true;
  }

  /** Serves the route when it is one of these; answers whether it did. */
  async handle(route: Route, url: URL, request: IncomingMessage, send: Send): Promise<boolean> {
    const key = `${route.method} ${route.template}`;
    if (key === 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}' && request.headers.accept === 'application/octet-stream') {
      request.resume();
      this.gh.judge.checkRequest(route, url.searchParams, undefined, undefined);
      send(302, undefined, { location: `${this.gh.url}/_downloads/assets/${route.params.asset_id}` });
      return true;
    }
    if (!HANDLED.has(key)) return false;
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : undefined;
    this.gh.judge.checkRequest(route, url.searchParams, body, request.headers['content-type']);
    this.serve(key, route, url, body ?? {}, send);
    return true;
  }

  private serve(key: string, route: Route, url: URL, body: Record<string, unknown>, send: Send): void {
    const notFound = (): void => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const invalid = (message: string, status = 422): void => send(status, { message, documentation_url: 'https://docs.github.com/rest' });
    const repo = this.repo(`${route.params.owner}/${route.params.repo}`);
    if (!repo) return notFound();
    switch (key) {
      case 'GET /repos/{owner}/{repo}':
        return send(200, this.repositoryJson(repo));
      case 'GET /repos/{owner}/{repo}/git/ref/{ref}': {
        const pending = this.pendingForks.get(repo);
        if (pending && pending.reads-- <= 0) {
          for (const [ref, sha] of pending.refs) repo.refs.set(ref, sha);
          this.pendingForks.delete(repo);
        }
        const sha = repo.refs.get(route.params.ref!);
        return sha ? send(200, this.refJson(repo, route.params.ref!, sha)) : notFound();
      }
      case 'POST /repos/{owner}/{repo}/git/refs': {
        const ref = String(body.ref ?? '').replace(/^refs\//, '');
        const sha = String(body.sha ?? '');
        if (!this.commits.has(sha)) return invalid('Object does not exist');
        if (repo.refs.has(ref)) return invalid('Reference already exists');
        repo.refs.set(ref, sha);
        return send(201, this.refJson(repo, ref, sha));
      }
      case 'PATCH /repos/{owner}/{repo}/git/refs/{ref}': {
        const ref = route.params.ref!;
        const current = repo.refs.get(ref);
        const sha = String(body.sha ?? '');
        if (!current) return invalid('Reference does not exist');
        if (!this.commits.has(sha)) return invalid('Object does not exist');
        if (body.force !== true && !this.isAncestor(current, sha)) return invalid('Update is not a fast forward');
        repo.refs.set(ref, sha);
        return send(200, this.refJson(repo, ref, sha));
      }
      case 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': {
        const commit = this.commits.get(route.params.commit_sha!);
        return commit ? send(200, this.commitJson(repo, route.params.commit_sha!, commit)) : notFound();
      }
      case 'POST /repos/{owner}/{repo}/git/commits': {
        const tree = String(body.tree ?? '');
        const parents = (body.parents as string[] | undefined) ?? [];
        if (!this.trees.has(tree) || parents.some((p) => !this.commits.has(p))) return invalid('Tree SHA or parent SHAs do not exist');
        const commit = { tree, parents, message: String(body.message ?? ''), date: this.now() };
        const sha = this.storeCommit(commit);
        const json = this.commitJson(repo, sha, commit);
        delete json.html_url;
        return send(201, { ...example<Record<string, unknown>>('git-commit'), ...json });
      }
      case 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': {
        const sha = route.params.tree_sha!;
        const tree = this.trees.has(sha) ? sha : this.commits.get(sha)?.tree;
        return tree ? send(200, this.treeJson(repo, tree, url.searchParams.has('recursive'))) : notFound();
      }
      case 'POST /repos/{owner}/{repo}/git/trees': {
        const baseSha = body.base_tree as string | undefined;
        if (baseSha && !this.trees.has(baseSha)) return invalid('base_tree does not exist');
        const entries = new Map(baseSha ? this.trees.get(baseSha)! : []);
        for (const entry of (body.tree as Array<{ path: string; sha?: string | null; content?: string }>) ?? []) {
          if (entry.sha === null) entries.delete(entry.path);
          else if (typeof entry.content === 'string') entries.set(entry.path, this.storeBlob(Buffer.from(entry.content)));
          else if (entry.sha && this.blobs.has(entry.sha)) entries.set(entry.path, entry.sha);
          else return invalid(`tree.sha ${String(entry.sha)} is not a valid blob`);
        }
        const sha = this.storeTree(entries);
        return send(201, this.treeJson(repo, sha, true));
      }
      case 'POST /repos/{owner}/{repo}/git/blobs': {
        const content = body.encoding === 'base64' ? Buffer.from(String(body.content), 'base64') : Buffer.from(String(body.content ?? ''), 'utf8');
        const sha = this.storeBlob(content);
        return send(201, { sha, url: `${this.api(repo)}/git/blobs/${sha}` });
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const branch = url.searchParams.get('ref') ?? repo.defaultBranch;
        const head = repo.refs.get(`heads/${branch}`);
        const blob = head && this.trees.get(this.commits.get(head)!.tree)!.get(route.params.path!);
        return blob ? send(200, this.contentJson(repo, route.params.path!, blob, branch)) : notFound();
      }
      case 'PUT /repos/{owner}/{repo}/contents/{path}': {
        const branch = String(body.branch ?? repo.defaultBranch);
        const head = repo.refs.get(`heads/${branch}`);
        if (!head) return notFound();
        const path = route.params.path!;
        const entries = new Map(this.trees.get(this.commits.get(head)!.tree)!);
        const existing = entries.get(path);
        if (existing && body.sha !== existing) return invalid(body.sha === undefined ? '"sha" wasn\'t supplied.' : `${path} does not match ${String(body.sha)}`, body.sha === undefined ? 422 : 409);
        const blob = this.storeBlob(Buffer.from(String(body.content ?? ''), 'base64'));
        entries.set(path, blob);
        const commit = { tree: this.storeTree(entries), parents: [head], message: String(body.message ?? ''), date: this.now() };
        const sha = this.storeCommit(commit);
        repo.refs.set(`heads/${branch}`, sha);
        const commitJson = example<{ commit: Record<string, unknown> }>('file-commit-example-for-creating-a-file').commit;
        return send(existing ? 200 : 201, { content: this.contentJson(repo, path, blob, branch), commit: { ...commitJson, sha, message: commit.message } });
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const found = this.pulls.filter((p) => p.repository.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase() && (state === 'all' || p.state === state) && (!head || p.head === head) && (!base || p.base === base));
        return send(200, found.map((p) => this.pullJson(p, true)));
      }
      case 'POST /repos/{owner}/{repo}/pulls': {
        const head = String(body.head ?? '');
        const base = String(body.base ?? '');
        const [headOwner, headRef] = head.includes(':') ? (head.split(':') as [string, string]) : [repo.owner, head];
        const headRepo = [...this.repos.values()].find((r) => r.owner === headOwner && (r === repo || r.forkOf?.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase()));
        const headSha = headRepo?.refs.get(`heads/${headRef}`);
        if (!headSha || !repo.refs.has(`heads/${base}`)) return send(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest' });
        const label = `${headOwner}:${headRef}`;
        if (this.pulls.some((p) => p.state === 'open' && p.head === label && p.base === base && p.repository === `${repo.owner}/${repo.name}`)) {
          return send(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${label}.` }], documentation_url: 'https://docs.github.com/rest' });
        }
        const pull: EmulatedPull = { number: this.pulls.length + 1, repository: `${repo.owner}/${repo.name}`, title: String(body.title ?? ''), body: String(body.body ?? ''), head: label, headSha, base, state: 'open' };
        this.pulls.push(pull);
        return send(201, this.pullJson(pull, false));
      }
      case 'POST /repos/{owner}/{repo}/forks': {
        const full = `${TOKEN_USER}/${repo.name}`;
        let fork = this.repo(full);
        if (!fork) {
          fork = { owner: TOKEN_USER, name: repo.name, defaultBranch: repo.defaultBranch, refs: new Map(repo.refs), forkOf: `${repo.owner}/${repo.name}`, id: this.nextId++ };
          this.repos.set(full.toLowerCase(), fork);
          if (this.forkReadyAfter > 0) {
            this.pendingForks.set(fork, { reads: this.forkReadyAfter, refs: fork.refs });
            fork.refs = new Map();
          }
        }
        return send(202, this.repositoryJson(fork));
      }
      default:
        return notFound();
    }
  }
}
