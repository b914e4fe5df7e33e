/**
 * Product shapes as users ship them (test/fixtures/products/<shape>: a release-kit.yml and stand-in build
 * outputs under their real tools' names; the Rust CLI's build makes real packages), through the built
 * bundles in the order of the reusable release workflow: `release-kit check` → plan → matrix-build per
 * target → the release job (every leg's files in one folder, as download-artifact merge-multiple leaves
 * them; checksum; update-feed with the plan's outputs; publish to the GitHub emulator). What is published
 * is what the plan said: `expected-assets`.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { GitHubEmulator } from '../emulator/github-emulator.ts';
import { ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.js';

const VERSION = '1.2.0';
const TAG = `v${VERSION}`;
let github: GitHubEmulator;
beforeAll(async () => {
  github = await new GitHubEmulator().start();
});
afterAll(async () => {
  await github.stop();
  expect(github.judge.violations).toEqual([]);
});

function productWorkspace(shape: string): string {
  const workspace = tempDir(`product-${shape}-`);
  cpSync(path.join(ROOT, 'test/fixtures/products', shape), workspace, { recursive: true });
  copyFileSync(path.join(ROOT, 'test/fixtures/products/make-outputs.mjs'), path.join(workspace, 'make-outputs.mjs'));
  return workspace;
}

const ok = (run: ActionRun): ActionRun => {
  expect(run.errors).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
};

/** Release names a pattern of expected-assets stands for (a glob where the build decides the name). */
const matches = (name: string, pattern: string): boolean => name === pattern || path.matchesGlob(name, pattern);
/** The sums files and update feeds the release job adds (electron-updater writes every channel's feed for a stable release). */
const SUPPORT = /^(SHA(256|512)SUMS(\.(asc|minisig))?|(latest|alpha|beta)(-mac|-linux(-arm64)?)?\.yml|latest\.json)$/;

