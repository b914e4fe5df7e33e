/**
 * The Linux signers with the real tools: gpg, rpmsign, debsigs and minisign sign real files and
 * packages, and each signature is checked by that format's own verifier — independently of the
 * signer (a separate GNUPGHOME holding only the public key, a separate rpm database) — and fails
 * once the file is tampered with.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runTool } from '../../src/kit/exec.js';
import { DebsigsSigner } from '../../src/sign/linux/debsigs.js';
import { GpgSigner } from '../../src/sign/linux/gpg.js';
import { MinisignSigner, verifyMinisign, verifyTauriSignature } from '../../src/sign/linux/minisign.js';
import { RpmSigner } from '../../src/sign/linux/rpm.js';
import type { Signer } from '../../src/sign/signer.js';
import { tempDir } from '../harness/runner.js';
import { buildDeb, buildRpm, gpgVerify, makeGpgKey, makeMinisignKey, type TestGpgKey, type TestMinisignKey } from '../harness/sign-keys.js';

const PASSPHRASE = 'correct horse battery staple';
let key: TestGpgKey;
let minisignKey: TestMinisignKey;
const signers: Signer[] = [];

async function prepared<T extends Signer>(signer: T): Promise<T> {
  signers.push(signer);
  await signer.prepare();
  return signer;
}

beforeAll(async () => {
  [key, minisignKey] = await Promise.all([makeGpgKey('Release Kit Test <release@example.com>', PASSPHRASE), makeMinisignKey('minisign pw', { cheap: true })]);
});

afterAll(async () => {
  for (const signer of signers) await signer.cleanup();
});

/** Flips one byte in the middle of a file. */
function tamper(file: string, at = 0.5): void {
  const bytes = readFileSync(file);
  const i = Math.floor(bytes.length * at);
  bytes[i] = bytes[i]! ^ 0xff;
  writeFileSync(file, bytes);
}

describe('GpgSigner', () => {
  test('writes an armored .asc next to each file that gpg --verify accepts with only the public key, and rejects once the file changes', async () => {
    const dir = tempDir('rk-sign-gpg-');
    const files = [path.join(dir, 'app-1.0.tar.gz'), path.join(dir, 'with space', 'notes v1.txt')];
    mkdirSync(path.dirname(files[1]!));
    writeFileSync(files[0]!, Buffer.alloc(100_000, 7));
    writeFileSync(files[1]!, 'release notes\n');
    const signer = await prepared(new GpgSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-runner-temp-') }));
    const records = await signer.signAll(files);

    expect(records).toEqual(
      files.map((file) => ({ file, method: 'gpg', subject: key.userId, thumbprint: key.fingerprint, signatureFiles: [`${file}.asc`], verified: true })),
    );
    for (const file of files) {
      expect(readFileSync(`${file}.asc`, 'utf8')).toMatch(/^-----BEGIN PGP SIGNATURE-----\n[\s\S]+-----END PGP SIGNATURE-----\n$/);
      const good = await gpgVerify(key.public, `${file}.asc`, [file]);
      expect(good.exitCode).toBe(0);
      expect(good.stdout).toContain(`VALIDSIG ${key.fingerprint}`);
    }
    // Nothing but the files and their signatures is left in the folder.
    expect(execFileSync('find', [dir, '-name', '.*', '-not', '-path', dir]).toString()).toBe('');

    tamper(files[0]!);
    const bad = await gpgVerify(key.public, `${files[0]}.asc`, [files[0]!]);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout).toContain('BADSIG');
  });

  test('a base64 export of the key works as well as the armored text', async () => {
    const dir = tempDir('rk-sign-gpg64-');
    const file = path.join(dir, 'a.bin');
    writeFileSync(file, 'x');
    const signer = await prepared(
      new GpgSigner({ privateKey: Buffer.from(key.secret).toString('base64'), passphrase: `${PASSPHRASE}\n`, tempRoot: tempDir('rk-runner-temp-') }),
    );
    await signer.signAll([file]);
    expect((await gpgVerify(key.public, `${file}.asc`, [file])).exitCode).toBe(0);
  });
});

