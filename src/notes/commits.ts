import { parseMessage, type ParsedMessage } from './conventional.js';
import type { Git } from './git.js';

export interface Commit extends ParsedMessage {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** When the commit was made (committer date, ISO 8601), as the notes of one release date it. */
  date: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%P', '%an', '%ae', '%cI', '%B'].join('%x1f') + '%x1e';

/** A `git log` record cut into its fields; the message is parsed later (`commitOf`). */
export interface CommitRecord {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  date: string;
  message: string;
}

/** The parents of a record: one SHA (the common case) without a split. */
function parentsOf(text: string): string[] {
  if (!text) return [];
  return text.indexOf(' ') === -1 ? [text] : text.split(' ');
}

export function splitRecord(record: string): CommitRecord {
  let start = 0;
  while (record.charCodeAt(start) === 10) start++; // the newline git prints between records
  // Five fields, each ended by FIELD, then the message; a field whose end is missing is empty, as are those after it.
  const e1 = record.indexOf(FIELD, start);
  const e2 = e1 === -1 ? -1 : record.indexOf(FIELD, e1 + 1);
  const e3 = e2 === -1 ? -1 : record.indexOf(FIELD, e2 + 1);
  const e4 = e3 === -1 ? -1 : record.indexOf(FIELD, e3 + 1);
  const e5 = e4 === -1 ? -1 : record.indexOf(FIELD, e4 + 1);
  return {
    sha: e1 === -1 ? '' : record.slice(start, e1),
    parents: e2 === -1 ? [] : parentsOf(record.slice(e1 + 1, e2)),
    authorName: e3 === -1 ? '' : record.slice(e2 + 1, e3),
    authorEmail: e4 === -1 ? '' : record.slice(e3 + 1, e4),
    date: e5 === -1 ? '' : record.slice(e4 + 1, e5),
    message: e5 === -1 ? '' : record.slice(e5 + 1),
  };
}

export function commitOf(record: CommitRecord): Commit {
  const m = parseMessage(record.message);
  // Every field named (no spread): each commit gets the same shape in one allocation.
  return {
    type: m.type,
    scope: m.scope,
    breaking: m.breaking,
    breakingNotes: m.breakingNotes,
    subject: m.subject,
    body: m.body,
    footers: m.footers,
    pr: m.pr,
    issues: m.issues,
    reverts: m.reverts,
    revertedHeader: m.revertedHeader,
    squashed: m.squashed,
    sha: record.sha,
    parents: record.parents,
    authorName: record.authorName,
    authorEmail: record.authorEmail,
    date: record.date,
  };
}

export function parseRecord(record: string): Commit {
  return commitOf(splitRecord(record));
}

/** `git log` arguments whose records `parseRecord` reads, separated by `COMMIT_RECORD`. */
export const COMMIT_LOG = [`--format=${FORMAT}`];
/**
 * The same records for a whole-history changelog, which names no authors and dates a release by its day:
 * names empty, the date as YYYY-MM-DD (`%cs`, the day of `%cI`). A third less for git to write and to read.
 */
export const CHANGELOG_LOG = [`--format=${['%H', '%P', '', '', '%cs', '%B'].join('%x1f')}%x1e`];
/** The graph alone for `splitRecord`: SHA, parents and day (names and message empty). */
export const CHANGELOG_GRAPH_LOG = [`--format=${['%H', '%P', '', '', '%cs', ''].join('%x1f')}%x1e`];
export const COMMIT_RECORD = RECORD;

/** The commits of `range`, newest first (children before parents), limited to `paths` when given. */
export async function readCommits(git: Git, range: string, paths: readonly string[] = []): Promise<Commit[]> {
  const commits: Commit[] = [];
  await git.stream(['log', '--topo-order', ...COMMIT_LOG, range, ...(paths.length ? ['--', ...paths] : [])], RECORD, (record) => {
    if (record.trim()) commits.push(parseRecord(record));
  });
  return commits;
}

/** An entry of the notes: one change, from a commit, a PR merge title or a line of a squash body. */
export interface Change extends Omit<ParsedMessage, 'squashed'> {
  sha: string;
  authorName: string;
  authorEmail: string;
}

/**
 * Which squash-merge bodies are read for the changes they list (`* fix: …` lines):
 * - `non-conventional` (default): only a squash whose own header is not conventional (GitHub's default
 *   squash title, the PR title); it then stands for the changes its body lists, each once;
 * - `never`: every commit is one change, as its header says.
 * A conventional header is never expanded: its body lists the branch's commits, not further changes.
 */
export type SquashBodies = 'non-conventional' | 'never';
export const SQUASH_BODIES: readonly SquashBodies[] = ['non-conventional', 'never'];

export interface ChangeOptions {
  squashBodies?: SquashBodies;
}

/**
 * Turns the commits of a range into the changes the notes list:
 * - a revert whose target is in the range cancels both;
 * - a PR merge commit with a conventional title is one change standing for its branch's commits;
 *   with a non-conventional title it is no change, and its branch's commits are listed (with its PR link);
 * - other merge commits are no change; the commits they brought in are listed;
 * - a squash merge with a non-conventional header and conventional `* type: …` lines in its body is
 *   those changes, each once (see `SquashBodies`); it stays itself too when it alone carries a break.
 */
export function changesOf(commits: readonly Commit[], head: string | undefined = commits[0]?.sha, options: ChangeOptions = {}): Change[] {
  // Most releases have neither reverts nor merges: then every commit is a change as it is.
  const graph = commits.some((commit) => commit.reverts !== undefined || commit.parents.length > 1) ? placeCommits(commits, head) : undefined;
  const expand = options.squashBodies !== 'never';
  const changes: Change[] = [];
  for (const commit of commits) {
    if (graph && (graph.cancelled.has(commit.sha) || graph.foldedInto.has(commit.sha))) continue;
    const isMerge = commit.parents.length > 1;
    if (isMerge && !(commit.pr !== undefined && commit.type !== undefined)) continue;
    const pr = commit.pr ?? graph?.prOf.get(commit.sha);
    const squashed = expand && !isMerge ? commit.squashed : [];
    // A break named only by the squash's own footer must not be lost with it.
    if (!squashed.length || (commit.breaking && !squashed.some((extra) => extra.breaking))) {
      // A commit is a change as it is (its extra fields do no harm); copied only to add a PR link.
      changes.push(pr === commit.pr ? commit : { ...commit, pr: pr! });
    }
    for (const extra of squashed) {
      changes.push(Object.assign({}, extra, { sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail }, pr !== undefined && extra.pr === undefined ? { pr } : {}));
    }
  }
  return changes;
}

/** Reverts cancelled within the range, and what each merge brought in. */
function placeCommits(commits: readonly Commit[], head: string | undefined): { cancelled: Set<string>; foldedInto: Map<string, Commit>; prOf: Map<string, number> } {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const cancelled = new Set<string>();
  for (const commit of commits) {
    if (cancelled.has(commit.sha) || !commit.reverts) continue;
    const target = commit.reverts.length === 40 ? bySha.get(commit.reverts) : commits.find((c) => c.sha.startsWith(commit.reverts!));
    if (target && !cancelled.has(target.sha)) {
      cancelled.add(commit.sha);
      cancelled.add(target.sha);
    }
  }

  // The branch a merge brought in: from its second parent along first parents, until the mainline.
  const mainline = new Set<string>();
  for (let sha: string | undefined = head; sha && bySha.has(sha); sha = bySha.get(sha)!.parents[0]) mainline.add(sha);
  const foldedInto = new Map<string, Commit>();
  const prOf = new Map<string, number>();
  for (const commit of commits) {
    if (commit.parents.length < 2) continue;
    const conventionalPr = commit.pr !== undefined && commit.type !== undefined;
    for (let sha: string | undefined = commit.parents[1]; sha && bySha.has(sha) && !mainline.has(sha) && !foldedInto.has(sha) && !prOf.has(sha); sha = bySha.get(sha)!.parents[0]) {
      if (conventionalPr) foldedInto.set(sha, commit);
      else if (commit.pr !== undefined) prOf.set(sha, commit.pr);
    }
  }
  return { cancelled, foldedInto, prOf };
}
