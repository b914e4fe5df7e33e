import path from 'node:path';
import { reportMarkdown, runDistribute } from '../distribute/run.js';
import { InputError, UserError } from '../kit/errors.js';
import { choiceField, stringField } from '../kit/inputs.js';
import { defineCommand, optionSource } from './command.js';

export const distributeCommand = defineCommand({
  name: 'distribute',
  synopsis: '[options]',
  summary: 'Package manager manifests (Homebrew, Scoop, winget, Chocolatey, AUR) from a published release, delivered or written for review.',
  options: [
    { name: 'tag', type: 'string', value: 'TAG', help: 'The published release (default: GITHUB_REF\'s tag).' },
    { name: 'repository', type: 'string', value: 'OWNER/REPO', help: 'The product\'s repository (default: GITHUB_REPOSITORY).' },
    { name: 'config', type: 'string', value: 'FILE', help: 'The config with the package-managers block (default: release-kit.yml).' },
    { name: 'dry-run', type: 'boolean', help: 'Write the manifests to --out for review; deliver nothing.' },
    { name: 'out', type: 'string', value: 'DIR', help: 'The dry run\'s folder (default: package-manifests).' },
    { name: 'mode', type: 'string', value: 'MODE', help: 'publish (default) or rollback (point each manager back at the release before --tag).' },
  ],
  epilogue: `Tokens come from the environment: GITHUB_TOKEN (reads the release), RELEASE_KIT_REPOSITORY_TOKEN
(tap, bucket, winget fork), CHOCOLATEY_API_KEY, AUR_SSH_KEY; GITHUB_API_URL for GitHub Enterprise.`,
  async run(values) {
    const source = optionSource(values);
    const env = process.env;
    const tag = stringField(source, 'tag') || (env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : '');
    if (!tag) throw new InputError(source.describe('tag'), '', 'it is required: the tag of a published release');
    const repository = stringField(source, 'repository') || env.GITHUB_REPOSITORY || '';
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new InputError(source.describe('repository'), repository, 'it must be owner/repo (or set GITHUB_REPOSITORY)');
    const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
    if (!token) throw new UserError('GITHUB_TOKEN (or GH_TOKEN) must hold a token that can read the release.');
    const dryRun = values['dry-run'] === true;
    if (values.out !== undefined && !dryRun) throw new InputError(source.describe('out'), String(values.out), '--out is only for --dry-run');
    const config = stringField(source, 'config', { default: 'release-kit.yml' });
    const report = await runDistribute({
      configFile: path.resolve(config),
      configShown: config,
      workspace: process.cwd(),
      repository,
      tag,
      mode: choiceField(source, 'mode', ['publish', 'rollback'] as const, { default: 'publish' }),
      ...(dryRun ? { dryRunDir: path.resolve(stringField(source, 'out', { default: 'package-manifests' })) } : {}),
      githubToken: token,
      ...(env.RELEASE_KIT_REPOSITORY_TOKEN ? { repositoryToken: env.RELEASE_KIT_REPOSITORY_TOKEN } : {}),
      ...(env.CHOCOLATEY_API_KEY ? { chocolateyApiKey: env.CHOCOLATEY_API_KEY } : {}),
      ...(env.AUR_SSH_KEY ? { aurSshKey: env.AUR_SSH_KEY } : {}),
      ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
      log: (message) => console.error(message),
    });
    console.log(reportMarkdown(report).trim());
    if (report.failures.length) throw new UserError(`not every package manager was updated:\n${report.failures.map((f) => `  ${f}`).join('\n')}`);
  },
});
