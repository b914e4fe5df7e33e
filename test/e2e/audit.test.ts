/**
 * The inner-signature audit over real artifacts built here: the audit action's bundle and
 * `release-kit audit` open each installer, archive and package (7z, msiextract, dpkg-deb, unsquashfs)
 * and check every Windows program inside with osslsigncode and every Mach-O by its load commands.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runBuiltAction, tempDir } from '../harness/runner.js';
import { buildRpm } from '../harness/sign-keys.js';
import { makePki, type Pki } from '../fixtures/sign/pki.js';
import { appImage, authenticodeSign, deb, fatMachO, machO, msiInstaller, nsisInstaller, sevenZip, tarGz, tree, windowsProgram, zip } from '../fixtures/audit/artifacts.js';

let pki: Pki;
/** Built artifacts by role. */
const built: Record<string, string> = {};

beforeAll(() => {
  pki = makePki(tempDir('audit-pki-'));
  const dir = tempDir('audit-build-');
  const signedDir = path.join(dir, 'signed');
  const unsignedDir = path.join(dir, 'unsigned');
  mkdirSync(signedDir);
  mkdirSync(unsignedDir);
  const octo = authenticodeSign(pki, windowsProgram(signedDir, 'Octo.exe'));
  const addon = authenticodeSign(pki, windowsProgram(signedDir, 'addon.dll'));
  const helper = windowsProgram(unsignedDir, 'Helper.exe');
  built.nsisSigned = authenticodeSign(pki, nsisInstaller(signedDir, 'Octo-Setup.exe', ['Octo.exe']));
  built.nsisUnsigned = authenticodeSign(pki, nsisInstaller(unsignedDir, 'Octo-Setup-unsigned.exe', ['Helper.exe']));
  // electron-builder's layout: the NSIS installer carries the app as a 7z inside.
  const appDir = tree({ 'Octo.exe': octo, 'resources/addon.node': addon, 'resources/app.asar': 'not a binary' });
  const app7z = sevenZip(dir, 'app-64.7z', appDir);
  copyFileSync(app7z, path.join(signedDir, 'app-64.7z'));
  built.nsisNested = authenticodeSign(pki, nsisInstaller(signedDir, 'Octo-Electron-Setup.exe', ['app-64.7z']));
  built.msi = authenticodeSign(pki, msiInstaller(signedDir, 'Octo.msi', octo));
  built.msiUnsignedInside = authenticodeSign(pki, msiInstaller(unsignedDir, 'Octo-helper.msi', helper));
  built.nupkg = zip(dir, 'Octo.1.2.3.nupkg', tree({ 'lib/net8.0/Octo.dll': addon, 'Octo.nuspec': '<package/>' }));
  built.deb = deb(dir, 'octo_1.2.3_amd64.deb', tree({ 'usr/lib/octo/windows/Helper.exe': helper, 'usr/bin/octo': '#!/bin/sh\n' }));
  built.macSigned = tarGz(dir, 'octo-macos-arm64.tar.gz', tree({ 'octo': machO(pki, 'arm64', 'developer-id') }));
  built.macUnsigned = tarGz(dir, 'octo-macos-x64.tar.gz', tree({ 'octo': machO(pki, 'x86_64', 'none') }));
  const universal = fatMachO([
    { cpu: 'x86_64', bytes: machO(pki, 'x86_64', 'developer-id') },
    { cpu: 'arm64', bytes: machO(pki, 'arm64', 'adhoc') },
  ]);
  built.appImage = appImage(dir, 'Octo-x86_64.AppImage', tree({ 'AppRun': '#!/bin/sh\n', 'usr/share/octo/tool.exe': octo, 'usr/share/octo/mac.zip': readFileSync(zip(dir, 'mac.zip', tree({ 'Octo.app/Contents/MacOS/Octo': universal }))) }));
});

/** A workspace with copies of the named artifacts under dist/. */
function workspace(...roles: string[]): string {
  const root = tempDir('ws-audit-');
  mkdirSync(path.join(root, 'dist'));
  for (const role of roles) copyFileSync(built[role]!, path.join(root, 'dist', path.basename(built[role]!)));
  return root;
}

