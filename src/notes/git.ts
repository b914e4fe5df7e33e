import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { UserError } from '../kit/errors.js';

/** A git repository on disk, read through the `git` command (the same one a developer uses). */
/** Paths printed as they are, no signature checks in `git log`: output parsed the same on every machine. */
const STABLE_OUTPUT = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false'];

export class Git {
  readonly cwd: string;
  constructor(cwd: string) {
    this.cwd = cwd;
  }

  /** Runs git and returns its standard output; a failure is a UserError carrying git's own message. */
  run(args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(args);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => reject(new UserError(`Cannot run git: ${error.message}. Is git installed?`)));
      child.on('close', (code) => {
        if (code === 0 || options.allowFailure) resolve(Buffer.concat(out).toString('utf8'));
        else reject(new UserError(`git ${args.join(' ')} failed: ${Buffer.concat(err).toString('utf8').trim() || `exit ${code}`}`));
      });
    });
  }

  /**
   * Streams records of `git <args>` separated by `separator`, without holding the whole output:
   * memory stays flat in the size of the history.
   */
  stream(args: readonly string[], separator: string, onRecord: (record: string) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(args);
      let pending = '';
      const err: Buffer[] = [];
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        pending += chunk;
        let at = pending.indexOf(separator);
        let start = 0;
        while (at !== -1) {
          onRecord(pending.slice(start, at));
          start = at + separator.length;
          at = pending.indexOf(separator, start);
        }
        pending = pending.slice(start);
      });
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => reject(new UserError(`Cannot run git: ${error.message}. Is git installed?`)));
      child.on('close', (code) => {
        if (code !== 0) return reject(new UserError(`git ${args.join(' ')} failed: ${Buffer.concat(err).toString('utf8').trim()}`));
        if (pending.trim()) onRecord(pending);
        resolve();
      });
    });
  }

  private spawn(args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
    return spawn('git', [...STABLE_OUTPUT, ...args], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  }

  /** The full SHA of a revision, or undefined when it does not name a commit. */
  async resolve(revision: string): Promise<string | undefined> {
    const out = await this.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { allowFailure: true });
    return out.trim() || undefined;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return new Promise((resolve) => {
      const child = spawn('git', ['merge-base', '--is-ancestor', ancestor, descendant], { cwd: this.cwd, stdio: 'ignore' });
      child.on('close', (code) => resolve(code === 0));
      child.on('error', () => resolve(false));
    });
  }
}
