/**
 * The repository writer (git data API through Octokit) against the GitHub emulator, every request and
 * response judged by GitHub's OpenAPI description: one commit per change, none when nothing changed,
 * removals, pull requests reused and updated rather than duplicated, and the emulator's contents
 * endpoints behaving as GitHub's do.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { githubClient } from '../../src/kit/github.js';
import { octokitRepoApi } from '../../src/distribute/octokit-repo-api.js';
import { gitBlobSha, writeToRepository } from '../../src/distribute/repo-writer.js';
import { GitHubEmulator } from '../emulator/github-emulator.ts';

let github: GitHubEmulator;
beforeEach(async () => {
  github = await new GitHubEmulator().start();
});
afterEach(async () => {
  await github.stop();
  expect(github.judge.violations).toEqual([]);
});

const client = () => githubClient({ token: 'ghs_writer_test_token', baseUrl: github.url, retries: 0 });

describe('writeToRepository', () => {
  test('push: one commit with new, changed and removed files; a second identical write commits nothing', async () => {
    github.content.createRepo('octo-org/tap', { 'Formula/old.rb': 'old\n', 'Formula/octo.rb': 'v1\n', 'README.md': '# tap\n' });
    const api = octokitRepoApi(client());
    const request = { repository: 'octo-org/tap', files: [{ path: 'Formula/octo.rb', content: 'v2\n' }, { path: 'Casks/octo.rb', content: 'cask\n' }], remove: ['Formula/old.rb'], message: 'octo 2', mode: 'push' as const };
    const first = await writeToRepository(api, request);
    expect(first).toMatchObject({ outcome: 'committed', detail: expect.stringMatching(/^octo-org\/tap@main: [0-9a-f]{7} \(3 files\)$/) });
    expect(github.content.paths('octo-org/tap')).toEqual(['Casks/octo.rb', 'Formula/octo.rb', 'README.md']);
    expect(github.content.file('octo-org/tap', 'Formula/octo.rb')).toBe('v2\n');
    expect(github.content.history('octo-org/tap').map((c) => c.message)).toEqual(['octo 2', 'Initial commit']);
    expect(await writeToRepository(api, request)).toMatchObject({ outcome: 'unchanged' });
    expect(github.content.history('octo-org/tap')).toHaveLength(2);
    expect(github.calls('POST', /\/git\/(blobs|trees|commits)$/)).toHaveLength(4); // 2 blobs, 1 tree, 1 commit: only the first write
  });

  test('pull request from a branch of the repository: opened once, updated (not duplicated) when the files change', async () => {
    github.content.createRepo('octo-org/app', { 'CHANGELOG.md': '# Changelog\n' });
    const api = octokitRepoApi(client());
    const request = (content: string) => ({ repository: 'octo-org/app', files: [{ path: 'CHANGELOG.md', content }], message: 'changelog', mode: 'pull-request' as const, pullBranch: 'release-kit/changelog-v1' });
    expect(await writeToRepository(api, request('one\n'))).toMatchObject({ outcome: 'pull-request-opened', pull: { number: 1 } });
    expect(await writeToRepository(api, request('one\n'))).toMatchObject({ outcome: 'pull-request-exists', pull: { number: 1 } });
    expect(await writeToRepository(api, request('two\n'))).toMatchObject({ outcome: 'pull-request-updated', pull: { number: 1 } });
    expect(github.content.pulls).toHaveLength(1);
    expect(github.content.file('octo-org/app', 'CHANGELOG.md', 'release-kit/changelog-v1')).toBe('two\n');
    expect(github.content.file('octo-org/app', 'CHANGELOG.md')).toBe('# Changelog\n');
  });

  test('a repository the token cannot see is one clear error naming it', async () => {
    const api = octokitRepoApi(client());
    await expect(writeToRepository(api, { repository: 'octo-org/missing', files: [], message: 'x', mode: 'push' })).rejects.toThrow('Reading octo-org/missing: HTTP 404 Not Found (does the token have write access to it?)');
  });

  test('blob ids are git\'s own, so a file is compared with a tree entry without downloading it', () => {
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
});

describe('emulated contents endpoints', () => {
  test('create (201), update without sha (422), update with the blob sha (200), read back', async () => {
    github.content.createRepo('octo-org/app', {});
    const octokit = client();
    const put = (sha?: string) => octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', { owner: 'octo-org', repo: 'app', path: 'notes.md', message: 'notes', content: Buffer.from(sha ? 'two' : 'one').toString('base64'), ...(sha ? { sha } : {}) });
    const created = await put();
    expect(created.status).toBe(201);
    await expect(octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', { owner: 'octo-org', repo: 'app', path: 'notes.md', message: 'again', content: 'dGhyZWU=' })).rejects.toMatchObject({ status: 422 });
    const updated = await put(created.data.content!.sha);
    expect(updated.status).toBe(200);
    const read = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'octo-org', repo: 'app', path: 'notes.md' });
    expect(Buffer.from((read.data as { content: string }).content, 'base64').toString()).toBe('two');
    expect(github.content.history('octo-org/app').map((c) => c.message)).toEqual(['notes', 'notes', 'Initial commit']);
  });
});
