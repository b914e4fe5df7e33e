import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateChecksums, planSumsFiles } from '../../src/checksum/generate.js';
import { verifyChecksums } from '../../src/checksum/verify.js';
import { tempDir } from '../harness/runner.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function workspace(files: Record<string, string>): string {
  const root = tempDir('sums-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('planSumsFiles', () => {
  const baseDir = '/ws/dist';
  test('default names: one <ALG>SUMS a algorithm, or checksums.json', () => {
    expect(planSumsFiles({ baseDir, algorithms: ['sha256', 'blake2b512'], format: 'gnu' }).map((f) => f.path)).toEqual(['/ws/dist/SHA256SUMS', '/ws/dist/B2SUMS']);
    expect(planSumsFiles({ baseDir, algorithms: ['sha256', 'sha512'], format: 'json' })).toEqual([{ path: '/ws/dist/checksums.json', algorithms: ['sha256', 'sha512'] }]);
  });
  test('{ALG} and {alg} placeholders', () => {
    expect(planSumsFiles({ baseDir, algorithms: ['sha256', 'sha3-256'], format: 'bsd', output: '../out/{ALG}.{alg}.txt' }).map((f) => f.path)).toEqual([
      '/ws/out/SHA256.sha256.txt',
      '/ws/out/SHA3-256.sha3-256.txt',
    ]);
  });
  test('one file name for several algorithms in a line format is an error that says how to fix it', () => {
    expect(() => planSumsFiles({ baseDir, algorithms: ['sha256', 'sha512'], format: 'gnu', output: 'SUMS' })).toThrow('put {ALG} or {alg} in the name');
  });
});

describe('generateChecksums', () => {
  test('names relative to base-dir, sorted; the sums file never lists itself', async () => {
    const root = workspace({ 'dist/b.exe': 'b', 'dist/a/c.dmg': 'c', 'dist/SHA256SUMS': 'stale' });
    const dist = path.join(root, 'dist');
    const files = ['b.exe', 'a/c.dmg', 'SHA256SUMS'].map((f) => path.join(dist, f));
    const result = await generateChecksums({ files, baseDir: dist, algorithms: ['sha256'], format: 'gnu' });
    expect(result.entries.map((e) => e.name)).toEqual(['a/c.dmg', 'b.exe']);
    expect(readFileSync(path.join(dist, 'SHA256SUMS'), 'utf8')).toBe(`${sha256('c')}  a/c.dmg\n${sha256('b')}  b.exe\n`);
  });

  test('a file outside base-dir fails before anything is written', async () => {
    const root = workspace({ 'dist/a': 'a', 'elsewhere/b': 'b' });
    const request = { files: [path.join(root, 'dist/a'), path.join(root, 'elsewhere/b')], baseDir: path.join(root, 'dist'), algorithms: ['sha256' as const], format: 'gnu' as const };
    await expect(generateChecksums(request)).rejects.toThrow('is not inside base-dir');
    expect(readdirSync(path.join(root, 'dist'))).toEqual(['a']);
  });

  test('several sums files are written all or none: no temporary file is left behind', async () => {
    const root = workspace({ 'a': 'a' });
    mkdirSync(path.join(root, 'SHA512SUMS')); // a folder where the second sums file should go
    await expect(generateChecksums({ files: [path.join(root, 'a')], baseDir: root, algorithms: ['sha256', 'sha512'], format: 'gnu' })).rejects.toThrow();
    expect(existsSync(path.join(root, 'SHA256SUMS'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['SHA512SUMS', 'a']);
  });
});

describe('verifyChecksums', () => {
  test('passes when every listed file matches', async () => {
    const root = workspace({ 'x': 'x', 'y z': 'y' });
    writeFileSync(path.join(root, 'SHA256SUMS'), `${sha256('x')}  x\n${sha256('y')}  y z\n`);
    const report = await verifyChecksums({ sumsFile: path.join(root, 'SHA256SUMS'), baseDir: root, algorithm: 'sha256' });
    expect(report.problems).toEqual([]);
    expect(report.verified).toBe(2);
  });

  test('reports mismatches, missing and unlisted files, each once', async () => {
    const root = workspace({ 'ok': 'ok', 'changed': 'new bytes', 'extra': 'e' });
    writeFileSync(path.join(root, 'SHA256SUMS'), `${sha256('ok')}  ok\n${sha256('old bytes')}  changed\n${sha256('g')}  gone\n`);
    const report = await verifyChecksums({
      sumsFile: path.join(root, 'SHA256SUMS'),
      baseDir: root,
      algorithm: 'sha256',
      files: ['ok', 'changed', 'extra', 'SHA256SUMS'].map((f) => path.join(root, f)),
    });
    expect(report.problems.map((p) => [p.name, p.problem, p.line])).toEqual([
      ['changed', 'mismatch', 2],
      ['extra', 'unlisted', undefined],
      ['gone', 'missing', 3],
    ]);
    expect(report.problems[0]!.actual).toBe(sha256('new bytes'));
    expect(report.verified).toBe(1);
  });

  test('the algorithm of untagged lines comes from the file name (SHA512SUMS)', async () => {
    const root = workspace({ 'x': 'x' });
    writeFileSync(path.join(root, 'SHA512SUMS'), `${createHash('sha512').update('x').digest('hex')}  x\n`);
    const report = await verifyChecksums({ sumsFile: path.join(root, 'SHA512SUMS'), baseDir: root, algorithm: 'sha256' });
    expect(report.findings).toMatchObject([{ name: 'x', algorithm: 'sha512' }]);
    expect(report.problems).toEqual([]);
  });

  test('the same name twice with different digests is an error; the same line twice is not', async () => {
    const root = workspace({ 'x': 'x' });
    writeFileSync(path.join(root, 'SUMS'), `${sha256('x')}  x\n${sha256('x')}  x\n`);
    expect((await verifyChecksums({ sumsFile: path.join(root, 'SUMS'), baseDir: root, algorithm: 'sha256' })).verified).toBe(1);
    writeFileSync(path.join(root, 'SUMS'), `${sha256('x')}  x\n${sha256('y')}  x\n`);
    await expect(verifyChecksums({ sumsFile: path.join(root, 'SUMS'), baseDir: root, algorithm: 'sha256' })).rejects.toThrow(
      'lists "x" twice with different sha256 digests (lines 1 and 2)',
    );
  });

  test('a missing sums file is a clear error', async () => {
    const root = workspace({});
    await expect(verifyChecksums({ sumsFile: path.join(root, 'nope'), baseDir: root, algorithm: 'sha256' })).rejects.toThrow(
      `Input "verify" names ${path.join(root, 'nope')}, which does not exist`,
    );
  });
});
