import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { runTool } from '../../kit/exec.js';
import { requireFiles, signCopyThenReplace } from '../private-files.js';
import type { Leftover, SignatureRecord, Signer } from '../signer.js';
import { extractArMember, readArMembers, type ArMember } from './ar.js';
import { GpgKeyring, type GpgKeyOptions } from './gpg-keyring.js';

/** Options of the .deb signer: the GPG key (as for `GpgSigner`) and the signature type. */
export interface DebsigsSignerOptions extends GpgKeyOptions {
  /** The debsigs signature type: `origin` (default), `maint` or `archive`; the member is `_gpg<type>`. */
  signatureType?: string;
  /** The debsigs command (default `debsigs`). */
  debsigs?: string;
}

/** The members a debsigs signature covers, in the order debsig-verify concatenates them. */
export function signedMembers(members: readonly ArMember[]): ArMember[] | undefined {
  const binary = members.find((m) => m.name === 'debian-binary');
  const control = members.find((m) => /^control\.tar(\.(gz|xz|zst|bz2|lzma))?$/.test(m.name));
  const data = members.find((m) => /^data\.tar(\.(gz|xz|zst|bz2|lzma))?$/.test(m.name));
  return binary && control && data ? [binary, control, data] : undefined;
}

/**
 * Signs .deb packages with `debsigs --sign=origin` (a `_gpgorigin` member: a detached signature
 * over `debian-binary`, `control.tar.*` and `data.tar.*` concatenated) using the key in a
 * temporary GNUPGHOME, and checks each the way debsig-verify does: that member, verified by gpg
 * over those three members.
 */
export class DebsigsSigner implements Signer {
  readonly method = 'debsigs' as const;
  readonly keyring: GpgKeyring;
  readonly options: DebsigsSignerOptions;
  readonly signatureType: string;

  constructor(options: DebsigsSignerOptions) {
    this.options = options;
    this.keyring = new GpgKeyring(options);
    this.signatureType = options.signatureType ?? 'origin';
    if (!/^[a-z]{1,10}$/.test(this.signatureType)) {
      throw new UserError(`The debsigs signature type ${JSON.stringify(this.signatureType)} is not allowed; use origin, maint or archive.`);
    }
  }

  get #debsigs(): string {
    return this.options.debsigs ?? 'debsigs';
  }

  async prepare(): Promise<void> {
    const probe = await runTool(this.#debsigs, ['--help'], { allowFailure: true, timeoutMs: 30_000 });
    if (!/debsigs/i.test(probe.stdout + probe.stderr)) throw new UserError(`${this.#debsigs} does not look like debsigs (it printed no usage).`);
    await this.keyring.prepare();
  }

  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    await requireFiles(files);
    for (const file of files) {
      const members = await readArMembers(file);
      if (!members || !signedMembers(members)) {
        throw new UserError(`${file} is not a Debian package (an ar archive with debian-binary, control.tar.* and data.tar.*); debsigs signs .deb files only.`);
      }
    }
    const records: SignatureRecord[] = [];
    const member = `_gpg${this.signatureType}`;
    for (const file of files) {
      await signCopyThenReplace(file, async (copy) => {
        const env = this.keyring.env();
        // A package signed before (by another key, say) gets this signature instead of a second member.
        if ((await readArMembers(copy))?.some((m) => m.name === member)) {
          await runTool(this.#debsigs, [`--delete=${this.signatureType}`, copy], { env, timeoutMs: 120_000 });
        }
        await runTool(this.#debsigs, [`--sign=${this.signatureType}`, '-k', this.keyring.key.fingerprint, copy], { env, timeoutMs: 600_000 });
        const problem = await this.verify(copy);
        if (problem) throw new UserError(`The debsigs signature of ${file} does not verify: ${problem}`);
      });
      const { fingerprint, userId } = this.keyring.key;
      records.push({ file, method: 'debsigs', subject: userId, thumbprint: fingerprint, verified: true });
    }
    return records;
  }

  /** Undefined when the package's `_gpg<type>` member is a good signature by this key. */
  async verify(file: string): Promise<string | undefined> {
    const members = await readArMembers(file);
    if (!members) return 'not an ar archive';
    const signature = members.find((m) => m.name === `_gpg${this.signatureType}`);
    if (!signature) return `no _gpg${this.signatureType} member`;
    const covered = signedMembers(members);
    if (!covered) return 'debian-binary, control.tar.* or data.tar.* is missing';
    const dir = await mkdtemp(path.join(this.keyring.home, 'deb-'));
    try {
      const sigFile = path.join(dir, signature.name);
      await extractArMember(file, signature, sigFile);
      const parts: string[] = [];
      for (const part of covered) {
        const target = path.join(dir, part.name);
        await extractArMember(file, part, target);
        parts.push(target);
      }
      return await this.keyring.verifyDetached(sigFile, parts);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  leftovers(): Leftover[] {
    return this.keyring.leftovers();
  }

  async cleanup(): Promise<void> {
    await this.keyring.cleanup();
  }
}
