/**
 * Tauri v2's static update manifest, `latest.json`: `{ version, notes, pub_date, platforms }`, where
 * each platform key maps to `{ url, signature }`. The updater looks for `{os}-{arch}-{installer}`
 * (`windows-x86_64-nsis`, `linux-x86_64-deb`, `darwin-aarch64-app`) first, then `{os}-{arch}`.
 */
import path from 'node:path';
import { archesIn, archOf, endsWith, type Arch } from './platform.js';
import type { NamedFile } from './electron.js';

export type TauriOs = 'darwin' | 'linux' | 'windows';
export type TauriArch = 'x86_64' | 'aarch64' | 'i686' | 'armv7';
export type Installer = 'app' | 'appimage' | 'deb' | 'rpm' | 'nsis' | 'msi';

export interface TauriBundle extends NamedFile {
  os: TauriOs;
  /** 'universal': a macOS bundle for both architectures. */
  arch: TauriArch | 'universal';
  installer: Installer;
  /** Tauri v1's zipped/tarred updater bundles (`.AppImage.tar.gz`, `.nsis.zip`, `.msi.zip`). */
  legacy: boolean;
}

export interface TauriPlan {
  bundles: TauriBundle[];
  skipped: Array<{ name: string; reason: string }>;
  problems: string[];
}

const TAURI_ARCH: Record<Exclude<Arch, 'universal'>, TauriArch> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7' };

/** The updater bundle a file name stands for, if any. */
function bundleKind(name: string): Pick<TauriBundle, 'os' | 'installer' | 'legacy'> | undefined {
  if (endsWith(name, '.app.tar.gz')) return { os: 'darwin', installer: 'app', legacy: false };
  if (endsWith(name, '.AppImage')) return { os: 'linux', installer: 'appimage', legacy: false };
  if (endsWith(name, '.AppImage.tar.gz')) return { os: 'linux', installer: 'appimage', legacy: true };
  if (endsWith(name, '.deb')) return { os: 'linux', installer: 'deb', legacy: false };
  if (endsWith(name, '.rpm')) return { os: 'linux', installer: 'rpm', legacy: false };
  if (endsWith(name, '.nsis.zip')) return { os: 'windows', installer: 'nsis', legacy: true };
  if (endsWith(name, '.exe')) return { os: 'windows', installer: 'nsis', legacy: false };
  if (endsWith(name, '.msi.zip')) return { os: 'windows', installer: 'msi', legacy: true };
  if (endsWith(name, '.msi')) return { os: 'windows', installer: 'msi', legacy: false };
  return undefined;
}

/**
 * Picks the updater bundles out of the release files. `hasSignature(file)` says whether the `.sig`
 * Tauri writes beside a bundle exists: the app-, AppImage- and Windows-installer bundles must have
 * one; a .deb or .rpm without one is simply not offered (Tauri signs them only when asked).
 */
export function planTauriFeed(files: readonly NamedFile[], hasSignature: (file: NamedFile) => boolean): TauriPlan {
  const plan: TauriPlan = { bundles: [], skipped: [], problems: [] };
  const unsigned: string[] = [];
  for (const file of files) {
    const kind = bundleKind(file.name);
    if (!kind) {
      plan.skipped.push({ name: file.name, reason: 'not a Tauri updater bundle (.app.tar.gz, .AppImage, .deb, .rpm, .exe, .msi)' });
      continue;
    }
    if (!hasSignature(file)) {
      if (kind.installer === 'deb' || kind.installer === 'rpm') plan.skipped.push({ name: file.name, reason: `no ${file.name}.sig beside it (not signed for the updater)` });
      else unsigned.push(path.basename(file.path));
      continue;
    }
    const arches = archesIn(file.name);
    const arch = archOf(file.name);
    if (!arch) {
      plan.problems.push(
        arches.size > 1
          ? `${file.name} names several architectures (${[...arches].join(', ')}); give each bundle one.`
          : `${file.name} does not say its architecture; Tauri needs one per platform key. Rename it with aarch64, x64 or universal (Tauri names the macOS bundle App.app.tar.gz for every architecture).`,
      );
      continue;
    }
    if (arch === 'universal' && kind.os !== 'darwin') {
      plan.problems.push(`${file.name}: only macOS bundles can be universal.`);
      continue;
    }
    plan.bundles.push({ ...file, ...kind, arch: arch === 'universal' ? 'universal' : TAURI_ARCH[arch] });
  }
  if (unsigned.length) {
    plan.problems.push(
      `No signature beside ${unsigned.join(', ')}: Tauri writes "<bundle>.sig" when the build has TAURI_SIGNING_PRIVATE_KEY and createUpdaterArtifacts; ` +
        'add the .sig files to the release files (or leave these bundles out with a "!" pattern).',
    );
  }
  return plan;
}

