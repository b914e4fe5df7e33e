/**
 * The codesign action signing real Windows files through its built bundle, with real tools only: a test
 * CA and code-signing .pfx from openssl, a PE from mingw, an NSIS installer, an MSI from wixl, signed by
 * osslsigncode, verified by `osslsigncode verify -CAfile`, timestamped by a local RFC 3161 server
 * (`openssl ts -reply`) that fails on demand.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltAction, tempDir, type ActionRun } from '../harness/runner.js';
import { buildMsi, buildNsis, buildPe, closedPortUrl, makePki, osslVerify, startTimestampServer, type Pki, type TimestampServer } from '../fixtures/sign/pki.js';

let pki: Pki;
let built: { pe: string; nsis: string; msi: string };
const servers: TimestampServer[] = [];

beforeAll(async () => {
  pki = makePki(tempDir('pki-'));
  const dir = tempDir('win-build-');
  const pe = buildPe(dir);
  built = { pe, nsis: buildNsis(dir), msi: buildMsi(dir, pe) };
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function tsa(options: { failFirst?: number; hang?: boolean } = {}): Promise<TimestampServer> {
  const server = await startTimestampServer(pki, options);
  servers.push(server);
  return server;
}

/** A workspace with copies of the built files under dist/. */
function workspace(names: Record<string, string> = { 'app.exe': 'pe', 'setup.exe': 'nsis', 'app.msi': 'msi' }): string {
  const root = tempDir('ws-sign-');
  mkdirSync(path.join(root, 'dist'));
  for (const [name, kind] of Object.entries(names)) copyFileSync(built[kind as keyof typeof built], path.join(root, 'dist', name));
  return root;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function pfxInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { certificate: pki.pfxBase64, 'certificate-password': pki.password, 'ca-file': pki.caPem, ...extra };
}

/** Every secret stays out of what anyone can read, and was registered for masking. */
function expectSecretsHidden(run: ActionRun, secrets: string[]): void {
  const visible = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
  // The runner hands inputs over trimmed, as the action reads them.
  for (const secret of secrets.map((value) => value.trim())) {
    expect(visible).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
    expect(run.summary).not.toContain(secret);
    expect(JSON.stringify(run.outputs)).not.toContain(secret);
    expect(JSON.stringify(run.state)).not.toContain(secret);
    expect(run.masked).toContain(secret);
  }
}

