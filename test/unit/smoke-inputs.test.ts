import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { InputSource } from '../../src/kit/inputs.js';
import { getSmokeTestSettings } from '../../src/actions/smoke-test/input-helper.js';
import { buildChecks } from '../../src/actions/smoke-test/smoke-run.js';
import { reportJson, smokeSummary } from '../../src/actions/smoke-test/report.js';
import type { SmokeReport } from '../../src/smoke/smoke.js';

const source = (values: Record<string, string>): InputSource => ({
  read: (name) => (values[name] ?? '').trim(),
  describe: (name) => `Input "${name}"`,
  mask: () => undefined,
});

const workspace = mkdtempSync(path.join(tmpdir(), 'smoke-inputs-'));
const settings = (values: Record<string, string>) => getSmokeTestSettings(source({ run: './app', ...values }), workspace, '/runner/temp/smoke');

describe('smoke-test inputs', () => {
  test('every check, in the order they run, with their own timeouts', () => {
    const s = settings({
      'wait-for-port': 'localhost:8000',
      'health-url': 'http://localhost:8000/health',
      'expect-status': '204',
      'expect-body': 'json:version={version}',
      'expect-output': 'started {version}',
      version: 'v1.2.3',
      'wait-for-window': '^My App',
      screenshot: 'true',
      'stay-alive': '10',
      timeout: '30',
      timeouts: 'health-url=120\nwait-for-window: 45',
      env: 'A=1\nB=x=y',
    });
    expect(s.env).toEqual({ A: '1', B: 'x=y' });
    expect(s.healthUrl).toMatchObject({ url: 'http://localhost:8000/health', expectStatus: 204, expectBody: { kind: 'json', path: ['version'], expected: '1.2.3' } });
    expect(s.expectOutput!.source).toBe('started v?1\\.2\\.3');
    expect(s.expectOutput!.pattern.test('started 1.2.3')).toBe(true);
    expect(s.expectOutput!.pattern.test('started v1.2.3')).toBe(true);
    expect(s.expectOutput!.pattern.test('started 1x2x3')).toBe(false);
    const checks = buildChecks(s, '/work');
    expect(checks.map((c) => [c.name, c.timeoutMs])).toEqual([
      ['wait-for-port', 30_000],
      ['health-url', 120_000],
      ['expect-output', 30_000],
      ['wait-for-window', 45_000],
      ['screenshot', 30_000],
      ['stay-alive', 15_000],
    ]);
    expect(s.timeouts.install).toBe(300_000);
  });

  test('a CLI: exit code and output; defaults', () => {
    const s = settings({ 'expect-exit-code': '0', 'expect-output': 'hello' });
    expect(buildChecks(s, '/w').map((c) => c.name)).toEqual(['expect-output', 'expect-exit-code']);
    expect(s.workingDirectory).toBe(workspace);
    expect(s.killGraceMs).toBe(5000);
    expect(s.timeouts['expect-exit-code']).toBe(60_000);
  });

  test('installers: type from the extension or given; extracting formats get a folder; uninstall rules', () => {
    writeFileSync(path.join(workspace, 'app.tar.gz'), '');
    writeFileSync(path.join(workspace, 'setup.exe'), '');
    writeFileSync(path.join(workspace, 'app.pkg'), '');
    writeFileSync(path.join(workspace, 'app.bin'), '');
    expect(settings({ install: 'app.tar.gz', 'stay-alive': '1' }).install).toEqual({ file: path.join(workspace, 'app.tar.gz'), type: 'tarball', installDir: '/runner/temp/smoke/install', uninstall: false });
    expect(settings({ install: 'app.bin', 'install-type': 'appimage', 'stay-alive': '1' }).install?.type).toBe('appimage');
    expect(settings({ install: 'setup.exe', 'install-dir': 'out', uninstall: 'true', 'stay-alive': '1' }).install).toEqual({ file: path.join(workspace, 'setup.exe'), type: 'nsis', installDir: path.join(workspace, 'out'), uninstall: true });
    expect(() => settings({ install: 'setup.exe', uninstall: 'true', 'stay-alive': '1' })).toThrow('Input "uninstall" has the value "true", but uninstalling an NSIS installer needs install-dir too: the folder it installs to (passed as /D=).');
    expect(() => settings({ install: 'app.pkg', uninstall: 'true', 'stay-alive': '1' })).toThrow('Input "uninstall" has the value "true", but a pkg has no uninstaller; set it to false.');
    expect(() => settings({ install: 'app.bin', 'stay-alive': '1' })).toThrow(/^Input "install-type" has the value "auto", but the type of app\.bin cannot be told from its extension/);
    expect(() => settings({ install: 'missing.deb', 'stay-alive': '1' })).toThrow('Input "install" has the value "missing.deb", but it must name an existing installer file (relative to the workspace).');
    expect(() => settings({ uninstall: 'true', 'stay-alive': '1' })).toThrow('Input "uninstall" has the value "true", but there is nothing to uninstall without install.');
  });

  test.each([
    [{}, 'The check inputs has the value "", but at least one check must be given: wait-for-port, health-url, expect-output, wait-for-window, screenshot, stay-alive, expect-exit-code.'],
    [{ screenshot: 'false' }, /^The check inputs has the value ""/],
    [{ 'wait-for-port': '0' }, 'Input "wait-for-port" has the value "0", but it must be a port from 1 to 65535, optionally as host:port.'],
    [{ 'wait-for-port': 'db:99999' }, /^Input "wait-for-port" has the value "db:99999"/],
    [{ 'health-url': 'http://localhost:99999/' }, /^Input "health-url" has the value "http:\/\/localhost:99999\/", but it must be an http/],
    [{ 'health-url': 'http://x/', 'expect-status': '99' }, 'Input "expect-status" has the value "99", but it must be a whole number from 100 to 599.'],
    [{ 'health-url': 'http://x/', 'expect-body': '(' }, /^Input "expect-body" has the value "\(", but it is not a valid regular expression/],
    [{ 'expect-output': '*' }, /^Input "expect-output" has the value "\*", but it must be a valid JavaScript regular expression/],
    [{ 'expect-exit-code': '256' }, 'Input "expect-exit-code" has the value "256", but it must be a whole number from 0 to 255.'],
    [{ 'stay-alive': '0' }, 'Input "stay-alive" has the value "0", but it must be a duration from 1s to 1h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m).'],
    [{ 'stay-alive': '2h' }, 'Input "stay-alive" has the value "2h", but it must be a duration from 1s to 1h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m).'],
    [{ 'expect-exit-code': '0', timeout: '2x' }, /^Input "timeout" has the value "2x", but it must be a duration from 1s to 1h/],
    [{ 'stay-alive': '5', env: 'not a pair' }, /^Input "env" has the value "not a pair", but each line must be NAME=value/],
    [{ 'stay-alive': '5', screenshot: 'shot.jpg' }, /^Input "screenshot" has the value "shot\.jpg", but it must be true or a path ending in \.png/],
    [{ 'stay-alive': '5', 'working-directory': 'nope' }, /^Input "working-directory" has the value "nope"/],
    [{ 'stay-alive': '5', 'working-directory': '..' }, /^Input "working-directory" has the value "\.\.", but it must stay inside the workspace .+ \(after resolving "\.\." and symbolic links; it points to /],
    [{ 'stay-alive': '5', 'working-directory': '/etc' }, /^Input "working-directory" has the value "\/etc", but it must stay inside the workspace/],
    [{ 'stay-alive': '5', screenshot: '../../shot.png' }, /^Input "screenshot" has the value "\.\.\/\.\.\/shot\.png", but it must stay inside the workspace .+ or RUNNER_TEMP/],
    [{ 'stay-alive': '5', screenshot: '/etc/shot.png' }, /^Input "screenshot" has the value "\/etc\/shot\.png", but it must stay inside the workspace/],
    [{ 'stay-alive': '5', timeouts: 'stay-alive=0' }, /^Input "timeouts" has the value "stay-alive=0"/],
    [{ 'stay-alive': '5', timeouts: 'stay-alive=30' }, /^Input "timeouts" has the value "stay-alive=30", but .*\(stay-alive waits the time it is given\)\.$/],
  ])('bad input %j', (values, message) => {
    expect(() => settings(values as Record<string, string>)).toThrow(message);
  });
});

describe('smoke-test report', () => {
  const report: SmokeReport = {
    passed: false,
    checks: [
      { name: 'health-url', describe: 'GET http://x/ → 200', status: 'passed', passed: true, attempts: 3, durationMs: 1500, detail: 'HTTP 200' },
      { name: 'screenshot', describe: 'screenshot shows more than one colour', status: 'failed', passed: false, attempts: 4, durationMs: 10_000, detail: 'a | pipe\nand a line' },
      { name: 'stay-alive', describe: 'still running after 5 s', status: 'skipped', passed: false, attempts: 0, durationMs: 0, detail: 'not run: an earlier check failed' },
    ],
    logFiles: ['/t/smoke/stdout.log', '/t/smoke/stderr.log'],
    screenshot: '/t/smoke/screenshot.png',
    lastLines: ['starting', 'crashed'],
    cleanup: { found: [1, 2], forced: [], survivors: [], contained: true },
  };

  test('one row per check with ✅/❌/⏭️ and timings; the screenshot, the last lines and the logs', () => {
    const md = smokeSummary(report, './app --serve');
    expect(md).toContain('### ❌ Smoke test failed: screenshot failed, stay-alive skipped');
    expect(md).toContain('| ✅ | `health-url` | GET http://x/ → 200 | 3 | 1.5 s | HTTP 200 |');
    expect(md).toContain('| ❌ | `screenshot` | screenshot shows more than one colour | 4 | 10.0 s | a \\| pipe⏎and a line |');
    expect(md).toContain('| ⏭️ | `stay-alive` |');
    expect(md).toContain('Screenshot: `/t/smoke/screenshot.png`');
    expect(smokeSummary(report, 'x', 'https://github.com/o/r/actions/runs/1/artifacts/9')).toContain('Screenshot: [screenshot.png](https://github.com/o/r/actions/runs/1/artifacts/9)');
    expect(md).toContain('```text\nstarting\ncrashed\n```');
    expect(md).toContain('Logs: `stdout.log`, `stderr.log` in `/t/smoke`');
  });

  test('the report output is JSON with every check', () => {
    const json = JSON.parse(reportJson(report));
    expect(json.passed).toBe(false);
    expect(json.checks[1]).toEqual({ name: 'screenshot', status: 'failed', passed: false, attempts: 4, durationMs: 10_000, detail: 'a | pipe\nand a line' });
    expect(json.cleanup).toEqual({ found: [1, 2], forced: [], survivors: [], contained: true });
  });
});
