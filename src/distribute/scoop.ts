/** Scoop: a bucket manifest with one url/hash per architecture, `bin`, `checkver` and `autoupdate`. */
import { UserError } from '../kit/errors.js';
import { pickPerArch, type Arch } from './assets.js';
import { descriptionOf, homepageOf, missingAssets, type ManifestContext, type ManifestFile } from './context.js';
import type { ScoopSettings } from './settings.js';

const SCOOP_ARCH: Partial<Record<Arch, string>> = { x64: '64bit', x86: '32bit', arm64: 'arm64' };

/** The URL with the version replaced by Scoop's `$version`, so autoupdate finds the next release's asset. */
function autoupdateUrl(url: string, version: string): string {
  return url.split(version).join('$version');
}

export function scoopFiles(context: ManifestContext, settings: ScoopSettings): ManifestFile[] {
  const name = settings.name ?? context.product.toLowerCase();
  const picked = pickPerArch(context.release.assets, 'windows', ['zip'], settings.assets, context.product);
  const architecture: Record<string, { url: string; hash: string }> = {};
  const autoupdate: Record<string, { url: string }> = {};
  for (const [arch, asset] of picked) {
    const key = SCOOP_ARCH[arch];
    if (!key) continue;
    architecture[key] = { url: asset.url, hash: asset.sha256 };
    autoupdate[key] = { url: autoupdateUrl(asset.url, context.release.version) };
  }
  if (Object.keys(architecture).length === 0) throw missingAssets('Scoop', 'Windows zip (x64, x86 or arm64)', context.release);
  const license = settings.license ?? context.license;
  if (!license) throw new UserError('Scoop: a manifest needs a licence: set package-managers.license (or package-managers.scoop.license), e.g. MIT.');
  const manifest = {
    version: context.release.version,
    description: descriptionOf(context, settings.description),
    homepage: homepageOf(context, settings.homepage),
    license,
    architecture,
    bin: settings.bin ?? [`${name}.exe`],
    checkver: { github: `https://github.com/${context.repository}` },
    autoupdate: { architecture: autoupdate },
  };
  return [{ path: `bucket/${name}.json`, content: `${JSON.stringify(manifest, null, 4)}\n` }];
}
