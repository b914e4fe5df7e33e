import * as core from '../../kit/runner-commands.js';
import path from 'node:path';
import { generateChecksums } from '../../checksum/generate.js';
import { describeProblem, verifyChecksums } from '../../checksum/verify.js';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { matchFiles } from '../../kit/glob.js';
import { writeSummary } from '../../kit/summary.js';
import { getChecksumSettings, type GenerateSettings, type VerifySettings } from './input-helper.js';
import { generateSummary, verifySummary } from './report.js';
import { warnUnmatched } from '../../kit/annotations.js';

function workspaceFolder(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

async function matched(settings: GenerateSettings | VerifySettings): Promise<string[]> {
  const { files, unmatched } = await matchFiles(settings.patterns, settings.workspace, 'Input "files"');
  warnUnmatched(unmatched, 'files', 'Checksum');
  return files;
}

async function generate(settings: GenerateSettings): Promise<void> {
  const files = await matched(settings);
  if (files.length === 0 && !settings.allowEmpty) {
    throw new UserError(
      `Input "files" matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${settings.workspace}); ` +
        'check the patterns and that the build produced its artifacts, or set allow-empty: true.',
    );
  }
  const result = await generateChecksums({ ...settings, files });
  core.setOutput('files', result.sumsFiles.map((file) => file.path).join('\n'));
  core.setOutput('digests', JSON.stringify(Object.fromEntries(result.entries.map((entry) => [entry.name, entry.digests]))));
  core.setOutput('count', result.entries.length);
  for (const file of result.sumsFiles) core.info(`Wrote ${file.path} (${result.entries.length} files, ${file.algorithms.join(', ')}).`);
  await writeSummary(generateSummary(result, settings.algorithms, settings.workspace));
}

async function verify(settings: VerifySettings): Promise<void> {
  const files = settings.patterns.length ? await matched(settings) : undefined;
  const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0]!, ...(files ? { files } : {}) });
  const annotationFile = path.relative(settings.workspace, settings.sumsFile);
  for (const problem of report.problems) {
    core.error(describeProblem(problem, settings.sumsFile), {
      title: `Checksum ${problem.problem}`,
      file: annotationFile,
      ...(problem.line ? { startLine: problem.line } : {}),
    });
  }
  core.setOutput('files', settings.sumsFile);
  const digests: Record<string, Record<string, string>> = {};
  for (const finding of report.findings) {
    if (finding.actual && finding.algorithm) (digests[finding.name] ??= {})[finding.algorithm] = finding.actual;
  }
  core.setOutput('digests', JSON.stringify(digests));
  core.setOutput('count', report.verified);
  await writeSummary(verifySummary(report, settings.sumsFile, settings.workspace));
  if (report.problems.length > 0) {
    throw new UserError(`${report.problems.length} of ${report.findings.length} checks against ${annotationFile} failed; see the annotations.`);
  }
  core.info(`All ${report.verified} files match ${annotationFile}.`);
}

export async function main(): Promise<void> {
  const settings = getChecksumSettings(actionInputs, workspaceFolder());
  if (settings.mode === 'verify') await verify(settings);
  else await generate(settings);
}
