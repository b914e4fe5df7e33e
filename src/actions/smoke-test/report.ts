import path from 'node:path';
import { cell, code, table } from '../../kit/markdown.js';
import type { CheckResult } from '../../smoke/check.js';
import type { SmokeReport } from '../../smoke/smoke.js';

const ICON: Record<CheckResult['status'], string> = { passed: '✅', failed: '❌', skipped: '⏭️' };

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The report output: every step with its attempts, duration and result. */
export function reportJson(report: SmokeReport): string {
  return JSON.stringify({
    passed: report.passed,
    checks: report.checks.map((c) => ({ name: c.name, status: c.status, passed: c.passed, attempts: c.attempts, durationMs: c.durationMs, detail: c.detail, ...(c.file ? { file: c.file } : {}) })),
    ...(report.exit ? { exit: report.exit } : {}),
    ...(report.cleanup ? { cleanup: report.cleanup } : {}),
    ...(report.display ? { display: report.display } : {}),
    ...(report.screenshot ? { screenshot: report.screenshot } : {}),
    ...(report.installLog ? { installLog: report.installLog } : {}),
    logFiles: report.logFiles,
  });
}

export function smokeSummary(report: SmokeReport, run: string, screenshotUrl?: string): string {
  const failed = report.checks.filter((c) => c.status !== 'passed');
  const head = report.passed
    ? `### ✅ Smoke test passed: ${report.checks.length} steps\n\n`
    : `### ❌ Smoke test failed: ${failed.map((c) => `${c.name} ${c.status}`).join(', ')}\n\n`;
  const rows = report.checks.map((c) => [ICON[c.status], code(c.name), cell(c.describe), String(c.attempts), seconds(c.durationMs), cell(c.detail.length > 300 ? `${c.detail.slice(0, 300)}…` : c.detail)]);
  let body = `${head}Command: ${code(run)}\n\n${table(['', 'Check', 'What', 'Attempts', 'Time', 'Result'], rows)}`;
  if (report.screenshot) {
    const name = path.basename(report.screenshot);
    body += `\nScreenshot: ${screenshotUrl ? `[${name}](${screenshotUrl})` : code(report.screenshot)}${screenshotUrl ? ` (${code(report.screenshot)})` : ''}\n`;
  }
  if (!report.passed && report.lastLines.length) {
    body += `\n<details><summary>Last ${report.lastLines.length} lines of the app's output</summary>\n\n\`\`\`text\n${report.lastLines.join('\n').replace(/```/g, "'''")}\n\`\`\`\n</details>\n`;
  }
  body += `\nLogs: ${report.logFiles.map((file) => code(path.basename(file))).join(', ')} in ${code(path.dirname(report.logFiles[0] ?? ''))}\n`;
  return body;
}
