/**
 * Builds every update feed of a release at once, from the final files: the names GitHub stores, the
 * sizes and sha512 digests of the bytes on disk, the `.sig` beside each Tauri bundle. Written all or
 * none, so a feed never names a file another feed missed.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashFiles, type HashOptions } from '../checksum/hash-files.js';
import { writeFilesAtomically } from '../kit/atomic-write.js';
import { UserError } from '../kit/errors.js';
import { mapLimit } from '../kit/map-limit.js';
import { nameAssets } from '../release/asset-names.js';
import { readBlockMapFile, readEmbeddedBlockMap } from './blockmap.js';
import { channelsToWrite } from './channels.js';
import { groupFeedNames, isSupportFile, planElectronFeeds, renderElectronFeed, type FeedFile, type NamedFile } from './electron.js';
import { tauriSignature, verifyTauriSignature } from './minisign.js';
import { choosePlatforms, missingPlatforms, planTauriFeed, renderTauriFeed, type PlatformEntry } from './tauri.js';

export interface FeedRequest {
  /** Absolute paths of the release files, as matched. */
  files: readonly string[];
  version: string;
  electron: boolean;
  tauri: boolean;
  /** Globs of the release names each feed covers (one release can carry an Electron and a Tauri app); every file when absent. */
  electronFiles?: readonly string[];
  tauriFiles?: readonly string[];
  /** Folder the feeds are written to. */
  outputDir: string;
  /** ISO 8601 time written as `releaseDate` / `pub_date`. */
  releaseDate: string;
  /** Electron: absolute URLs from this prefix; without it, bare names (resolved by electron-updater against its provider). */
  electronBaseUrl?: string;
  /** Tauri: the prefix of every URL (required: Tauri wants absolute URLs). */
  tauriBaseUrl?: string;
  /** This release's channel (`latest` for stable). */
  channel: string;
  /** Channels below stable, least stable first. */
  knownChannels: readonly string[];
  stagingPercentage?: number;
  notes: string;
  tauriPlatforms: readonly string[];
  tauriWindowsInstaller: 'nsis' | 'msi';
  /** When given, every Tauri signature is checked against the bundle with `minisign -V` before writing. */
  tauriPublicKey?: string;
}

export interface FeedListing {
  /** Platform key (Tauri) or OS/architecture (electron). */
  label: string;
  /** The stored asset name the feed points to. */
  name: string;
  size: number;
}

export interface WrittenFeed {
  path: string;
  format: 'electron' | 'tauri';
  /** The channel, for electron feeds. */
  channel?: string;
  entries: FeedListing[];
}

export interface FeedResult {
  feeds: WrittenFeed[];
  /** Release files in no feed, and why. */
  skipped: Array<{ name: string; reason: string }>;
  warnings: string[];
}

const joinUrl = (base: string, name: string): string => `${base.endsWith('/') ? base : `${base}/`}${name}`;
const toBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

function sibling(file: NamedFile, suffix: string): string {
  return `${file.path}${suffix}`;
}

