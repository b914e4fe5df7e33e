import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getChecksumSettings, type GenerateSettings, type VerifySettings } from '../actions/checksum/input-helper.js';
import { generateChecksums } from '../checksum/generate.js';
import type { HashOptions } from '../checksum/hash-files.js';
import { describeProblem, verifyChecksums } from '../checksum/verify.js';
import { UserError } from '../kit/errors.js';
import { matchFiles } from '../kit/glob.js';
import { integerField } from '../kit/inputs.js';
import { defineCommand, optionSource, UsageError, type OptionSpec, type Values } from './command.js';

const OPTIONS: OptionSpec[] = [
  { name: 'algorithms', type: 'string', value: 'LIST', help: 'sha256 (default), sha384, sha512, sha3-256, blake2b512; comma separated' },
  { name: 'format', type: 'string', value: 'FORMAT', help: 'gnu (default, sha256sum -c reads it), bsd (tagged), json' },
  { name: 'output', type: 'string', value: 'PATH', help: 'sums file, relative to --base-dir; {ALG} stands for the algorithm' },
  { name: 'base-dir', type: 'string', value: 'DIR', help: 'names in the sums file are relative to it' },
  { name: 'allow-empty', type: 'boolean', help: 'no matching file is not an error' },
  { name: 'asset-names', type: 'string', value: 'MODE', help: 'as-is (default) or github: names as GitHub stores release assets' },
  { name: 'threads', type: 'string', value: 'N', help: 'hashing threads (default: every core)' },
];

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

export const checksumCommand = defineCommand({
  name: 'checksum',
  synopsis: '[options] <file or glob>...',
  summary: 'Write SHA256SUMS (or other sums files) for the files.',
  options: OPTIONS,
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
});

export const verifyCommand = defineCommand({
  name: 'verify',
  synopsis: '[options] <sums file> [<file or glob>...]',
  summary: 'Check files against a sums file (every file it names, or only those given).',
  options: OPTIONS,
  async run(values, positionals) {
    const [sumsFile, ...files] = positionals;
    if (!sumsFile) throw new UsageError('verify needs the sums file to check', verifyCommand);
    const settings = getChecksumSettings(optionSource(values, { verify: sumsFile, files: files.join('\n') }, describeFiles), process.cwd()) as VerifySettings;
    const listed = settings.patterns.length ? await matched(settings) : undefined;
    const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0]!, ...(listed ? { files: listed } : {}) }, hashOptions(values));
    for (const finding of report.findings) {
      console.log(finding.problem ? `FAILED ${describeProblem(finding, settings.sumsFile)}` : `OK ${finding.name} (${finding.algorithm})`);
    }
    if (report.problems.length) throw new UserError(`${report.problems.length} of ${report.findings.length} checks failed`);
    console.log(`all ${report.verified} files match`);
  },
});
