import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReleaseKitConfig, releaseKitJsonSchema } from '../../src/notes/config.js';
import { ROOT } from '../harness/runner.js';

describe('release-kit.yml', () => {
  test('a valid notes block parses', () => {
    const config = parseReleaseKitConfig('notes:\n  tag-pattern: app@{version}\n  requirements: true\n  sections:\n    - title: New\n      types: [feat]\n', 'release-kit.yml');
    expect(config.notes).toEqual({ 'tag-pattern': 'app@{version}', requirements: true, sections: [{ title: 'New', types: ['feat'] }] });
    expect(parseReleaseKitConfig('', 'release-kit.yml')).toEqual({});
  });

  test('errors name the file, line, column and key path', () => {
    expect(() => parseReleaseKitConfig('notes:\n  tag-pattern: v\n', 'rk.yml')).toThrow('rk.yml:2:16: notes.tag-pattern: must contain {version}');
    expect(() => parseReleaseKitConfig('notes:\n  requirements: yes please\n', 'rk.yml')).toThrow(/^rk\.yml:2:17: notes\.requirements: /);
    expect(() => parseReleaseKitConfig('nots: {}\n', 'rk.yml')).toThrow('rk.yml:1:7: nots: unknown key');
    expect(() => parseReleaseKitConfig('notes: [1\n', 'rk.yml')).toThrow(/^rk\.yml:\d+:\d+: /);
  });

  test('the published JSON Schema is what the zod schema says (UPDATE_GOLDEN=1 rewrites it)', () => {
    const file = path.join(ROOT, 'docs/release-kit.schema.json');
    const actual = `${JSON.stringify(releaseKitJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
    expect(readFileSync(file, 'utf8')).toBe(actual);
    const schema = JSON.parse(actual);
    expect(schema.properties.notes.properties['tag-pattern'].description).toContain('{version}');
    expect(schema.additionalProperties).toBe(false);
  });
});
