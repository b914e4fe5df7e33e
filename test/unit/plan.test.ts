import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifactName, extensionOf } from '../../src/plan/artifact-name.js';
import type { ReleaseKitConfig } from '../../src/plan/config.js';
import { parseReleaseKitConfig } from '../../src/plan/load-config.js';
import { expectedAssets, planText } from '../../src/plan/describe.js';
import { channelOf, planRelease } from '../../src/plan/plan.js';
import { versionFromFile } from '../../src/plan/version-source.js';
import { ROOT, tempDir } from '../harness/runner.js';

const SAMPLE = path.join(ROOT, 'samples/hello-app/release-kit.yml');
const sample = (): ReleaseKitConfig => parseReleaseKitConfig(readFileSync(SAMPLE, 'utf8'), SAMPLE);

function golden(name: string, actual: string): void {
  const file = path.join(ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('plan', () => {
  test('a release tag plans every leg with its steps (golden: what `release-kit check` prints)', async () => {
    const plan = await planRelease(sample(), { ref: 'refs/tags/v1.2.3', event: 'push', root: ROOT });
    expect(plan).toMatchObject({ kind: 'release', version: '1.2.3', tag: 'v1.2.3', channel: 'stable', prerelease: false });
    expect(plan.matrix.include).toEqual([
      { target: 'linux-x64', runner: 'ubuntu-24.04', os: 'linux', arch: 'x64' },
      { target: 'windows-x64', runner: 'windows-2025', os: 'windows', arch: 'x64' },
      { target: 'backend', runner: 'ubuntu-24.04', os: 'linux', arch: 'x64' },
    ]);
    expect(expectedAssets(plan, sample())).toEqual(['hello-app-1.2.3-linux-x64.tar.gz', 'hello-app-1.2.3-windows-x64.exe', 'hello-app-backend-1.2.3-linux-x64.tar.gz']);
    golden('plan-release.txt', planText(plan, sample()));
  });

  test('a beta tag goes to the beta channel as a prerelease; a PR check signs and publishes nothing', async () => {
    const beta = await planRelease(sample(), { ref: 'refs/tags/v1.3.0-beta.2', event: 'push', root: ROOT });
    expect(beta).toMatchObject({ version: '1.3.0-beta.2', channel: 'beta', prerelease: true });
    const pr = await planRelease(sample(), { ref: 'refs/pull/7/merge', event: 'pull_request', root: ROOT });
    expect(pr.kind).toBe('pr-check');
    expect(pr.targets.every((t) => t.steps.find((s) => s.step === 'codesign')?.run === false)).toBe(true);
    expect(pr.targets.every((t) => t.steps.find((s) => s.step === 'smoke-test')?.run === true)).toBe(true);
    expect(pr.release.filter((s) => s.run).map((s) => s.step)).toEqual(['release-notes']);
    golden('plan-pr-check.txt', planText(pr, sample()));
  });

  test('channels: configured names, the prerelease id otherwise', () => {
    const config = { ...sample(), channels: [{ prerelease: 'rc', channel: 'candidate' }] };
    expect(channelOf('2.0.0', config)).toBe('stable');
    expect(channelOf('2.0.0-rc.1', config)).toBe('candidate');
    expect(channelOf('2.0.0-alpha.3', config)).toBe('alpha');
  });

  test('a tag that is not a release tag, or disagrees with the version file, is refused with the reason', async () => {
    await expect(planRelease(sample(), { ref: 'refs/tags/nightly', event: 'push', root: ROOT })).rejects.toThrow('The tag nightly does not match the tag pattern v{version} (notes.tag-pattern)');
    const root = tempDir();
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0' }));
    const config = { ...sample(), product: { name: 'x', 'version-from': 'package.json' as const } };
    await expect(planRelease(config, { ref: 'refs/tags/v1.2.1', event: 'push', root })).rejects.toThrow('The tag v1.2.1 says version 1.2.1, but package.json says 1.2.0');
    expect((await planRelease(config, { ref: 'refs/tags/v1.2.0', event: 'push', root })).version).toBe('1.2.0');
    expect((await planRelease(config, { ref: 'refs/heads/main', event: 'push', root })).kind).toBe('dry-run');
  });

  test('version files: package.json, Cargo.toml, pyproject.toml, tauri.conf.json', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'package.json'), '{"version": "2.0.1"}');
    writeFileSync(path.join(root, 'Cargo.toml'), '[dependencies]\nversion = "9"\n\n[package]\nname = "cli"\nversion = "0.4.2" # bumped by hand\n');
    writeFileSync(path.join(root, 'pyproject.toml'), "[build-system]\nrequires = ['x']\n[tool.poetry]\nversion = '3.1.0'\n");
    mkdirSync(path.join(root, 'src-tauri'));
    writeFileSync(path.join(root, 'src-tauri/tauri.conf.json'), '{"productName": "App", "version": "../package.json"}');
    expect((await versionFromFile('package.json', root)).version).toBe('2.0.1');
    expect((await versionFromFile('Cargo.toml', root)).version).toBe('0.4.2');
    expect((await versionFromFile('pyproject.toml', root)).version).toBe('3.1.0');
    expect((await versionFromFile('tauri.conf.json', root)).version).toBe('2.0.1');
    writeFileSync(path.join(root, 'ws.toml'), '[workspace.package]\nversion = "5.0.0"\n');
    expect((await versionFromFile('Cargo.toml', root, 'ws.toml')).version).toBe('5.0.0');
    await expect(versionFromFile('pyproject.toml', root, 'missing.toml')).rejects.toThrow('product.version-from is pyproject.toml, but missing.toml cannot be read (it does not exist; set product.version-file)');
  });

  test('artifact names: compound extensions, {basename}, unknown placeholders refused by the config check', () => {
    expect(extensionOf('dist/App.app.tar.gz')).toBe('app.tar.gz');
    expect(extensionOf('x/setup.exe')).toBe('exe');
    expect(extensionOf('Hello.AppImage')).toBe('AppImage');
    expect(extensionOf('README')).toBe('');
    const parts = { name: 'app', version: '1.0.0', os: 'macos', arch: 'arm64', target: 'mac' };
    expect(artifactName('{name}-{version}-{os}-{arch}.{ext}', parts, 'out/App.app.tar.gz')).toBe('app-1.0.0-macos-arm64.app.tar.gz');
    expect(artifactName('{basename}-{arch}.{ext}', parts, 'out/Setup 1.0.exe')).toBe('Setup 1.0-arm64.exe');
    const text = readFileSync(SAMPLE, 'utf8').replace("artifact-name: '{name}-{version}-{os}-{arch}.{ext}'", "artifact-name: '{name}-{platform}.{ext}'");
    expect(() => parseReleaseKitConfig(text, 'rk.yml')).toThrow(/^rk\.yml:7:16: artifact-name: \{platform\} is not a placeholder/);
  });
});
