import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { runTool } from '../kit/exec.js';
import type { ArchiveFormat } from './formats.js';

/** How long one archive may take to open. */
const EXTRACT_TIMEOUT_MS = 20 * 60_000;

/** What an opened container is called in the report: the tool that opened it. */
export const OPENED_WITH: Record<ArchiveFormat | 'nsis' | 'msi', string> = {
  zip: '7z',
  tar: '7z',
  compressed: '7z',
  '7z': '7z',
  cpio: '7z',
  dmg: '7z',
  'disk-image': '7z',
  rpm: '7z',
  nsis: '7z (NSIS)',
  msi: 'msiextract',
  deb: 'dpkg-deb',
  squashfs: 'unsquashfs',
  appimage: 'unsquashfs',
};

async function sevenZip(file: string, dest: string, type?: string): Promise<void> {
  // Exit 1 is a warning (a link or a name 7-Zip refused to write); what it did write is still audited.
  const result = await runTool('7z', ['x', '-y', '-bd', '-bso0', '-bsp0', ...(type ? [`-t${type}`] : []), `-o${dest}`, '--', file], { allowFailure: true, timeoutMs: EXTRACT_TIMEOUT_MS });
  if (result.exitCode > 1) throw new UserError(`7z could not open ${path.basename(file)}: ${result.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${result.exitCode}`}`);
}

/**
 * Unpacks one container into `dest` (a fresh, empty folder) with the tool made for it. The tools never
 * write outside `dest` (7-Zip drops "../" names; unsquashfs and dpkg-deb extract below the folder given).
 */
export async function extract(file: string, format: ArchiveFormat | 'nsis' | 'msi', dest: string, offset?: number): Promise<void> {
  const options = { timeoutMs: EXTRACT_TIMEOUT_MS };
  // unsquashfs makes the folder itself (and refuses one that exists); the others extract into it.
  if (format !== 'squashfs' && format !== 'appimage') await mkdir(dest, { recursive: true });
  switch (format) {
    case 'msi':
      await runTool('msiextract', ['-C', dest, file], options);
      return;
    case 'deb':
      await runTool('dpkg-deb', ['--extract', file, dest], options);
      return;
    case 'squashfs':
    case 'appimage':
      // -no-xattrs: extended attributes need privileges and do not matter here.
      await runTool('unsquashfs', ['-no-progress', '-no-xattrs', ...(offset ? ['-o', String(offset)] : []), '-d', dest, file], options);
      return;
    case 'nsis':
      await sevenZip(file, dest, 'nsis');
      return;
    default:
      await sevenZip(file, dest);
  }
}
