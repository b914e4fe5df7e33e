import { describe, expect, test } from '@jest/globals';
import { ReleaseWalk } from '../../src/notes/release-walk.js';

/** Visits `order` (children before parents, as `git log --date-order` prints them); returns each commit's release and what was open after it. */
function walk(graph: Record<string, string[]>, order: string[], tagged: Record<string, number>, releases: number): Array<[string, number, number]> {
  const releaseWalk = new ReleaseWalk(new Map(Object.entries(tagged).map(([sha, release]) => [sha, [release]])), releases);
  return order.map((sha) => [sha, releaseWalk.visit(sha, graph[sha] ?? []), releaseWalk.open()]);
}

describe('ReleaseWalk', () => {
  test('a straight history: each commit belongs to the tag at or above it; a release closes when the next tag is reached', () => {
    // e (untagged) → d (v2 = release 1) → c → b (v1 = release 0) → a
    const graph = { e: ['d'], d: ['c'], c: ['b'], b: ['a'], a: [] };
    expect(walk(graph, ['e', 'd', 'c', 'b', 'a'], { d: 1, b: 0 }, 2)).toEqual([
      ['e', 2, 2], // unreleased; its parent d may still be unreleased-or-lower
      ['d', 1, 1], // "Unreleased" (2) is complete
      ['c', 1, 1],
      ['b', 0, 0], // release 1 is complete
      ['a', 0, -1], // nothing is left: everything is complete
    ]);
  });

  test('a branch merged after a release belongs to the release that merged it, not the one it started from', () => {
    // m (v2=1) merges f2 → f1 (branched at a) and b (v1=0) → a
    const graph = { m: ['b', 'f2'], f2: ['f1'], f1: ['a'], b: ['a'], a: [] };
    const visits = walk(graph, ['m', 'f2', 'b', 'f1', 'a'], { m: 1, b: 0 }, 2);
    expect(Object.fromEntries(visits.map(([sha, release]) => [sha, release]))).toEqual({ m: 1, f2: 1, f1: 1, b: 0, a: 0 });
    // Release 1 stays open while f1 (on the branch) is still to come, even after v1's commit was seen.
    expect(visits.find(([sha]) => sha === 'b')![2]).toBe(1);
    expect(visits.find(([sha]) => sha === 'f1')![2]).toBe(0);
  });

  test('a commit reachable from two releases belongs to the older one, whichever child is seen first', () => {
    // v3 (2) merges x; x's parent p is also v1's (0) commit's parent via b
    const graph = { t3: ['t2', 'x'], t2: ['b'], x: ['p'], b: ['p'], p: [] };
    const visits = walk(graph, ['t3', 'x', 't2', 'b', 'p'], { t3: 2, t2: 1, b: 0 }, 3);
    expect(Object.fromEntries(visits.map(([sha, release]) => [sha, release]))).toEqual({ t3: 2, x: 2, t2: 1, b: 0, p: 0 });
  });

  test('a tag of an older version on a newer commit claims the commits below it', () => {
    // v2.0.0 (1) on a, v1.5.0 (0) on its child b: a belongs to the older version's release
    const graph = { b: ['a'], a: [] };
    expect(walk(graph, ['b', 'a'], { b: 0, a: 1 }, 2)).toEqual([
      ['b', 0, 0],
      ['a', 0, -1],
    ]);
  });
});
