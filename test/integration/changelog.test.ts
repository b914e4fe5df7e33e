import { describe, expect, test } from '@jest/globals';
import { CHANGELOG_TITLE, changelogSection, upsertChangelogSection } from '../../src/notes/changelog.js';
import { Git } from '../../src/notes/git.js';
import { buildChangelog } from '../../src/notes/history.js';
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

  test('the whole history: one section per stable release, prereleases folded in, counts equal the commits', async () => {
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
    const history = await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', render: { repositoryUrl: 'https://github.com/o/r' } });
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
