import { statSync, type Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';

export interface MatchedFiles {
  /** Absolute paths of regular files (or links to them), sorted, each once. */
  files: string[];
  /** The patterns (without `!`) that matched no file: worth a warning, since a platform may be missing. */
  unmatched: string[];
}

/**
 * The kit's own temporary files and folders, next to the files they become: `.<name>.<12 hex>` (a
 * signature being written), `.<name>.<12 hex>.tmp` (an atomic write), `.release-kit-…` (a signing
 * copy). Never an artifact: a glob skips them, also when a killed step left one behind.
 */
const KIT_TEMPORARY = /^\.(release-kit-.*|.+\.[0-9a-f]{12}(\.tmp|\.sig)?)$/;

/** Whether a path (relative to `root`) is, or lies inside, one of the kit's temporary files. */
export function isKitTemporary(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep).some((segment) => KIT_TEMPORARY.test(segment));
}

/** Characters that make a pattern a glob; a pattern without them is a plain path. */
export const GLOB_CHARS = /[*?[{]/;

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The literal folder a pattern starts from: everything before its first glob character. */
function literalPrefix(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  return firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join(path.sep) || path.sep;
}

/**
 * Makes a pattern absolute under `root` and refuses one that reaches outside it, whether by an absolute
 * path elsewhere or by `..` segments.
 */
export function confinePattern(pattern: string, root: string, inputName: string): string {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const absolute = path.normalize(path.isAbsolute(body) ? body : path.join(root, body));
  if (!isInside(root, literalPrefix(absolute))) {
    throw new UserError(
      `${inputName} has the pattern ${JSON.stringify(pattern)}, which reaches outside the workspace ${root}; ` +
        'patterns must stay inside it (use a path relative to the workspace, without leading "..").',
    );
  }
  return (negated ? '!' : '') + absolute;
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

async function describeNonFile(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' && (await lstat(file).catch(() => undefined))?.isSymbolicLink()) {
      return 'a broken symbolic link';
    }
    return `unreadable (${error.code ?? error.message})`;
  });
  if (typeof info === 'string') return info;
  return info.isFile() ? undefined : 'not a regular file (a FIFO, socket or device)';
}

/**
 * Resolves newline-separated globs the way `@actions/glob` reads them (`**`, `!` exclusions, a folder
 * meaning every file below it), confined to `root`. Links to files are followed, as `sha256sum` does;
 * a broken link, FIFO, socket or device is an error naming the path.
 */
export async function matchFiles(patterns: readonly string[], root: string, inputName: string): Promise<MatchedFiles> {
  const confined = patterns.map((pattern) => confinePattern(pattern, root, inputName));
  const exclusions = confined.filter((pattern) => pattern.startsWith('!'));
  const excluded = (file: string): boolean => exclusions.some((pattern) => path.matchesGlob(file, pattern.slice(1)));
  const found = new Set<string>();
  const unmatched: string[] = [];
  /** True for a regular file inside the workspace, false for a folder or outside; throws for a FIFO, broken link… */
  const isRegularFileOrFails = async (match: string): Promise<boolean> => {
    if (!isInside(root, match)) return false;
    // Synchronous: from the page cache a stat takes microseconds, less than a promise and a trip through
    // the thread pool add to each of thousands of matches.
    const info = statOrUndefined(match);
    if (info?.isDirectory()) return false;
    if (info?.isFile()) return true;
    const problem = await describeNonFile(match);
    if (problem) throw new UserError(`${inputName} matched ${match}, which is ${problem}; only regular files can be used.`);
    return true;
  };
  const accept = async (match: string): Promise<boolean> => {
    const regular = await isRegularFileOrFails(match); // a folder stands for the files below it, which are listed too
    if (regular) found.add(match);
    return regular;
  };
  for (const [index, pattern] of confined.entries()) {
    if (pattern.startsWith('!')) continue;
    // A plain file path (what a shell expands a glob into) needs no directory walk.
    if (!GLOB_CHARS.test(pattern)) {
      const info = await lstat(pattern).catch(() => undefined);
      if (info && !info.isDirectory() && !(info.isSymbolicLink() && (await stat(pattern).catch(() => undefined))?.isDirectory())) {
        if (excluded(pattern) || !(await accept(pattern))) unmatched.push(patterns[index] ?? pattern);
        continue;
      }
      if (!info) {
        unmatched.push(patterns[index] ?? pattern);
        continue;
      }
    }
    // Loaded only for a real glob: @actions/glob (with the @actions/core it loads) is most of a small action's start-up.
    const glob = await import('@actions/glob');
    const globber = await glob.create([pattern, ...exclusions].join('\n'), {
      followSymbolicLinks: true,
      implicitDescendants: true,
      matchDirectories: true,
      omitBrokenSymbolicLinks: false,
    }).catch((error: Error) => {
      throw new UserError(`${inputName} has the pattern ${JSON.stringify(patterns[index])}, which is not a valid glob: ${error.message}`);
    });
    const matches = await globber.glob().catch((error: Error) => {
      throw new UserError(`${inputName}: ${error.message}`);
    });
    // Checked in parallel (the thread pool serves the stats), then added in the glob's order.
    const accepted = await Promise.all(matches.map(async (match) => ((await isRegularFileOrFails(match)) ? match : undefined)));
    const kept = accepted.filter((match): match is string => match !== undefined && !isKitTemporary(root, match));
    for (const match of kept) found.add(match);
    if (kept.length === 0) unmatched.push(patterns[index] ?? pattern);
  }
  return { files: [...found].sort(), unmatched };
}
