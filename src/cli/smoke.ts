import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSmokeTestSettings } from '../actions/smoke-test/input-helper.js';
import { smokeFailure, smokeRunOf } from '../actions/smoke-test/smoke-run.js';
import { UserError } from '../kit/errors.js';
import { attemptCount, runSmokeTest } from '../smoke/smoke.js';
import { defineCommand, optionSource } from './command.js';

export const smokeCommand = defineCommand({
  name: 'smoke',
  synopsis: '--run CMD [checks]',
  summary: 'The smoke-test action on this machine: start the app, probe it, always clean up. Each result is printed once; only what can still change (a closed port, a 503) is retried.',
  options: [
    { name: 'run', type: 'string', value: 'CMD', help: 'the command that starts the app, backend or CLI (/bin/sh -c)' },
    { name: 'version', type: 'string', value: 'VERSION', help: 'the version being tested, for {version} in --expect-output' },
    { name: 'expect-exit-code', type: 'string', value: 'N', help: 'the exit code the command must end with' },
    { name: 'expect-output', type: 'string', value: 'REGEX', help: 'what stdout or stderr must match ({version} is --version)' },
    { name: 'wait-for-port', type: 'string', value: 'PORT', help: 'a TCP port the app must open' },
    { name: 'health-url', type: 'string', value: 'URL', help: 'a URL that must answer --expect-status (retried while it refuses or answers another status)' },
    { name: 'expect-status', type: 'string', value: 'N', help: 'the health URL\'s status (default 200)' },
    { name: 'expect-body', type: 'string', value: 'REGEX|json:a.b=value', help: 'what the health URL\'s body must hold; a wrong body with the expected status fails at once' },
    { name: 'wait-for-window', type: 'string', value: 'REGEX', help: 'a window title to wait for (Xvfb is started when there is no display)' },
    { name: 'screenshot', type: 'string', value: 'true|FILE', help: 'take a screenshot once the checks pass' },
    { name: 'stay-alive', type: 'string', value: 'SECONDS', help: 'the app must still run after this long' },
    { name: 'install', type: 'string', value: 'FILE', help: 'install this installer first (and uninstall afterwards with --uninstall)' },
    { name: 'install-type', type: 'string', value: 'TYPE', help: 'the installer\'s type (default: from its name)' },
    { name: 'install-dir', type: 'string', value: 'DIR', help: 'where to install' },
    { name: 'install-timeout', type: 'string', value: 'SECONDS', help: 'time allowed for installing (default 300)' },
    { name: 'uninstall', type: 'boolean', help: 'uninstall after the checks' },
    { name: 'env', type: 'string', value: 'NAME=value', multiple: true, help: 'an environment variable for the app' },
    { name: 'working-directory', type: 'string', value: 'DIR', help: 'where the command runs' },
    { name: 'timeout', type: 'string', value: 'SECONDS', help: 'time allowed for each check (default 60)' },
    { name: 'timeouts', type: 'string', value: 'CHECK=SECONDS', help: 'time allowed for one check, e.g. health-url=120 (one a line)' },
    { name: 'kill-grace', type: 'string', value: 'SECONDS', help: 'time between SIGTERM and SIGKILL at cleanup (default 5)' },
  ],
  async run(values) {
    const cwd = process.cwd();
    const env = (values as { env?: string[] }).env?.join('\n') ?? '';
    const workDir = path.join(tmpdir(), `release-kit-smoke-${randomBytes(4).toString('hex')}`);
    const settings = getSmokeTestSettings(optionSource({ ...values, env, 'upload-screenshot': 'false' }), cwd, workDir);
    const report = await runSmokeTest(smokeRunOf(settings, workDir), { log: (message) => console.error(message), onCheck: () => undefined } /* results: the table below, once */);
    for (const check of report.checks) {
      const mark = check.status === 'passed' ? '✅' : check.status === 'failed' ? '❌' : '⏭';
      console.log(`${mark} ${check.name.padEnd(18)} ${`${(check.durationMs / 1000).toFixed(1)} s`.padStart(7)}  ${attemptCount(check.attempts)}  ${check.detail}`);
    }
    console.log(`logs: ${report.logFiles.join(', ')}${report.screenshot ? `; screenshot: ${report.screenshot}` : ''}`);
    if (!report.passed) throw new UserError(smokeFailure(report));
  },
});
