import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { runTool, type ToolResult } from '../../kit/exec.js';
import { removeLeftovers, withTemporarySibling } from '../leftovers.js';
import { createPrivateDir, decodeBase64, privateDirPath, requireFiles, writePrivateFile } from '../private-files.js';
import type { Leftover, SignatureRecord, Signer } from '../signer.js';

/** Options of the minisign signer. */
export interface MinisignSignerOptions {
  /**
   * The secret key file's content (`untrusted comment: …` and the key line), or base64 of it — the
   * form `tauri signer generate` prints and TAURI_SIGNING_PRIVATE_KEY holds.
   */
  secretKey: string;
  /** The key's password; empty or absent for a key made with `minisign -G -W`. */
  password?: string;
  /** Folder for the key file (RUNNER_TEMP in a workflow): written 0600 in a 0700 folder under it. */
  tempRoot: string;
  /** Also write the Tauri updater signature `<file>.sig`: base64 of the whole .minisig file. */
  tauriSignature?: boolean;
  /** Write `<file>.minisig` (default true); false with tauriSignature writes the Tauri `.sig` only. */
  minisigFile?: boolean;
  /** Trusted comment signed with each file; minisign's default (`timestamp:… file:…`) when absent. */
  trustedComment?: string;
  /** Input names used in error messages (defaults: minisign-key, minisign-password). */
  inputNames?: { secretKey?: string; password?: string };
  /** The minisign command (default `minisign`). */
  minisign?: string;
}

/** Bytes 2–3 of a secret key: the key-derivation algorithm, "Sc" (scrypt) or zero (no password). */
function isEncrypted(keyLine: string): boolean {
  const raw = Buffer.from(keyLine, 'base64');
  return !(raw[2] === 0 && raw[3] === 0);
}

/** Normalises a secret key input into the text of a minisign secret key file. */
export function secretKeyFile(value: string, input = 'minisign-key'): { text: string; encrypted: boolean } {
  let text = value.trim();
  if (text === '') throw new UserError(`Input "${input}" is empty; give the minisign secret key file's content or base64 of it.`);
  if (!text.startsWith('untrusted comment:')) {
    const decoded = decodeBase64(text, `Input "${input}"`);
    const decodedText = decoded.toString('utf8').trim();
    if (decodedText.startsWith('untrusted comment:')) text = decodedText;
    // The key line alone (base64 of 158 bytes starting with "Ed").
    else if (decoded.length === 158 && decoded.toString('latin1', 0, 2) === 'Ed') text = `untrusted comment: minisign secret key\n${text.replace(/\s+/g, '')}`;
    else throw new UserError(`Input "${input}" is not a minisign secret key: expected "untrusted comment: …" and a key line, or base64 of them.`);
  }
  const lines = text.split(/\r?\n/);
  const keyLine = lines[1]?.trim() ?? '';
  const raw = Buffer.from(keyLine, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyLine) || raw.length !== 158 || raw.toString('latin1', 0, 2) !== 'Ed') {
    throw new UserError(`Input "${input}" is not a minisign secret key: its second line is not a minisign key.`);
  }
  return { text: `${lines[0]!.trim()}\n${keyLine}\n`, encrypted: isEncrypted(keyLine) };
}

/** Normalises a public key: the .pub file's content, base64 of it (Tauri's form), or the bare key line. */
export function publicKeyFile(value: string): string {
  let text = value.trim();
  if (!text.startsWith('untrusted comment:') && !/^RW[A-Za-z0-9+/]{54}$/.test(text)) {
    const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8').trim();
    if (decoded.startsWith('untrusted comment:')) text = decoded;
  }
  if (/^RW[A-Za-z0-9+/]{54}$/.test(text)) text = `untrusted comment: minisign public key\n${text}`;
  if (!text.startsWith('untrusted comment:')) throw new UserError('The minisign public key is neither a .pub file, base64 of one, nor a key line starting with RW.');
  return `${text}\n`;
}

