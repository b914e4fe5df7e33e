import { cell, table } from '../kit/markdown.js';
import type { AuditFinding, AuditPlatform, AuditReport } from './audit.js';

/** The summary stays readable (and under the runner's 1 MiB limit) for apps with thousands of files. */
export const MAX_ROWS = 300;

const STATUS: Record<AuditFinding['status'], string> = {
  signed: '✅ signed',
  unsigned: '❌ unsigned',
  invalid: '❌ invalid signature',
  adhoc: '❌ ad hoc only',
  unopened: '⚠️ not opened',
};

export function findingPath(finding: AuditFinding): string {
  return finding.path.join(' › ');
}

/** One line per finding, for the CLI and the log. */
export function findingLine(finding: AuditFinding): string {
  const mark = finding.ignored ? 'IGNORED' : finding.status.toUpperCase();
  return `${mark.padEnd(9)} ${findingPath(finding)} (${finding.type}${finding.subject ? `, ${finding.subject}` : ''})${finding.detail ? `: ${finding.detail}` : ''}`;
}

export interface AuditVerdict {
  report: AuditReport;
  required: readonly AuditPlatform[];
  failing: readonly AuditFinding[];
  missing: readonly AuditPlatform[];
}

/** The job summary: a headline, then what is not signed first, then the rest. */
export function auditSummary({ report, required, failing, missing }: AuditVerdict): string {
  const binaries = report.findings.filter((finding) => finding.platform);
  const unsigned = binaries.filter((finding) => finding.status !== 'signed');
  const passed = failing.length === 0 && missing.length === 0;
  const need = required.length ? `required: ${required.join(', ')}` : 'report only: no platform required';
  const head = `### ${passed ? (unsigned.length ? '⚠️' : '✅') : '❌'} Inner-signature audit: ${binaries.length} binaries in ${report.opened.length} opened containers, ${unsigned.length} not signed (${need})\n\n`;
  const notes = missing.map((platform) => `> ❌ The target must be signed for ${platform}, but its files hold no ${platform === 'windows' ? 'Windows program or package' : 'Mach-O binary'}.\n`).join('');
  const ordered = [...report.findings].sort((a, b) => Number(a.status === 'signed') - Number(b.status === 'signed'));
  const rows = ordered.slice(0, MAX_ROWS).map((finding) => [
    cell(findingPath(finding)),
    cell(finding.type),
    finding.ignored ? `${STATUS[finding.status]} (ignored)` : STATUS[finding.status],
    cell(finding.subject ?? '—'),
    cell(finding.detail ?? ''),
  ]);
  const more = ordered.length > MAX_ROWS ? `\n… and ${ordered.length - MAX_ROWS} more files.\n` : '';
  return head + notes + (rows.length ? table(['File', 'Type', 'Signature', 'Signer', 'Detail'], rows) : 'No Windows or macOS binary found.\n') + more;
}
