import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { collapseBundles, groupByPlatform, platformOf, runnerOs } from '../../src/sign/select.js';
import { tempDir } from '../harness/runner.js';

describe('choosing the signer', () => {
  test('by file type: Windows formats, Apple formats, everything else Linux', async () => {
    expect(await platformOf('/w/App Setup.EXE', 'Linux')).toBe('windows');
    for (const name of ['a.dll', 'a.node', 'a.sys', 'a.msi', 'a.msix', 'a.appx', 'a.cat', 'a.cab']) expect(await platformOf(name, 'macOS')).toBe('windows');
    for (const name of ['a.dmg', 'a.pkg', 'a.dylib']) expect(await platformOf(name, 'Linux')).toBe('macos');
    for (const name of ['a.deb', 'a.rpm', 'a.AppImage', 'a.tar.gz', 'SHA256SUMS']) expect(await platformOf(name, 'Windows')).toBe('linux');
  });

  test('a Mach-O binary without extension is macOS on a macOS runner, a Linux file elsewhere', async () => {
    const dir = tempDir('select-');
    const macho = path.join(dir, 'octo');
    writeFileSync(macho, Buffer.from('cffaedfe07000001', 'hex'));
    const elf = path.join(dir, 'octo-linux');
    writeFileSync(elf, Buffer.from('7f454c46', 'hex'));
    expect(await platformOf(macho, 'macOS')).toBe('macos');
    expect(await platformOf(elf, 'macOS')).toBe('linux');
    expect(await platformOf(macho, 'Linux')).toBe('linux');
  });

  test('groups keep the order given; platform: windows refuses a file Authenticode cannot sign', async () => {
    const groups = await groupByPlatform(['b.exe', 'x.deb', 'a.msi', 'y.dmg'], 'auto', 'Linux');
    expect([...groups]).toEqual([
      ['windows', ['b.exe', 'a.msi']],
      ['linux', ['x.deb']],
      ['macos', ['y.dmg']],
    ]);
    await expect(groupByPlatform(['b.exe', 'notes.txt'], 'windows', 'Linux')).rejects.toThrow(/platform: windows cannot sign notes\.txt/);
    expect([...(await groupByPlatform(['a.tar.gz', 'b.exe'], 'linux', 'Linux'))]).toEqual([['linux', ['a.tar.gz', 'b.exe']]]);
  });

  test('the runner OS from RUNNER_OS, else from the platform', () => {
    expect(runnerOs({ RUNNER_OS: 'Windows' }, 'linux')).toBe('Windows');
    expect(runnerOs({}, 'darwin')).toBe('macOS');
    expect(runnerOs({}, 'win32')).toBe('Windows');
    expect(runnerOs({ RUNNER_OS: 'Plan9' }, 'linux')).toBe('Linux');
  });
});

test('files inside an app bundle stand for the bundle, which is signed whole', () => {
  const root = '/ws';
  expect(
    collapseBundles(
      ['/ws/dist/Octo.app/Contents/Info.plist', '/ws/dist/Octo.app/Contents/Frameworks/E.framework/E', '/ws/dist/Octo.app/Contents/MacOS/Octo', '/ws/dist/octo.dmg', '/ws/dist/x.app'],
      root,
    ),
  ).toEqual(['/ws/dist/Octo.app', '/ws/dist/octo.dmg', '/ws/dist/x.app']);
});
