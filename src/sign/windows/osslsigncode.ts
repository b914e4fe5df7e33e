import { X509Certificate } from 'node:crypto';
import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { ToolError } from '../../kit/exec.js';
import type { SignMethod } from '../signer.js';
import { describeTimestampFailure, TimestampServerError } from '../timestamp.js';
import { WindowsSigner, type WindowsSignerOptions } from './base.js';
import { checkCodeSigningCertificate, decodeBase64Secret, parseCertificateText, parsePemCertificates, subjectOf, thumbprintOf } from './certificate.js';
import type { AuthenticodeFormat } from './file-types.js';
import { caBundleText, OsslsigncodeVerifier, type AuthenticodeVerifier, type ToolRunner } from './verify.js';

/** The key, as the codesign inputs give it. */
export type OsslsigncodeKey =
  | { kind: 'pfx'; certificateBase64: string; password: string }
  | { kind: 'pkcs11'; module: string; keyId: string; certificate: string; pin?: string };

export interface OsslsigncodeSignerOptions extends WindowsSignerOptions {
  key: OsslsigncodeKey;
}

const TIMESTAMP_FAILURE = /timestamping failed|HTTP failure|Failed to get data from|Unable to set unauthenticated attributes/i;

/** Checks a tool is there before anything is written: one clear error instead of one per file. */
export async function requireTool(run: ToolRunner, tool: string, args: string[], install: string): Promise<void> {
  try {
    await run(tool, args, { allowFailure: true, timeoutMs: 30_000 });
  } catch {
    throw new UserError(`${tool} is needed to sign here and was not found on PATH. ${install}`);
  }
}

/**
 * Opens a PKCS#12 file with openssl (the password read from a 0600 file, never a command line) and
 * returns its end-entity certificate, checked for code signing. A wrong password, a file that is not
 * PKCS#12 and a legacy (RC2/3DES) file are told apart.
 */
export async function readPfxCertificate(run: ToolRunner, pfx: string, passFile: string): Promise<X509Certificate> {
  const open = (legacy: boolean) =>
    run('openssl', ['pkcs12', ...(legacy ? ['-legacy'] : []), '-in', pfx, '-passin', `file:${passFile}`, '-nokeys', '-clcerts'], { allowFailure: true, timeoutMs: 30_000 });
  let result = await open(false);
  if (result.exitCode !== 0 && /unsupported|RC2|legacy/i.test(result.stderr)) result = await open(true);
  if (result.exitCode !== 0) {
    if (/mac verify|invalid password|wrong password|bad decrypt/i.test(result.stderr)) {
      throw new UserError('Input "certificate-password" does not open the certificate in "certificate" (PKCS#12 integrity check failed: wrong password?).');
    }
    throw new UserError(`Input "certificate" is not a PKCS#12 (.pfx/.p12) file openssl can read: ${result.stderr.trim().split('\n')[0] ?? 'no detail'}.`);
  }
  const [certificate] = parsePemCertificates(result.stdout);
  if (!certificate) throw new UserError('Input "certificate" holds no end-entity certificate (a .pfx with the code-signing certificate and its private key is expected).');
  return certificate;
}

/** Writes the base64 .pfx and its password into the signer's private folder (0600) and checks the certificate. */
export async function loadPfx(
  signer: { writeSecret(name: string, content: string | Buffer): Promise<string> },
  run: ToolRunner,
  base64: string,
  password: string,
): Promise<{ pfx: string; passFile: string; certificate: X509Certificate }> {
  const bytes = decodeBase64Secret(base64, 'Input "certificate"');
  if (bytes[0] !== 0x30) throw new UserError('Input "certificate" decodes to something that is not a PKCS#12 (.pfx/.p12) file (it does not start with an ASN.1 sequence).');
  const pfx = await signer.writeSecret('certificate.pfx', bytes);
  const passFile = await signer.writeSecret('certificate-password', password);
  const certificate = await readPfxCertificate(run, pfx, passFile);
  checkCodeSigningCertificate(certificate, 'Input "certificate"');
  return { pfx, passFile, certificate };
}

/** Authenticode with osslsigncode: a .pfx or a PKCS#11 key, on Linux (and macOS) runners. */
export class OsslsigncodeSigner extends WindowsSigner {
  readonly method: SignMethod;
  private readonly key: OsslsigncodeKey;
  private keyArgs: string[] = [];
  private caBundle: string | undefined;
  private verifierInstance: OsslsigncodeVerifier | undefined;

  constructor(options: OsslsigncodeSignerOptions) {
    super(options);
    this.key = options.key;
    this.method = options.key.kind;
  }

  protected get verifier(): AuthenticodeVerifier {
    this.verifierInstance ??= new OsslsigncodeVerifier({ run: this.run, ...(this.caBundle ? { caBundle: this.caBundle } : {}), workDir: () => this.workDirSync() });
    return this.verifierInstance;
  }

