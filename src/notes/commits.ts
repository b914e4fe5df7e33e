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
  const [sha, parents, authorName, authorEmail, date, message] = record.replace(/^\n+/, '').split(FIELD) as [string, string, string, string, string, string];
  return { sha, parents: parents ? parents.split(' ') : [], authorName, authorEmail, date, ...parseMessage(message ?? '') };
}

/** Streams the commits of `range` (newest first, topological), limited to `paths` when given. */
export async function readCommits(git: Git, range: string, paths: readonly string[] = [], onCommit?: (commit: Commit) => void): Promise<Commit[]> {
  const commits: Commit[] = [];
  await git.stream(['log', '--topo-order', `--format=${FORMAT}`, range, ...(paths.length ? ['--', ...paths] : [])], RECORD, (record) => {
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
export function changesOf(commits: readonly Commit[]): Change[] {
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
  for (let sha: string | undefined = commits[0]?.sha; sha && bySha.has(sha); sha = bySha.get(sha)!.parents[0]) mainline.add(sha);
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
    const { squashed, parents: _parents, date: _date, ...rest } = commit;
    const pr = commit.pr ?? prOf.get(commit.sha);
    changes.push({ ...rest, ...(pr !== undefined ? { pr } : {}) });
    for (const extra of squashed) {
      const { squashed: _nested, ...parsed } = extra;
      changes.push({ ...parsed, sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail, ...(pr !== undefined && parsed.pr === undefined ? { pr } : {}) });
    }
  }
  return changes;
}
