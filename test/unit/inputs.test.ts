import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/kit/errors.js';
import {
  booleanField,
  choiceField,
  choiceListField,
  integerField,
  linesField,
  secretField,
  splitList,
  stringField,
} from '../../src/kit/inputs.js';
import { inputSource } from '../harness/input-source.js';

const source = inputSource;

describe('input parsers', () => {
  test('an error names the input, the value and what is allowed', () => {
    expect(() => choiceField(source({ format: 'xml' }), 'format', ['gnu', 'bsd', 'json'])).toThrow(
      'Input "format" has the value "xml", but it must be one of: gnu, bsd, json.',
    );
    expect(() => choiceField(source({ format: 'xml' }), 'format', ['gnu'])).toThrow(InputError);
  });

  test('booleans follow the YAML 1.2 core schema, with a default when empty', () => {
    expect(booleanField(source({ x: 'True' }), 'x', false)).toBe(true);
    expect(booleanField(source({ x: 'FALSE' }), 'x', true)).toBe(false);
    expect(booleanField(source({}), 'x', true)).toBe(true);
    expect(() => booleanField(source({ x: 'yes' }), 'x', false)).toThrow('Input "x" has the value "yes", but it must be true or false.');
  });

  test('integers are whole numbers within range', () => {
    expect(integerField(source({ n: '8' }), 'n', { min: 1, max: 10 })).toBe(8);
    expect(integerField(source({}), 'n', { min: 1, max: 10 }, { default: 3 })).toBe(3);
    for (const bad of ['0', '11', '1.5', 'abc', '1e3']) {
      expect(() => integerField(source({ n: bad }), 'n', { min: 1, max: 10 })).toThrow('it must be a whole number from 1 to 10');
    }
  });

  test('choice lists accept commas and lines, any case, de-duplicated in order', () => {
    const algorithms = ['sha256', 'sha512', 'sha3-256'] as const;
    expect(choiceListField(source({ a: 'SHA512, sha256\nsha512' }), 'a', algorithms)).toEqual(['sha512', 'sha256']);
    expect(choiceListField(source({}), 'a', algorithms, { default: ['sha256'] })).toEqual(['sha256']);
    expect(() => choiceListField(source({ a: 'sha256, md5, crc32' }), 'a', algorithms)).toThrow(
      'Input "a" has the value "sha256, md5, crc32", but "md5", "crc32" is not allowed; each item must be one of: sha256, sha512, sha3-256.',
    );
  });

  test('required inputs say so when empty', () => {
    expect(() => linesField(source({ files: '  \n ' }), 'files', { required: true })).toThrow('Input "files" has the value "", but it is required');
    expect(() => stringField(source({}), 'name', { required: true })).toThrow('it is required');
    expect(linesField(source({ files: ' a b \n\n c ' }), 'files')).toEqual(['a b', 'c']);
  });

  test('a secret is masked before anything else and never echoed', () => {
    const s = source({ token: 'hunter2' });
    expect(secretField(s, 'token')).toBe('hunter2');
    expect(s.masked).toEqual(['hunter2']);
    expect(() => secretField(source({}), 'token', { required: true })).toThrow('Input "token" has the value ***, but it is required');
  });

  test('splitList drops blanks', () => {
    expect(splitList(' a, ,b\n\nc,')).toEqual(['a', 'b', 'c']);
  });
});
