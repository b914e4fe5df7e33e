import { describe, expect, test } from '@jest/globals';
import { bytes, cell, code, table } from '../../src/kit/markdown.js';

describe('markdown helpers', () => {
  test('cells keep a row intact whatever the text', () => {
    expect(cell('a|b\nc\\d')).toBe('a\\|b⏎c\\\\d');
  });
  test('inline code survives backticks', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a`b')).toBe('`` a`b ``');
  });
  test('tables have a header separator and one line a row', () => {
    expect(table(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |\n');
  });
  test('sizes read like a person writes them', () => {
    expect(bytes(0)).toBe('0 B');
    expect(bytes(1023)).toBe('1023 B');
    expect(bytes(1536)).toBe('1.5 KiB');
    expect(bytes(2 * 1024 ** 3)).toBe('2.0 GiB');
  });
});
