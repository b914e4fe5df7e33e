/**
 * Channels and promotion as updaters see them: releases made by the update-feed and publish bundles
 * against the GitHub emulator, read by electron-updater's own GitHub provider (its Atom-feed walk,
 * /releases/latest, and the channel file it asks for) and by a Tauri client's
 * releases/latest/download/latest.json, before and after `publish mode: promote` and `rollback`.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GitHubEmulator } from '../emulator/github-emulator.ts';
import { GitHubWeb } from '../emulator/github-web.ts';
import { ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.ts';
import { bytesFor, tauriRelease } from '../integration/feed-fixtures.ts';

const require = createRequire(import.meta.url);
const { GitHubProvider } = require('electron-updater/out/providers/GitHubProvider.js') as {
  GitHubProvider: new (options: object, updater: object, runtime: object) => { getLatestVersion(): Promise<{ tag: string; version: string }> };
};
const { HttpExecutor } = require('builder-util-runtime') as { HttpExecutor: new () => { request(options: object): Promise<string | null> } };

/** builder-util-runtime's HttpExecutor over Node's http (electron-updater's own uses Electron's net module). */
class NodeExecutor extends (HttpExecutor as unknown as new () => object) {
  createRequest(options: http.RequestOptions, callback: (response: http.IncomingMessage) => void): http.ClientRequest {
    return http.request(options, callback);
  }
}

const OWNER = 'octo-org';
const REPO = 'octo-app';
const TOKEN = 'ghs_test_token_0123456789';
let github: GitHubEmulator;
let web: GitHubWeb;

beforeEach(async () => {
  github = await new GitHubEmulator().start();
  web = await new GitHubWeb(github, OWNER, REPO).start();
});
afterEach(async () => {
  await web.stop();
  await github.stop();
  expect(github.judge.violations).toEqual([]);
});

/** What an electron-updater client is offered: the release it reads and the feed file it downloads. */
async function electronClient(client: { currentVersion: string; channel?: string; allowPrerelease: boolean }): Promise<string> {
  const before = web.downloads.length;
  const provider = new GitHubProvider(
    { provider: 'github', owner: OWNER, repo: REPO, host: web.host, protocol: 'http' },
    { currentVersion: client.currentVersion, channel: client.channel ?? null, allowPrerelease: client.allowPrerelease, fullChangelog: false },
    { isUseMultipleRangeRequest: false, platform: 'win32', executor: new NodeExecutor() },
  );
  try {
    const info = await provider.getLatestVersion();
    return `${web.downloads.slice(before).join(' ')} → ${info.version}`;
  } catch (error) {
    return `error ${(error as { code?: string }).code ?? (error as Error).message}`;
  }
}

/** What a Tauri client reads from its endpoint https://github.com/<owner>/<repo>/releases/latest/download/latest.json. */
async function tauriClient(): Promise<string> {
  const answer = await fetch(`${web.url}/${OWNER}/${REPO}/releases/latest/download/latest.json`);
  return answer.ok ? `latest.json → ${((await answer.json()) as { version: string }).version}` : `HTTP ${answer.status}`;
}

function expectOk(run: ActionRun): void {
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
}

/** The plan's channel for a tag, as release-kit check computes it from release-kit.yml. */
function plannedChannel(tag: string, channels: string): string {
  const dir = tempDir('plan-');
  writeFileSync(
    path.join(dir, 'release-kit.yml'),
    `product:\n  name: octo\ntargets:\n  - id: windows-x64\n    runner: windows-2025\n    os: windows\n    arch: x64\n    build: echo\n    artifacts: [dist/*.exe]\nfeeds:\n  electron: true\n${channels}`,
  );
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'check', '--ref', `refs/tags/${tag}`, '--json'], { cwd: dir, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { channel: string }).channel;
}

/** One release as release.yml makes it: feeds from update-feed (channel from the plan), then publish. */
async function release(tag: string, channel: string): Promise<string[]> {
  const version = tag.slice(1);
  const root = tempDir('release-');
  mkdirSync(path.join(root, 'electron'));
  writeFileSync(path.join(root, 'electron', `Octo-Setup-${version}.exe`), bytesFor(`octo ${version}`, 30_000));
  tauriRelease(path.join(root, 'tauri'));
  const env = { GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_NAME: tag, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_SERVER_URL: 'https://github.com' };
  expectOk(await runBuiltAction('update-feed', { workspace: root, env, inputs: { files: 'electron/*', feeds: 'electron', version, channel, 'output-dir': 'feeds' } }));
  expectOk(await runBuiltAction('update-feed', { workspace: root, env, inputs: { files: 'tauri/*', feeds: 'tauri', version, 'output-dir': 'feeds' } }));
  const feeds = readdirSync(path.join(root, 'feeds')).sort();
  const published = await runBuiltAction('publish', { workspace: root, env: { ...env, GITHUB_API_URL: github.url }, inputs: { 'github-token': TOKEN, tag, files: 'electron/*\ntauri/*\nfeeds/*' } });
  expectOk(published);
  return feeds;
}

