/**
 * `release-kit sign` as a build tool's sign hook, with real tools only: the inner exe of an NSIS
 * installer is signed through the command the way Tauri's `bundle.windows.signCommand` calls it, the
 * installer and its uninstaller through makensis's own `!finalize` / `!uninstfinalize` hooks (what
 * Tauri's NSIS script does), electron-builder's hook through hooks/electron-builder-sign.cjs; then the
 * installer is audited and verified with osslsigncode against the test CA.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PLAIN_SETTINGS, SECRET_SETTINGS } from '../../src/cli/sign.js';
import { ROOT, tempDir } from '../harness/runner.js';
import { makePki, osslVerify, startTimestampServer, type Pki, type TimestampServer } from '../fixtures/sign/pki.js';
import { windowsProgram } from '../fixtures/audit/artifacts.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');
let pki: Pki;
let tsa: TimestampServer;

beforeAll(async () => {
  pki = makePki(tempDir('hook-pki-'));
  tsa = await startTimestampServer(pki);
});

afterAll(async () => {
  await tsa.close();
});

/** What a CI job puts in the build step's environment: the secrets and the non-secret settings. */
function signingEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    RELEASE_KIT_CERTIFICATE: pki.pfxBase64,
    RELEASE_KIT_CERTIFICATE_PASSWORD: pki.password,
    RELEASE_KIT_CA_FILE: pki.caPem,
    RELEASE_KIT_TIMESTAMP_URLS: tsa.url,
    ...extra,
  };
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous: the timestamp server runs in this process and must answer while the command waits. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs a sign command template the way Tauri does: split on spaces, `%1` replaced by the file's absolute path. */
function tauriSignCommand(template: string, file: string, cwd: string, env: Record<string, string>): Promise<Ran> {
  const [cmd, ...args] = template.split(' ').map((part) => part.replace('%1', file));
  return run(cmd!, args, cwd, env);
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectNoSecret(output: string): void {
  expect(output).not.toContain(pki.password);
  expect(output).not.toContain(pki.pfxBase64.slice(0, 64));
}

describe('release-kit sign as a build tool hook', () => {
  test('Tauri-style: the app exe through signCommand, the installer and uninstaller through makensis !finalize / !uninstfinalize; the audit and osslsigncode agree', async () => {
    const project = tempDir('tauri-like-');
    const exe = windowsProgram(project, 'octo.exe');
    const signCommand = `${process.execPath} ${CLI} sign --platform windows %1`;
    const env = signingEnv();
    const inner = await tauriSignCommand(signCommand, exe, project, env);
    expect(inner.status).toBe(0);
    expect(inner.stdout).toMatch(/^signed \(pfx\): octo\.exe — CN=Octo App Signing, O=Octo Org, thumbprint [0-9A-F]{40}, timestamp http:\/\/127\.0\.0\.1:\d+\/tsa, verified$/m);
    expectNoSecret(inner.stdout + inner.stderr);
    // makensis runs the same command on the uninstaller it writes and on the finished installer.
    const finalize = `"${process.execPath}" "${CLI}" sign --platform windows "%1"`;
    writeFileSync(
      path.join(project, 'installer.nsi'),
      [
        'Unicode true',
        'Name "Octo"',
        'OutFile "Octo_1.2.3_x64-setup.exe"',
        'InstallDir "$LOCALAPPDATA\\Octo"',
        'RequestExecutionLevel user',
        `!finalize '${finalize}'`,
        `!uninstfinalize '${finalize}'`,
        'Section',
        'SetOutPath "$INSTDIR"',
        'File "octo.exe"',
        'WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "Uninstall"',
        'Delete "$INSTDIR\\octo.exe"',
        'SectionEnd',
        '',
      ].join('\n'),
    );
    const built = await run('makensis', ['-V2', 'installer.nsi'], project, env);
    expect(built.status).toBe(0);
    // Two signatures through the command: the uninstaller, then the installer.
    expect(built.stdout.match(/^signed \(pfx\): /gm)).toHaveLength(2);
    expectNoSecret(built.stdout + built.stderr);
    const installer = path.join(project, 'Octo_1.2.3_x64-setup.exe');
    const verified = osslVerify(pki, installer);
    expect(verified.output).toContain('Timestamp Server Signature verification: ok');
    expect(verified.ok).toBe(true);
    const audit = await run(process.execPath, [CLI, 'audit', '--require-signed', 'windows', '--ca-file', pki.caPem, installer], project, {});
    expect(audit.stdout).toMatch(/^SIGNED +Octo_1\.2\.3_x64-setup\.exe › .*octo\.exe \(pe, .*Octo App Signing/m);
    expect(audit.stdout).toContain('0 not signed');
    expect(audit.status).toBe(0);
  });

  test('the same installer built without the signCommand fails the audit on its inner exe', async () => {
    const project = tempDir('tauri-unsigned-');
    windowsProgram(project, 'octo.exe');
    const finalize = `"${process.execPath}" "${CLI}" sign --platform windows "%1"`;
    writeFileSync(path.join(project, 'installer.nsi'), ['Unicode true', 'Name "Octo"', 'OutFile "setup.exe"', 'RequestExecutionLevel user', `!finalize '${finalize}'`, 'Section', 'SetOutPath "$INSTDIR"', 'File "octo.exe"', 'SectionEnd', ''].join('\n'));
    expect((await run('makensis', ['-V2', 'installer.nsi'], project, signingEnv())).status).toBe(0);
    const installer = path.join(project, 'setup.exe');
    expect(osslVerify(pki, installer).ok).toBe(true);
    const audit = await run(process.execPath, [CLI, 'audit', '--require-signed', 'windows', '--ca-file', pki.caPem, installer], project, {});
    expect(audit.status).toBe(1);
    expect(audit.stdout).toMatch(/^UNSIGNED +setup\.exe › .*octo\.exe \(pe\)$/m);
  });

  /** Calls the hook in a Node process of its own, as electron-builder does, with the configuration it passes. */
  function callHook(calls: object[], env: Record<string, string>): Promise<Ran> {
    const script = `const sign = require(${JSON.stringify(path.join(ROOT, 'hooks/electron-builder-sign.cjs'))});
(async () => { for (const configuration of ${JSON.stringify(calls)}) { await sign(configuration); console.log('hook returned'); } })().catch((error) => { console.error('hook rejected: ' + error.message); process.exit(1); });`;
    return run(process.execPath, ['-e', script], ROOT, env);
  }

  test('electron-builder: the shipped hook signs the file it is given once (the nested-hash call changes nothing)', async () => {
    const project = tempDir('electron-like-');
    const dll = windowsProgram(path.join(project, 'dist', 'win-unpacked'), 'ffmpeg.dll');
    const base = { path: dll, name: 'Octo', site: null, options: {}, cscInfo: null };
    const first = await callHook([{ ...base, hash: 'sha256', isNest: false }], signingEnv());
    expect(first.stderr).not.toContain('hook rejected');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^signed \(pfx\): .*ffmpeg\.dll — CN=Octo App Signing/m);
    const once = sha256(dll);
    const nested = await callHook([{ ...base, hash: 'sha1', isNest: true }], signingEnv());
    expect(nested.stdout).toBe('hook returned\n');
    expect(sha256(dll)).toBe(once);
    const verified = osslVerify(pki, dll);
    expect(verified.output).toMatch(/Number of verified signatures: 1/);
    expect(verified.ok).toBe(true);
    expectNoSecret(first.stdout + first.stderr);
  });

  test('a failed signature rejects the hook, so electron-builder stops the build', async () => {
    const project = tempDir('electron-fail-');
    const exe = windowsProgram(project, 'Octo.exe');
    const before = sha256(exe);
    const failed = await callHook([{ path: exe, hash: 'sha256', isNest: false }], signingEnv({ RELEASE_KIT_CERTIFICATE_PASSWORD: 'wrong-password-1' }));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('release-kit: Variable RELEASE_KIT_CERTIFICATE_PASSWORD does not open the certificate');
    expect(failed.stderr).toMatch(/hook rejected: release-kit sign .*Octo\.exe failed \(exit 1\); its output is above\./);
    expect(failed.stderr).not.toContain('wrong-password-1');
    expect(sha256(exe)).toBe(before);
  });
});

describe('release-kit sign: settings and secrets', () => {
  test('a secret on the command line is refused (exit 2) and never echoed; it is read from the environment', async () => {
    const project = tempDir('sign-argv-');
    const exe = windowsProgram(project, 'app.exe');
    const before = sha256(exe);
    const refused = await run(process.execPath, [CLI, 'sign', '--certificate-password', pki.password, 'app.exe'], project, {});
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('release-kit: --certificate-password would put a secret on the command line, where process lists and build logs show it; set RELEASE_KIT_CERTIFICATE_PASSWORD in the environment instead.');
    expectNoSecret(refused.stdout + refused.stderr);
    const wrong = await run(process.execPath, [CLI, 'sign', '--platform', 'windows', 'app.exe'], project, signingEnv({ RELEASE_KIT_CERTIFICATE_PASSWORD: 'not-the-password-123' }));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('release-kit: Variable RELEASE_KIT_CERTIFICATE_PASSWORD does not open the certificate');
    expect(wrong.stderr).not.toContain('not-the-password-123');
    expect(sha256(exe)).toBe(before);
    const bad = await run(process.execPath, [CLI, 'sign', '--windows-method', 'usb', 'app.exe'], project, signingEnv());
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('release-kit: Option --windows-method has the value "usb", but it must be one of: pfx, azure-trusted-signing, azure-key-vault, pkcs11, command.');
  });

  test('with a target, the settings of its sign: block in release-kit.yml apply; the secrets still come from the environment', async () => {
    const project = tempDir('sign-target-');
    const exe = windowsProgram(project, 'octo.exe');
    writeFileSync(
      path.join(project, 'release-kit.yml'),
      [
        'product:',
        '  name: octo',
        'targets:',
        '  - id: windows-x64',
        '    runner: windows-2025',
        '    os: windows',
        '    arch: x64',
        '    build: make',
        '    artifacts: [octo.exe]',
        '    sign:',
        '      platform: windows',
        '      windows-method: pfx',
        `      ca-file: ${JSON.stringify(pki.caPem)}`,
        `      timestamp-urls: [${JSON.stringify(tsa.url)}]`,
        '  - id: linux-x64',
        '    runner: ubuntu-24.04',
        '    os: linux',
        '    arch: x64',
        '    build: make',
        '    artifacts: [octo]',
        '',
      ].join('\n'),
    );
    const secrets = { RELEASE_KIT_CERTIFICATE: pki.pfxBase64, RELEASE_KIT_CERTIFICATE_PASSWORD: pki.password };
    const signed = await run(process.execPath, [CLI, 'sign', 'octo.exe'], project, { ...secrets, RELEASE_KIT_TARGET: 'windows-x64' });
    expect(signed.status).toBe(0);
    expect(signed.stderr).toMatch(/osslsigncode verified 1 signature/);
    expect(signed.stdout).toMatch(/^signed \(pfx\): octo\.exe — CN=Octo App Signing.*timestamp http/m);
    expect(osslVerify(pki, exe).ok).toBe(true);
    const twice = await run(process.execPath, [CLI, 'sign', '--target', 'windows-x64', '--ca-file', 'other.pem', 'octo.exe'], project, secrets);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('release-kit: Option --ca-file has the value "other.pem"');
    expect(twice.stderr).toContain('release-kit.yml: target windows-x64, sign: block sets it to');
    const none = await run(process.execPath, [CLI, 'sign', '--target', 'linux-x64', 'octo.exe'], project, secrets);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('release-kit: Option --target has the value "linux-x64", but the target has sign: none in release-kit.yml: nothing to sign with');
    const unknown = await run(process.execPath, [CLI, 'sign', '--target', 'mac', 'octo.exe'], project, secrets);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('it must be the id of a target in release-kit.yml (windows-x64, linux-x64)');
    expectNoSecret(signed.stdout + signed.stderr + twice.stderr + none.stderr + unknown.stderr);
  });

  test('every codesign input is a sign option or a secret variable (the two lists cannot drift from action.yml)', () => {
    const manifest = parseYaml(readFileSync(path.join(ROOT, 'actions/codesign/action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    // artifacts-dir is the action's leg folder; a hook is given its files.
    expect([...PLAIN_SETTINGS, ...SECRET_SETTINGS, 'files', 'artifacts-dir'].sort()).toEqual(Object.keys(manifest.inputs).sort());
  });
});
