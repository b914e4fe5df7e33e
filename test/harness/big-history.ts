/** Large git histories for tests, made in one `git fast-import` (seconds, where commit by commit takes minutes). */
import { execFileSync } from 'node:child_process';
import { tempDir } from './runner.js';

export interface BigHistoryOptions {
  commits: number;
  /** The message of commit `i` (1-based). */
  message(i: number): string;
  /** The tag on commit `i`, if any. */
  tag?(i: number): string | undefined;
}

/** A repository on `main` with `commits` linear commits; returns its folder. */
export function bigHistory(options: BigHistoryOptions, dir = tempDir('big-history-')): string {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const parts: string[] = [];
  for (let i = 1; i <= options.commits; i++) {
    const message = `${options.message(i)}\n`;
    parts.push(`commit refs/heads/main\nmark :${i}\ncommitter Test Author <author@example.com> ${1767225600 + i * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}`);
    if (i > 1) parts.push(`from :${i - 1}\n`);
    parts.push(`M 644 inline file.txt\ndata ${String(i).length}\n${i}\n\n`);
    const tag = options.tag?.(i);
    if (tag) parts.push(`reset refs/tags/${tag}\nfrom :${i}\n\n`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join(''), maxBuffer: 1 << 28 });
  return dir;
}