export interface PlatformEntry {
  url: string;
  signature: string;
}

export interface TauriFeedChoice {
  key: string;
  bundle: TauriBundle;
}

/**
 * The platform keys and the bundle each gets. Installer keys prefer Tauri v2's own bundles; the plain
 * `{os}-{arch}` key prefers v1's archives when present (v1 apps read only that key; v2 reads both) and
 * the configured Windows installer. A universal macOS bundle serves both Mac architectures unless a
 * native bundle exists.
 */
export function choosePlatforms(bundles: readonly TauriBundle[], windowsInstaller: 'nsis' | 'msi'): { choices: TauriFeedChoice[]; problems: string[] } {
  const problems: string[] = [];
  const seen = new Map<string, TauriBundle>();
  for (const bundle of bundles) {
    const id = `${bundle.os}-${bundle.arch}-${bundle.installer}-${bundle.legacy}`;
    const clash = seen.get(id);
    if (clash) problems.push(`${clash.name} and ${bundle.name} are both the ${bundle.os} ${bundle.arch} ${bundle.installer}${bundle.legacy ? ' (v1 archive)' : ''} bundle; latest.json can name one. Leave the other out of files with a "!" pattern (e.g. one MSI language).`);
    else seen.set(id, bundle);
  }
  const byTarget = new Map<string, TauriBundle[]>();
  const add = (target: string, bundle: TauriBundle): void => void (byTarget.get(target) ?? byTarget.set(target, []).get(target)!).push(bundle);
  for (const bundle of seen.values()) {
    if (bundle.arch !== 'universal') add(`${bundle.os}-${bundle.arch}`, bundle);
  }
  for (const bundle of seen.values()) {
    if (bundle.arch !== 'universal') continue;
    for (const arch of ['x86_64', 'aarch64']) {
      const target = `darwin-${arch}`;
      if (!byTarget.get(target)?.some((b) => b.installer === bundle.installer)) add(target, bundle);
    }
  }
  const choices: TauriFeedChoice[] = [];
  for (const [target, candidates] of byTarget) {
    const installers = [...new Set(candidates.map((b) => b.installer))];
    for (const installer of installers) {
      const options = candidates.filter((b) => b.installer === installer);
      choices.push({ key: `${target}-${installer}`, bundle: options.find((b) => !b.legacy) ?? options[0]! });
    }
    const main = target.startsWith('darwin')
      ? ['app']
      : target.startsWith('linux')
        ? ['appimage', 'deb', 'rpm']
        : windowsInstaller === 'nsis'
          ? ['nsis', 'msi']
          : ['msi', 'nsis'];
    const installer = main.find((i) => installers.includes(i as Installer));
    if (installer) {
      const options = candidates.filter((b) => b.installer === installer);
      choices.push({ key: target, bundle: options.find((b) => b.legacy) ?? options[0]! });
    }
  }
  choices.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { choices, problems };
}

export interface TauriFeedInfo {
  version: string;
  notes: string;
  pubDate: string;
  platforms: Record<string, PlatformEntry>;
}

export function renderTauriFeed(info: TauriFeedInfo): string {
  return `${JSON.stringify({ version: info.version, notes: info.notes, pub_date: info.pubDate, platforms: info.platforms }, null, 2)}\n`;
}

/** The expected keys missing from a manifest, as one error message, or undefined when none is. */
export function missingPlatforms(expected: readonly string[], present: readonly string[]): string | undefined {
  const missing = expected.filter((key) => !present.includes(key));
  if (missing.length === 0) return undefined;
  return (
    `latest.json would lack the platform${missing.length > 1 ? 's' : ''} ${missing.join(', ')} required by tauri-platforms ` +
    `(it has: ${present.join(', ') || 'none'}). Check that every platform's bundle and its .sig are among the files.`
  );
}
