import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { runTool } from '../kit/exec.js';
import { killTree, ProcessTreeTracker, windowsKillCommand, type KillOutcome } from './process-tree.js';

/** Every process of a smoke-tested app carries this variable, so a later step finds escaped ones. */
export const MARKER_VARIABLE = 'RELEASE_KIT_SMOKE_ID';

export interface LaunchOptions {
  /** A command line, run by the platform's shell (`/bin/sh -c`, `cmd.exe /d /s /c`). */
  command: string;
  cwd: string;
  /** Added to the inherited environment. */
  env?: Record<string, string>;
  /** stdout.log and stderr.log go here. */
  logDir: string;
  platform?: NodeJS.Platform;
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Text kept in memory for output checks; the log files hold everything. */
const KEEP_BYTES = 8 * 1024 * 1024;

export function describeExit(exit: ExitInfo): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/**
 * The app under test, started in its own process group (POSIX) with its output streamed to log files.
 * `stop()` ends the whole tree, however the app forked.
 */
export class RunningApp {
  readonly pid: number;
  readonly startedAt: number;
  readonly stdoutPath: string;
  readonly stderrPath: string;
  /** `RELEASE_KIT_SMOKE_ID=<random>`, set in the app's environment. */
  readonly marker: string;
  readonly exited: Promise<ExitInfo>;
  exitInfo: ExitInfo | undefined;
  readonly tracker: ProcessTreeTracker | undefined;
  private readonly child: ChildProcess;
  private readonly platform: NodeJS.Platform;
  private combined = '';
  private readonly streams: WriteStream[];
  private readonly streamsDone: Promise<void>;

  constructor(options: LaunchOptions) {
    this.platform = options.platform ?? process.platform;
    mkdirSync(options.logDir, { recursive: true });
    this.stdoutPath = path.join(options.logDir, 'stdout.log');
    this.stderrPath = path.join(options.logDir, 'stderr.log');
    const id = randomBytes(12).toString('hex');
    this.marker = `${MARKER_VARIABLE}=${id}`;
    const windows = this.platform === 'win32';
    const [shell, args] = windows ? [process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', `"${options.command}"`]] : ['/bin/sh', ['-c', options.command]];
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('STATE_')));
    this.child = spawn(shell, args, {
      cwd: options.cwd,
      env: { ...inherited, ...options.env, [MARKER_VARIABLE]: id },
      // POSIX: the shell leads a new process group (and session), so one signal reaches the whole group.
      detached: !windows,
      windowsHide: true,
      windowsVerbatimArguments: windows,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.startedAt = Date.now();
    const spawnError = new Promise<ExitInfo>((resolve) => this.child.once('error', () => resolve({ code: 127, signal: null })));
    this.exited = Promise.race([
      new Promise<ExitInfo>((resolve) => this.child.once('exit', (code, sig) => resolve({ code, signal: sig }))),
      spawnError,
    ]).then((info) => (this.exitInfo = info));
    this.pid = this.child.pid ?? -1;
    const out = createWriteStream(this.stdoutPath);
    const err = createWriteStream(this.stderrPath);
    this.streams = [out, err];
    const pipe = (from: NodeJS.ReadableStream | null, to: WriteStream): Promise<void> =>
      new Promise((resolve) => {
        if (!from) return resolve();
        from.on('data', (chunk: Buffer) => {
          to.write(chunk);
          this.combined += chunk.toString('utf8');
          if (this.combined.length > KEEP_BYTES) this.combined = this.combined.slice(-KEEP_BYTES);
        });
        from.once('end', resolve);
        from.once('error', () => resolve());
        from.once('close', () => resolve());
      });
    this.streamsDone = Promise.all([pipe(this.child.stdout, out), pipe(this.child.stderr, err)]).then(() => undefined);
    if (!windows && this.pid > 0) {
      this.tracker = new ProcessTreeTracker(this.pid, { marker: this.marker });
      this.tracker.start();
    }
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  /** stdout and stderr as they arrived (the last 8 MiB). */
  output(): string {
    return this.combined;
  }

  lastLines(count: number): string[] {
    const lines = this.combined.replace(/\r\n?/g, '\n').trimEnd().split('\n');
    return lines.length === 1 && lines[0] === '' ? [] : lines.slice(-count);
  }

  /** After the app exited: waits until its output was read (or a short while, when a child keeps the pipes open). */
  async settled(waitMs = 500): Promise<void> {
    await this.exited;
    await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
  }

  /** Ends the app and every process it started; closes the log files. */
  async stop(options: { graceMs?: number } = {}): Promise<KillOutcome> {
    let outcome: KillOutcome;
    if (this.platform === 'win32') {
      const found = this.running ? [this.pid] : [];
      if (this.running) {
        const { command, args } = windowsKillCommand(this.pid);
        await runTool(command, args, { allowFailure: true, timeoutMs: 30_000 }).catch(() => undefined);
      }
      outcome = { found, forced: found, survivors: [] };
    } else if (this.tracker) {
      const tracker = this.tracker;
      outcome = await killTree(() => tracker.members(), this.pid, options);
      tracker.stop();
    } else {
      outcome = { found: [], forced: [], survivors: [] };
    }
    await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    await Promise.all(this.streams.map((stream) => new Promise<void>((resolve) => stream.end(() => resolve()))));
    return outcome;
  }
}