/** The Tauri updater signature of a .minisig file: base64 of its whole content. */
export function tauriSignatureOf(minisig: string | Buffer): string {
  return Buffer.from(minisig).toString('base64');
}

async function withTempDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'release-kit-minisign-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `minisign -V`: undefined when `signature` (.minisig text) is good for `file` under `publicKey`; minisign's words when not. */
export async function verifyMinisign(file: string, signature: string | Buffer, publicKey: string, minisign = 'minisign'): Promise<string | undefined> {
  return withTempDir(async (dir) => {
    const pub = path.join(dir, 'key.pub');
    const sig = path.join(dir, 'file.minisig');
    await writeFile(pub, publicKeyFile(publicKey));
    await writeFile(sig, signature);
    const result = await runTool(minisign, ['-V', '-p', pub, '-x', sig, '-m', file], { allowFailure: true, timeoutMs: 600_000 });
    return result.exitCode === 0 ? undefined : (result.stderr.trim() || result.stdout.trim() || `minisign -V exit ${result.exitCode}`);
  });
}

/**
 * Checks a Tauri updater signature (the text of a `.sig` file: base64 of a .minisig) the way the
 * updater does: decoded back to the .minisig and verified with `minisign -V`.
 */
export async function verifyTauriSignature(file: string, signature: string, publicKey: string, minisign = 'minisign'): Promise<string | undefined> {
  const text = signature.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return 'the .sig is not base64';
  const minisig = Buffer.from(text, 'base64');
  if (!minisig.toString('utf8').startsWith('untrusted comment:')) return 'the .sig is not base64 of a minisign signature';
  return verifyMinisign(file, minisig, publicKey, minisign);
}

/**
 * minisign signatures: `<file>.minisig` next to each file (and, when asked, the Tauri updater
 * `<file>.sig`), made with the secret key written 0600 under the temporary root and checked with
 * `minisign -V` against the public key derived from it.
 */
export class MinisignSigner implements Signer {
  readonly method = 'minisign' as const;
  readonly options: MinisignSignerOptions;
  #dir: string | undefined;
  #keyFile = '';
  #encrypted = false;
  #publicKey = '';
  #keyId = '';
  #leftovers: Leftover[] = [];

  constructor(options: MinisignSignerOptions) {
    this.options = options;
  }

