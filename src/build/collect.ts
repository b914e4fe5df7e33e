import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { isInside, matchFiles } from '../kit/glob.js';
import { releaseName, type NameRule } from '../plan/artifact-name.js';

export interface CollectRequest {
  /** Globs of the files the build produced, relative to root. */
  patterns: readonly string[];
  root: string;
  /** How the files are named (template, parts; names that are kept). */
  rule: NameRule;
  /** Where the named copies go: emptied first, so a re-run never ships a file of an earlier one. */
  outDir: string;
}

export interface CollectedArtifact {
  source: string;
  name: string;
  path: string;
  size: number;
}

/**
 * The build's files under their release names: every glob must match, no two files may get the
 * same name, and nothing is written until all names are known to be distinct.
 */
export async function collectArtifacts(request: CollectRequest): Promise<CollectedArtifact[]> {
  const problems: string[] = [];
  const byName = new Map<string, string>();
  // One walk for every glob; matchFiles names the globs that matched nothing.
  const { files, unmatched } = await matchFiles(request.patterns, request.root, 'artifacts');
  for (const pattern of unmatched) problems.push(`${pattern} matched no file`);
  for (const file of files) {
    if (isInside(request.outDir, file)) problems.push(`${path.relative(request.root, file)} is inside the output folder ${request.outDir}, which is emptied first: narrow the globs or choose another output-dir`);
    const { name } = releaseName(file, request.rule);
    const other = byName.get(name);
    if (other && other !== file) problems.push(`${path.relative(request.root, other)} and ${path.relative(request.root, file)} would both be named ${name} (add {basename} to the artifact-name template, or narrow the globs)`);
    byName.set(name, file);
  }
  if (problems.length) throw new UserError(`The build of ${request.rule.parts.target} did not produce its artifacts:\n- ${problems.join('\n- ')}`);
  await rm(request.outDir, { recursive: true, force: true });
  await mkdir(request.outDir, { recursive: true });
  const collected: CollectedArtifact[] = [];
  for (const [name, source] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(request.outDir, name);
    await copyFile(source, target);
    collected.push({ source, name, path: target, size: (await stat(target)).size });
  }
  return collected;
}
