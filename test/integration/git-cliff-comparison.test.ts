/**
 * Our notes against git-cliff's (default configuration) on the same repository and ranges. Every
 * difference is listed and explained here; anything else that differs fails the test.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Git } from '../../src/notes/git.js';
import { buildReleaseNotes } from '../../src/notes/release-notes.js';
import { TestRepo } from '../harness/git-repo.js';
import { ROOT } from '../harness/runner.js';

interface CliffCommit {
  id: string;
  group: string | null;
  scope: string | null;
  breaking: boolean;
  raw_message: string;
}

function gitCliff(repo: TestRepo, ...args: string[]): Array<{ version: string | null; commits: CliffCommit[] }> {
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/git-cliff'), ['--context', ...args], { cwd: repo.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out);
}

/** git-cliff's default groups, by the commit type that lands in each. */
const CLIFF_GROUP_OF_TYPE: Record<string, string> = {
  feat: 'Features',
  fix: 'Bug Fixes',
  refactor: 'Refactor',
  docs: 'Documentation',
  perf: 'Performance',
  test: 'Testing',
  chore: 'Miscellaneous Tasks',
  ci: 'Miscellaneous Tasks',
};

function scenario() {
  const repo = new TestRepo();
  repo.commit('feat: base');
  repo.tag('v1.0.0');
  const darkMode = repo.commit('feat(ui): dark mode');
  const readme = repo.commit('Update README');
  const crash = repo.commit('fix: crash on start');
  const shortLived = repo.commit('feat: short-lived');
  const revert = repo.commit(`Revert "feat: short-lived"\n\nThis reverts commit ${shortLived}.`);
  repo.checkout('feature', { create: true });
  const wip = repo.commit('wip');
  const typo = repo.commit('fix(api): typo in branch');
  repo.checkout('main');
  const merge = repo.merge('feature', 'Merge pull request #5 from octo/feature\n\nfeat(api): new endpoint');
  repo.checkout('experiment', { create: true });
  repo.commit('feat: experiment');
  repo.tag('v1.2.0-beta.1');
  repo.checkout('main');
  const deps = repo.commit('chore(deps): bump electron');
  const node = repo.commit('refactor!: drop Node 18\n\nBREAKING CHANGE: Node 20 is required.');
  return { repo, darkMode, readme, crash, shortLived, revert, wip, typo, merge, deps, node };
}

describe('release notes compared with git-cliff', () => {
  test('same range v1.0.0..HEAD: every difference is one of the explained ones', async () => {
    const s = scenario();
    const cliff = gitCliff(s.repo, 'v1.0.0..HEAD').flatMap((release) => release.commits);
    const ours = await buildReleaseNotes(new Git(s.repo.dir), { tagPattern: 'v{version}', from: 'v1.0.0' });
    const cliffIds = new Set(cliff.map((c) => c.id));
    const ourIds = new Set(ours.changes.map((c) => c.sha));

    // 1. Non-conventional commits: git-cliff's default configuration skips them ("parse error");
    //    ours lists them under "Other changes", so nothing a user shipped goes unmentioned.
    // 2. A PR merge commit with a conventional title: ours lists the PR title once ("feat(api): new
    //    endpoint", #5) and folds the branch's own commits into it; git-cliff skips the merge commit
    //    (its header is not conventional) and lists the branch commits instead.
    // 3. A revert inside the range: ours drops both the commit and its revert; git-cliff lists the
    //    reverted feature as shipped and skips the revert ("Revert "…"" is not conventional).
    // 4. Dependency bumps: git-cliff's default configuration skips "chore(deps…)" commits; ours lists
    //    them under "Chores" (hidden-types: chore hides them), since an Electron bump is news to users.
    expect([...ourIds].filter((id) => !cliffIds.has(id)).sort()).toEqual([s.readme, s.merge, s.deps].sort());
    expect([...cliffIds].filter((id) => !ourIds.has(id)).sort()).toEqual([s.shortLived, s.typo].sort());
    expect(ours.changes.find((c) => c.sha === s.readme)?.subject).toBe('Update README');
    expect(ours.changes.find((c) => c.sha === s.readme)?.type).toBeUndefined();
    expect(ours.counts['Other changes']).toBe(1);
    expect(ours.changes.find((c) => c.sha === s.merge)).toMatchObject({ type: 'feat', scope: 'api', subject: 'new endpoint', pr: 5 });
    expect(cliffIds.has(s.revert) || cliffIds.has(s.wip)).toBe(false);

    // Everything both list is classified alike: same group, scope and breaking flag.
    for (const commit of cliff.filter((c) => ourIds.has(c.id))) {
      const change = ours.changes.find((c) => c.sha === commit.id)!;
      expect([commit.raw_message.split('\n')[0], commit.group?.replace(/^<!-- \d+ -->\S+ /, ''), commit.scope ?? undefined, commit.breaking]).toEqual([
        commit.raw_message.split('\n')[0],
        CLIFF_GROUP_OF_TYPE[change.type!],
        change.scope,
        change.breaking,
      ]);
    }
  });

  test('"latest release": git-cliff takes a beta tag from another branch; ours only tags reachable from HEAD', async () => {
    const s = scenario();
    const [latest] = gitCliff(s.repo, '--latest');
    expect(latest!.version).toBe('v1.2.0-beta.1'); // not an ancestor of main
    const ours = await buildReleaseNotes(new Git(s.repo.dir), { tagPattern: 'v{version}' });
    expect(ours.previousTag).toBe('v1.0.0');
    expect(ours.version).toBe('2.0.0');
  });
});
