/**
 * A release of release-kit made by scripts/release.mjs: the tagged tree references our own actions and
 * workflows only by commit SHA — the reusable workflows, the root action and the starters — and the
 * commit they name has the root composite action pinned too, so nothing beneath a pinned caller floats.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../harness/runner.js';

const INTERNAL = /uses:\s*['"]?org\/release-kit(?:\/[\w./-]+)?@([\w./-]+)/g;
const SHA = /^[0-9a-f]{40}$/;

/** The files that reference our actions and workflows, copied into a fresh repository as one commit. */
function releaseSource(): { dir: string; git: (...args: string[]) => string; source: string } {
  const dir = tempDir('release-script-');
  const files = ['action.yml', ...globSync('actions/*/action.yml', { cwd: ROOT }), ...globSync('.github/workflows/*.yml', { cwd: ROOT }), ...globSync('workflows/*.yml', { cwd: ROOT })];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(dir, file));
  }
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Rel', GIT_AUTHOR_EMAIL: 'rel@example.com', GIT_COMMITTER_NAME: 'Rel', GIT_COMMITTER_EMAIL: 'rel@example.com' } }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'release source');
  return { dir, git, source: git('rev-parse', 'HEAD') };
}

/** Every internal ref in the yml files of a commit, by file. */
function refsAt(git: (...args: string[]) => string, commit: string): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const file of git('ls-tree', '-r', '--name-only', commit).split('\n').filter((f) => f.endsWith('.yml'))) {
    const found = [...git('show', `${commit}:${file}`).matchAll(INTERNAL)].map((m) => m[1]!);
    if (found.length) refs.set(file, found);
  }
  return refs;
}

const env = { ...process.env, GIT_AUTHOR_NAME: 'Rel', GIT_AUTHOR_EMAIL: 'rel@example.com', GIT_COMMITTER_NAME: 'Rel', GIT_COMMITTER_EMAIL: 'rel@example.com' };

describe('scripts/release.mjs', () => {
  test('today the internal references float (@v1): pinning the reusable workflow would pin nothing beneath it', () => {
    const { git, source } = releaseSource();
    const refs = [...refsAt(git, source).values()].flat();
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.some((ref) => !SHA.test(ref))).toBe(true);
  });

  test('the tagged tree has no floating internal ref: all point at one commit, whose root action points at the source', () => {
    const { dir, git, source } = releaseSource();
    const before = refsAt(git, source);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), 'v9.8.7'], { cwd: dir, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const tagged = git('rev-list', '-n', '1', 'v9.8.7');
    const pinnedTo = git('rev-parse', `${tagged}^`);
    expect(run.stdout).toContain(`Tagged v9.8.7 at ${tagged}`);
    // The tagged tree: every file that referenced us still does, each reference the same commit SHA.
    const after = refsAt(git, tagged);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set([...after.values()].flat())).toEqual(new Set([pinnedTo]));
    // That commit: its references (the root composite action's included) name the source commit.
    expect(new Set([...refsAt(git, pinnedTo).values()].flat())).toEqual(new Set([source]));
    expect(git('rev-parse', `${pinnedTo}^`)).toBe(source);
    // Nothing but the references changed, and the work tree and branch were left alone.
    const diff = git('diff', source, tagged).split('\n').filter((line) => /^[-+][^-+]/.test(line));
    expect(diff.every((line) => /org\/release-kit/.test(line))).toBe(true);
    expect(git('rev-parse', 'HEAD')).toBe(source);
    expect(git('status', '--porcelain')).toBe('');
  });

  test('a version that is not vX.Y.Z, or a tag that exists, is refused', () => {
    const { dir, git } = releaseSource();
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), '1.0'], { cwd: dir, encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    git('tag', 'v1.0.0');
    const again = spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), 'v1.0.0'], { cwd: dir, encoding: 'utf8', env });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('The tag v1.0.0 exists already');
  });
});
