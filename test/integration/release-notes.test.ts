import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Git } from '../../src/notes/git.js';
import { buildReleaseNotes } from '../../src/notes/release-notes.js';
import { TestRepo } from '../harness/git-repo.js';
import { ROOT, tempDir } from '../harness/runner.js';

const REPO_URL = 'https://github.com/octo-org/octo-app';
const notes = (repo: TestRepo, request: Partial<Parameters<typeof buildReleaseNotes>[1]> = {}) =>
  buildReleaseNotes(new Git(repo.dir), { tagPattern: 'v{version}', render: { repositoryUrl: REPO_URL }, ...request });

function golden(name: string, actual: string): void {
  const file = path.join(ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('release notes from a real repository', () => {
  test('sections, links, spec IDs and the next version (golden file)', async () => {
    const repo = new TestRepo();
    repo.commit('feat: first release');
    repo.tag('v1.0.0', { annotated: true });
    repo.commit('feat(updater): delta updates for FR-401 (#12)\n\nRefs: AC-404, TASK-501-001-002');
    repo.commit('fix(win): paths with spaces in the installer (#13)\n\nCloses #7');
    repo.commit('perf: faster start-up');
    repo.commit('docs: spec 007-packaging-distribution explained');
    repo.commit('Update README');
    repo.commit('feat(api)!: remove the v1 endpoints\n\nBREAKING CHANGE: clients must call /v2; see MILESTONE-503.');
    const result = await notes(repo, { render: { repositoryUrl: REPO_URL, specUrlTemplate: 'https://specs.example.com/{id}', requirements: true } });
    expect(result).toMatchObject({ version: '2.0.0', tag: 'v2.0.0', previousVersion: '1.0.0', previousTag: 'v1.0.0', bump: 'major', isPrerelease: false, commits: 6 });
    expect(result.counts).toEqual({ '⚠ Breaking changes': 1, Features: 2, 'Bug fixes': 1, Performance: 1, Documentation: 1, 'Other changes': 1 });
    expect(result.specIds).toEqual(['007-packaging-distribution', 'AC-404', 'FR-401', 'MILESTONE-503', 'TASK-501-001-002']);
    golden('notes-basic.md', result.markdown.replace(/[0-9a-f]{40}/g, (sha) => sha.slice(0, 7)).replace(/\[[0-9a-f]{7}\]/g, '[sha]').replace(/commit\/[0-9a-f]{7}/g, 'commit/sha'));
  });

  test('tags on another branch are never the previous release', async () => {
    const repo = new TestRepo();
    repo.commit('feat: one');
    repo.tag('v1.0.0');
    repo.checkout('experiment', { create: true });
    repo.commit('feat: experiment');
    repo.tag('v1.5.0-beta.1');
    repo.tag('v1.4.0');
    repo.checkout('main');
    repo.commit('fix: on main');
    const result = await notes(repo);
    expect(result.previousTag).toBe('v1.0.0');
    expect(result.version).toBe('1.0.1');
    expect(result.changes.map((c) => c.subject)).toEqual(['on main']);
  });

  test('prerelease channel: beta.1, then beta.2 with notes since beta.1; the stable release covers everything', async () => {
    const repo = new TestRepo();
    repo.commit('feat: base');
    repo.tag('v1.2.0');
    repo.commit('feat: new thing');
    const first = await notes(repo, { prerelease: 'beta' });
    expect(first).toMatchObject({ version: '1.3.0-beta.1', isPrerelease: true, bump: 'minor', previousTag: 'v1.2.0' });
    repo.tag('v1.3.0-beta.1');
    repo.commit('fix: beta bug');
    const second = await notes(repo, { prerelease: 'beta' });
    expect(second).toMatchObject({ version: '1.3.0-beta.2', previousTag: 'v1.3.0-beta.1', bump: 'minor' });
    expect(second.changes.map((c) => c.subject)).toEqual(['beta bug']);
    repo.tag('v1.3.0-beta.2');
    repo.tag('v1.3.0');
    const stable = await notes(repo, { to: 'v1.3.0' });
    expect(stable).toMatchObject({ version: '1.3.0', previousTag: 'v1.2.0', isPrerelease: false, bump: 'minor' });
    expect(stable.changes.map((c) => c.subject)).toEqual(['beta bug', 'new thing']);
    const beta = await notes(repo, { to: 'v1.3.0-beta.2' });
    expect(beta.previousTag).toBe('v1.3.0-beta.1');
  });

  test('the 0.x rule: breaking bumps the minor below 1.0.0, unless configured otherwise', async () => {
    const repo = new TestRepo();
    repo.commit('feat: start');
    repo.tag('v0.3.4');
    repo.commit('feat!: new config format');
    expect((await notes(repo)).version).toBe('0.4.0');
    expect((await notes(repo, { bumpRules: { breakingBelowOne: 'major', minorTypes: ['feat'], patchTypes: ['fix'] } })).version).toBe('1.0.0');
  });

  test('no release yet: the initial version; nothing releasable: bump none, the same version', async () => {
    const repo = new TestRepo();
    repo.commit('feat: hello');
    expect(await notes(repo)).toMatchObject({ version: '0.1.0', bump: 'minor' });
    repo.tag('v0.1.0');
    repo.commit('docs: typo');
    expect(await notes(repo)).toMatchObject({ version: '0.1.0', bump: 'none' });
  });

  test('monorepo: only the package’s own tags and, with paths, only its commits', async () => {
    const repo = new TestRepo();
    repo.commit('feat(a): a one', { file: 'packages/a/index.js' });
    repo.tag('pkg-a@1.0.0');
    repo.commit('feat(b): b one', { file: 'packages/b/index.js' });
    repo.tag('pkg-b@3.0.0');
    repo.commit('fix(a): a fix', { file: 'packages/a/index.js' });
    repo.commit('feat(b): b two', { file: 'packages/b/index.js' });
    const result = await notes(repo, { tagPattern: 'pkg-a@{version}', paths: ['packages/a'] });
    expect(result).toMatchObject({ previousTag: 'pkg-a@1.0.0', version: '1.0.1', tag: 'pkg-a@1.0.1' });
    expect(result.changes.map((c) => c.subject)).toEqual(['a fix']);
    expect(result.markdown).toContain(`[pkg-a@1.0.0...pkg-a@1.0.1](${REPO_URL}/compare/pkg-a@1.0.0...pkg-a@1.0.1)`);
  });

  test('a revert inside the range cancels its target; one of an older commit is listed', async () => {
    const repo = new TestRepo();
    const old = repo.commit('feat: shipped long ago');
    repo.tag('v1.0.0');
    const added = repo.commit('feat: short-lived');
    repo.commit(`Revert "feat: short-lived"\n\nThis reverts commit ${added}.`);
    repo.commit(`Revert "feat: shipped long ago"\n\nThis reverts commit ${old}.`);
    const result = await notes(repo);
    expect(result.changes.map((c) => [c.type, c.subject])).toEqual([['revert', 'feat: shipped long ago']]);
    expect(result.counts).toEqual({ Reverts: 1 });
    expect(result.version).toBe('1.0.1');
  });

  test('merge commits: a conventional PR title stands for its branch; otherwise the branch commits are listed with the PR link', async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    repo.checkout('feature', { create: true });
    repo.commit('wip');
    repo.commit('more wip');
    repo.checkout('main');
    repo.merge('feature', 'Merge pull request #5 from octo/feature\n\nfeat(ui): dark mode');
    repo.checkout('cleanup', { create: true });
    repo.commit('fix: tidy up');
    repo.commit('Update docs');
    repo.checkout('main');
    repo.merge('cleanup', 'Merge pull request #6 from octo/cleanup\n\nVarious cleanups');
    repo.checkout('side', { create: true });
    repo.commit('perf: cache');
    repo.checkout('main');
    repo.merge('side', "Merge branch 'side'");
    const result = await notes(repo);
    expect(result.changes.map((c) => [c.type ?? null, c.subject, c.pr ?? null])).toEqual([
      ['perf', 'cache', null],
      [null, 'Update docs', 6],
      ['fix', 'tidy up', 6],
      ['feat', 'dark mode', 5],
    ]);
  });

  test('a shallow clone is deepened; with deepen off it is a clear error', async () => {
    const origin = new TestRepo();
    origin.commit('feat: one');
    origin.tag('v1.0.0');
    origin.commit('fix: two');
    const cloneDir = path.join(tempDir('clone-'), 'c');
    origin.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, cloneDir);
    await expect(buildReleaseNotes(new Git(cloneDir), { tagPattern: 'v{version}', deepen: false })).rejects.toThrow('shallow clone');
    const result = await buildReleaseNotes(new Git(cloneDir), { tagPattern: 'v{version}' });
    expect(result).toMatchObject({ previousTag: 'v1.0.0', version: '1.0.1' });
  });

  test('bad input: unknown revision, from not an ancestor, a template without {version}', async () => {
    const repo = new TestRepo();
    repo.commit('feat: one');
    repo.checkout('other', { create: true });
    const other = repo.commit('feat: elsewhere');
    repo.checkout('main');
    repo.commit('fix: main');
    await expect(notes(repo, { to: 'v9.9.9' })).rejects.toThrow('Input "to" has the value "v9.9.9", but it must name a commit or tag of this repository');
    await expect(notes(repo, { from: other })).rejects.toThrow(`Input "from" has the value "${other}", but it must be an ancestor of "to"`);
    await expect(notes(repo, { tagPattern: 'release-' })).rejects.toThrow('Input "tag-pattern" has the value "release-", but it must contain {version} exactly once');
  });

  test("bodies over GitHub's limit are cut at a line, with a note saying how many changes are missing", async () => {
    const repo = new TestRepo();
    repo.commit('chore: init');
    repo.tag('v1.0.0');
    for (let i = 0; i < 40; i++) repo.commit(`fix: change number ${i} ${'x'.repeat(40)}`);
    const result = await notes(repo, { render: { repositoryUrl: REPO_URL, maxLength: 2000 } });
    expect(result.truncated).toBe(true);
    expect(result.markdown.length).toBeLessThanOrEqual(2000);
    const shown = result.markdown.split('\n').filter((l) => l.startsWith('- change number')).length;
    expect(result.markdown).toContain(`- …\n\n_${40 - shown} of 40 entries are not shown here (Bug fixes: ${40 - shown} of 40): the notes exceed GitHub's 2,000-character limit. Every commit is in the [full changelog](${REPO_URL}/compare/v1.0.0...v1.0.1)._`);
  });
});
