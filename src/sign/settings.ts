import path from 'node:path';
import { isSignatureFile, MACOS_EXTENSIONS } from './select.js';
import { authenticodeFormatOf, WINDOWS_EXTENSIONS } from './windows/file-types.js';

/** A target's `sign:` in release-kit.yml: which signer takes its files. */
export const SIGN_SETTINGS = ['windows', 'macos', 'gpg', 'none'] as const;
export type SignSetting = (typeof SIGN_SETTINGS)[number];

const WILDCARD = /[*?[\]{}]/;

/**
 * Whether the signer takes a file, by its name: true, false, or undefined when the name cannot tell
 * (an extension a glob leaves open, or an extensionless file a macOS signer takes when it is a Mach-O
 * binary). The same rule for `release-kit check` (on planned names) and for the leg (on built files).
 */
export function signerTakes(sign: SignSetting, name: string): boolean | undefined {
  if (sign === 'none') return false;
  const ext = path.extname(name).toLowerCase();
  if (WILDCARD.test(ext) || (ext === '' && WILDCARD.test(name))) return undefined;
  if (sign === 'windows') return authenticodeFormatOf(name) !== undefined;
  if (sign === 'macos') return MACOS_EXTENSIONS.includes(ext) ? true : ext === '' ? undefined : false;
  return !isSignatureFile(name);
}

/** What a signer takes, in words, for an error that says why none of a target's files can be signed. */
export function signerTakesInWords(sign: Exclude<SignSetting, 'none'>): string {
  if (sign === 'windows') return `Authenticode signs ${WINDOWS_EXTENSIONS.join(' ')} files`;
  if (sign === 'macos') return `codesign/productsign sign ${MACOS_EXTENSIONS.join(' ')} files and Mach-O binaries (files without an extension)`;
  return 'GPG signs any file but a detached signature';
}