describe('RpmSigner', () => {
  test('rpmsign --addsign signs the package in place; rpm -K with a database holding only the public key says signatures OK, and not after tampering', async () => {
    const dir = tempDir('rk-sign-rpm-');
    const rpm = await buildRpm(dir);
    const unsigned = readFileSync(rpm);
    // A temp root with a space: the passphrase file, GNUPGHOME and rpm database paths all hold it.
    const signer = await prepared(new RpmSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: path.join(tempDir('rk-runner-temp-'), 'runner temp') }));
    const [record] = await signer.signAll([rpm]);
    expect(record).toEqual({ file: rpm, method: 'rpmsign', subject: key.userId, thumbprint: key.fingerprint, verified: true });
    expect(readFileSync(rpm).equals(unsigned)).toBe(false);

    // An rpm database of the test's own: only the public key.
    const db = path.join(tempDir('rk-rpmdb-'), 'db');
    const pub = path.join(dir, 'key.asc');
    writeFileSync(pub, key.public);
    await runTool('rpm', ['--dbpath', db, '--initdb']);
    await runTool('rpm', ['--dbpath', db, '--import', pub]);
    const checked = await runTool('rpm', ['--dbpath', db, '-Kv', rpm], { allowFailure: true, env: { LC_ALL: 'C' } });
    expect(checked.exitCode).toBe(0);
    expect(checked.stdout).toMatch(new RegExp(`Signature, key ID ${key.fingerprint.slice(-8).toLowerCase()}: OK`));

    const unsignedCopy = path.join(dir, 'unsigned.rpm');
    writeFileSync(unsignedCopy, unsigned);
    expect((await runTool('rpm', ['--dbpath', db, '-K', unsignedCopy], { allowFailure: true, env: { LC_ALL: 'C' } })).stdout).not.toContain('signatures OK');

    tamper(rpm, 0.9);
    const bad = await runTool('rpm', ['--dbpath', db, '-K', rpm], { allowFailure: true, env: { LC_ALL: 'C' } });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stdout).toContain('NOT OK');
  });
});

describe('DebsigsSigner', () => {
  test('debsigs adds a _gpgorigin member that verifies over debian-binary + control + data, and fails after tampering', async () => {
    const dir = tempDir('rk-sign-deb-');
    const deb = await buildDeb(dir);
    const signer = await prepared(new DebsigsSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: path.join(tempDir('rk-runner-temp-'), 'runner temp') }));
    const [record] = await signer.signAll([deb]);
    expect(record).toEqual({ file: deb, method: 'debsigs', subject: key.userId, thumbprint: key.fingerprint, verified: true });

    expect(execFileSync('ar', ['t', deb]).toString().trim().split('\n')).toEqual(['debian-binary', 'control.tar.xz', 'data.tar.xz', '_gpgorigin']);
    expect(execFileSync('debsigs', ['--list', deb]).toString()).toContain('origin');
    // Checked with ar and gpg, as debsig-verify does, independently of the signer's own check.
    const out = tempDir('rk-deb-x-');
    execFileSync('ar', ['x', deb], { cwd: out });
    const parts = ['debian-binary', 'control.tar.xz', 'data.tar.xz'].map((p) => path.join(out, p));
    const good = await gpgVerify(key.public, path.join(out, '_gpgorigin'), parts);
    expect(good.exitCode).toBe(0);
    expect(good.stdout).toContain(`VALIDSIG ${key.fingerprint}`);
    // dpkg still reads the signed package.
    expect(execFileSync('dpkg-deb', ['--field', deb, 'Package']).toString().trim()).toBe('rk-test');
    expect(await signer.verify(deb)).toBeUndefined();

    tamper(path.join(out, 'data.tar.xz'));
    expect((await gpgVerify(key.public, path.join(out, '_gpgorigin'), parts)).stdout).toContain('BADSIG');

    // Signing again replaces the signature instead of adding a second member.
    await signer.signAll([deb]);
    expect(execFileSync('ar', ['t', deb]).toString().match(/_gpgorigin/g)).toHaveLength(1);
  });
});

