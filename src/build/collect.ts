import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { matchFiles } from '../kit/glob.js';
import { artifactName, type NameParts } from '../plan/artifact-name.js';

export interface CollectRequest {
  /** Globs of the files the build produced, relative to root. */
  patterns: readonly string[];
  root: string;
  /** Naming template, e.g. {name}-{version}-{os}-{arch}.{ext}. */
  template: string;
  parts: NameParts;
  /** Where the named copies go (created; must not hold other files of this target). */
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
    const name = artifactName(request.template, request.parts, file);
    const other = byName.get(name);
    if (other && other !== file) problems.push(`${path.relative(request.root, other)} and ${path.relative(request.root, file)} would both be named ${name} (add {basename} to the artifact-name template, or narrow the globs)`);
    byName.set(name, file);
  }
  if (problems.length) throw new UserError(`The build of ${request.parts.target} did not produce its artifacts:\n- ${problems.join('\n- ')}`);
  await mkdir(request.outDir, { recursive: true });
  const collected: CollectedArtifact[] = [];
  for (const [name, source] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.join(request.outDir, name);
    await copyFile(source, target);
    collected.push({ source, name, path: target, size: (await stat(target)).size });
  }
  return collected;
}
