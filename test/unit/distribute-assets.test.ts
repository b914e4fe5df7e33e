import { describe, expect, test } from '@jest/globals';
import { classify, pickPerArch } from '../../src/distribute/assets.js';
import { parseReleaseKitConfig } from '../../src/plan/load-config.js';

const asset = (name: string) => classify({ id: 1, name, size: 1, url: `https://example.com/${name}`, sha256: '0'.repeat(64) });
const shape = (name: string) => {
  const { os, arch, kind } = asset(name);
  return [os, arch, kind];
};

describe('release asset names', () => {
  test.each([
    ['octo-1.2.3-macos-arm64.tar.gz', 'macos', 'arm64', 'tar.gz'],
    ['octo-v1.2.3-aarch64-apple-darwin.tar.gz', 'macos', 'arm64', 'tar.gz'],
    ['octo-v1.2.3-x86_64-unknown-linux-gnu.tar.xz', 'linux', 'x64', 'tar.xz'],
    ['octo-v1.2.3-i686-pc-windows-msvc.zip', 'windows', 'x86', 'zip'],
    ['Octo_1.2.3_x64_en-US.msi', 'windows', 'x64', 'msi'],
    ['Octo_1.2.3_x64-setup.exe', 'windows', 'x64', 'nsis'],
    ['Octo Setup 1.2.3.exe', 'windows', undefined, 'nsis'],
    ['Octo-1.2.3-universal.dmg', 'macos', 'universal', 'dmg'],
    ['octo-x86_64-pc-windows-msvc.exe', 'windows', 'x64', undefined],
    ['octo_1.2.3_amd64.deb', undefined, 'x64', undefined],
  ])('%s → %s %s %s', (name, os, arch, kind) => {
    expect(shape(name)).toEqual([os, arch, kind]);
  });

  test('one asset per architecture; a lone asset without an arch in its name counts as x64; signatures are never picked', () => {
    const assets = ['Octo Setup 1.2.3.exe', 'Octo Setup 1.2.3.exe.sig', 'octo-1.2.3-windows-arm64-setup.exe'].map(asset);
    const picked = pickPerArch(assets, 'windows', ['nsis']);
    expect([...picked].map(([arch, a]) => [arch, a.name])).toEqual([['arm64', 'octo-1.2.3-windows-arm64-setup.exe']]);
    expect([...pickPerArch([asset('Octo Setup 1.2.3.exe')], 'windows', ['nsis'])].map(([arch]) => arch)).toEqual(['x64']);
    expect(pickPerArch(assets, 'windows', ['nsis'], ['*arm64*']).size).toBe(1);
  });

  test('a CLI tarball and a completions tarball of one platform: the one named after the product, never the first by name', () => {
    const assets = ['completions-1.2.0-linux-x64.tar.gz', 'hello-1.2.0-linux-x64.tar.gz', 'hello-1.2.0-linux-x64.tar.gz.sig'].map(asset);
    expect(pickPerArch(assets, 'linux', ['tar.gz'], undefined, 'hello').get('x64')?.name).toBe('hello-1.2.0-linux-x64.tar.gz');
    // Nothing decides between them: an error naming both and the setting that chooses, not a guess.
    expect(() => pickPerArch(assets, 'linux', ['tar.gz'], undefined, 'octo')).toThrow(/2 linux x64 tar\.gz assets could be the package: completions-1\.2\.0-linux-x64\.tar\.gz, hello-1\.2\.0-linux-x64\.tar\.gz; name the one to use with this manager's assets: setting/);
    expect(pickPerArch(assets, 'linux', ['tar.gz'], ['completions-*'], 'octo').get('x64')?.name).toBe('completions-1.2.0-linux-x64.tar.gz');
  });
});

describe('package-managers settings in release-kit.yml', () => {
  const BASE = 'product:\n  name: octo\ntargets:\n  - { id: l, runner: u, os: linux, arch: x64, build: b, artifacts: [a] }\n';

  test('a config without the block keeps working; defaults fill in the blocks given', () => {
    expect(parseReleaseKitConfig(BASE, 'rk.yml')['package-managers']).toBeUndefined();
    const config = parseReleaseKitConfig(`${BASE}package-managers:\n  winget:\n    package-identifier: OctoOrg.Octo\n    publisher: Octo Org\n  chocolatey:\n    authors: Octo\nnotes:\n  changelog-commit: pull-request\n`, 'rk.yml');
    expect(config['package-managers']!.winget).toMatchObject({ repository: 'microsoft/winget-pkgs', fork: true, prerelease: false });
    expect(config['package-managers']!.chocolatey!.feed).toBe('https://push.chocolatey.org/');
    expect(config.notes!['changelog-commit']).toBe('pull-request');
  });

  test('bad values are named by file, line, key and what is allowed', () => {
    expect(() => parseReleaseKitConfig(`${BASE}package-managers:\n  homebrew:\n    tap: homebrew-tap\n`, 'rk.yml')).toThrow('rk.yml:7:10: package-managers.homebrew.tap: owner/repo, e.g. octo-org/homebrew-tap');
    expect(() => parseReleaseKitConfig(`${BASE}package-managers:\n  aur:\n    package: octo\n    remote: x\n`, 'rk.yml')).toThrow('package-managers.aur.package: an AUR package name ending in -bin');
    expect(() => parseReleaseKitConfig(`${BASE}package-managers:\n  nix: {}\n`, 'rk.yml')).toThrow('rk.yml:6:8: package-managers.nix: unknown key');
    expect(() => parseReleaseKitConfig(`${BASE}notes:\n  changelog-commit: yes\n`, 'rk.yml')).toThrow(/notes\.changelog-commit: must be one of: off, push, pull-request/);
  });
});
