import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { runTool } from '../../kit/exec.js';
import { requireFiles, signCopyThenReplace } from '../private-files.js';
import type { Leftover, SignatureRecord, Signer } from '../signer.js';
import { GpgKeyring, resolveOnPath, type GpgKeyOptions } from './gpg-keyring.js';
import { writeFile } from 'node:fs/promises';

/** Options of the rpm signer: the GPG key (as for `GpgSigner`) and the tools to run. */
export interface RpmSignerOptions extends GpgKeyOptions {
  /** Digest of the signature (`_gpg_digest_algo`), e.g. `sha256`; rpm's default when absent. */
  digestAlgorithm?: string;
  /** The rpmsign command (default `rpmsign`). */
  rpmsign?: string;
  /** The rpm command used to verify (default `rpm`). */
  rpm?: string;
}

const RPM_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);

async function isRpm(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(RPM_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * Signs .rpm packages in place with `rpmsign --addsign` (a header signature made by the key in a
 * temporary GNUPGHOME) and checks each with `rpm -K` against a temporary rpm database that holds
 * only this key's public half: the system rpm database is never read or written.
 */
export class RpmSigner implements Signer {
  readonly method = 'rpmsign' as const;
  readonly keyring: GpgKeyring;
  readonly options: RpmSignerOptions;
  #gpgPath = '';
  #dbPath = '';

  constructor(options: RpmSignerOptions) {
    this.options = options;
    this.keyring = new GpgKeyring(options);
  }

  get #rpmsign(): string {
    return this.options.rpmsign ?? 'rpmsign';
  }

  get #rpm(): string {
    return this.options.rpm ?? 'rpm';
  }

  async prepare(): Promise<void> {
    // Tools first: a missing rpmsign should not cost a key import.
    await runTool(this.#rpmsign, ['--version'], { timeoutMs: 30_000 });
    await runTool(this.#rpm, ['--version'], { timeoutMs: 30_000 });
    const gpg = await resolveOnPath(this.keyring.gpg);
    if (!gpg) throw new UserError(`${this.keyring.gpg} was not found on PATH: install gnupg or put it on PATH.`);
    this.#gpgPath = gpg;
    await this.keyring.prepare();
    // The verification database lives in the GNUPGHOME and goes with it.
    this.#dbPath = path.join(this.keyring.home, 'rpmdb');
    await runTool(this.#rpm, ['--dbpath', this.#dbPath, '--initdb'], { timeoutMs: 60_000 });
    const publicKey = path.join(this.keyring.home, 'public-key.asc');
    await writeFile(publicKey, await this.keyring.exportPublicKey(), { mode: 0o600 });
    await runTool(this.#rpm, ['--dbpath', this.#dbPath, '--import', publicKey], { timeoutMs: 60_000 });
  }

  /** The `--define` arguments that make rpmsign use this keyring's key, non-interactively. */
  signArguments(file: string): string[] {
    const defines: Array<[string, string]> = [
      ['_gpg_name', this.keyring.key.fingerprint],
      ['_gpg_path', this.keyring.home],
      // rpm's default is /usr/bin/gpg2, which Debian and Ubuntu do not have.
      ['__gpg', this.#gpgPath],
    ];
    if (this.options.digestAlgorithm) defines.push(['_gpg_digest_algo', this.options.digestAlgorithm]);
    return ['--addsign', ...defines.flatMap(([name, value]) => ['--define', `${name} ${value}`]), file];
  }

  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    await requireFiles(files);
    for (const file of files) {
      if (!(await isRpm(file))) throw new UserError(`${file} is not an rpm package (it does not start with the rpm lead); rpmsign signs .rpm files only.`);
    }
    const records: SignatureRecord[] = [];
    for (const file of files) {
      await signCopyThenReplace(file, async (copy) => {
        await runTool(this.#rpmsign, this.signArguments(copy), { env: this.keyring.env(), timeoutMs: 600_000 });
        const problem = await this.verify(copy);
        if (problem) throw new UserError(`The rpm signature of ${file} does not verify: ${problem}`);
      });
      const { fingerprint, userId } = this.keyring.key;
      records.push({ file, method: 'rpmsign', subject: userId, thumbprint: fingerprint, verified: true });
    }
    return records;
  }

  /** `rpm -K` with the temporary database; undefined when digests and signatures are OK. */
  async verify(file: string): Promise<string | undefined> {
    const result = await runTool(this.#rpm, ['--dbpath', this.#dbPath, '-K', file], { allowFailure: true, timeoutMs: 600_000, env: { LC_ALL: 'C' } });
    const line = result.stdout.trim().split('\n').pop() ?? '';
    if (result.exitCode === 0 && /\bsignatures OK\b/.test(line) && /\bdigests\b/.test(line)) return undefined;
    return `${line || result.stderr.trim()}`.trim();
  }

  leftovers(): Leftover[] {
    return this.keyring.leftovers();
  }

  async cleanup(): Promise<void> {
    await this.keyring.cleanup();
  }
}
