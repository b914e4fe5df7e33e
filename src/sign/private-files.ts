import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { withTemporarySibling } from './leftovers.js';

/** A name no other run picks: `<prefix><12 hex digits>`. */
export function randomName(prefix: string): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

/**
 * The path of a new private folder under `root` (RUNNER_TEMP): chosen first so the caller can
 * declare it as a leftover, then created with `createPrivateDir`.
 */
export function privateDirPath(root: string, prefix: string): string {
  return path.join(path.resolve(root), randomName(prefix));
}

/** Creates the folder readable by its owner only (0700, whatever the umask); fails if it exists. */
export async function createPrivateDir(dir: string): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true });
  await mkdir(dir, { mode: 0o700 });
  await chmod(dir, 0o700);
}

/** Writes key material readable by its owner only (0600); never replaces an existing file. */
export async function writePrivateFile(file: string, content: string | Buffer): Promise<void> {
  await writeFile(file, content, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
}

/**
 * Decodes base64 (standard or URL-safe alphabet, line breaks and spaces allowed) and fails with a
 * message naming the input — never its value — when it is not base64.
 */
export function decodeBase64(value: string, what: string): Buffer {
  const compact = value.replace(/\s+/g, '');
  if (compact === '') throw new UserError(`${what} is empty; give its content as base64.`);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
    throw new UserError(`${what} is not valid base64; give the file's content encoded with \`base64\` (one line or several).`);
  }
  return Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * Signs a file without ever leaving it half-signed: `sign` gets a copy next to the original (same
 * folder, so the final rename is atomic), and only when it resolves is the copy renamed over the
 * original. On failure the copy is removed and the original is as it was.
 */
export async function signCopyThenReplace<T>(file: string, sign: (copy: string) => Promise<T>): Promise<T> {
  return withTemporarySibling(file, '.release-kit-sign-', async (dir) => {
    await mkdir(dir, { mode: 0o700 });
    const copy = path.join(dir, path.basename(file));
    await copyFile(file, copy);
    const result = await sign(copy);
    await rename(copy, file);
    return result;
  });
}

/** Writes `content` to `target` through a temporary sibling and a rename. */
export async function writeFileAtomically(target: string, content: string | Buffer): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Checks that every file exists and is a regular file before anything is signed. */
export async function requireFiles(files: readonly string[]): Promise<void> {
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new UserError(`${file} does not exist.`);
    if (!info.isFile()) throw new UserError(`${file} is not a regular file.`);
  }
}
