/**
 * One run of `distribute`: for each package manager of the `package-managers:` block, the manifests of
 * the published release are generated and delivered (Homebrew tap and Scoop bucket commits, a winget
 * pull request, a Chocolatey package push, an AUR git push), or, in a dry run, written to a folder.
 * Prereleases update a manager only when its block says `prerelease: true`. A rollback re-points each
 * manager to the previous stable release.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, UserError } from '../kit/errors.js';
import type { ReleaseApi } from '../release/api.js';
import { aurFiles, aurPackageName } from './aur.js';
import { pushToAur } from './aur-push.js';
import { chocolateyFiles, chocolateyId, chocolateyVersion } from './chocolatey.js';
import type { ManifestContext, ManifestFile } from './context.js';
import { homebrewFiles } from './homebrew.js';
import { nugetPack, nugetPush, nugetUnlist } from './nuget-feed.js';
import { previousStableTag, readPublishedRelease, type AssetDownload, type PublishedRelease } from './release.js';
import { writeToRepository, type RepoApi, type WriteOutcome } from './repo-writer.js';
import { scoopFiles } from './scoop.js';
import { MANAGERS, type Manager, type PackageManagersSettings } from './settings.js';
import { wingetFiles, wingetFolder } from './winget.js';

export interface DistributeRequest {
  settings: PackageManagersSettings;
  product: string;
  /** owner/repo of the product. */
  repository: string;
  tag: string;
  /** rollback: `tag` was rolled back; managers go back to the previous stable release. */
  mode: 'publish' | 'rollback';
  /** Write the manifests under this folder instead of delivering them. */
  dryRunDir?: string;
  /** name → sha256 of what publish uploaded, checked against GitHub's digests. */
  uploaded?: ReadonlyMap<string, string>;
  releases: ReleaseApi;
  download: AssetDownload;
  /** For the Homebrew tap, Scoop bucket and winget pull request. */
  repos?: RepoApi;
  chocolateyApiKey?: string;
  aurSshKey?: string;
  tempRoot?: string;
  log?: (message: string) => void;
}

export type Outcome = WriteOutcome['outcome'] | 'written' | 'not-for-prereleases' | 'pushed' | 'already-published' | 'unlisted' | 'failed';

export interface ManagerResult {
  manager: Manager;
  /** The release the manifests describe. */
  tag?: string;
  outcome: Outcome;
  detail: string;
  files: string[];
}

export interface DistributeReport {
  release: PublishedRelease;
  results: ManagerResult[];
}

const LABEL: Record<Manager, string> = { homebrew: 'Homebrew', scoop: 'Scoop', winget: 'winget', chocolatey: 'Chocolatey', aur: 'AUR' };

export function generate(manager: Manager, context: ManifestContext, settings: PackageManagersSettings): ManifestFile[] {
  switch (manager) {
    case 'homebrew':
      return homebrewFiles(context, settings.homebrew!);
    case 'scoop':
      return scoopFiles(context, settings.scoop!);
    case 'winget':
      return wingetFiles(context, settings.winget!);
    case 'chocolatey':
      return chocolateyFiles(context, settings.chocolatey!);
    case 'aur':
      return aurFiles(context, settings.aur!);
  }
}

function needRepos(request: DistributeRequest, manager: Manager): RepoApi {
  if (!request.repos) throw new UserError(`${LABEL[manager]}: a token that can write to the repository is needed (input "repository-token").`);
  return request.repos;
}

function fromWrite(result: WriteOutcome): { outcome: Outcome; detail: string } {
  return { outcome: result.outcome, detail: 'pull' in result ? `${result.detail}: ${result.pull.html_url}` : result.detail };
}

