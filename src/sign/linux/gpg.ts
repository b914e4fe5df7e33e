import { rename } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';
import { withTemporarySibling } from '../leftovers.js';
import { requireFiles } from '../private-files.js';
import type { Leftover, SignatureRecord, Signer } from '../signer.js';
import { GpgKeyring, type GpgKeyOptions } from './gpg-keyring.js';

/** Options of the GPG detached-signature signer: the key, its passphrase and where its GNUPGHOME goes. */
export type GpgSignerOptions = GpgKeyOptions;

/**
 * Detached, ASCII-armored OpenPGP signatures: `<file>.asc` next to each file, made with the key
 * imported into a temporary GNUPGHOME and checked with `gpg --verify` before it is put in place.
 */
export class GpgSigner implements Signer {
  readonly method = 'gpg' as const;
  readonly keyring: GpgKeyring;

  constructor(options: GpgSignerOptions) {
    this.keyring = new GpgKeyring(options);
  }

  async prepare(): Promise<void> {
    await this.keyring.prepare();
  }

  async signAll(files: readonly string[]): Promise<SignatureRecord[]> {
    await requireFiles(files);
    const records: SignatureRecord[] = [];
    for (const file of files) {
      const target = `${file}.asc`;
      await withTemporarySibling(file, `.${path.basename(target)}.`, async (temp) => {
        await this.keyring.signDetached(file, temp);
        const problem = await this.keyring.verifyDetached(temp, [file]);
        if (problem) throw new UserError(`The GPG signature of ${file} does not verify: ${problem}`);
        await rename(temp, target);
      });
      const { fingerprint, userId } = this.keyring.key;
      records.push({ file, method: 'gpg', subject: userId, thumbprint: fingerprint, signatureFiles: [target], verified: true });
    }
    return records;
  }

  leftovers(): Leftover[] {
    return this.keyring.leftovers();
  }

  async cleanup(): Promise<void> {
    await this.keyring.cleanup();
  }
}
