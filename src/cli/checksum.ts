import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getChecksumSettings, type GenerateSettings, type VerifySettings } from '../actions/checksum/input-helper.js';
import { generateChecksums } from '../checksum/generate.js';
import type { HashOptions } from '../checksum/hash-files.js';
import { describeProblem, verifyChecksums } from '../checksum/verify.js';
import { UserError } from '../kit/errors.js';
import { matchFiles } from '../kit/glob.js';
import { integerField } from '../kit/inputs.js';
import { optionSource, UsageError, type Command, type Values } from './command.js';

const options = {
  algorithms: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'base-dir': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  'asset-names': { type: 'string' },
  threads: { type: 'string' },
} as const;

const OPTIONS_HELP = `  --algorithms LIST  sha256 (default), sha384, sha512, sha3-256, blake2b512; comma separated
  --format FORMAT    gnu (default, sha256sum -c reads it), bsd (tagged), json
  --output PATH      sums file, relative to --base-dir; {ALG} stands for the algorithm
  --base-dir DIR     names in the sums file are relative to it
  --allow-empty      no matching file is not an error
  --asset-names MODE as-is (default) or github: names as GitHub stores release assets
  --threads N        hashing threads (default: every core)`;

const describeFiles = (name: string): string | undefined => (name === 'files' ? 'The files' : undefined);

function hashOptions(values: Values): HashOptions {
  const source = optionSource(values);
  return source.read('threads') ? { threads: integerField(source, 'threads', { min: 1, max: 256 }) } : {};
}

async function matched(settings: GenerateSettings | VerifySettings): Promise<string[]> {
  const { files, unmatched } = await matchFiles(settings.patterns, settings.workspace, 'The files');
  for (const pattern of unmatched) console.error(`warning: ${JSON.stringify(pattern)} matched no file`);
  return files;
}

export const checksumCommand: Command = {
  name: 'checksum',
  usage: `release-kit checksum [options] <file or glob>...   write SHA256SUMS (or other sums files)\n${OPTIONS_HELP}`,
  options,
  async run(values, positionals) {
    const settings = getChecksumSettings(optionSource(values, { files: positionals.join('\n') }, describeFiles), process.cwd()) as GenerateSettings;
    const files = await matched(settings);
    if (files.length === 0 && !settings.allowEmpty) throw new UserError('no file matched; pass files or globs, or --allow-empty');
    const result = await generateChecksums({ ...settings, files }, hashOptions(values));
    for (const file of result.sumsFiles) {
      console.log(`${path.relative(process.cwd(), file.path) || file.path}: ${result.entries.length} files`);
      process.stdout.write(await readFile(file.path, 'utf8'));
    }
  },
};

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'release-kit verify [options] <sums file> [<file or glob>...]   check files against a sums file (same options)',
  options,
  async run(values, positionals) {
    const [sumsFile, ...files] = positionals;
    if (!sumsFile) throw new UsageError('verify needs the sums file to check');
    const settings = getChecksumSettings(optionSource(values, { verify: sumsFile, files: files.join('\n') }, describeFiles), process.cwd()) as VerifySettings;
    const listed = settings.patterns.length ? await matched(settings) : undefined;
    const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0]!, ...(listed ? { files: listed } : {}) }, hashOptions(values));
    for (const finding of report.findings) {
      console.log(finding.problem ? `FAILED ${describeProblem(finding, settings.sumsFile)}` : `OK ${finding.name} (${finding.algorithm})`);
    }
    if (report.problems.length) throw new UserError(`${report.problems.length} of ${report.findings.length} checks failed`);
    console.log(`all ${report.verified} files match`);
  },
};
