/**
 * Chocolatey: a `.nuspec` and `tools/chocolateyinstall.ps1` that downloads the release's MSI or NSIS
 * installer, checks its sha256 and runs it silently (`/qn` for MSI, `/S` for NSIS).
 */
import { parse as parseSemver } from 'semver';
import { UserError } from '../kit/errors.js';
import { pickPerArch, type ClassifiedAsset } from './assets.js';
import { descriptionOf, homepageOf, missingAssets, type ManifestContext, type ManifestFile } from './context.js';
import type { ChocolateySettings } from './settings.js';

export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A PowerShell single-quoted string literal. */
export function psString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** NuGet v2 (Chocolatey) versions are SemVer 1: 1.2.0-beta.1 becomes 1.2.0-beta1. */
export function chocolateyVersion(version: string): string {
  const parsed = parseSemver(version);
  if (!parsed) throw new UserError(`Chocolatey: the version ${version} is not a semantic version.`);
  const core = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  return parsed.prerelease.length ? `${core}-${parsed.prerelease.join('').replace(/[^0-9A-Za-z]/g, '')}` : core;
}

export function chocolateyId(product: string, settings: ChocolateySettings): string {
  return settings.id ?? product.toLowerCase();
}

function installer(context: ManifestContext, settings: ChocolateySettings): { fileType: 'msi' | 'exe'; x64?: ClassifiedAsset; x86?: ClassifiedAsset } {
  for (const kind of ['msi', 'nsis'] as const) {
    const picked = pickPerArch(context.release.assets, 'windows', [kind], settings.assets, context.product);
    const x64 = picked.get('x64');
    const x86 = picked.get('x86');
    if (x64 || x86) return { fileType: kind === 'msi' ? 'msi' : 'exe', ...(x64 ? { x64 } : {}), ...(x86 ? { x86 } : {}) };
  }
  throw missingAssets('Chocolatey', 'Windows MSI or NSIS installer (x64 or x86)', context.release);
}

export function chocolateyFiles(context: ManifestContext, settings: ChocolateySettings): ManifestFile[] {
  const id = chocolateyId(context.product, settings);
  const version = chocolateyVersion(context.release.version);
  const { fileType, x64, x86 } = installer(context, settings);
  const license = settings.license ?? context.license;
  const homepage = homepageOf(context, settings.homepage);
  const metadata = [
    ['id', id],
    ['version', version],
    ['title', settings.title ?? context.product],
    ['authors', settings.authors],
    ['projectUrl', homepage],
    ...(license ? [['licenseUrl', `https://spdx.org/licenses/${license}.html`]] : []),
    ['requireLicenseAcceptance', 'false'],
    ['description', descriptionOf(context, settings.description)],
    ['summary', descriptionOf(context, settings.description)],
    ['releaseNotes', context.release.htmlUrl],
    ...(settings.tags?.length ? [['tags', settings.tags.join(' ')]] : []),
  ];
  const nuspec =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<!-- Written by release-kit. -->\n' +
    '<package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd">\n' +
    '  <metadata>\n' +
    metadata.map(([key, value]) => `    <${key}>${xmlText(value!)}</${key}>\n`).join('') +
    '  </metadata>\n' +
    '  <files>\n    <file src="tools/**" target="tools" />\n  </files>\n' +
    '</package>\n';
  const silent = fileType === 'msi' ? '/qn /norestart' : '/S';
  const exitCodes = fileType === 'msi' ? '@(0, 3010, 1641)' : '@(0)';
  const args = [
    `  packageName    = $env:ChocolateyPackageName`,
    `  fileType       = ${psString(fileType)}`,
    ...(x86 ? [`  url            = ${psString(x86.url)}`, `  checksum       = ${psString(x86.sha256)}`, `  checksumType   = 'sha256'`] : []),
    ...(x64 ? [`  url64bit       = ${psString(x64.url)}`, `  checksum64     = ${psString(x64.sha256)}`, `  checksumType64 = 'sha256'`] : []),
    `  silentArgs     = ${psString(silent)}`,
    `  validExitCodes = ${exitCodes}`,
  ];
  const install = `# Written by release-kit from the release ${context.release.tag}.\n$ErrorActionPreference = 'Stop'\n\n$packageArgs = @{\n${args.join('\n')}\n}\n\nInstall-ChocolateyPackage @packageArgs\n`;
  return [
    { path: `${id}.nuspec`, content: nuspec },
    { path: 'tools/chocolateyinstall.ps1', content: install },
  ];
}
