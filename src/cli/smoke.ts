import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSmokeTestSettings } from '../actions/smoke-test/input-helper.js';
import { smokeFailure, smokeRunOf } from '../actions/smoke-test/smoke-run.js';
import { UserError } from '../kit/errors.js';
import { runSmokeTest } from '../smoke/smoke.js';
import { optionSource, type Command } from './command.js';

const STRING_OPTIONS = ['run', 'working-directory', 'version', 'install', 'install-type', 'install-dir', 'install-timeout', 'expect-exit-code', 'expect-output', 'wait-for-port', 'health-url', 'expect-status', 'expect-body', 'wait-for-window', 'screenshot', 'stay-alive', 'timeout', 'timeouts', 'kill-grace'] as const;

export const smokeCommand: Command = {
  name: 'smoke',
  usage: `release-kit smoke --run CMD [checks]   the smoke-test action on this machine: start, probe, always clean up
  --run CMD                the command that starts the app, backend or CLI (/bin/sh -c)
  --expect-exit-code N     --expect-output REGEX ({version} is --version)
  --wait-for-port P        --health-url URL [--expect-status N] [--expect-body REGEX|json:a.b=value]
  --wait-for-window REGEX  --screenshot true|FILE  (Xvfb is started when there is no display)
  --stay-alive SECONDS     --install FILE [--install-type T] [--uninstall]
  --env NAME=value (repeatable), --working-directory DIR, --timeout SECONDS (60), --kill-grace SECONDS (5)`,
  options: {
    ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    env: { type: 'string', multiple: true },
    uninstall: { type: 'boolean' },
  },
  async run(values) {
    const cwd = process.cwd();
    const env = (values as { env?: string[] }).env?.join('\n') ?? '';
    const workDir = path.join(tmpdir(), `release-kit-smoke-${randomBytes(4).toString('hex')}`);
    const settings = getSmokeTestSettings(optionSource({ ...values, env, 'upload-screenshot': 'false' }), cwd, workDir);
    const report = await runSmokeTest(smokeRunOf(settings, workDir), { log: (message) => console.error(message) });
    for (const check of report.checks) {
      const mark = check.status === 'passed' ? '✅' : check.status === 'failed' ? '❌' : '⏭';
      console.log(`${mark} ${check.name.padEnd(18)} ${`${(check.durationMs / 1000).toFixed(1)} s`.padStart(7)}  ${check.attempts} attempt${check.attempts === 1 ? '' : 's'}  ${check.detail}`);
    }
    console.log(`logs: ${report.logFiles.join(', ')}${report.screenshot ? `; screenshot: ${report.screenshot}` : ''}`);
    if (!report.passed) throw new UserError(smokeFailure(report));
  },
};
