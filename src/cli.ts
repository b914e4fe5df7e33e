#!/usr/bin/env node
/**
 * `release-kit`: the suite's capabilities on a developer's machine, with the same validation and the
 * same core as the actions. Exit codes: 0 done, 1 failed (bad input, mismatch), 2 usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getChecksumSettings, type GenerateSettings, type VerifySettings } from './actions/checksum/input-helper.js';
import { generateChecksums } from './checksum/generate.js';
import { describeProblem, verifyChecksums } from './checksum/verify.js';
import { errorMessage, isUserError, UserError } from './kit/errors.js';
import { matchFiles } from './kit/glob.js';
import { integerField, type InputSource } from './kit/inputs.js';
import type { HashOptions } from './checksum/hash-files.js';
import manifest from '../package.json' with { type: 'json' };

const USAGE = `Usage:
  release-kit checksum [options] <file or glob>...   write SHA256SUMS (or other sums files)
  release-kit verify [options] <sums file> [<file or glob>...]
                                                     check files against a sums file
Options:
  --algorithms LIST  sha256 (default), sha384, sha512, sha3-256, blake2b512; comma separated
  --format FORMAT    gnu (default, sha256sum -c reads it), bsd (tagged), json
  --output PATH      sums file, relative to --base-dir; {ALG} stands for the algorithm
  --base-dir DIR     names in the sums file are relative to it
  --allow-empty      no matching file is not an error
  --threads N        hashing threads (default: every core)
  -h, --help         this text
  --version          the version`;

const OPTIONS = {
  algorithms: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'base-dir': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  threads: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

class UsageError extends UserError {}

function cliSource(values: Record<string, string | boolean | undefined>, extra: Record<string, string>): InputSource {
  return {
    read: (name) => {
      const value = extra[name] ?? values[name];
      return typeof value === 'boolean' ? String(value) : (value ?? '').trim();
    },
    describe: (name) => (name in extra && name === 'files' ? 'The files' : `Option --${name}`),
    mask: () => undefined,
  };
}

async function matched(settings: GenerateSettings | VerifySettings): Promise<string[]> {
  const { files, unmatched } = await matchFiles(settings.patterns, settings.workspace, 'The files');
  for (const pattern of unmatched) console.error(`warning: ${JSON.stringify(pattern)} matched no file`);
  return files;
}

let hashOptions: HashOptions = {};

async function checksum(settings: GenerateSettings): Promise<void> {
  const files = await matched(settings);
  if (files.length === 0 && !settings.allowEmpty) throw new UserError('no file matched; pass files or globs, or --allow-empty');
  const result = await generateChecksums({ ...settings, files }, hashOptions);
  for (const file of result.sumsFiles) {
    console.log(`${path.relative(process.cwd(), file.path) || file.path}: ${result.entries.length} files`);
    process.stdout.write(await readFile(file.path, 'utf8'));
  }
}

async function verify(settings: VerifySettings): Promise<void> {
  const files = settings.patterns.length ? await matched(settings) : undefined;
  const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0]!, ...(files ? { files } : {}) }, hashOptions);
  for (const finding of report.findings) {
    console.log(finding.problem ? `FAILED ${describeProblem(finding, settings.sumsFile)}` : `OK ${finding.name} (${finding.algorithm})`);
  }
  if (report.problems.length) throw new UserError(`${report.problems.length} of ${report.findings.length} checks failed`);
  console.log(`all ${report.verified} files match`);
}

export async function cli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${errorMessage(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (command === '--version' || values.version) return void console.log(manifest.version), 0;
  if (!command || command === 'help' || command === '--help' || command === '-h' || values.help) return void console.log(USAGE), 0;
  const cwd = process.cwd();
  const source = cliSource(values, {});
  if (source.read('threads')) hashOptions = { threads: integerField(source, 'threads', { min: 1, max: 256 }) };
  if (command === 'checksum') {
    const settings = getChecksumSettings(cliSource(values, { files: positionals.join('\n') }), cwd);
    await checksum(settings as GenerateSettings);
  } else if (command === 'verify') {
    const [sumsFile, ...files] = positionals;
    if (!sumsFile) throw new UsageError(`verify needs the sums file to check\n\n${USAGE}`);
    const settings = getChecksumSettings(cliSource(values, { verify: sumsFile, files: files.join('\n') }), cwd);
    await verify(settings as VerifySettings);
  } else {
    throw new UsageError(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  }
  return 0;
}

/** The glob library logs through the runner's `::debug::` protocol; on a terminal that is noise. */
function hideRunnerDebugLines(): void {
  if (process.env.RELEASE_KIT_DEBUG) return;
  const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === 'string' && chunk.startsWith('::debug::') ? true : write(chunk, ...rest)) as typeof process.stdout.write;
}

hideRunnerDebugLines();
try {
  process.exitCode = await cli(process.argv.slice(2));
} catch (error) {
  if (!isUserError(error) && process.env.RELEASE_KIT_DEBUG && error instanceof Error) console.error(error.stack);
  console.error(`release-kit: ${isUserError(error) ? '' : 'unexpected error: '}${errorMessage(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
