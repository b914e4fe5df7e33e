import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSmokeRuns } from '../actions/smoke-test/input-helper.js';
import { smokeFailure, smokeRunOf } from '../actions/smoke-test/smoke-run.js';
import { UserError } from '../kit/errors.js';
import { SMOKE_KEYS } from '../smoke/settings.js';
import { runSmokeTest } from '../smoke/smoke.js';
import { optionSource, type Command } from './command.js';

/** Every smoke setting is an option of the same name, read through the same schema as the action's inputs. */
const STRING_OPTIONS = [...SMOKE_KEYS.filter((key) => key !== 'env' && key !== 'uninstall' && key !== 'upload-screenshot'), 'version', 'config', 'target', 'artifacts-dir'] as const;

export const smokeCommand: Command = {
  name: 'smoke',
  usage: `release-kit smoke --run CMD [checks]   the smoke-test action on this machine: start, probe, always clean up
  --run CMD                the command that starts the app, backend or CLI (/bin/sh -c)
  --expect-exit-code N     --expect-output REGEX ({version} is --version)
  --wait-for-port P        --health-url URL [--expect-status N] [--expect-body REGEX|json:a.b=value]
  --wait-for-window REGEX  --screenshot true|FILE  (Xvfb is started when there is no display)
  --stay-alive DURATION    --install FILE [--install-type T] [--uninstall]
  --env NAME=value (repeatable), --working-directory DIR, --timeout DURATION (60s), --kill-grace DURATION (5s)
  durations: seconds (90) or with a unit (90s, 2m, 1h)
release-kit smoke --target ID --version V [--config FILE] [--artifacts-dir DIR]
                           the target's smoke checks from release-kit.yml, on its release files
                           (default .release-kit/artifacts/ID, where matrix-build puts them)`,
  options: {
    ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
    env: { type: 'string', multiple: true },
    uninstall: { type: 'boolean' },
  },
  async run(values) {
    const cwd = process.cwd();
    const env = (values as { env?: string[] }).env?.join('\n') ?? '';
    const stem = path.join(tmpdir(), `release-kit-smoke-${randomBytes(4).toString('hex')}`);
    const runs = await getSmokeRuns(optionSource({ ...values, env }), cwd, (index) => `${stem}-${index}`);
    const failures: string[] = [];
    for (const [index, settings] of runs.entries()) {
      if (runs.length > 1) console.log(`${settings.run}`);
      const report = await runSmokeTest(smokeRunOf(settings, `${stem}-${index}`), { log: (message) => { if (!/^[✓✗] /.test(message)) console.error(message); } });
      for (const check of report.checks) {
        const mark = check.status === 'passed' ? '✅' : check.status === 'failed' ? '❌' : '⏭';
        console.log(`${mark} ${check.name.padEnd(18)} ${`${(check.durationMs / 1000).toFixed(1)} s`.padStart(7)}  ${check.attempts} attempt${check.attempts === 1 ? '' : 's'}  ${check.detail}`);
      }
      console.log(`logs: ${report.logFiles.join(', ')}${report.screenshot ? `; screenshot: ${report.screenshot}` : ''}`);
      if (!report.passed) failures.push(smokeFailure(report));
    }
    if (failures.length) throw new UserError(failures.join('\n\n'));
  },
};
