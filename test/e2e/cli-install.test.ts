/**
 * The CLI installs the way docs/cli.md says: `npm install -g github:org/release-kit#<tag>` packs the
 * repository and installs the package, whose `bin` is the committed bundle. Here the same package is
 * packed from this checkout and installed into a temporary prefix.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../harness/runner.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; files: string[] };
const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`;

describe('installing the release-kit command', () => {
  test('the bin is the bundle, with a shebang, and it is in the package', () => {
    expect(manifest.bin['release-kit']).toBe('dist/cli/index.js');
    expect(readFileSync(path.join(ROOT, manifest.bin['release-kit']!), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(manifest.files).toContain('dist/cli/');
  });

  test('npm pack, then npm install -g --prefix: release-kit --version and help work', () => {
    const dir = tempDir('cli-install-');
    const npmRun = (...args: string[]): string => execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    npmRun('pack', '--ignore-scripts', '--pack-destination', dir);
    const [tarball] = readdirSync(dir).filter((name) => name.endsWith('.tgz'));
    const listed = execFileSync('tar', ['tzf', path.join(dir, tarball!)], { encoding: 'utf8' }).split('\n');
    expect(listed).toContain('package/dist/cli/index.js');
    expect(listed.some((name) => name.startsWith('package/test/') || name.startsWith('package/src/'))).toBe(false);

    const prefix = path.join(dir, 'prefix');
    npmRun('install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, tarball!));
    const bin = path.join(prefix, 'bin', 'release-kit');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8', env: { ...process.env, PATH } });
    expect(version.stderr).toBe('');
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${manifest.version}\n`);
    const help = spawnSync(bin, ['help', 'notes'], { encoding: 'utf8', env: { ...process.env, PATH } });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--write-changelog');
  }, 600_000);
});
