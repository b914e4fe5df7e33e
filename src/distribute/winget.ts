/**
 * winget: the multi-file manifest set (version, installer, defaultLocale) for an MSI, NSIS or MSIX
 * installer, at the newest released manifest schema, in the folder winget-pkgs keeps it in.
 */
import { stringify } from 'yaml';
import { UserError } from '../kit/errors.js';
import { pickPerArch, type ClassifiedAsset, type Kind } from './assets.js';
import { descriptionOf, homepageOf, missingAssets, type ManifestContext, type ManifestFile } from './context.js';
import type { WingetSettings } from './settings.js';

/** The newest frozen schema of microsoft/winget-cli (schemas/JSON/manifests/v1.28.0); `latest/` is in development. */
export const WINGET_MANIFEST_VERSION = '1.28.0';

const TYPES: Record<'msi' | 'nullsoft' | 'msix', Kind> = { msi: 'msi', nullsoft: 'nsis', msix: 'msix' };

/** manifests/<first letter>/<Publisher>/<Package>/<version>: where winget-pkgs keeps a version. */
export function wingetFolder(identifier: string, version: string): string {
  return ['manifests', identifier[0]!.toLowerCase(), ...identifier.split('.'), version].join('/');
}

function document(kind: 'version' | 'installer' | 'defaultLocale', body: Record<string, unknown>): string {
  return `# Written by release-kit.\n# yaml-language-server: $schema=https://aka.ms/winget-manifest.${kind}.${WINGET_MANIFEST_VERSION}.schema.json\n\n${stringify({ ...body, ManifestType: kind, ManifestVersion: WINGET_MANIFEST_VERSION }, { lineWidth: 0 })}`;
}

/** The installer type listed, and its assets per architecture. */
function installers(context: ManifestContext, settings: WingetSettings): { type: 'msi' | 'nullsoft' | 'msix'; assets: ClassifiedAsset[] } {
  const order = settings['installer-type'] ? [settings['installer-type']] : (['msi', 'nullsoft', 'msix'] as const);
  for (const type of order) {
    const picked = pickPerArch(context.release.assets, 'windows', [TYPES[type]], settings.assets, context.product);
    if (picked.size) return { type, assets: [...picked.values()] };
  }
  throw missingAssets('winget', settings['installer-type'] ? `Windows ${settings['installer-type']} installer` : 'Windows installer (MSI, NSIS .exe or MSIX)', context.release);
}

export function wingetFiles(context: ManifestContext, settings: WingetSettings): ManifestFile[] {
  const id = settings['package-identifier'];
  const version = context.release.version;
  const license = settings.license ?? context.license;
  if (!license) throw new UserError('winget: the defaultLocale manifest needs a licence: set package-managers.license (or package-managers.winget.license), e.g. MIT.');
  const { type, assets } = installers(context, settings);
  const folder = wingetFolder(id, version);
  const head = { PackageIdentifier: id, PackageVersion: version };
  const installerEntries = assets.map((asset) => ({
    Architecture: asset.arch === 'universal' ? 'neutral' : (asset.arch ?? 'x64'),
    InstallerUrl: asset.url,
    InstallerSha256: asset.sha256.toUpperCase(),
  }));
  const versionDoc = document('version', { ...head, DefaultLocale: 'en-US' });
  const installerDoc = document('installer', {
    ...head,
    // winget runs msi and nullsoft installers silently by itself (/quiet, /S): no InstallerSwitches.
    InstallerType: type,
    Installers: installerEntries,
  });
  const localeDoc = document('defaultLocale', {
    ...head,
    PackageLocale: 'en-US',
    Publisher: settings.publisher,
    PackageName: settings['package-name'] ?? context.product,
    PackageUrl: homepageOf(context, settings.homepage),
    License: license,
    ShortDescription: descriptionOf(context, settings.description),
    ReleaseNotesUrl: context.release.htmlUrl,
  });
  return [
    { path: `${folder}/${id}.yaml`, content: versionDoc },
    { path: `${folder}/${id}.installer.yaml`, content: installerDoc },
    { path: `${folder}/${id}.locale.en-US.yaml`, content: localeDoc },
  ];
}
