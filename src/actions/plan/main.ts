import * as core from '@actions/core';
import path from 'node:path';
import { actionInputs } from '../../kit/action-inputs.js';
import { writeSummary } from '../../kit/summary.js';
import { loadReleaseKitConfig } from '../../plan/load-config.js';
import { configWarnings } from '../../plan/checks.js';
import { expectedAssets, feedPlan, planMarkdown } from '../../plan/describe.js';
import { planRelease } from '../../plan/plan.js';
import { getPlanSettings } from './input-helper.js';

export async function main(): Promise<void> {
  const settings = getPlanSettings(actionInputs, {
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    ...(process.env.GITHUB_REF ? { ref: process.env.GITHUB_REF } : {}),
    ...(process.env.GITHUB_EVENT_NAME ? { event: process.env.GITHUB_EVENT_NAME } : {}),
  });
  const config = await loadReleaseKitConfig(settings.configFile, path.relative(process.env.GITHUB_WORKSPACE || process.cwd(), settings.configFile));
  for (const warning of configWarnings(config)) core.warning(warning, { title: 'release-kit.yml' });
  const plan = await planRelease(config, { ref: settings.ref, event: settings.event, root: settings.root });
  core.setOutput('matrix', JSON.stringify(plan.matrix));
  core.setOutput('version', plan.version);
  core.setOutput('tag', plan.tag ?? '');
  core.setOutput('channel', plan.channel);
  core.setOutput('prerelease', String(plan.prerelease));
  core.setOutput('is-release', String(plan.kind === 'release'));
  core.setOutput('kind', plan.kind);
  core.setOutput('expected-assets', expectedAssets(plan, config).join('\n'));
  core.setOutput('plan', JSON.stringify(plan));
  // The release job's settings, from the config's checksum and feeds blocks.
  core.setOutput('algorithms', (config.checksum?.algorithms ?? ['sha256']).join(','));
  core.setOutput('sums-signature', config.checksum?.sign ?? 'none');
  // update-feed's inputs, as it takes them: each feed scoped to its targets' release names.
  const feeds = feedPlan(plan, config);
  core.setOutput('feeds', feeds.feeds);
  core.setOutput('electron-files', feeds.electronFiles.join('\n'));
  core.setOutput('tauri-files', feeds.tauriFiles.join('\n'));
  core.setOutput('tauri-public-key', config.feeds?.['tauri-public-key'] ?? '');
  core.setOutput('tauri-platforms', (config.feeds?.['tauri-platforms'] ?? []).join('\n'));
  core.setOutput('staging-percentage', config.feeds?.['staging-percentage'] === undefined ? '' : String(config.feeds['staging-percentage']));
  core.info(`${plan.product} ${plan.version}: ${plan.kind}, channel ${plan.channel}, ${plan.matrix.include.length} matrix legs (${plan.matrix.include.map((l) => l.target).join(', ')}).`);
  await writeSummary(planMarkdown(plan, config));
}
