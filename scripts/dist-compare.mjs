// Compares a fresh build with the committed dist/ (see scripts/check-dist.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files below a folder, relative to it, with `/` separators, sorted. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const isExecutable = (file) => (statSync(file).mode & 0o111) !== 0;

/**
 * Every way `committed` differs from `built` (files only in one, bytes, executable bit), and every built
 * file that contains one of `machinePaths` (the same dist/ would then differ on every other machine).
 * Names are given as `dist/<file>`. Empty: they are the same.
 */
export function compareDist(built, committed, machinePaths) {
  const problems = [];
  const builtFiles = listFiles(built);
  const committedFiles = listFiles(committed);
  if (builtFiles.length === 0) problems.push(`the build made no file in ${built}`);
  for (const file of builtFiles) {
    const text = readFileSync(path.join(built, file), 'latin1');
    const found = machinePaths.find((machinePath) => text.includes(machinePath));
    if (found) problems.push(`dist/${file}: the build embeds the absolute path ${found} of this machine`);
  }
  const committedSet = new Set(committedFiles);
  const builtSet = new Set(builtFiles);
  for (const file of builtFiles) if (!committedSet.has(file)) problems.push(`dist/${file}: built but missing from dist/`);
  for (const file of committedFiles) if (!builtSet.has(file)) problems.push(`dist/${file}: in dist/ but the build does not make it`);
  for (const file of builtFiles.filter((f) => committedSet.has(f))) {
    const a = readFileSync(path.join(built, file));
    const b = readFileSync(path.join(committed, file));
    if (!a.equals(b)) problems.push(`dist/${file}: differs from the build (${b.length} bytes committed, ${a.length} built)`);
    else if (isExecutable(path.join(built, file)) !== isExecutable(path.join(committed, file))) {
      problems.push(`dist/${file}: executable bit differs from the build`);
    }
  }
  return problems;
}
