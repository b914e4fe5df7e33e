import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { UserError } from '../kit/errors.js';

export interface TagRef {
  name: string;
  /** The commit the tag points at (annotated tags peeled). */
  sha: string;
}

/** git was run outside a repository: no revision can be looked up, so no other error applies. */
export class NotARepository extends UserError {}

/** A git repository on disk, read through the `git` command (the same one a developer uses). */
/** Paths printed as they are, no signature checks in `git log`: output parsed the same on every machine. */
const STABLE_OUTPUT = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false'];

/**
 * The environment git runs in: ours, with `GIT_FLUSH=0`. Into a pipe git otherwise flushes its output after
 * every commit (a write and a wake-up of the reader for each of 10,000 commits); every output is read to its
 * end here, so it is written in full buffers instead.
 */
let environment: NodeJS.ProcessEnv | undefined;
function gitEnvironment(): NodeJS.ProcessEnv {
  return (environment ??= { ...process.env, GIT_FLUSH: '0' });
}

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
        else reject(this.failure(args, Buffer.concat(err).toString('utf8').trim() || `exit ${code}`));
      });
    });
  }

  /**
   * Streams records of `git <args>` separated by `separator`, without holding the whole output:
   * memory stays flat in the size of the history. A throw from `onRecord`, or `signal`, stops git and
   * rejects with that error.
   */
  stream(args: readonly string[], separator: string, onRecord: (record: string) => void, options: { signal?: AbortSignal } = {}): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(args);
      let pending = '';
      let failed = false;
      const err: Buffer[] = [];
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        options.signal?.removeEventListener('abort', onAbort);
        child.kill();
        reject(error);
      };
      const onAbort = (): void => fail(options.signal!.reason);
      if (options.signal?.aborted) return fail(options.signal.reason);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        if (failed) return;
        pending += chunk;
        let at = pending.indexOf(separator);
        let start = 0;
        try {
          while (at !== -1) {
            onRecord(pending.slice(start, at));
            start = at + separator.length;
            at = pending.indexOf(separator, start);
          }
        } catch (error) {
          return fail(error);
        }
        pending = pending.slice(start);
      });
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => fail(new UserError(`Cannot run git: ${error.message}. Is git installed?`)));
      child.on('close', (code) => {
        if (failed) return;
        if (code !== 0) return fail(this.failure(args, Buffer.concat(err).toString('utf8').trim() || `exit ${code}`));
        try {
          if (pending.trim()) onRecord(pending);
        } catch (error) {
          return fail(error);
        }
        options.signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  /** git's own message; outside a repository, what to do about it. */
  private failure(args: readonly string[], stderr: string): UserError {
    if (/not a git repository/i.test(stderr)) {
      return new NotARepository(`${this.cwd} is not in a git repository (${stderr.split('\n')[0]}). Run this inside the repository's checkout (in a workflow: actions/checkout with fetch-depth: 0 first).`);
    }
    return new UserError(`git ${args.join(' ')} failed: ${stderr}`);
  }

  private spawn(args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
    return spawn('git', [...STABLE_OUTPUT, ...args], { cwd: this.cwd, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Every tag of the repository (one `for-each-ref`, no graph walk). */
  async tags(): Promise<TagRef[]> {
    const out = await this.run(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    const refs: TagRef[] = [];
    for (const line of out.split('\n')) {
      if (!line) continue;
      const [name, object, peeled] = line.split('\0') as [string, string, string];
      refs.push({ name, sha: peeled || object });
    }
    return refs;
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
