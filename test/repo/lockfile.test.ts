/**
 * package-lock.json is part of the product: `npm ci` on a fresh clone with an empty cache must succeed
 * whatever the registry serves today. Two classes of lock break that:
 *  - an entry without `version` (npm writes such stubs when the registry did not serve an optional
 *    platform package at lock time); arborist later crashes on it with "Invalid Version";
 *  - a locked package naming an optional dependency that the lock does not resolve (npm ci then fails
 *    with "Missing: <name>@ from lock file" on any machine).
 * Each check runs first on a deliberately broken lock, so a check that accepts everything cannot pass.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/runner.js';

interface LockEntry {
  version?: string;
  link?: boolean;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

/** Entries other than the root and links that carry no version. */
export function versionlessEntries(lock: Lock): string[] {
  return Object.entries(lock.packages)
    .filter(([key, entry]) => key !== '' && !entry.link && !entry.version)
    .map(([key]) => key);
}

/**
 * Node's resolution over the lock's flat `packages` map: from `node_modules/a/node_modules/b`, a
 * dependency `c` is looked up at `node_modules/a/node_modules/b/node_modules/c`, then
 * `node_modules/a/node_modules/c`, then `node_modules/c`.
 */
function resolvesFrom(lock: Lock, from: string, name: string): boolean {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    const entry = lock.packages[candidate];
    if (entry && (entry.version || entry.link)) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

/** `<package> → <optional dependency>` for every optional dependency the lock does not resolve. */
export function unresolvedOptionals(lock: Lock): string[] {
  const missing: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (entry.link) continue;
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolvesFrom(lock, key, name)) missing.push(`${key || '(root)'} → ${name}`);
    }
  }
  return missing;
}

const BROKEN: Lock = {
  lockfileVersion: 3,
  packages: {
    '': { dependencies: { tool: '^2.0.0' } },
    'node_modules/tool': {
      version: '2.14.2',
      optionalDependencies: { 'tool-linux-x64': '2.14.2', 'tool-darwin-arm64': '2.14.2', 'tool-win32-x64': '2.14.2' },
    },
    'node_modules/tool-linux-x64': { version: '2.14.2' },
    'node_modules/tool/node_modules/tool-darwin-arm64': {},
    'node_modules/local': { link: true },
  },
};

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

  test('the checks catch a broken lock', () => {
    expect(versionlessEntries(BROKEN)).toEqual(['node_modules/tool/node_modules/tool-darwin-arm64']);
    expect(unresolvedOptionals(BROKEN)).toEqual([
      'node_modules/tool → tool-darwin-arm64',
      'node_modules/tool → tool-win32-x64',
    ]);
  });

  test('is lockfile version 3 and names the package itself', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages['']).toBeDefined();
  });

  test('has no entry without a version (other than links)', () => {
    expect(versionlessEntries(lock)).toEqual([]);
  });

  test('resolves every optional dependency of every locked package', () => {
    expect(unresolvedOptionals(lock)).toEqual([]);
  });

  test('every registry entry is pinned by integrity', () => {
    const loose = Object.entries(lock.packages)
      .filter(([key, entry]) => key !== '' && !entry.link && entry.resolved?.startsWith('https://') && !entry.integrity)
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });
});
