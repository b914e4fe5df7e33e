import { describe, expect, test } from '@jest/globals';
import { CHANGELOG_TITLE, changelogSection, upsertChangelogSection } from '../../src/notes/changelog.js';
import { Git } from '../../src/notes/git.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildChangelog, writeChangelog } from '../../src/notes/history.js';
import { buildReleaseNotes } from '../../src/notes/release-notes.js';
import { tempDir } from '../harness/runner.js';
import { TestRepo } from '../harness/git-repo.js';

describe('CHANGELOG.md', () => {
  test('a new version goes above the newest section; the same version twice is replaced, not repeated', () => {
    const existing = `${CHANGELOG_TITLE}\n## 1.0.0 (2026-01-01)\n\n### Features\n\n- one\n`;
    const section = changelogSection('1.1.0', '2026-02-01', '### Bug fixes\n\n- two');
    const once = upsertChangelogSection(existing, '1.1.0', section);
    expect(once).toBe(`${CHANGELOG_TITLE}\n## 1.1.0 (2026-02-01)\n\n### Bug fixes\n\n- two\n\n## 1.0.0 (2026-01-01)\n\n### Features\n\n- one\n`);
    expect(upsertChangelogSection(once, '1.1.0', section)).toBe(once);
    const changed = upsertChangelogSection(once, '1.1.0', changelogSection('1.1.0', '2026-02-01', '### Bug fixes\n\n- two\n- three'));
    expect(changed.match(/## 1\.1\.0/g)).toHaveLength(1);
    expect(changed).toContain('- two\n- three\n\n## 1.0.0');
  });

  test('an empty file gets the title; a heading with a link or a v prefix is recognised', () => {
    expect(upsertChangelogSection('', '1.0.0', changelogSection('1.0.0', '2026-01-01', '- a'))).toBe(`${CHANGELOG_TITLE}\n## 1.0.0 (2026-01-01)\n\n- a\n`);
    const linked = '# Changelog\n\n## [v2.0.0](https://x/compare/v1...v2) - 2026\n\nold\n';
    expect(upsertChangelogSection(linked, '2.0.0', '## 2.0.0 (2026-03-01)\n\nnew\n')).toBe('# Changelog\n\n## 2.0.0 (2026-03-01)\n\nnew\n');
    expect(upsertChangelogSection(linked, '2.0.0-beta.1', '## 2.0.0-beta.1\n\nb\n')).toContain('## 2.0.0-beta.1\n\nb\n\n## [v2.0.0]');
  });

  test('the whole history with fold-prereleases: one section per stable release, prereleases folded in, counts equal the commits', async () => {
    const repo = new TestRepo();
    repo.commit('feat: a');
    repo.commit('fix: b');
    repo.tag('v1.0.0');
    repo.commit('feat: c');
    repo.tag('v1.1.0-beta.1');
    repo.commit('fix: d');
    repo.commit('Non-conventional e');
    repo.tag('v1.1.0');
    repo.commit('docs: f');
    repo.tag('v1.1.1');
    repo.commit('feat: unreleased g');
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', foldPrereleases: true, render: { repositoryUrl: 'https://github.com/o/r' } });
    expect(history.commits).toBe(7);
    expect(history.releases.map((r) => [r.tag, r.counts])).toEqual([
      ['v1.1.1', { Documentation: 1 }],
      ['v1.1.0', { Features: 1, 'Bug fixes': 1, 'Other changes': 1 }],
      ['v1.0.0', { Features: 1, 'Bug fixes': 1 }],
    ]);
    const headings = history.markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Unreleased',
      '## [1.1.1](https://github.com/o/r/compare/v1.1.0...v1.1.1) (2026-01-01)',
      '## [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2026-01-01)',
      '## 1.0.0 (2026-01-01)',
    ]);
    expect(history.markdown).not.toContain('beta');
  });
});

/** Short SHAs listed under each heading of a changelog (no repository URL: entries end with `(abc1234)`). */
function entriesBySection(markdown: string): Record<string, string[]> {
  const sections: Record<string, string[]> = {};
  let current = '';
  for (const line of markdown.split('\n')) {
    const heading = /^## (\S+)/.exec(line);
    if (heading) sections[(current = heading[1]!)] = [];
    const sha = /\(([0-9a-f]{7})\)$/.exec(line);
    if (sha && current) sections[current]!.push(sha[1]!);
  }
  for (const list of Object.values(sections)) list.sort();
  return sections;
}

/** What git itself says each release holds: commits in its tag and in no older release's tag. */
function gitsOwnAnswer(repo: TestRepo, tags: string[]): Record<string, string[]> {
  const answer: Record<string, string[]> = {};
  const list = (...args: string[]): string[] => repo.git('rev-list', '--no-merges', '--abbrev-commit', '--abbrev=7', ...args).split('\n').filter(Boolean).sort();
  tags.forEach((tag, i) => {
    answer[tag.slice(1)] = list(tag, ...(i ? ['--not', ...tags.slice(0, i)] : []));
  });
  const unreleased = list('HEAD', '--not', ...tags);
  if (unreleased.length) answer.Unreleased = unreleased;
  return answer;
}

