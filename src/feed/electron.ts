/**
 * electron-updater feeds (`latest.yml`, `latest-mac.yml`, `latest-linux.yml`, `latest-linux-arm64.yml`
 * and their channel variants), in the format electron-builder writes and electron-updater reads:
 * `files[]` of `{ url, sha512 (base64), size, blockMapSize? }`, the first file again as the legacy
 * top-level `path`/`sha512`, `releaseDate`, and `stagingPercentage` for staged rollouts.
 */
import { stringify } from 'yaml';
import { electronFeedName } from './channels.js';
import { archesIn, archOf, endsWith, osMentioned, type Arch, type Os } from './platform.js';

export interface NamedFile {
  path: string;
  /** The name GitHub stores for the asset: what the feed's `url` names. */
  name: string;
}

export interface ElectronEntry extends NamedFile {
  os: Os;
  /** undefined: an installer for every architecture (electron-builder's combined NSIS installer). */
  arch?: Arch;
  kind: 'exe' | 'zip' | 'dmg' | 'AppImage' | 'deb' | 'rpm' | 'pacman';
}

/** One feed per OS (and per architecture on Linux, where electron-updater asks per architecture). */
export interface ElectronGroup {
  os: Os;
  /** Linux only: the architecture of `latest-linux-<arch>.yml`. */
  arch?: Arch;
  entries: ElectronEntry[];
}

export interface ElectronPlan {
  groups: ElectronGroup[];
  /** Files that are in no electron feed, and why. */
  skipped: Array<{ name: string; reason: string }>;
  /** Problems that make a feed wrong for some users: each is an error. */
  problems: string[];
  /** Worth knowing, but the feeds work. */
  warnings: string[];
}

const LINUX_KINDS = ['AppImage', 'deb', 'rpm', 'pacman'] as const;
const KIND_ORDER: Record<ElectronEntry['kind'], number> = { zip: 0, dmg: 1, exe: 0, AppImage: 0, deb: 1, rpm: 2, pacman: 3 };
/** No architecture (all of them) first, so an updater that finds no file for its own falls back to it. */
const ARCH_ORDER = (arch: Arch | undefined): number => (arch === undefined ? -1 : ['x64', 'arm64', 'universal', 'ia32', 'arm'].indexOf(arch));

function kindOf(name: string): ElectronEntry['kind'] | undefined {
  if (endsWith(name, '.exe')) return 'exe';
  if (endsWith(name, '.dmg')) return 'dmg';
  if (endsWith(name, '.zip')) return 'zip';
  for (const kind of LINUX_KINDS) if (endsWith(name, `.${kind}`)) return kind;
  return undefined;
}

/** Files that accompany release files (signatures, block maps, sums, feeds): never feed entries. */
export function isSupportFile(name: string): boolean {
  return /\.(blockmap|sig|minisig|asc|yml|yaml|json|sha256|sha512)$/i.test(name) || /^[A-Z0-9-]*SUMS(\.[a-z]+)?$/i.test(name);
}

