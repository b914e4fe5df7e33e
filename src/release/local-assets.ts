import path from 'node:path';
import { hashFiles } from '../checksum/hash-files.js';
import { nameAssets } from './asset-names.js';
import type { LocalAsset } from './publish.js';

const CONTENT_TYPES: Record<string, string> = {
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.xz': 'application/x-xz',
  '.json': 'application/json',
  '.yml': 'application/yaml',
  '.yaml': 'application/yaml',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.sig': 'application/pgp-signature',
  '.asc': 'application/pgp-signature',
  '.exe': 'application/vnd.microsoft.portable-executable',
  '.msi': 'application/x-msi',
  '.dmg': 'application/x-apple-diskimage',
  '.pkg': 'application/octet-stream',
  '.deb': 'application/vnd.debian.binary-package',
  '.rpm': 'application/x-rpm',
  '.appimage': 'application/octet-stream',
};

export function contentTypeOf(file: string): string {
  const name = path.basename(file);
  if (/SUMS$/.test(name)) return 'text/plain';
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** The files to upload: the names GitHub will store, sizes and sha256, read once, on every core. */
export async function describeLocalAssets(files: readonly string[]): Promise<LocalAsset[]> {
  const named = nameAssets(files);
  const digests = await hashFiles(files, ['sha256']);
  return named.map((file, i) => ({
    path: file.path,
    name: file.name,
    ...(file.originalName ? { originalName: file.originalName } : {}),
    size: digests[i]!.size,
    sha256: digests[i]!.digests.sha256!,
    contentType: contentTypeOf(file.path),
  }));
}
