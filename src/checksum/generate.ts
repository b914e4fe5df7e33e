import path from 'node:path';
import { storedAssetName } from '../kit/asset-name.js';
import { writeFilesAtomically } from '../kit/atomic-write.js';
import { UserError } from '../kit/errors.js';
import { ALGORITHM_INFO, type Algorithm } from './algorithms.js';
import { hashFiles, type HashOptions } from './hash-files.js';
import { nameRelativeTo } from './names.js';
import { compareNames, formatSums, type SumsEntry, type SumsFormat } from './sums-format.js';

export interface GenerateRequest {
  /** Absolute paths of the files to list. */
  files: readonly string[];
  /** Absolute folder the names are relative to; relative `output` paths are resolved from it too. */
  baseDir: string;
  algorithms: readonly Algorithm[];
  format: SumsFormat;
  /** Sums file path; `{alg}` / `{ALG}` stand for the algorithm. Default: SHA256SUMS… or checksums.json. */
  output?: string;
  /** `github`: list each file by the name GitHub stores for it as a release asset (flat, special characters → '.'). */
  assetNames?: 'as-is' | 'github';
}

export interface SumsFile {
  path: string;
  algorithms: Algorithm[];
}

export interface GenerateResult {
  sumsFiles: SumsFile[];
  /** Sorted by name. */
  entries: SumsEntry[];
}

const PLACEHOLDER = /\{(alg|ALG)\}/;

/** Which sums files to write: one a algorithm for line formats, one for JSON. */
export function planSumsFiles(request: Pick<GenerateRequest, 'baseDir' | 'algorithms' | 'format' | 'output'>): SumsFile[] {
  const { baseDir, algorithms, format, output } = request;
  const resolve = (file: string): string => path.resolve(baseDir, file);
  if (format === 'json') return [{ path: resolve(output ?? 'checksums.json'), algorithms: [...algorithms] }];
  if (output === undefined) return algorithms.map((a) => ({ path: resolve(ALGORITHM_INFO[a].sumsFileName), algorithms: [a] }));
  if (algorithms.length > 1 && !PLACEHOLDER.test(output)) {
    throw new UserError(
      `Input "output" is ${JSON.stringify(output)} but ${algorithms.length} algorithms were asked for and format "${format}" ` +
        'holds one algorithm a file; put {ALG} or {alg} in the name (e.g. "{ALG}SUMS"), or use format "json".',
    );
  }
  return algorithms.map((a) => ({
    path: resolve(output.replace(new RegExp(PLACEHOLDER, 'g'), (_, form: string) => (form === 'ALG' ? a.toUpperCase() : a))),
    algorithms: [a],
  }));
}

/** Hashes the files (one read each) and writes every sums file, all or none. */
export async function generateChecksums(request: GenerateRequest, options: HashOptions = {}): Promise<GenerateResult> {
  const sumsFiles = planSumsFiles(request);
  const outputs = new Set(sumsFiles.map((file) => file.path));
  // A sums file from an earlier run that a glob picks up again is never listed in itself.
  const files = request.files.filter((file) => !outputs.has(path.resolve(file)));
  const names = files.map((file) => nameRelativeTo(request.baseDir, file));
  if (request.assetNames === 'github') {
    const seen = new Map<string, string>();
    names.forEach((name, i) => {
      const stored = storedAssetName(path.basename(files[i]!));
      const clash = seen.get(stored);
      if (clash) throw new UserError(`${clash} and ${files[i]} would both be the release asset ${JSON.stringify(stored)}; give them distinct names.`);
      seen.set(stored, files[i]!);
      names[i] = stored;
    });
  }
  const hashed = await hashFiles(files, request.algorithms, options);
  const entries = hashed
    .map((digest, index) => ({ name: names[index]!, size: digest.size, digests: digest.digests }))
    .sort((a, b) => compareNames(a.name, b.name));
  await writeFilesAtomically(
    sumsFiles.map((file) => ({ path: file.path, content: formatSums(entries, request.format, file.algorithms) })),
  );
  return { sumsFiles, entries };
}
