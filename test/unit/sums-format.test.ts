import { describe, expect, test } from '@jest/globals';
import { formatSums, parseSums, type SumsEntry } from '../../src/checksum/sums-format.js';

const H256 = 'a'.repeat(64);
const H512 = 'b'.repeat(128);
const entry = (name: string, digests = { sha256: H256, sha512: H512 }): SumsEntry => ({ name, size: 1, digests });

describe('sums file formats', () => {
  test('gnu lines are sorted by byte order and end in \\n', () => {
    const text = formatSums([entry('b.txt'), entry('B.txt'), entry('a b.txt'), entry('é.txt')], 'gnu', ['sha256']);
    expect(text).toBe(`${H256}  B.txt\n${H256}  a b.txt\n${H256}  b.txt\n${H256}  é.txt\n`);
  });

  test('names with a backslash, newline or carriage return are escaped as coreutils does', () => {
    const text = formatSums([entry('a\\b'), entry('new\nline'), entry('car\rret')], 'gnu', ['sha256']);
    expect(text).toBe(`\\${H256}  a\\\\b\n\\${H256}  car\\rret\n\\${H256}  new\\nline\n`);
  });

  test('bsd lines carry the coreutils tag', () => {
    expect(formatSums([entry('x')], 'bsd', ['sha512'])).toBe(`SHA512 (x) = ${H512}\n`);
    expect(formatSums([entry('x', { sha256: H256, sha512: H512, blake2b512: H512 } as never)], 'bsd', ['blake2b512'])).toBe(`BLAKE2b (x) = ${H512}\n`);
    expect(formatSums([entry('a\nb')], 'bsd', ['sha256'])).toBe(`\\SHA256 (a\\nb) = ${H256}\n`);
  });

  test('json holds every algorithm and the size', () => {
    const parsed = JSON.parse(formatSums([entry('x')], 'json', ['sha256', 'sha512']));
    expect(parsed).toEqual({ algorithms: ['sha256', 'sha512'], files: [{ name: 'x', size: 1, sha256: H256, sha512: H512 }] });
  });

  test('line formats refuse several algorithms in one file', () => {
    expect(() => formatSums([entry('x')], 'gnu', ['sha256', 'sha512'])).toThrow('exactly one algorithm');
  });

  test.each(['gnu', 'bsd', 'json'] as const)('%s round-trips through the parser, tricky names included', (format) => {
    const names = ['plain', 'with space', 'uni✓code', 'back\\slash', 'new\nline', 'car\rret', ' lead', '-dash', 'a (b) = c'];
    const text = formatSums(names.map((n) => entry(n)), format, ['sha256']);
    const parsed = parseSums(text, 'SUMS', 'sha256');
    expect(parsed.map((p) => p.name).sort()).toEqual([...names].sort());
    expect(parsed.every((p) => p.hex === H256 && p.algorithm === 'sha256')).toBe(true);
  });

  test('gnu binary-mode lines and mixed tagged lines are read', () => {
    const parsed = parseSums(`${H256} *bin.exe\nSHA512 (other) = ${H512}\n\n`, 'SUMS', 'sha256');
    expect(parsed).toEqual([
      { name: 'bin.exe', algorithm: 'sha256', hex: H256, line: 1 },
      { name: 'other', algorithm: 'sha512', hex: H512, line: 2 },
    ]);
  });

  test('upper-case hex is accepted and compared in lower case', () => {
    expect(parseSums(`${H256.toUpperCase()}  x\n`, 'SUMS', 'sha256')[0]!.hex).toBe(H256);
  });

  test('a malformed line names the file and the line', () => {
    expect(() => parseSums(`${H256}  ok\nnot a sums line\n`, 'dist/SHA256SUMS', 'sha256')).toThrow(
      'dist/SHA256SUMS, line 2: cannot read "not a sums line"',
    );
    expect(() => parseSums(`${H256.slice(2)}  short\n`, 'SUMS', 'sha256')).toThrow('SUMS, line 1: the sha256 digest of "short" must be 64 hex digits');
    expect(() => parseSums(`MD5 (x) = ${'c'.repeat(32)}\n`, 'SUMS', 'sha256')).toThrow('unknown algorithm tag "MD5"');
    expect(() => parseSums(`\\${H256}  bad\\escape\n`, 'SUMS', 'sha256')).toThrow('bad escape sequence');
    expect(() => parseSums('{"files": 3}', 'sums.json', 'sha256')).toThrow('has no "files" list');
    expect(() => parseSums('{"files": [', 'sums.json', 'sha256')).toThrow('sums.json is not valid JSON');
  });
});
