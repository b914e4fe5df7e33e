import { createReadStream, createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

/** One member of a Unix `ar` archive (a .deb is one). */
export interface ArMember {
  name: string;
  /** Byte offset of the member's data in the archive. */
  offset: number;
  size: number;
}

const MAGIC = '!<arch>\n';
const HEADER = 60;

/** Lists the members of an ar archive; undefined when the file is not one. */
export async function readArMembers(file: string): Promise<ArMember[] | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size: total } = await handle.stat();
    const magic = Buffer.alloc(MAGIC.length);
    await handle.read(magic, 0, MAGIC.length, 0);
    if (magic.toString('latin1') !== MAGIC) return undefined;
    const members: ArMember[] = [];
    let position = MAGIC.length;
    const header = Buffer.alloc(HEADER);
    while (position + HEADER <= total) {
      await handle.read(header, 0, HEADER, position);
      if (header.toString('latin1', 58, 60) !== '`\n') return undefined;
      const name = header.toString('latin1', 0, 16).trimEnd().replace(/\/$/, '');
      const size = Number(header.toString('latin1', 48, 58).trim());
      if (!Number.isSafeInteger(size) || size < 0 || position + HEADER + size > total) return undefined;
      members.push({ name, offset: position + HEADER, size });
      position += HEADER + size + (size % 2);
    }
    return members;
  } finally {
    await handle.close();
  }
}

/** Copies one member's data out of the archive. */
export async function extractArMember(file: string, member: ArMember, target: string): Promise<void> {
  if (member.size === 0) {
    await writeFile(target, '', { mode: 0o600 });
    return;
  }
  await pipeline(createReadStream(file, { start: member.offset, end: member.offset + member.size - 1 }), createWriteStream(target, { mode: 0o600 }));
}
