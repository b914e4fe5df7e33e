import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseFileCommands, parseWorkflowCommands, readManifest, ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/smoke');
const NODE = JSON.stringify(process.execPath);
const fixture = (name: string): string => JSON.stringify(path.join(FIXTURES, name));

/** A port nobody listens on now: the kernel's pick for listen(0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Report {
  passed: boolean;
  checks: Array<{ name: string; status: string; passed: boolean; attempts: number; durationMs: number; detail: string; file?: string }>;
  cleanup?: { found: number[]; forced: number[]; survivors: number[]; contained: boolean };
  logFiles: string[];
}

const report = (run: ActionRun): Report => JSON.parse(run.outputs.report!) as Report;
const check = (run: ActionRun, name: string): Report['checks'][number] | undefined => report(run).checks.find((c) => c.name === name);

/** Alive = in /proc and not a zombie (an orphan's zombie waits for init to reap it and runs nothing). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

function expectCleanFailure(run: ActionRun, message: RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.errors).toHaveLength(1);
  expect(run.errors[0]).toMatch(message);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const smoke = (inputs: Record<string, string>, env: Record<string, string> = {}, workspace = tempDir('smoke-ws-')): Promise<ActionRun> =>
  runBuiltAction('smoke-test', { workspace, inputs, env, timeoutMs: 90_000 });

/** A workspace holding the FastAPI backend under backend/ (paths stay inside the workspace). */
function backendWorkspace(): string {
  const workspace = tempDir('smoke-ws-');
  mkdirSync(path.join(workspace, 'backend'));
  copyFileSync(path.join(FIXTURES, 'app.py'), path.join(workspace, 'backend', 'app.py'));
  return workspace;
}

/** A service start script: starts test/fixtures/smoke/daemon.py and returns once the daemon runs. */
const daemonStart = (pidFile: string): string =>
  `python3 ${fixture('daemon.py')} ${JSON.stringify(pidFile)} && while [ ! -s ${JSON.stringify(pidFile)} ]; do sleep 0.05; done; echo daemon started`;