describe('CHANGELOG.md from a history with branches', () => {
  function branchyRepo(): TestRepo {
    const repo = new TestRepo();
    repo.commit('feat: c1');
    repo.commit('fix: c2');
    repo.tag('v1.0.0');
    repo.checkout('feat-a', { create: true });
    repo.commit('feat: a1');
    repo.commit('feat: a2');
    repo.checkout('v1.0.0');
    repo.checkout('hotfix', { create: true });
    repo.commit('fix: h1');
    repo.tag('v1.0.1');
    repo.checkout('main');
    repo.commit('feat: c3');
    repo.tag('v1.1.0');
    repo.checkout('side', { create: true });
    repo.commit('feat: s1 on a line never merged');
    repo.tag('v9.0.0');
    repo.checkout('main');
    repo.merge('feat-a', "Merge branch 'feat-a'");
    repo.travel(-86_400); // a commit dated before its parent: clock skew
    repo.commit('perf: c4 with a skewed clock');
    repo.travel(2 * 86_400);
    repo.tag('v1.2.0');
    repo.merge('hotfix', "Merge branch 'hotfix'");
    repo.commit('feat!: c5');
    repo.tag('v2.0.0');
    repo.commit('docs: c6 unreleased');
    return repo;
  }

  test('each commit is listed under the oldest release that contains it, as git itself answers; a tag on an unmerged line gets no section', async () => {
    const repo = branchyRepo();
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}' });
    const ours = entriesBySection(history.markdown);
    expect(ours).toEqual(gitsOwnAnswer(repo, ['v1.0.0', 'v1.0.1', 'v1.1.0', 'v1.2.0', 'v2.0.0']));
    expect(ours['1.2.0']).toHaveLength(3); // a1 and a2 came in with the merge, c4 despite its clock
    expect(history.markdown).not.toContain('9.0.0');
    expect(history.releases.map((r) => r.tag)).toEqual(['v2.0.0', 'v1.2.0', 'v1.1.0', 'v1.0.1', 'v1.0.0']);
    // Written in pieces as releases close, not as one string at the end.
    const pieces: string[] = [];
    await writeChangelog(new Git(repo.dir), { tagPattern: 'v{version}' }, (text) => pieces.push(text));
    expect(pieces.length).toBe(6);
    expect(pieces.join('')).toBe(history.markdown);
  });

  test('two tags on one commit: the older version holds the commits, the newer one says it has none; dates come from the tagged commit', async () => {
    const repo = new TestRepo();
    repo.commit('feat: a');
    repo.tag('v1.0.0');
    repo.tag('v1.0.1');
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}' });
    expect(history.markdown).toBe(`${CHANGELOG_TITLE}\n## 1.0.1 (2026-01-01)\n\n_No changes._\n\n## 1.0.0 (2026-01-01)\n\n### Features\n\n- a (${repo.git('rev-parse', '--short=7', 'HEAD')})\n`);
  });

  test('with paths: only the package\'s commits, placed by the whole graph, dated by the tagged commit even when it does not touch the package', async () => {
    const repo = new TestRepo();
    repo.commit('feat(app): a', { file: 'packages/app/a.txt' });
    repo.commit('feat(lib): b', { file: 'packages/lib/b.txt' });
    repo.tag('app@1.0.0');
    repo.commit('fix(app): c', { file: 'packages/app/c.txt' });
    repo.travel(86_400 * 3);
    repo.commit('docs(lib): d', { file: 'packages/lib/d.txt' });
    repo.tag('app@1.1.0');
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'app@{version}', paths: ['packages/app'] });
    expect(history.commits).toBe(2);
    expect(history.markdown.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('- '))).toEqual([
      '## 1.1.0 (2026-01-04)',
      `- **app:** c (${repo.git('rev-parse', '--short=7', 'HEAD~1')})`,
      '## 1.0.0 (2026-01-01)',
      `- **app:** a (${repo.git('rev-parse', '--short=7', 'HEAD~3')})`,
    ]);
  });

  test('a shallow clone is refused with the fix named; an unknown `to` names the input; outside a repository, that is the error', async () => {
    const repo = branchyRepo();
    const clone = path.join(tempDir('shallow-'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone]);
    await expect(buildChangelog(new Git(clone), { tagPattern: 'v{version}' })).rejects.toThrow('fetch-depth: 0');
    await expect(buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', to: 'v7.7.7' })).rejects.toThrow('Input "to" has the value "v7.7.7", but it must name a commit or tag of this repository');
    await expect(buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', to: 'v7.7.7', describe: (name) => `Option --${name}` })).rejects.toThrow('Option --to has the value "v7.7.7"');
    const nowhere = tempDir('not-a-repo-');
    await expect(buildChangelog(new Git(nowhere), { tagPattern: 'v{version}' })).rejects.toThrow(`${nowhere} is not in a git repository`);
    await expect(buildReleaseNotes(new Git(nowhere), { tagPattern: 'v{version}' })).rejects.toThrow('actions/checkout with fetch-depth: 0 first');
  });
});