async function release(shape: string): Promise<{ assets: string[]; expected: string[]; outputs: Record<string, string> }> {
  const workspace = productWorkspace(shape);
  const check = execFileSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'check', '--ref', `refs/tags/${TAG}`], { cwd: workspace, encoding: 'utf8' });
  expect(check).toMatch(/^release-kit\.yml: valid\n/);
  const plan = ok(await runBuiltAction('plan', { workspace, env: { GITHUB_REF: `refs/tags/${TAG}`, GITHUB_EVENT_NAME: 'push' } }));
  const expected = plan.outputs['expected-assets']!.split('\n');
  const releaseFiles = path.join(workspace, 'release-files');
  mkdirSync(releaseFiles);
  for (const { target } of (JSON.parse(plan.outputs.matrix!) as { include: Array<{ target: string }> }).include) {
    // No secrets reach these builds (as in a pull-request check): a build-env secret is left unset, and the
    // Rust Windows build packs its program without the sign hook.
    const built = ok(await runBuiltAction('matrix-build', { workspace, inputs: { target, version: VERSION, upload: 'false', 'missing-build-env': 'warn' } }));
    // merge-multiple: one folder for every leg; a name two legs share would be overwritten.
    for (const file of built.outputs.files!.split('\n')) {
      const into = path.join(releaseFiles, path.basename(file));
      expect(existsSync(into)).toBe(false);
      copyFileSync(file, into);
    }
  }
  ok(await runBuiltAction('checksum', { workspace, inputs: { files: 'release-files/*', 'base-dir': 'release-files', algorithms: plan.outputs.algorithms!, output: '{ALG}SUMS', 'asset-names': 'github' } }));
  if (plan.outputs.feeds) {
    const feed = await runBuiltAction('update-feed', {
      workspace,
      inputs: { files: 'release-files/*', feeds: plan.outputs.feeds, 'electron-files': plan.outputs['electron-files']!, 'tauri-files': plan.outputs['tauri-files']!, version: VERSION, tag: TAG, 'tauri-platforms': plan.outputs['tauri-platforms']!, 'output-dir': 'release-files' },
      env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}` },
    });
    ok(feed);
  }
  github.tags.add(TAG);
  ok(await runBuiltAction('publish', { workspace, inputs: { 'github-token': 'ghs_test_token_0123456789', files: 'release-files/*', tag: TAG, 'expected-assets': expected.join('\n') }, env: { GITHUB_API_URL: github.url } }));
  const published = github.releases.filter((r) => r.tag_name === TAG).at(-1)!;
  const assets = published.assets.map((a) => a.name).sort();
  github.releases.splice(github.releases.indexOf(published), 1);
  github.tags.delete(TAG);
  return { assets, expected, outputs: plan.outputs };
}

/** Every release file is one the plan expected (or a sums file or feed), and every expected pattern is on the release. */
function expectPlanned(assets: string[], expected: string[]): void {
  expect(assets.filter((name) => !SUPPORT.test(name) && !expected.some((pattern) => matches(name, pattern)))).toEqual([]);
  expect(expected.filter((pattern) => !assets.some((name) => matches(name, pattern)))).toEqual([]);
}

describe('product shapes, from release-kit check to the published release (built bundles, GitHub emulator)', () => {
  test('Electron: NSIS exe + block map, MSI, dmg + zip, AppImage, deb; electron-updater feeds', async () => {
    const { assets, expected } = await release('electron');
    expect(expected).toEqual([
      'hello-desktop-1.2.0-windows-x64.exe',
      'hello-desktop-1.2.0-windows-x64.exe.blockmap',
      'hello-desktop-1.2.0-windows-x64.msi',
      'hello-desktop-1.2.0-macos-arm64.dmg',
      'hello-desktop-1.2.0-macos-arm64.dmg.blockmap',
      'hello-desktop-1.2.0-macos-arm64.zip',
      'hello-desktop-1.2.0-macos-arm64.zip.blockmap',
      'hello-desktop-1.2.0-linux-x64.AppImage',
      'hello-desktop-1.2.0-linux-x64.deb',
    ]);
    expectPlanned(assets, expected);
    expect(assets).toEqual(expect.arrayContaining(['latest.yml', 'latest-mac.yml', 'latest-linux.yml', 'SHA256SUMS', 'SHA512SUMS']));
  }, 180_000);

  test('Tauri: every updater bundle keeps its .sig beside it under its release name; latest.json has every platform', async () => {
    const { assets, expected } = await release('tauri');
    expect(expected).toEqual([
      'hello-tauri-1.2.0-windows-x64.exe',
      'hello-tauri-1.2.0-windows-x64.exe.sig',
      'hello-tauri-1.2.0-windows-x64.msi',
      'hello-tauri-1.2.0-windows-x64.msi.sig',
      'hello-tauri-1.2.0-macos-arm64.app.tar.gz',
      'hello-tauri-1.2.0-macos-arm64.app.tar.gz.sig',
      'hello-tauri-1.2.0-macos-arm64.dmg',
      'hello-tauri-1.2.0-linux-x64.AppImage',
      'hello-tauri-1.2.0-linux-x64.AppImage.sig',
    ]);
    expectPlanned(assets, expected);
    expect(assets).toContain('latest.json');
  }, 180_000);

  test('Electron + Tauri in one release: each feed from its own targets, no name shared', async () => {
    const { assets, expected, outputs } = await release('electron-tauri');
    expect(outputs.feeds).toBe('both');
    expect(outputs['tauri-files']!.split('\n')).toEqual(['hello-tauri-1.2.0-windows-x64.exe', 'hello-tauri-1.2.0-windows-x64.exe.sig', 'hello-tauri-1.2.0-linux-x64.AppImage', 'hello-tauri-1.2.0-linux-x64.AppImage.sig']);
    expectPlanned(assets, expected);
    expect(assets).toEqual(expect.arrayContaining(['latest.yml', 'latest-mac.yml', 'latest.json']));
  }, 180_000);

  test('Python: the wheel and the sdist keep their names, the zipapp is for any OS and CPU', async () => {
    const { assets, expected } = await release('python');
    expect(expected).toEqual(['*.whl', '*.tar.gz', 'tradingbot-1.2.0-any-any.pyz']);
    expectPlanned(assets, expected);
    expect(assets).toEqual(expect.arrayContaining(['tradingbot-1.2.0-py3-none-any.whl', 'tradingbot-1.2.0.tar.gz', 'tradingbot-1.2.0-any-any.pyz']));
  }, 180_000);

  test('Rust: binary and completions tarballs, deb, rpm, MSI and zip', async () => {
    const { assets, expected } = await release('rust');
    expect(expected).toEqual([
      'hello-1.2.0-linux-x64.tar.gz',
      'completions-1.2.0-linux-x64.tar.gz',
      '*-1.2.0-linux-x64.deb',
      '*-1.2.0-linux-x64.rpm',
      'hello-1.2.0-windows-x64.msi',
      'hello-1.2.0-windows-x64.zip',
    ]);
    expectPlanned(assets, expected);
    // {basename} is the built file's own name: the deb and rpm keep cargo-deb's and generate-rpm's in theirs.
    expect(assets).toEqual(expect.arrayContaining(['hello_1.2.0-1_amd64-1.2.0-linux-x64.deb', 'hello-1.2.0-1.x86_64-1.2.0-linux-x64.rpm', 'SHA256SUMS', 'SHA512SUMS']));
  }, 180_000);
});
