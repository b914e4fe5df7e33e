import { changesOf, readCommits, type Commit } from './commits.js';
import type { Git } from './git.js';
import { CHANGELOG_TITLE, changelogSection } from './changelog.js';
import { renderNotes, type RenderOptions } from './render.js';
import { compileTagPattern, releaseTags } from './tags.js';

export interface HistoryRequest {
  to?: string;
  tagPattern: string;
  paths?: readonly string[];
  /** Give prereleases sections of their own; by default their changes fold into the next stable release. */
  includePrereleases?: boolean;
  render?: Omit<RenderOptions, 'tag' | 'previousTag'>;
}

export interface HistoryResult {
  markdown: string;
  releases: Array<{ tag: string; version: string; changes: number; counts: Record<string, number> }>;
  commits: number;
}

/**
 * A whole CHANGELOG.md, one section per release tag, from one `git log` pass: each commit belongs to
 * the oldest release that contains it (commits after the newest tag are "Unreleased").
 */
export async function buildChangelog(git: Git, request: HistoryRequest): Promise<HistoryResult> {
  const pattern = compileTagPattern(request.tagPattern);
  const to = request.to || 'HEAD';
  const toSha = (await git.resolve(to)) ?? to;
  const commits: Commit[] = [];
  const bySha = new Map<string, Commit>();
  // The tag list, the history and (with paths) the full graph are read at once, each in one pass.
  const [allTags, , graph] = await Promise.all([
    releaseTags(git, pattern),
    readCommits(
      git,
      toSha,
      request.paths ?? [],
      (commit) => {
        commits.push(commit);
        bySha.set(commit.sha, commit);
      },
      'date', // releases are found from the graph below; date order lets git stream at once
    ),
    request.paths?.length ? parentGraph(git, toSha) : Promise.resolve(undefined),
  ]);
  // Reachable from `to` = in the history just read: no per-tag graph walk.
  const reachable = (sha: string): boolean => (graph ? graph.has(sha) : bySha.has(sha));
  const tags = allTags.filter((t) => reachable(t.sha) && (request.includePrereleases || t.version.prerelease.length === 0));
  const ascending = [...tags].reverse();
  const parentsOf = (sha: string): string[] => graph?.get(sha) ?? bySha.get(sha)?.parents ?? [];

  const release = new Map<string, string>(); // sha → tag
  for (const tag of ascending) {
    const stack = [tag.sha];
    while (stack.length) {
      const sha = stack.pop()!;
      if (release.has(sha)) continue;
      release.set(sha, tag.name);
      for (const parent of parentsOf(sha)) if (!release.has(parent)) stack.push(parent);
    }
  }

  const buckets = new Map<string, Commit[]>();
  for (const commit of commits) {
    const key = release.get(commit.sha) ?? '';
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(commit);
  }
  const sections: string[] = [];
  const releases: HistoryResult['releases'] = [];
  const repo = request.render?.repositoryUrl?.replace(/\/+$/, '');
  const shaOfTag = new Map(tags.map((t) => [t.name, t.sha]));
  const ordered = [...(buckets.has('') ? [{ name: '', version: undefined }] : []), ...tags.map((t) => ({ name: t.name, version: t.version.version }))];
  for (const [index, entry] of ordered.entries()) {
    const previousTag = ordered[index + 1]?.name;
    const changes = changesOf(buckets.get(entry.name) ?? [], entry.name ? shaOfTag.get(entry.name) : toSha);
    const tag = entry.name || to;
    const rendered = renderNotes(changes, { ...request.render, tag, ...(previousTag ? { previousTag } : {}), maxLength: Number.MAX_SAFE_INTEGER });
    const compare = repo && previousTag ? `${repo}/compare/${previousTag}...${tag}` : undefined;
    const body = rendered.markdown.replace(/\n\*\*Full changelog\*\*: .*\n$/, '\n');
    const tagSha = shaOfTag.get(entry.name);
    const date = dateOf((tagSha && bySha.get(tagSha)) || buckets.get(entry.name)?.[0]);
    sections.push(entry.version ? changelogSection(entry.version, date, body, compare) : `## Unreleased\n\n${body.trim()}\n`);
    if (entry.version) releases.push({ tag: entry.name, version: entry.version, changes: changes.length, counts: rendered.counts });
  }
  return { markdown: `${CHANGELOG_TITLE}\n${sections.join('\n')}`, releases, commits: commits.length };
}

function dateOf(commit: Commit | undefined): string {
  return commit ? commit.date.slice(0, 10) : '';
}

async function parentGraph(git: Git, to: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  await git.stream(['rev-list', '--parents', to], '\n', (line) => {
    const [sha, ...parents] = line.trim().split(' ');
    if (sha) graph.set(sha, parents);
  });
  return graph;
}
