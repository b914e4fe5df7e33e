import { SemVer, parse } from 'semver';
import { UserError } from '../kit/errors.js';
import type { ReleaseApi, RemoteRelease } from './api.js';
import type { Log } from './publish.js';

async function publishedRelease(api: ReleaseApi, tag: string): Promise<{ release: RemoteRelease; all: RemoteRelease[] }> {
  const all = await api.listReleases();
  const release = all.find((r) => r.tag_name === tag && !r.draft);
  if (!release) {
    const draft = all.some((r) => r.tag_name === tag);
    throw new UserError(draft ? `The release ${tag} is still a draft; publish it first.` : `There is no release for the tag ${tag}.`);
  }
  return { release, all };
}

/** Prerelease → release: the beta that proved itself becomes the stable release (and latest). */
export async function promoteRelease(api: ReleaseApi, tag: string, makeLatest: 'true' | 'false' | 'legacy', log: Log): Promise<RemoteRelease> {
  const { release } = await publishedRelease(api, tag);
  if (!release.prerelease) log.info(`${tag} is already a full release.`);
  const updated = await api.updateRelease(release.id, { prerelease: false, make_latest: makeLatest });
  log.info(`Promoted ${tag} to a full release${makeLatest === 'true' ? ' and made it latest' : ''}.`);
  return updated;
}

const versionOf = (tag: string): SemVer | null => parse(tag.replace(/^[^\d]*/, ''));

/**
 * Takes a bad release back: into a draft (hidden) or a prerelease (visible, not offered as latest), and
 * makes the newest remaining stable release latest. An immutable release cannot be taken back.
 */
export async function rollbackRelease(api: ReleaseApi, tag: string, to: 'draft' | 'prerelease', log: Log): Promise<{ release: RemoteRelease; latest?: RemoteRelease }> {
  const { release, all } = await publishedRelease(api, tag);
  if (release.immutable) {
    throw new UserError(`The release ${tag} is immutable: GitHub does not allow turning it back into a draft or changing its assets, and its tag can never be reused. Publish a fixed release with a new version instead.`);
  }
  const updated = await api.updateRelease(release.id, to === 'draft' ? { draft: true } : { prerelease: true, make_latest: 'false' });
  log.info(`Rolled ${tag} back to a ${to}.`);
  const candidates = all
    .filter((r) => r.id !== release.id && !r.draft && !r.prerelease)
    .sort((a, b) => {
      const va = versionOf(a.tag_name);
      const vb = versionOf(b.tag_name);
      return va && vb ? vb.compare(va) : b.created_at.localeCompare(a.created_at);
    });
  const previous = candidates[0];
  if (!previous) {
    log.warning('No other stable release exists to become latest.');
    return { release: updated };
  }
  const latest = await api.updateRelease(previous.id, { make_latest: 'true' });
  log.info(`${previous.tag_name} is latest again.`);
  return { release: updated, latest };
}
