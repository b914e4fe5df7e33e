/**
 * What each release asset is for (os, arch, kind), read from its name, and the choice of the assets
 * each package manager lists.
 */
import path from 'node:path';
import { UserError } from '../kit/errors.js';

export type Os = 'macos' | 'linux' | 'windows';
export type Arch = 'x64' | 'arm64' | 'x86' | 'universal';
export type Kind = 'tar.gz' | 'tar.xz' | 'zip' | 'dmg' | 'msi' | 'nsis' | 'msix';

/** One asset of the published release, as GitHub stores it. */
export interface PublishedAsset {
  id: number;
  name: string;
  size: number;
  url: string;
  /** Lower-case hex, from GitHub's stored digest (or the stored bytes when GitHub has none). */
  sha256: string;
}

export interface ClassifiedAsset extends PublishedAsset {
  os?: Os;
  arch?: Arch;
  kind?: Kind;
}

const KINDS: Array<[RegExp, Kind]> = [
  [/\.(tar\.gz|tgz)$/i, 'tar.gz'],
  [/\.(tar\.xz|txz)$/i, 'tar.xz'],
  [/\.zip$/i, 'zip'],
  [/\.dmg$/i, 'dmg'],
  [/\.msi$/i, 'msi'],
  // An .exe is an installer only when its name says so (electron-builder's "Setup", Tauri's "-setup"); a bare CLI .exe is not.
  [/(setup|install)[^/]*\.exe$/i, 'nsis'],
  [/\.(msix|msixbundle)$/i, 'msix'],
];

/** Name tokens, split at separators so "darwin" is not found in "mydarwinapp". */
function tokens(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9_]+/).flatMap((t) => [t, ...t.split('_')]);
}

export function classify(asset: PublishedAsset): ClassifiedAsset {
  const kind = KINDS.find(([pattern]) => pattern.test(asset.name))?.[1];
  const words = new Set(tokens(asset.name));
  const has = (...names: string[]): boolean => names.some((n) => words.has(n));
  let os: Os | undefined;
  if (has('macos', 'mac', 'darwin', 'osx', 'apple') || kind === 'dmg') os = 'macos';
  else if (has('windows', 'win', 'win32', 'win64') || kind === 'msi' || kind === 'nsis' || kind === 'msix') os = 'windows';
  else if (has('linux')) os = 'linux';
  let arch: Arch | undefined;
  if (has('universal')) arch = 'universal';
  else if (has('arm64', 'aarch64')) arch = 'arm64';
  else if (has('x64', 'x86_64', 'amd64', 'win64') || asset.name.toLowerCase().includes('x86_64')) arch = 'x64';
  else if (has('x86', 'i386', 'i686', '386', 'ia32', 'win32')) arch = 'x86';
  return { ...asset, ...(os ? { os } : {}), ...(arch ? { arch } : {}), ...(kind ? { kind } : {}) };
}

/** A glob over asset names: `*` and `?` only (names have no folders). */
export function globMatcher(globs: readonly string[] | undefined): (name: string) => boolean {
  if (!globs?.length) return () => true;
  const regexes = globs.map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`));
  return (name) => regexes.some((r) => r.test(name));
}

/**
 * The assets of one os/kind set, one per architecture (the first in kind order wins). An asset whose
 * architecture is not in its name counts as x64 when it is the only one of its os and kind. Several
 * assets of one os, kind and architecture (the CLI and a completions tarball, say) are never chosen
 * between by their order: the one named after the product (`<product>-…`, `<product>_…`) is taken,
 * and when that does not decide, it is an error that lists them and says how to choose.
 */
export function pickPerArch(assets: readonly ClassifiedAsset[], os: Os, kinds: readonly Kind[], globs?: readonly string[], product?: string): Map<Arch, ClassifiedAsset> {
  const allowed = globMatcher(globs);
  const candidates = assets.filter((a) => a.os === os && a.kind && kinds.includes(a.kind) && allowed(a.name) && !/\.(sig|asc|sha\d+|blockmap)$/i.test(a.name));
  const named = (a: ClassifiedAsset): boolean => product !== undefined && new RegExp(`^${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[-_. ]`, 'i').test(a.name);
  const picked = new Map<Arch, ClassifiedAsset>();
  for (const kind of kinds) {
    const ofKind = candidates.filter((a) => a.kind === kind);
    const byArch = new Map<Arch, ClassifiedAsset[]>();
    for (const asset of ofKind) {
      const arch = asset.arch ?? (ofKind.length === 1 ? 'x64' : undefined);
      if (arch) byArch.set(arch, [...(byArch.get(arch) ?? []), asset]);
    }
    for (const [arch, group] of byArch) {
      if (picked.has(arch)) continue;
      const chosen = group.length === 1 ? group : group.filter(named);
      if (chosen.length !== 1) {
        throw new UserError(
          `${group.length} ${os} ${arch} ${kind} assets could be the package: ${group.map((a) => a.name).join(', ')}; ` +
            `name the one to use with this manager's assets: setting in release-kit.yml (a glob such as ${JSON.stringify(`${product ?? 'app'}-*`)})`,
        );
      }
      picked.set(arch, chosen[0]!);
    }
  }
  return picked;
}

/** `name` without its archive extension: the folder name archives usually unpack to. */
export function stem(name: string): string {
  return path.basename(name).replace(/\.(tar\.gz|tgz|tar\.xz|txz|zip)$/i, '');
}
