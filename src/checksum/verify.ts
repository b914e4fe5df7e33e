import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isWithin, realLocation } from '../kit/confined-path.js';
import { UserError } from '../kit/errors.js';
import { algorithmForSumsFileName, type Algorithm } from './algorithms.js';
import { hashFiles, type HashOptions } from './hash-files.js';
import { nameRelativeTo, pathOfName } from './names.js';
import { compareNames, parseSums, type ExpectedDigest } from './sums-format.js';

export interface VerifyRequest {
  /** Absolute path of the sums file to check. */
  sumsFile: string;
  /** Absolute folder the names are relative to. */
  baseDir: string;
  /** Algorithm of untagged GNU lines when the file name (SHA512SUMS, …) does not tell. */
  algorithm: Algorithm;
  /** When given: files that must all be listed; one that is not is a problem too. */
  files?: readonly string[];
}

export type Problem = 'mismatch' | 'missing' | 'unlisted';

export interface VerifyFinding {
  name: string;
  algorithm?: Algorithm;
  /** 1-based line in the sums file, absent for an unlisted file. */
  line?: number;
  problem?: Problem;
  expected?: string;
  actual?: string;
}

export interface VerifyReport {
  /** Every check made, sorted by name: problems and passes. */
  findings: VerifyFinding[];
  problems: VerifyFinding[];
  /** Files read and found equal. */
  verified: number;
}

async function readSums(request: VerifyRequest): Promise<ExpectedDigest[]> {
  const text = await readFile(request.sumsFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      error.code === 'ENOENT'
        ? `Input "verify" names ${request.sumsFile}, which does not exist; give the path of an existing sums file.`
        : `Input "verify" names ${request.sumsFile}, which cannot be read: ${error.message}.`,
    );
  });
  const gnuAlgorithm = algorithmForSumsFileName(path.basename(request.sumsFile)) ?? request.algorithm;
  const expected = parseSums(text, request.sumsFile, gnuAlgorithm);
  const seen = new Map<string, ExpectedDigest>();
  for (const entry of expected) {
    const key = `${entry.algorithm}\0${entry.name}`;
    const earlier = seen.get(key);
    if (earlier && earlier.hex !== entry.hex) {
      throw new UserError(
        `${request.sumsFile} lists ${JSON.stringify(entry.name)} twice with different ${entry.algorithm} digests (lines ${earlier.line} and ${entry.line}).`,
      );
    }
    seen.set(key, entry);
  }
  return [...seen.values()];
}

/** Checks files against a sums file: every mismatch, missing file and (with `files`) unlisted file is reported. */
export async function verifyChecksums(request: VerifyRequest, options: HashOptions = {}): Promise<VerifyReport> {
  const expected = await readSums(request);
  // A sums file is untrusted input: a name reaching outside base-dir (by "..", an absolute path or a
  // link) is refused before anything is read, so no file elsewhere is hashed or shown.
  const base = realLocation(request.baseDir);
  const outside = expected.filter((entry) => !isWithin(base, realLocation(pathOfName(request.baseDir, entry.name))));
  if (outside.length) {
    throw new UserError(
      `${request.sumsFile} names files outside base-dir ${request.baseDir}: ${outside.map((entry) => `line ${entry.line} ${JSON.stringify(entry.name)}`).join(', ')}. ` +
        'Names in a sums file are relative to base-dir and must stay inside it; nothing was read.',
    );
  }
  const names = [...new Set(expected.map((entry) => entry.name))];
  const present = await Promise.all(
    names.map((name) => stat(pathOfName(request.baseDir, name)).then((info) => info.isFile(), () => false)),
  );
  const readable = names.filter((_, index) => present[index]);
  const algorithms = [...new Set(expected.map((entry) => entry.algorithm))];
  const hashed = await hashFiles(readable.map((name) => pathOfName(request.baseDir, name)), algorithms, options);
  const actual = new Map(readable.map((name, index) => [name, hashed[index]!.digests]));

  const findings: VerifyFinding[] = expected.map((entry) => {
    const digests = actual.get(entry.name);
    const base = { name: entry.name, algorithm: entry.algorithm, line: entry.line, expected: entry.hex };
    if (!digests) return { ...base, problem: 'missing' as const };
    const hex = digests[entry.algorithm];
    return hex === entry.hex ? { ...base, actual: hex } : { ...base, actual: hex, problem: 'mismatch' as const };
  });
  const listed = new Set(names);
  for (const file of request.files ?? []) {
    if (path.resolve(file) === path.resolve(request.sumsFile)) continue;
    const name = nameRelativeTo(request.baseDir, file);
    if (!listed.has(name)) findings.push({ name, problem: 'unlisted' });
  }
  findings.sort((a, b) => compareNames(a.name, b.name) || (a.line ?? 0) - (b.line ?? 0));
  const problems = findings.filter((finding) => finding.problem);
  const failedNames = new Set(problems.map((finding) => finding.name));
  return { findings, problems, verified: readable.filter((name) => !failedNames.has(name)).length };
}

export function describeProblem(finding: VerifyFinding, sumsFile: string): string {
  switch (finding.problem) {
    case 'mismatch':
      return `${finding.name}: ${finding.algorithm} is ${finding.actual}, but ${path.basename(sumsFile)} expects ${finding.expected}.`;
    case 'missing':
      return `${finding.name}: listed in ${path.basename(sumsFile)} but not found.`;
    case 'unlisted':
      return `${finding.name}: matched by "files" but not listed in ${path.basename(sumsFile)}.`;
    default:
      return `${finding.name}: OK`;
  }
}
