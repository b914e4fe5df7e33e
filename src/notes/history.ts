import { ChangelogSections, type ReleaseSummary, type SectionRenderOptions } from './changelog-sections.js';
import { splitRecord, type CommitRecord, type SquashBodies } from './commits.js';
import { HistoryReading, type HistorySource } from './history-reading.js';
import { NotARepository, type Git } from './git.js';
import { ReleaseWalk } from './release-walk.js';
import { SHALLOW_CLONE, unknownRevision, type DescribeInput } from './repository-checks.js';
import { compileTagPattern, releaseTagsOf } from './tags.js';
import { UserError } from '../kit/errors.js';

export type { ReleaseSummary } from './changelog-sections.js';

/** A record of nothing but whitespace (what `trim()` would empty), found without copying it. */
const BLANK = /^\s*$/;

export { HistoryReading } from './history-reading.js';

export interface HistoryRequest extends HistorySource {
  tagPattern: string;
  /**
   * Prereleases get sections of their own (by default), each commit under the oldest release that contains
   * it; with `foldPrereleases`, a prerelease that a later stable release exists for gets no section and its
   * commits are listed under that release (a prerelease with no stable release above it keeps its section).
   */
  foldPrereleases?: boolean;
  /** Which squash-merge bodies list changes of their own (default `non-conventional`). */
  squashBodies?: SquashBodies;
  render?: SectionRenderOptions;
  /** How errors name inputs (default `Input "to"`; the CLI says `Option --to`). */
  describe?: DescribeInput;
}

export interface HistorySummary {
  /** Newest first, as written. */
  releases: ReleaseSummary[];
  /** Commits read (with `paths`, those touching them). */
  commits: number;
}

export interface HistoryResult extends HistorySummary {
  markdown: string;
}

/**
 * Writes a whole CHANGELOG.md to `write`, piece by piece: one section per release tag, newest first,
 * each commit under the oldest release that contains it (commits after the newest tag: "Unreleased").
 *
 * One `git log --date-order` pass, which `ReleaseWalk` follows: a section is rendered and written as
 * soon as no commit still to come can belong to it, so memory holds the releases being read, not the
 * history. With `paths`, the package's commits come from a path-limited log and are placed by a
 * light stream of the whole graph (the limited log skips the commits that carry the tags); they are
 * kept until both streams end.
 *
 * `started`: the git processes, when the caller started them early (see `HistoryReading`); one of
 * another range is cancelled and a new one started.
 */
export async function writeChangelog(git: Git, request: HistoryRequest, write: (text: string) => void, started?: HistoryReading): Promise<HistorySummary> {
  const pattern = compileTagPattern(request.tagPattern);
  let reading = started;
  if (!reading?.isOf(request)) {
    reading?.cancel(new Error('superseded'));
    reading = new HistoryReading(git, request);
  }
  try {
    const [shallow, refs] = await Promise.all([reading.shallow, reading.tags]);
    if (shallow) throw new UserError(SHALLOW_CLONE);
    const all = releaseTagsOf(refs, pattern); // newest first
    const newestStable = all.find((tag) => tag.version.prerelease.length === 0);
    const tags = all.filter((tag) => !request.foldPrereleases || tag.version.prerelease.length === 0 || !newestStable || tag.version.compare(newestStable.version) > 0).reverse();
    const sections = new ChangelogSections(
      tags,
      { to: reading.to, ...(request.render ? { render: request.render } : {}), ...(request.squashBodies ? { squashBodies: request.squashBodies } : {}) },
      write,
    );
    const walk = new ReleaseWalk(sections.releasesTaggedOn, tags.length);

    if (!reading.touching) {
      let commits = 0;
      await reading.commits.read((record) => {
        if (BLANK.test(record)) return;
        const commit = splitRecord(record);
        commits++;
        sections.sawCommit(commit.sha, commit.date);
        sections.add(walk.visit(commit.sha, commit.parents), commit);
        sections.closeAbove(walk.open());
      });
      sections.end();
      return { releases: sections.releases, commits };
    }

    const releaseOf = new Map<string, number>();
    const touching: CommitRecord[] = [];
    await Promise.all([
      reading.commits.read((record) => {
        if (BLANK.test(record)) return;
        const { sha, parents, date } = splitRecord(record);
        sections.sawCommit(sha, date);
        releaseOf.set(sha, walk.visit(sha, parents));
      }),
      reading.touching.read((record) => void (!BLANK.test(record) && touching.push(splitRecord(record)))),
    ]);
    for (const commit of touching) sections.add(releaseOf.get(commit.sha) ?? sections.unreleased, commit);
    sections.end();
    return { releases: sections.releases, commits: touching.length };
  } catch (error) {
    reading.cancel(error);
    if (error instanceof UserError && !(error instanceof NotARepository) && !(await git.resolve(reading.to))) throw unknownRevision('to', reading.to, request.describe);
    throw error;
  }
}

/** The whole changelog as one string (for callers that write it elsewhere, and tests). */
export async function buildChangelog(git: Git, request: HistoryRequest): Promise<HistoryResult> {
  const parts: string[] = [];
  const summary = await writeChangelog(git, request, (text) => parts.push(text));
  return { ...summary, markdown: parts.join('') };
}
