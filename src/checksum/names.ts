import path from 'node:path';
import { UserError } from '../kit/errors.js';

/** The name a file gets in a sums file: relative to `baseDir`, with `/` separators on every OS. */
export function nameRelativeTo(baseDir: string, file: string): string {
  const relative = path.relative(baseDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(
      `${file} is not inside base-dir ${baseDir}; names in a sums file are relative to base-dir, so every file must be below it.`,
    );
  }
  return relative.split(path.sep).join('/');
}

/** Where a name in a sums file points on disk. */
export function pathOfName(baseDir: string, name: string): string {
  return path.resolve(baseDir, ...name.split('/'));
}
