import { realpathSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';

export interface Confinement {
  /** The folder every path must stay inside (GITHUB_WORKSPACE). */
  workspace: string;
  /** Relative values are resolved from here (a base-dir inside the workspace); default: the workspace. */
  relativeTo?: string;
  /** Also allowed: RUNNER_TEMP, for paths whose point is to be scratch (notes written there, screenshots). */
  runnerTemp?: string;
}

/**
 * Where a path really is: `..` resolved and every symbolic link followed, for the part that exists
 * (the deepest existing ancestor), with the rest appended — so a link in the way cannot lead out.
 */
export function realLocation(target: string): string {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync.native(current), ...missing.reverse());
    } catch {
      if (path.dirname(current) === current) return absolute;
      missing.push(path.basename(current));
    }
  }
}

/** Whether `candidate` is `root` or below it (both absolute, already resolved). */
export function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * An input naming a path, made absolute and confined: after `..` and symbolic links are resolved it
 * must lie inside the workspace (or RUNNER_TEMP, when allowed); otherwise one error naming the input,
 * its value and what is allowed. Returns the resolved path.
 */
export function confinedPath(input: string, value: string, where: Confinement): string {
  const resolved = realLocation(path.resolve(where.relativeTo ?? where.workspace, value));
  const roots = [where.workspace, ...(where.runnerTemp ? [where.runnerTemp] : [])].map(realLocation);
  if (roots.some((root) => isWithin(root, resolved))) return resolved;
  throw new InputError(
    input,
    value,
    `it must stay inside the workspace ${where.workspace}${where.runnerTemp ? ` or RUNNER_TEMP ${where.runnerTemp}` : ''} (after resolving ".." and symbolic links; it points to ${resolved})`,
  );
}
