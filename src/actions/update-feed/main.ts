import * as core from '@actions/core';
import path from 'node:path';
import { buildFeeds } from '../../feed/build.js';
import { UserError } from '../../kit/errors.js';
import { matchFiles } from '../../kit/glob.js';
import { writeSummary } from '../../kit/summary.js';
import { getUpdateFeedSettings } from './input-helper.js';
import { actionInputs } from '../../kit/action-inputs.js';
import { feedSummary } from './report.js';
import { warnUnmatched } from '../../kit/annotations.js';

/** The deepest folder holding every file: where the feeds go unless output-dir says otherwise. */
function commonFolder(files: readonly string[]): string {
  let common = path.dirname(files[0]!);
  for (const file of files) {
    while (path.relative(common, file).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

export async function main(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const settings = getUpdateFeedSettings(actionInputs, {
    workspace,
    ref: process.env.GITHUB_REF,
    repository: process.env.GITHUB_REPOSITORY,
    serverUrl: process.env.GITHUB_SERVER_URL,
  });
  const { files, unmatched } = await matchFiles(settings.patterns, workspace, 'Input "files"');
  warnUnmatched(unmatched, 'files', 'Update feed', 'a platform may be missing from the feeds');
  if (files.length === 0) {
    throw new UserError(`Input "files" matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${workspace}); give the final release files, after signing.`);
  }
  const outputDir = settings.outputDir ?? commonFolder(files);
  const result = await buildFeeds({
    files,
    version: settings.version,
    electron: settings.electron,
    tauri: settings.tauri,
    ...(settings.electronFiles ? { electronFiles: settings.electronFiles } : {}),
    ...(settings.tauriFiles ? { tauriFiles: settings.tauriFiles } : {}),
    outputDir,
    releaseDate: settings.releaseDate,
    ...(settings.baseUrl ? { electronBaseUrl: settings.baseUrl } : {}),
    ...(settings.baseUrl || settings.defaultBaseUrl ? { tauriBaseUrl: settings.baseUrl ?? settings.defaultBaseUrl } : {}),
    channel: settings.channel,
    knownChannels: settings.knownChannels,
    ...(settings.stagingPercentage !== undefined ? { stagingPercentage: settings.stagingPercentage } : {}),
    notes: settings.notes,
    tauriPlatforms: settings.tauriPlatforms,
    tauriWindowsInstaller: settings.tauriWindowsInstaller,
    ...(settings.tauriPublicKey ? { tauriPublicKey: settings.tauriPublicKey } : {}),
  });
  for (const warning of result.warnings) core.warning(warning, { title: 'Update feed' });
  for (const { name, reason } of result.skipped) core.info(`Not in a feed: ${name} (${reason}).`);
  for (const feed of result.feeds) {
    core.info(`Wrote ${path.relative(workspace, feed.path)}: ${feed.entries.map((e) => `${e.label} → ${e.name}`).join(', ')}.`);
  }
  core.setOutput('feed-files', result.feeds.map((feed) => feed.path).join('\n'));
  await writeSummary(feedSummary(result, settings.version, workspace));
}
