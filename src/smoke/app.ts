import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { runTool } from '../kit/exec.js';
import { isAlive, killTree, ProcessTreeTracker, readProc, windowsKillCommand, type KillOutcome } from './process-tree.js';
import { parseSupervisorLine, SUPERVISOR_SCRIPT, type SupervisorMessage } from './supervisor.js';

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
  /** Linux: start the app under the subreaper supervisor (default: when perl is on PATH). */
  supervise?: boolean;
}

/** The perl the supervisor runs on, or undefined. */
function perlOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, 'perl'), constants.X_OK);
      return path.join(dir, 'perl');
    } catch {
      // not here
    }
  }
  return undefined;
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
 * `stop()` ends the whole tree, however the app forked. On Linux the app runs under a supervisor that is
 * a child subreaper (src/smoke/supervisor.ts): `pid` is the supervisor's, which leads the process group;
 * processes that leave the group, the session and the environment still stay below it.
 */
export class RunningApp {
  /** The process group leader: the supervisor on Linux, else the app's shell. */
  readonly pid: number;
  /** Whether the app runs under the subreaper supervisor. */
  readonly supervised: boolean;
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
  /** The supervisor's start report: the app's pid and whether it is a subreaper (undefined: it never started). */
  private readonly supervisorStarted: Promise<Extract<SupervisorMessage, { kind: 'start' }> | undefined> = Promise.resolve(undefined);
  private readonly supervisorExited: Promise<void> = Promise.resolve();
  /** Processes the supervisor killed itself when it was closed. */
  private readonly swept: number[] = [];

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
    const perl = this.platform === 'linux' && options.supervise !== false ? perlOnPath() : undefined;
    this.supervised = perl !== undefined;
    const env: Record<string, string | undefined> = { ...inherited, ...options.env, [MARKER_VARIABLE]: id };
    const [file, argv] = perl ? [perl, ['-e', SUPERVISOR_SCRIPT, '--', env.PERL_BADLANG ?? '-', shell, ...args]] : [shell, args];
    this.child = spawn(file, argv, {
      cwd: options.cwd,
      env: perl ? { ...env, PERL_BADLANG: '0' } : env,
      // POSIX: the shell (or its supervisor) leads a new process group and session, so one signal reaches the group.
      detached: !windows,
      windowsHide: true,
      windowsVerbatimArguments: windows,
      // The supervisor: stdin closes to end it, fd 3 carries its reports.
      stdio: perl ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
    });
    this.startedAt = Date.now();
    const spawnError = new Promise<ExitInfo>((resolve) => this.child.once('error', () => resolve({ code: 127, signal: null })));
    const childExit = new Promise<ExitInfo>((resolve) => this.child.once('exit', (code, sig) => resolve({ code, signal: sig })));
    if (perl) {
      let started!: (message: Extract<SupervisorMessage, { kind: 'start' }> | undefined) => void;
      this.supervisorStarted = new Promise((resolve) => (started = resolve));
      let appExit!: (info: ExitInfo) => void;
      const reported = new Promise<ExitInfo>((resolve) => (appExit = resolve));
      let rest = '';
      const reports = this.child.stdio[3] as Readable;
      reports.on('data', (chunk: Buffer) => {
        rest += chunk.toString('utf8');
        for (let end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n')) {
          const message = parseSupervisorLine(rest.slice(0, end));
          rest = rest.slice(end + 1);
          if (message?.kind === 'start') started(message);
          if (message?.kind === 'exit') appExit({ code: message.code, signal: message.signal });
          if (message?.kind === 'swept') this.swept.push(...message.pids);
        }
      });
      reports.on('error', () => undefined);
      (this.child.stdin as Writable | null)?.on('error', () => undefined);
      // The supervisor ending first (killed, or perl failing) ends the app's run as far as anyone can tell.
      void Promise.race([childExit, spawnError]).then(() => started(undefined));
      this.supervisorExited = Promise.race([childExit, spawnError]).then(() => undefined);
      this.exited = Promise.race([reported, childExit, spawnError]).then((info) => (this.exitInfo = info));
    } else {
      this.exited = Promise.race([childExit, spawnError]).then((info) => (this.exitInfo = info));
    }
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
      this.tracker = new ProcessTreeTracker(this.pid, { marker: this.marker, supervisor: this.supervised });
      this.tracker.start();
    }
  }

  private supervisorRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
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
    // What arrived is in the log files too (writes complete in order: an empty write's callback comes last).
    await Promise.all(this.streams.map((stream) => (stream.writable ? new Promise<void>((resolve) => stream.write('', () => resolve())) : undefined)));
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
      // taskkill /T ends the tree Windows still links to the app; nothing else is looked for.
      outcome = { found, forced: found, survivors: [], contained: false };
    } else if (this.tracker) {
      const tracker = this.tracker;
      const start = this.supervised ? await this.supervisorStarted : undefined;
      // Under the supervisor every descendant is found through its parent chain, and the group signal
      // would reach the supervisor itself: members are signalled one by one.
      const contained = start?.subreaper === true && this.supervisorRunning();
      outcome = await killTree(() => tracker.members(), this.supervised ? undefined : this.pid, { ...options, contained });
      tracker.stop();
      if (this.supervised) {
        // Closed, the supervisor kills whatever is still below it (nothing, normally) and reports it.
        this.child.stdin?.end();
        await Promise.race([this.supervisorExited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
        const swept = this.swept.filter((pid) => !outcome.found.includes(pid));
        outcome.found.push(...swept);
        outcome.forced.push(...swept);
        outcome.survivors = outcome.survivors.filter((pid) => isAlive(readProc(pid)));
      }
    } else {
      outcome = { found: [], forced: [], survivors: [], contained: false };
    }
    await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    await Promise.all(this.streams.map((stream) => new Promise<void>((resolve) => stream.end(() => resolve()))));
    return outcome;
  }
}
