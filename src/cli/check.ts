import path from 'node:path';
import { loadReleaseKitConfig } from '../plan/load-config.js';
import { configWarnings } from '../plan/checks.js';
import { planText } from '../plan/describe.js';
import { planRelease } from '../plan/plan.js';
import { defineCommand } from './command.js';

export const checkCommand = defineCommand({
  name: 'check',
  synopsis: '[options]',
  summary: 'Validate release-kit.yml and print the planned release (nothing is built).',
  options: [
    { name: 'config', type: 'string', value: 'FILE', help: 'the config (default: release-kit.yml)' },
    { name: 'ref', type: 'string', value: 'REF', help: 'plan as for this ref: refs/tags/v1.2.0 (a release), refs/pull/7/merge (a PR check); default: a dry run from HEAD. The version and channel come from the ref; the config is the one given (the working tree\'s), not the ref\'s' },
    { name: 'json', type: 'boolean', help: 'print the plan as JSON' },
  ],
  async run(values) {
    const file = path.resolve(typeof values.config === 'string' ? values.config : 'release-kit.yml');
    const config = await loadReleaseKitConfig(file);
    for (const warning of configWarnings(config)) process.stderr.write(`release-kit: warning: ${path.relative(process.cwd(), file) || file}: ${warning}\n`);
    const ref = typeof values.ref === 'string' ? values.ref : 'HEAD';
    const plan = await planRelease(config, { ref, event: /^refs\/pull\//.test(ref) ? 'pull_request' : 'push', root: path.dirname(file) });
    process.stdout.write(values.json ? `${JSON.stringify(plan, null, 2)}\n` : `${path.relative(process.cwd(), file) || file}: valid\n\n${planText(plan, config)}`);
  },
});
