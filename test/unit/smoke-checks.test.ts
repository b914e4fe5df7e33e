import { describe, expect, test } from '@jest/globals';
import { deflateSync } from 'node:zlib';
import type { RunningApp } from '../../src/smoke/app.js';
import { NotYet, runCheck, type SmokeCheck } from '../../src/smoke/check.js';
import { matchBody, parseBodyExpectation } from '../../src/smoke/checks/health.js';
import { parsePortTarget } from '../../src/smoke/checks/port.js';
import { exitCodeCheck, outputCheck, stayAliveCheck } from '../../src/smoke/checks/process.js';
import { blankness, parseWindowList, screenshotCommand, windowListCommand } from '../../src/smoke/checks/window.js';
import { countColours, decodePng, encodePng } from '../../src/smoke/png.js';
import { parseStat, windowsKillCommand } from '../../src/smoke/process-tree.js';
import { findCookie, parseDisplay } from '../../src/smoke/x11.js';
import { xvfbArgs } from '../../src/smoke/xvfb.js';

const FAST = { initialDelayMs: 1, maxDelayMs: 4 };

/** Just what the checks read from a running app. */
function fakeApp(options: { exit?: { code: number | null; signal: NodeJS.Signals | null }; output?: string } = {}): RunningApp {
  return {
    startedAt: Date.now(),
    exitInfo: options.exit,
    exited: options.exit ? Promise.resolve(options.exit) : new Promise(() => undefined),
    get running() {
      return options.exit === undefined;
    },
    output: () => options.output ?? '',
    settled: () => Promise.resolve(),
  } as unknown as RunningApp;
}

function scripted(outcomes: Array<'not-yet' | 'fail' | 'pass'>, extra: Partial<SmokeCheck> = {}): SmokeCheck & { calls: number } {
  const check: SmokeCheck & { calls: number } = {
    calls: 0,
    name: 'probe',
    describe: 'a scripted probe',
    timeoutMs: 10_000,
    needsRunningApp: true,
    async attempt(): Promise<string> {
      const outcome = outcomes[check.calls++] ?? 'not-yet';
      if (outcome === 'not-yet') throw new NotYet(`not yet (${check.calls})`);
      if (outcome === 'fail') throw new Error('broken for good');
      return `passed on ${check.calls}`;
    },
    ...extra,
  };
  return check;
}

describe('runCheck: timeout and retry with back-off', () => {
  test('NotYet is retried until the check passes; attempts are counted', async () => {
    const check = scripted(['not-yet', 'not-yet', 'not-yet', 'pass']);
    const result = await runCheck(check, { app: fakeApp(), log: () => undefined }, FAST);
    expect(result).toMatchObject({ name: 'probe', status: 'passed', passed: true, attempts: 4, detail: 'passed on 4' });
  });

  test('any other error fails at once, without another attempt', async () => {
    const check = scripted(['not-yet', 'fail', 'pass']);
    const result = await runCheck(check, { app: fakeApp(), log: () => undefined }, FAST);
    expect(result).toMatchObject({ status: 'failed', passed: false, attempts: 2, detail: 'broken for good' });
  });

  test('running out of time fails with the last attempt’s reason', async () => {
    const check = scripted([], { timeoutMs: 150 });
    const result = await runCheck(check, { app: fakeApp(), log: () => undefined }, FAST);
    expect(result.status).toBe('failed');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.detail).toMatch(/^no success within 0\.1 s \(\d+ attempts\); last attempt: not yet \(\d+\)$/);
  });

  test('an attempt that hangs is cut at the timeout', async () => {
    const hang: SmokeCheck = { name: 'hang', describe: 'hangs', timeoutMs: 100, needsRunningApp: false, attempt: () => new Promise(() => undefined) };
    const result = await runCheck(hang, { app: fakeApp(), log: () => undefined }, FAST);
    expect(result).toMatchObject({ status: 'failed', attempts: 1, detail: 'no success within 0.1 s (1 attempt)' });
  });

  test('a check that needs the app stops as soon as the app is gone', async () => {
    const check = scripted([], { timeoutMs: 60_000 });
    const result = await runCheck(check, { app: fakeApp({ exit: { code: 3, signal: null } }), log: () => undefined }, FAST);
    expect(result.status).toBe('failed');
    expect(result.detail).toMatch(/^the app exited with code 3 after \d+\.\d s$/);
    expect(check.calls).toBe(0);
  });
});

