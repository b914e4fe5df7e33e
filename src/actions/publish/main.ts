import * as core from '@actions/core';
import path from 'node:path';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { githubClient, splitRepository } from '../../kit/github.js';
import { requestTimeouts } from '../../kit/http-timeouts.js';
import { doublingDelay } from '../../kit/retry.js';
import { matchFiles } from '../../kit/glob.js';
import { bytes, cell, code, table } from '../../kit/markdown.js';
import { writeSummary } from '../../kit/summary.js';
import { removeFeeds, writeStableFeeds, type FeedChange } from '../../release/feeds.js';
import { promoteRelease, rollbackRelease } from '../../release/lifecycle.js';
import { describeLocalAssets } from '../../release/local-assets.js';
import { octokitReleaseApi } from '../../release/octokit-api.js';
import { publishRelease, VerificationError, type Log, type PublishReport } from '../../release/publish.js';
import { getPublishSettings, type PublishSettings } from './input-helper.js';
import { warnUnmatched } from '../../kit/annotations.js';

const log: Log = { info: core.info, warning: (m) => core.warning(m, { title: 'Publish' }) };

function summary(report: PublishReport, tag: string): string {
  const state = report.published ? (report.release.prerelease ? 'published as a prerelease' : 'published') : 'left as a draft';
  const counts = ['uploaded', 'reused', 'replaced', 'repaired'].map((o) => [o, report.assets.filter((a) => a.outcome === o).length] as const).filter(([, n]) => n > 0);
  const rows = report.assets.map((a) => [cell(a.name), bytes(a.size), code(a.sha256), a.outcome]);
  return (
    `### Release [${tag}](${report.release.html_url}) ${state}\n\n` +
    `Release ${report.releaseOutcome}${report.duplicatesDeleted ? `, ${report.duplicatesDeleted} duplicate drafts deleted` : ''}; assets: ${counts.map(([o, n]) => `${n} ${o}`).join(', ') || 'none'}.\n\n` +
    (rows.length ? table(['Asset', 'Size', 'sha256', 'Action'], rows) : '')
  );
}

async function publish(settings: PublishSettings, api: ReturnType<typeof octokitReleaseApi>): Promise<void> {
  const { files, unmatched } = await matchFiles(settings.patterns, settings.workspace, 'Input "files"');
  warnUnmatched(unmatched, 'files', 'Publish');
  if (files.length === 0) throw new UserError(`Input "files" matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')}); nothing to release.`);
  const assets = await describeLocalAssets(files);
  for (const asset of assets) {
    if (asset.originalName) core.notice(`${asset.originalName} is stored as ${asset.name}: GitHub renames special characters; outputs use ${asset.name}.`, { title: 'Publish' });
  }
  try {
    const report = await publishRelease(
      api,
      {
        tag: settings.tag,
        ...(settings.name ? { name: settings.name } : {}),
        ...(settings.notes !== undefined ? { body: settings.notes } : {}),
        ...(settings.targetCommitish ? { targetCommitish: settings.targetCommitish } : {}),
        ...(settings.discussionCategory ? { discussionCategory: settings.discussionCategory } : {}),
        assets,
        expected: settings.expected,
        draftOnly: settings.draft,
        prerelease: settings.prerelease,
        makeLatest: settings.makeLatest,
        overwrite: settings.overwrite,
        concurrency: settings.concurrency,
        backoffMs: doublingDelay(settings.retryDelayMs),
      },
      log,
    );
    core.setOutput('release-id', report.release.id);
    core.setOutput('html-url', report.release.html_url);
    core.setOutput('upload-url', report.release.upload_url);
    core.setOutput('published', String(report.published));
    core.setOutput('assets', JSON.stringify(report.assets.map(({ name, size, sha256, url }) => ({ name, size, sha256, url }))));
    await writeSummary(summary(report, settings.tag));
  } catch (error) {
    if (error instanceof VerificationError) {
      for (const problem of error.problems) core.error(problem, { title: `Release ${settings.tag} not published` });
      await writeSummary(`### ❌ Release ${settings.tag} left as a draft\n\n${error.problems.map((p) => `- ${cell(p)}`).join('\n')}\n`);
    }
    throw error;
  }
}

export async function main(): Promise<void> {
  const settings = getPublishSettings(actionInputs, {
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    ...(process.env.GITHUB_REF ? { ref: process.env.GITHUB_REF } : {}),
    ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
    ...(process.env.RUNNER_TEMP ? { runnerTemp: path.resolve(process.env.RUNNER_TEMP) } : {}),
  });
  const { owner, repo } = splitRepository(settings.repository);
  const client = githubClient({ token: settings.token, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log: core.info });
  const api = octokitReleaseApi(client, owner, repo, settings.token, { timeouts: requestTimeouts(settings.requestTimeoutMs), backoffMs: doublingDelay(settings.retryDelayMs), log: core.warning });
  if (settings.mode === 'publish') return publish(settings, api);
  if (settings.mode === 'promote') {
    const release = await promoteRelease(api, settings.tag, settings.makeLatest, log);
    const feeds = settings.feeds ? await writeStableFeeds(api, release, settings.channels, log) : [];
    core.setOutput('release-id', release.id);
    core.setOutput('html-url', release.html_url);
    core.setOutput('feed-changes', JSON.stringify(feeds));
    await writeSummary(`### Promoted [${settings.tag}](${release.html_url}) to a full release\n\n${feedSummary(feeds)}`);
    return;
  }
  const { release, latest } = await rollbackRelease(api, settings.tag, settings.rollbackTo, log);
  // A draft is invisible to updaters; a prerelease is still read by beta clients, so it stops offering itself.
  const feeds = settings.feeds && settings.rollbackTo === 'prerelease' ? await removeFeeds(api, release, log) : [];
  core.setOutput('release-id', release.id);
  core.setOutput('html-url', release.html_url);
  core.setOutput('feed-changes', JSON.stringify(feeds));
  await writeSummary(
    `### Rolled back ${settings.tag} to a ${settings.rollbackTo}\n\n${latest ? `Latest is now [${latest.tag_name}](${latest.html_url}): its feeds are the ones updaters read.` : 'No other stable release to make latest.'}\n\n${feedSummary(feeds)}`,
  );
}

function feedSummary(changes: readonly FeedChange[]): string {
  if (changes.length === 0) return '';
  return table(['Feed', 'Change'], changes.map((change) => [code(change.to ?? change.from!), change.action === 'written' ? `written from ${code(change.from!)}` : 'removed']));
}
