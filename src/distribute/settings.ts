/**
 * The `package-managers:` block of release-kit.yml: which package managers get a manifest for each
 * published release, where it goes, and what the manifest says about the product.
 */
import { z } from 'zod';

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const repository = z.string().regex(REPOSITORY, 'owner/repo, e.g. octo-org/homebrew-tap');
const globs = z.array(z.string().min(1)).min(1).describe('Release asset names (globs) this manager may use; default: chosen by os, arch and file type.');
const prerelease = z.boolean().default(false).describe('Also update this manager for prereleases (default: stable releases only).');
const binList = z.array(z.string().min(1)).min(1);

/** What every manifest says about the product; each manager block may override it. */
const ProductFields = {
  description: z.string().min(1).optional().describe('One-line description.'),
  homepage: z.url().optional().describe('Product home page; default: the repository page.'),
  license: z.string().min(1).optional().describe('SPDX licence identifier, e.g. MIT.'),
};

export const HomebrewSchema = z
  .object({
    tap: repository.describe('Tap repository, e.g. octo-org/homebrew-tap.'),
    branch: z.string().min(1).optional().describe('Branch to commit to; default: the tap\'s default branch.'),
    formula: z.string().regex(/^[a-z0-9][a-z0-9._+-]*$/, 'lower-case formula name').optional().describe('Formula name; default: the product name in lower case.'),
    bin: binList.optional().describe('Executables in the CLI archive (paths inside it); default: the formula name.'),
    completions: z
      .object({ bash: z.string().min(1), zsh: z.string().min(1), fish: z.string().min(1) })
      .partial()
      .strict()
      .optional()
      .describe('Shell completion files inside the CLI archive.'),
    cask: z
      .object({
        name: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, 'lower-case cask token').optional(),
        app: z.string().regex(/\.app$/, 'an .app bundle name, e.g. Octo.app').describe('The .app inside the dmg or zip.'),
        assets: globs.optional(),
      })
      .strict()
      .optional()
      .describe('Also write a cask for the macOS app (dmg or zip).'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
  })
  .strict();

export const ScoopSchema = z
  .object({
    bucket: repository.describe('Bucket repository, e.g. octo-org/scoop-bucket.'),
    branch: z.string().min(1).optional(),
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional().describe('Manifest name; default: the product name in lower case.'),
    bin: binList.optional().describe('Executables inside the zip; default: <name>.exe.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
  })
  .strict();

export const WingetSchema = z
  .object({
    'package-identifier': z
      .string()
      .regex(/^[^.\s\\/:*?"<>|]{1,32}(\.[^.\s\\/:*?"<>|]{1,32}){1,7}$/, 'Publisher.Package, e.g. OctoOrg.Octo')
      .describe('The winget PackageIdentifier.'),
    publisher: z.string().min(2).max(256),
    'package-name': z.string().min(2).max(256).optional().describe('Default: the product name.'),
    repository: repository.default('microsoft/winget-pkgs').describe('Repository the pull request is opened against.'),
    fork: z.boolean().default(true).describe('Push the branch to a fork of the repository (owned by the token\'s user) and open the pull request from it.'),
    'installer-type': z.enum(['msi', 'nullsoft', 'msix']).optional().describe('Which installer to list when the release has several kinds; default: msi, then nullsoft (NSIS), then msix.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
  })
  .strict();

export const ChocolateySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case package id').optional().describe('Package id; default: the product name in lower case.'),
    title: z.string().min(1).optional(),
    authors: z.string().min(1).describe('Authors of the software.'),
    tags: z.array(z.string().regex(/^\S+$/)).optional(),
    feed: z.url().default('https://push.chocolatey.org/').describe('NuGet v2 feed the package is pushed to.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
  })
  .strict();

export const AurSchema = z
  .object({
    package: z.string().regex(/^[a-z0-9@._+][a-z0-9@._+-]*-bin$/, 'an AUR package name ending in -bin').optional().describe('Default: <product>-bin.'),
    remote: z.string().min(1).describe('Git remote of the AUR package, e.g. ssh://aur@aur.archlinux.org/octo-bin.git.'),
    maintainer: z.string().min(1).optional().describe('Name <email> for the Maintainer line.'),
    bin: binList.optional().describe('Executables inside the Linux archive; default: the product name.'),
    depends: z.array(z.string().min(1)).optional(),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
  })
  .strict();

export const PackageManagersSchema = z
  .object({
    ...ProductFields,
    homebrew: HomebrewSchema.optional(),
    scoop: ScoopSchema.optional(),
    winget: WingetSchema.optional(),
    chocolatey: ChocolateySchema.optional(),
    aur: AurSchema.optional(),
  })
  .strict()
  .describe('Package manager manifests written from each published release.');

export type PackageManagersSettings = z.infer<typeof PackageManagersSchema>;
export type HomebrewSettings = z.infer<typeof HomebrewSchema>;
export type ScoopSettings = z.infer<typeof ScoopSchema>;
export type WingetSettings = z.infer<typeof WingetSchema>;
export type ChocolateySettings = z.infer<typeof ChocolateySchema>;
export type AurSettings = z.infer<typeof AurSchema>;
export const MANAGERS = ['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'] as const;
export type Manager = (typeof MANAGERS)[number];

/** `notes.changelog-commit`: how the updated CHANGELOG.md reaches the default branch after publishing. */
export const ChangelogCommitSchema = z
  .enum(['off', 'push', 'pull-request'])
  .describe('After publishing, commit the updated changelog-file to the default branch (push) or open a pull request with it; off (default) keeps it in the job only.');
export type ChangelogCommit = z.infer<typeof ChangelogCommitSchema>;
