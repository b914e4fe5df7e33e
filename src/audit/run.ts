import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../kit/errors.js';
import { matchFiles } from '../kit/glob.js';
import { caBundleText } from '../sign/windows/verify.js';
import { auditArtifacts, failures, markIgnored, missingPlatforms } from './audit.js';
import type { AuditVerdict } from './report.js';
import type { AuditSettings } from './settings.js';

export interface AuditRun extends AuditVerdict {
  artifacts: string[];
  unmatched: string[];
}

/** Finds the artifacts, audits them, and judges the result against the settings (the action and the CLI share it). */
export async function runAudit(settings: AuditSettings, workspace: string, tempRoot: string, describeFiles: string, log?: (message: string) => void): Promise<AuditRun> {
  const { files: artifacts, unmatched } = await matchFiles(settings.patterns, workspace, describeFiles);
  if (artifacts.length === 0) {
    throw new UserError(`${describeFiles} matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${workspace}); give the artifacts the leg built.`);
  }
  let caBundle: string | undefined;
  if (settings.caFile) {
    caBundle = path.join(tempRoot, `release-kit-audit-ca-${randomUUID()}.pem`);
    await writeFile(caBundle, await caBundleText(settings.caFile));
  }
  try {
    const raw = await auditArtifacts(artifacts, { tempRoot, maxDepth: settings.maxDepth, ...(caBundle ? { caBundle } : {}), ...(log ? { log } : {}) });
    const report = markIgnored(raw, settings.ignore);
    return { artifacts, unmatched, report, required: settings.required, failing: failures(report, settings.required), missing: missingPlatforms(report, settings.required) };
  } finally {
    if (caBundle) await rm(caBundle, { force: true });
  }
}

/** The one error of a failed audit: what is unsigned, in a few lines. */
export function auditFailure(run: AuditRun): string | undefined {
  if (run.failing.length === 0 && run.missing.length === 0) return undefined;
  const parts: string[] = [];
  if (run.failing.length) {
    const shown = run.failing.slice(0, 10).map((finding) => `${finding.path.join(' › ')} (${finding.status}${finding.detail ? `: ${finding.detail}` : ''})`);
    parts.push(`${run.failing.length} file(s) that must be signed are not: ${shown.join('; ')}${run.failing.length > 10 ? `; … ${run.failing.length - 10} more in the summary` : ''}.`);
  }
  for (const platform of run.missing) parts.push(`require-signed names ${platform}, but no ${platform === 'windows' ? 'Windows program or package' : 'Mach-O binary'} was found inside the artifacts.`);
  return `Inner-signature audit failed: ${parts.join(' ')} Sign the inner binaries before they are packaged (see docs/signing-hooks.md).`;
}
