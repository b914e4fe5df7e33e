/**
 * Update feeds through promotion and rollback. electron-updater reads `latest*.yml` from the release
 * GitHub calls latest, and `<channel>*.yml` from prereleases; Tauri reads `latest.json` from the latest
 * release. A beta promoted to a full release therefore needs the stable feed names, with the same
 * content (the same files, sizes, sha512 and version) as its channel feeds; a release rolled back to a
 * visible prerelease must stop offering itself through its feeds.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ReleaseApi, RemoteAsset, RemoteRelease } from './api.js';
import type { Log } from './publish.js';

/** `beta.yml`, `beta-mac.yml`, `beta-linux.yml`, `beta-linux-arm64.yml` → channel and platform suffix. */
const ELECTRON_FEED = /^([a-z][a-z0-9]*(?:-(?!mac\.yml$|linux(?:-[a-z0-9]+)?\.yml$)[a-z0-9]+)*)(|-mac|-linux(?:-[a-z0-9]+)?)\.yml$/;

export interface FeedName {
  channel: string;
  /** '' (Windows), '-mac', '-linux', '-linux-arm64'… */
  suffix: string;
}

export function parseFeedName(name: string): FeedName | undefined {
  const match = ELECTRON_FEED.exec(name);
  return match ? { channel: match[1]!, suffix: match[2]! } : undefined;
}

/**
 * Which channel feed each stable feed is copied from: per platform suffix, the release's own channel —
 * the one outside `known` if there is one (a custom channel writes only its own files), else the most
 * stable of `known` it carries (a release also writes the feeds of the channels below its own).
 */
export function stableFeedSources(assets: readonly RemoteAsset[], known: readonly string[]): Array<{ source: RemoteAsset; target: string }> {
  const bySuffix = new Map<string, RemoteAsset[]>();
  for (const asset of assets) {
    const feed = parseFeedName(asset.name);
    if (!feed || feed.channel === 'latest') continue;
    bySuffix.set(feed.suffix, [...(bySuffix.get(feed.suffix) ?? []), asset]);
  }
  const rank = (asset: RemoteAsset): number => {
    const at = known.indexOf(parseFeedName(asset.name)!.channel);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...bySuffix.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([suffix, candidates]) => ({ source: [...candidates].sort((a, b) => rank(b) - rank(a))[0]!, target: `latest${suffix}.yml` }));
}

/** Whether the bytes are an electron-updater feed (version and files), not some other .yml asset. */
export function isElectronFeed(content: Buffer): boolean {
  try {
    const data = parseYaml(content.toString('utf8')) as { version?: unknown; files?: unknown } | null;
    return typeof data?.version === 'string' && Array.isArray(data.files);
  } catch {
    return false;
  }
}

/** The release's electron feeds, read: a .yml asset that is not a feed (a config, say) is left alone. */
async function electronFeeds(api: ReleaseApi, assets: readonly RemoteAsset[]): Promise<Map<number, Buffer>> {
  const feeds = new Map<number, Buffer>();
  for (const asset of assets) {
    if (!parseFeedName(asset.name) || asset.size > 1 << 20) continue;
    const content = await api.downloadAsset(asset.id);
    if (isElectronFeed(content)) feeds.set(asset.id, content);
  }
  return feeds;
}

export interface FeedChange {
  from?: string;
  to?: string;
  action: 'written' | 'removed';
}

/** Uploads each stable feed (`latest*.yml`) as a copy of the release's channel feed, replacing an older one. */
export async function writeStableFeeds(api: ReleaseApi, release: RemoteRelease, known: readonly string[], log: Log): Promise<FeedChange[]> {
  const assets = await api.listAssets(release.id);
  const feeds = await electronFeeds(api, assets);
  const copies = stableFeedSources(
    assets.filter((asset) => feeds.has(asset.id)),
    known,
  );
  if (copies.length === 0) {
    log.info(`${release.tag_name} carries no channel feed (beta.yml, beta-mac.yml…): no electron-updater feed to promote.`);
    return [];
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'release-kit-feeds-'));
  const changes: FeedChange[] = [];
  try {
    for (const { source, target } of copies) {
      const content = feeds.get(source.id)!;
      const existing = assets.find((asset) => asset.name === target);
      if (existing) await api.deleteAsset(existing.id);
      const file = path.join(dir, `${randomUUID()}-${target}`);
      await writeFile(file, content);
      await api.uploadAsset(release, { path: file, name: target, size: content.length, contentType: 'application/yaml' });
      log.info(`${target} written from ${source.name}.`);
      changes.push({ from: source.name, to: target, action: 'written' });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return changes;
}

/** Removes every update feed (electron `*.yml` feeds and Tauri `latest.json`) from a release. */
export async function removeFeeds(api: ReleaseApi, release: RemoteRelease, log: Log): Promise<FeedChange[]> {
  const assets = await api.listAssets(release.id);
  const electron = await electronFeeds(api, assets);
  const feeds = assets.filter((asset) => electron.has(asset.id) || asset.name === 'latest.json');
  for (const asset of feeds) {
    await api.deleteAsset(asset.id);
    log.info(`${asset.name} removed from ${release.tag_name}: no updater is offered it any more.`);
  }
  return feeds.map((asset) => ({ from: asset.name, action: 'removed' as const }));
}
