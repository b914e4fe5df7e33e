/**
 * The dist check (scripts/check-dist.mjs, run by scripts/test.sh beside jest) builds every bundle into a
 * scratch folder and compares it with dist/. Its comparison is tested here on small trees: every kind of
 * difference is reported, by name, and identical trees give nothing.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareDist } from '../../scripts/dist-compare.mjs';
import { tempDir } from '../harness/runner.js';

const work = tempDir('release-kit-dist-compare-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** Two trees from file → content maps (a `+x` suffix on a name makes the file executable). */
function trees(built: Record<string, string>, committed: Record<string, string>): [string, string] {
  const base = path.join(work, String(count++));
  const write = (dir: string, files: Record<string, string>): string => {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(dir, name.replace(/\+x$/, ''));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      chmodSync(file, name.endsWith('+x') ? 0o755 : 0o644);
    }
    return dir;
  };
  return [write(path.join(base, 'built'), built), write(path.join(base, 'committed'), committed)];
}

describe('the dist comparison', () => {
  const same = { 'checksum/index.js': 'bundle', 'checksum/hash-worker.js': 'worker', 'cli/106.index.js': 'chunk' };

  test('identical trees: no problem', () => {
    const [built, committed] = trees(same, same);
    expect(compareDist(built, committed, ['/nowhere/else'])).toEqual([]);
  });

  test('a file only built, a file only committed, different bytes and a different executable bit are each named', () => {
    const [built, committed] = trees(
      { 'checksum/index.js': 'bundle v2', 'checksum/new.js': 'x', 'cli/index.js+x': 'cli' },
      { 'checksum/index.js': 'bundle', 'checksum/old.js': 'x', 'cli/index.js': 'cli' },
    );
    expect(compareDist(built, committed, []).sort()).toEqual([
      'dist/checksum/index.js: differs from the build (6 bytes committed, 9 built)',
      'dist/checksum/new.js: built but missing from dist/',
      'dist/checksum/old.js: in dist/ but the build does not make it',
      'dist/cli/index.js: executable bit differs from the build',
    ]);
  });

  test("a bundle embedding the build machine's checkout path is reported even when dist/ has the same bytes", () => {
    const checkout = '/home/builder/release-kit';
    const files = { 'plan/index.js': `require("${checkout}/node_modules/x")` };
    const [built, committed] = trees(files, files);
    expect(compareDist(built, committed, [checkout])).toEqual([`dist/plan/index.js: the build embeds the absolute path ${checkout} of this machine`]);
  });

  test('an empty build is a problem, not a pass', () => {
    const [built, committed] = trees({}, same);
    expect(compareDist(built, committed, [])).toContain(`the build made no file in ${built}`);
  });
});
