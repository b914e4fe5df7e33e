import path from 'node:path';
import type { Algorithm } from '../../checksum/algorithms.js';
import type { GenerateResult } from '../../checksum/generate.js';
import { describeProblem, type VerifyReport } from '../../checksum/verify.js';
import { bytes, cell, code, table } from '../../kit/markdown.js';

/** The job summary stays readable (and under the runner's 1 MiB limit) for thousands of files. */
export const MAX_SUMMARY_ROWS = 300;

function more(total: number, where: string): string {
  return total > MAX_SUMMARY_ROWS ? `\n… and ${total - MAX_SUMMARY_ROWS} more files, all listed in ${where}.\n` : '';
}

export function generateSummary(result: GenerateResult, algorithms: readonly Algorithm[], workspace: string): string {
  const total = result.entries.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
  const written = result.sumsFiles.map((file) => code(path.relative(workspace, file.path))).join(', ');
  const rows = result.entries
    .slice(0, MAX_SUMMARY_ROWS)
    .map((entry) => [cell(entry.name), bytes(entry.size ?? 0), ...algorithms.map((a) => code(entry.digests[a] ?? ''))]);
  return (
    `### Checksums\n\n${result.entries.length} files (${bytes(total)}), ${algorithms.join(', ')}, written to ${written}.\n\n` +
    (rows.length ? table(['File', 'Size', ...algorithms], rows) : '') +
    more(result.entries.length, written)
  );
}

export function verifySummary(report: VerifyReport, sumsFile: string, workspace: string): string {
  const where = code(path.relative(workspace, sumsFile));
  const head = report.problems.length
    ? `### ❌ Checksums: ${report.problems.length} problems in ${where}\n\n`
    : `### ✅ Checksums: all ${report.verified} files match ${where}\n\n`;
  const rows = report.findings
    .slice(0, MAX_SUMMARY_ROWS)
    .map((finding) => [finding.problem ? '❌' : '✅', cell(finding.name), finding.algorithm ?? '', finding.problem ? cell(describeProblem(finding, sumsFile)) : 'matches']);
  return head + table(['', 'File', 'Algorithm', 'Result'], rows) + more(report.findings.length, where);
}
