/**
 * A generated history of realistic shape (the benchmark's fixture, smaller): section counts must equal
 * the commits of each type that the generator recorded, reverted pairs cancelled, nothing dropped.
 */
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { ensureFixture } from '../../bench/notes/fixture.mjs';
import { Git } from '../../src/notes/git.js';
import { buildChangelog } from '../../src/notes/history.js';
import { buildReleaseNotes } from '../../src/notes/release-notes.js';
import { tempDir } from '../harness/runner.js';

type Counts = Record<string, number>;

const SECTION_TYPES: Record<string, string[]> = {
  Features: ['feat'],
  'Bug fixes': ['fix'],
  Performance: ['perf'],
  Documentation: ['docs'],
  Refactoring: ['refactor'],
  Tests: ['test'],
  'Build and CI': ['build', 'ci'],
  Chores: ['chore'],
  'Other changes': ['other'],
};

function bySection(types: Counts): Counts {
  return Object.fromEntries(Object.entries(SECTION_TYPES).map(([title, members]) => [title, members.reduce((sum, t) => sum + (types[t] ?? 0), 0)]).filter(([, n]) => (n as number) > 0));
}

describe('a generated history of realistic size', () => {
  const { dir, truth } = ensureFixture({ commits: 3000, tags: 300, dir: path.join(tempDir('history-'), 'repo') });

  test('the whole changelog: every commit of every type counted once, reverted pairs cancelled', async () => {
    const history = await buildChangelog(new Git(dir), { tagPattern: 'v{version}' });
    expect(history.commits).toBe(truth.commitCount);
    const totals: Counts = {};
    for (const release of history.releases) {
      for (const [title, n] of Object.entries(release.counts)) if (title !== '⚠ Breaking changes') totals[title] = (totals[title] ?? 0) + n;
    }
    expect(totals).toEqual(bySection(truth.whole));
    // Every release tag has its section, prereleases included; folded, only the stable ones do.
    expect(history.releases).toHaveLength(truth.tags.length);
    const folded = await buildChangelog(new Git(dir), { tagPattern: 'v{version}', foldPrereleases: true });
    expect(folded.commits).toBe(truth.commitCount);
    expect(folded.releases).toHaveLength(truth.tags.filter((t: { prerelease: boolean }) => !t.prerelease).length);
  });

  test('the latest release: the notes since the previous stable release, betas included', async () => {
    const result = await buildReleaseNotes(new Git(dir), { tagPattern: 'v{version}', to: truth.latest.tag });
    expect(result.previousTag).toBe(truth.latest.sincePreviousStable.from);
    const { '⚠ Breaking changes': _breaking, ...counts } = result.counts;
    expect(counts).toEqual(bySection(truth.latest.sincePreviousStable.types));
  });
});
