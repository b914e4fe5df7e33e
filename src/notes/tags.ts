import { SemVer, parse as parseSemver } from 'semver';
import { UserError } from '../kit/errors.js';
import type { Git } from './git.js';

/** A tag naming scheme such as `v{version}` or `electron-builder@{version}` (one package of a monorepo). */
export interface TagPattern {
  template: string;
  /** The version inside a tag name of this scheme, or undefined for another package's or a non-release tag. */
  versionOf(tag: string): SemVer | undefined;
  tagFor(version: string): string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTagPattern(template: string, inputName = 'Input "tag-pattern"'): TagPattern {
  const parts = template.split('{version}');
  if (parts.length !== 2) {
    throw new UserError(`${inputName} has the value ${JSON.stringify(template)}, but it must contain {version} exactly once (e.g. "v{version}" or "my-package@{version}").`);
  }
  const regex = new RegExp(`^${escape(parts[0]!)}(.+)${escape(parts[1]!)}$`);
  return {
    template,
    versionOf(tag) {
      const match = regex.exec(tag);
      const version = match ? parseSemver(match[1]!) : null;
      return version && version.version === match![1] ? version : undefined;
    },
    tagFor: (version) => `${parts[0]}${version}${parts[1]}`,
  };
}

export interface ReleaseTag {
  name: string;
  version: SemVer;
  /** The commit the tag points at (annotated tags peeled). */
  sha: string;
}

/**
 * Release tags of this scheme that are reachable from `from` (never a tag on another branch), newest
 * version first.
 */
export async function reachableReleaseTags(git: Git, pattern: TagPattern, from: string): Promise<ReleaseTag[]> {
  const out = await git.run(['for-each-ref', `--merged=${from}`, '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
  const tags: ReleaseTag[] = [];
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [name, object, peeled] = line.split('\0') as [string, string, string];
    const version = pattern.versionOf(name);
    if (version) tags.push({ name, version, sha: peeled || object });
  }
  return tags.sort((a, b) => b.version.compare(a.version) || a.name.localeCompare(b.name));
}

/**
 * The release the notes start from: the newest tag below `version` (or the newest of all when the
 * range ends at an untagged commit). Prereleases are skipped unless `includePrereleases`: the notes of
 * a stable release cover everything since the previous stable one.
 */
export function previousRelease(tags: readonly ReleaseTag[], options: { below?: SemVer; excludeSha?: string; includePrereleases: boolean }): ReleaseTag | undefined {
  return tags.find(
    (tag) =>
      (options.below === undefined || tag.version.compare(options.below) < 0) &&
      tag.sha !== options.excludeSha &&
      (options.includePrereleases || tag.version.prerelease.length === 0),
  );
}
