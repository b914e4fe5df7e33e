import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ToolOptions, ToolResult } from '../../src/kit/exec.js';
import { install, installerTypeOf, loggingRunner, msiLogFile, nsisCommand, shellQuote, uninstall, waitingForDpkgLock, winePath, type InstallOptions, type StepRunner } from '../../src/smoke/installers.js';

interface Call {
  command: string;
  args: string[];
  options: ToolOptions;
}

/** Records every command; answers the queries installers make (package names, dpkg -L). */
function recorder(answers: Record<string, Partial<ToolResult>> = {}): { run: StepRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run: StepRunner = async (command, args, options = {}) => {
    calls.push({ command, args: [...args], options });
    const key = Object.keys(answers).find((k) => [command, ...args].join(' ').startsWith(k));
    return { exitCode: 0, stdout: '', stderr: '', ...(key ? answers[key] : {}) };
  };
  return { run, calls };
}

const dir = (): string => mkdtempSync(path.join(tmpdir(), 'smoke-installers-'));
const base = (over: Partial<InstallOptions>): InstallOptions => ({ type: 'deb', file: '/art/app.deb', platform: 'linux', isRoot: true, wine: true, logFile: path.join(dir(), 'install.log'), timeoutMs: 1000, ...over });
const line = (c: Call): string => [c.command, ...c.args].join(' ');

describe('installer type from the file name', () => {
  test.each([
    ['Hello Setup 1.2.0.msi', 'msi'],
    ['hello-setup-1.2.0.exe', 'nsis'],
    ['Hello-1.2.0-arm64.dmg', 'dmg'],
    ['hello.pkg', 'pkg'],
    ['hello_1.2.0_amd64.deb', 'deb'],
    ['hello-1.2.0-1.x86_64.rpm', 'rpm'],
    ['Hello-1.2.0-x86_64.AppImage', 'appimage'],
    ['hello-v1.2.0-x86_64-unknown-linux-gnu.tar.gz', 'tarball'],
    ['hello.tgz', 'tarball'],
    ['hello.tar.xz', 'tarball'],
    ['hello.tar.zst', 'tarball'],
    ['hello.zip', undefined],
    ['hello.snap', undefined],
  ])('%s → %s', (file, type) => expect(installerTypeOf(file)).toBe(type));
});

