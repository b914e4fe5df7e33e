/**
 * The dist check (scripts/check-dist.mjs, run by scripts/test.sh beside jest) rebuilds every bundle whose
 * build-inputs.json no longer matches the tree into a scratch folder and compares it with dist/ (`--full`:
 * every bundle). Tested here on small trees: every kind of difference is reported, by name, and identical
 * trees give nothing; a manifest marks its bundle stale for each changed source, package file, build file
 * or output, and for nothing else. The committed dist/ itself is checked by the check (0 stale bundles).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_FILES, MANIFEST, bundledFiles, manifestFor, staleness } from '../../scripts/build-inputs.mjs';
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

describe('build-inputs.json: what a bundle was built from', () => {
  /** A project tree with a bundle `tool` built from two sources and a package file, and its manifest. */
  function project(): { root: string; bundled: string[] } {
    const root = path.join(work, `project-${count++}`);
    const files: Record<string, string> = {
      'src/tool.ts': 'export const a = 1;',
      'src/kit/x.ts': 'export const x = 2;',
      'node_modules/dep/index.js': 'module.exports = 3;',
      'dist/tool/index.js': 'bundle',
      'dist/tool/licenses.txt': 'MIT',
    };
    for (const file of BUILD_FILES) files[file] = `${file} v1`;
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    const stats = {
      modules: [
        { identifier: `/loaders/ts-loader.js!${root}/src/tool.ts`, modules: [{ identifier: `javascript/esm|/loaders/x.js!${root}/src/kit/x.ts|0123abcd` }] },
        { identifier: `javascript/esm|/loaders/relocate.js!${root}/node_modules/dep/index.js` },
        { identifier: 'external node-commonjs "node:fs"' },
        { identifier: 'webpack/runtime/async module' },
      ],
    };
    const bundled = bundledFiles(stats, root);
    writeFileSync(path.join(root, 'dist/tool', MANIFEST), JSON.stringify(manifestFor(root, bundled, [], path.join(root, 'dist/tool'))));
    return { root, bundled };
  }

  test("webpack's stats give the project files in the bundle, concatenated modules included, externals and the runtime left out", () => {
    const { bundled } = project();
    expect(bundled).toEqual(['node_modules/dep/index.js', 'src/kit/x.ts', 'src/tool.ts']);
  });

  test('unchanged tree: not stale; the manifest names no absolute path', () => {
    const { root } = project();
    expect(staleness(root, path.join(root, 'dist'), 'tool')).toEqual([]);
    expect(readFileSync(path.join(root, 'dist/tool', MANIFEST), 'utf8')).not.toContain(root);
  });

  test('each changed or removed source, package file, build file and output is named', () => {
    const { root } = project();
    writeFileSync(path.join(root, 'src/kit/x.ts'), 'export const x = 3;');
    rmSync(path.join(root, 'src/tool.ts'));
    writeFileSync(path.join(root, 'package-lock.json'), 'v2');
    writeFileSync(path.join(root, 'node_modules/dep/index.js'), 'patched');
    writeFileSync(path.join(root, 'dist/tool/index.js'), 'edited by hand');
    rmSync(path.join(root, 'dist/tool/licenses.txt'));
    writeFileSync(path.join(root, 'dist/tool/extra.js'), 'x');
    expect(staleness(root, path.join(root, 'dist'), 'tool').sort()).toEqual([
      'dist/tool/extra.js is not one the build made',
      'dist/tool/index.js was changed after the build',
      'dist/tool/licenses.txt is missing',
      'node_modules differs from the build (1 package files)',
      'package-lock.json changed',
      'src/kit/x.ts changed',
      'src/tool.ts is gone',
    ]);
  });

  test('a bundle without a manifest, or with a broken one, is stale', () => {
    const { root } = project();
    writeFileSync(path.join(root, 'dist/tool', MANIFEST), '{');
    expect(staleness(root, path.join(root, 'dist'), 'tool')[0]).toMatch(/build-inputs.json is not JSON/);
    rmSync(path.join(root, 'dist/tool', MANIFEST));
    expect(staleness(root, path.join(root, 'dist'), 'tool')).toEqual([`dist/tool/${MANIFEST} is missing`]);
  });

  test('a module outside the project is refused (a bundle must not depend on the machine)', () => {
    expect(() => bundledFiles({ modules: [{ identifier: 'x!/elsewhere/lib.js' }] }, path.join(work, 'p'))).toThrow(/outside/);
  });
});
