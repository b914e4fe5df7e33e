import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { UserError } from './errors.js';
import { basename, dirname, join } from 'node:path';

/** A temporary sibling of `target` to write before renaming it into place (same folder: the rename is atomic). */
function tempSibling(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

const folderInTheWay = (target: string): UserError => new UserError(`Cannot write ${target}: a folder of that name is in the way.`);

/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so a reader never sees a half-written sums file.
 */
export async function writeFilesAtomically(files: ReadonlyArray<{ path: string; content: string }>): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      const temp = tempSibling(file.path);
      staged.push({ temp, path: file.path });
      await writeFile(temp, file.content, { flag: 'wx' });
    }
    // Renames within a folder only fail when the target cannot be replaced: check them all first.
    for (const { path } of staged) {
      if ((await stat(path).catch(() => undefined))?.isDirectory()) throw folderInTheWay(path);
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** A file written piece by piece that appears, whole, only on `commit()`; `abort()` leaves the old one. */
export interface AtomicFileWriter {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

export function openAtomicFile(target: string): AtomicFileWriter {
  if (existsSync(target) && statSync(target).isDirectory()) throw folderInTheWay(target);
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempSibling(target);
  const fd = openSync(temp, 'wx');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => void writeSync(fd, text),
    commit() {
      close();
      renameSync(temp, target);
    },
    abort() {
      close();
      rmSync(temp, { force: true });
    },
  };
}