/** Sorts release files into the electron-updater feeds they belong in. */
export function planElectronFeeds(files: readonly NamedFile[]): ElectronPlan {
  const plan: ElectronPlan = { groups: [], skipped: [], problems: [], warnings: [] };
  const entries: ElectronEntry[] = [];
  for (const file of files) {
    const { name } = file;
    if (isSupportFile(name)) continue;
    const kind = kindOf(name);
    if (!kind) {
      plan.skipped.push({ name, reason: 'not a file electron-updater installs (.exe, .zip, .dmg, .AppImage, .deb, .rpm, .pacman)' });
      continue;
    }
    if (kind === 'exe' && /uninstall/i.test(name)) {
      plan.skipped.push({ name, reason: 'an uninstaller' });
      continue;
    }
    const mentioned = osMentioned(name);
    const os: Os = kind === 'exe' ? 'windows' : kind === 'zip' || kind === 'dmg' ? 'mac' : 'linux';
    if (kind === 'zip' && mentioned !== 'mac') {
      plan.skipped.push({ name, reason: 'a .zip without mac, macos, darwin or osx in its name (electron-builder names the macOS update zip "…-mac.zip")' });
      continue;
    }
    if (mentioned && mentioned !== os) {
      plan.skipped.push({ name, reason: `a .${kind} whose name says ${mentioned}` });
      continue;
    }
    if (archesIn(name).size > 1) {
      plan.problems.push(`${name} names several architectures (${[...archesIn(name)].join(', ')}); give each file one (x64, arm64, universal…).`);
      continue;
    }
    // electron-builder leaves the architecture out of x64 names on macOS and Linux.
    const arch = archOf(name) ?? (os === 'windows' ? undefined : 'x64');
    if (os === 'mac' && arch === 'arm64' && !name.toLowerCase().includes('arm64')) {
      plan.problems.push(
        `${name} is an Apple silicon build, but electron-updater tells them from Intel builds only by "arm64" in the name: ` +
          'Intel Macs would download it. Rename it with "arm64" (e.g. App-1.2.0-arm64-mac.zip).',
      );
      continue;
    }
    if (os === 'mac' && arch !== 'x64' && arch !== 'arm64' && arch !== 'universal') {
      plan.skipped.push({ name, reason: `a macOS file for ${arch}` });
      continue;
    }
    entries.push({ ...file, os, ...(arch ? { arch } : {}), kind });
  }

  // Windows: one installer per architecture; a portable .exe beside the NSIS installer is left out.
  const windows = entries.filter((e) => e.os === 'windows');
  for (const arch of new Set(windows.map((e) => e.arch))) {
    const same = windows.filter((e) => e.arch === arch);
    if (same.length < 2) continue;
    const setups = same.filter((e) => /setup|install/i.test(e.name));
    if (setups.length === 1) {
      for (const other of same.filter((e) => e !== setups[0])) {
        plan.skipped.push({ name: other.name, reason: `not an installer (${setups[0]!.name} is the ${arch ?? 'all-architecture'} installer)` });
        entries.splice(entries.indexOf(other), 1);
      }
    } else {
      plan.problems.push(
        `Several Windows installers for ${arch ?? 'all architectures'}: ${same.map((e) => e.name).join(', ')}; ` +
          'electron-updater can only offer one. Leave the others out of files (a "!" pattern), or name the installer "… Setup ….exe".',
      );
    }
  }

  const groups = new Map<string, ElectronGroup>();
  for (const entry of entries) {
    const arch = entry.os === 'linux' ? entry.arch : undefined;
    const key = `${entry.os}/${arch ?? ''}`;
    if (!groups.has(key)) groups.set(key, { os: entry.os, ...(arch ? { arch } : {}), entries: [] });
    groups.get(key)!.entries.push(entry);
  }
  for (const group of groups.values()) {
    group.entries.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || ARCH_ORDER(a.arch) - ARCH_ORDER(b.arch) || a.name.localeCompare(b.name));
    for (let i = 1; i < group.entries.length; i++) {
      const [before, entry] = [group.entries[i - 1]!, group.entries[i]!];
      if (before.kind === entry.kind && before.arch === entry.arch && entry.os !== 'windows') {
        plan.problems.push(`${before.name} and ${entry.name} are both the ${entry.arch} .${entry.kind} for ${entry.os}; electron-updater can only offer one.`);
      }
    }
    if (group.os === 'mac' && !group.entries.some((e) => e.kind === 'zip')) {
      plan.problems.push(
        `The macOS feed has no .zip (${group.entries.map((e) => e.name).join(', ')}): electron-updater installs macOS updates only from the zip; add the "zip" target to the mac build.`,
      );
    }
    if (group.os === 'windows') {
      const archs = new Set(group.entries.map((e) => e.arch));
      // NsisUpdater takes the .exe whose name holds process.arch (x64, arm64, ia32), else the first one.
      for (const entry of group.entries) {
        if (archs.size > 1 && entry.arch && entry.arch !== 'universal' && !entry.name.toLowerCase().includes(entry.arch)) {
          plan.warnings.push(
            `${entry.name}: electron-updater picks the Windows installer whose name contains "${entry.arch}"; this name does not, so ${entry.arch} machines get ${group.entries[0]!.name}.`,
          );
        }
      }
    }
  }
  plan.groups = [...groups.values()].sort((a, b) => a.os.localeCompare(b.os) || ARCH_ORDER(a.arch) - ARCH_ORDER(b.arch));
  return plan;
}

export interface FeedFile {
  url: string;
  sha512: string;
  size: number;
  blockMapSize?: number;
}

export interface ElectronFeedInfo {
  version: string;
  files: FeedFile[];
  releaseDate: string;
  stagingPercentage?: number;
  releaseNotes?: string;
}

/** The YAML text of one feed. YAML 1.1 quoting, so js-yaml (electron-updater's parser) reads dates and numbers back as strings. */
export function renderElectronFeed(info: ElectronFeedInfo): string {
  const [first] = info.files;
  if (!first) throw new Error('an electron feed needs at least one file');
  const document = {
    version: info.version,
    files: info.files.map((file) => ({ url: file.url, sha512: file.sha512, size: file.size, ...(file.blockMapSize !== undefined ? { blockMapSize: file.blockMapSize } : {}) })),
    path: first.url,
    sha512: first.sha512,
    ...(info.releaseNotes ? { releaseNotes: info.releaseNotes } : {}),
    releaseDate: info.releaseDate,
    ...(info.stagingPercentage !== undefined ? { stagingPercentage: info.stagingPercentage } : {}),
  };
  return stringify(document, { version: '1.1', singleQuote: true, lineWidth: 0 });
}

/** The file names of a group, for every channel written. */
export function groupFeedNames(group: ElectronGroup, channels: readonly string[]): string[] {
  return channels.map((channel) => electronFeedName(channel, group.os, group.arch));
}
