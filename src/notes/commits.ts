import { parseMessage, type ParsedMessage } from './conventional.js';
import type { Git } from './git.js';

export interface Commit extends ParsedMessage {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  date: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%B'].join('%x1f') + '%x1e';

export function parseRecord(record: string): Commit {
  const [sha, parents, authorName, authorEmail, date, message] = (record.charCodeAt(0) === 10 ? record.replace(/^\n+/, '') : record).split(FIELD) as [string, string, string, string, string, string];
  // Fields added to the parsed message in place: no copy of every commit.
  return Object.assign(parseMessage(message ?? ''), { sha, parents: parents ? parents.split(' ') : [], authorName, authorEmail, date });
}

/**
 * Streams the commits of `range`, newest first, limited to `paths` when given. Topological order (the
 * default) makes git walk the whole range before the first commit; `order: 'date'` streams at once.
 */
export async function readCommits(git: Git, range: string, paths: readonly string[] = [], onCommit?: (commit: Commit) => void, order: 'topo' | 'date' = 'topo'): Promise<Commit[]> {
  const commits: Commit[] = [];
  await git.stream(['log', ...(order === 'topo' ? ['--topo-order'] : []), `--format=${FORMAT}`, range, ...(paths.length ? ['--', ...paths] : [])], RECORD, (record) => {
    if (!record.trim()) return;
    const commit = parseRecord(record);
    if (onCommit) onCommit(commit);
    else commits.push(commit);
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
 * Turns the commits of a range into the changes the notes list:
 * - a revert whose target is in the range cancels both;
 * - a PR merge commit with a conventional title is one change standing for its branch's commits;
 *   with a non-conventional title it is no change, and its branch's commits are listed (with its PR link);
 * - other merge commits are no change; the commits they brought in are listed;
 * - a squash-merge body listing further conventional commits adds one change for each.
 */
export function changesOf(commits: readonly Commit[], head: string | undefined = commits[0]?.sha): Change[] {
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

  const changes: Change[] = [];
  for (const commit of commits) {
    if (cancelled.has(commit.sha) || foldedInto.has(commit.sha)) continue;
    const isMerge = commit.parents.length > 1;
    if (isMerge && !(commit.pr !== undefined && commit.type !== undefined)) continue;
    const pr = commit.pr ?? prOf.get(commit.sha);
    // A commit is a change as it is (its extra fields do no harm); copied only to add a PR link.
    changes.push(pr === commit.pr ? commit : { ...commit, pr: pr! });
    for (const extra of commit.squashed) {
      changes.push(Object.assign({}, extra, { sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail }, pr !== undefined && extra.pr === undefined ? { pr } : {}));
    }
  }
  return changes;
}
