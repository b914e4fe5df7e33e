/**
 * Writing files to a GitHub repository through the API only (no clone): a set of files becomes one
 * commit on a branch (git data: blobs, tree, commit, ref), pushed to the branch itself or offered as a
 * pull request, from a fork when asked. Nothing is written when the files are already there, and an
 * open pull request for the same branch is reused: a re-run makes no second commit or pull request.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../kit/errors.js';

export interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

export interface PullRef {
  number: number;
  html_url: string;
}

/** The repository endpoints the writer uses (tests replace nothing: the emulator serves them). */
export interface RepoApi {
  /** The token's user (the owner of forks). */
  getRepository(owner: string, repo: string): Promise<{ owner: string; name: string; defaultBranch: string }>;
  /** The commit a branch points at, or undefined when there is no such branch. */
  getBranchHead(owner: string, repo: string, branch: string): Promise<string | undefined>;
  getCommitTree(owner: string, repo: string, commitSha: string): Promise<string>;
  /** A file's text at a branch (contents API), or undefined when there is no such file. */
  readFile(owner: string, repo: string, path: string, branch: string): Promise<string | undefined>;
  /** Every blob of a tree, recursively. */
  listTree(owner: string, repo: string, treeSha: string): Promise<TreeEntry[]>;
  createBlob(owner: string, repo: string, content: string): Promise<string>;
  /** Entries with `sha: null` delete the path. */
  createTree(owner: string, repo: string, baseTree: string, entries: Array<{ path: string; sha: string | null }>): Promise<string>;
  createCommit(owner: string, repo: string, message: string, tree: string, parent: string): Promise<string>;
  createBranch(owner: string, repo: string, branch: string, sha: string): Promise<void>;
  /** Moves a branch; `force` only for the writer's own pull-request branches. */
  updateBranch(owner: string, repo: string, branch: string, sha: string, force: boolean): Promise<void>;
  findOpenPull(owner: string, repo: string, head: string, base: string): Promise<PullRef | undefined>;
  createPull(owner: string, repo: string, fields: { title: string; body: string; head: string; base: string }): Promise<PullRef>;
  /** Forks `owner/repo` for the token's user (or finds the fork); answers the fork's owner/name. */
  fork(owner: string, repo: string): Promise<{ owner: string; name: string }>;
}

/** Git's object id of a blob with this content: what a tree lists for an identical file. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export interface WriteRequest {
  /** owner/repo the files belong in (the pull request's base repository). */
  repository: string;
  /** Branch the files end up on; default: the repository's default branch. */
  branch?: string;
  files: ReadonlyArray<{ path: string; content: string }>;
  /** Paths removed in the same commit. */
  remove?: readonly string[];
  message: string;
  /** push: commit to the branch. pull-request: commit to `pullBranch` and open a pull request into the branch. */
  mode: 'push' | 'pull-request';
  pullBranch?: string;
  pullTitle?: string;
  pullBody?: string;
  /** pull-request mode: push the branch to the token user's fork. */
  fork?: boolean;
}

export type WriteOutcome =
  | { outcome: 'unchanged'; detail: string }
  | { outcome: 'committed'; commit: string; detail: string }
  | { outcome: 'pull-request-opened' | 'pull-request-exists' | 'pull-request-updated'; pull: PullRef; detail: string };

function split(repository: string): { owner: string; repo: string } {
  const [owner, repo] = repository.split('/');
  return { owner: owner!, repo: repo! };
}

/** The changes `files`/`remove` make to a tree; empty when it already holds them. */
async function changes(api: RepoApi, owner: string, repo: string, tree: string, request: WriteRequest): Promise<Array<{ path: string; content: string | null }>> {
  const existing = new Map((await api.listTree(owner, repo, tree)).filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
  const changed: Array<{ path: string; content: string | null }> = [];
  for (const file of request.files) if (existing.get(file.path) !== gitBlobSha(file.content)) changed.push(file);
  for (const path of request.remove ?? []) if (existing.has(path)) changed.push({ path, content: null });
  return changed;
}

async function commitOnto(api: RepoApi, owner: string, repo: string, parent: string, baseTree: string, changed: Array<{ path: string; content: string | null }>, message: string): Promise<string> {
  const entries: Array<{ path: string; sha: string | null }> = [];
  for (const change of changed) entries.push({ path: change.path, sha: change.content === null ? null : await api.createBlob(owner, repo, change.content) });
  const tree = await api.createTree(owner, repo, baseTree, entries);
  return api.createCommit(owner, repo, message, tree, parent);
}

export async function writeToRepository(api: RepoApi, request: WriteRequest): Promise<WriteOutcome> {
  const { owner, repo } = split(request.repository);
  const info = await api.getRepository(owner, repo);
  const base = request.branch ?? info.defaultBranch;
  const head = await api.getBranchHead(owner, repo, base);
  if (!head) throw new UserError(`${request.repository} has no branch ${base}.`);
  const baseTree = await api.getCommitTree(owner, repo, head);
  const changed = await changes(api, owner, repo, baseTree, request);
  if (request.mode === 'push') {
    if (changed.length === 0) return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
    const commit = await commitOnto(api, owner, repo, head, baseTree, changed, request.message);
    await api.updateBranch(owner, repo, base, commit, false);
    return { outcome: 'committed', commit, detail: `${request.repository}@${base}: ${commit.slice(0, 7)} (${changed.length} file${changed.length === 1 ? '' : 's'})` };
  }
  const branch = request.pullBranch;
  if (!branch) throw new Error('pull-request mode needs a branch name');
  const target = request.fork ? await api.fork(owner, repo) : { owner, name: repo };
  const headLabel = `${target.owner}:${branch}`;
  const open = await api.findOpenPull(owner, repo, headLabel, base);
  if (!open && changed.length === 0) return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
  const existingHead = await api.getBranchHead(target.owner, target.name, branch);
  const upToDate = existingHead !== undefined && (await changes(api, target.owner, target.name, await api.getCommitTree(target.owner, target.name, existingHead), request)).length === 0;
  if (!upToDate) {
    const commit = await commitOnto(api, target.owner, target.name, head, baseTree, changed, request.message);
    if (existingHead) await api.updateBranch(target.owner, target.name, branch, commit, true);
    else await api.createBranch(target.owner, target.name, branch, commit);
  }
  if (open) return upToDate ? { outcome: 'pull-request-exists', pull: open, detail: `pull request #${open.number} is already open` } : { outcome: 'pull-request-updated', pull: open, detail: `pull request #${open.number} updated` };
  const pull = await api.createPull(owner, repo, { title: request.pullTitle ?? request.message, body: request.pullBody ?? '', head: headLabel, base });
  return { outcome: 'pull-request-opened', pull, detail: `pull request #${pull.number}` };
}
