/**
 * electron-builder's block maps: the chunk list electron-updater uses to download only the changed
 * parts of an update. A `.blockmap` file beside the installer is gzip'd JSON; an AppImage carries its
 * block map at its end (deflated JSON, then its length as a 4-byte big-endian number).
 */
import { open, readFile, stat } from 'node:fs/promises';
import { gunzipSync, inflateRawSync } from 'node:zlib';

interface BlockMapJson {
  version?: string;
  files?: Array<{ sizes?: number[] }>;
}

/** The number of bytes a block map describes, or undefined when the data is not a block map. */
function describedSize(json: string): number | undefined {
  try {
    const map = JSON.parse(json) as BlockMapJson;
    if (!Array.isArray(map.files) || map.files.length === 0) return undefined;
    let total = 0;
    for (const file of map.files) {
      if (!Array.isArray(file.sizes)) return undefined;
      for (const size of file.sizes) total += size;
    }
    return total;
  } catch {
    return undefined;
  }
}

export interface BlockMapInfo {
  /** What `blockMapSize` holds: the size of the `.blockmap` file, or of the embedded block map. */
  size: number;
  /** Bytes of the file the block map describes; differs from the file when it was made before signing. */
  describes?: number;
}

/** The `.blockmap` beside a file, if there is one. */
export async function readBlockMapFile(path: string): Promise<BlockMapInfo | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  let describes: number | undefined;
  try {
    describes = describedSize(gunzipSync(await readFile(path)).toString('utf8'));
  } catch {
    describes = undefined;
  }
  return { size: info.size, ...(describes !== undefined ? { describes } : {}) };
}

/** Largest embedded block map looked for: electron-builder's are a few hundred KiB for a 200 MiB AppImage. */
const MAX_EMBEDDED = 64 * 1024 * 1024;

/** The block map embedded at the end of a file (electron-builder's AppImages), if there is one. */
export async function readEmbeddedBlockMap(path: string, fileSize: number): Promise<BlockMapInfo | undefined> {
  if (fileSize < 8) return undefined;
  const handle = await open(path, 'r');
  try {
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, fileSize - 4);
    const length = tail.readUInt32BE(0);
    if (length === 0 || length > MAX_EMBEDDED || length + 4 > fileSize) return undefined;
    const data = Buffer.alloc(length);
    await handle.read(data, 0, length, fileSize - 4 - length);
    let describes: number | undefined;
    try {
      describes = describedSize(inflateRawSync(data).toString('utf8'));
    } catch {
      return undefined;
    }
    // The block map covers the file as it was before the map and its length were appended.
    return describes === undefined ? undefined : { size: length, describes: describes + length + 4 };
  } finally {
    await handle.close();
  }
}
