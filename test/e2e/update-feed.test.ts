import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.js';
import { electronRelease, minisignKey, tauriRelease, tauriSign } from '../integration/feed-fixtures.js';

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectCleanFailure(run: ActionRun, message: string | RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const TAG = { GITHUB_REF: 'refs/tags/v1.2.0' };

describe('update-feed action (built bundle, runner protocol)', () => {
  test('electron: every OS feed and channel next to the files, as the golden files; summary lists files and sizes', async () => {
    const workspace = tempDir('ws-');
    electronRelease(path.join(workspace, 'release'));
    const run = await runBuiltAction('update-feed', {
      workspace,
      env: TAG,
      inputs: { files: 'release/*', feeds: 'electron', 'staging-percentage': '25', notes: 'Faster start-up; fixes the tray icon on Linux.', 'release-date': '2026-05-01T12:00:00Z' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const written = run.outputs['feed-files']!.split('\n');
    expect(written).toHaveLength(12);
    expect(written.every((file) => path.dirname(file) === path.join(workspace, 'release'))).toBe(true);
    for (const name of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'latest-linux-arm64.yml']) {
      expect(readFileSync(path.join(workspace, 'release', name), 'utf8')).toBe(readFileSync(path.join(ROOT, 'test/golden', `feed-${name}`), 'utf8'));
    }
    expect(run.summary).toContain('### Update feeds for `1.2.0`');
    expect(run.summary).toContain('| Feed file | Read by | Platforms and files | Sizes |');
    expect(run.summary).toContain('| `release/latest-mac.yml` | electron-updater (latest) | mac x64: `MyApp-1.2.0-mac.zip`<br>mac arm64: `MyApp-1.2.0-arm64-mac.zip`<br>mac x64: `MyApp-1.2.0.dmg`<br>mac arm64: `MyApp-1.2.0-arm64.dmg` | 48.8 KiB<br>46.9 KiB<br>50.8 KiB<br>49.8 KiB |');
    expect(run.summary).toContain('`MyApp-1.2.0-win.zip`');
    expect(run.annotations).toEqual([]);

    // The CLI checks what the action wrote; a file signed again afterwards is named.
    const ok = cli(workspace, 'verify-feed', 'release/latest-mac.yml', 'release/latest.yml');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OK latest-mac.yml: MyApp-1.2.0-arm64-mac.zip (48005 bytes, size and sha512)');
    expect(ok.stdout).toContain('all 5 feed entries match');
    appendFileSync(path.join(workspace, 'release/My App Setup 1.2.0.exe'), 'Authenticode signature');
    const stale = cli(workspace, 'verify-feed', 'release/latest.yml');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^FAILED My\.App\.Setup\.1\.2\.0\.exe: size is 70023, but latest\.yml lists 70001: the file changed after the feed was built/m);
    expect(stale.stderr).toBe('release-kit: 1 of 1 feed checks failed\n');
  });

  test('tauri: latest.json with the release download URLs, signatures checked against public-key; verify-feed catches a re-signed bundle', async () => {
    const workspace = tempDir('ws-');
    const key = minisignKey(tempDir('key-'));
    tauriRelease(path.join(workspace, 'bundles'), (file) => tauriSign(key, file));
    const run = await runBuiltAction('update-feed', {
      workspace,
      env: TAG,
      inputs: {
        files: 'bundles/*',
        feeds: 'tauri',
        'tauri-platforms': 'darwin-aarch64, darwin-x86_64, linux-x86_64, windows-x86_64, windows-x86_64-msi',
        'public-key': key.tauriPubkey,
        'output-dir': 'feeds',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['feed-files']).toBe(path.join(workspace, 'feeds/latest.json'));
    const manifest = JSON.parse(readFileSync(path.join(workspace, 'feeds/latest.json'), 'utf8'));
    expect(manifest.version).toBe('1.2.0');
    expect(manifest.platforms['darwin-aarch64'].url).toBe('https://github.com/octo-org/octo-app/releases/download/v1.2.0/MyApp_aarch64.app.tar.gz');
    expect(manifest.platforms['linux-x86_64'].signature).toBe(readFileSync(path.join(workspace, 'bundles/MyApp_1.2.0_amd64.AppImage.sig'), 'utf8'));
    expect(run.summary).toContain('| `feeds/latest.json` | Tauri | darwin-aarch64: `MyApp_aarch64.app.tar.gz`<br>');

    const verify = (...extra: string[]) => cli(workspace, 'verify-feed', '--dir', 'bundles', '--public-key', key.tauriPubkey, 'feeds/latest.json', ...extra);
    const ok = verify();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('OK latest.json: windows-x86_64-msi (');
    expect(ok.stdout).toContain('all 14 feed entries match');
    const msi = path.join(workspace, 'bundles/MyApp_1.2.0_x64_en-US.msi');
    appendFileSync(msi, 'rebuilt');
    writeFileSync(`${msi}.sig`, tauriSign(key, msi));
    const stale = verify();
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^FAILED windows-x86_64-msi: MyApp_1\.2\.0_x64_en-US\.msi does not match its signature in latest\.json/m);
    expect(stale.stderr).toBe('release-kit: 1 of 14 feed checks failed\n');
  });

  test('a missing Tauri platform fails with one error listing it, and nothing is written', async () => {
    const workspace = tempDir('ws-');
    tauriRelease(path.join(workspace, 'bundles'));
    const run = await runBuiltAction('update-feed', {
      workspace,
      env: TAG,
      inputs: { files: 'bundles/*\n!bundles/MyApp_1.2.0_aarch64.AppImage*', feeds: 'tauri', 'tauri-platforms': 'linux-aarch64\nlinux-x86_64' },
    });
    expectCleanFailure(run, /^latest\.json would lack the platform linux-aarch64 required by tauri-platforms \(it has: darwin-aarch64,/);
    expect(readdirSync(path.join(workspace, 'bundles')).filter((name) => name.endsWith('.json'))).toEqual([]);
  });

  test('bad input is one error naming the input, the value and what is allowed', async () => {
    const workspace = tempDir('ws-');
    electronRelease(path.join(workspace, 'release'));
    const run = await runBuiltAction('update-feed', { workspace, env: TAG, inputs: { files: 'release/*', feeds: 'electron', 'staging-percentage': 'half' } });
    expectCleanFailure(run, 'Input "staging-percentage" has the value "half", but it must be a whole number from 0 to 100.');
    const noTag = await runBuiltAction('update-feed', { workspace, inputs: { files: 'release/*', feeds: 'electron' } });
    expectCleanFailure(noTag, /^Input "version" has the value "", but it is required when the workflow was not started by a tag push/);
    expect(existsSync(path.join(workspace, 'release/latest.yml'))).toBe(false);
  });
});

describe('release-kit verify-feed (built CLI)', () => {
  test('usage and option errors', () => {
    const root = tempDir('cli-');
    const none = cli(root, 'verify-feed');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('verify-feed needs the feed file to check');
    const badKey = cli(root, 'verify-feed', '--public-key', 'xyz', 'latest.json');
    expect(badKey.status).toBe(1);
    expect(badKey.stderr).toBe('release-kit: Option --public-key has the value "xyz", but it must be a minisign public key: Tauri\'s pubkey (from tauri.conf.json), the content of the .pub file, or its key line (RW…).\n');
    const missing = cli(root, 'verify-feed', 'latest.yml');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^release-kit: Cannot read the feed .*latest\.yml: no such file\.\n$/);
    expect(cli(root, '--help').stdout).toContain('release-kit verify-feed [options] <feed file>...');
  });
});
