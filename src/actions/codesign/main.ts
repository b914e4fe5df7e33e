import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { actionInputs, maskSecret } from '../../kit/action-inputs.js';
import { errorMessage, UserError } from '../../kit/errors.js';
import { matchFiles } from '../../kit/glob.js';
import { writeSummary } from '../../kit/summary.js';
import { collapseBundles, groupByPlatform, isSignatureFile, runnerOs } from '../../sign/select.js';
import { recordTemporariesWith } from '../../sign/leftovers.js';
import { LeftoverBook, signFiles } from '../../sign/sign-files.js';
import { getCodesignRequest } from './input-helper.js';
import { failedSummary, signedSummary } from './report.js';
import { buildJobs } from './signers.js';
import { warnUnmatched } from '../../kit/annotations.js';

/** The state key the post step reads the leftovers from. */
export const LEFTOVERS_STATE = 'leftovers';

function workspaceFolder(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

export async function main(): Promise<void> {
  const workspace = workspaceFolder();
  const settings = await getCodesignRequest(actionInputs, workspace);
  const matched = await matchFiles(settings.patterns, workspace, 'Input "files"');
  const { unmatched } = matched;
  // A file inside an .app (or .framework, …) stands for the bundle: bundles are signed whole.
  const collapsed = collapseBundles(matched.files, workspace);
  const signatures = settings.platform === 'auto' ? collapsed.filter(isSignatureFile) : [];
  const files = collapsed.filter((file) => !signatures.includes(file));
  if (signatures.length) core.info(`Not signing ${signatures.length} signature file(s) a previous run wrote: ${signatures.map((f) => path.relative(workspace, f)).join(', ')}.`);
  warnUnmatched(unmatched, 'files', 'Code signing');
  if (files.length === 0) {
    if (!settings.allowEmpty) {
      throw new UserError(
        `Input "files" matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${workspace}); check the patterns and that the build produced its artifacts, or set allow-empty: true.`,
      );
    }
    core.setOutput('signed', '[]');
    core.setOutput('signature-files', '');
    core.warning('Nothing to sign: "files" matched no file and allow-empty is true.', { title: 'Code signing' });
    return;
  }
  const os = runnerOs();
  const groups = await groupByPlatform(files, settings.platform, os);
  const warnings: string[] = [];
  const log = {
    info: (message: string) => core.info(message),
    warning: (message: string) => {
      warnings.push(message);
      core.warning(message, { title: 'Code signing' });
    },
  };
  const book = new LeftoverBook((leftovers) => core.saveState(LEFTOVERS_STATE, JSON.stringify(leftovers)));
  // Temporary siblings next to the files (a signature being written) are in the state before they exist.
  recordTemporariesWith({ add: (leftover) => book.add(leftover), remove: (leftover) => book.remove(leftover) });
  const jobs = buildJobs(groups, settings, {
    runnerOs: os,
    tempRoot: path.resolve(process.env.RUNNER_TEMP || tmpdir()),
    log,
    declare: (leftover) => book.add(leftover),
    release: (leftover) => book.remove(leftover),
    mask: maskSecret,
    ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: { folder: path.resolve(process.env.RUNNER_TOOL_CACHE), arch: process.arch === 'arm64' ? 'arm64' : 'x64' } } : {}),
  });
  let result;
  try {
    result = await signFiles(jobs, book, { warn: log.warning });
  } catch (error) {
    await writeSummary(failedSummary(errorMessage(error)));
    throw error;
  }
  const { records, byJob } = result;
  core.setOutput('signed', JSON.stringify(records));
  core.setOutput('signature-files', records.flatMap((record) => record.signatureFiles ?? []).join('\n'));
  await writeSummary(
    signedSummary(byJob, workspace, warnings),
  );
  const skipped = records.filter((record) => record.skipped).length;
  core.info(`Signed and verified ${records.length - skipped} file(s)${skipped ? `; ${skipped} already signed by this certificate` : ''}.`);
}
