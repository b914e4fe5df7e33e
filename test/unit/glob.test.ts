import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { confinePattern, matchFiles } from '../../src/kit/glob.js';
import { tempDir } from '../harness/runner.js';

function tree(files: string[]): string {
  const root = tempDir('glob-');
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file);
  }
  return root;
}

describe('workspace-confined globs', () => {
  test('patterns resolve under the workspace, sorted, each file once', async () => {
    const root = tree(['dist/b.exe', 'dist/a.dmg', 'dist/sub/c.deb', 'other/x']);
    const { files, unmatched } = await matchFiles(['dist/*.exe', 'dist/**', 'dist/a.dmg'], root, 'Input "files"');
    expect(files.map((f) => path.relative(root, f))).toEqual(['dist/a.dmg', 'dist/b.exe', 'dist/sub/c.deb']);
    expect(unmatched).toEqual([]);
  });

  test("the kit's own temporary files, left by a killed step, are never matched; a user's dotfiles are", async () => {
    const root = tree([
      'dist/app.bin',
      'dist/.app.bin.asc.0123456789ab', // a GPG signature being written
      'dist/.app.bin.minisig.a1b2c3d4e5f6.sig', // a Tauri signature being written
      'dist/.SHA256SUMS.0123456789ab.tmp', // an atomic write
      'dist/.release-kit-sign-00aa11bb22cc/app.bin', // a signing copy
      'dist/.well-known',
      'dist/.app.bin.asc.notahexsuffix',
    ]);
    const { files } = await matchFiles(['dist/*', 'dist/**'], root, 'Input "files"');
    expect(files.map((f) => path.relative(root, f))).toEqual(['dist/.app.bin.asc.notahexsuffix', 'dist/.well-known', 'dist/app.bin']);
  });

  test('a folder stands for every file below it; "!" excludes', async () => {
    const root = tree(['dist/a', 'dist/b.blockmap', 'dist/deep/c']);
    const { files } = await matchFiles(['dist', '!**/*.blockmap'], root, 'Input "files"');
    expect(files.map((f) => path.relative(root, f))).toEqual(['dist/a', 'dist/deep/c']);
  });

  test('plain file paths (as a shell expands globs) match directly, honour exclusions, and report the missing', async () => {
    const root = tree(['dist/a.exe', 'dist/b.blockmap', 'dist/sub/c']);
    const { files, unmatched } = await matchFiles(['dist/a.exe', 'dist/b.blockmap', 'dist/missing.exe', 'dist/sub', '!**/*.blockmap'], root, 'x');
    expect(files.map((f) => path.relative(root, f))).toEqual(['dist/a.exe', 'dist/sub/c']);
    expect(unmatched).toEqual(['dist/b.blockmap', 'dist/missing.exe']);
  });

  test('a pattern that matches nothing is reported, not silently dropped', async () => {
    const root = tree(['dist/app.exe']);
    const { files, unmatched } = await matchFiles(['dist/*.exe', 'dist/*.dmg'], root, 'Input "files"');
    expect(files).toHaveLength(1);
    expect(unmatched).toEqual(['dist/*.dmg']);
  });

  test.each([['../secrets/*'], ['/etc/passwd'], ['dist/../../x'], ['!../y']])('%s reaching outside the workspace is an error', (pattern) => {
    const root = tree([]);
    expect(() => confinePattern(pattern, root, 'Input "files"')).toThrow(
      `Input "files" has the pattern ${JSON.stringify(pattern)}, which reaches outside the workspace`,
    );
  });

  test('an absolute pattern inside the workspace is fine', () => {
    const root = tree([]);
    expect(confinePattern(path.join(root, 'dist/*'), root, 'x')).toBe(path.join(root, 'dist/*'));
  });

  test('links to files are followed (listed under the link name); a broken link is an error', async () => {
    const root = tree(['real/app.bin']);
    mkdirSync(path.join(root, 'dist'));
    symlinkSync(path.join(root, 'real/app.bin'), path.join(root, 'dist/app-link.bin'));
    expect((await matchFiles(['dist/*'], root, 'Input "files"')).files).toEqual([path.join(root, 'dist/app-link.bin')]);
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dist/broken'));
    await expect(matchFiles(['dist/*'], root, 'Input "files"')).rejects.toThrow('broken');
  });

  test('a FIFO is refused with its path', async () => {
    const root = tree(['dist/ok']);
    execFileSync('mkfifo', [path.join(root, 'dist/pipe')]);
    await expect(matchFiles(['dist/*'], root, 'Input "files"')).rejects.toThrow(`${path.join(root, 'dist/pipe')}, which is not a regular file`);
  });
});
