import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserError } from '../../kit/errors.js';
import { runTool } from '../../kit/exec.js';
import { parsePemCertificates, subjectOf, thumbprintOf } from './certificate.js';

export type ToolRunner = typeof runTool;

/** What the platform's verifier says about a signed file. */
export interface AuthenticodeCheck {
  /** Subject of the certificate that made the primary signature. */
  subject?: string;
  /** Its SHA-1 thumbprint (40 upper-case hex digits). */
  thumbprint?: string;
  /** Signatures that verified (2 for a dual-signed file). */
  signatures: number;
  timestamped: boolean;
}

export interface AuthenticodeVerifier {
  readonly tool: string;
  /** Verifies every signature on the file; fails with the verifier's own words when one does not verify. */
  verify(file: string): Promise<AuthenticodeCheck>;
  /** The signer of a file that carries a valid signature; undefined when it has none or it does not verify. */
  signerOf(file: string): Promise<AuthenticodeCheck | undefined>;
}

function tail(text: string, lines = 12): string {
  return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}

/** `osslsigncode verify`, on Linux and macOS runners. `caBundle` also verifies the timestamp's chain. */
export class OsslsigncodeVerifier implements AuthenticodeVerifier {
  readonly tool = 'osslsigncode';
  private readonly run: ToolRunner;
  private readonly caBundle: string | undefined;
  private readonly workDir: () => string;

  constructor(options: { run?: ToolRunner; caBundle?: string; workDir: () => string }) {
    this.run = options.run ?? runTool;
    this.caBundle = options.caBundle;
    this.workDir = options.workDir;
  }

  private async check(file: string): Promise<{ ok: boolean; output: string; result?: AuthenticodeCheck }> {
    const ca = this.caBundle ? ['-CAfile', this.caBundle, '-TSA-CAfile', this.caBundle] : [];
    const { exitCode, stdout, stderr } = await this.run('osslsigncode', ['verify', ...ca, '-in', file], { allowFailure: true, timeoutMs: 120_000 });
    const output = `${stdout}\n${stderr}`;
    const count = Number(/Number of verified signatures: (\d+)/.exec(output)?.[1] ?? '0');
    if (exitCode !== 0 || count === 0) return { ok: false, output };
    const signer = /Signer's certificate:[\s\S]*?Signer #0:\s*\n\s*Subject:\s*(.+)\n\s*Issuer\s*:\s*(.+)\n\s*Serial\s*:\s*([0-9A-Fa-f]+)/.exec(output);
    const result: AuthenticodeCheck = { signatures: count, timestamped: /Timestamp Server Signature verification: ok/.test(output) || /Countersignatures:[\s\S]*?Timestamp time:/.test(output) };
    if (signer) {
      const certificate = await this.signerCertificate(file, signer[3]!.toUpperCase());
      if (certificate) {
        result.subject = subjectOf(certificate);
        result.thumbprint = thumbprintOf(certificate);
      } else {
        result.subject = signer[1]!.trim().replace(/^\//, '').split('/').join(', ');
      }
    }
    return { ok: true, output, result };
  }

  /** The signer's certificate, out of the signature's own certificate list, matched by serial number. */
  private async signerCertificate(file: string, serial: string) {
    const out = path.join(this.workDir(), `signature-${randomUUID()}.pem`);
    try {
      await this.run('osslsigncode', ['extract-signature', '-pem', '-in', file, '-out', out], { timeoutMs: 60_000 });
      const { stdout } = await this.run('openssl', ['pkcs7', '-in', out, '-print_certs'], { timeoutMs: 30_000 });
      return parsePemCertificates(stdout).find((certificate) => certificate.serialNumber.toUpperCase().replace(/^0+/, '') === serial.replace(/^0+/, ''));
    } catch {
      return undefined;
    } finally {
      await rm(out, { force: true });
    }
  }

  async verify(file: string): Promise<AuthenticodeCheck> {
    const { ok, output, result } = await this.check(file);
    if (!ok || !result) {
      const hint = this.caBundle ? '' : ' If the certificate chains to a private CA, give its certificate in ca-file.';
      throw new UserError(`The signature on ${file} did not verify (osslsigncode verify):\n${tail(output)}\nThe original file was left unchanged.${hint}`);
    }
    return result;
  }

  async signerOf(file: string): Promise<AuthenticodeCheck | undefined> {
    return (await this.check(file)).result;
  }
}

/** Parses `signtool verify /pa /v`: the leaf of the signing chain, and whether a timestamp is there. */
export function parseSigntoolVerify(output: string): AuthenticodeCheck {
  const chain = /Signing Certificate Chain:([\s\S]*?)(?:The signature is timestamped|File is not timestamped|Timestamp Verified by|Successfully verified|$)/.exec(output)?.[1] ?? '';
  const subjects = [...chain.matchAll(/Issued to:\s*(.+)/g)].map((m) => m[1]!.trim());
  const hashes = [...chain.matchAll(/SHA1 hash:\s*([0-9A-Fa-f]{40})/g)].map((m) => m[1]!.toUpperCase());
  const count = /Number of signatures successfully Verified:\s*(\d+)/i.exec(output)?.[1];
  return {
    ...(subjects.length ? { subject: subjects.at(-1)! } : {}),
    ...(hashes.length ? { thumbprint: hashes.at(-1)! } : {}),
    signatures: count ? Number(count) : (output.match(/Signature Index: \d+/g) ?? ['']).length,
    timestamped: /The signature is timestamped/.test(output),
  };
}

/** `signtool verify /pa /all /v`, on Windows runners. */
export class SigntoolVerifier implements AuthenticodeVerifier {
  readonly tool = 'signtool';
  private readonly run: ToolRunner;
  private readonly signtool: () => string;

  constructor(options: { run?: ToolRunner; signtool: () => string }) {
    this.run = options.run ?? runTool;
    this.signtool = options.signtool;
  }

  async verify(file: string): Promise<AuthenticodeCheck> {
    const { exitCode, stdout, stderr } = await this.run(this.signtool(), ['verify', '/pa', '/all', '/v', file], { allowFailure: true, timeoutMs: 120_000 });
    if (exitCode !== 0) throw new UserError(`The signature on ${file} did not verify (signtool verify /pa):\n${tail(`${stdout}\n${stderr}`)}\nThe original file was left unchanged.`);
    return parseSigntoolVerify(stdout);
  }

  async signerOf(file: string): Promise<AuthenticodeCheck | undefined> {
    const { exitCode, stdout } = await this.run(this.signtool(), ['verify', '/pa', '/all', '/v', file], { allowFailure: true, timeoutMs: 120_000 });
    return exitCode === 0 ? parseSigntoolVerify(stdout) : undefined;
  }
}

/** A CA bundle for osslsigncode: the user's CA file followed by the system's roots (for public timestamp servers). */
export async function caBundleText(caFile: string): Promise<string> {
  const own = await readFile(caFile, 'utf8').catch(() => {
    throw new UserError(`Input "ca-file" names ${caFile}, which cannot be read; give a PEM file of the CA certificates to trust.`);
  });
  if (parsePemCertificates(own).length === 0) throw new UserError(`Input "ca-file" names ${caFile}, which holds no PEM certificate.`);
  const system = await readFile('/etc/ssl/certs/ca-certificates.crt', 'utf8').catch(() => '');
  return `${own.trimEnd()}\n${system}`;
}