function expectCleanFailure(run: ActionRun, message: RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

/** Nothing of the signing is left: no key folder in RUNNER_TEMP, no staging folder next to the files, no state. */
function expectNothingLeft(run: ActionRun, root: string): void {
  expect(readdirSync(path.join(root, 'dist')).filter((name) => name.startsWith('.release-kit-sign-'))).toEqual([]);
  expect(JSON.parse(run.state.leftovers ?? '[]')).toEqual([]);
}

interface Signed {
  file: string;
  method: string;
  subject?: string;
  thumbprint?: string;
  timestampServer?: string;
  verified: boolean;
  skipped?: string;
}

describe('codesign, Windows Authenticode with a .pfx on Linux (osslsigncode)', () => {
  test('a PE, an NSIS installer and an MSI are signed, timestamped after retry and fallback, and verify against the CA', async () => {
    const down = await tsa({ failFirst: Number.POSITIVE_INFINITY });
    const flaky = await tsa({ failFirst: 1 });
    const root = workspace();
    const runnerTemp = tempDir('runner-temp-');
    const run = await runBuiltAction('codesign', {
      workspace: root,
      inputs: pfxInputs({ files: 'dist/*', 'timestamp-urls': `${down.url}\n${flaky.url}`, concurrency: '1' }),
      env: { RUNNER_TEMP: runnerTemp },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const signed = JSON.parse(run.outputs.signed!) as Signed[];
    expect(signed.map((record) => path.basename(record.file)).sort()).toEqual(['app.exe', 'app.msi', 'setup.exe']);
    for (const record of signed) {
      expect(record).toMatchObject({ method: 'pfx', subject: pki.subject, thumbprint: pki.thumbprint, timestampServer: flaky.url, verified: true });
      const check = osslVerify(pki, record.file);
      expect(check.output).toContain('Timestamp Server Signature verification: ok');
      expect(check.output).toMatch(/Number of verified signatures: 1/);
      expect(check.ok).toBe(true);
    }
    // The dead server was tried three times (with back-off) for the first file only, then dropped; the
    // flaky one failed once, was retried and answered every file.
    expect(down.requests).toBe(3);
    expect(flaky.requests).toBe(4);
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.filter((w) => w.includes(down.url))).toEqual([`Timestamp server ${down.url} failed 3 times (last answer: HTTP 500 Internal Server Error); using the next server from now on.`]);
    expect(run.stdout).toContain(`Timestamp server ${down.url} failed (attempt 2): HTTP 500 Internal Server Error; retrying.`);
    expect(run.stdout).toContain(`Timestamp server ${flaky.url} failed (attempt 1): HTTP 500 Internal Server Error; retrying.`);
    expect(run.summary).toContain('| File | Signer | Subject | Thumbprint | Timestamp | Verified |');
    expect(run.summary).toContain('dist/app.msi');
    expect(run.summary).toContain(pki.thumbprint);
    expect(run.outputs['signature-files']).toBe('');
    expectSecretsHidden(run, [pki.password, pki.pfxBase64]);
    expectNothingLeft(run, root);
    expect(readdirSync(runnerTemp)).toEqual([]);

    // One flipped byte in the signed program and verification fails.
    const pe = path.join(root, 'dist', 'app.exe');
    const bytes = readFileSync(pe);
    bytes[0x200] = bytes[0x200]! ^ 0xff;
    writeFileSync(pe, bytes);
    const tampered = osslVerify(pki, pe);
    expect(tampered.ok).toBe(false);
    expect(tampered.output).toMatch(/MISMATCH|Failed/);
  });

  test('every timestamp server failing is one error naming each server and its answer; no file is changed', async () => {
    const down = await tsa({ failFirst: Number.POSITIVE_INFINITY });
    const refused = await closedPortUrl();
    const root = workspace({ 'app.exe': 'pe' });
    const before = sha256(path.join(root, 'dist', 'app.exe'));
    const run = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/app.exe', 'timestamp-urls': `${down.url}, ${refused}` }) });
    expectCleanFailure(run, /Timestamping failed at every server/);
    expect(run.errors[0]).toContain(`${down.url}: HTTP 500 Internal Server Error`);
    expect(run.errors[0]).toContain(`${refused}: Connection refused`);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);
    expect(run.summary).toContain('Code signing failed');
    expectSecretsHidden(run, [pki.password, pki.pfxBase64]);
    expectNothingLeft(run, root);
  });

  test('dual signing nests a SHA-256 signature in a SHA-1 one; timestamp: false warns', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const run = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/app.exe', 'dual-sign': 'true', timestamp: 'false' }) });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.some((a) => a.level === 'warning' && /without a timestamp/.test(a.message))).toBe(true);
    const check = osslVerify(pki, path.join(root, 'dist', 'app.exe'));
    expect(check.ok).toBe(true);
    expect(check.output).toMatch(/Number of verified signatures: 2/);
    expect(check.output).toMatch(/Message digest algorithm {2}: SHA1[\s\S]*Message digest algorithm {2}: SHA256/);
    const [record] = JSON.parse(run.outputs.signed!) as Signed[];
    expect(record!.timestampServer).toBeUndefined();
  });

  test('skip-signed leaves a file signed by this certificate byte for byte as it is', async () => {
    const root = workspace({ 'app.exe': 'pe', 'setup.exe': 'nsis' });
    const inputs = pfxInputs({ files: 'dist/*.exe', timestamp: 'false' });
    const first = await runBuiltAction('codesign', { workspace: root, inputs: { ...inputs, files: 'dist/app.exe' } });
    expect(first.exitCode).toBe(0);
    const signedOnce = sha256(path.join(root, 'dist', 'app.exe'));
    const second = await runBuiltAction('codesign', { workspace: root, inputs: { ...inputs, 'skip-signed': 'true' } });
    expect(second.exitCode).toBe(0);
    const records = JSON.parse(second.outputs.signed!) as Signed[];
    expect(records.find((r) => r.file.endsWith('app.exe'))).toMatchObject({ skipped: 'already-signed', thumbprint: pki.thumbprint, verified: true });
    expect(records.find((r) => r.file.endsWith('setup.exe'))!.skipped).toBeUndefined();
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(signedOnce);
    expect(second.summary).toContain('1 already signed by this certificate');
    expect(osslVerify(pki, path.join(root, 'dist', 'setup.exe')).ok).toBe(true);
  });

  test('a signature that does not verify (private CA, no ca-file) fails the file and leaves it untouched', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const before = sha256(path.join(root, 'dist', 'app.exe'));
    const run = await runBuiltAction('codesign', { workspace: root, inputs: { files: 'dist/app.exe', certificate: pki.pfxBase64, 'certificate-password': pki.password, timestamp: 'false' } });
    expectCleanFailure(run, /did not verify \(osslsigncode verify\)[\s\S]*ca-file/);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);
    expectNothingLeft(run, root);
  });
});

