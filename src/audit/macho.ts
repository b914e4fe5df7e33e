import { readSync } from 'node:fs';

/**
 * Mach-O code signatures, read from the load commands (no Apple tool needed): every architecture of a
 * thin or fat (universal) binary must carry LC_CODE_SIGNATURE, pointing at an embedded signature
 * SuperBlob inside the file. A signature whose CodeDirectory is ad hoc (the linker's own, on every
 * arm64 build) and that holds no CMS signature is not a Developer ID signature: notarization rejects it.
 */

export type MachOSignature = 'signed' | 'adhoc' | 'unsigned' | 'broken';

export interface MachOSlice {
  /** The CPU the slice runs on (x86_64, arm64, …). */
  cpu: string;
  signature: MachOSignature;
  /** What is wrong, in words, when the signature is not `signed`. */
  detail?: string;
}

const MH_MAGIC = 0xfeedface;
const MH_CIGAM = 0xcefaedfe;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const LC_CODE_SIGNATURE = 0x1d;
const CSMAGIC_EMBEDDED_SIGNATURE = 0xfade0cc0;
const CSMAGIC_CODEDIRECTORY = 0xfade0c02;
const CSMAGIC_BLOBWRAPPER = 0xfade0b01;
const CSSLOT_CODEDIRECTORY = 0;
const CSSLOT_SIGNATURESLOT = 0x10000;
const CS_ADHOC = 0x2;
/** Java class files share the fat magic; a universal binary has a handful of slices, a class file's version is ≥ 45. */
const MAX_FAT_ARCHS = 30;

const CPUS: Record<number, string> = { 7: 'i386', 0x01000007: 'x86_64', 12: 'arm', 0x0100000c: 'arm64', 0x0200000c: 'arm64_32', 18: 'ppc', 0x01000012: 'ppc64' };

function cpuName(type: number): string {
  return CPUS[type] ?? `cpu 0x${type.toString(16)}`;
}

