import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunningApp } from '../../src/smoke/app.js';
import { exitCodeCheck, outputCheck, stayAliveCheck } from '../../src/smoke/checks/process.js';
import { countColours } from '../../src/smoke/png.js';
import { findMarkedProcesses, readProc } from '../../src/smoke/process-tree.js';
import { runSmokeTest } from '../../src/smoke/smoke.js';
import { captureRootWindow } from '../../src/smoke/x11.js';
import { startXvfb } from '../../src/smoke/xvfb.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/smoke');
const temp = (): string => mkdtempSync(path.join(tmpdir(), 'smoke-int-'));
const alive = (pid: number): boolean => {
  const info = readProc(pid);
  return info !== undefined && info.state !== 'Z' && info.state !== 'X';
};
const waitFor = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
};
const pidsIn = (file: string): Map<string, number> =>
  new Map(existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => [l.split(' ')[0]!, Number(l.split(' ')[1])]) : []);

describe('RunningApp: own process group, output to files, whole-tree kill', () => {
  test('the tracker follows children, a setsid grandchild and an orphan; stop() leaves nothing', async () => {
    const dir = temp();
    const pidFile = path.join(dir, 'pids');
    const app = new RunningApp({ command: `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(FIXTURES, 'forker.mjs'))} ${JSON.stringify(pidFile)}`, cwd: dir, logDir: path.join(dir, 'logs') });
    await waitFor(() => pidsIn(pidFile).size === 5);
    const pids = pidsIn(pidFile);
    expect(readProc(app.pid)?.pgid).toBe(app.pid); // the shell leads its own group
    expect(readProc(pids.get('setsid-grandchild')!)?.sid).toBe(pids.get('setsid-grandchild')); // and this one left it
    await waitFor(() => !alive(pids.get('orphan-parent')!));
    // The orphan is re-parented away from the tree; the environment marker still finds it.
    expect(findMarkedProcesses(app.marker).map((p) => p.pid)).toContain(pids.get('orphan'));
    const outcome = await app.stop({ graceMs: 500 });
    for (const [role, pid] of pids) expect([role, alive(pid)]).toEqual([role, false]);
    expect(outcome.survivors).toEqual([]);
    expect(outcome.forced).toContain(pids.get('setsid-grandchild'));
    expect(outcome.forced).not.toContain(pids.get('child'));
    expect(readFileSync(app.stdoutPath, 'utf8')).toBe('root started its children\n');
    expect(findMarkedProcesses(app.marker)).toEqual([]);
  });

  test('under the supervisor: a locale the machine lacks puts nothing in the app\'s stderr, and the app\'s environment is its own', async () => {
    const dir = temp();
    const app = new RunningApp({ command: 'echo "badlang=${PERL_BADLANG:-unset} lc=$LC_ALL"', cwd: dir, logDir: dir, env: { LC_ALL: 'xx_YY.UTF-8' } });
    expect(app.supervised).toBe(true);
    expect(await app.exited).toEqual({ code: 0, signal: null });
    await app.settled();
    const outcome = await app.stop();
    expect(readFileSync(app.stderrPath, 'utf8')).toBe('');
    expect(readFileSync(app.stdoutPath, 'utf8')).toBe('badlang=unset lc=xx_YY.UTF-8\n');
    expect(outcome).toEqual({ found: [], forced: [], survivors: [], contained: true });
  });

  test('an exit by a signal is reported as that signal through the supervisor', async () => {
    const dir = temp();
    const app = new RunningApp({ command: 'kill -TERM $$', cwd: dir, logDir: dir });
    expect(await app.exited).toEqual({ code: null, signal: 'SIGTERM' });
    await app.stop();
  });

  test('stdout and stderr land in their files; the last lines come in arrival order', async () => {
    const dir = temp();
    const app = new RunningApp({ command: `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(FIXTURES, 'crash.mjs'))}`, cwd: dir, logDir: dir });
    const exit = await app.exited;
    await app.settled();
    expect(exit).toEqual({ code: 3, signal: null });
    expect(readFileSync(app.stdoutPath, 'utf8').split('\n')).toHaveLength(61);
    expect(readFileSync(app.stderrPath, 'utf8')).toBe('Error: config file /etc/app/config.toml not found\nfatal: cannot continue\n');
    expect(app.lastLines(3)).toEqual(['boot line 60', 'Error: config file /etc/app/config.toml not found', 'fatal: cannot continue']);
    expect((await app.stop()).found).toEqual([]);
  });

  test('the app gets the extra environment and the marker, but not the action inputs', async () => {
    const dir = temp();
    process.env.INPUT_SECRET_THING = 'hidden';
    try {
      const app = new RunningApp({ command: 'echo "$GREETING ${INPUT_SECRET_THING:-none} $RELEASE_KIT_SMOKE_ID"', cwd: dir, logDir: dir, env: { GREETING: 'hi' } });
      await app.settled();
      await app.stop();
      expect(readFileSync(app.stdoutPath, 'utf8')).toBe(`hi none ${app.marker.split('=')[1]}\n`);
    } finally {
      delete process.env.INPUT_SECRET_THING;
    }
  });
});