  async prepare(): Promise<void> {
    await requireTool(this.run, 'osslsigncode', ['--version'], 'On Debian/Ubuntu: sudo apt-get install -y osslsigncode.');
    await requireTool(this.run, 'openssl', ['version'], 'On Debian/Ubuntu: sudo apt-get install -y openssl.');
    const writer = { writeSecret: (name: string, content: string | Buffer) => this.writeSecretFile(name, content) };
    if (this.key.kind === 'pfx') {
      const { pfx, passFile, certificate } = await loadPfx(writer, this.run, this.key.certificateBase64, this.key.password);
      this.certificate = { subject: subjectOf(certificate), thumbprint: thumbprintOf(certificate) };
      this.keyArgs = ['-pkcs12', pfx, '-readpass', passFile];
    } else {
      const module = this.key.module;
      if (!(await stat(module).catch(() => undefined))?.isFile()) {
        throw new UserError(`Input "pkcs11-module" names ${module}, which is not a file; give the path of the token's PKCS#11 library (e.g. /usr/lib/softhsm/libsofthsm2.so).`);
      }
      const certificate = parseCertificateText(this.key.certificate, 'Input "certificate"');
      checkCodeSigningCertificate(certificate, 'Input "certificate"');
      this.certificate = { subject: subjectOf(certificate), thumbprint: thumbprintOf(certificate) };
      const certFile = await this.writeSecretFile('certificate.pem', certificate.toString());
      this.keyArgs = ['-pkcs11module', module, '-key', this.key.keyId, '-certs', certFile];
      if (this.key.pin) this.keyArgs.push('-readpass', await this.writeSecretFile('pin', this.key.pin));
    }
    if (this.options.caFile) {
      this.caBundle = path.join(await this.keyDir(), 'ca-bundle.pem');
      await writeFile(this.caBundle, await caBundleText(this.options.caFile), { mode: 0o600 });
    }
    if (this.options.timestamp === undefined) this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
  }

  /** The arguments of one `osslsigncode sign` run: exposed for tests of the command line. */
  signArguments(source: string, target: string, hash: 'sha1' | 'sha256', nest: boolean, timestampUrl: string | undefined): string[] {
    return [
      'sign',
      ...this.keyArgs,
      '-h', hash,
      ...(nest ? ['-nest'] : []),
      ...(this.options.description ? ['-n', this.options.description] : []),
      ...(this.options.descriptionUrl ? ['-i', this.options.descriptionUrl] : []),
      ...(timestampUrl ? ['-ts', timestampUrl] : []),
      '-in', source,
      '-out', target,
    ];
  }

  private async signOnce(source: string, target: string, hash: 'sha1' | 'sha256', nest: boolean, url: string | undefined): Promise<void> {
    await rm(target, { force: true });
    try {
      await this.run('osslsigncode', this.signArguments(source, target, hash, nest, url), { timeoutMs: this.signTimeoutMs(url) });
    } catch (error) {
      const hung = this.timedOutOnTimestamp(error, url);
      await rm(target, { force: true });
      if (hung) throw hung;
      if (url && error instanceof ToolError && TIMESTAMP_FAILURE.test(`${error.result.stdout}\n${error.result.stderr}`)) {
        throw new TimestampServerError(describeTimestampFailure(`${error.result.stderr}\n${error.result.stdout}`));
      }
      if (error instanceof ToolError && this.key.kind === 'pkcs11') {
        const said = `${error.result.stderr}\n${error.result.stdout}`;
        if (/PIN[_ ]INCORRECT|PIN incorrect|PIN_LOCKED/i.test(said)) {
          throw new UserError(`The PKCS#11 token refused the PIN given as Input "certificate-password"${/LOCKED/i.test(said) ? ' and is locked' : ''}; ${source} was not signed and was left unchanged.`);
        }
        if (/private key was not found|Failed to load private key/i.test(said)) {
          throw new UserError(`Input "pkcs11-key-id" has the value ${JSON.stringify(this.key.keyId)}, but the token (Input "pkcs11-module": ${this.key.module}) has no such private key; give its PKCS#11 URI (pkcs11:token=…;object=…;type=private) or id. ${source} was left unchanged.`);
        }
      }
      if (error instanceof ToolError) throw new UserError(`Signing ${source} failed; the original was left unchanged.\n${error.message}`);
      throw error;
    }
  }

  protected async signCopy(source: string, target: string, _format: AuthenticodeFormat): Promise<string | undefined> {
    const steps: Array<{ hash: 'sha1' | 'sha256'; nest: boolean; from: string; to: string }> = this.options.dualSign
      ? [
          { hash: 'sha1', nest: false, from: source, to: `${target}.sha1` },
          { hash: 'sha256', nest: true, from: `${target}.sha1`, to: target },
        ]
      : [{ hash: 'sha256', nest: false, from: source, to: target }];
    let server: string | undefined;
    try {
      for (const step of steps) {
        if (this.options.timestamp) server = (await this.options.timestamp.run((url) => this.signOnce(step.from, step.to, step.hash, step.nest, url))).url;
        else await this.signOnce(step.from, step.to, step.hash, step.nest, undefined);
      }
    } finally {
      if (this.options.dualSign) await rm(`${target}.sha1`, { force: true });
    }
    return server;
  }
}