export async function buildFeeds(request: FeedRequest, hashOptions: HashOptions = {}): Promise<FeedResult> {
  if (!request.electron && !request.tauri) throw new UserError('No feed asked for: choose electron, tauri or both.');
  // Signatures, block maps, sums and feeds of an earlier run accompany the release files; they are never feed entries.
  const named = nameAssets(request.files.filter((file) => !isSupportFile(path.basename(file))));
  const matched = new Set(request.files.map((file) => path.resolve(file)));
  const problems: string[] = [];
  const warnings: string[] = [];
  const writes: Array<{ path: string; content: string }> = [];
  const feeds: WrittenFeed[] = [];
  const skippedBy = new Map<string, string[]>();
  const skip = (name: string, reason: string): void => void (skippedBy.get(name) ?? skippedBy.set(name, []).get(name)!).push(reason);

  const scoped = (globs: readonly string[] | undefined) => (globs ? named.filter((file) => globs.some((glob) => path.matchesGlob(file.name, glob))) : named);
  const electronPlan = request.electron ? planElectronFeeds(scoped(request.electronFiles)) : undefined;
  const tauriPlan = request.tauri ? planTauriFeed(scoped(request.tauriFiles), (file) => existsSync(sibling(file, '.sig'))) : undefined;
  if (electronPlan) {
    problems.push(...electronPlan.problems);
    warnings.push(...electronPlan.warnings);
    if (electronPlan.groups.length === 0 && electronPlan.problems.length === 0) {
      problems.push('No file for an electron-updater feed among the files (.exe NSIS installers, macOS .zip/.dmg, .AppImage, .deb, .rpm).');
    }
  }
  if (tauriPlan) {
    problems.push(...tauriPlan.problems);
    if (tauriPlan.bundles.length === 0 && tauriPlan.problems.length === 0) {
      problems.push('No Tauri updater bundle among the files (.app.tar.gz, .AppImage, -setup.exe, .msi, each with its .sig).');
    }
    if (!request.tauriBaseUrl) problems.push('Tauri needs absolute download URLs: set base-url (or run on a tag push, where it defaults to the release download URL).');
  }
  const tauriChoices = tauriPlan ? choosePlatforms(tauriPlan.bundles, request.tauriWindowsInstaller) : undefined;
  if (tauriChoices) {
    problems.push(...tauriChoices.problems);
    const missing = missingPlatforms(request.tauriPlatforms, tauriChoices.choices.map((c) => c.key));
    if (missing) problems.push(missing);
  }
  if (problems.length) throw new UserError(problems.length === 1 ? problems[0]! : `The feeds cannot be built:\n- ${problems.join('\n- ')}`);

  // Electron: sha512 (base64) and size of the bytes on disk, block map sizes.
  if (electronPlan) {
    const entries = electronPlan.groups.flatMap((group) => group.entries);
    const digests = await hashFiles(entries.map((e) => e.path), ['sha512'], hashOptions);
    const info = new Map(entries.map((entry, i) => [entry, { size: digests[i]!.size, sha512: toBase64(digests[i]!.digests.sha512!) }]));
    const blockMaps = await mapLimit(entries, 8, async (entry) => {
      const size = info.get(entry)!.size;
      if (entry.kind === 'AppImage') return readEmbeddedBlockMap(entry.path, size);
      return readBlockMapFile(sibling(entry, '.blockmap'));
    });
    entries.forEach((entry, i) => {
      const file = sibling(entry, '.blockmap');
      if (entry.kind !== 'AppImage' && blockMaps[i] && !matched.has(path.resolve(file))) {
        warnings.push(`${path.basename(file)} is not among the files: electron-updater downloads "${entry.name}.blockmap" for differential updates; publish it with the installer.`);
      }
    });
    entries.forEach((entry, i) => {
      const map = blockMaps[i];
      if (map?.describes !== undefined && map.describes !== info.get(entry)!.size) {
        warnings.push(
          `The block map of ${entry.name} describes ${map.describes} bytes but the file has ${info.get(entry)!.size}: it was made before the file changed (signing?). ` +
            'Differential downloads of this update will fail and fall back to full downloads; rebuild the block map from the signed file.',
        );
      }
    });
    const channels = channelsToWrite(request.channel, request.knownChannels);
    for (const group of electronPlan.groups) {
      const files: FeedFile[] = group.entries.map((entry) => {
        const blockMap = blockMaps[entries.indexOf(entry)];
        return {
          url: request.electronBaseUrl ? joinUrl(request.electronBaseUrl, entry.name) : entry.name,
          ...info.get(entry)!,
          ...(blockMap ? { blockMapSize: blockMap.size } : {}),
        };
      });
      const content = renderElectronFeed({
        version: request.version,
        files,
        releaseDate: request.releaseDate,
        ...(request.stagingPercentage !== undefined ? { stagingPercentage: request.stagingPercentage } : {}),
        ...(request.notes ? { releaseNotes: request.notes } : {}),
      });
      groupFeedNames(group, channels).forEach((name, c) => {
        const file = path.join(request.outputDir, name);
        writes.push({ path: file, content });
        feeds.push({
          path: file,
          format: 'electron',
          channel: channels[c]!,
          entries: group.entries.map((entry) => ({ label: `${group.os} ${entry.arch ?? 'all architectures'}`, name: entry.name, size: info.get(entry)!.size })),
        });
      });
    }
    for (const { name, reason } of electronPlan.skipped) skip(name, `electron: ${reason}`);
  }

  if (tauriPlan && tauriChoices) {
    const bundles = [...new Set(tauriChoices.choices.map((c) => c.bundle))];
    const signatures = new Map<string, string>();
    await mapLimit(bundles, 8, async (bundle) => {
      const sigFile = sibling(bundle, '.sig');
      signatures.set(bundle.path, tauriSignature(await readFile(sigFile, 'utf8'), path.basename(sigFile)));
    });
    if (request.tauriPublicKey) {
      const failed = (
        await mapLimit(bundles, 4, async (bundle) => {
          const check = await verifyTauriSignature(bundle.path, signatures.get(bundle.path)!, request.tauriPublicKey!);
          return check.ok ? undefined : `${bundle.name}: ${check.message}`;
        })
      ).filter((line): line is string => line !== undefined);
      if (failed.length) {
        throw new UserError(
          `These bundles do not match their .sig under public-key (changed after signing, or signed with another key):\n- ${failed.join('\n- ')}\n` +
            'Sign the final bytes again (tauri signer sign) and rebuild the feed.',
        );
      }
    }
    const sizes = new Map(await mapLimit(bundles, 16, async (b) => [b.path, (await stat(b.path)).size] as const));
    const platforms: Record<string, PlatformEntry> = {};
    for (const { key, bundle } of tauriChoices.choices) {
      platforms[key] = { signature: signatures.get(bundle.path)!, url: joinUrl(request.tauriBaseUrl!, bundle.name) };
    }
    const file = path.join(request.outputDir, 'latest.json');
    writes.push({ path: file, content: renderTauriFeed({ version: request.version, notes: request.notes, pubDate: request.releaseDate, platforms }) });
    feeds.push({
      path: file,
      format: 'tauri',
      entries: tauriChoices.choices.map(({ key, bundle }) => ({ label: key, name: bundle.name, size: sizes.get(bundle.path) ?? 0 })),
    });
    for (const { name, reason } of tauriPlan.skipped) skip(name, `tauri: ${reason}`);
  }

  const inFeed = new Set(feeds.flatMap((feed) => feed.entries.map((entry) => entry.name)));
  const skipped = [...skippedBy]
    .filter(([name]) => !inFeed.has(name))
    .map(([name, reasons]) => ({ name, reason: reasons.join('; ') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  await writeFilesAtomically(writes);
  return { feeds, skipped, warnings };
}
