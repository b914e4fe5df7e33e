/**
 * The published release as GitHub stores it: every manifest is written from this, never from local
 * files. Each asset's sha256 is GitHub's stored digest; an asset without one (uploaded before GitHub
 * kept digests) is downloaded and hashed. The digests are cross-checked against the release's own
 * SHA256SUMS and against what publish reported uploading: any difference is an error.
 */
import { createHash } from 'node:crypto';
import { compare, parse as parseSemver, valid } from 'semver';
import { UserError } from '../kit/errors.js';
import type { ReleaseApi, RemoteRelease } from '../release/api.js';
import { classify, type ClassifiedAsset } from './assets.js';

export interface PublishedRelease {
  tag: string;
  version: string;
  prerelease: boolean;
  htmlUrl: string;
  assets: ClassifiedAsset[];
}

/** Streams one stored asset's bytes (the API's asset download, following GitHub's redirect). */
export type AssetDownload = (assetId: number) => Promise<AsyncIterable<Uint8Array>>;

export interface ReadOptions {
  /** name → sha256 of what publish uploaded (its `assets` output), checked against GitHub's digests. */
  uploaded?: ReadonlyMap<string, string>;
  log?: (message: string) => void;
}

export function versionOfTag(tag: string): string {
  return tag.replace(/^[^\d]*/, '');
}

async function sha256Of(download: AssetDownload, id: number): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await download(id)) hash.update(chunk);
  return hash.digest('hex');
}

async function textOf(download: AssetDownload, id: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of await download(id)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** `<hex>  <name>` or `<hex> *<name>` lines of a sha256sum file. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (match) sums.set(match[2]!, match[1]!.toLowerCase());
  }
  return sums;
}

function find(releases: readonly RemoteRelease[], tag: string): RemoteRelease {
  const release = releases.find((r) => r.tag_name === tag && !r.draft) ?? releases.find((r) => r.tag_name === tag);
  if (!release) throw new UserError(`No release for the tag ${tag}: package managers are updated from a published release.`);
  if (release.draft) throw new UserError(`The release ${tag} is a draft: package managers are updated from a published release only.`);
  return release;
}

export async function readPublishedRelease(api: ReleaseApi, tag: string, download: AssetDownload, options: ReadOptions = {}): Promise<PublishedRelease> {
  const log = options.log ?? (() => undefined);
  const release = find(await api.listReleases(), tag);
  const stored = release.assets.filter((a) => a.state === 'uploaded');
  const assets: ClassifiedAsset[] = [];
  for (const asset of stored) {
    const digest = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')?.[1]?.toLowerCase();
    let sha256 = digest;
    if (!sha256) {
      log(`${asset.name}: GitHub stores no digest; downloading it to hash the stored bytes.`);
      sha256 = await sha256Of(download, asset.id);
    }
    assets.push(classify({ id: asset.id, name: asset.name, size: asset.size, url: asset.browser_download_url, sha256 }));
  }
  const problems: string[] = [];
  const sumsAsset = assets.find((a) => a.name === 'SHA256SUMS');
  if (sumsAsset) {
    for (const [name, sum] of parseSums(await textOf(download, sumsAsset.id))) {
      const asset = assets.find((a) => a.name === name);
      if (asset && asset.sha256 !== sum) problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but the release's SHA256SUMS says ${sum}`);
    }
  }
  for (const [name, sum] of options.uploaded ?? []) {
    const asset = assets.find((a) => a.name === name);
    if (!asset) problems.push(`${name}: publish uploaded it, but the release has no such asset`);
    else if (asset.sha256 !== sum.toLowerCase()) problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but publish uploaded ${sum}`);
  }
  if (problems.length) throw new UserError(`The checksums of release ${tag} do not agree; no package manager was updated:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { tag: release.tag_name, version: versionOfTag(release.tag_name), prerelease: release.prerelease, htmlUrl: release.html_url, assets };
}

/** The release a rollback of `tag` goes back to: the highest published stable version below it. */
export async function previousStableTag(api: ReleaseApi, tag: string): Promise<string> {
  const current = valid(versionOfTag(tag));
  const candidates = (await api.listReleases())
    .filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag)
    .filter((r) => {
      const version = parseSemver(versionOfTag(r.tag_name));
      return version && (!current || compare(version, current) < 0);
    })
    .sort((a, b) => compare(versionOfTag(b.tag_name), versionOfTag(a.tag_name)));
  if (!candidates[0]) throw new UserError(`No published stable release older than ${tag} to go back to.`);
  return candidates[0].tag_name;
}
