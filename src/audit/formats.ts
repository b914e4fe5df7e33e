import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { machOKind } from './macho.js';

/** What the audit does with a file: check its signature, open it, or pass it by. */
export type FileKind =
  | { kind: 'pe'; nsis: boolean }
  | { kind: 'msi' }
  | { kind: 'appx' }
  | { kind: 'macho' }
  | { kind: 'archive'; format: ArchiveFormat; offset?: number }
  | { kind: 'other' };

export type ArchiveFormat = 'zip' | 'tar' | 'compressed' | '7z' | 'dmg' | 'deb' | 'rpm' | 'squashfs' | 'appimage' | 'cpio' | 'disk-image';

const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** NSIS's first header: flags, then this signature (7-Zip finds the installer data the same way). */
const NSIS_SIGNATURE = Buffer.concat([Buffer.from('efbeadde', 'hex'), Buffer.from('NullsoftInst')]);
const WINDOWS_PACKAGE = new Set(['.msi', '.msm', '.msp']);
const APPX = new Set(['.msix', '.appx', '.msixbundle', '.appxbundle']);

function startsWith(head: Buffer, bytes: Buffer | string, at = 0): boolean {
  const wanted = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  return head.length >= at + wanted.length && head.subarray(at, at + wanted.length).equals(wanted);
}

/** Where the squashfs image of an AppImage starts: right after the ELF runtime's section header table. */
export function elfEnd(head: Buffer): number | undefined {
  if (!startsWith(head, '\x7fELF') || head.length < 64) return undefined;
  const wide = head[4] === 2;
  const little = head[5] === 1;
  const u16 = (at: number): number => (little ? head.readUInt16LE(at) : head.readUInt16BE(at));
  if (wide) {
    const shoff = Number(little ? head.readBigUInt64LE(0x28) : head.readBigUInt64BE(0x28));
    return shoff + u16(0x3a) * u16(0x3c);
  }
  const shoff = little ? head.readUInt32LE(0x20) : head.readUInt32BE(0x20);
  return shoff + u16(0x2e) * u16(0x30);
}

/** Whether an NSIS installer's data follows the PE (searched at 512-byte steps, as NSIS aligns it). */
function hasNsisData(fd: number, size: number): boolean {
  const chunk = Buffer.alloc(1 << 20);
  for (let start = 0; start < size; start += chunk.length - 512) {
    const read = readSync(fd, chunk, 0, chunk.length, start);
    for (let at = 0; at + 4 + NSIS_SIGNATURE.length <= read; at += 512) {
      if (chunk.subarray(at + 4, at + 4 + NSIS_SIGNATURE.length).equals(NSIS_SIGNATURE)) return true;
    }
    if (read < chunk.length) break;
  }
  return false;
}

function isPe(head: Buffer): boolean {
  if (!startsWith(head, 'MZ') || head.length < 0x40) return false;
  const at = head.readUInt32LE(0x3c);
  return at + 4 <= head.length && startsWith(head, 'PE\0\0', at);
}

/** The kind of `file`, from its first bytes (and its name where bytes are shared: MSI is an OLE file, MSIX a ZIP). */
export function kindOf(file: string): FileKind {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, head, 0, head.length, 0);
    const ext = path.extname(file).toLowerCase();
    if (isPe(head)) return { kind: 'pe', nsis: hasNsisData(fd, size) };
    if (startsWith(head, OLE)) return WINDOWS_PACKAGE.has(ext) ? { kind: 'msi' } : { kind: 'other' };
    if (machOKind(head)) return { kind: 'macho' };
    if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06')) return APPX.has(ext) ? { kind: 'appx' } : { kind: 'archive', format: 'zip' };
    if (startsWith(head, '!<arch>\ndebian-binary')) return { kind: 'archive', format: 'deb' };
    if (startsWith(head, Buffer.from('edabeedb', 'hex'))) return { kind: 'archive', format: 'rpm' };
    if (startsWith(head, 'hsqs')) return { kind: 'archive', format: 'squashfs' };
    if (startsWith(head, '7z\xbc\xaf\x27\x1c')) return { kind: 'archive', format: '7z' };
    if (startsWith(head, '070701') || startsWith(head, '070702') || startsWith(head, '070707')) return { kind: 'archive', format: 'cpio' };
    if (startsWith(head, 'ustar', 257)) return { kind: 'archive', format: 'tar' };
    if (startsWith(head, '\x1f\x8b') || startsWith(head, '\xfd7zXZ\0') || startsWith(head, 'BZh') || startsWith(head, Buffer.from('28b52ffd', 'hex'))) {
      return { kind: 'archive', format: 'compressed' };
    }
    if (startsWith(head, 'H+', 1024) || startsWith(head, 'HX', 1024) || startsWith(head, 'NXSB', 32)) return { kind: 'archive', format: 'disk-image' };
    if (ext === '.dmg') return { kind: 'archive', format: 'dmg' };
    const end = elfEnd(head);
    if (end !== undefined && end + 4 <= size) {
      const magic = Buffer.alloc(4);
      readSync(fd, magic, 0, 4, end);
      if (magic.equals(Buffer.from('hsqs'))) return { kind: 'archive', format: 'appimage', offset: end };
    }
    return { kind: 'other' };
  } finally {
    closeSync(fd);
  }
}
