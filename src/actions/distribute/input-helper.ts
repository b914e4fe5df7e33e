import path from 'node:path';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, secretField, stringField, type InputSource } from '../../kit/inputs.js';
import { parseUploaded, type RunSettings } from '../../distribute/run.js';

export function getDistributeSettings(
  source: InputSource,
  env: { workspace: string; ref?: string; repository?: string; apiUrl?: string; tempRoot?: string },
  log: (message: string) => void,
): RunSettings {
  const githubToken = secretField(source, 'github-token', { required: true });
  const repositoryToken = secretField(source, 'repository-token');
  const chocolateyApiKey = secretField(source, 'chocolatey-api-key');
  const aurSshKey = secretField(source, 'aur-ssh-key');
  const pushed = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
  const tag = stringField(source, 'tag') || pushed;
  if (!tag) throw new InputError(source.describe('tag'), '', 'it is required when the workflow was not started by a tag push');
  const repository = env.repository ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new InputError('GITHUB_REPOSITORY', repository, 'it must be owner/repo (the runner sets it)');
  const configText = stringField(source, 'config-file', { default: 'release-kit.yml' });
  const configFile = path.resolve(env.workspace, configText);
  if (path.relative(env.workspace, configFile).startsWith('..')) throw new InputError(source.describe('config-file'), configText, 'it must be a path inside the workspace');
  const dryRun = booleanField(source, 'dry-run', false);
  const outText = stringField(source, 'output-dir', { default: 'package-manifests' });
  const dryRunDir = path.resolve(env.workspace, outText);
  if (path.relative(env.workspace, dryRunDir).startsWith('..')) throw new InputError(source.describe('output-dir'), outText, 'it must be a path inside the workspace');
  const assets = stringField(source, 'assets');
  return {
    configFile,
    configShown: configText,
    workspace: env.workspace,
    repository,
    tag,
    mode: choiceField(source, 'mode', ['publish', 'rollback'] as const, { default: 'publish' }),
    ...(dryRun ? { dryRunDir } : {}),
    ...(assets ? { uploaded: parseUploaded(assets, source.describe('assets')) } : {}),
    githubToken,
    ...(repositoryToken ? { repositoryToken } : {}),
    ...(chocolateyApiKey ? { chocolateyApiKey } : {}),
    ...(aurSshKey ? { aurSshKey } : {}),
    ...(env.apiUrl ? { apiUrl: env.apiUrl } : {}),
    ...(env.tempRoot ? { tempRoot: env.tempRoot } : {}),
    log,
  };
}
