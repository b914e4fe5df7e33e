import path from 'node:path';
import { cell, code, table } from '../../kit/markdown.js';
import type { SignatureRecord } from '../../sign/signer.js';

/** The job summary stays readable (and under the runner's 1 MiB limit) for thousands of files. */
export const MAX_SUMMARY_ROWS = 300;

export interface SummaryJob {
  label: string;
  records: readonly SignatureRecord[];
}

function relative(file: string, workspace: string): string {
  const rel = path.relative(workspace, file);
  return rel.startsWith('..') ? file : rel;
}

export function signedSummary(jobs: readonly SummaryJob[], workspace: string, warnings: readonly string[]): string {
  const all = jobs.flatMap((job) => job.records.map((record) => ({ record, label: job.label })));
  const skipped = all.filter(({ record }) => record.skipped).length;
  const head = `### ✅ Code signing: ${all.length - skipped} files signed and verified${skipped ? `, ${skipped} already signed by this certificate` : ''}\n\n`;
  const rows = all.slice(0, MAX_SUMMARY_ROWS).map(({ record, label }) => [
    cell(relative(record.file, workspace)),
    cell(label),
    cell(record.subject ?? '—'),
    record.thumbprint ? code(record.thumbprint) : '—',
    record.timestampServer ? cell(record.timestampServer) : '—',
    record.skipped ? '✅ already signed' : record.verified ? '✅' : '❌',
    cell((record.signatureFiles ?? []).map((file) => path.basename(file)).join(', ') || '—'),
  ]);
  const more = all.length > MAX_SUMMARY_ROWS ? `\n… and ${all.length - MAX_SUMMARY_ROWS} more files, all listed in the \`signed\` output.\n` : '';
  const notes = warnings.length ? `\n${warnings.map((warning) => `> ⚠️ ${cell(warning)}`).join('\n>\n')}\n` : '';
  return head + table(['File', 'Signer', 'Subject', 'Thumbprint', 'Timestamp', 'Verified', 'Signature files'], rows) + more + notes;
}

export function failedSummary(message: string): string {
  return `### ❌ Code signing failed\n\n${message
    .split('\n')
    .map((line) => `> ${cell(line)}`)
    .join('\n')}\n\nNo file was replaced by an unverified copy: each original is either signed and verified, or as it was.\n`;
}
