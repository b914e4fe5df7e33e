import * as core from '@actions/core';
import { redact } from './secrets.js';

/** Appends Markdown to the job summary; a no-op where the runner gives no summary file (local runs). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(redact(markdown), true).write();
}
