/** Real git repositories for tests: commits with fixed dates, tags, branches and merges. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './runner.js';

export class TestRepo {
  readonly dir: string;
  private clock = Date.UTC(2026, 0, 1) / 1000;
  private counter = 0;

  constructor(dir = tempDir('repo-')) {
    this.dir = dir;
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test Author');
    this.git('config', 'user.email', 'author@example.com');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'tag.gpgsign', 'false');
  }

  git(...args: string[]): string {
    const date = `${this.clock} +0000`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir },
    }).trim();
  }

  /** Commits a change to `file` (default: a fresh file) with `message`; returns the full SHA. */
  commit(message: string, options: { file?: string; author?: string } = {}): string {
    this.clock += 3600;
    const file = options.file ?? `change-${++this.counter}.txt`;
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), `${message}\n${this.counter}\n`);
    this.git('add', '--', file);
    const author = options.author ? ['--author', options.author] : [];
    this.git('commit', '-q', ...author, '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** Moves the clock used for the next commits; a negative step makes a commit older than its parent (clock skew). */
  travel(seconds: number): void {
    this.clock += seconds;
  }

  tag(name: string, options: { annotated?: boolean; at?: string } = {}): void {
    this.git('tag', ...(options.annotated ? ['-a', '-m', name] : []), name, ...(options.at ? [options.at] : []));
  }

  checkout(branch: string, options: { create?: boolean } = {}): void {
    this.git('checkout', '-q', ...(options.create ? ['-b'] : []), branch);
  }

  /** A merge commit, as GitHub's "Create a merge commit" writes it. */
  merge(branch: string, message: string): string {
    this.clock += 3600;
    this.git('merge', '-q', '--no-ff', '-m', message, branch);
    return this.git('rev-parse', 'HEAD');
  }
}