  get #minisign(): string {
    return this.options.minisign ?? 'minisign';
  }

  get #names(): { secretKey: string; password: string } {
    return { secretKey: this.options.inputNames?.secretKey ?? 'minisign-key', password: this.options.inputNames?.password ?? 'minisign-password' };
  }

  /** The public key file's text (after prepare): publish it, or give it to the Tauri updater as base64. */
  get publicKey(): string {
    return this.#publicKey;
  }

  /** The key id minisign prints (16 hex digits). */
  get keyId(): string {
    return this.#keyId;
  }

  #password(): string {
    return (this.options.password ?? '').replace(/\r?\n$/, '');
  }

  /** Runs minisign with the password on standard input when the key is encrypted. */
  async #run(args: string[], allowFailure = false): Promise<ToolResult> {
    const password = this.#password();
    return runTool(this.#minisign, args, {
      timeoutMs: 600_000,
      allowFailure,
      secrets: password ? [password] : [],
      ...(this.#encrypted ? { input: `${password}\n` } : {}),
    });
  }

  #explain(result: ToolResult, what: string): UserError {
    const said = `${result.stderr}\n${result.stdout}`;
    if (/Wrong password/i.test(said)) {
      return new UserError(
        this.#password() === ''
          ? `The minisign secret key in input "${this.#names.secretKey}" is protected by a password, but input "${this.#names.password}" is empty.`
          : `Input "${this.#names.password}" is not the password of the minisign secret key in input "${this.#names.secretKey}".`,
      );
    }
    if (/loading the secret key|base64 conversion|Unsupported/i.test(said)) {
      return new UserError(`Input "${this.#names.secretKey}" is not a usable minisign secret key (${said.trim().split('\n').filter((l) => !/^Password:/.test(l)).join(' ').trim()}).`);
    }
    const lines = said.split('\n').map((l) => l.replace(/^Password:\s*/, '').trim()).filter((l) => l && !/^Deriving a key/.test(l));
    return new UserError(`${what} failed: ${lines.slice(-3).join(' ') || `exit ${result.exitCode}`}`);
  }

  async prepare(): Promise<void> {
    const key = secretKeyFile(this.options.secretKey, this.#names.secretKey);
    this.#encrypted = key.encrypted;
    await runTool(this.#minisign, ['-v'], { timeoutMs: 30_000 });
    const dir = privateDirPath(this.options.tempRoot, 'release-kit-minisign-');
    this.#leftovers.push({ kind: 'path', path: dir });
    await createPrivateDir(dir);
    this.#dir = dir;
    this.#keyFile = path.join(dir, 'minisign.key');
    await writePrivateFile(this.#keyFile, key.text);
    if (this.#encrypted) {
      // minisign derives the key from the password with scrypt at 1 GiB, seconds each time: do it
      // once and keep the decrypted key in the same private file for the few minutes of the job.
      const opened = await this.#run(['-C', '-s', this.#keyFile, '-W'], true);
      if (opened.exitCode !== 0 || !/Password removed/i.test(opened.stdout + opened.stderr)) throw this.#explain(opened, 'Opening the minisign secret key');
      this.#encrypted = false;
    }
    const pub = path.join(dir, 'minisign.pub');
    const derived = await this.#run(['-R', '-s', this.#keyFile, '-p', pub], true);
    if (derived.exitCode !== 0) throw this.#explain(derived, 'Deriving the minisign public key');
    this.#publicKey = await readFile(pub, 'utf8');
    this.#keyId = /public key ([0-9A-F]{16})/i.exec(this.#publicKey)?.[1]?.toUpperCase() ?? '';
  }

  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    if (!this.#dir) throw new Error('MinisignSigner.signAll before prepare()');
    await requireFiles(files);
    const records: SignatureRecord[] = [];
    for (const file of files) {
      const target = `${file}.minisig`;
      const keepMinisig = this.options.minisigFile !== false || !this.options.tauriSignature;
      const written = keepMinisig ? [target] : [];
      await withTemporarySibling(
        file,
        `.${path.basename(target)}.`,
        async (temp) => {
          const args = ['-S', '-s', this.#keyFile, '-m', file, '-x', temp];
          if (this.options.trustedComment !== undefined) args.push('-t', this.options.trustedComment);
          const signed = await this.#run(args, true);
          if (signed.exitCode !== 0) throw this.#explain(signed, `minisign -S of ${file}`);
          const minisig = await readFile(temp);
          const problem = await verifyMinisign(file, minisig, this.#publicKey, this.#minisign);
          if (problem) throw new UserError(`The minisign signature of ${file} does not verify: ${problem}`);
          if (this.options.tauriSignature) {
            const sig = tauriSignatureOf(minisig);
            const tauriProblem = await verifyTauriSignature(file, sig, this.#publicKey, this.#minisign);
            if (tauriProblem) throw new UserError(`The Tauri updater signature of ${file} does not verify: ${tauriProblem}`);
            const sigTemp = `${temp}.sig`;
            await writeFile(sigTemp, sig);
            await rename(sigTemp, `${file}.sig`);
            written.push(`${file}.sig`);
          }
          if (keepMinisig) await rename(temp, target);
        },
        ['.sig'],
      );
      records.push({ file, method: 'minisign', subject: `minisign key ${this.#keyId}`, thumbprint: this.#keyId, signatureFiles: written, verified: true });
    }
    return records;
  }

  leftovers(): Leftover[] {
    return [...this.#leftovers];
  }

  async cleanup(): Promise<void> {
    const problems = await removeLeftovers(this.#leftovers);
    this.#leftovers = [];
    this.#dir = undefined;
    if (problems.length > 0) throw new UserError(`Cleaning up the minisign key: ${problems.join('; ')}`);
  }
}
