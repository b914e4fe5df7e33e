import path from 'node:path';
import type { FeedResult } from '../../feed/build.js';
import { bytes, cell, code, table } from '../../kit/markdown.js';

/** Feed files, what each lists (platform → asset) and sizes; files in no feed below. */
export function feedSummary(result: FeedResult, version: string, workspace: string): string {
  const rows = result.feeds.map((feed) => [
    code(path.relative(workspace, feed.path) || feed.path),
    feed.format === 'tauri' ? 'Tauri' : `electron-updater (${feed.channel})`,
    feed.entries.map((entry) => `${cell(entry.label)}: ${code(entry.name)}`).join('<br>'),
    feed.entries.map((entry) => bytes(entry.size)).join('<br>'),
  ]);
  let text = `### Update feeds for ${code(version)}\n\n${result.feeds.length} feed files, built from the final files.\n\n`;
  text += table(['Feed file', 'Read by', 'Platforms and files', 'Sizes'], rows);
  if (result.warnings.length) text += `\n${result.warnings.map((warning) => `- ⚠️ ${cell(warning)}`).join('\n')}\n`;
  if (result.skipped.length) {
    text += `\n<details><summary>${result.skipped.length} files in no feed</summary>\n\n`;
    text += table(['File', 'Why'], result.skipped.map((s) => [code(s.name), cell(s.reason)]));
    text += '\n</details>\n';
  }
  return text;
}
