import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bigHistory } from '../harness/big-history.js';
import { TestRepo } from '../harness/git-repo.js';
import { runBuiltAction, type ActionRun } from '../harness/runner.js';

function productRepo(): TestRepo {
  const repo = new TestRepo();
  repo.commit('feat: first');
  repo.tag('v1.0.0', { annotated: true });
  repo.commit('feat(updater): delta updates (#21)\n\nRefs: FR-401');
  repo.commit('fix: crash on start (#22)\n\nCloses #9');
  return repo;
}

const run = (repo: TestRepo, inputs: Record<string, string>, extra: Partial<Parameters<typeof runBuiltAction>[1]> = {}): Promise<ActionRun> =>
  runBuiltAction('release-notes', { workspace: repo.dir, inputs, ...extra });

describe('release-notes action (built bundle)', () => {
  test('on a tag push: the tag’s version, notes file, summary, and CHANGELOG.md updated once', async () => {
    const repo = productRepo();
    repo.tag('v1.1.0');
    const env = { GITHUB_REF: 'refs/tags/v1.1.0' };
    const first = await run(repo, { 'changelog-file': 'CHANGELOG.md', 'spec-url-template': 'https://specs.example.com/{id}' }, { env });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ version: '1.1.0', tag: 'v1.1.0', 'previous-version': '1.0.0', 'previous-tag': 'v1.0.0', bump: 'minor', 'is-prerelease': 'false', 'spec-ids': '["FR-401"]', 'changelog-updated': 'true' });
    expect(readFileSync(first.outputs['notes-file']!, 'utf8')).toBe(`${first.outputs.notes}\n`.replace(/\n\n$/, '\n'));
    expect(first.outputs.notes).toContain('- **updater:** delta updates ([#21](https://github.com/octo-org/octo-app/pull/21))');
    expect(first.outputs.notes).toContain('— [FR-401](https://specs.example.com/FR-401)');
    expect(first.outputs.notes).toContain('**Full changelog**: [v1.0.0...v1.1.0](https://github.com/octo-org/octo-app/compare/v1.0.0...v1.1.0)');
    expect(first.summary).toContain('### Release notes for v1.1.0');
    expect(first.summary).toContain('| Features | 1 |');
    const changelog = readFileSync(path.join(repo.dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n\n.*\n\n## \[1\.1\.0\]\(https:\/\/github\.com\/octo-org\/octo-app\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) \(2026-01-01\)\n/);
    const again = await run(repo, { 'changelog-file': 'CHANGELOG.md', 'spec-url-template': 'https://specs.example.com/{id}' }, { env });
    expect(again.outputs['changelog-updated']).toBe('false');
    expect(readFileSync(path.join(repo.dir, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
  });

  test("a range over GitHub's body limit: the body says what it cut, the warning names CHANGELOG.md, which lists every change; bumps and mentions from inputs", async () => {
    const words = 'with a description long enough to fill a release body quickly, as real ranges do';
    const dir = bigHistory({
      commits: 1201,
      message: (i) => (i === 1 ? 'feat: first' : i % 2 ? `build: toolchain step ${i} ${words} (thanks @maintainer)` : `chore: routine step ${i} ${words}`),
      tag: (i) => (i === 1 ? 'v1.0.0' : undefined),
    });
    const repo = { dir } as TestRepo;
    const result = await run(repo, { 'changelog-file': 'CHANGELOG.md', bumps: 'build=patch' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1.0.1', bump: 'patch', 'changelog-updated': 'true' });
    const notes = result.outputs.notes!;
    expect(notes.length).toBeLessThanOrEqual(125_000);
    const shown = notes.split('\n').filter((line) => /^- (toolchain|routine) step/.test(line)).length;
    expect(notes).toMatch(new RegExp(`_${(1200 - shown).toLocaleString('en')} of 1,200 entries are not shown here \\(Build and CI: [\\d,]+ of 600; Chores: [\\d,]+ of 600\\): the notes exceed GitHub's 125,000-character limit\\. CHANGELOG\\.md lists them all`));
    expect(notes).not.toMatch(/[^\w`]@maintainer/);
    expect(notes).toContain('(thanks @\u200bmaintainer)');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('CHANGELOG.md lists every change') }));
    const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog.split('\n').filter((line) => /^- (toolchain|routine) step/.test(line))).toHaveLength(1200);
  });

  test('before tagging: the next version, on a prerelease channel', async () => {
    const repo = productRepo();
    const result = await run(repo, { prerelease: 'beta' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1.1.0-beta.1', tag: 'v1.1.0-beta.1', bump: 'minor', 'is-prerelease': 'true' });
  });

  test('pull request: a preview in the summary, a warning for a non-conventional title, CHANGELOG untouched', async () => {
    const repo = productRepo();
    const result = await run(repo, { 'changelog-file': 'CHANGELOG.md' }, { event: { name: 'pull_request', payload: { pull_request: { number: 5, title: 'Make things better' } } } });
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('The pull request title "Make things better" is not a Conventional Commit') }));
    expect(result.summary).toContain('Merging this pull request would release **v1.1.0** (minor bump from v1.0.0).');
    expect(existsSync(path.join(repo.dir, 'CHANGELOG.md'))).toBe(false);
  });

  test('release-kit.yml notes: block gives the defaults; inputs win', async () => {
    const repo = productRepo();
    writeFileSync(
      path.join(repo.dir, 'release-kit.yml'),
      'notes:\n  sections:\n    - title: New\n      types: [feat]\n    - title: Fixed\n      types: [fix]\n  spec-url-template: https://cfg.example.com/{id}\n  requirements: true\n',
    );
    const result = await run(repo, { 'spec-url-template': 'https://input.example.com/{id}' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.notes).toContain('### New\n');
    expect(result.outputs.notes).toContain('### Fixed\n');
    expect(result.outputs.notes).toContain('### Requirements covered\n\n- [FR-401](https://input.example.com/FR-401) (1 change)');
  });

  test('a config error names the file, line and column', async () => {
    const repo = productRepo();
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  sections:\n    - title: New\n      types: feat\n  colour: blue\n');
    const result = await run(repo, {});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain(`${path.join(repo.dir, 'release-kit.yml')}:4:14: notes.sections[0].types:`);
    expect(result.errors[0]).toContain(`${path.join(repo.dir, 'release-kit.yml')}:5:11: notes.colour: unknown key`);
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ['invalid regex', { 'spec-id-patterns': 'FR-(\\d+' }, 'Input "spec-id-patterns" has the value "FR-(\\\\d+", but it must be a valid regular expression'],
    ['template without {version}', { 'tag-pattern': 'release' }, 'Input "tag-pattern" has the value "release", but it must contain {version}'],
    ['template without {id}', { 'spec-url-template': 'https://x/' }, 'Input "spec-url-template" has the value "https://x/", but it must contain {id}'],
    ['unknown tag', { to: 'v7.0.0' }, 'Input "to" has the value "v7.0.0", but it must name a commit or tag of this repository'],
    ['bad prerelease id', { prerelease: 'beta 1' }, 'Input "prerelease" has the value "beta 1", but it must be a prerelease identifier'],
  ];
  test.each(bad)('bad input: %s', async (_, inputs, message) => {
    const result = await run(productRepo(), inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(message);
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });

  test('with a token: PR numbers, authors and first-time contributors from the GitHub API', async () => {
    const repo = new TestRepo();
    const base = repo.commit('feat: first', { author: 'Old Hand <old@example.com>' });
    repo.tag('v1.0.0');
    const direct = repo.commit('fix: pushed without a PR number', { author: 'New Person <new@example.com>' });
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url} ${request.headers.authorization}`);
      const url = new URL(request.url!, 'http://localhost');
      response.setHeader('content-type', 'application/json');
      if (url.pathname === `/repos/octo-org/octo-app/commits/${direct}/pulls`) {
        return response.end(JSON.stringify([{ number: 31, merged_at: '2026-01-02T00:00:00Z', user: { login: 'newperson' } }]));
      }
      if (url.pathname === '/repos/octo-org/octo-app/commits' && url.searchParams.get('author') === 'newperson') return response.end('[]');
      response.statusCode = 404;
      response.end(JSON.stringify({ message: 'Not Found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const result = await run(repo, { 'github-token': 'ghs_secret_token_value' }, { env: { GITHUB_API_URL: `http://127.0.0.1:${port}` } });
      expect(result.exitCode).toBe(0);
      expect(result.outputs.notes).toContain('- pushed without a PR number ([#31](https://github.com/octo-org/octo-app/pull/31))');
      expect(result.outputs.notes).toContain('by @newperson');
      expect(result.outputs.notes).toContain('### New contributors\n\n- @newperson made their first contribution in [#31](https://github.com/octo-org/octo-app/pull/31)');
      expect(result.masked).toContain('ghs_secret_token_value');
      expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_secret_token_value');
      expect(requests.every((r) => r.endsWith('token ghs_secret_token_value'))).toBe(true);
      expect(base).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      server.close();
    }
  });
});