describe('a key that signs with a subkey (the primary key only certifies)', () => {
  test('gpg, rpmsign and debsigs all sign with the subkey; the record names the primary fingerprint; the verifiers accept', async () => {
    const subkeyed = await makeGpgKey('Subkey Signer <sub@example.com>', PASSPHRASE, { signingSubkey: true });
    const dir = tempDir('rk-sign-subkey-');
    const file = path.join(dir, 'app.tar.gz');
    writeFileSync(file, 'payload');
    const rpm = await buildRpm(dir);
    const deb = await buildDeb(dir);
    const options = { privateKey: subkeyed.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-runner-temp-') };
    const gpg = await prepared(new GpgSigner(options));
    const rpmSigner = await prepared(new RpmSigner(options));
    const debSigner = await prepared(new DebsigsSigner(options));
    const records = [...(await gpg.signAll([file])), ...(await rpmSigner.signAll([rpm])), ...(await debSigner.signAll([deb]))];
    expect(records.map((r) => [r.method, r.thumbprint, r.verified])).toEqual([
      ['gpg', subkeyed.fingerprint, true],
      ['rpmsign', subkeyed.fingerprint, true],
      ['debsigs', subkeyed.fingerprint, true],
    ]);
    const good = await gpgVerify(subkeyed.public, `${file}.asc`, [file]);
    expect(good.stdout).toMatch(new RegExp(`VALIDSIG [0-9A-F]{40} .* ${subkeyed.fingerprint}$`, 'm'));
    expect(good.stdout).not.toMatch(new RegExp(`VALIDSIG ${subkeyed.fingerprint} `));

    const db = path.join(tempDir('rk-rpmdb-'), 'db');
    const pub = path.join(dir, 'key.asc');
    writeFileSync(pub, subkeyed.public);
    await runTool('rpm', ['--dbpath', db, '--initdb']);
    await runTool('rpm', ['--dbpath', db, '--import', pub]);
    expect((await runTool('rpm', ['--dbpath', db, '-K', rpm], { allowFailure: true, env: { LC_ALL: 'C' } })).stdout).toContain('digests signatures OK');
  });
});

describe('MinisignSigner', () => {
  test('an encrypted key with its password on stdin: .minisig and Tauri .sig both verify with minisign -V; tampering fails', async () => {
    const dir = tempDir('rk-sign-minisign-');
    const file = path.join(dir, 'app_1.0_x64.AppImage.tar.gz');
    writeFileSync(file, Buffer.alloc(50_000, 3));
    const signer = await prepared(
      new MinisignSigner({ secretKey: minisignKey.secret, password: 'minisign pw', tempRoot: tempDir('rk-runner-temp-'), tauriSignature: true, trustedComment: 'release-kit test' }),
    );
    const [record] = await signer.signAll([file]);
    const keyId = /public key ([0-9A-F]{16})/.exec(minisignKey.public)![1]!;
    expect(record).toEqual({ file, method: 'minisign', subject: `minisign key ${keyId}`, thumbprint: keyId, signatureFiles: [`${file}.minisig`, `${file}.sig`], verified: true });
    expect(signer.publicKey.trim()).toBe(minisignKey.public.trim());

    const pub = path.join(dir, 'key.pub');
    writeFileSync(pub, minisignKey.public);
    const good = await runTool('minisign', ['-V', '-p', pub, '-m', file], { allowFailure: true });
    expect(good.exitCode).toBe(0);
    expect(good.stdout).toContain('Trusted comment: release-kit test');
    // The Tauri .sig is base64 of the whole .minisig file.
    const sig = readFileSync(`${file}.sig`, 'utf8');
    expect(Buffer.from(sig, 'base64').toString('utf8')).toBe(readFileSync(`${file}.minisig`, 'utf8'));
    expect(await verifyTauriSignature(file, sig, Buffer.from(minisignKey.public).toString('base64'))).toBeUndefined();
    expect(await verifyTauriSignature(file, 'not base64!', minisignKey.public)).toBe('the .sig is not base64');

    tamper(file);
    const bad = await runTool('minisign', ['-V', '-p', pub, '-m', file], { allowFailure: true });
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('Signature verification failed');
    expect(await verifyTauriSignature(file, sig, minisignKey.public)).toContain('Signature verification failed');
  });

  test('an unencrypted key (minisign -G -W), given as base64 the way Tauri stores it', async () => {
    const plain = await makeMinisignKey('');
    const dir = tempDir('rk-sign-minisign-w-');
    const file = path.join(dir, 'tool');
    writeFileSync(file, 'binary');
    const signer = await prepared(new MinisignSigner({ secretKey: Buffer.from(plain.secret).toString('base64'), tempRoot: tempDir('rk-runner-temp-') }));
    const [record] = await signer.signAll([file]);
    expect(record!.signatureFiles).toEqual([`${file}.minisig`]);
    expect(existsSync(`${file}.sig`)).toBe(false);
    expect(await verifyMinisign(file, readFileSync(`${file}.minisig`), plain.public)).toBeUndefined();
    expect(await verifyMinisign(file, readFileSync(`${file}.minisig`), minisignKey.public)).toBeDefined();
  });
});