/** Random access to a file's bytes: a Mach-O file may be hundreds of MiB, of which a few KiB are read. */
export interface Bytes {
  readonly size: number;
  /** `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Buffer;
}

export function bufferBytes(buffer: Buffer): Bytes {
  return { size: buffer.length, read: (offset, length) => buffer.subarray(offset, offset + length) };
}

/** A file read with positioned reads on an open descriptor. */
export function fileBytes(fd: number, size: number): Bytes {
  return {
    size,
    read(offset, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      if (buffer.length) readSync(fd, buffer, 0, buffer.length, offset);
      return buffer;
    },
  };
}

/** The kind of Mach-O file the first bytes announce, or undefined when they are not Mach-O. */
export function machOKind(head: Buffer): 'thin' | 'fat' | undefined {
  if (head.length < 8) return undefined;
  const magic = head.readUInt32BE(0);
  if ([MH_MAGIC, MH_CIGAM, MH_MAGIC_64, MH_CIGAM_64].includes(magic)) return 'thin';
  if (magic === FAT_MAGIC || magic === FAT_MAGIC_64) {
    const count = head.readUInt32BE(4);
    return count > 0 && count < MAX_FAT_ARCHS ? 'fat' : undefined;
  }
  return undefined;
}

/** The signature of one thin Mach-O image that starts at `base` and is `size` bytes long. */
function thinSignature(bytes: Bytes, base: number, size: number): MachOSlice {
  const head = bytes.read(base, 32);
  const magic = head.readUInt32BE(0);
  const little = magic === MH_CIGAM || magic === MH_CIGAM_64;
  const is64 = magic === MH_MAGIC_64 || magic === MH_CIGAM_64;
  const cpu = cpuName(little ? head.readUInt32LE(4) : head.readUInt32BE(4));
  const ncmds = little ? head.readUInt32LE(16) : head.readUInt32BE(16);
  const sizeofcmds = little ? head.readUInt32LE(20) : head.readUInt32BE(20);
  const headerSize = is64 ? 32 : 28;
  if (headerSize + sizeofcmds > size || base + headerSize + sizeofcmds > bytes.size) return { cpu, signature: 'broken', detail: 'its load commands run past the end of the file' };
  // The header and load commands, read once; offsets below are relative to the image's start.
  const commands = bytes.read(base, headerSize + sizeofcmds);
  const u32 = (at: number): number => (little ? commands.readUInt32LE(at) : commands.readUInt32BE(at));
  const end = headerSize + sizeofcmds;
  let at = headerSize;
  for (let i = 0; i < ncmds; i++) {
    if (at + 8 > end) return { cpu, signature: 'broken', detail: 'a load command runs past the header' };
    const cmd = u32(at);
    const cmdsize = u32(at + 4);
    if (cmdsize < 8) return { cpu, signature: 'broken', detail: `load command ${i} has size ${cmdsize}` };
    if (cmd === LC_CODE_SIGNATURE) return { cpu, ...superBlob(bytes, base, u32(at + 8), u32(at + 12), size) };
    at += cmdsize;
  }
  return { cpu, signature: 'unsigned', detail: 'no LC_CODE_SIGNATURE load command' };
}

/** Reads the embedded signature (big-endian blobs): ad hoc or with a CMS signature from a certificate. */
function superBlob(bytes: Bytes, base: number, dataoff: number, length: number, size: number): Omit<MachOSlice, 'cpu'> {
  if (length < 12 || dataoff + length > size || base + dataoff + length > bytes.size) {
    return { signature: 'broken', detail: 'LC_CODE_SIGNATURE points outside the file' };
  }
  // The whole signature is small (a few KiB per MiB of code): read it once.
  const blobs = bytes.read(base + dataoff, length);
  if (blobs.readUInt32BE(0) !== CSMAGIC_EMBEDDED_SIGNATURE) return { signature: 'broken', detail: 'LC_CODE_SIGNATURE does not point at an embedded signature' };
  const count = blobs.readUInt32BE(8);
  let adhoc = false;
  let directory = false;
  let cms = false;
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 8;
    if (entry + 8 > length) return { signature: 'broken', detail: 'the signature index runs past the signature' };
    const type = blobs.readUInt32BE(entry);
    const blob = blobs.readUInt32BE(entry + 4);
    if (blob + 8 > length) return { signature: 'broken', detail: 'a signature blob lies outside the signature' };
    const magic = blobs.readUInt32BE(blob);
    const blobSize = blobs.readUInt32BE(blob + 4);
    if (type === CSSLOT_CODEDIRECTORY && magic === CSMAGIC_CODEDIRECTORY && blob + 16 <= length) {
      directory = true;
      adhoc = (blobs.readUInt32BE(blob + 12) & CS_ADHOC) !== 0;
    }
    // An ad hoc signature may still carry an empty wrapper: only a non-empty CMS blob is a signature.
    if (type === CSSLOT_SIGNATURESLOT && magic === CSMAGIC_BLOBWRAPPER && blobSize > 8) cms = true;
  }
  if (!directory) return { signature: 'broken', detail: 'the embedded signature has no CodeDirectory' };
  if (adhoc || !cms) return { signature: 'adhoc', detail: 'ad hoc signature only (no Developer ID certificate)' };
  return { signature: 'signed' };
}

/** Every architecture of a Mach-O file and its signature; undefined when the bytes are not Mach-O. */
export function machOSignatures(bytes: Bytes): MachOSlice[] | undefined {
  const kind = machOKind(bytes.read(0, 8));
  if (!kind) return undefined;
  if (kind === 'thin') return [thinSignature(bytes, 0, bytes.size)];
  const head = bytes.read(0, 8);
  const wide = head.readUInt32BE(0) === FAT_MAGIC_64;
  const count = head.readUInt32BE(4);
  const header = bytes.read(0, 8 + count * (wide ? 32 : 20));
  const slices: MachOSlice[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 8 + i * (wide ? 32 : 20);
    if (entry + (wide ? 32 : 20) > header.length) return [...slices, { cpu: `slice ${i}`, signature: 'broken', detail: 'the fat header runs past the end of the file' }];
    const cpu = cpuName(header.readUInt32BE(entry));
    const offset = wide ? Number(header.readBigUInt64BE(entry + 8)) : header.readUInt32BE(entry + 8);
    const size = wide ? Number(header.readBigUInt64BE(entry + 16)) : header.readUInt32BE(entry + 12);
    if (offset + size > bytes.size || size < 28 || machOKind(bytes.read(offset, 8)) !== 'thin') {
      slices.push({ cpu, signature: 'broken', detail: 'the slice is not a Mach-O image inside the file' });
    } else {
      slices.push(thinSignature(bytes, offset, size));
    }
  }
  return slices;
}
