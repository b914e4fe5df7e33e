import * as core from '@actions/core';
import path from 'node:path';
import { actionInputs } from '../../kit/action-inputs.js';
import { UserError } from '../../kit/errors.js';
import { writeSummary } from '../../kit/summary.js';
import { reportMarkdown, runDistribute } from '../../distribute/run.js';
import { getDistributeSettings } from './input-helper.js';

export async function main(): Promise<void> {
  const settings = getDistributeSettings(
    actionInputs,
    {
      workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
      ...(process.env.GITHUB_REF ? { ref: process.env.GITHUB_REF } : {}),
      ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
      ...(process.env.RUNNER_TEMP ? { tempRoot: process.env.RUNNER_TEMP } : {}),
    },
    core.info,
  );
  const report = await runDistribute(settings);
  const results = report.distribution?.results ?? [];
  core.setOutput('results', JSON.stringify(results.map(({ manager, tag, outcome, detail, files }) => ({ manager, tag, outcome, detail, files }))));
  core.setOutput('changelog', report.changelog?.result.outcome ?? 'off');
  if (settings.dryRunDir) core.setOutput('output-dir', settings.dryRunDir);
  await writeSummary(reportMarkdown(report));
  if (report.failures.length) throw new UserError(`Not every package manager was updated:\n${report.failures.map((f) => `  ${f}`).join('\n')}`);
}