function lifecycle(tag: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runBuiltAction('publish', { workspace: tempDir('lifecycle-'), env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: github.url }, inputs: { 'github-token': TOKEN, tag, ...inputs } });
}

describe('the planned channel reaches update-feed', () => {
  test('a -rc tag mapped to beta writes beta.yml (and the alpha feed below it), never rc.yml', async () => {
    const channel = plannedChannel('v1.3.0-rc.1', 'channels:\n  - prerelease: rc\n    channel: beta\n');
    expect(channel).toBe('beta');
    expect(await release('v1.3.0-rc.1', channel)).toEqual(['alpha.yml', 'beta.yml', 'latest.json']);
    expect(plannedChannel('v1.3.0', '')).toBe('stable');
    expect(await release('v1.3.0', 'stable')).toEqual(['alpha.yml', 'beta.yml', 'latest.json', 'latest.yml']);
  });
});

describe('promote and rollback, as electron-updater and Tauri clients see them', () => {
  test('a promoted beta reaches stable clients only with its stable feeds; a rollback gives every client the previous release', async () => {
    await release('v1.0.0', 'stable');
    await release('v1.1.0-beta.1', 'beta');
    const stable = { currentVersion: '1.0.0', allowPrerelease: false };
    const beta = { currentVersion: '1.0.0', channel: 'beta', allowPrerelease: true };
    expect(await electronClient(stable)).toBe('v1.0.0/latest.yml → 1.0.0');
    expect(await electronClient(beta)).toBe('v1.1.0-beta.1/beta.yml → 1.1.0-beta.1');
    expect(await tauriClient()).toBe('latest.json → 1.0.0');

    // Flipping the prerelease flag alone: stable clients are sent to a release without latest.yml.
    expectOk(await lifecycle('v1.1.0-beta.1', { mode: 'promote', feeds: 'false' }));
    expect(await electronClient(stable)).toBe('error ERR_UPDATER_CHANNEL_FILE_NOT_FOUND');

    const promoted = await lifecycle('v1.1.0-beta.1', { mode: 'promote' });
    expectOk(promoted);
    expect(JSON.parse(promoted.outputs['feed-changes']!)).toEqual([{ from: 'beta.yml', to: 'latest.yml', action: 'written' }]);
    expect(promoted.summary).toContain('| `latest.yml` | written from `beta.yml` |');
    expect(await electronClient(stable)).toBe('v1.1.0-beta.1/latest.yml → 1.1.0-beta.1');
    expect(await electronClient(beta)).toBe('v1.1.0-beta.1/beta.yml → 1.1.0-beta.1');
    expect(await tauriClient()).toBe('latest.json → 1.1.0-beta.1');
    // Promoting again changes nothing a client sees (latest.yml is replaced by the same content).
    expectOk(await lifecycle('v1.1.0-beta.1', { mode: 'promote' }));
    expect(github.releases.find((r) => r.tag_name === 'v1.1.0-beta.1')!.assets.filter((a) => a.name === 'latest.yml')).toHaveLength(1);

    // Rolled back to a visible prerelease: its feeds are removed, the previous release is latest again.
    const rolledBack = await lifecycle('v1.1.0-beta.1', { mode: 'rollback', 'rollback-to': 'prerelease' });
    expectOk(rolledBack);
    expect((JSON.parse(rolledBack.outputs['feed-changes']!) as Array<{ from: string }>).map((c) => c.from).sort()).toEqual(['alpha.yml', 'beta.yml', 'latest.json', 'latest.yml']);
    expect(await electronClient(stable)).toBe('v1.0.0/latest.yml → 1.0.0');
    expect(await tauriClient()).toBe('latest.json → 1.0.0');
    // electron-updater's beta clients still walk to the newest prerelease first: with its feeds gone they get no update.
    expect(await electronClient(beta)).toBe('error ERR_UPDATER_CHANNEL_FILE_NOT_FOUND');
  });

  test('rolled back to a draft (the default), the release vanishes for every client and its feeds stay for a later publish', async () => {
    await release('v1.0.0', 'stable');
    await release('v1.1.0', 'stable');
    const beta = { currentVersion: '1.0.0', channel: 'beta', allowPrerelease: true };
    expect(await electronClient(beta)).toBe('v1.1.0/beta.yml → 1.1.0');
    const rolledBack = await lifecycle('v1.1.0', { mode: 'rollback' });
    expectOk(rolledBack);
    expect(JSON.parse(rolledBack.outputs['feed-changes']!)).toEqual([]);
    expect(await electronClient({ currentVersion: '1.0.0', allowPrerelease: false })).toBe('v1.0.0/latest.yml → 1.0.0');
    expect(await electronClient(beta)).toBe('v1.0.0/beta.yml → 1.0.0');
    expect(await tauriClient()).toBe('latest.json → 1.0.0');
    expect(github.releases.find((r) => r.tag_name === 'v1.1.0')!.assets.map((a) => a.name)).toContain('latest.yml');
  });
});

