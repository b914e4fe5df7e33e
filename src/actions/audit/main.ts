import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditFailure, runAudit } from '../../audit/run.js';
import { auditSummary, findingLine } from '../../audit/report.js';
import { readAuditSettings } from '../../audit/settings.js';
import { actionInputs } from '../../kit/action-inputs.js';
import { readTargetInput } from '../target-settings.js';
import { warnUnmatched } from '../../kit/annotations.js';
import { UserError } from '../../kit/errors.js';
import { writeSummary } from '../../kit/summary.js';

export async function main(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const settings = readAuditSettings(actionInputs, workspace);
  // With a target, the private CA its sign: block trusts (ca-file) is trusted here too.
  const leg = await readTargetInput(actionInputs, workspace);
  const blockCa = leg?.target.sign.settings['ca-file'];
  if (blockCa && !settings.caFile) settings.caFile = path.resolve(workspace, blockCa);
  const run = await runAudit(settings, workspace, path.resolve(process.env.RUNNER_TEMP || tmpdir()), 'Input "files"', (message) => core.info(message));
  warnUnmatched(run.unmatched, 'files', 'Inner-signature audit');
  for (const finding of run.report.findings) core.info(findingLine(finding));
  const notSigned = run.report.findings.filter((finding) => finding.status !== 'signed');
  core.setOutput('unsigned', JSON.stringify(notSigned.map(({ path: trail, platform, type, status, detail, ignored }) => ({ path: trail.join(' › '), platform, type, status, detail, ignored: ignored ?? false }))));
  core.setOutput('checked', String(run.report.findings.filter((finding) => finding.platform).length));
  const failure = auditFailure(run);
  core.setOutput('passed', String(!failure));
  await writeSummary(auditSummary(run));
  if (failure) throw new UserError(failure);
  if (notSigned.length) core.warning(`${notSigned.length} file(s) inside the artifacts are not signed (listed in the summary); set require-signed to fail on them.`, { title: 'Inner-signature audit' });
}