describe('process checks', () => {
  const run = (check: SmokeCheck, app: RunningApp) => runCheck(check, { app, log: () => undefined }, FAST);

  test('expect-exit-code compares the code; a signal is reported as such', async () => {
    expect((await run(exitCodeCheck(0, 1000), fakeApp({ exit: { code: 0, signal: null } }))).passed).toBe(true);
    expect((await run(exitCodeCheck(0, 1000), fakeApp({ exit: { code: 1, signal: null } }))).detail).toBe('the app exited with code 1, expected code 0');
    expect((await run(exitCodeCheck(0, 1000), fakeApp({ exit: { code: null, signal: 'SIGSEGV' } }))).detail).toBe('the app was killed by SIGSEGV, expected code 0');
  });

  test('expect-output matches what was printed, and fails at once when the app exited without it', async () => {
    expect((await run(outputCheck(/ready on (\d+)/m, 'ready on (\\d+)', 1000), fakeApp({ output: 'boot\nready on 8080\n' }))).detail).toBe('matched "ready on 8080"');
    const gone = await run(outputCheck(/ready/, 'ready', 60_000), fakeApp({ output: 'crash', exit: { code: 1, signal: null } }));
    expect(gone).toMatchObject({ status: 'failed', attempts: 1, detail: 'the app exited with code 1 without printing a match for /ready/' });
    const waiting = await run(outputCheck(/ready/, 'ready', 100), fakeApp({ output: 'booting' }));
    expect(waiting.detail).toMatch(/^no success within 0\.1 s .*last attempt: no match yet in 7 characters of output$/);
  });

  test('stay-alive fails when the app already exited', async () => {
    const result = await run(stayAliveCheck(5), fakeApp({ exit: { code: 2, signal: null } }));
    expect(result.detail).toMatch(/^the app exited with code 2 after/);
  });
});

describe('health-url body expectations', () => {
  test('json:<path>=<value> compares JSON values; bare words are text', () => {
    const body = JSON.stringify({ status: 'ok', version: '1.2.3', checks: [{ name: 'db', up: true }], count: 3, nested: { a: { b: null } } });
    const ok = (spec: string) => matchBody(body, parseBodyExpectation(spec));
    expect(ok('json:status=ok')).toEqual({ ok: true, why: 'status = "ok"' });
    expect(ok('json:$.status="ok"').ok).toBe(true);
    expect(ok('json:checks[0].up=true').ok).toBe(true);
    expect(ok('json:checks[0].up=false')).toEqual({ ok: false, why: 'checks.0.up is true, expected false' });
    expect(ok('json:count=3').ok).toBe(true);
    expect(ok('json:count="3"').ok).toBe(false);
    expect(ok('json:nested.a.b=null').ok).toBe(true);
    expect(ok('json:version=1.2.3').ok).toBe(true);
    expect(ok('json:missing.field=1').why).toMatch(/^body has no field missing\.field/);
    expect(matchBody('<html>', parseBodyExpectation('json:status=ok')).why).toBe('body is not JSON: "<html>"');
  });

  test('anything else is a regex; invalid ones are refused with the reason', () => {
    expect(matchBody('{"status": "ok"}', parseBodyExpectation('"status":\\s*"ok"')).ok).toBe(true);
    expect(() => parseBodyExpectation('status: (ok')).toThrow(/^it is not a valid regular expression/);
    expect(() => parseBodyExpectation('json:status')).toThrow(/json:<path>=<value>/);
  });
});

describe('parsers', () => {
  test('wait-for-port targets', () => {
    expect(parsePortTarget('8080')).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(parsePortTarget('localhost:5432')).toEqual({ host: 'localhost', port: 5432 });
    expect(parsePortTarget('[::1]:443')).toEqual({ host: '::1', port: 443 });
    for (const bad of ['0', '65536', '70000', 'http', 'host:', ':80', '80.5']) expect([bad, parsePortTarget(bad)]).toEqual([bad, undefined]);
  });

  test('/proc/<pid>/stat, with spaces and parentheses in the command name', () => {
    const stat = '4242 (my (weird) app) S 4000 4242 4242 0 -1 4194560 103 0 0 0 1 2 0 0 20 0 3 0 987654 1000000 100 18446744073709551615';
    expect(parseStat(stat)).toEqual({ pid: 4242, ppid: 4000, pgid: 4242, sid: 4242, state: 'S', command: 'my (weird) app', startTime: 987654 });
    expect(parseStat('17 (zombie) Z 1 16 16 0')?.state).toBe('Z');
    expect(parseStat('garbage')).toBeUndefined();
  });

  test('DISPLAY and Xauthority cookies', () => {
    expect(parseDisplay(':99')).toEqual({ number: 99, socket: '/tmp/.X11-unix/X99' });
    expect(parseDisplay(':0.0')).toEqual({ number: 0, socket: '/tmp/.X11-unix/X0' });
    expect(parseDisplay('localhost:10.0')).toEqual({ number: 10, host: 'localhost' });
    expect(() => parseDisplay('nonsense')).toThrow(/not host:number/);
    const record = (family: number, address: string, number: string, name: string, data: Buffer): Buffer => {
      const field = (b: Buffer) => Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b]);
      return Buffer.concat([Buffer.from([family >> 8, family & 0xff]), field(Buffer.from(address)), field(Buffer.from(number)), field(Buffer.from(name)), field(data)]);
    };
    const file = Buffer.concat([
      record(256, 'otherhost', '1', 'MIT-MAGIC-COOKIE-1', Buffer.from('aaaa')),
      record(256, 'buildbox', '2', 'MIT-MAGIC-COOKIE-1', Buffer.from('bbbb')),
      record(256, 'buildbox', '1', 'MIT-MAGIC-COOKIE-1', Buffer.from('cccc')),
    ]);
    expect(findCookie(file, 1, 'buildbox')?.data.toString()).toBe('cccc');
    expect(findCookie(file, 7, 'buildbox')).toBeUndefined();
    expect(findCookie(file.subarray(0, 10), 1, 'buildbox')).toBeUndefined();
  });
});