async function deliver(request: DistributeRequest, manager: Manager, release: PublishedRelease, files: ManifestFile[], rolledBack?: string): Promise<{ outcome: Outcome; detail: string }> {
  const { settings } = request;
  const what = rolledBack ? `${request.product} ${release.version} (${rolledBack} rolled back)` : `${request.product} ${release.version}`;
  switch (manager) {
    case 'homebrew':
    case 'scoop': {
      const block = manager === 'homebrew' ? { repository: settings.homebrew!.tap, branch: settings.homebrew!.branch } : { repository: settings.scoop!.bucket, branch: settings.scoop!.branch };
      return fromWrite(await writeToRepository(needRepos(request, manager), { repository: block.repository, ...(block.branch ? { branch: block.branch } : {}), files, mode: 'push', message: `${what}\n\nFrom ${release.htmlUrl}` }));
    }
    case 'winget': {
      const winget = settings.winget!;
      const id = winget['package-identifier'];
      if (rolledBack) {
        const folder = wingetFolder(id, rolledBack.replace(/^[^\d]*/, ''));
        const remove = [`${folder}/${id}.yaml`, `${folder}/${id}.installer.yaml`, `${folder}/${id}.locale.en-US.yaml`];
        const version = rolledBack.replace(/^[^\d]*/, '');
        const removal = fromWrite(
          await writeToRepository(needRepos(request, manager), {
            repository: winget.repository,
            files: [],
            remove,
            mode: 'pull-request',
            fork: winget.fork,
            pullBranch: `release-kit/${id}-${version}-removal`,
            message: `Remove version: ${id} version ${version}`,
            pullBody: `The release ${rolledBack} was rolled back; ${release.tag} is the current version (${release.htmlUrl}).`,
          }),
        );
        // Never merged: there is nothing to remove, but its pull request may still be open.
        if (removal.outcome === 'unchanged') removal.detail = `${winget.repository} has no manifests of ${id} ${version}; if its pull request is still open, close it`;
        return removal;
      }
      return fromWrite(
        await writeToRepository(needRepos(request, manager), {
          repository: winget.repository,
          files,
          mode: 'pull-request',
          fork: winget.fork,
          pullBranch: `release-kit/${id}-${release.version}`,
          message: `New version: ${id} version ${release.version}`,
          pullBody: `Release: ${release.htmlUrl}\n\nInstaller URLs and SHA256 come from the assets GitHub stores for ${release.tag}.`,
        }),
      );
    }
    case 'chocolatey': {
      const choco = settings.chocolatey!;
      if (!request.chocolateyApiKey) throw new UserError('Chocolatey: the feed API key is needed (input "chocolatey-api-key").');
      const id = chocolateyId(request.product, choco);
      if (rolledBack) {
        const version = chocolateyVersion(rolledBack.replace(/^[^\d]*/, ''));
        const outcome = await nugetUnlist(choco.feed, id, version, request.chocolateyApiKey);
        return { outcome: outcome === 'unlisted' ? 'unlisted' : 'unchanged', detail: outcome === 'unlisted' ? `${id} ${version} unlisted from ${choco.feed}; ${release.version} is the newest listed` : `${choco.feed} has no ${id} ${version}` };
      }
      const work = await mkdtemp(path.join(request.tempRoot ?? os.tmpdir(), 'release-kit-choco-'));
      try {
        await writeFiles(path.join(work, 'package'), files);
        const nupkg = await nugetPack(path.join(work, 'package'), files[0]!.path, path.join(work, 'out'));
        const outcome = await nugetPush(nupkg, choco.feed, request.chocolateyApiKey);
        return { outcome, detail: `${path.basename(nupkg)} ${outcome === 'pushed' ? 'pushed to' : 'is already on'} ${choco.feed}` };
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    }
    case 'aur': {
      const aur = settings.aur!;
      const result = await pushToAur({ remote: aur.remote, files, message: `${what}`, ...(request.aurSshKey ? { sshKey: request.aurSshKey } : {}), ...(request.tempRoot ? { tempRoot: request.tempRoot } : {}) });
      return { outcome: result.outcome, detail: result.commit ? `${aurPackageName(request.product, aur)}: ${result.commit.slice(0, 7)} pushed to ${aur.remote}` : `${aur.remote} already has these files` };
    }
  }
}

async function writeFiles(dir: string, files: readonly ManifestFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

export async function distribute(request: DistributeRequest): Promise<DistributeReport> {
  const log = request.log ?? (() => undefined);
  const managers = MANAGERS.filter((m) => request.settings[m] !== undefined);
  if (managers.length === 0) throw new UserError('release-kit.yml has no package-managers block with a manager (homebrew, scoop, winget, chocolatey or aur): nothing to distribute.');
  // A rolled-back release is usually a draft again: only its tag is needed, to find the one before it.
  const tag = request.mode === 'rollback' ? await previousStableTag(request.releases, request.tag) : request.tag;
  if (request.mode === 'rollback') log(`${request.tag} was rolled back: package managers go back to ${tag}.`);
  const release = await readPublishedRelease(request.releases, tag, request.download, { ...(request.uploaded && request.mode === 'publish' ? { uploaded: request.uploaded } : {}), log });
  const { settings } = request;
  const context: ManifestContext = {
    release,
    product: request.product,
    repository: request.repository,
    ...(settings.description ? { description: settings.description } : {}),
    ...(settings.homepage ? { homepage: settings.homepage } : {}),
    ...(settings.license ? { license: settings.license } : {}),
  };
  const results: ManagerResult[] = [];
  for (const manager of managers) {
    const block = settings[manager]!;
    if (request.mode === 'publish' && release.prerelease && !block.prerelease) {
      results.push({ manager, tag: release.tag, outcome: 'not-for-prereleases', detail: `${release.tag} is a prerelease; set package-managers.${manager}.prerelease: true to update ${LABEL[manager]} for prereleases`, files: [] });
      continue;
    }
    try {
      const files = generate(manager, context, settings);
      if (request.dryRunDir) {
        await writeFiles(path.join(request.dryRunDir, manager), files);
        results.push({ manager, tag: release.tag, outcome: 'written', detail: `written to ${path.join(request.dryRunDir, manager)}`, files: files.map((f) => f.path) });
        continue;
      }
      const done = await deliver(request, manager, release, files, request.mode === 'rollback' ? request.tag : undefined);
      log(`${LABEL[manager]}: ${done.detail}`);
      results.push({ manager, tag: release.tag, ...done, files: files.map((f) => f.path) });
    } catch (error) {
      results.push({ manager, tag: release.tag, outcome: 'failed', detail: errorMessage(error), files: [] });
    }
  }
  return { release, results };
}

export function managerLabel(manager: Manager): string {
  return LABEL[manager];
}
