import type { SemVer } from 'semver';
import parseSemver from 'semver/functions/parse.js';
import { UserError } from '../kit/errors.js';
import type { Git, TagRef } from './git.js';

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

/** The release tags of this scheme among `refs`, newest version first. */
export function releaseTagsOf(refs: readonly TagRef[], pattern: TagPattern): ReleaseTag[] {
  const tags: ReleaseTag[] = [];
  for (const { name, sha } of refs) {
    const version = pattern.versionOf(name);
    if (version) tags.push({ name, version, sha });
  }
  return tags.sort((a, b) => b.version.compare(a.version) || a.name.localeCompare(b.name));
}

/** Every release tag of this scheme, newest version first. */
export async function releaseTags(git: Git, pattern: TagPattern): Promise<ReleaseTag[]> {
  return releaseTagsOf(await git.tags(), pattern);
}

/**
 * Whether commits are ancestors of `to`, asked of git only for the tags that matter (the newest few),
 * so a repository with a thousand tags costs a handful of checks, not a walk of every tag.
 */
export class Reachability {
  private readonly known = new Map<string, Promise<boolean>>();
  private readonly git: Git;
  private readonly to: string;
  constructor(git: Git, to: string) {
    this.git = git;
    this.to = to;
  }

  has(sha: string): Promise<boolean> {
    let answer = this.known.get(sha);
    if (!answer) {
      answer = sha === this.to ? Promise.resolve(true) : this.git.isAncestor(sha, this.to);
      this.known.set(sha, answer);
    }
    return answer;
  }
}

export interface ReleaseFilter {
  /** Only versions below this one. */
  below?: SemVer;
  /** Not the tag(s) on this commit (the release being made). */
  excludeSha?: string;
  includePrereleases: boolean;
}

/**
 * The newest release tag that passes the filter and is reachable from `to` — never a tag on another
 * branch. Prereleases are skipped unless asked for: a stable release's notes cover all its betas.
 */
export async function previousRelease(tags: readonly ReleaseTag[], reachable: Reachability, filter: ReleaseFilter): Promise<ReleaseTag | undefined> {
  for (const tag of tags) {
    if (filter.below !== undefined && tag.version.compare(filter.below) >= 0) continue;
    if (tag.sha === filter.excludeSha) continue;
    if (!filter.includePrereleases && tag.version.prerelease.length > 0) continue;
    if (await reachable.has(tag.sha)) return tag;
  }
  return undefined;
}
