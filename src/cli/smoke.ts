import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSmokeRuns } from '../actions/smoke-test/input-helper.js';
import { smokeFailure, smokeRunOf } from '../actions/smoke-test/smoke-run.js';
import { UserError } from '../kit/errors.js';
import { CHECK_INPUTS, SMOKE_FIELDS, SMOKE_KEYS, type SmokeKey } from '../smoke/settings.js';
import { runSmokeTest } from '../smoke/smoke.js';
import { defineCommand, optionSource, type OptionSpec } from './command.js';

/** What a value looks like in the help, per setting. */
const PLACEHOLDER: Partial<Record<SmokeKey, string>> = {
  run: 'CMD', 'working-directory': 'DIR', env: 'NAME=value', install: 'FILE|GLOB', 'install-type': 'TYPE', 'install-dir': 'DIR',
  'install-timeout': 'DURATION', 'expect-exit-code': 'N', 'expect-output': 'REGEX', 'wait-for-port': '[HOST:]PORT', 'health-url': 'URL',
  'expect-status': 'N', 'expect-body': 'REGEX|json:a.b=value', 'wait-for-window': 'REGEX', screenshot: 'true|FILE', 'stay-alive': 'DURATION',
  timeout: 'DURATION', timeouts: 'CHECK=DURATION', 'kill-grace': 'DURATION',
};

/**
 * Every smoke setting is an option of the same name, its help the setting's own description, and it is read
 * through the same schema as the action's inputs and release-kit.yml's smoke block (upload-screenshot is the
 * action's artifact upload: nothing to upload to here).
 */
/** Where the command line behaves differently from the action (which runs in a leg's workspace). */
const CLI_HELP: Partial<Record<SmokeKey, string>> = {
  'working-directory': 'Folder to run it in (default: the current folder).',
};

const SETTING_OPTIONS: OptionSpec[] = SMOKE_KEYS.filter((key) => key !== 'upload-screenshot').map((key) => {
  const description = CLI_HELP[key] ?? SMOKE_FIELDS[key].description;
  return key === 'uninstall'
    ? { name: key, type: 'boolean', help: description }
    : { name: key, type: 'string', value: PLACEHOLDER[key] ?? 'VALUE', ...(key === 'env' || key === 'timeouts' ? { multiple: true } : {}), help: description };
});

const TARGET_OPTIONS: OptionSpec[] = [
  { name: 'target', type: 'string', value: 'ID', help: 'Run the smoke checks of this target of release-kit.yml on its release files (instead of --run and checks).' },
  { name: 'version', type: 'string', value: 'V', help: 'The version the app should report: {version} in expect-output and expect-body.' },
  { name: 'config', type: 'string', value: 'FILE', help: 'The config with --target (default: release-kit.yml).' },
  { name: 'artifacts-dir', type: 'string', value: 'DIR', help: 'The target\'s release files, for install globs (default: .release-kit/artifacts/ID, where matrix-build puts them).' },
];

export const smokeCommand = defineCommand({
  name: 'smoke',
  synopsis: '--run CMD [checks] | --target ID --version V',
  summary: 'The smoke-test action on this machine: start the app (installing it first if asked), probe it, always clean up.',
  options: [...SETTING_OPTIONS, ...TARGET_OPTIONS],
  epilogue: `Durations: seconds (90) or with a unit (90s, 2m, 1h). Checks run in this order: ${CHECK_INPUTS.join(', ')}.`,
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
});
