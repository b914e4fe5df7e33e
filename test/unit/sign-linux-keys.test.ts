/**
 * Key material and mistakes, with the real gpg and minisign: where secrets are written and with
 * what permissions, that cleanup and removeLeftovers remove them and stop the gpg-agent, and that
 * each kind of bad input gives one clear error and leaves the file as it was.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/kit/errors.js';
import { removeLeftovers } from '../../src/sign/leftovers.js';
import { DebsigsSigner } from '../../src/sign/linux/debsigs.js';
import { agentPids, parseSecretKeys } from '../../src/sign/linux/gpg-keyring.js';
import { GpgSigner } from '../../src/sign/linux/gpg.js';
import { MinisignSigner, publicKeyFile, secretKeyFile } from '../../src/sign/linux/minisign.js';
import { RpmSigner } from '../../src/sign/linux/rpm.js';
import type { AppleTools } from '../../src/sign/macos/apple-tools.js';
import type { Signer } from '../../src/sign/signer.js';
import { tempDir } from '../harness/runner.js';
import { buildDeb, buildRpm, makeGpgKey, makeMinisignKey, type TestGpgKey, type TestMinisignKey } from '../harness/sign-keys.js';

const PASSPHRASE = 'pass phrase 1';
let key: TestGpgKey;
let plainMinisign: TestMinisignKey;
const toClean: Signer[] = [];

beforeAll(async () => {
  [key, plainMinisign] = await Promise.all([makeGpgKey('Key Test <keys@example.com>', PASSPHRASE), makeMinisignKey('')]);
});

afterAll(async () => {
  for (const signer of toClean) await signer.cleanup().catch(() => undefined);
});

const mode = (p: string): number => statSync(p).mode & 0o777;

/** The error a promise rejects with (fails the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('where key material lives', () => {
  test('GNUPGHOME is a 0700 folder under the temp root, its files 0600; cleanup stops the agent and removes it', async () => {
    const root = tempDir('rk-keys-root-');
    const signer = new GpgSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: root });
    toClean.push(signer);
    await signer.prepare();
    const leftovers = signer.leftovers();
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]!.kind).toBe('gpg-home');
    const home = leftovers[0]!.path;
    expect(path.dirname(home)).toBe(root);
    expect(mode(home)).toBe(0o700);
    for (const file of ['gpg.conf', 'gpg-agent.conf', 'passphrase']) expect(mode(path.join(home, file))).toBe(0o600);
    expect(readFileSync(path.join(home, 'passphrase'), 'utf8')).toBe(PASSPHRASE);
    expect(readFileSync(path.join(home, 'gpg.conf'), 'utf8')).toContain('pinentry-mode loopback');
    expect(readFileSync(path.join(home, 'gpg-agent.conf'), 'utf8')).toContain('allow-loopback-pinentry');
    // The passphrase check at prepare started the agent for this home.
    expect((await agentPids(home)).length).toBeGreaterThan(0);

    await signer.cleanup();
    expect(existsSync(home)).toBe(false);
    expect(await agentPids(home)).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
    await signer.cleanup(); // twice is fine
  });

  test('removeLeftovers (the post step) does the same for a signer that never cleaned up, and for a minisign key', async () => {
    const root = tempDir('rk-keys-post-');
    const gpg = new RpmSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: root });
    const minisign = new MinisignSigner({ secretKey: plainMinisign.secret, tempRoot: root });
    await gpg.prepare();
    await minisign.prepare();
    const minisignDir = minisign.leftovers()[0]!;
    expect(minisignDir.kind).toBe('path');
    expect(mode(minisignDir.path)).toBe(0o700);
    expect(mode(path.join(minisignDir.path, 'minisign.key'))).toBe(0o600);
    const home = gpg.leftovers()[0]!.path;
    expect((await agentPids(home)).length).toBeGreaterThan(0);

    // What the post step reads back from state: plain JSON.
    const saved = JSON.parse(JSON.stringify([...gpg.leftovers(), ...minisign.leftovers()]));
    expect(await removeLeftovers(saved)).toEqual([]);
    expect(readdirSync(root)).toEqual([]);
    expect(await agentPids(home)).toEqual([]);
    expect(await removeLeftovers(saved)).toEqual([]); // already gone: nothing to report
  });

  test('removeLeftovers goes on after one leftover fails and reports it', async () => {
    const root = tempDir('rk-keys-fail-');
    const folder = path.join(root, 'secret');
    writeFileSync(path.join(root, 'keep'), '');
    const broken: AppleTools = {
      security: async () => {
        throw new UserError('/usr/bin/security was not found on PATH: install it or put it on PATH.');
      },
      codesign: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
      productsign: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
      spctl: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
      ditto: async () => ({ exitCode: 0, stdout: '', stderr: '' }),
    };
    writeFileSync(folder, 'key');
    const problems = await removeLeftovers(
      [
        { kind: 'path', path: folder },
        { kind: 'keychain', path: '/tmp/x.keychain-db', searchList: ['/login.keychain-db'] },
      ],
      { apple: broken },
    );
    expect(existsSync(folder)).toBe(false);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('delete-keychain /tmp/x.keychain-db');
    expect(problems[1]).toContain('search list');
  });
});

describe('bad input: one clear error, nothing signed, nothing left', () => {
  async function expectUserError(signer: Signer, files: string[], message: RegExp): Promise<void> {
    const root = (signer as unknown as { options?: { tempRoot: string } }).options?.tempRoot;
    const error = await failure(signer.prepare().then(() => signer.signAll(files)));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(PASSPHRASE);
    expect(error.message).not.toContain('PRIVATE KEY');
    await signer.cleanup();
    if (root) expect(readdirSync(root)).toEqual([]);
  }

  test('wrong GPG passphrase names the input; no .asc is written', async () => {
    const dir = tempDir('rk-bad-');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'a');
    const signer = new GpgSigner({ privateKey: key.secret, passphrase: 'not it', tempRoot: tempDir('rk-root-'), inputNames: { passphrase: 'gpg-passphrase' } });
    await expectUserError(signer, [file], new RegExp(`^Input "gpg-passphrase" is not the passphrase of GPG key ${key.fingerprint}`));
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  test('a protected key without a passphrase says so', async () => {
    const signer = new GpgSigner({ privateKey: key.secret, tempRoot: tempDir('rk-root-') });
    await expectUserError(signer, [], /is protected by a passphrase, but input "gpg-passphrase" is empty/);
  });

  test('a corrupt armored key, garbage base64 and a public key alone', async () => {
    const lines = key.secret.split('\n');
    const corrupt = [...lines.slice(0, 3), lines[3]!.replace(/[A-Za-z]/g, 'x'), ...lines.slice(4)].join('\n');
    await expectUserError(new GpgSigner({ privateKey: corrupt, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') }), [], /^Input "gpg-private-key" could not be imported as an OpenPGP private key/);
    await expectUserError(new GpgSigner({ privateKey: 'not*base64!', tempRoot: tempDir('rk-root-') }), [], /^Input "gpg-private-key" is not valid base64/);
    await expectUserError(new GpgSigner({ privateKey: Buffer.from('hello').toString('base64'), tempRoot: tempDir('rk-root-') }), [], /neither an ASCII-armored OpenPGP private key nor base64 of one/);
    await expectUserError(new GpgSigner({ privateKey: key.public, tempRoot: tempDir('rk-root-') }), [], /holds a public key only/);
  });

  test('a missing tool is named', async () => {
    await expectUserError(new GpgSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-'), gpg: 'gpg-not-installed' }), [], /^gpg-not-installed was not found on PATH/);
    await expectUserError(new RpmSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-'), rpmsign: 'rpmsign-not-installed' }), [], /^rpmsign-not-installed was not found on PATH/);
    await expectUserError(new DebsigsSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-'), debsigs: 'debsigs-not-installed' }), [], /^debsigs-not-installed was not found on PATH/);
    await expectUserError(new MinisignSigner({ secretKey: plainMinisign.secret, tempRoot: tempDir('rk-root-'), minisign: 'minisign-not-installed' }), [], /^minisign-not-installed was not found on PATH/);
  });

  test('a file of the wrong kind is refused before anything is signed', async () => {
    const dir = tempDir('rk-kind-');
    const fake = path.join(dir, 'app.rpm');
    writeFileSync(fake, 'not a package');
    await expectUserError(new RpmSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') }), [fake], /app\.rpm is not an rpm package/);
    const deb = path.join(dir, 'app.deb');
    writeFileSync(deb, '!<arch>\n');
    await expectUserError(new DebsigsSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') }), [deb], /app\.deb is not a Debian package/);
    await expectUserError(new GpgSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') }), [path.join(dir, 'missing')], /missing does not exist/);
  });

  test('when the signing tool fails half-way, the package is left exactly as it was', async () => {
    const dir = tempDir('rk-half-');
    const rpm = await buildRpm(dir);
    const deb = await buildDeb(dir);
    const before = [readFileSync(rpm), readFileSync(deb)];
    // A tool that damages the file it is given and then fails.
    const breaker = path.join(dir, 'breaker.sh');
    writeFileSync(breaker, '#!/bin/sh\nfor last; do :; done\nprintf garbage > "$last"\necho "broke $last" >&2\nexit 1\n');
    chmodSync(breaker, 0o755);
    // Prepared with the real tools, then made to sign with the breaking one.
    const rpmSigner = new RpmSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') });
    toClean.push(rpmSigner);
    await rpmSigner.prepare();
    Object.assign(rpmSigner.options, { rpmsign: breaker });
    const rpmError = await failure(rpmSigner.signAll([rpm]));
    expect(rpmError).toBeInstanceOf(UserError);
    expect(rpmError.message).toContain('exit 1');
    const debSigner = new DebsigsSigner({ privateKey: key.secret, passphrase: PASSPHRASE, tempRoot: tempDir('rk-root-') });
    toClean.push(debSigner);
    await debSigner.prepare();
    Object.assign(debSigner.options, { debsigs: breaker });
    expect(await failure(debSigner.signAll([deb]))).toBeInstanceOf(UserError);
    expect(readFileSync(rpm).equals(before[0]!)).toBe(true);
    expect(readFileSync(deb).equals(before[1]!)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([path.basename(rpm), path.basename(deb), 'breaker.sh'].sort());
  });

  test('minisign: wrong password, a protected key without one, a corrupt key', async () => {
    const protectedKey = await makeMinisignKey('right', { cheap: true });
    // It is a real encrypted key: minisign opens it with the password only.
    const opened = new MinisignSigner({ secretKey: protectedKey.secret, password: 'right', tempRoot: tempDir('rk-root-') });
    toClean.push(opened);
    await opened.prepare();
    expect(opened.publicKey.trim()).toBe(protectedKey.public.trim());
    // Opened once (minisign -C -W) into the same private file: still 0600.
    expect(mode(path.join(opened.leftovers()[0]!.path, 'minisign.key'))).toBe(0o600);
    await expectUserError(
      new MinisignSigner({ secretKey: protectedKey.secret, password: 'wrong', tempRoot: tempDir('rk-root-') }),
      [],
      /^Input "minisign-password" is not the password of the minisign secret key in input "minisign-key"\.$/,
    );
    await expectUserError(new MinisignSigner({ secretKey: protectedKey.secret, tempRoot: tempDir('rk-root-') }), [], /is protected by a password, but input "minisign-password" is empty/);
    const lines = plainMinisign.secret.split('\n');
    await expectUserError(new MinisignSigner({ secretKey: `${lines[0]}\n${lines[1]!.slice(0, 40)}\n`, tempRoot: tempDir('rk-root-') }), [], /is not a minisign secret key/);
    await expectUserError(new MinisignSigner({ secretKey: 'garbage!!', tempRoot: tempDir('rk-root-') }), [], /^Input "minisign-key" is not valid base64/);
  });
});

describe('parsers', () => {
  test('parseSecretKeys reads fingerprint, user id (escapes undone) and capabilities', () => {
    const colons = [
      'sec:u:255:22:7D9C7A8D28AFEBCE:1795313590:::u:::scSC:::+:::23::0:',
      'fpr:::::::::7A21E843840E45878A069E2D7D9C7A8D28AFEBCE:',
      'grp:::::::::3FD62B6AB44FE13580CA9D88ED03573F5967E341:',
      'uid:u::::1795313590::1001C5BE2DBC::Jos\\xc3\\xa9 Example \\x3aops\\x3a <jose@example.com>::::::::::0:',
      'ssb:u:255:18:1111222233334444:1795313590::::::e:::+:::23:',
      'fpr:::::::::AAAABBBBCCCCDDDDEEEEFFFF1111222233334444:',
    ].join('\n');
    const [parsed] = parseSecretKeys(colons);
    expect(parsed!.fingerprint).toBe('7A21E843840E45878A069E2D7D9C7A8D28AFEBCE');
    expect(parsed!.userId).toBe('José Example :ops: <jose@example.com>');
    expect(parsed!.capabilities).toBe('scSC');
    expect(parsed!.keyIds).toEqual(['7D9C7A8D28AFEBCE', '1111222233334444']);
  });

  test('minisign key forms: the file, base64 of it, the key line alone; public key forms alike', () => {
    const file = secretKeyFile(plainMinisign.secret);
    expect(file.encrypted).toBe(false);
    expect(secretKeyFile(Buffer.from(plainMinisign.secret).toString('base64')).text).toBe(file.text);
    expect(secretKeyFile(plainMinisign.secret.split('\n')[1]!).text.split('\n')[1]).toBe(file.text.split('\n')[1]);
    const line = plainMinisign.public.split('\n')[1]!.trim();
    expect(publicKeyFile(line)).toContain(line);
    expect(publicKeyFile(Buffer.from(plainMinisign.public).toString('base64')).trim()).toBe(plainMinisign.public.trim());
  });
});
