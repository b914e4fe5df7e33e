/** The Linux (and any-file) signers: GPG detached signatures, rpm and deb package signatures, minisign. */
import path from 'node:path';

export { DebsigsSigner, type DebsigsSignerOptions } from './debsigs.js';
export { type GpgInputNames, type GpgKeyOptions } from './gpg-keyring.js';
export { GpgSigner, type GpgSignerOptions } from './gpg.js';
export { MinisignSigner, tauriSignatureOf, verifyMinisign, verifyTauriSignature, type MinisignSignerOptions } from './minisign.js';
export { RpmSigner, type RpmSignerOptions } from './rpm.js';

/**
 * How a GPG key signs a file: inside the package for .rpm (rpmsign) and .deb/.udeb/.ddeb
 * (debsigs), a detached armored `.asc` for anything else.
 */
export function gpgMethodOf(file: string): 'rpmsign' | 'debsigs' | 'gpg' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.rpm') return 'rpmsign';
  if (ext === '.deb' || ext === '.udeb' || ext === '.ddeb') return 'debsigs';
  return 'gpg';
}
