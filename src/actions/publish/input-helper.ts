import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseSemver } from 'semver';
import { confinedPath } from '../../kit/confined-path.js';
import { InputError } from '../../kit/errors.js';
import { booleanField, choiceField, durationField, integerField, linesField, secretField, splitList, stringField, type InputSource } from '../../kit/inputs.js';

export interface PublishSettings {
  mode: 'publish' | 'promote' | 'rollback';
  tag: string;
  name?: string;
  notes?: string;
  patterns: string[];
  expected: string[];
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  overwrite: boolean;
  discussionCategory?: string;
  targetCommitish?: string;
  rollbackTo: 'draft' | 'prerelease';
  /** promote: write the stable feeds; rollback to a prerelease: remove the release's feeds. */
  feeds: boolean;
  /** Channels below stable, least stable first (as update-feed's channels). */
  channels: string[];
  concurrency: number;
  /** Per-request deadline (connect, headers, each pause of a body) before a retry. */
  requestTimeoutMs: number;
  /** Wait before the first retry of a request or an upload that GitHub gave no Retry-After for; doubled each retry. */
  retryDelayMs: number;
  token: string;
  repository: string;
  workspace: string;
}

export function getPublishSettings(source: InputSource, env: { workspace: string; ref?: string; repository?: string; runnerTemp?: string }): PublishSettings {
  const token = secretField(source, 'github-token', { required: true });
  const mode = choiceField(source, 'mode', ['publish', 'promote', 'rollback'] as const, { default: 'publish' });
  const pushed = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
  const tag = stringField(source, 'tag') || pushed;
  if (!tag) throw new InputError(source.describe('tag'), '', 'it is required when the workflow was not started by a tag push');
  const repository = env.repository ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new InputError('GITHUB_REPOSITORY', repository, 'it must be owner/repo (the runner sets it)');
  const notesText = stringField(source, 'notes');
  const notesFile = stringField(source, 'notes-file');
  if (notesText && notesFile) throw new InputError(source.describe('notes-file'), notesFile, 'notes and notes-file cannot both be given');
  let notes: string | undefined = notesText || undefined;
  if (notesFile) {
    // The release-notes action writes to RUNNER_TEMP by default; nothing else outside the workspace.
    const file = confinedPath(source.describe('notes-file'), notesFile, { workspace: env.workspace, ...(env.runnerTemp ? { runnerTemp: env.runnerTemp } : {}) });
    try {
      notes = readFileSync(file, 'utf8');
    } catch {
      throw new InputError(source.describe('notes-file'), notesFile, 'it must name a readable file (relative to the workspace)');
    }
  }
  const prereleaseInput = choiceField(source, 'prerelease', ['auto', 'true', 'false'] as const, { default: 'auto' });
  const version = parseSemver(tag.replace(/^[^\d]*/, ''));
  const prerelease = prereleaseInput === 'auto' ? Boolean(version?.prerelease.length) : prereleaseInput === 'true';
  const patterns = linesField(source, 'files');
  if (mode === 'publish' && patterns.length === 0) throw new InputError(source.describe('files'), '', 'it is required in publish mode: the release files, as globs');
  const name = stringField(source, 'name');
  const discussionCategory = stringField(source, 'discussion-category');
  const targetCommitish = stringField(source, 'target-commitish');
  return {
    mode,
    tag,
    ...(name ? { name } : {}),
    ...(notes !== undefined ? { notes } : {}),
    patterns,
    expected: linesField(source, 'expected-assets'),
    draft: booleanField(source, 'draft', false),
    prerelease,
    makeLatest: choiceField(source, 'make-latest', ['true', 'false', 'legacy'] as const, { default: 'true' }),
    overwrite: booleanField(source, 'overwrite', false),
    ...(discussionCategory ? { discussionCategory } : {}),
    ...(targetCommitish ? { targetCommitish } : {}),
    rollbackTo: choiceField(source, 'rollback-to', ['draft', 'prerelease'] as const, { default: 'draft' }),
    feeds: booleanField(source, 'feeds', true),
    channels: channelList(source),
    concurrency: integerField(source, 'upload-concurrency', { min: 1, max: 16 }, { default: 4 }),
    requestTimeoutMs: durationField(source, 'request-timeout', '60s', { min: 100, max: 600_000 }, 'it must be a duration from 100ms to 10m, such as 60s'),
    retryDelayMs: durationField(source, 'retry-delay', '1s', { min: 10, max: 60_000 }, 'it must be a duration from 10ms to 60s, such as 1s'),
    token,
    repository,
    workspace: env.workspace,
  };
}

function channelList(source: InputSource): string[] {
  const raw = source.read('channels');
  const channels = raw ? splitList(raw.toLowerCase()) : ['alpha', 'beta'];
  const bad = channels.find((name) => !/^[a-z][a-z0-9-]*$/.test(name) || name === 'latest' || name === 'stable');
  if (bad !== undefined) throw new InputError(source.describe('channels'), raw, `${JSON.stringify(bad)} is not allowed; list the channels below stable, least stable first (e.g. "alpha, beta, rc")`);
  return channels;
}
