import type { SemVer } from 'semver';
import { UserError } from '../kit/errors.js';
import { changesOf, readCommits, type Change, type Commit, type SquashBodies } from './commits.js';
import { lookUpContributions, type ContributionLookup } from './contributions.js';
import type { Git } from './git.js';
import { actionInput, ensureFullHistory, resolveRevision, type DescribeInput } from './repository-checks.js';
import { renderNotes, type RenderOptions, type RenderedNotes } from './render.js';
import { compileTagPattern, previousRelease, Reachability, releaseTags, type ReleaseTag } from './tags.js';
import { bumpBetween, bumpFor, DEFAULT_BUMP_RULES, nextVersion, type Bump, type BumpRules } from './version.js';

export interface NotesRequest {
  /** Start of the range (exclusive); default: the previous release tag reachable from `to`. */
  from?: string;
  /** End of the range; default HEAD. */
  to?: string;
  tagPattern: string;
  /** Only commits touching these paths (one package of a monorepo). */
  paths?: readonly string[];
  /** Prerelease channel of an untagged `to`: `beta` → 1.3.0-beta.1, .2, … */
  prerelease?: string;
  initialVersion?: string;
  bumpRules?: BumpRules;
  /** Which squash-merge bodies list changes of their own (default `non-conventional`). */
  squashBodies?: SquashBodies;
  /** A shallow clone is deepened with `git fetch`; when false it is an error instead. */
  deepen?: boolean;
  render?: Omit<RenderOptions, 'tag' | 'previousTag'>;
  /** How errors name inputs (default `Input "to"`; the CLI says `Option --to`). */
  describe?: DescribeInput;
  /** With GitHub: PRs of commits whose messages named none, author logins, new contributors. */
  lookup?: ContributionLookup;
}

export interface NotesResult extends RenderedNotes {
  /** The section for CHANGELOG.md: every change, even when `markdown` (the release body) had to be cut. */
  changelogMarkdown: string;
  version: string;
  tag: string;
  previousVersion?: string;
  previousTag?: string;
  bump: Bump;
  isPrerelease: boolean;
  /** Date of the last commit of the range, YYYY-MM-DD. */
  date: string;
  changes: Change[];
  commits: number;
}

export async function buildReleaseNotes(git: Git, request: NotesRequest): Promise<NotesResult> {
  const pattern = compileTagPattern(request.tagPattern);
  const to = request.to || 'HEAD';
  await ensureFullHistory(git, request.deepen ?? true); // before reading tags: deepening fetches them
  const describe = request.describe ?? actionInput;
  const [toSha, tags] = await Promise.all([resolveRevision(git, 'to', to, describe), releaseTags(git, pattern)]);
  const reachable = new Reachability(git, toSha);
  const toTag: ReleaseTag | undefined = pattern.versionOf(to)
    ? tags.find((t) => t.name === to)
    : tags.find((t) => t.sha === toSha && (!request.prerelease || t.version.prerelease[0] === request.prerelease));
  const toVersion: SemVer | undefined = toTag?.version;

  let previous: ReleaseTag | undefined;
  let fromSha: string | undefined;
  if (request.from) {
    fromSha = await resolveRevision(git, 'from', request.from, describe);
    if (!(await git.isAncestor(fromSha, toSha))) {
      throw new UserError(`${describe('from')} has the value ${JSON.stringify(request.from)}, but it must be an ancestor of ${describe('to').replace(/^\w+ /, '')} (${to}); it is on another line of history.`);
    }
    previous = tags.find((t) => t.name === request.from);
  } else {
    const includePrereleases = toVersion ? toVersion.prerelease.length > 0 : Boolean(request.prerelease);
    previous = await previousRelease(tags, reachable, { ...(toVersion ? { below: toVersion } : { excludeSha: toSha }), includePrereleases });
    fromSha = previous?.sha;
  }

  const paths = request.paths ?? [];
  const commits = await readCommits(git, fromSha ? `${fromSha}..${toSha}` : toSha, paths);
  const changeOptions = request.squashBodies ? { squashBodies: request.squashBodies } : {};
  let changes = changesOf(commits, commits[0]?.sha, changeOptions);
  let contributions: Pick<RenderOptions, 'authors' | 'newContributors'> = {};
  if (request.lookup) {
    const found = await lookUpContributions(changes, request.lookup, previous?.name ?? fromSha);
    changes = found.changes;
    contributions = { authors: found.authors, newContributors: found.newContributors };
  }
  const lastStable = previous && previous.version.prerelease.length === 0 ? previous : await previousRelease(tags, reachable, { ...(toVersion ? { below: toVersion } : {}), excludeSha: toSha, includePrereleases: false });

  let version: string;
  let bump: Bump;
  if (toVersion) {
    version = toVersion.version;
    bump = bumpBetween(lastStable?.version, toVersion);
  } else {
    // The bump counts everything since the last stable release, even when the notes start at a prerelease.
    const sinceStable: Array<Pick<Commit, 'type' | 'breaking'>> =
      lastStable && lastStable.sha !== fromSha ? changesOf(await readCommits(git, `${lastStable.sha}..${toSha}`, paths), toSha, changeOptions) : changes;
    bump = bumpFor(sinceStable, lastStable?.version, request.bumpRules ?? DEFAULT_BUMP_RULES);
    version = nextVersion({
      lastStable: lastStable?.version,
      bump,
      initialVersion: request.initialVersion ?? '0.1.0',
      ...(request.prerelease ? { prereleaseId: request.prerelease } : {}),
      existing: tags.map((t) => t.version),
    });
  }
  const tag = toTag?.name ?? pattern.tagFor(version);
  const date = (await git.run(['log', '-1', '--format=%cs', toSha])).trim();
  const renderOptions: RenderOptions = { ...request.render, ...contributions, tag, ...(previous ? { previousTag: previous.name } : fromSha && request.from ? { previousTag: request.from } : {}) };
  const rendered = renderNotes(changes, renderOptions);
  // CHANGELOG.md has no length limit: it lists every change (its heading links the compare view).
  const whole = renderNotes(changes, { ...renderOptions, maxLength: Number.MAX_SAFE_INTEGER, fullChangelogLink: false });
  return {
    ...rendered,
    changelogMarkdown: whole.markdown,
    version,
    tag,
    ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : {}),
    bump,
    isPrerelease: version.includes('-'),
    date,
    changes,
    commits: commits.length,
  };
}
