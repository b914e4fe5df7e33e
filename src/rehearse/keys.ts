/**
 * Throwaway signing material for one rehearsal, made with the real tools: a test CA with a code-signing
 * certificate in a .pfx and a timestamping certificate (openssl), a local RFC 3161 server answering with
 * `openssl ts -reply`, an ed25519 GPG key (loopback pinentry, no agent left behind) and a minisign key.
 * Nothing here is trusted anywhere: it lets every signing step run as it would with the real keys.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const OPENSSL_CNF = `[req]
distinguished_name = dn
[dn]
[ca_ext]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[codesign_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[tsa_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
[tsa]
default_tsa = tsa1
[tsa1]
serial = ./tsa-serial
crypto_device = builtin
signer_cert = ./tsa.pem
certs = ./ca.pem
signer_key = ./tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

export interface ThrowawayKeys {
  dir: string;
  /** The test CA (PEM file): what the signatures verify against. */
  caPem: string;
  /** Subject of the code-signing certificate. */
  subject: string;
  pfxBase64: string;
  pfxPassword: string;
  gpg: { secretKey: string; publicKey: string; passphrase: string; fingerprint: string };
  minisign: { secretKey: string; publicKeyFile: string; password: string };
  /** The local RFC 3161 server. */
  timestampUrl: string;
  close(): Promise<void>;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function makeCertificates(dir: string, password: string): string {
  writeFileSync(path.join(dir, 'openssl.cnf'), OPENSSL_CNF);
  writeFileSync(path.join(dir, 'tsa-serial'), '01\n');
  openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Release Kit Rehearsal CA', '-config', 'openssl.cnf', '-extensions', 'ca_ext']);
  for (const [name, subject, extension] of [
    ['codesign', '/CN=Rehearsal Signing/O=release-kit rehearsal', 'codesign_ext'],
    ['tsa', '/CN=Rehearsal TSA', 'tsa_ext'],
  ] as const) {
    openssl(dir, ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject, '-config', 'openssl.cnf']);
    openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', 'openssl.cnf', '-extensions', extension]);
  }
  openssl(dir, ['pkcs12', '-export', '-inkey', 'codesign.key', '-in', 'codesign.pem', '-certfile', 'ca.pem', '-out', 'codesign.pfx', '-passout', `pass:${password}`]);
  return readFileSync(path.join(dir, 'codesign.pfx')).toString('base64');
}

function makeGpgKey(passphrase: string): ThrowawayKeys['gpg'] {
  // A short home: the agent's socket path must fit in 107 bytes, wherever the rehearsal's folder is.
  const home = mkdtempSync(path.join(tmpdir(), 'rk-gpg-'));
  // A throwaway key: protected with the fewest S2K iterations, so every step that imports and unlocks it
  // (each signing job's agent) does not spend a calibrated ~100 ms of hashing per unlock.
  writeFileSync(path.join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\ns2k-count 65536\n', { mode: 0o600 });
  const env = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
  const gpg = (...args: string[]): string => execFileSync('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', passphrase, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const userId = 'release-kit rehearsal <rehearsal@release-kit.invalid>';
  try {
    gpg('--quick-gen-key', userId, 'ed25519', 'sign', '1d');
    const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-keys', userId))?.[1] ?? '';
    const secretKey = gpg('--armor', '--export-secret-keys', userId);
    const publicKey = gpg('--armor', '--export', userId);
    if (!fingerprint || !secretKey.startsWith('-----BEGIN PGP PRIVATE KEY BLOCK-----') || !publicKey.startsWith('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
      throw new Error('gpg made no usable throwaway key (the export is not an armored key block)');
    }
    return { secretKey, publicKey, passphrase, fingerprint };
  } finally {
    try {
      execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
    } catch {
      // no agent was started
    }
    rmSync(home, { recursive: true, force: true });
  }
}

function makeMinisignKey(dir: string): ThrowawayKeys['minisign'] {
  const secret = path.join(dir, 'minisign.key');
  const publicKeyFile = path.join(dir, 'minisign.pub');
  execFileSync('minisign', ['-G', '-W', '-f', '-p', publicKeyFile, '-s', secret], { stdio: 'ignore' });
  return { secretKey: readFileSync(secret, 'utf8'), publicKeyFile, password: '' };
}

async function startTimestampServer(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  let queries = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const query = path.join(dir, `query-${queries++}.tsq`);
      writeFileSync(query, Buffer.concat(chunks));
      execFileAsync('openssl', ['ts', '-reply', '-config', 'openssl.cnf', '-section', 'tsa1', '-queryfile', query], { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 20 }).then(
        ({ stdout }) => response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(stdout),
        (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Tools each kind of key needs; a missing one is named before anything runs. */
export const KEY_TOOLS = ['openssl', 'gpg', 'minisign'] as const;

export async function makeThrowawayKeys(dir: string): Promise<ThrowawayKeys> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pfxPassword = randomBytes(12).toString('hex');
  const pfxBase64 = makeCertificates(dir, pfxPassword);
  const gpg = makeGpgKey(randomBytes(12).toString('hex'));
  const minisign = makeMinisignKey(dir);
  const tsa = await startTimestampServer(dir);
  return {
    dir,
    caPem: path.join(dir, 'ca.pem'),
    subject: 'CN=Rehearsal Signing, O=release-kit rehearsal',
    pfxBase64,
    pfxPassword,
    gpg,
    minisign,
    timestampUrl: tsa.url,
    close: tsa.close,
  };
}