describe('runSmokeTest', () => {
  test('a daemon (double fork, setsid, env -i) is found and ended; the report says what it looked at', async () => {
    const dir = temp();
    const pidFile = path.join(dir, 'daemon.pid');
    const daemon = path.join(FIXTURES, 'daemon.py');
    // The command returns once the daemon runs (its pid file is there), as a service start script does.
    const run = `python3 ${JSON.stringify(daemon)} ${JSON.stringify(pidFile)} && while [ ! -s ${JSON.stringify(pidFile)} ]; do sleep 0.05; done; echo daemon started`;
    const report = await runSmokeTest({
      run,
      cwd: dir,
      env: {},
      checks: [outputCheck(/daemon started/, 'daemon started', 10_000), exitCodeCheck(0, 10_000)],
      needsDisplay: false,
      workDir: path.join(dir, 'work'),
      killGraceMs: 1000,
    });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    try {
      // It really escaped everything the app's tree is known by: its own session, no marker.
      expect(report.checks.map((c) => [c.name, c.status])).toEqual([
        ['expect-output', 'passed'],
        ['expect-exit-code', 'passed'],
        ['cleanup', 'passed'],
      ]);
      expect(alive(pid)).toBe(false);
      expect(report.cleanup).toEqual({ found: [pid], forced: [], survivors: [], contained: true });
      expect(report.checks[2]!.detail).toBe('stopped 1 processes; every descendant was followed (subreaper)');
    } finally {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // ended by the smoke test, as it should be
      }
    }
  });

  test('without the supervisor (no perl, macOS) the outcome does not claim to have looked everywhere', async () => {
    const dir = temp();
    const app = new RunningApp({ command: 'exit 0', cwd: dir, logDir: dir, supervise: false });
    expect(app.supervised).toBe(false);
    await app.exited;
    expect(await app.stop()).toEqual({ found: [], forced: [], survivors: [], contained: false });
  });

  test('a real tarball: extracted, run from RELEASE_KIT_INSTALL_DIR, checked, removed', async () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'src/hello-1.0/bin'), { recursive: true });
    const bin = path.join(dir, 'src/hello-1.0/bin/hello');
    writeFileSync(bin, '#!/bin/sh\necho "hello 1.0 from $0"\n');
    chmodSync(bin, 0o755);
    const tarball = path.join(dir, 'hello-1.0-linux.tar.gz');
    execFileSync('tar', ['-czf', tarball, '-C', path.join(dir, 'src'), 'hello-1.0']);
    const installDir = path.join(dir, 'install');
    const report = await runSmokeTest({
      run: '"$RELEASE_KIT_INSTALL_DIR/hello-1.0/bin/hello"',
      cwd: dir,
      env: {},
      install: { type: 'tarball', file: tarball, installDir, uninstall: true, timeoutMs: 30_000 },
      checks: [outputCheck(/hello 1\.0 from (.*)/, 'hello 1\\.0 from (.*)', 10_000), exitCodeCheck(0, 10_000)],
      needsDisplay: false,
      workDir: path.join(dir, 'work'),
      killGraceMs: 1000,
    });
    expect(report.checks.map((c) => [c.name, c.status])).toEqual([
      ['install', 'passed'],
      ['expect-output', 'passed'],
      ['expect-exit-code', 'passed'],
      ['cleanup', 'passed'],
      ['uninstall', 'passed'],
    ]);
    expect(report.passed).toBe(true);
    expect(report.checks[1]!.detail).toBe(`matched ${JSON.stringify(`hello 1.0 from ${installDir}/hello-1.0/bin/hello`)}`);
    expect(report.checks[0]!.detail).toBe(`extracted 1 files to ${installDir}`);
    expect(existsSync(installDir)).toBe(false);
    expect(readFileSync(report.installLog!, 'utf8')).toContain(`$ tar -xf ${tarball} -C ${installDir}\n[exit 0]`);
  });

  test('a failed installation skips every check, never starts the app, and does not pass', async () => {
    const dir = temp();
    const broken = path.join(dir, 'broken.tar.gz');
    writeFileSync(broken, 'not a tarball');
    const marker = path.join(dir, 'started');
    const report = await runSmokeTest({
      run: `touch ${JSON.stringify(marker)}`,
      cwd: dir,
      env: {},
      install: { type: 'tarball', file: broken, installDir: path.join(dir, 'install'), uninstall: true, timeoutMs: 30_000 },
      checks: [stayAliveCheck(1)],
      needsDisplay: false,
      workDir: path.join(dir, 'work'),
      killGraceMs: 1000,
    });
    expect(report.passed).toBe(false);
    expect(report.checks.map((c) => [c.name, c.status])).toEqual([
      ['install', 'failed'],
      ['stay-alive', 'skipped'],
    ]);
    expect(report.checks[0]!.detail).toMatch(/^tar -xf .* failed \(exit 2\)/);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('Xvfb and the built-in X11 screen capture', () => {
  test('a free display, blank then showing a window, and stopped afterwards', async () => {
    const dir = temp();
    const display = await startXvfb(path.join(dir, 'xvfb.log'));
    try {
      expect(display.display).toMatch(/^:\d+$/);
      const blank = await captureRootWindow(display.display);
      expect([blank.width, blank.height, countColours(blank)]).toEqual([1280, 800, 1]);
      const xmessage = spawn('xmessage', ['-title', 'Capture', 'some text'], { env: { ...process.env, DISPLAY: display.display }, stdio: 'ignore' });
      try {
        let colours = 1;
        for (let i = 0; i < 100 && colours < 2; i++) {
          await new Promise((r) => setTimeout(r, 50));
          colours = countColours(await captureRootWindow(display.display));
        }
        expect(colours).toBeGreaterThan(1);
      } finally {
        xmessage.kill();
      }
    } finally {
      await display.stop();
    }
    expect(alive(display.pid)).toBe(false);
    expect(existsSync(`/tmp/.X11-unix/X${display.display.slice(1)}`)).toBe(false);
  });
});
