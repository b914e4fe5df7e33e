import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kindOf, zipApp } from '../../src/notarize/archive.js';
import { describeIssue, parseDeveloperLog } from '../../src/notarize/developer-log.js';
import { formatDuration, parseDuration } from '../../src/kit/duration.js';
import { resolveTargets } from '../../src/notarize/targets.js';
import { tempDir } from '../harness/runner.ts';

function product(): string {
  const root = tempDir('notarize-files-');
  mkdirSync(path.join(root, 'dist/My App.app/Contents/MacOS'), { recursive: true });
  mkdirSync(path.join(root, 'dist/My App.app/Contents/Frameworks/F.framework/Versions/A'), { recursive: true });
  writeFileSync(path.join(root, 'dist/My App.app/Contents/MacOS/My App'), '#!/bin/sh\n');
  chmodSync(path.join(root, 'dist/My App.app/Contents/MacOS/My App'), 0o755);
  writeFileSync(path.join(root, 'dist/My App.app/Contents/Frameworks/F.framework/Versions/A/F'), 'f');
  symlinkSync('A', path.join(root, 'dist/My App.app/Contents/Frameworks/F.framework/Versions/Current'));
  symlinkSync('Versions/Current/F', path.join(root, 'dist/My App.app/Contents/Frameworks/F.framework/F'));
  writeFileSync(path.join(root, 'dist/app.dmg'), 'dmg');
  writeFileSync(path.join(root, 'dist/app.pkg'), 'pkg');
  writeFileSync(path.join(root, 'dist/notes.txt'), 'txt');
  return root;
}

describe('what is notarized', () => {
  test('.app folders, .dmg, .pkg and .zip files, by path or glob; files inside a matched .app are not separate targets', async () => {
    const root = product();
    expect(await resolveTargets(['dist/*.app', 'dist/*.dmg', 'dist/app.pkg'], root, 'Input "files"')).toEqual(
      ['dist/My App.app', 'dist/app.dmg', 'dist/app.pkg'].map((f) => path.join(root, f)),
    );
    expect(await resolveTargets(['dist/My App.app/**', 'dist/My App.app'], root, 'Input "files"')).toEqual([path.join(root, 'dist/My App.app')]);
  });

  test('anything else, a pattern matching nothing, or a path outside the workspace is an error naming it', async () => {
    const root = product();
    await expect(resolveTargets(['dist/*'], root, 'Input "files"')).rejects.toThrow('Input "files" matched dist/notes.txt, which the notary service does not take');
    await expect(resolveTargets(['dist/*.zip'], root, 'Input "files"')).rejects.toThrow(/^Input "files" has the pattern "dist\/\*\.zip", which matched nothing/);
    await expect(resolveTargets(['../elsewhere/a.dmg'], root, 'Input "files"')).rejects.toThrow(/reaches outside the workspace/);
    expect(kindOf('A.MPKG')).toBe('pkg');
    expect(kindOf('a.tar.gz')).toBeUndefined();
  });

  test('an .app is zipped like ditto --keepParent: the .app on top, symlinks as links, exec bits kept', async () => {
    const root = product();
    const zip = await zipApp(path.join(root, 'dist/My App.app'), tempDir('zip-'), 'other');
    expect(path.basename(zip)).toBe('My App.zip');
    const listing = execFileSync('zipinfo', [zip], { encoding: 'utf8' });
    expect(listing).toMatch(/^lrwx.* My App\.app\/Contents\/Frameworks\/F\.framework\/Versions\/Current$/m);
    expect(listing).toMatch(/^lrwx.* My App\.app\/Contents\/Frameworks\/F\.framework\/F$/m);
    expect(listing).toMatch(/^-rwxr-xr-x.* My App\.app\/Contents\/MacOS\/My App$/m);
    const out = tempDir('unzip-');
    execFileSync('unzip', ['-q', zip, '-d', out]);
    expect(execFileSync('readlink', [path.join(out, 'My App.app/Contents/Frameworks/F.framework/Versions/Current')], { encoding: 'utf8' }).trim()).toBe('A');
  });
});

describe('durations', () => {
  test('90s, 30m, 1h, 1h30m, 250ms and bare seconds; anything else is undefined', () => {
    expect(['90s', '30m', '1h', '1h30m', '250ms', '45', '1.5h', ' 2M '].map(parseDuration)).toEqual([90_000, 1_800_000, 3_600_000, 5_400_000, 250, 45_000, 5_400_000, 120_000]);
    expect(['', 'forever', '5 minutes', '-5s', 'm'].map(parseDuration)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([250, 12_000, 250_000, 3_723_000].map(formatDuration)).toEqual(['250 ms', '12s', '4m 10s', '1h 02m 03s']);
  });
});

describe('developer log', () => {
  test('status, summary and issues are read; missing fields and null issues are tolerated', () => {
    const log = parseDeveloperLog(
      JSON.stringify({
        status: 'Invalid',
        statusSummary: 'Archive contains critical validation errors',
        issues: [
          { severity: 'error', code: null, path: 'a.zip/A.app/Contents/MacOS/A', message: 'The binary is not signed.', docUrl: 'https://developer.apple.com/x', architecture: 'arm64' },
          { severity: 'warning', message: 'The signature does not include a secure timestamp.' },
        ],
      }),
    );
    expect(log.issues).toHaveLength(2);
    expect(describeIssue(log.issues[0]!)).toBe('The binary is not signed. (arm64)\nPath: a.zip/A.app/Contents/MacOS/A\nSee https://developer.apple.com/x');
    expect(log.issues[1]).toEqual({ severity: 'warning', message: 'The signature does not include a secure timestamp.' });
    expect(parseDeveloperLog('{"status":"Accepted","issues":null}')).toEqual({ status: 'Accepted', issues: [] });
    expect(parseDeveloperLog('<html>')).toEqual({ issues: [] });
  });
});