describe('platform commands (constructed here, run on their platforms)', () => {
  test('Windows ends a tree with taskkill /T /F', () => {
    expect(windowsKillCommand(1234)).toEqual({ command: 'taskkill', args: ['/T', '/F', '/PID', '1234'] });
    expect(() => windowsKillCommand(0)).toThrow();
  });

  test('window titles on each platform', () => {
    expect(windowListCommand('linux')).toEqual({ command: 'xdotool', args: ['search', '--onlyvisible', '--name', '.', 'getwindowname', '%@'] });
    expect(windowListCommand('win32').command).toBe('powershell.exe');
    expect(windowListCommand('win32').args.at(-1)).toContain('MainWindowTitle');
    expect(windowListCommand('darwin')).toEqual({ command: 'osascript', args: ['-l', 'JavaScript', '-e', "JSON.stringify(Application('System Events').processes.windows.name())"] });
    expect(parseWindowList('darwin', '[["Hello App"],[],["Finder","Other"]]')).toEqual(['Hello App', 'Finder', 'Other']);
    expect(parseWindowList('linux', 'Hello App\r\n\nTerminal\n')).toEqual(['Hello App', 'Terminal']);
  });

  test('screenshots: screencapture on macOS, System.Drawing on Windows, the X server itself on Linux', () => {
    expect(screenshotCommand('darwin', '/tmp/s.png')).toEqual({ command: 'screencapture', args: ['-x', '-t', 'png', '/tmp/s.png'] });
    const windows = screenshotCommand('win32', "C:\\out\\it's.png")!;
    expect(windows.command).toBe('powershell.exe');
    expect(windows.args.at(-1)).toContain("$bmp.Save('C:\\out\\it''s.png', [System.Drawing.Imaging.ImageFormat]::Png)");
    expect(screenshotCommand('linux', '/tmp/s.png')).toBeUndefined();
    expect(xvfbArgs()).toEqual(['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-br']);
  });
});

describe('PNG', () => {
  test('encode → decode round trip; colours counted; a single colour is blank', () => {
    const pixels = Buffer.alloc(4 * 3 * 3, 0);
    pixels.set([255, 0, 0], 0);
    pixels.set([0, 0, 255], 33);
    const image = { width: 4, height: 3, pixels };
    const decoded = decodePng(encodePng(image));
    expect(decoded).toEqual(image);
    expect(countColours(decoded)).toBe(3);
    expect(blankness(decoded)).toEqual({ colours: 3, blank: false });
    expect(blankness({ width: 2, height: 2, pixels: Buffer.alloc(12, 7) })).toEqual({ colours: 1, blank: true });
  });

  test('decodes RGBA rows written with every filter type (what screencapture and System.Drawing write)', () => {
    const width = 3;
    const rows = [
      [10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255],
      [15, 25, 35, 255, 45, 55, 65, 128, 200, 210, 220, 255],
      [0, 0, 0, 255, 255, 255, 255, 255, 1, 2, 3, 255],
      [9, 8, 7, 255, 6, 5, 4, 255, 3, 2, 1, 255],
      [100, 100, 100, 255, 101, 99, 100, 255, 102, 98, 100, 255],
    ];
    const bpp = 4;
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    const filtered: number[] = [];
    rows.forEach((row, y) => {
      const filter = y; // 0 none, 1 sub, 2 up, 3 average, 4 paeth
      const prev = y > 0 ? rows[y - 1]! : row.map(() => 0);
      filtered.push(filter);
      row.forEach((value, x) => {
        const a = x >= bpp ? row[x - bpp]! : 0;
        const b = prev[x]!;
        const c = x >= bpp ? prev[x - bpp]! : 0;
        const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
        filtered.push((value - predicted) & 0xff);
      });
    });
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(data.length);
      head.write(type, 4);
      return Buffer.concat([head, data, Buffer.alloc(4)]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(rows.length, 4);
    ihdr[8] = 8;
    ihdr[9] = 6;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(filtered))), chunk('IEND', Buffer.alloc(0))]);
    const decoded = decodePng(png);
    expect([...decoded.pixels]).toEqual(rows.flatMap((row) => [0, 1, 2].flatMap((x) => row.slice(x * 4, x * 4 + 3))));
    expect(() => decodePng(Buffer.from('not a png'))).toThrow('not a PNG file');
  });
});
