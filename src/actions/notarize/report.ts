import { cell, code, table } from '../../kit/markdown.js';
import type { NotarizeResult } from '../../notarize/notarize.js';
import type { Pending } from '../../notarize/wait.js';

const ICON: Record<string, string> = { Accepted: '✅', Invalid: '❌', Rejected: '❌', 'In Progress': '⏳' };

/** Written the moment a submission exists, so the id survives a cancelled or timed-out job. */
export function submittedLine(label: string, id: string, backend: string, first: boolean): string {
  return `${first ? '### Notarization\n\n' : ''}- Submitted ${code(label)} through ${backend === 'rest' ? 'the Notary REST API' : 'notarytool'}: submission id ${code(id)}\n`;
}

export function resultSummary(results: readonly NotarizeResult[]): string {
  const failed = results.filter((r) => r.status !== 'Accepted' || r.stapleError);
  const head = failed.length ? `\n### ❌ Notarization: ${failed.map((r) => `${r.label} ${r.stapleError ? 'not stapled' : r.status}`).join(', ')}\n\n` : `\n### ✅ Notarization accepted\n\n`;
  const rows = results.map((r) => [
    cell(r.label),
    code(r.id),
    `${ICON[r.status] ?? ''} ${cell(r.status)}`.trim(),
    r.stapled ? 'yes' : cell(`no${r.stapleError ? ` (failed: ${r.stapleError.split('\n')[0]})` : r.stapleNote ? ` (${r.stapleNote})` : ''}`),
    String(r.developerLog?.issues.length ?? '—'),
  ]);
  const issues = results.flatMap((r) =>
    (r.developerLog?.issues ?? []).slice(0, 50).map((i) => `- **${cell(r.label)}** ${i.severity}: ${cell(i.message)}${i.path ? ` — ${code(i.path)}` : ''}${i.docUrl ? ` ([why](${i.docUrl}))` : ''}`),
  );
  return head + table(['File', 'Submission', 'Status', 'Stapled', 'Issues'], rows) + (issues.length ? `\n${issues.join('\n')}\n` : '');
}

export function timeoutSummary(pending: ReadonlyArray<Pending & { status: string }>, elapsed: string): string {
  const ids = pending.map((p) => p.id).join(',');
  return (
    `\n### ⏳ Notarization still in progress after ${elapsed}\n\n` +
    table(['File', 'Submission', 'Status'], pending.map((p) => [cell(p.label), code(p.id), cell(p.status)])) +
    `\nNothing is lost: re-run with \`submission-id: ${ids}\` (same \`files\`) to continue waiting.\n\n` +
    '```yaml\n' +
    `with:\n  submission-id: ${ids}\n` +
    '```\n'
  );
}
