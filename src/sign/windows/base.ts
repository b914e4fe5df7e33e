import { randomUUID } from 'node:crypto';
import { chmod, copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { runTool, ToolError } from '../../kit/exec.js';
import { mapLimit } from '../../kit/map-limit.js';
import type { Leftover, SignatureRecord, Signer, SignMethod } from '../signer.js';
import { TimestampFailover, TimestampServerError } from '../timestamp.js';
import { checkAuthenticodeFile, type AuthenticodeFormat } from './file-types.js';
import type { AuthenticodeCheck, AuthenticodeVerifier, ToolRunner } from './verify.js';

export interface SignLog {
  info(message: string): void;
  warning(message: string): void;
}

const SILENT: SignLog = { info: () => undefined, warning: () => undefined };

/** What every Windows signer is configured with. */
export interface WindowsSignerOptions {
  /** RFC 3161 servers with retry and fallback; undefined: no timestamp. */
  timestamp?: TimestampFailover;
  /** SHA-1 signature first, then a nested SHA-256 one (for Windows 7 and older verifiers). */
  dualSign?: boolean;
  /** Longest wait for one signing run that asks a timestamp server (a hung server counts as a failed one). */
  timestampTimeoutMs?: number;
  /** Fail a file whose signature carries no timestamp (for methods that timestamp by themselves). */
  requireTimestamp?: boolean;
  /** Leave a file alone when it already carries a valid signature by this certificate. */
  skipSigned?: boolean;
  /** Files signed at once. */
  concurrency?: number;
  /** Where key material goes (RUNNER_TEMP on a runner): a private folder is made inside. */
  tempRoot: string;
  /** PEM CA certificates the signatures must chain to (besides the system's roots). */
  caFile?: string;
  /** Description and URL shown in the Windows UAC prompt. */
  description?: string;
  descriptionUrl?: string;
  run?: ToolRunner;
  log?: SignLog;
  /** Told of every leftover before it is created, so the post step can remove it if this process dies. */
  declare?: (leftover: Leftover) => void;
  /** Told when a declared leftover was removed again (a file's staging folder), so the post step can forget it. */
  release?: (leftover: Leftover) => void;
}

/**
 * The file-by-file part every Windows method shares: check the file is what its name says, skip it when
 * already signed by this certificate, sign a copy in a private folder next to it, verify the copy, and
 * only then rename it over the original. A failure anywhere leaves the original byte for byte as it was.
 */
export abstract class WindowsSigner implements Signer {
  abstract readonly method: SignMethod;
  protected readonly options: WindowsSignerOptions;
  protected readonly run: ToolRunner;
  protected readonly log: SignLog;
  private readonly declared: Leftover[] = [];
  private privateDir: string | undefined;
  /** Subject and thumbprint of the signing certificate, when known before signing. */
  protected certificate: { subject: string; thumbprint: string } | undefined;

  constructor(options: WindowsSignerOptions) {
    this.options = options;
    this.run = options.run ?? runTool;
    this.log = options.log ?? SILENT;
  }

  protected abstract get verifier(): AuthenticodeVerifier;
  /** Makes `target` a signed copy of `source` (`target` does not exist yet); returns the timestamp server used. */
  protected abstract signCopy(source: string, target: string, format: AuthenticodeFormat): Promise<string | undefined>;
  abstract prepare(): Promise<void>;

  protected declare(leftover: Leftover): void {
    this.declared.push(leftover);
    this.options.declare?.(leftover);
  }

  /** A folder only this user can read, under the temp root, declared before it exists. */
  protected async keyDir(): Promise<string> {
    if (this.privateDir) return this.privateDir;
    const dir = path.join(this.options.tempRoot, `release-kit-sign-${randomUUID()}`);
    this.declare({ kind: 'path', path: dir });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    this.privateDir = dir;
    return dir;
  }

  /** Writes secret material with mode 0600 into the private folder. */
  protected async writeSecretFile(name: string, content: string | Buffer): Promise<string> {
    const file = path.join(await this.keyDir(), name);
    await writeFile(file, content, { mode: 0o600, flag: 'wx' });
    return file;
  }

  /** How long one signing run may take: shorter when it waits on a timestamp server, which may hang. */
  protected signTimeoutMs(timestampUrl: string | undefined): number {
    return timestampUrl ? (this.options.timestampTimeoutMs ?? 180_000) : 600_000;
  }

  /** A signing run stopped because it waited on the timestamp server too long: that server's failure. */
  protected timedOutOnTimestamp(error: unknown, timestampUrl: string | undefined): TimestampServerError | undefined {
    if (!timestampUrl || !(error instanceof ToolError) || !/did not finish within/.test(error.message)) return undefined;
    return new TimestampServerError(`no answer within ${this.signTimeoutMs(timestampUrl) / 1000} s`);
  }

  /** The private folder (after prepare): verifier scratch files go there too. */
  protected workDirSync(): string {
    if (!this.privateDir) throw new Error('prepare() must run before signing');
    return this.privateDir;
  }

  /**
   * Signs up to `concurrency` files at once. The first failure stops new files from starting; the ones
   * under way finish (each is either signed and verified or unchanged), then the failure is thrown.
   */
  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    let failure: { error: unknown } | undefined;
    const results = await mapLimit(files, Math.max(1, this.options.concurrency ?? 4), async (file) => {
      if (failure) return undefined;
      try {
        return await this.signOne(file);
      } catch (error) {
        failure ??= { error };
        return undefined;
      }
    });
    if (failure) {
      const done = results.filter((record) => record !== undefined).length;
      const { error } = failure;
      if (files.length > 1 && error instanceof UserError) {
        throw new UserError(`${error.message}\n(${done} of ${files.length} files were signed and verified before this; the others are unchanged.)`);
      }
      throw error;
    }
    return results as SignatureRecord[];
  }

  private async signOne(file: string): Promise<SignatureRecord> {
    const format = await checkAuthenticodeFile(file);
    if (this.options.skipSigned) {
      const existing = await this.verifier.signerOf(file);
      if (existing && this.isOurs(existing)) {
        this.log.info(`${file} is already signed by ${existing.subject ?? existing.thumbprint}; left as it is.`);
        return this.record(file, existing, undefined, 'already-signed');
      }
    }
    const staging = path.join(path.dirname(file), `.release-kit-sign-${randomUUID()}`);
    const leftover: Leftover = { kind: 'path', path: staging };
    this.declare(leftover);
    await mkdir(staging, { mode: 0o700 });
    try {
      const target = path.join(staging, path.basename(file));
      const server = await this.signCopy(file, target, format);
      const check = await this.verifier.verify(target);
      if (this.options.dualSign && check.signatures < 2) {
        throw new UserError(`${file}: dual signing was asked for, but ${this.verifier.tool} found ${check.signatures} signature(s) on the signed copy; the original was left unchanged.`);
      }
      if ((this.options.timestamp || this.options.requireTimestamp) && !check.timestamped) {
        throw new UserError(`${file}: the signed copy carries no timestamp${server ? ` although ${server} answered` : ''}; the original was left unchanged.`);
      }
      if (this.certificate && check.thumbprint !== this.certificate.thumbprint) {
        throw new UserError(
          `${file}: the signed copy is signed by ${check.thumbprint ?? 'a certificate the verifier did not name'}, not by the configured certificate ${this.certificate.thumbprint}; the original was left unchanged.`,
        );
      }
      await chmod(target, (await stat(file)).mode & 0o7777);
      await rename(target, file);
      this.log.info(`Signed ${file} (${this.method}${server ? `, timestamp ${server}` : ''}); ${this.verifier.tool} verified ${check.signatures} signature(s).`);
      return this.record(file, check, server);
    } finally {
      await rm(staging, { recursive: true, force: true });
      this.declared.splice(this.declared.indexOf(leftover), 1);
      this.options.release?.(leftover);
    }
  }

  private isOurs(existing: AuthenticodeCheck): boolean {
    return Boolean(this.certificate && existing.thumbprint === this.certificate.thumbprint);
  }

  private record(file: string, check: AuthenticodeCheck, server: string | undefined, skipped?: 'already-signed'): SignatureRecord {
    // The configured certificate's full subject when known (its thumbprint was checked against the signature).
    const subject = this.certificate?.subject ?? check.subject;
    const thumbprint = this.certificate?.thumbprint ?? check.thumbprint;
    return {
      file,
      method: this.method,
      ...(subject ? { subject } : {}),
      ...(thumbprint ? { thumbprint } : {}),
      ...(server ? { timestampServer: server } : {}),
      verified: true,
      ...(skipped ? { skipped } : {}),
    };
  }

  leftovers(): Leftover[] {
    return [...this.declared];
  }

  async cleanup(): Promise<void> {
    for (const leftover of this.declared) if (leftover.kind === 'path') await rm(leftover.path, { recursive: true, force: true });
  }

  /** Copies the original into place for tools that sign in place (signtool, AzureSignTool, user commands). */
  protected async copyForSigning(source: string, target: string): Promise<void> {
    await copyFile(source, target);
  }

  /**
   * For tools that sign a file in place: the copy is signed once per digest (dual signing: SHA-1, then
   * SHA-256 appended), each signature under the timestamp servers' failover. Returns the server used.
   */
  protected async signInPlace(
    source: string,
    target: string,
    signOnce: (target: string, hash: 'sha1' | 'sha256', append: boolean, url: string | undefined) => Promise<void>,
  ): Promise<string | undefined> {
    await this.copyForSigning(source, target);
    const steps: Array<{ hash: 'sha1' | 'sha256'; append: boolean }> = this.options.dualSign
      ? [
          { hash: 'sha1', append: false },
          { hash: 'sha256', append: true },
        ]
      : [{ hash: 'sha256', append: false }];
    let server: string | undefined;
    for (const step of steps) {
      if (this.options.timestamp) server = (await this.options.timestamp.run((url) => signOnce(target, step.hash, step.append, url))).url;
      else await signOnce(target, step.hash, step.append, undefined);
    }
    return server;
  }
}