interface Unsigned {
  path: string;
  platform?: string;
  type: string;
  status: string;
  detail?: string;
  ignored: boolean;
}

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'audit', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('audit action over real installers and packages', () => {
  test('signed apps inside NSIS (also nested in a 7z), MSI and nupkg pass; every inner file is listed with its signer', async () => {
    const root = workspace('nsisSigned', 'nsisNested', 'msi', 'nupkg');
    const runnerTemp = tempDir('audit-temp-');
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*', 'require-signed': 'windows', 'ca-file': pki.caPem }, env: { RUNNER_TEMP: runnerTemp } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(JSON.parse(run.outputs.unsigned!)).toEqual([]);
    // 4 outer files + Octo.exe in the NSIS + Octo.exe and addon.node in the nested 7z + the MSI's exe + the nupkg's dll.
    expect(run.outputs.checked).toBe('8');
    expect(run.summary).toContain('Inner-signature audit: 8 binaries');
    expect(run.summary).toMatch(/Octo-Electron-Setup\.exe › .*app-64\.7z › resources\/addon\.node \| pe \| ✅ signed \| .*Octo App Signing/);
    expect(run.summary).toMatch(/Octo\.msi › Program Files\/Octo\/Octo\.exe \| pe \| ✅ signed/);
    expect(run.summary).toContain('Octo.1.2.3.nupkg › lib/net8.0/Octo.dll');
    expect(run.stdout).toMatch(/Opened Octo-Setup\.exe \(7z \(NSIS\)\)/);
    expect(run.stdout).toMatch(/Opened Octo\.msi \(msiextract\)/);
    // Everything unpacked is gone again.
    expect(readdirSync(runnerTemp)).toEqual([]);
  });

  test('an installer signed outside but holding an unsigned exe fails the leg that must be signed, naming the file', async () => {
    const root = workspace('nsisUnsigned', 'msiUnsignedInside', 'nsisSigned');
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*', 'require-signed': 'windows', 'ca-file': pki.caPem } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Inner-signature audit failed: 2 file\(s\) that must be signed are not: /);
    expect(run.errors[0]).toMatch(/Octo-Setup-unsigned\.exe › [^;]*Helper\.exe \(unsigned\)/);
    expect(run.errors[0]).toContain('Octo-helper.msi › Program Files/Octo/Helper.exe (unsigned)');
    expect(run.outputs.passed).toBe('false');
    const unsigned = JSON.parse(run.outputs.unsigned!) as Unsigned[];
    expect(unsigned.map((u) => [u.path.replace(/ › .*Helper/, ' › Helper'), u.platform, u.status])).toEqual([
      ['Octo-Setup-unsigned.exe › Helper.exe', 'windows', 'unsigned'],
      ['Octo-helper.msi › Helper.exe', 'windows', 'unsigned'],
    ]);
    // The unsigned rows come first in the summary; the signed outer installers are still listed.
    expect(run.summary).toMatch(/^### ❌ Inner-signature audit/);
    expect(run.summary.indexOf('❌ unsigned')).toBeLessThan(run.summary.indexOf('✅ signed'));
  });

  test('without require-signed the audit reports and warns, and does not fail', async () => {
    const root = workspace('nsisUnsigned');
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*.exe', 'ca-file': pki.caPem } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      '1 file(s) inside the artifacts are not signed (listed in the summary); set require-signed to fail on them.',
    ]);
    expect(run.summary).toMatch(/^### ⚠️ Inner-signature audit: 2 binaries in 1 opened containers, 1 not signed \(report only/);
  });

  test('a signature from a CA the runner does not trust does not count: the chain error is shown', async () => {
    const root = workspace('nsisSigned');
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*', 'require-signed': 'windows' } });
    expect(run.exitCode).toBe(1);
    const unsigned = JSON.parse(run.outputs.unsigned!) as Unsigned[];
    expect(unsigned.map((u) => u.status)).toEqual(['invalid', 'invalid']);
    expect(unsigned[0]!.detail).toMatch(/unable to get local issuer certificate|self-signed certificate/);
  });

  test('a program changed after signing is an invalid signature', async () => {
    const root = workspace();
    const program = path.join(root, 'dist', 'Octo.exe');
    const bytes = readFileSync(built.nsisSigned!.replace('Octo-Setup.exe', 'Octo.exe'));
    bytes[0x200] = bytes[0x200]! ^ 0xff;
    writeFileSync(program, bytes);
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*', 'require-signed': 'windows', 'ca-file': pki.caPem } });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('Octo.exe (invalid: the file was changed after it was signed (digest mismatch))');
  });

  test('ignore keeps a known unsigned file listed without failing; a file it does not match still fails', async () => {
    const root = workspace('nsisUnsigned', 'deb');
    const inputs = { files: 'dist/*', 'require-signed': 'windows', 'ca-file': pki.caPem, ignore: '**/windows/*.exe\nHelper.exe' };
    const run = await runBuiltAction('audit', { workspace: root, inputs });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('octo_1.2.3_amd64.deb › usr/lib/octo/windows/Helper.exe | pe | ❌ unsigned (ignored)');
    expect(run.stdout).toContain('Opened octo_1.2.3_amd64.deb (dpkg-deb)');
    const narrower = await runBuiltAction('audit', { workspace: root, inputs: { ...inputs, ignore: '**/windows/*.exe' } });
    expect(narrower.exitCode).toBe(1);
    expect(narrower.errors[0]).toMatch(/1 file\(s\) that must be signed are not: Octo-Setup-unsigned\.exe › [^;]*Helper\.exe \(unsigned\)\./);
  });

  test('bad input is one error naming the input', async () => {
    const root = workspace('deb');
    const run = await runBuiltAction('audit', { workspace: root, inputs: { files: 'dist/*', 'require-signed': 'windows, linux' } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['Input "require-signed" has the value "windows, linux", but "linux" is not allowed; each item must be one of: windows, macos.']);
    const none = await runBuiltAction('audit', { workspace: root, inputs: { files: 'out/*' } });
    expect(none.errors[0]).toMatch(/^Input "files" matched no file \("out\/\*" in /);
  });
});

describe('release-kit audit over macOS binaries, AppImage, deb and rpm', () => {
  test('a .tar.gz of an unsigned Mach-O (a CLI\'s macOS leg) fails --require-signed macos; a Developer ID-signed one passes', () => {
    const root = workspace('macSigned', 'macUnsigned');
    const failed = cli(root, '--require-signed', 'macos', 'dist/octo-macos-x64.tar.gz');
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^UNSIGNED  octo-macos-x64\.tar\.gz › octo-macos-x64\.tar › \.?\/?octo \(mach-o\): x86_64: no LC_CODE_SIGNATURE load command$/m);
    expect(failed.stderr).toContain('release-kit: Inner-signature audit failed: 1 file(s) that must be signed are not');
    const passed = cli(root, '--require-signed', 'macos', 'dist/octo-macos-arm64.tar.gz');
    expect(passed.stderr + passed.stdout).toContain('1 binaries checked, 0 not signed');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toMatch(/^SIGNED +octo-macos-arm64\.tar\.gz › .*octo \(mach-o\)$/m);
  });

  test('an AppImage is opened at its squashfs offset, down to a universal binary in a zip whose arm64 slice is only ad hoc signed', () => {
    const root = workspace('appImage');
    const run = cli(root, '--require-signed', 'windows,macos', '--ca-file', pki.caPem, 'dist/Octo-x86_64.AppImage');
    expect(run.stderr).toContain('Opened Octo-x86_64.AppImage (unsquashfs)');
    expect(run.stderr).toContain('Opened Octo-x86_64.AppImage › usr/share/octo/mac.zip (7z)');
    expect(run.stdout).toContain('SIGNED    Octo-x86_64.AppImage › usr/share/octo/tool.exe (pe, ');
    expect(run.stdout).toContain('ADHOC     Octo-x86_64.AppImage › usr/share/octo/mac.zip › Octo.app/Contents/MacOS/Octo (mach-o): arm64: ad hoc signature only (no Developer ID certificate)');
    expect(run.status).toBe(1);
  });

  test('an rpm with no Windows or macOS binary cannot prove a Windows signature', async () => {
    const root = workspace();
    const rpm = await buildRpm(path.join(root, 'dist'));
    const run = cli(root, '--require-signed', 'windows', path.relative(root, rpm));
    expect(run.stderr).toContain(`Opened ${path.basename(rpm)} (7z)`);
    expect(run.stderr).toContain('require-signed names windows, but no Windows program or package was found inside the artifacts.');
    expect(run.status).toBe(1);
    const report = cli(root, path.relative(root, rpm));
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('0 binaries checked, 0 not signed');
  });

  test('the hand-built Mach-O files are Mach-O to file(1) as well', () => {
    const dir = tempDir('macho-');
    writeFileSync(path.join(dir, 'thin'), machO(pki, 'x86_64', 'developer-id'));
    writeFileSync(path.join(dir, 'fat'), fatMachO([{ cpu: 'x86_64', bytes: machO(pki, 'x86_64', 'none') }, { cpu: 'arm64', bytes: machO(pki, 'arm64', 'none') }]));
    const file = spawnSync('file', ['-b', path.join(dir, 'thin'), path.join(dir, 'fat')], { encoding: 'utf8' }).stdout;
    expect(file).toMatch(/^Mach-O 64-bit x86_64 executable/m);
    expect(file).toMatch(/^Mach-O universal binary with 2 architectures/m);
  });
});
