import type { SemVer } from 'semver';
import inc from 'semver/functions/inc.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface BumpRules {
  /** Below 1.0.0 a breaking change bumps the minor version (the 0.x rule), unless this is `major`. */
  breakingBelowOne: 'minor' | 'major';
  /** Types that make a minor release; breaking changes always bump. */
  minorTypes: readonly string[];
  /** Types that make a patch release. */
  patchTypes: readonly string[];
  /** Type → the bump it makes, over `minorTypes` and `patchTypes` (`build: patch`, `chore: none`, `feat: major`). */
  types?: Readonly<Record<string, Bump>>;
}

export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch', 'none'];

export const DEFAULT_BUMP_RULES: BumpRules = { breakingBelowOne: 'minor', minorTypes: ['feat'], patchTypes: ['fix', 'perf', 'revert'] };

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

export function bumpFor(commits: Iterable<{ type?: string; breaking: boolean }>, previous: SemVer | undefined, rules: BumpRules = DEFAULT_BUMP_RULES): Bump {
  let bump: Bump = 'none';
  const raise = (to: Bump): void => {
    if (ORDER.indexOf(to) > ORDER.indexOf(bump)) bump = to;
  };
  for (const commit of commits) {
    const ruled = commit.type && rules.types && Object.hasOwn(rules.types, commit.type) ? rules.types[commit.type] : undefined;
    if (commit.breaking) raise(previous && previous.major === 0 && rules.breakingBelowOne === 'minor' ? 'minor' : 'major');
    else if (ruled) raise(ruled === 'major' && previous && previous.major === 0 && rules.breakingBelowOne === 'minor' ? 'minor' : ruled);
    else if (commit.type && rules.minorTypes.includes(commit.type)) raise('minor');
    else if (commit.type && rules.patchTypes.includes(commit.type)) raise('patch');
  }
  return bump;
}

/**
 * The next version: the last stable version bumped, then, for a prerelease channel, `-<id>.<n>` with n
 * one above the highest such prerelease already tagged.
 */
export function nextVersion(options: {
  lastStable: SemVer | undefined;
  bump: Bump;
  initialVersion: string;
  prereleaseId?: string;
  existing: readonly SemVer[];
}): string {
  const { lastStable, bump, prereleaseId } = options;
  if (lastStable !== undefined && bump === 'none') return lastStable.version; // nothing to release
  const base = lastStable === undefined ? options.initialVersion : inc(lastStable, bump as Exclude<Bump, 'none'>)!;
  if (!prereleaseId) return base;
  const numbers = options.existing
    .filter((v) => `${v.major}.${v.minor}.${v.patch}` === base && v.prerelease[0] === prereleaseId && typeof v.prerelease[1] === 'number')
    .map((v) => v.prerelease[1] as number);
  return `${base}-${prereleaseId}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}

/** The bump between two released versions (for a pushed tag, whose version is given). */
export function bumpBetween(previous: SemVer | undefined, version: SemVer): Bump {
  if (!previous) return version.major > 0 ? 'major' : version.minor > 0 ? 'minor' : 'patch';
  if (version.major !== previous.major) return 'major';
  if (version.minor !== previous.minor) return 'minor';
  if (version.patch !== previous.patch) return 'patch';
  return version.compare(previous) === 0 ? 'none' : 'patch';
}