describe('smoke-test action (built bundle, real processes)', () => {
  test.concurrent('FastAPI backend served by Debian uvicorn: port, output, health JSON with {version}', async () => {
    const port = await freePort();
    const run = await smoke({
      run: `/usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port ${port}`,
      'working-directory': 'backend',
      env: 'APP_VERSION=2.3.4\nPYTHONDONTWRITEBYTECODE=1',
      version: 'v2.3.4',
      'wait-for-port': String(port),
      'health-url': `http://127.0.0.1:${port}/health`,
      'expect-body': 'json:version={version}',
      'expect-output': 'Uvicorn running on http://127\\.0\\.0\\.1:\\d+',
      timeout: '30',
    }, {}, backendWorkspace());
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    const names = report(run).checks.map((c) => [c.name, c.status]);
    expect(names).toEqual([
      ['wait-for-port', 'passed'],
      ['health-url', 'passed'],
      ['expect-output', 'passed'],
      ['cleanup', 'passed'],
    ]);
    expect(check(run, 'health-url')!.detail).toBe('HTTP 200, version = "2.3.4"');
    expect(run.summary).toMatch(/\| ✅ \| `health-url` \| GET http:\/\/127\.0\.0\.1:\d+\/health → 200, body json:version=2\.3\.4 \| \d+ \| \d+\.\d s \|/);
    const logs = run.outputs['log-files']!.split('\n');
    expect(logs.map((f) => path.basename(f))).toEqual(['stdout.log', 'stderr.log']);
    expect(readFileSync(logs[1]!, 'utf8')).toMatch(/Application startup complete/);
    // uvicorn (and its process group) is gone: the port is free again.
    await new Promise<void>((resolve, reject) => {
      const server = createServer().once('error', reject).listen(port, '127.0.0.1', () => server.close(() => resolve()));
    });
  });

  test.concurrent('a Node server healthy only after a delay: retried with back-off until it answers 200 and the regex matches', async () => {
    const port = await freePort();
    const run = await smoke({
      run: `${NODE} ${fixture('delayed-server.mjs')} ${port}`,
      env: 'DELAY_MS=1500\nAPP_VERSION=1.0.0',
      'health-url': `http://127.0.0.1:${port}/`,
      'expect-body': '"status":"ok"',
      'stay-alive': '2',
      timeout: '20',
    });
    expect(run.exitCode).toBe(0);
    const health = check(run, 'health-url')!;
    expect(health.passed).toBe(true);
    expect(health.attempts).toBeGreaterThan(1);
    expect(health.durationMs).toBeGreaterThanOrEqual(1000);
    expect(check(run, 'stay-alive')!.passed).toBe(true);
    expect(run.summary).toContain('### ✅ Smoke test passed');
  });

  test.concurrent('a crash on start fails stay-alive at once, with the last 50 lines in the error annotation', async () => {
    const run = await smoke({ run: `${NODE} ${fixture('crash.mjs')}`, 'stay-alive': '20' });
    expectCleanFailure(run, /stay-alive: the app exited with code 3/);
    expect(run.outputs.passed).toBe('false');
    const stay = check(run, 'stay-alive')!;
    // Failed when the app died, not after the 20 s it was asked to stay up.
    expect(stay.durationMs).toBeLessThan(15_000);
    const message = run.errors[0]!;
    expect(message).toContain("Last 50 lines of the app's output:");
    expect(message).toContain('fatal: cannot continue');
    expect(message).toContain('Error: config file /etc/app/config.toml not found');
    expect(message).toContain('boot line 60');
    expect(message).not.toContain('boot line 10\n');
    expect(message.slice(message.indexOf("output:\n") + 8).split('\n')).toHaveLength(50);
    expect(run.summary).toContain('### ❌ Smoke test failed');
    expect(run.summary).toContain('fatal: cannot continue');
  });

  test.concurrent('a backend that accepts connections but never answers: the health check times out, later checks are skipped and fail the step', async () => {
    const port = await freePort();
    const run = await smoke({
      run: `${NODE} ${fixture('silent-server.mjs')} ${port}`,
      'wait-for-port': String(port),
      'health-url': `http://127.0.0.1:${port}/health`,
      'stay-alive': '1',
      timeouts: 'health-url=3',
    });
    expectCleanFailure(run, /health-url: no success within 3\.0 s/);
    const checks = report(run).checks;
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['wait-for-port', 'passed'],
      ['health-url', 'failed'],
      ['stay-alive', 'skipped'],
      ['cleanup', 'passed'],
    ]);
    expect(checks[1]!.durationMs).toBeLessThan(10_000);
    expect(run.errors[0]).toContain('(not run: stay-alive)');
    expect(run.summary).toMatch(/\| ⏭️ \| `stay-alive` \|/);
  });

  test.concurrent('a process that forks children, a setsid grandchild ignoring SIGTERM and an orphan: nothing survives the step', async () => {
    const pidFile = path.join(tempDir('forker-'), 'pids');
    const run = await smoke({ run: `${NODE} ${fixture('forker.mjs')} ${JSON.stringify(pidFile)}`, 'expect-output': 'root started its children', 'stay-alive': '2', 'kill-grace': '1' });
    expect(run.exitCode).toBe(0);
    const pids = new Map(readFileSync(pidFile, 'utf8').trim().split('\n').map((line) => [line.split(' ')[0]!, Number(line.split(' ')[1])]));
    expect([...pids.keys()].sort()).toEqual(['child', 'orphan', 'orphan-parent', 'root', 'setsid-grandchild']);
    for (const [role, pid] of pids) expect([role, alive(pid)]).toEqual([role, false]);
    const cleanup = report(run).cleanup!;
    expect(cleanup.survivors).toEqual([]);
    // The grandchild ignores SIGTERM: it took SIGKILL. The orphan left the tree and the group, and was found anyway.
    expect(cleanup.forced).toContain(pids.get('setsid-grandchild'));
    expect(cleanup.found).toContain(pids.get('orphan'));
  });

  test.concurrent('a daemon that double-forks, calls setsid and clears its environment is found and ended; the report says it looked everywhere', async () => {
    const pidFile = path.join(tempDir('daemon-'), 'daemon.pid');
    const run = await smoke({ run: daemonStart(pidFile), 'expect-output': 'daemon started', 'expect-exit-code': '0' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect([pid, alive(pid)]).toEqual([pid, false]);
    expect(report(run).cleanup).toEqual({ found: [pid], forced: [], survivors: [], contained: true });
    expect(check(run, 'cleanup')!.detail).toBe('stopped 1 processes; every descendant was followed (subreaper)');
  });

  test.concurrent('a CLI printing its version: exit code and {version} in the output; a wrong version fails', async () => {
    const inputs = { run: `${NODE} ${fixture('cli.mjs')} --version`, 'expect-exit-code': '0', 'expect-output': '^hello-cli {version} \\(linux' };
    const good = await smoke({ ...inputs, version: 'v1.4.2' });
    expect(good.exitCode).toBe(0);
    expect(check(good, 'expect-output')!.detail).toBe('matched "hello-cli 1.4.2 (linux"');
    expect(check(good, 'expect-exit-code')!.passed).toBe(true);
    const bad = await smoke({ ...inputs, version: '1.5.0' });
    expectCleanFailure(bad, /expect-output: the app exited with code 0 without printing a match for \/\^hello-cli v\?1\\\.5\\\.0 \\\(linux\//);
    expect(bad.errors[0]).toContain('hello-cli 1.4.2 (linux-x64)');
    const usage = await smoke({ run: `${NODE} ${fixture('cli.mjs')}`, 'expect-exit-code': '0' });
    expectCleanFailure(usage, /expect-exit-code: the app exited with code 2, expected code 0/);
    expect(usage.errors[0]).toContain('usage: hello --version');
  });

  test.concurrent('an X program under the Xvfb the action starts: window title and a non-blank screenshot', async () => {
    const workspace = tempDir('smoke-x-');
    const run = await runBuiltAction('smoke-test', {
      workspace,
      inputs: { run: "xmessage -title 'Hello App' 'smoke test'", 'wait-for-window': '^Hello App$', screenshot: 'shots/app.png', timeout: '20' },
      env: { DISPLAY: '' },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    const png = path.join(workspace, 'shots/app.png');
    expect(run.outputs.screenshot).toBe(png);
    expect(check(run, 'wait-for-window')!.detail).toBe('window "Hello App"');
    // Decoded independently (Python's zlib): more than one colour, the size of the Xvfb screen.
    const colours = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys, zlib, struct
d = open(sys.argv[1], 'rb').read()
assert d[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
w, h = struct.unpack('>II', d[16:24]); assert d[24] == 8 and d[25] == 2, (d[24], d[25])
i, idat = 8, b''
while i < len(d):
    n = struct.unpack('>I', d[i:i+4])[0]; t = d[i+4:i+8]
    if t == b'IDAT': idat += d[i+8:i+8+n]
    i += 12 + n
raw = zlib.decompress(idat); s = w * 3
rows = [raw[y*(s+1)+1:(y+1)*(s+1)] for y in range(h)]
assert all(raw[y*(s+1)] == 0 for y in range(h))
print(w, h, len({r[x:x+3] for r in rows for x in range(0, s, 3)}))`,
        png,
      ],
      { encoding: 'utf8' },
    ).trim();
    const [width, height, count] = colours.split(' ').map(Number);
    expect([width, height]).toEqual([1280, 800]);
    expect(count).toBeGreaterThan(1);
    expect(run.summary).toContain(`Screenshot: \`${png}\``);
    // Xvfb was stopped with the app.
    const xvfb = Number(run.state['xvfb-pid']);
    expect(xvfb).toBeGreaterThan(0);
    expect(alive(xvfb)).toBe(false);
  });

  test.concurrent('a blank screen fails the screenshot check; a missing window fails wait-for-window', async () => {
    const run = await smoke({ run: 'sleep 30', screenshot: 'true', timeouts: 'screenshot=8' }, { DISPLAY: '' });
    expectCleanFailure(run, /screenshot: no success within 8\.0 s .*last attempt: the 1280×800 screenshot is a single colour/);
    const window = await smoke({ run: 'sleep 30', 'wait-for-window': 'Never', timeouts: 'wait-for-window=2' }, { DISPLAY: '' });
    expectCleanFailure(window, /wait-for-window: no success within 2\.0 s .*last attempt: no visible window/);
  });

  test.concurrent('a .deb built here is installed with dpkg -i, runs, and is removed with dpkg -r', async () => {
    if (process.getuid?.() !== 0) throw new Error('This test installs a .deb and must run as root (scripts/test.sh runs as root).');
    const name = `release-kit-smoke-${process.pid}`;
    const root = tempDir('deb-');
    mkdirSync(path.join(root, 'pkg/DEBIAN'), { recursive: true });
    mkdirSync(path.join(root, 'pkg/usr/bin'), { recursive: true });
    writeFileSync(path.join(root, 'pkg/DEBIAN/control'), `Package: ${name}\nVersion: 3.1.0\nArchitecture: all\nMaintainer: Release Kit <rk@example.com>\nDescription: smoke test fixture\n`);
    const bin = path.join(root, 'pkg/usr/bin', name);
    writeFileSync(bin, '#!/bin/sh\necho "hello 3.1.0"\n');
    chmodSync(bin, 0o755);
    const workspace = tempDir('smoke-deb-');
    execFileSync('dpkg-deb', ['--root-owner-group', '--build', path.join(root, 'pkg'), path.join(workspace, `${name}_3.1.0_all.deb`)], { stdio: 'pipe' });
    const run = await runBuiltAction('smoke-test', {
      workspace,
      inputs: { install: `${name}_3.1.0_all.deb`, uninstall: 'true', run: `/usr/bin/${name}`, 'expect-exit-code': '0', 'expect-output': 'hello {version}', version: '3.1.0' },
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(report(run).checks.map((c) => [c.name, c.status])).toEqual([
      ['install', 'passed'],
      ['expect-output', 'passed'],
      ['expect-exit-code', 'passed'],
      ['cleanup', 'passed'],
      ['uninstall', 'passed'],
    ]);
    const log = readFileSync(run.outputs['install-log']!, 'utf8');
    expect(log).toContain(`$ dpkg -i ${path.join(workspace, `${name}_3.1.0_all.deb`)}`);
    expect(log).toContain(`Unpacking ${name} (3.1.0)`);
    expect(log).toContain(`$ dpkg -r ${name}`);
    expect(existsSync(`/usr/bin/${name}`)).toBe(false);
    expect(() => execFileSync('dpkg', ['-s', name], { stdio: 'pipe' })).toThrow();
  });

  test.concurrent('an NSIS installer built with makensis, installed silently under wine, then uninstalled', async () => {
    const workspace = tempDir('smoke-nsis-');
    writeFileSync(
      path.join(workspace, 'tiny.nsi'),
      [
        'Target amd64-unicode',
        'Name "Tiny"',
        'OutFile "tiny-setup.exe"',
        'InstallDir "$PROGRAMFILES64\\Tiny"',
        'RequestExecutionLevel user',
        'Section',
        '  SetOutPath "$INSTDIR"',
        '  FileOpen $0 "$INSTDIR\\hello.txt" w',
        '  FileWrite $0 "hello from tiny 0.9.1"',
        '  FileClose $0',
        '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "Uninstall"',
        '  Delete "$INSTDIR\\hello.txt"',
        '  Delete "$INSTDIR\\uninstall.exe"',
        '  RMDir "$INSTDIR"',
        'SectionEnd',
        '',
      ].join('\n'),
    );
    execFileSync('makensis', ['-V2', 'tiny.nsi'], { cwd: workspace, stdio: 'pipe' });
    const installDir = path.join(workspace, 'installed', 'Tiny App');
    const run = await runBuiltAction('smoke-test', {
      workspace,
      inputs: { install: 'tiny-setup.exe', 'install-dir': 'installed/Tiny App', uninstall: 'true', run: 'cat "$RELEASE_KIT_INSTALL_DIR/hello.txt"', 'expect-exit-code': '0', 'expect-output': 'hello from tiny {version}', version: '0.9.1' },
      env: { WINEPREFIX: path.join(tempDir('wine-'), 'prefix'), WINEDEBUG: '-all' },
      timeoutMs: 120_000,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(check(run, 'install')!.detail).toBe(`installed 2 files in ${installDir}`);
    expect(check(run, 'uninstall')!.detail).toBe(`uninstaller removed every installed file from ${installDir}`);
    const log = readFileSync(run.outputs['install-log']!, 'utf8');
    const win = (file: string): string => `Z:${file.replace(/\//g, '\\')}`;
    expect(log).toContain(`$ wine cmd /c '${win(path.join(workspace, 'tiny-setup.exe'))} /S /D=${win(installDir)}'\n`);
    expect(log).toMatch(/\$ wine cmd \/c 'Z:\\.*\\nsis-uninstall-\d+\.exe \/S _\?=Z:\\.*\\Tiny App'\n/);
    expect(log).toContain('hello.txt');
    expect(existsSync(installDir)).toBe(false);
  });

  test.concurrent('bad input is one clear error, and nothing is started', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ run: 'true' }, /^The check inputs has the value "", but at least one check must be given: wait-for-port, health-url, expect-output, wait-for-window, screenshot, stay-alive, expect-exit-code\.$/],
      [{ run: 'true', 'expect-output': 'version (' }, /^Input "expect-output" has the value "version \(", but it must be a valid JavaScript regular expression/],
      [{ run: 'true', 'wait-for-window': '[' }, /^Input "wait-for-window" has the value "\[", but it must be a valid JavaScript regular expression/],
      [{ run: 'true', 'wait-for-port': '70000' }, /^Input "wait-for-port" has the value "70000", but it must be a port from 1 to 65535/],
      [{ run: 'true', 'stay-alive': '1', 'install-type': 'zip' }, /^Input "install-type" has the value "zip", but it must be one of: auto, msi, nsis, squirrel, dmg, pkg, deb, rpm, appimage, tarball\.$/],
      [{ run: 'true', 'stay-alive': '1', 'expect-exit-code': '0' }, /^Input "stay-alive" has the value "1", but it cannot be combined with expect-exit-code/],
      [{ run: 'true', 'expect-output': '{version}' }, /^Input "expect-output" has the value "\{version\}", but it uses \{version\}, so version must be set too \(the version input; --version on the command line\)\.$/],
      [{ run: 'true', 'health-url': 'ftp://host/x' }, /^Input "health-url" has the value "ftp:\/\/host\/x", but it must be an http:\/\/ or https:\/\/ URL with a port from 1 to 65535\.$/],
      [{ run: 'true', 'expect-body': 'ok', 'stay-alive': '1' }, /^Input "expect-body" has the value "ok", but it is used only with health-url\.$/],
      [{ run: 'true', 'stay-alive': '1', timeouts: 'health=5' }, /^Input "timeouts" has the value "health=5", but each line must be <check>=<duration> \(1s to 1h\)/],
      [{ 'stay-alive': '1' }, /^Input "run" has the value "", but it is required/],
    ];
    for (const [inputs, message] of cases) {
      const run = await smoke(inputs);
      expectCleanFailure(run, message);
      expect(run.outputs.passed).toBeUndefined();
    }
    const workspace = tempDir('smoke-bad-');
    writeFileSync(path.join(workspace, 'app.zip'), 'PK');
    const unknown = await runBuiltAction('smoke-test', { workspace, inputs: { run: 'true', 'stay-alive': '1', install: 'app.zip' } });
    expectCleanFailure(unknown, /^Input "install-type" has the value "auto", but the type of app\.zip cannot be told from its extension/);
  });
});

/** Starts the bundle as the runner does and returns the process, to cancel it the way the runner does. */
function startBuiltAction(inputs: Record<string, string>): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; stdout: string; state: Record<string, string> }> } {
  const manifest = readManifest('smoke-test');
  const dir = tempDir('runner-');
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STATE: path.join(dir, 'state'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  mkdirSync(path.join(dir, 'temp'));
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', RUNNER_TEMP: path.join(dir, 'temp'), GITHUB_WORKSPACE: dir, ...files };
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = spec.default ?? '';
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/smoke-test/index.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; state: Record<string, string> }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')) })),
  );
  return { child, done };
}

describe('smoke-test cancelled, and its post step', () => {
  test.concurrent('SIGINT from the runner: the whole tree is killed before the step exits 1', async () => {
    const pidFile = path.join(tempDir('cancel-'), 'pids');
    const { child, done } = startBuiltAction({ run: `${NODE} ${fixture('forker.mjs')} ${JSON.stringify(pidFile)}`, 'stay-alive': '60', 'kill-grace': '1' });
    // Cancel once the whole tree is up (five processes recorded).
    for (let i = 0; i < 300 && (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim().split('\n').length < 5); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(1);
    const { annotations } = parseWorkflowCommands(result.stdout);
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/^The smoke test was cancelled \(SIGINT\); stopped \d+ processes of the app\.$/)]);
    const pids = readFileSync(pidFile, 'utf8').trim().split('\n').map((line) => Number(line.split(' ')[1]));
    expect(pids).toHaveLength(5);
    for (const pid of pids) expect([pid, alive(pid)]).toEqual([pid, false]);
    expect(result.state.marker).toMatch(/^RELEASE_KIT_SMOKE_ID=[0-9a-f]{24}$/);
  });

  test.concurrent('main step killed outright with a daemon running: its supervisor ends the daemon; the post step finds nothing and says why', async () => {
    const pidFile = path.join(tempDir('daemon-kill-'), 'daemon.pid');
    const { child, done } = startBuiltAction({ run: `${daemonStart(pidFile)}; exec sleep 60`, 'stay-alive': '60' });
    for (let i = 0; i < 300 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect([pid, alive(pid)]).toEqual([pid, true]);
    child.kill('SIGKILL'); // no handler runs: only the supervisor is left to act
    const result = await done;
    expect(result.state.supervised).toBe('true');
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect([pid, alive(pid)]).toEqual([pid, false]);
    const post = await runBuiltAction('smoke-test', { workspace: tempDir('post-ws-'), entry: 'post', state: result.state });
    expect(post.exitCode).toBe(0);
    expect(post.annotations).toEqual([]);
    expect(post.stdout).toContain('No process of the smoke-tested app was left running: it ran under a subreaper supervisor, which ends every descendant with the smoke test');
  });

  test.concurrent('the post step kills what a hard-killed main step left behind, found by the marker', async () => {
    const marker = `RELEASE_KIT_SMOKE_ID=${randomBytes(12).toString('hex')}`;
    const pidFile = path.join(tempDir('post-'), 'pids');
    const leftover = spawn(process.execPath, [path.join(FIXTURES, 'forker.mjs'), pidFile], { detached: true, stdio: 'ignore', env: { ...process.env, RELEASE_KIT_SMOKE_ID: marker.split('=')[1]! } });
    leftover.unref();
    for (let i = 0; i < 300 && (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim().split('\n').length < 5); i++) await new Promise((r) => setTimeout(r, 50));
    const pids = readFileSync(pidFile, 'utf8').trim().split('\n').map((line) => Number(line.split(' ')[1]));
    // The main step's own group leader is gone (hard kill): only the marker links the rest. Four of the five
    // run (orphan-parent exits at once).
    const post = await runBuiltAction('smoke-test', { workspace: tempDir('post-ws-'), entry: 'post', state: { marker, pgid: '999999' } });
    expect(post.exitCode).toBe(0);
    expect(post.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([expect.stringMatching(/^Stopped 4 processes the smoke test left running/)]);
    for (const pid of pids) expect([pid, alive(pid)]).toEqual([pid, false]);
    const nothing = await runBuiltAction('smoke-test', { workspace: tempDir('post-ws-'), entry: 'post', state: { marker, pgid: '999999' } });
    expect(nothing.stdout).toContain("No process carrying the smoke-tested app's marker or in its process group was left running (a process that left the group and cleared its environment cannot be told apart here).");
  });
});
