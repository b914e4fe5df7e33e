/** Throwaway keys and real packages for the signing tests: made with the real tools, in temporary folders. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTool, type ToolResult } from '../../src/kit/exec.js';
import { removeGpgHome } from '../../src/sign/linux/gpg-keyring.js';

export interface TestGpgKey {
  secret: string;
  public: string;
  fingerprint: string;
  userId: string;
}

/** A fresh ed25519 signing key (fast to make), exported armored; its home and agent are gone afterwards. */
export async function makeGpgKey(userId: string, passphrase: string, options: { signingSubkey?: boolean } = {}): Promise<TestGpgKey> {
  const home = mkdtempSync(path.join(tmpdir(), 'rk-gpg-make-'));
  writeFileSync(path.join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\ns2k-count 65536\n');
  const env = { GNUPGHOME: home, LC_ALL: 'C' };
  const pass = ['--batch', '--pinentry-mode', 'loopback', '--passphrase', passphrase];
  try {
    // With signingSubkey the primary key only certifies and a subkey signs, as in many release keys.
    await runTool('gpg', [...pass, '--quick-gen-key', userId, 'ed25519', options.signingSubkey ? 'cert' : 'sign', 'never'], { env });
    const primary = /^fpr:+([0-9A-F]{40}):/m.exec((await runTool('gpg', ['--with-colons', '--list-keys', userId], { env })).stdout)![1]!;
    if (options.signingSubkey) await runTool('gpg', [...pass, '--quick-add-key', primary, 'ed25519', 'sign', 'never'], { env });
    const secret = (await runTool('gpg', [...pass, '--armor', '--export-secret-keys', userId], { env })).stdout;
    const publicKey = (await runTool('gpg', ['--armor', '--export', userId], { env })).stdout;
    return { secret, public: publicKey, fingerprint: primary, userId };
  } finally {
    await removeGpgHome(home);
  }
}

/** gpg --verify in a home of its own that holds only `publicKey`: independent of the signer's keyring. */
export async function gpgVerify(publicKey: string, signature: string, files: readonly string[]): Promise<ToolResult> {
  const home = mkdtempSync(path.join(tmpdir(), 'rk-gpg-verify-'));
  const env = { GNUPGHOME: home, LC_ALL: 'C' };
  try {
    await runTool('gpg', ['--batch', '--import'], { env, input: publicKey });
    return await runTool('gpg', ['--batch', '--status-fd', '1', '--verify', signature, ...files], { env, allowFailure: true });
  } finally {
    await removeGpgHome(home);
  }
}

/** A tiny real noarch .rpm built with rpmbuild in a temporary topdir. */
export async function buildRpm(outDir: string, name = 'rk-test'): Promise<string> {
  const top = mkdtempSync(path.join(tmpdir(), 'rk-rpmbuild-'));
  mkdirSync(path.join(top, 'SPECS'));
  const spec = path.join(top, 'SPECS', `${name}.spec`);
  writeFileSync(
    spec,
    [
      `Name: ${name}`,
      'Version: 1.2.3',
      'Release: 1',
      'Summary: release-kit signing test package',
      'License: MIT',
      'BuildArch: noarch',
      '%description',
      'A package to sign.',
      '%install',
      `mkdir -p %{buildroot}/usr/share/${name}`,
      `echo hello > %{buildroot}/usr/share/${name}/hello.txt`,
      '%files',
      `/usr/share/${name}/hello.txt`,
      '',
    ].join('\n'),
  );
  await runTool('rpmbuild', ['--define', `_topdir ${top}`, '--define', '_build_id_links none', '-bb', spec], { env: { LC_ALL: 'C' } });
  const built = path.join(top, 'RPMS', 'noarch', readdirSync(path.join(top, 'RPMS', 'noarch'))[0]!);
  const target = path.join(outDir, path.basename(built));
  writeFileSync(target, readFileSync(built));
  return target;
}

/** A tiny real .deb built with dpkg-deb. */
export async function buildDeb(outDir: string, name = 'rk-test'): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'rk-deb-'));
  mkdirSync(path.join(root, 'DEBIAN'));
  mkdirSync(path.join(root, 'usr', 'share', name), { recursive: true });
  writeFileSync(path.join(root, 'DEBIAN', 'control'), `Package: ${name}\nVersion: 1.2.3\nArchitecture: all\nMaintainer: Release Kit <rk@example.com>\nDescription: signing test\n`);
  writeFileSync(path.join(root, 'usr', 'share', name, 'hello.txt'), 'hello\n');
  const target = path.join(outDir, `${name}_1.2.3_all.deb`);
  await runTool('dpkg-deb', ['--root-owner-group', '--build', root, target]);
  return target;
}

export interface TestMinisignKey {
  secret: string;
  public: string;
}

/**
 * Encrypts an unencrypted minisign secret key with `password` the way minisign does (scrypt, then
 * XOR of key id, key and checksum) but with libsodium's minimum scrypt limits written into the key
 * (N = 1024) instead of minisign's 1 GiB ones: minisign reads the limits from the key file, so it
 * opens this key in milliseconds instead of seconds. (-W keys carry no checksum: it is computed here.)
 */
const ENCRYPT_CHEAPLY = `
import base64, hashlib, os, struct, sys
lines = sys.stdin.read().split('\\n')
key = bytearray(base64.b64decode(lines[1]))
key[126:158] = hashlib.blake2b(bytes(key[0:2] + key[54:126]), digest_size=32).digest()
key[2:4] = b'Sc'
salt = os.urandom(32)
key[6:38] = salt
key[38:46] = struct.pack('<Q', 32768)
key[46:54] = struct.pack('<Q', 16777216)
stream = hashlib.scrypt(sys.argv[1].encode(), salt=salt, n=1024, r=8, p=1, dklen=104)
for i in range(104):
    key[54 + i] ^= stream[i]
print('untrusted comment: minisign encrypted secret key')
print(base64.b64encode(bytes(key)).decode())
`;

/**
 * A minisign key pair: with a password fed on standard input (minisign's own slow key derivation),
 * unencrypted (-W) when the password is empty, or with `cheap` a real encrypted key that opens fast.
 */
export async function makeMinisignKey(password: string, options: { cheap?: boolean } = {}): Promise<TestMinisignKey> {
  if (options.cheap) {
    const plain = await makeMinisignKey('');
    const secret = (await runTool('python3', ['-c', ENCRYPT_CHEAPLY, password], { input: plain.secret })).stdout;
    return { secret, public: plain.public };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'rk-minisign-make-'));
  const sec = path.join(dir, 'key.sec');
  const pub = path.join(dir, 'key.pub');
  if (password) await runTool('minisign', ['-G', '-p', pub, '-s', sec], { input: `${password}\n${password}\n` });
  else await runTool('minisign', ['-G', '-W', '-p', pub, '-s', sec]);
  return { secret: readFileSync(sec, 'utf8'), public: readFileSync(pub, 'utf8') };
}
