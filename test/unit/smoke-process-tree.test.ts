import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMarkedProcesses, killTree, parsePs, ProcessTreeTracker, type ProcInfo } from '../../src/smoke/process-tree.js';

/** A fake /proc: stat lines (and environ blocks) written the way the kernel formats them. */
function fakeProc() {
  const root = mkdtempSync(path.join(tmpdir(), 'fake-proc-'));
  return {
    root,
    add(pid: number, p: { ppid: number; pgid: number; sid?: number; start: number; state?: string; name?: string; env?: string[] }) {
      mkdirSync(path.join(root, String(pid)), { recursive: true });
      writeFileSync(path.join(root, String(pid), 'stat'), `${pid} (${p.name ?? 'node'}) ${p.state ?? 'S'} ${p.ppid} ${p.pgid} ${p.sid ?? p.pgid} 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 ${p.start} 1000 10`);
      writeFileSync(path.join(root, String(pid), 'environ'), (p.env ?? ['PATH=/usr/bin']).join('\0') + '\0');
    },
    remove(pid: number) {
      rmSync(path.join(root, String(pid)), { recursive: true });
    },
  };
}

const pids = (list: ProcInfo[]): number[] => list.map((p) => p.pid).sort((a, b) => a - b);

describe('ProcessTreeTracker over /proc', () => {
  test('remembers descendants that left the group and were re-parented; a reused pid is not taken for one', () => {
    const proc = fakeProc();
    proc.add(1, { ppid: 0, pgid: 1, start: 1, name: 'init' });
    proc.add(100, { ppid: 50, pgid: 100, start: 500, name: 'sh' });
    proc.add(101, { ppid: 100, pgid: 100, start: 510 });
    proc.add(102, { ppid: 101, pgid: 102, sid: 102, start: 520 }); // setsid'd grandchild
    proc.add(200, { ppid: 1, pgid: 200, start: 90, name: 'unrelated' });
    const tracker = new ProcessTreeTracker(100, { procRoot: proc.root });
    tracker.sample();
    expect([...tracker.seen.keys()].sort()).toEqual([100, 101, 102]);
    // The child exits; the grandchild is re-parented to init and is in no group of the app.
    proc.remove(101);
    proc.add(102, { ppid: 1, pgid: 102, sid: 102, start: 520 });
    expect(pids(tracker.members())).toEqual([100, 102]);
    // A zombie runs nothing.
    proc.add(100, { ppid: 50, pgid: 100, start: 500, name: 'sh', state: 'Z' });
    expect(pids(tracker.members())).toEqual([102]);
    // The grandchild exits and its pid is reused by an unrelated process: not ours.
    proc.remove(102);
    proc.add(102, { ppid: 1, pgid: 102, start: 9000, name: 'node' });
    expect(pids(tracker.members())).toEqual([]);
  });

  test('the environment marker finds a process no parent link leads to', () => {
    const proc = fakeProc();
    proc.add(300, { ppid: 1, pgid: 300, start: 5, env: ['PATH=/bin', 'RELEASE_KIT_SMOKE_ID=abc123'] });
    proc.add(301, { ppid: 1, pgid: 301, start: 6, env: ['RELEASE_KIT_SMOKE_ID=other'] });
    // The post step gets the marker as saved state: the same text, another variable.
    proc.add(302, { ppid: 1, pgid: 302, start: 7, env: ['STATE_marker=RELEASE_KIT_SMOKE_ID=abc123', 'X=RELEASE_KIT_SMOKE_ID=abc1234'] });
    const tracker = new ProcessTreeTracker(999, { procRoot: proc.root, marker: 'RELEASE_KIT_SMOKE_ID=abc123' });
    expect(pids(tracker.members())).toEqual([300]);
    expect(pids(findMarkedProcesses('RELEASE_KIT_SMOKE_ID=abc123', undefined, proc.root))).toEqual([300]);
    expect(pids(findMarkedProcesses('RELEASE_KIT_SMOKE_ID=nothing', 301, proc.root))).toEqual([301]);
  });
});

describe('ps, where there is no /proc (macOS)', () => {
  test('pid, ppid, group, session, state, start and command', () => {
    const ps = ['    1     0     1     1 Ss   Sun Nov 22 01:00:00 2026     /sbin/launchd', '  812   811   811   811 S+   Sun Nov 22 02:12:17 2026     /Applications/My App.app/Contents/MacOS/My App', 'garbage'].join('\n');
    expect(parsePs(ps)).toEqual([
      { pid: 1, ppid: 0, pgid: 1, sid: 1, state: 'S', command: 'launchd', startTime: Date.parse('Sun Nov 22 01:00:00 2026') },
      { pid: 812, ppid: 811, pgid: 811, sid: 811, state: 'S', command: 'My App', startTime: Date.parse('Sun Nov 22 02:12:17 2026') },
    ]);
  });
});

describe('killTree', () => {
  test('SIGTERM first; what is still there after the grace period gets SIGKILL; survivors are reported', async () => {
    const signals: string[] = [];
    const realKill = process.kill;
    const alive = new Set([4001, 4002]);
    process.kill = ((pid: number, sig: string) => {
      signals.push(`${sig} ${pid}`);
      if (sig === 'SIGTERM' && pid === 4001) alive.delete(4001); // 4002 ignores SIGTERM
      if (sig === 'SIGKILL' && pid === 4002) alive.delete(4002);
      return true;
    }) as typeof process.kill;
    try {
      const find = (): ProcInfo[] => [...alive].map((pid) => ({ pid, ppid: 1, pgid: 4001, sid: 4001, state: 'S', command: 'x', startTime: 1 }));
      const outcome = await killTree(find, 4001, { graceMs: 100 });
      expect(outcome).toEqual({ found: [4001, 4002], forced: [4002], survivors: [], contained: false });
      expect(signals).toEqual(['SIGTERM -4001', 'SIGTERM 4001', 'SIGTERM 4002', 'SIGKILL -4001', 'SIGKILL 4002']);
    } finally {
      process.kill = realKill;
    }
  });
});
