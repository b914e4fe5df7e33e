import { UserError } from '../kit/errors.js';
import type { PublishedRelease } from './release.js';

/** What every manifest generator reads: the published release and the product around it. */
export interface ManifestContext {
  release: PublishedRelease;
  /** The product name of release-kit.yml. */
  product: string;
  /** owner/repo of the product (the default homepage, Scoop's checkver). */
  repository: string;
  description?: string;
  homepage?: string;
  license?: string;
}

/** A file of a manifest set, by its path in the repository it goes to (or in the dry-run folder). */
export interface ManifestFile {
  path: string;
  content: string;
}

export function homepageOf(context: ManifestContext, own?: string): string {
  return own ?? context.homepage ?? `https://github.com/${context.repository}`;
}

export function descriptionOf(context: ManifestContext, own?: string): string {
  return own ?? context.description ?? context.product;
}

export function missingAssets(manager: string, what: string, release: PublishedRelease): UserError {
  return new UserError(
    `${manager}: release ${release.tag} has no ${what}; its assets are ${release.assets.map((a) => a.name).join(', ') || 'none'}. ` +
      `Name the assets in package-managers.${manager.toLowerCase()}.assets, or switch ${manager} off.`,
  );
}
