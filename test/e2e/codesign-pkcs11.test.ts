/**
 * Authenticode with a key that never leaves a PKCS#11 token: a real SoftHSM token holding the test CA's
 * code-signing key, signed through the built codesign bundle with osslsigncode's PKCS#11 engine,
 * timestamped by a local RFC 3161 server, and verified against the CA. The PIN is planted and must
 * appear nowhere.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPe, makePki, osslVerify, startTimestampServer, type Pki, type TimestampServer } from '../fixtures/sign/pki.js';
import { runBuiltAction, tempDir } from '../harness/runner.js';

const MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const PIN = 'hsm-pin-4711';
const KEY = 'pkcs11:token=release-kit;object=code-signing;type=private';

let pki: Pki;
let pe: string;
let tsa: TimestampServer;
let softhsmConf: string;

beforeAll(async () => {
  pki = makePki(tempDir('pki-'));
  pe = buildPe(tempDir('pe-'));
  tsa = await startTimestampServer(pki);
  const hsm = tempDir('hsm-');
  mkdirSync(path.join(hsm, 'tokens'));
  softhsmConf = path.join(hsm, 'softhsm2.conf');
  writeFileSync(softhsmConf, `directories.tokendir = ${path.join(hsm, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  const env = { ...process.env, SOFTHSM2_CONF: softhsmConf };
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', 'release-kit', '--pin', PIN, '--so-pin', 'so-pin-0815'], { env, stdio: 'ignore' });
  const pkcs8 = path.join(hsm, 'key.p8.pem');
  execFileSync('openssl', ['pkcs8', '-topk8', '-nocrypt', '-in', pki.keyPem, '-out', pkcs8]);
  execFileSync('softhsm2-util', ['--import', pkcs8, '--token', 'release-kit', '--label', 'code-signing', '--id', '01', '--pin', PIN], { env, stdio: 'ignore' });
}, 60_000);

afterAll(async () => {
  await tsa.close();
});

describe('codesign, windows-method pkcs11 (SoftHSM token, built bundle)', () => {
  test('a PE is signed with the token key, timestamped, and verifies against the CA; the PIN appears nowhere', async () => {
    const workspace = tempDir('ws-pkcs11-');
    mkdirSync(path.join(workspace, 'dist'));
    copyFileSync(pe, path.join(workspace, 'dist/app.exe'));
    const run = await runBuiltAction('codesign', {
      workspace,
      env: { SOFTHSM2_CONF: softhsmConf },
      inputs: { files: 'dist/app.exe', platform: 'windows', 'windows-method': 'pkcs11', 'pkcs11-module': MODULE, 'pkcs11-key-id': KEY, certificate: readFileSync(pki.certPem, 'utf8'), 'certificate-password': PIN, 'timestamp-urls': tsa.url, 'ca-file': pki.caPem },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const [record] = JSON.parse(run.outputs.signed!) as Array<Record<string, unknown>>;
    expect(record).toMatchObject({ method: 'pkcs11', subject: pki.subject, thumbprint: pki.thumbprint, timestampServer: tsa.url, verified: true });
    expect(osslVerify(pki, path.join(workspace, 'dist/app.exe')).ok).toBe(true);
    expect(run.masked).toContain(PIN);
    // The runner hides masked values; the ::add-mask:: commands themselves are the only place the PIN may be.
    const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    for (const text of [log, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.state)]) expect(text).not.toContain(PIN);
  });

  test('a wrong key id is one error naming the input', async () => {
    const workspace = tempDir('ws-pkcs11-');
    mkdirSync(path.join(workspace, 'dist'));
    copyFileSync(pe, path.join(workspace, 'dist/app.exe'));
    const run = await runBuiltAction('codesign', {
      workspace,
      env: { SOFTHSM2_CONF: softhsmConf },
      inputs: { files: 'dist/app.exe', platform: 'windows', 'windows-method': 'pkcs11', 'pkcs11-module': MODULE, 'pkcs11-key-id': 'pkcs11:token=release-kit;object=nope;type=private', certificate: readFileSync(pki.certPem, 'utf8'), 'certificate-password': PIN, timestamp: 'false' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Input "pkcs11-key-id" has the value "pkcs11:token=release-kit;object=nope;type=private", but the token');
    expect(readFileSync(path.join(workspace, 'dist/app.exe'))).toEqual(readFileSync(pe));
  });

  test('a wrong PIN is one clear error and the file is left as it was', async () => {
    const workspace = tempDir('ws-pkcs11-');
    mkdirSync(path.join(workspace, 'dist'));
    copyFileSync(pe, path.join(workspace, 'dist/app.exe'));
    const run = await runBuiltAction('codesign', {
      workspace,
      env: { SOFTHSM2_CONF: softhsmConf },
      inputs: { files: 'dist/app.exe', platform: 'windows', 'windows-method': 'pkcs11', 'pkcs11-module': MODULE, 'pkcs11-key-id': KEY, certificate: readFileSync(pki.certPem, 'utf8'), 'certificate-password': 'wrong-pin-1', 'timestamp-urls': tsa.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^The PKCS#11 token refused the PIN given as Input "certificate-password"; \/.*\/dist\/app\.exe was not signed and was left unchanged\.$/);
    expect(run.errors[0]).not.toContain('wrong-pin-1');
    expect(run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain('wrong-pin-1');
    expect(readFileSync(path.join(workspace, 'dist/app.exe'))).toEqual(readFileSync(pe));
  });
});
