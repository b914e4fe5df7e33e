import { parse as parseSemver } from 'semver';
import { UserError } from '../kit/errors.js';

/** The channel electron-updater reads for stable releases. */
export const STABLE = 'latest';
/** Channels below stable, least stable first, when `channels` is not given. */
export const DEFAULT_CHANNELS = ['alpha', 'beta'] as const;

/**
 * The channel of a version: its prerelease name (`1.2.0-beta.3` → `beta`), or `latest` for a stable
 * version. A prerelease without a name (`1.2.0-3`) has no channel of its own; the caller asks for one.
 */
export function channelOfVersion(version: string): string | undefined {
  const parsed = parseSemver(version);
  if (!parsed) throw new UserError(`${JSON.stringify(version)} is not a semantic version (such as 1.2.0 or 1.2.0-beta.3).`);
  const first = parsed.prerelease[0];
  if (first === undefined) return STABLE;
  return typeof first === 'string' && /^[a-z][a-z0-9-]*$/i.test(first) ? first.toLowerCase() : undefined;
}

/**
 * The channels whose feed files a release writes, its own first: a stable release also writes every
 * lower channel's files, and a prerelease those of the channels below its own, so a user following
 * `beta` is offered the stable release (or the rc) as soon as it is out. `known` lists the channels
 * below stable, least stable first. A channel outside `known` writes only its own files.
 */
export function channelsToWrite(channel: string, known: readonly string[]): string[] {
  if (channel === STABLE) return [STABLE, ...known];
  const at = known.indexOf(channel);
  if (at === -1) return [channel];
  return [channel, ...known.slice(0, at)];
}

/**
 * The feed file electron-updater asks for: `latest.yml` (Windows), `latest-mac.yml`,
 * `latest-linux.yml`, `latest-linux-arm64.yml`… with the channel in place of `latest`.
 */
export function electronFeedName(channel: string, os: 'windows' | 'mac' | 'linux', arch?: string): string {
  if (os === 'windows') return `${channel}.yml`;
  if (os === 'mac') return `${channel}-mac.yml`;
  return `${channel}-linux${!arch || arch === 'x64' ? '' : `-${arch}`}.yml`;
}
