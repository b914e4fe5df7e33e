import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../kit/errors.js';

/** What Authenticode can sign, by the container the signature goes into. */
export type AuthenticodeFormat = 'pe' | 'msi' | 'appx' | 'cat' | 'cab';

const BY_EXTENSION: Record<string, AuthenticodeFormat> = {
  '.exe': 'pe',
  '.dll': 'pe',
  '.node': 'pe',
  '.sys': 'pe',
  '.ocx': 'pe',
  '.scr': 'pe',
  '.efi': 'pe',
  '.msi': 'msi',
  '.msp': 'msi',
  '.msm': 'msi',
  '.msix': 'appx',
  '.appx': 'appx',
  '.cat': 'cat',
  '.cab': 'cab',
};

export const WINDOWS_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function authenticodeFormatOf(file: string): AuthenticodeFormat | undefined {
  return BY_EXTENSION[path.extname(file).toLowerCase()];
}

const MAGIC: Record<AuthenticodeFormat, { bytes: Buffer; what: string }> = {
  pe: { bytes: Buffer.from('MZ'), what: 'a PE image (starting with "MZ")' },
  msi: { bytes: Buffer.from('d0cf11e0a1b11ae1', 'hex'), what: 'an OLE compound file (MSI)' },
  appx: { bytes: Buffer.from('PK\x03\x04', 'latin1'), what: 'a ZIP package (MSIX/APPX)' },
  cat: { bytes: Buffer.from([0x30]), what: 'a DER-encoded catalog' },
  cab: { bytes: Buffer.from('MSCF'), what: 'a cabinet (starting with "MSCF")' },
};

/**
 * The file's Authenticode format, checked against its first bytes: a file named .exe that is not a
 * PE is refused with a message saying what it is not, before any tool touches it.
 */
export async function checkAuthenticodeFile(file: string): Promise<AuthenticodeFormat> {
  const format = authenticodeFormatOf(file);
  if (!format) {
    throw new UserError(
      `${file} cannot be signed with Authenticode: its type ${JSON.stringify(path.extname(file) || '(no extension)')} is not one of ${WINDOWS_EXTENSIONS.join(', ')}.`,
    );
  }
  const { bytes, what } = MAGIC[format];
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(bytes.length);
    const { bytesRead } = await handle.read(head, 0, bytes.length, 0);
    if (bytesRead < bytes.length || !head.equals(bytes)) throw new UserError(`${file} is not ${what}, as its name says; it was left unsigned and unchanged.`);
  } finally {
    await handle.close();
  }
  return format;
}
