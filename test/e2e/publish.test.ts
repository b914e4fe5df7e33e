import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Faults } from '../emulator/faults.ts';
import { GitHubEmulator, type EmulatedRelease } from '../emulator/github-emulator.ts';
import { runBuiltAction, tempDir, type ActionRun } from '../harness/runner.ts';

let github: GitHubEmulator;
beforeEach(async () => {
  github = await new GitHubEmulator().start();
});
afterEach(async () => {
  await github.stop();
  expect(github.judge.violations).toEqual([]);
});

const sha = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');

function workspace(files: Record<string, string>): string {
  const root = tempDir('publish-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

const PRODUCT = { 'dist/app-1.2.0-win-x64.exe': 'windows bytes', 'dist/app-1.2.0-mac-arm64.dmg': 'mac bytes', 'dist/app-1.2.0-linux-x64.AppImage': 'linux bytes' };

function publish(root: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runBuiltAction('publish', {
    workspace: root,
    inputs: { 'github-token': 'ghs_test_token_0123456789', files: 'dist/*', tag: 'v1.2.0', ...inputs },
    env: { GITHUB_API_URL: github.url, ...env },
  });
}

const releasesFor = (tag: string): EmulatedRelease[] => github.releases.filter((r) => r.tag_name === tag);

describe('publish action (built bundle, against the GitHub emulator)', () => {
  test('draft → upload → verify → publish; outputs, summary, and 7 API calls for 3 new assets', async () => {
    const root = workspace(PRODUCT);
    const run = await publish(root, { 'expected-assets': '*-win-x64.exe\n*-mac-arm64.dmg\n*-linux-x64.AppImage', notes: '### Features\n\n- a' });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const [release] = releasesFor('v1.2.0');
    expect(releasesFor('v1.2.0')).toHaveLength(1);
    expect(release).toMatchObject({ draft: false, prerelease: false, body: '### Features\n\n- a', latest: true });
    const expectedAssets = Object.entries(PRODUCT).map(([file, content]) => [path.basename(file), 'uploaded', `sha256:${sha(content)}`]);
    expect(release!.assets.map((a) => [a.name, a.state, a.digest]).sort()).toEqual(expectedAssets.sort());
    expect(run.outputs).toMatchObject({ 'release-id': String(release!.id), published: 'true', 'html-url': 'https://github.com/octo-org/octo-app/releases/tag/v1.2.0' });
    const assets = JSON.parse(run.outputs.assets!) as Array<{ name: string; size: number; sha256: string; url: string }>;
    expect(assets.map((a) => a.name).sort()).toEqual(Object.keys(PRODUCT).map((f) => path.basename(f)).sort());
    expect(assets.find((a) => a.name === 'app-1.2.0-win-x64.exe')).toEqual({ name: 'app-1.2.0-win-x64.exe', size: 13, sha256: sha('windows bytes'), url: 'https://github.com/octo-org/octo-app/releases/download/v1.2.0/app-1.2.0-win-x64.exe' });
    expect(run.summary).toContain('### Release [v1.2.0](https://github.com/octo-org/octo-app/releases/tag/v1.2.0) published');
    expect(run.summary).toContain('Release created; assets: 3 uploaded.');
    // list, create draft, confirm it by id, list again until it shows (then duplicate drafts of a race
    // show too), one upload each, publish: the upload answers carry size and digest, so verification
    // needs no further listing.
    expect(github.calls().map((c) => `${c.method} ${c.path.replace(/\?.*/, '').replace(/\/\d+/g, '/:id')}`)).toEqual([
      'GET /repos/octo-org/octo-app/releases',
      'POST /repos/octo-org/octo-app/releases',
      'GET /repos/octo-org/octo-app/releases/:id',
      'GET /repos/octo-org/octo-app/releases',
      ...Array(3).fill('POST /uploads/repos/octo-org/octo-app/releases/:id/assets'),
      'PATCH /repos/octo-org/octo-app/releases/:id',
    ]);
    expect(run.stdout).toContain('Verified 3 asset(s) against the size and sha256 GitHub reported for each upload.');
  });

  test('a re-run after success changes nothing: no upload, no edit', async () => {
    const root = workspace(PRODUCT);
    expect((await publish(root)).exitCode).toBe(0);
    const before = github.requests.length;
    const again = await publish(root);
    expect(again.exitCode).toBe(0);
    const calls = github.requests.slice(before);
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(again.summary).toContain('Release reused; assets: 3 reused.');
    expect(releasesFor('v1.2.0')).toHaveLength(1);
  });

  test('a re-run after a crash mid-upload converges: the half-uploaded asset is repaired, the rest kept', async () => {
    const root = workspace(PRODUCT);
    github.inject('POST', /app-1\.2\.0-mac-arm64\.dmg/, { kind: 'stall-mid-upload', afterBytes: 3 });
    const crashed = await runBuiltAction('publish', {
      workspace: root,
      inputs: { 'github-token': 'ghs_test_token_0123456789', files: 'dist/*', tag: 'v1.2.0' },
      env: { GITHUB_API_URL: github.url },
      // The runner dies while the mac upload hangs (request-timeout is 60s), once the other two are up.
      killWhen: () => {
        const assets = releasesFor('v1.2.0')[0]?.assets ?? [];
        return assets.filter((a) => a.state === 'uploaded').length === 2 && assets.some((a) => a.name.endsWith('.dmg') && a.state === 'open');
      },
    });
    expect(crashed.signal).toBe('SIGKILL');
    expect(releasesFor('v1.2.0')[0]!.draft).toBe(true); // never published without the mac build
    expect(releasesFor('v1.2.0')[0]!.assets.find((a) => a.name.endsWith('.dmg'))?.state).toBe('open');
    const rerun = await publish(root);
    expect(rerun.exitCode).toBe(0);
    const release = releasesFor('v1.2.0')[0]!;
    expect(release.draft).toBe(false);
    expect(release.assets.map((a) => a.state)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(rerun.summary).toContain('Release reused; assets: 2 reused, 1 repaired.');
  }, 60_000);

  test('an upload that keeps failing leaves the release a draft with an error naming the file', async () => {
    const root = workspace(PRODUCT);
    github.inject('POST', /app-1\.2\.0-mac-arm64\.dmg/, { kind: 'status', status: 502 }, 5);
    const run = await publish(root, { 'retry-delay': '20ms' });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toContain('app-1.2.0-mac-arm64.dmg: upload failed (HTTP 502: Server Error).');
    expect(releasesFor('v1.2.0')[0]!.draft).toBe(true);
    // Four retries, each waiting twice as long as the one before.
    expect([...run.stdout.matchAll(/Upload of app-1\.2\.0-mac-arm64\.dmg failed \(HTTP 502: Server Error\); retry \d of 4 in (\d+ ms)\./g)].map((m) => m[1])).toEqual(['20 ms', '40 ms', '80 ms', '160 ms']);
  }, 60_000);

  test('4 concurrent publishers of one tag: one release, every asset once', async () => {
    const root = workspace(PRODUCT);
    github.latencyMs = 30;
    const runs = await Promise.all([1, 2, 3, 4].map(() => publish(root)));
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0]);
    expect(releasesFor('v1.2.0')).toHaveLength(1);
    const release = releasesFor('v1.2.0')[0]!;
    expect(release.draft).toBe(false);
    expect(release.assets.map((a) => a.name).sort()).toEqual(Object.keys(PRODUCT).map((f) => path.basename(f)).sort());
  }, 120_000);

  test('faults: 502 and 429 on the API, a secondary rate limit and a reset on uploads, a lost create race', async () => {
    const root = workspace(PRODUCT);
    github.inject('GET', /\/releases$/, { kind: 'status', status: 502 });
    github.inject('GET', /\/assets$/, { kind: '429', retryAfter: 1 });
    github.inject('POST', /win-x64\.exe/, { kind: 'secondary-rate-limit', retryAfter: 1 });
    github.inject('POST', /linux-x64\.AppImage/, { kind: 'reset' });
    github.inject('POST', /mac-arm64\.dmg/, { kind: 'reset-mid-upload', afterBytes: 4 });
    github.inject('POST', /\/releases$/, { kind: 'create-race' });
    const run = await publish(root);
    expect(run.exitCode).toBe(0);
    expect(releasesFor('v1.2.0')).toHaveLength(1);
    expect(releasesFor('v1.2.0')[0]!.assets).toHaveLength(3);
    expect(run.summary).toContain('Release adopted');
    expect(run.stdout).toMatch(/Upload of app-1\.2\.0-win-x64\.exe failed \(HTTP 403: You have exceeded a secondary rate limit/);
    // The upload cut mid-body left a half-uploaded asset; it was deleted before the retry.
    expect(releasesFor('v1.2.0')[0]!.assets.map((a) => a.state)).toEqual(['uploaded', 'uploaded', 'uploaded']);
    expect(github.calls('DELETE', /\/releases\/assets\//).length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  test('a lagging release list and a stalled API: one release, and a stall that never ends is one clear error', async () => {
    const faults = new Faults(github).listLag(2).add('GET', /\/releases\?/, { kind: 'stall-headers' });
    const root = workspace(PRODUCT);
    const run = await publish(root, { 'request-timeout': '1s' });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain('GET /repos/octo-org/octo-app/releases: no response within 1s; retry 1 of 4 in 1s.');
    expect(releasesFor('v1.2.0').map((r) => [r.draft, r.assets.length])).toEqual([[false, 3]]);
    faults.add('GET', /\/releases\?/, { kind: 'stall-headers' }, 99);
    const hung = await publish(root, { 'request-timeout': '500ms', 'retry-delay': '50ms' });
    expect(hung.exitCode).toBe(1);
    expect(hung.errors).toEqual([expect.stringMatching(/^GET \/repos\/octo-org\/octo-app\/releases failed 5 times over \d+s; last: no response within 500 ms\./)]);
    expect(hung.annotations.filter((a) => a.level === 'warning').map((a) => a.message.replace(/.*; /, ''))).toEqual(['retry 1 of 4 in 50 ms.', 'retry 2 of 4 in 100 ms.', 'retry 3 of 4 in 200 ms.', 'retry 4 of 4 in 400 ms.']);
  }, 60_000);

  test('eventual consistency: a release invisible to by-tag reads does not make a second one', async () => {
    github.eventualConsistencyReads = 5;
    const root = workspace(PRODUCT);
    expect((await publish(root, { draft: 'true' })).exitCode).toBe(0);
    expect((await publish(root)).exitCode).toBe(0);
    expect(releasesFor('v1.2.0')).toHaveLength(1);
  });

  test('a missing platform: error annotations, the release stays a draft, exit 1', async () => {
    const root = workspace({ 'dist/app-1.2.0-win-x64.exe': 'w' });
    const run = await publish(root, { 'expected-assets': '*-win-x64.exe\n*-mac-arm64.dmg' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toContain('expected asset "*-mac-arm64.dmg" is not on the release (a platform is missing?).');
    expect(releasesFor('v1.2.0')[0]!.draft).toBe(true);
    expect(run.summary).toContain('### ❌ Release v1.2.0 left as a draft');
  });

  test('different bytes under an existing name: an error without overwrite, replaced with it', async () => {
    const root = workspace(PRODUCT);
    expect((await publish(root, { draft: 'true' })).exitCode).toBe(0);
    writeFileSync(path.join(root, 'dist/app-1.2.0-win-x64.exe'), 'rebuilt windows bytes');
    const refused = await publish(root);
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toContain('app-1.2.0-win-x64.exe: the release already has an asset of this name with different bytes');
    expect(refused.errors[0]).toContain('set overwrite: true to replace it');
    const replaced = await publish(root, { overwrite: 'true' });
    expect(replaced.exitCode).toBe(0);
    expect(replaced.summary).toContain('1 replaced');
    expect(releasesFor('v1.2.0')[0]!.assets.find((a) => a.name === 'app-1.2.0-win-x64.exe')!.digest).toBe(`sha256:${sha('rebuilt windows bytes')}`);
  });

  test('names GitHub would change are used as GitHub stores them; names it would mangle are refused', async () => {
    const root = workspace({ 'dist/My App 1.2.0 (x64).exe': 'x', 'dist/app~1.deb': 'y' });
    const run = await publish(root);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.assets!).map((a: { name: string }) => a.name).sort()).toEqual(['My.App.1.2.0..x64..exe', 'app.1.deb']);
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('My App 1.2.0 (x64).exe is stored as My.App.1.2.0..x64..exe') }));
    const bad = await publish(workspace({ 'dist/.hidden': 'z' }), { tag: 'v9.0.0' });
    expect(bad.exitCode).toBe(1);
    expect(bad.errors[0]).toContain('starts or ends with a dot');
    expect(releasesFor('v9.0.0')).toEqual([]);
  });

  test('a sums file naming files that are not assets, or with stale digests, is refused before anything is created', async () => {
    const renamed = workspace({ 'dist/My App.exe': 'x', 'dist/SHA256SUMS': `${sha('x')}  My App.exe\n` });
    const run = await publish(renamed);
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('SHA256SUMS lists "My App.exe", which is not an asset of this release (GitHub stores it as "My.App.exe": write the sums with asset-names: github).');
    const stale = workspace({ 'dist/app.exe': 'signed bytes', 'dist/SHA256SUMS': `${sha('unsigned bytes')}  app.exe\n` });
    const staleRun = await publish(stale);
    expect(staleRun.exitCode).toBe(1);
    expect(staleRun.errors[0]).toContain(`SHA256SUMS gives app.exe the sha256 ${sha('unsigned bytes')}, but the file's is ${sha('signed bytes')}: the sums were computed before the file changed (before signing?).`);
    expect(github.releases).toEqual([]);
  });

  test('immutable releases: all uploads happen while a draft; afterwards no change and no rollback', async () => {
    github.immutableReleases = true;
    const root = workspace(PRODUCT);
    expect((await publish(root)).exitCode).toBe(0);
    expect(releasesFor('v1.2.0')[0]!.immutable).toBe(true);
    writeFileSync(path.join(root, 'dist/app-1.2.0-win-x64.exe'), 'changed');
    const change = await publish(root, { overwrite: 'true' });
    expect(change.exitCode).toBe(1);
    expect(change.errors[0]).toContain('the release is immutable');
    const rollback = await publish(root, { mode: 'rollback' });
    expect(rollback.exitCode).toBe(1);
    expect(rollback.errors[0]).toContain('The release v1.2.0 is immutable');
  });

  test('prerelease from the tag; promote makes it the latest full release; rollback restores the previous latest', async () => {
    const root = workspace(PRODUCT);
    expect((await publish(root, { tag: 'v1.1.0' })).exitCode).toBe(0);
    expect((await publish(root, { tag: 'v1.2.0-beta.1' })).exitCode).toBe(0);
    expect(releasesFor('v1.2.0-beta.1')[0]).toMatchObject({ prerelease: true, latest: false });
    expect(releasesFor('v1.1.0')[0]!.latest).toBe(true);
    const promoted = await publish(root, { tag: 'v1.2.0-beta.1', mode: 'promote' });
    expect(promoted.exitCode).toBe(0);
    expect(releasesFor('v1.2.0-beta.1')[0]).toMatchObject({ prerelease: false, latest: true });
    const rolled = await publish(root, { tag: 'v1.2.0-beta.1', mode: 'rollback' });
    expect(rolled.exitCode).toBe(0);
    expect(releasesFor('v1.2.0-beta.1')[0]!.draft).toBe(true);
    expect(releasesFor('v1.1.0')[0]!.latest).toBe(true);
    expect(rolled.summary).toContain('Latest is now [v1.1.0]');
  });

  test('notes-file may be in RUNNER_TEMP, where release-notes writes it', async () => {
    const root = workspace(PRODUCT);
    const runnerTemp = tempDir('runner-temp-');
    writeFileSync(path.join(runnerTemp, 'release-notes.md'), '### Fixes\n\n- b');
    const run = await publish(root, { 'notes-file': path.join(runnerTemp, 'release-notes.md') }, { RUNNER_TEMP: runnerTemp });
    expect(run.exitCode).toBe(0);
    expect(releasesFor('v1.2.0')[0]!.body).toBe('### Fixes\n\n- b');
  });

  test('bad input: one clear error, nothing created', async () => {
    const root = workspace(PRODUCT);
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'make-latest': 'maybe' }, 'Input "make-latest" has the value "maybe", but it must be one of: true, false, legacy.'],
      [{ files: '../outside/*' }, 'Input "files" has the pattern "../outside/*", which reaches outside the workspace'],
      [{ tag: '' }, 'Input "tag" has the value "", but it is required when the workflow was not started by a tag push.'],
      [{ 'upload-concurrency': '100' }, 'Input "upload-concurrency" has the value "100", but it must be a whole number from 1 to 16.'],
      [{ 'retry-delay': '0' }, 'Input "retry-delay" has the value "0", but it must be a duration from 10ms to 60s, such as 1s.'],
      [{ 'retry-delay': '5 minutes' }, 'Input "retry-delay" has the value "5 minutes", but it must be a duration from 10ms to 60s, such as 1s.'],
      [{ files: 'nothing/*' }, 'Input "files" matched no file'],
      [{ 'notes-file': '/etc/passwd' }, 'Input "notes-file" has the value "/etc/passwd", but it must stay inside the workspace'],
      [{ 'notes-file': '../../etc/passwd' }, 'Input "notes-file" has the value "../../etc/passwd", but it must stay inside the workspace'],
    ];
    for (const [inputs, message] of cases) {
      const run = await publish(root, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringContaining(message)]);
    }
    expect(github.releases).toEqual([]);
    expect(github.requests).toEqual([]);
  });

  test('a 2 GiB asset is streamed from disk: memory stays flat', async () => {
    const root = workspace({});
    mkdirSync(path.join(root, 'dist'));
    const big = path.join(root, 'dist/big.bin');
    writeFileSync(big, '');
    truncateSync(big, 2 * 1024 ** 3);
    const run = await runBuiltAction('publish', {
      workspace: root,
      inputs: { 'github-token': 'ghs_test_token_0123456789', files: 'dist/*', tag: 'v2.0.0' },
      env: { GITHUB_API_URL: github.url },
      measureMemory: true,
      timeoutMs: 180_000,
    });
    expect(run.exitCode).toBe(0);
    const asset = releasesFor('v2.0.0')[0]!.assets[0]!;
    expect(asset.size).toBe(2 * 1024 ** 3);
    expect(run.maxRssKiB).toBeLessThan(200 * 1024);
  }, 240_000);
});
