/** AUR: a `PKGBUILD` and its `.SRCINFO` for a `-bin` package over the release's Linux archives. */
import { UserError } from '../kit/errors.js';
import { pickPerArch, type Arch } from './assets.js';
import { descriptionOf, homepageOf, missingAssets, type ManifestContext, type ManifestFile } from './context.js';
import type { AurSettings } from './settings.js';

const PACMAN_ARCH: Partial<Record<Arch, string>> = { x64: 'x86_64', arm64: 'aarch64' };

/** A bash single-quoted word. */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** pacman versions hold no '-' (it separates pkgrel): 1.2.0-beta.1 becomes 1.2.0_beta.1. */
export function pacmanVersion(version: string): string {
  return version.replace(/-/g, '_').replace(/[^A-Za-z0-9._+]/g, '');
}

export function aurPackageName(product: string, settings: AurSettings): string {
  return settings.package ?? `${product.toLowerCase()}-bin`;
}

export function aurFiles(context: ManifestContext, settings: AurSettings): ManifestFile[] {
  const pkgname = aurPackageName(context.product, settings);
  const provides = pkgname.replace(/-bin$/, '');
  const picked = pickPerArch(context.release.assets, 'linux', ['tar.gz', 'tar.xz'], settings.assets, context.product);
  const sources = [...picked].flatMap(([arch, asset]) => (PACMAN_ARCH[arch] ? [{ arch: PACMAN_ARCH[arch], asset }] : []));
  if (sources.length === 0) throw missingAssets('AUR', 'Linux tar.gz or tar.xz archive (x64 or arm64)', context.release);
  const license = settings.license ?? context.license;
  if (!license) throw new UserError('AUR: a PKGBUILD needs a licence: set package-managers.license (or package-managers.aur.license), e.g. MIT.');
  const pkgver = pacmanVersion(context.release.version);
  const desc = descriptionOf(context, settings.description);
  const url = homepageOf(context, settings.homepage);
  const depends = settings.depends ?? [];
  const bins = settings.bin ?? [provides];
  const list = (items: readonly string[]): string => `(${items.map(shellWord).join(' ')})`;
  const lines = [
    '# Written by release-kit from the release ' + context.release.tag + '.',
    ...(settings.maintainer ? [`# Maintainer: ${settings.maintainer.replace(/\n/g, ' ')}`] : []),
    `pkgname=${shellWord(pkgname)}`,
    `pkgver=${shellWord(pkgver)}`,
    'pkgrel=1',
    `pkgdesc=${shellWord(desc)}`,
    `arch=${list(sources.map((s) => s.arch!))}`,
    `url=${shellWord(url)}`,
    `license=${list([license])}`,
    `depends=${list(depends)}`,
    `provides=${list([provides])}`,
    `conflicts=${list([provides])}`,
    ...sources.flatMap(({ arch, asset }) => [`source_${arch}=${list([asset.url])}`, `sha256sums_${arch}=${list([asset.sha256])}`]),
    '',
    'package() {',
    ...bins.map((bin) => `  install -Dm755 "$srcdir/"${shellWord(bin)} "$pkgdir/usr/bin/"${shellWord(bin.split('/').pop()!)}`),
    '}',
    '',
  ];
  const info = [
    `pkgbase = ${pkgname}`,
    `\tpkgdesc = ${desc}`,
    `\tpkgver = ${pkgver}`,
    '\tpkgrel = 1',
    `\turl = ${url}`,
    ...sources.map((s) => `\tarch = ${s.arch}`),
    `\tlicense = ${license}`,
    ...depends.map((d) => `\tdepends = ${d}`),
    `\tprovides = ${provides}`,
    `\tconflicts = ${provides}`,
    ...sources.flatMap(({ arch, asset }) => [`\tsource_${arch} = ${asset.url}`, `\tsha256sums_${arch} = ${asset.sha256}`]),
    '',
    `pkgname = ${pkgname}`,
    '',
  ];
  return [
    { path: 'PKGBUILD', content: lines.join('\n') },
    { path: '.SRCINFO', content: info.join('\n') },
  ];
}
