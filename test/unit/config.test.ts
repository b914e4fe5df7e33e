import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseNotesConfig, releaseKitJsonSchema } from '../../src/plan/config.js';
import { loadReleaseKitConfig, parseReleaseKitConfig } from '../../src/plan/load-config.js';
import { ROOT, tempDir } from '../harness/runner.js';
import { minisignKey } from '../integration/feed-fixtures.js';

const PRODUCT = `product:
  name: hello
targets:
  - id: linux-x64
    runner: ubuntu-24.04
    os: linux
    arch: x64
    build: make dist
    artifacts: [dist/*.tar.gz]
`;

describe('release-kit.yml', () => {
  test('a valid notes block parses; the notes reader ignores the other blocks', () => {
    const config = parseNotesConfig('notes:\n  tag-pattern: app@{version}\n  requirements: true\n  sections:\n    - title: New\n      types: [feat]\n', 'release-kit.yml');
    expect(config).toEqual({ 'tag-pattern': 'app@{version}', requirements: true, sections: [{ title: 'New', types: ['feat'] }] });
    expect(parseNotesConfig('', 'release-kit.yml')).toEqual({});
    expect(parseNotesConfig(`${PRODUCT}notes:\n  requirements: true\n`, 'release-kit.yml')).toEqual({ requirements: true });
  });

  test('a product config gets its defaults', () => {
    const config = parseReleaseKitConfig(PRODUCT, 'release-kit.yml');
    expect(config.product).toEqual({ name: 'hello', 'version-from': 'tag' });
    expect(config['artifact-name']).toBe('{name}-{version}-{os}-{arch}.{ext}');
    expect(config.targets[0]).toMatchObject({ id: 'linux-x64', sign: { platform: 'none', written: 'none', settings: {} }, notarize: false });
    expect(config.channels).toEqual([]);
  });

  test('errors name the file, line, column and key path', () => {
    expect(() => parseNotesConfig('notes:\n  tag-pattern: v\n', 'rk.yml')).toThrow('rk.yml:2:16: notes.tag-pattern: must contain {version}');
    expect(() => parseNotesConfig('notes:\n  requirements: yes please\n', 'rk.yml')).toThrow(/^rk\.yml:2:17: notes\.requirements: /);
    expect(() => parseReleaseKitConfig(`${PRODUCT}nots: {}\n`, 'rk.yml')).toThrow('rk.yml:10:7: nots: unknown key');
    expect(() => parseNotesConfig('notes: [1\n', 'rk.yml')).toThrow(/^rk\.yml:\d+:\d+: /);
    expect(() => parseReleaseKitConfig(PRODUCT.replace('os: linux', 'os: linux\n    notarize: true'), 'rk.yml')).toThrow('rk.yml:7:15: targets[linux-x64].notarize: only macOS artifacts are notarized');
    expect(() => parseReleaseKitConfig(PRODUCT.replace('arch: x64', 'arch: amd64'), 'rk.yml')).toThrow('rk.yml:7:11: targets[linux-x64].arch: must be one of: x64, arm64, x86, universal, any');
    expect(() => parseReleaseKitConfig('product:\n  name: hello\n', 'rk.yml')).toThrow(/^rk\.yml:1:1: targets: /);
  });

  test('build-env maps the build\'s variables to workflow secret names; a bad name is one error naming the key and what is allowed', () => {
    const withEnv = (block: string) => PRODUCT.replace('    build: make dist\n', `    build: make dist\n    build-env:\n${block}`);
    const config = parseReleaseKitConfig(withEnv('      TAURI_SIGNING_PRIVATE_KEY: TAURI_KEY\n      RELEASE_KIT_CERTIFICATE: WINDOWS_PFX_BASE64\n'), 'rk.yml');
    expect(config.targets[0]!['build-env']).toEqual({ TAURI_SIGNING_PRIVATE_KEY: 'TAURI_KEY', RELEASE_KIT_CERTIFICATE: 'WINDOWS_PFX_BASE64' });
    expect(parseReleaseKitConfig(PRODUCT, 'rk.yml').targets[0]!['build-env']).toEqual({});
    expect(() => parseReleaseKitConfig(withEnv('      TAURI-KEY: TAURI_KEY\n'), 'rk.yml')).toThrow(
      'rk.yml:10:18: targets[linux-x64].build-env.TAURI-KEY: "TAURI-KEY" is not allowed here: it must be an environment variable name (letters, digits and _, not starting with a digit), none of RELEASE_KIT_VERSION, RELEASE_KIT_TARGET, RELEASE_KIT_OS, RELEASE_KIT_ARCH, RELEASE_KIT_CONFIG, PATH, HOME, CI and none starting with GITHUB_, RUNNER_, ACTIONS_, INPUT_',
    );
    expect(() => parseReleaseKitConfig(withEnv('      GITHUB_TOKEN: MY_TOKEN\n'), 'rk.yml')).toThrow(/targets\[linux-x64\]\.build-env\.GITHUB_TOKEN: "GITHUB_TOKEN" is not allowed here/);
    expect(() => parseReleaseKitConfig(withEnv('      RELEASE_KIT_VERSION: V\n'), 'rk.yml')).toThrow(/build-env\.RELEASE_KIT_VERSION: "RELEASE_KIT_VERSION" is not allowed here/);
    expect(() => parseReleaseKitConfig(withEnv('      CSC_LINK: mac cert\n'), 'rk.yml')).toThrow(
      'rk.yml:10:17: targets[linux-x64].build-env.CSC_LINK: "mac cert" is not allowed: it must be the name of a workflow secret (letters, digits and _, not starting with a digit or GITHUB_)',
    );
    expect(() => parseReleaseKitConfig(withEnv('      CSC_LINK: GITHUB_TOKEN\n'), 'rk.yml')).toThrow(/build-env\.CSC_LINK: "GITHUB_TOKEN" is not allowed: it must be the name of a workflow secret/);
    expect(() => parseReleaseKitConfig(withEnv('      - CSC_LINK\n'), 'rk.yml')).toThrow(/targets\[linux-x64\]\.build-env: must be a block of keys/);
  });

  test('feeds.tauri-public-key: a real minisign public key in any of its forms; anything else is one error saying the forms', () => {
    const key = minisignKey(tempDir('rk-key-'));
    const withKey = (value: string) => `${PRODUCT}feeds:\n  tauri: true\n  tauri-public-key: ${JSON.stringify(value)}\n`;
    expect(parseReleaseKitConfig(withKey(key.tauriPubkey), 'rk.yml').feeds!['tauri-public-key']).toBe(key.tauriPubkey);
    expect(parseReleaseKitConfig(withKey(readFileSync(key.publicKeyFile, 'utf8')), 'rk.yml').feeds!['tauri-public-key']).toContain('minisign public key');
    expect(() => parseReleaseKitConfig(withKey('not-a-key'), 'rk.yml')).toThrow(
      "rk.yml:12:21: feeds.tauri-public-key: it must be a minisign public key: Tauri's pubkey (from tauri.conf.json), the content of the .pub file, or its key line (RW…)",
    );
  });

  test('two targets with one id are refused', () => {
    const twice = `${PRODUCT}  - id: linux-x64\n    runner: ubuntu-24.04-arm\n    os: linux\n    arch: arm64\n    build: make\n    artifacts: [x]\n`;
    expect(() => parseReleaseKitConfig(twice, 'rk.yml')).toThrow('rk.yml:10:9: targets[1].id: the id linux-x64 is used by another target');
  });

  test('the published JSON Schema is what the zod schema says (UPDATE_GOLDEN=1 rewrites it)', () => {
    const file = path.join(ROOT, 'docs/release-kit.schema.json');
    const actual = `${JSON.stringify(releaseKitJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
    expect(readFileSync(file, 'utf8')).toBe(actual);
    const schema = JSON.parse(actual);
    expect(schema.properties.notes.properties['tag-pattern'].description).toContain('{version}');
    expect(schema.properties.targets.items.properties.sign.anyOf[0].enum).toEqual(['windows', 'macos', 'linux', 'gpg', 'none']);
    expect(schema.required).toEqual(['product', 'targets']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('release-kit.yml limits', () => {
  const target = (i: number, artifacts = 1): string =>
    `  - id: t${i}\n    runner: ubuntu-24.04\n    os: linux\n    arch: x64\n    build: make\n    artifacts: [${Array.from({ length: artifacts }, (_, a) => `dist/${a}.tar.gz`).join(', ')}]\n`;
  const write = (text: string): string => {
    const file = path.join(tempDir('config-limits-'), 'release-kit.yml');
    writeFileSync(file, text);
    return file;
  };

  test('a file over 1 MiB is refused before it is parsed', async () => {
    const file = write(`product:\n  name: hello\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    await expect(loadReleaseKitConfig(file)).rejects.toThrow(`The config file ${file} is 2097178 bytes; a config may be at most 1048576 bytes (1 MiB).`);
  });

  test('more targets than a GitHub matrix runs are refused, naming the line; 256 pass', async () => {
    const file = write(`product:\n  name: hello\ntargets:\n${Array.from({ length: 300 }, (_, i) => target(i)).join('')}`);
    await expect(loadReleaseKitConfig(file, 'release-kit.yml')).rejects.toThrow('release-kit.yml:4:3: targets: 300 targets, but GitHub runs at most 256 jobs from one matrix.');
    const ok = write(`product:\n  name: hello\nartifact-name: '{name}-{target}-{version}.{ext}'\ntargets:\n${Array.from({ length: 256 }, (_, i) => target(i)).join('')}`);
    expect((await loadReleaseKitConfig(ok)).targets).toHaveLength(256);
  });

  test('a target listing more than 100 artifact patterns is refused', async () => {
    const file = write(`product:\n  name: hello\ntargets:\n${target(0)}${target(1, 101)}`);
    await expect(loadReleaseKitConfig(file, 'release-kit.yml')).rejects.toThrow(/^release-kit\.yml:15:16: targets\[t1\]\.artifacts: 101 patterns, but a target may list at most 100\.$/);
  });

  test('a YAML alias bomb is refused naming the file, quickly', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const file = write(`product:\n  name: hello\n${bomb.join('\n')}\n`);
    await expect(loadReleaseKitConfig(file, 'release-kit.yml')).rejects.toThrow(/^release-kit\.yml: Excessive alias count indicates a resource exhaustion attack; a config may expand its aliases \(\*name\) at most 100 times\.$/);
  });
});