describe('codesign, bad input: one clear error, files unmodified, secrets hidden', () => {
  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    ['a wrong password', () => ({ certificate: pki.pfxBase64, 'certificate-password': 'not-the-password-123' }), /"certificate-password" does not open the certificate/],
    ['corrupt base64', () => ({ certificate: `${pki.pfxBase64.slice(0, 101)}!!`, 'certificate-password': pki.password }), /"certificate" is not valid base64/],
    ['base64 of something that is not a .pfx', () => ({ certificate: Buffer.from('hello, not a pfx').toString('base64'), 'certificate-password': pki.password }), /not a PKCS#12/],
    ['an expired certificate', () => ({ certificate: pki.expiredPfxBase64, 'certificate-password': pki.password }), /Octo Expired Signing.*expired on 2021-01-01/],
    ['a TLS server certificate', () => ({ certificate: pki.serverPfxBase64, 'certificate-password': pki.password }), /is not a code-signing certificate: its extended key usage is 1\.3\.6\.1\.5\.5\.7\.3\.1/],
  ];
  test.each(cases)('%s', async (_name, inputs, message) => {
    const root = workspace({ 'app.exe': 'pe' });
    const before = sha256(path.join(root, 'dist', 'app.exe'));
    const given = inputs();
    const run = await runBuiltAction('codesign', { workspace: root, inputs: { files: 'dist/app.exe', timestamp: 'false', 'ca-file': pki.caPem, ...given } });
    expectCleanFailure(run, message);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);
    expectSecretsHidden(run, [given.certificate!, given['certificate-password']!]);
    expectNothingLeft(run, root);
  });

  test('a file type Authenticode cannot sign, and a .exe that is no PE', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    writeFileSync(path.join(root, 'dist', 'notes.txt'), 'hello');
    const wrongType = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/notes.txt', platform: 'windows', timestamp: 'false' }) });
    expectCleanFailure(wrongType, /platform: windows cannot sign .*notes\.txt: Authenticode signs \.exe, \.dll/);

    writeFileSync(path.join(root, 'dist', 'fake.exe'), 'this is text, not a program');
    const fake = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/fake.exe', timestamp: 'false' }) });
    expectCleanFailure(fake, /fake\.exe is not a PE image/);
    expect(readFileSync(path.join(root, 'dist', 'fake.exe'), 'utf8')).toBe('this is text, not a program');
    expectNothingLeft(fake, root);
  });

  test('osslsigncode missing from PATH', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const bin = tempDir('bin-');
    symlinkSync('/usr/bin/openssl', path.join(bin, 'openssl'));
    const run = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/app.exe', timestamp: 'false' }), env: { PATH: bin } });
    expectCleanFailure(run, /osslsigncode is needed to sign here and was not found on PATH/);
    expectNothingLeft(run, root);
  });

  test('an unknown windows-method and a timestamp URL that is not one', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const method = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/app.exe', 'windows-method': 'usb-token' }) });
    expectCleanFailure(method, /Input "windows-method" has the value "usb-token", but it must be one of: pfx, azure-trusted-signing, azure-key-vault, pkcs11, command/);
    const url = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/app.exe', 'timestamp-urls': 'ftp://tsa.example' }) });
    expectCleanFailure(url, /Input "timestamp-urls" .*"ftp:\/\/tsa\.example" is not an http\(s\) URL/);
  });

  test('methods that need a Windows runner say so on Linux', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const run = await runBuiltAction('codesign', { workspace: root, inputs: { files: 'dist/app.exe', 'windows-method': 'azure-trusted-signing' } });
    expectCleanFailure(run, /azure-trusted-signing .*needs a Windows runner/);
  });
});

