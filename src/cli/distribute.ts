import path from 'node:path';
import { reportMarkdown, runDistribute } from '../distribute/run.js';
import { InputError, UserError } from '../kit/errors.js';
import { choiceField, stringField } from '../kit/inputs.js';
import { optionSource, type Command } from './command.js';

export const distributeCommand: Command = {
  name: 'distribute',
  usage: `release-kit distribute [options]   package manager manifests from a published release
  --tag TAG          the published release (default: GITHUB_REF's tag)
  --repository O/R   the product's repository (default: GITHUB_REPOSITORY)
  --config FILE      release-kit.yml (default: release-kit.yml)
  --dry-run          write the manifests to --out for review; deliver nothing
  --out DIR          dry-run folder (default: package-manifests)
  --mode MODE        publish (default) or rollback (go back to the release before --tag)
  Tokens come from the environment: GITHUB_TOKEN (reads the release), RELEASE_KIT_REPOSITORY_TOKEN
  (tap, bucket, winget fork), CHOCOLATEY_API_KEY, AUR_SSH_KEY; GITHUB_API_URL for GitHub Enterprise.`,
  options: {
    tag: { type: 'string' },
    repository: { type: 'string' },
    config: { type: 'string' },
    'dry-run': { type: 'boolean' },
    out: { type: 'string' },
    mode: { type: 'string' },
  },
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
};
