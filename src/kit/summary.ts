import { appendSummary } from './runner-commands.js';

/** Appends Markdown to the job summary; a no-op where the runner gives no summary file (local runs). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await appendSummary(markdown);
}
