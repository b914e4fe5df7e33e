/**
 * `distribute` from release-kit.yml, shared by the action and the CLI: reads the settings, builds the
 * GitHub clients from the tokens given, updates the package managers and keeps CHANGELOG.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { githubClient } from '../kit/github.js';
import { cell, table } from '../kit/markdown.js';
import { loadReleaseKitConfig } from '../plan/load-config.js';
import { octokitReleaseApi } from '../release/octokit-api.js';
import { commitChangelog } from './changelog-commit.js';
import { distribute, managerLabel, type DistributeReport } from './distribute.js';
import { octokitRepoApi } from './octokit-repo-api.js';
import type { AssetDownload } from './release.js';
import { versionOfTag } from './release.js';
import type { WriteOutcome } from './repo-writer.js';
import type { Manager } from './settings.js';

export interface RunSettings {
  configFile: string;
  /** How the config file is named in messages. */
  configShown?: string;
  workspace: string;
  /** owner/repo of the product. */
  repository: string;
  tag: string;
  mode: 'publish' | 'rollback';
  dryRunDir?: string;
  /** The publish step's `assets` output: [{ name, sha256 }]. */
  uploaded?: ReadonlyMap<string, string>;
  /** Reads the release; writes CHANGELOG.md. */
  githubToken: string;
  /** Writes to the Homebrew tap, Scoop bucket and winget fork. */
  repositoryToken?: string;
  chocolateyApiKey?: string;
  aurSshKey?: string;
  apiUrl?: string;
  tempRoot?: string;
  log: (message: string) => void;
}

export interface RunReport {
  distribution?: DistributeReport;
  changelog?: { file: string; result: WriteOutcome };
  failures: string[];
}

/** Streams a stored asset through the API (GitHub answers with a redirect to the bytes). */
export function assetDownloader(apiUrl: string, repository: string, token: string): AssetDownload {
  return async (id) => {
    const url = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/releases/assets/${id}`;
    const response = await fetch(url, { headers: { authorization: `token ${token}`, accept: 'application/octet-stream', 'user-agent': 'release-kit', 'x-github-api-version': '2022-11-28' } });
    if (!response.ok || !response.body) throw new UserError(`Downloading release asset ${id} of ${repository} failed: HTTP ${response.status}`);
    return response.body as unknown as AsyncIterable<Uint8Array>;
  };
}

/** The publish step's `assets` output as name → sha256. */
export function parseUploaded(json: string, describe: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new UserError(`${describe} is not JSON: give the assets output of publish ([{ "name", "sha256", … }]).`);
  }
  if (!Array.isArray(parsed) || parsed.some((a) => typeof a?.name !== 'string' || !/^[0-9a-f]{64}$/i.test(String(a?.sha256)))) {
    throw new UserError(`${describe} must be the assets output of publish: a JSON array of { "name", "sha256" }.`);
  }
  return new Map(parsed.map((a: { name: string; sha256: string }) => [a.name, a.sha256.toLowerCase()]));
}

export async function runDistribute(settings: RunSettings): Promise<RunReport> {
  const config = await loadReleaseKitConfig(settings.configFile, settings.configShown ?? settings.configFile);
  const managers = config['package-managers'];
  const changelogMode = config.notes?.['changelog-commit'] ?? 'off';
  const hasManager = Boolean(managers && (['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'] as const).some((m) => managers[m]));
  if (!hasManager && changelogMode === 'off') {
    throw new UserError(`${settings.configShown ?? settings.configFile} sets up no package manager (package-managers: homebrew, scoop, winget, chocolatey, aur) and notes.changelog-commit is off: nothing to do.`);
  }
  const apiUrl = settings.apiUrl ?? 'https://api.github.com';
  const client = githubClient({ token: settings.githubToken, baseUrl: apiUrl, log: settings.log });
  const [owner, repo] = settings.repository.split('/') as [string, string];
  const report: RunReport = { failures: [] };
  if (hasManager) {
    const distribution = await distribute({
      settings: managers!,
      product: config.product.name,
      repository: settings.repository,
      tag: settings.tag,
      mode: settings.mode,
      ...(settings.dryRunDir ? { dryRunDir: settings.dryRunDir } : {}),
      ...(settings.uploaded ? { uploaded: settings.uploaded } : {}),
      releases: octokitReleaseApi(client, owner, repo, settings.githubToken),
      download: assetDownloader(apiUrl, settings.repository, settings.githubToken),
      ...(settings.repositoryToken ? { repos: octokitRepoApi(githubClient({ token: settings.repositoryToken, baseUrl: apiUrl, log: settings.log })) } : {}),
      ...(settings.chocolateyApiKey ? { chocolateyApiKey: settings.chocolateyApiKey } : {}),
      ...(settings.aurSshKey ? { aurSshKey: settings.aurSshKey } : {}),
      ...(settings.tempRoot ? { tempRoot: settings.tempRoot } : {}),
      log: settings.log,
    });
    report.distribution = distribution;
    for (const result of distribution.results) if (result.outcome === 'failed') report.failures.push(`${managerLabel(result.manager)}: ${result.detail}`);
  }
  if (changelogMode !== 'off' && settings.mode === 'publish' && !settings.dryRunDir) {
    const file = config.notes?.['changelog-file'] ?? 'CHANGELOG.md';
    const local = path.resolve(settings.workspace, file);
    if (path.relative(settings.workspace, local).startsWith('..')) throw new UserError(`notes.changelog-file ${file} is outside the workspace.`);
    const updated = await readFile(local, 'utf8').catch(() => {
      throw new UserError(`notes.changelog-commit is ${changelogMode}, but ${file} does not exist in the workspace: run release-notes with changelog-file first.`);
    });
    try {
      const result = await commitChangelog(octokitRepoApi(client), { repository: settings.repository, file: path.relative(settings.workspace, local).split(path.sep).join('/'), updated, version: versionOfTag(settings.tag), tag: settings.tag, mode: changelogMode });
      report.changelog = { file, result };
      settings.log(`${file}: ${result.detail}`);
    } catch (error) {
      report.failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  return report;
}

/** Markdown for the job summary (and the CLI's closing lines). */
export function reportMarkdown(report: RunReport): string {
  let text = '';
  if (report.distribution) {
    const { release, results } = report.distribution;
    text += `### Package managers for [${release.tag}](${release.htmlUrl})\n\n`;
    text += table(
      ['Manager', 'Release', 'Outcome', 'Detail'],
      results.map((r) => [managerLabel(r.manager as Manager), r.tag ?? '', r.outcome === 'failed' ? '❌ failed' : r.outcome, cell(r.detail)]),
    );
  }
  if (report.changelog) text += `\n${report.changelog.file}: ${report.changelog.result.outcome} — ${cell(report.changelog.result.detail)}\n`;
  return text;
}
