import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One line of `/proc/<pid>/stat`: what the tree walk needs. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** `Z` (zombie) and `X` (dead) count as gone: they run nothing and hold no port. */
  state: string;
  command: string;
  /** Clock ticks after boot when it started: with the pid, names one process even after pid reuse. */
  startTime: number;
}

/** Parses `/proc/<pid>/stat`; the command name sits in parentheses and may itself hold spaces and `)`. */
export function parseStat(text: string): ProcInfo | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text.slice(close + 2).split(' ');
  const pid = Number(text.slice(0, open).trim());
  const [state, ppid, pgid, sid] = [rest[0] ?? '', Number(rest[1]), Number(rest[2]), Number(rest[3])];
  if (!Number.isInteger(pid) || !Number.isInteger(ppid)) return undefined;
  return { pid, ppid, pgid, sid, state, command: text.slice(open + 1, close), startTime: Number(rest[19] ?? 0) };
}

export function readProc(pid: number, procRoot = '/proc'): ProcInfo | undefined {
  try {
    return parseStat(readFileSync(`${procRoot}/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * `ps -A -o pid=,ppid=,pgid=,sess=,stat=,lstart=,comm=` lines (macOS and the BSDs have no /proc). `lstart`
 * is five words (`Sun Nov 22 02:12:17 2026`) and stands in for the start time.
 */
export function parsePs(text: string): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words.length < 11) continue;
    const [pid, ppid, pgid, sid] = words.slice(0, 4).map(Number) as [number, number, number, number];
    if (![pid, ppid, pgid, sid].every(Number.isInteger)) continue;
    const started = Date.parse(words.slice(5, 10).join(' '));
    out.push({ pid, ppid, pgid, sid, state: words[4]!.charAt(0), command: path.basename(words.slice(10).join(' ')), startTime: Number.isNaN(started) ? 0 : started });
  }
  return out;
}

/** Every process visible now: from /proc on Linux, from `ps` where there is none. */
export function listProcesses(procRoot = '/proc'): ProcInfo[] {
  let names: string[];
  try {
    names = readdirSync(procRoot);
  } catch {
    if (procRoot !== '/proc' || process.platform === 'win32') return [];
    try {
      return parsePs(execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,sess=,stat=,lstart=,comm='], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      return [];
    }
  }
  const out: ProcInfo[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name), procRoot);
    if (info) out.push(info);
  }
  return out;
}

export const isAlive = (info: ProcInfo | undefined): info is ProcInfo => info !== undefined && info.state !== 'Z' && info.state !== 'X';

/** Whether `/proc/<pid>/environ` holds `NAME=value` (unreadable: another user's process, so not ours). */
export function hasEnvironmentMarker(pid: number, marker: string, procRoot = '/proc'): boolean {
  try {
    // One whole entry of the NUL-separated block: `STATE_marker=RELEASE_KIT_SMOKE_ID=…` (how the post
    // step receives it) holds the text too, but is not the variable.
    const environ = readFileSync(`${procRoot}/${pid}/environ`);
    const entry = Buffer.from(marker);
    for (let at = environ.indexOf(entry); at >= 0; at = environ.indexOf(entry, at + 1)) {
      const end = at + entry.length;
      if ((at === 0 || environ[at - 1] === 0) && (end === environ.length || environ[end] === 0)) return true;
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * Follows the process tree of an app while it runs. The app leads its own process group; a child can
 * still leave it (`setsid`, a daemon's double fork) and be re-parented to init, after which only what
 * was seen earlier links it to the app. So the tree is sampled every `intervalMs` and every process
 * ever seen below the root is remembered. At the end, processes that carry the app's environment
 * marker (inherited by every descendant that does not clear its environment) are found too.
 */
export class ProcessTreeTracker {
  readonly rootPid: number;
  readonly pgid: number;
  readonly marker: string | undefined;
  /** Every process seen in the tree, by pid (its start time tells a reused pid apart). */
  readonly seen = new Map<number, ProcInfo>();
  private timer: NodeJS.Timeout | undefined;
  private readonly procRoot: string;

  /** The root is the app's supervisor (a subreaper): everything below it belongs to the app, it does not. */
  readonly supervisor: boolean;

  constructor(rootPid: number, options: { marker?: string; procRoot?: string; supervisor?: boolean } = {}) {
    this.rootPid = rootPid;
    this.pgid = rootPid;
    this.marker = options.marker;
    this.procRoot = options.procRoot ?? '/proc';
    this.supervisor = options.supervisor ?? false;
  }

  start(intervalMs = 200): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One look at /proc: adds every process whose parent chain reaches the root or a remembered member. */
  sample(): ProcInfo[] {
    const all = listProcesses(this.procRoot);
    const byPid = new Map(all.map((p) => [p.pid, p]));
    const inTree = (p: ProcInfo): boolean => {
      const chain = new Set<number>();
      for (let cur: ProcInfo | undefined = p; cur && !chain.has(cur.pid); cur = byPid.get(cur.ppid)) {
        if (cur.pid === this.rootPid || cur.pgid === this.pgid || this.seen.get(cur.pid)?.startTime === cur.startTime) return true;
        chain.add(cur.pid);
      }
      return false;
    };
    for (const p of all) if (p.pid !== process.pid && inTree(p)) this.seen.set(p.pid, p);
    return all;
  }

  /** Live processes of the app now: remembered members still running, the group, and marked processes. */
  members(): ProcInfo[] {
    const all = this.sample();
    const found = new Map<number, ProcInfo>();
    for (const p of all) {
      if (!isAlive(p) || p.pid === process.pid || (this.supervisor && p.pid === this.rootPid)) continue;
      const remembered = this.seen.get(p.pid);
      // A remembered pid counts only while it is the same process: a reused pid has another start time.
      const same = remembered !== undefined && remembered.startTime === p.startTime;
      if (same || p.pgid === this.pgid || (this.marker && hasEnvironmentMarker(p.pid, this.marker, this.procRoot))) found.set(p.pid, p);
    }
    return [...found.values()];
  }
}

/** Live processes whose parent chain reaches `rootPid` (below a supervisor, every descendant of the app). */
export function descendantsOf(rootPid: number, procRoot = '/proc'): ProcInfo[] {
  const all = listProcesses(procRoot);
  const byPid = new Map(all.map((p) => [p.pid, p]));
  return all.filter((p) => {
    if (!isAlive(p) || p.pid === rootPid || p.pid === process.pid) return false;
    const chain = new Set<number>();
    for (let cur: ProcInfo | undefined = byPid.get(p.ppid); cur && !chain.has(cur.pid); cur = byPid.get(cur.ppid)) {
      if (cur.pid === rootPid) return true;
      chain.add(cur.pid);
    }
    return false;
  });
}

/** Live processes carrying the marker or in the group: what a later step can still find without the tracker. */
export function findMarkedProcesses(marker: string, pgid?: number, procRoot = '/proc'): ProcInfo[] {
  return listProcesses(procRoot).filter(
    (p) => isAlive(p) && p.pid !== process.pid && ((pgid !== undefined && p.pgid === pgid) || hasEnvironmentMarker(p.pid, marker, procRoot)),
  );
}

export interface KillOutcome {
  /** Processes that were running when the kill began. */
  found: number[];
  /** Of those, the ones that needed SIGKILL after the grace period. */
  forced: number[];
  /** Still alive after everything: should be empty. */
  survivors: number[];
  /**
   * True when every descendant of the app could be followed whatever it did (it ran under a subreaper,
   * so no process could leave its tree): then `survivors` is complete. False where processes that left
   * the group and cleared their environment cannot be found (no subreaper; Windows, where taskkill /T
   * ends the tree it still knows), and an empty `survivors` means only that none was found.
   */
  contained: boolean;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // gone already, or not ours
  }
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops an app's whole tree on POSIX: SIGTERM to the group and to every member found, a grace period,
 * then SIGKILL to whatever is left; repeated while new members show up (a process forking on SIGTERM).
 */
export async function killTree(find: () => ProcInfo[], pgid: number | undefined, options: { graceMs?: number; contained?: boolean } = {}): Promise<KillOutcome> {
  const graceMs = options.graceMs ?? 5000;
  const found = new Set<number>();
  const forced = new Set<number>();
  let members = find();
  for (const p of members) found.add(p.pid);
  if (pgid !== undefined) signal(-pgid, 'SIGTERM');
  for (const p of members) signal(p.pid, 'SIGTERM');
  for (const deadline = Date.now() + graceMs; Date.now() < deadline; ) {
    members = find();
    if (members.length === 0) break;
    await pause(50);
  }
  for (let round = 0; round < 10; round++) {
    members = find();
    if (members.length === 0) break;
    if (pgid !== undefined) signal(-pgid, 'SIGKILL');
    for (const p of members) {
      found.add(p.pid);
      forced.add(p.pid);
      signal(p.pid, 'SIGKILL');
    }
    await pause(100);
  }
  const survivors = find().map((p) => p.pid);
  return { found: [...found], forced: [...forced], survivors, contained: options.contained ?? false };
}

/** The Windows equivalent: `taskkill` ends the process and every descendant (/T), forcibly (/F). */
export function windowsKillCommand(pid: number): { command: string; args: string[] } {
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`Not a process id: ${pid}`);
  return { command: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
}