describe('codesign, windows-method: command', () => {
  /** A user's own signing script: osslsigncode into a temporary file, then over the file it was given. */
  function userScript(dir: string, sign: boolean): string {
    const script = path.join(dir, 'my-sign.mjs');
    writeFileSync(
      script,
      `import { execFileSync } from 'node:child_process';
import { renameSync, appendFileSync } from 'node:fs';
const file = process.argv[2];
if (${sign}) {
  execFileSync('osslsigncode', ['sign', '-certs', ${JSON.stringify(pki.certPem)}, '-key', ${JSON.stringify(pki.keyPem)}, '-h', 'sha256', '-in', file, '-out', file + '.tmp'], { stdio: 'ignore' });
  renameSync(file + '.tmp', file);
} else {
  appendFileSync(file, 'not a signature');
}
`,
    );
    return script;
  }

  test('the template runs without a shell on a copy, and the result is verified', async () => {
    const root = workspace({ 'My App.exe': 'pe' });
    const script = userScript(tempDir('script-'), true);
    const run = await runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/*.exe', 'windows-method': 'command', 'sign-command': `${process.execPath} '${script}' {file}`, 'ca-file': pki.caPem, timestamp: 'false' },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const [record] = JSON.parse(run.outputs.signed!) as Signed[];
    expect(record).toMatchObject({ method: 'command', subject: pki.subject, thumbprint: pki.thumbprint, verified: true });
    expect(osslVerify(pki, path.join(root, 'dist', 'My App.exe')).ok).toBe(true);
    expectNothingLeft(run, root);
  });

  test('a command that does not sign fails verification; the original is untouched', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const before = sha256(path.join(root, 'dist', 'app.exe'));
    const script = userScript(tempDir('script-'), false);
    const run = await runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/app.exe', 'windows-method': 'command', 'sign-command': `${process.execPath} ${script} {file}`, 'ca-file': pki.caPem, timestamp: 'false' },
    });
    expectCleanFailure(run, /app\.exe did not verify/);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);
    expectNothingLeft(run, root);
  });

  test('a signing tool that prints the PFX password: the password, raw, base64 or URL-encoded, is nowhere in stdout, summary, outputs or files', async () => {
    const password = 'pfx pass/wörd+1=';
    const root = workspace({ 'app.exe': 'pe' });
    const dir = tempDir('script-');
    const script = path.join(dir, 'leaky-sign.mjs');
    writeFileSync(
      script,
      `const p = process.env.PFX_PASSWORD;
console.log('opening store with ' + p);
console.log('auth header: Basic ' + Buffer.from(p).toString('base64'));
console.error('GET https://vault.example/sign?secret=' + encodeURIComponent(p) + ' failed');
process.exit(3);
`,
    );
    const run = await runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/app.exe', 'windows-method': 'command', 'sign-command': `${process.execPath} ${script} {file}`, 'certificate-password': password, 'ca-file': pki.caPem, timestamp: 'false' },
      env: { PFX_PASSWORD: password },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors[0]).toContain('opening store with ***');
    expect(run.errors[0]).toContain('auth header: Basic ***');
    expect(run.errors[0]).toContain('secret=*** failed');
    const forms = [password, Buffer.from(password).toString('base64'), encodeURIComponent(password)];
    // Only the runner's own mask registrations carry it (they are how the runner learns what to hide).
    const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
    for (const form of forms) {
      for (const [where, text] of [['stdout', stdout], ['stderr', run.stderr], ['summary', run.summary], ['outputs', JSON.stringify(run.outputs)], ['state', JSON.stringify(run.state)], ...files.map((f) => ['a file', f])] as const) {
        expect(`${where}: ${text.includes(form) ? form : 'clean'}`).toBe(`${where}: clean`);
      }
    }
  });

  test('with timestamp: true, a command whose signatures carry no timestamp fails', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    const script = userScript(tempDir('script-'), true);
    const run = await runBuiltAction('codesign', {
      workspace: root,
      inputs: { files: 'dist/app.exe', 'windows-method': 'command', 'sign-command': `${process.execPath} ${script} {file}`, 'ca-file': pki.caPem },
    });
    expectCleanFailure(run, /carries no timestamp/);
  });
});

describe('codesign, one step for a whole release: each file by its platform', () => {
  /** A fresh ed25519 GPG key and a minisign key pair without a password, as a release team would have. */
  function linuxKeys(): { gpgKey: string; gpgHome: string; minisignKey: string; minisignPub: string } {
    const gpgHome = path.join(tempDir('gpg-'), 'home');
    mkdirSync(gpgHome, { mode: 0o700 });
    const gpg = (args: string[]) => execFileSync('gpg', ['--homedir', gpgHome, '--batch', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    gpg(['--passphrase', '', '--quick-gen-key', 'Octo Release <release@octo.example>', 'ed25519', 'sign', 'never']);
    const gpgKey = gpg(['--armor', '--export-secret-keys']);
    const keys = tempDir('minisign-');
    execFileSync('minisign', ['-G', '-W', '-p', path.join(keys, 'key.pub'), '-s', path.join(keys, 'key.sec')], { stdio: 'ignore' });
    return { gpgKey, gpgHome, minisignKey: readFileSync(path.join(keys, 'key.sec'), 'utf8'), minisignPub: path.join(keys, 'key.pub') };
  }

  test('a Windows installer gets Authenticode, a Linux archive a GPG .asc and minisign/Tauri signatures', async () => {
    const keys = linuxKeys();
    try {
      const root = workspace({ 'app.exe': 'pe' });
      const archive = path.join(root, 'dist', 'octo-linux-x64.tar.gz');
      writeFileSync(archive, Buffer.from('not really gzip, but bytes to sign'));
      const runnerTemp = tempDir('runner-temp-');
      const run = await runBuiltAction('codesign', {
        workspace: root,
        inputs: pfxInputs({ files: 'dist/*', timestamp: 'false', 'linux-method': 'both', 'gpg-private-key': keys.gpgKey, 'minisign-key': keys.minisignKey, 'tauri-signature': 'true' }),
        env: { RUNNER_TEMP: runnerTemp },
      });
      expect(run.errors).toEqual([]);
      expect(run.exitCode).toBe(0);
      const records = JSON.parse(run.outputs.signed!) as Array<Signed & { signatureFiles?: string[] }>;
      expect(records.map((r) => [path.basename(r.file), r.method])).toEqual([
        ['app.exe', 'pfx'],
        ['octo-linux-x64.tar.gz', 'gpg'],
        ['octo-linux-x64.tar.gz', 'minisign'],
      ]);
      expect(records.every((r) => r.verified)).toBe(true);
      expect(run.outputs['signature-files']!.split('\n').map((f) => path.basename(f)).sort()).toEqual(['octo-linux-x64.tar.gz.asc', 'octo-linux-x64.tar.gz.minisig', 'octo-linux-x64.tar.gz.sig']);
      // Each signature checks with the platform's own verifier.
      expect(osslVerify(pki, path.join(root, 'dist', 'app.exe')).ok).toBe(true);
      execFileSync('gpg', ['--homedir', keys.gpgHome, '--batch', '--verify', `${archive}.asc`, archive], { stdio: 'ignore' });
      execFileSync('minisign', ['-V', '-m', archive, '-x', `${archive}.minisig`, '-p', keys.minisignPub], { stdio: 'ignore' });
      expect(run.summary).toContain('GPG (.asc)');
      expect(run.summary).toContain('minisign (.minisig, Tauri .sig)');
      expectSecretsHidden(run, [pki.password, pki.pfxBase64, keys.gpgKey, keys.minisignKey]);
      expect(readdirSync(runnerTemp)).toEqual([]);
      expectNothingLeft(run, root);

      // A re-run over dist/* signs the files again, not the signatures the first run wrote.
      const again = await runBuiltAction('codesign', {
        workspace: root,
        inputs: pfxInputs({ files: 'dist/*', timestamp: 'false', 'linux-method': 'both', 'gpg-private-key': keys.gpgKey, 'minisign-key': keys.minisignKey, 'tauri-signature': 'true' }),
      });
      expect(again.errors).toEqual([]);
      expect((JSON.parse(again.outputs.signed!) as Signed[]).map((r) => path.basename(r.file))).toEqual(['app.exe', 'octo-linux-x64.tar.gz', 'octo-linux-x64.tar.gz']);
      expect(again.stdout).toContain('Not signing 3 signature file(s) a previous run wrote');
      execFileSync('minisign', ['-V', '-m', archive, '-x', `${archive}.minisig`, '-p', keys.minisignPub], { stdio: 'ignore' });
    } finally {
      execFileSync('gpgconf', ['--homedir', keys.gpgHome, '--kill', 'gpg-agent']);
    }
  });

  test('macOS files on a Linux runner, and Linux files without a key, are clear errors before anything is signed', async () => {
    const root = workspace({ 'app.exe': 'pe' });
    writeFileSync(path.join(root, 'dist', 'Octo.dmg'), 'dmg bytes');
    const before = sha256(path.join(root, 'dist', 'app.exe'));
    const mac = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/*', timestamp: 'false' }) });
    expectCleanFailure(mac, /Octo\.dmg need Apple's codesign\/productsign, which only run on a macOS runner/);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);

    writeFileSync(path.join(root, 'dist', 'octo.tar.gz'), 'archive');
    const linux = await runBuiltAction('codesign', { workspace: root, inputs: pfxInputs({ files: 'dist/*.exe\ndist/*.tar.gz', timestamp: 'false' }) });
    expectCleanFailure(linux, /octo\.tar\.gz get a Linux signature with linux-method: gpg, which needs gpg-private-key/);
    expect(sha256(path.join(root, 'dist', 'app.exe'))).toBe(before);
  });
});