describe('install and uninstall commands, as each platform runs them', () => {
  test('.deb: dpkg -i as root, sudo -n dpkg -i otherwise; dpkg -r and dpkg-query prove removal', async () => {
    const { run, calls } = recorder({ 'dpkg-deb --field': { stdout: 'hello\n' }, 'dpkg-query -L': { stdout: '/.\n/usr\n/usr/bin/hello\n' }, 'dpkg-query -W': { exitCode: 1 } });
    const options = base({});
    const installed = await install(options, run);
    expect(installed.detail).toBe('package hello installed (3 paths)');
    await uninstall(options, installed, run);
    expect(calls.map(line)).toEqual(['dpkg-deb --field /art/app.deb Package', 'dpkg -i /art/app.deb', 'dpkg-query -L hello', 'dpkg -r hello', 'dpkg-query -W -f=${Status} hello']);
    const user = recorder({ 'dpkg-deb --field': { stdout: 'hello\n' } });
    await install(base({ isRoot: false }), user.run);
    expect(line(user.calls[1]!)).toBe('sudo -n dpkg -i /art/app.deb');
  });

  test('.deb: dpkg -i waits for a dpkg lock held by another process, and fails on anything else', async () => {
    let calls = 0;
    const locked = async () => {
      calls++;
      if (calls < 3) throw new Error('dpkg -i x.deb failed (exit 2):\ndpkg: error: dpkg frontend lock was locked by another process with pid 15205');
      return 'installed';
    };
    await expect(waitingForDpkgLock(locked, async () => undefined)).resolves.toBe('installed');
    expect(calls).toBe(3);
    let other = 0;
    await expect(waitingForDpkgLock(async () => { other++; throw new Error('dependency problems'); }, async () => undefined)).rejects.toThrow('dependency problems');
    expect(other).toBe(1);
  });

  test('.deb: a package dpkg still reports after dpkg -r fails the uninstall', async () => {
    const { run } = recorder({ 'dpkg-deb --field': { stdout: 'hello' }, 'dpkg-query -W': { stdout: 'install ok installed' } });
    const options = base({});
    await expect(uninstall(options, await install(options, run), run)).rejects.toThrow('dpkg -r hello exited 0 but dpkg still reports it: install ok installed');
  });

  test('.rpm: rpm -i (sudo -n when not root), rpm -e, and rpm -q must no longer find it', async () => {
    const { run, calls } = recorder({ 'rpm -qp': { stdout: 'hello' }, 'rpm -q hello': { exitCode: 1, stdout: 'package hello is not installed' } });
    const options = base({ type: 'rpm', file: '/art/hello.rpm', isRoot: false });
    await uninstall(options, await install(options, run), run);
    expect(calls.map(line)).toEqual(['rpm -qp --queryformat %{NAME} /art/hello.rpm', 'sudo -n rpm -i --replacepkgs /art/hello.rpm', 'sudo -n rpm -e hello', 'rpm -q hello']);
  });

  test('.msi: msiexec /i … /qn /l*v log on Windows, through wine elsewhere; /x to uninstall', async () => {
    const windows = recorder();
    const logFile = 'C:\\t\\install.log';
    const options = base({ type: 'msi', file: 'C:\\art\\Hello.msi', platform: 'win32', logFile: path.join(dir(), 'install.log') });
    const installed = await install({ ...options, installDir: 'C:\\Program Files\\Hello' }, windows.run);
    expect(windows.calls[0]).toMatchObject({ command: 'msiexec', args: ['/i', 'C:\\art\\Hello.msi', '/qn', '/norestart', '/l*v', msiLogFile(options.logFile, 'install'), 'INSTALLDIR=C:\\Program Files\\Hello'] });
    expect(installed.logFiles).toEqual([options.logFile, msiLogFile(options.logFile, 'install')]);
    await uninstall(options, installed, windows.run);
    expect(windows.calls[1]).toMatchObject({ command: 'msiexec', args: ['/x', 'C:\\art\\Hello.msi', '/qn', '/norestart', '/l*v', msiLogFile(options.logFile, 'uninstall')] });
    expect(msiLogFile(logFile, 'install')).toBe('C:\\t\\install.msiexec-install.log');
    const wine = recorder();
    const linux = base({ type: 'msi', file: '/art/Hello.msi', logFile: '/tmp/x/install.log' });
    await install(linux, wine.run);
    expect(line(wine.calls[0]!)).toBe('wine msiexec /i Z:\\art\\Hello.msi /qn /norestart /l*v Z:\\tmp\\x\\install.msiexec-install.log');
    await expect(install({ ...linux, wine: false }, wine.run)).rejects.toThrow('A msi installer runs on Windows, or through wine elsewhere: wine is not on PATH.');
  });

  test('NSIS: /S and an unquoted /D= last, passed verbatim (Start-Process on Windows, cmd /c under wine)', () => {
    expect(nsisCommand({ platform: 'win32', wine: false, type: 'nsis' }, "C:\\art\\Hello's Setup.exe", '/S /D=C:\\Program Files\\Hello')).toEqual([
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', "$p = Start-Process -FilePath 'C:\\art\\Hello''s Setup.exe' -ArgumentList '/S /D=C:\\Program Files\\Hello' -Wait -PassThru; exit $p.ExitCode"],
    ]);
    expect(nsisCommand({ platform: 'linux', wine: true, type: 'nsis' }, '/art/setup.exe', '/S /D=Z:\\opt\\My App')).toEqual(['wine', ['cmd', '/c', 'Z:\\art\\setup.exe /S /D=Z:\\opt\\My App']]);
    expect(() => nsisCommand({ platform: 'linux', wine: false, type: 'nsis' }, '/art/setup.exe', '/S')).toThrow(/wine is not on PATH/);
    expect(winePath('/tmp/a b/c')).toBe('Z:\\tmp\\a b\\c');
  });

  test('Squirrel.Windows: Setup.exe --silent, through wine on Linux; no uninstall', async () => {
    const windows = recorder();
    const options = base({ type: 'squirrel', file: 'C:\\art\\HelloSetup.exe', platform: 'win32' });
    const installed = await install(options, windows.run);
    expect(windows.calls.map(line)).toEqual(['C:\\art\\HelloSetup.exe --silent']);
    await expect(uninstall(options, installed, windows.run)).rejects.toThrow(/Update\.exe --uninstall/);
    const wine = recorder();
    await install(base({ type: 'squirrel', file: '/art/HelloSetup.exe' }), wine.run);
    expect(wine.calls.map(line)).toEqual(['wine /art/HelloSetup.exe --silent']);
  });

  test('.dmg: attach read-only, copy each .app, always detach; uninstall removes the copies', async () => {
    const options = base({ type: 'dmg', file: '/art/Hello.dmg', platform: 'darwin', installDir: path.join(dir(), 'Applications') });
    const mount = path.join(path.dirname(options.logFile), 'dmg-mount');
    mkdirSync(path.join(mount, 'Hello.app'), { recursive: true });
    const { run, calls } = recorder();
    const installed = await install(options, run);
    expect(calls.map(line)).toEqual([
      `hdiutil attach -nobrowse -readonly -noautoopen -mountpoint ${mount} /art/Hello.dmg`,
      `cp -R ${path.join(mount, 'Hello.app')} ${options.installDir}`,
      `hdiutil detach ${mount} -force`,
    ]);
    expect(installed.state.installed).toEqual([path.join(options.installDir!, 'Hello.app')]);
    await uninstall(options, installed, run);
    expect(line(calls[3]!)).toBe(`rm -rf ${path.join(options.installDir!, 'Hello.app')}`);
  });

  test('.dmg without an .app: detached anyway, and the error says why', async () => {
    const options = base({ type: 'dmg', file: '/art/Empty.dmg', platform: 'darwin' });
    const { run, calls } = recorder();
    await expect(install(options, run)).rejects.toThrow('Empty.dmg holds no .app bundle at its top level.');
    expect(calls.map((c) => c.args[0])).toEqual(['attach', 'detach']);
  });

  test('.pkg: installer -pkg -target / (sudo -n when not root); it has no uninstall', async () => {
    const { run, calls } = recorder();
    const options = base({ type: 'pkg', file: '/art/Hello.pkg', platform: 'darwin', isRoot: false });
    const installed = await install(options, run);
    expect(line(calls[0]!)).toBe('sudo -n installer -pkg /art/Hello.pkg -target / -verboseR -dumplog');
    await expect(uninstall(options, installed, run)).rejects.toThrow('A .pkg has no uninstaller.');
  });

  test('.AppImage: made executable and extracted (no FUSE needed) into install-dir', async () => {
    const folder = dir();
    const file = path.join(folder, 'Hello.AppImage');
    writeFileSync(file, '');
    const { run, calls } = recorder();
    const installed = await install(base({ type: 'appimage', file, installDir: path.join(folder, 'out') }), run);
    expect(calls[0]).toMatchObject({ command: file, args: ['--appimage-extract'], options: { cwd: path.join(folder, 'out') } });
    expect(installed.installDir).toBe(path.join(folder, 'out', 'squashfs-root'));
  });
});

describe('the install log', () => {
  test('every command, pasteable, with its output and exit code; a failure names the log', async () => {
    const logFile = path.join(dir(), 'logs', 'install.log');
    const fake: StepRunner = async (command) => (command === 'bad' ? { exitCode: 4, stdout: '', stderr: 'E: broken\n' } : { exitCode: 0, stdout: 'fine\n', stderr: '' });
    const run = loggingRunner(logFile, fake);
    await run('dpkg', ['-i', '/a b/it\'s.deb']);
    await expect(run('bad', [])).rejects.toThrow(`bad  failed (exit 4):\nE: broken\nFull log: ${logFile}`);
    expect(readFileSync(logFile, 'utf8')).toBe("$ dpkg -i '/a b/it'\\''s.deb'\nfine\n[exit 0]\n\n$ bad\nE: broken\n[exit 4]\n\n");
    expect(existsSync(logFile)).toBe(true);
    expect(shellQuote('plain-1.2.3_amd64.deb')).toBe('plain-1.2.3_amd64.deb');
    expect(shellQuote('')).toBe("''");
  });
});
