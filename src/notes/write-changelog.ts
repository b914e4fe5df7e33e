import { readFile } from 'node:fs/promises';
import { writeFilesAtomically } from '../kit/atomic-write.js';
import { changelogSection, upsertChangelogSection } from './changelog.js';
import type { NotesResult } from './release-notes.js';

/** Prepends (or replaces) this release's section in a CHANGELOG.md; returns whether the file changed. */
export async function updateChangelog(file: string, result: NotesResult, repositoryUrl?: string): Promise<boolean> {
  const existing = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const compare = repositoryUrl && result.previousTag ? `${repositoryUrl}/compare/${result.previousTag}...${result.tag}` : undefined;
  const updated = upsertChangelogSection(existing, result.version, changelogSection(result.version, result.date, result.changelogMarkdown, compare));
  if (updated === existing) return false;
  await writeFilesAtomically([{ path: file, content: updated }]);
  return true;
}
