/**
 * `release-kit` for a build's own commands (matrix-build puts it first on the build's PATH): the script
 * runs the given CLI bundle with the given Node and passes every argument through, whatever the paths hold.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kitCommandFolder, withFirstOnPath } from '../../src/build/kit-command.js';
import { tempDir } from '../harness/runner.js';

describe('the release-kit command of a build', () => {
  test("runs the bundle with the action's Node and every argument as given, from a folder with a quote in its name; removed after", async () => {
    const root = path.join(tempDir('kit-command-'), "it's here");
    mkdirSync(root);
    const bundle = path.join(root, 'cli $HOME.mjs');
    writeFileSync(bundle, 'console.log(JSON.stringify(process.argv.slice(2)));\n');
    const { dir, remove } = await kitCommandFolder(bundle, process.execPath, root);
    const env = withFirstOnPath({ PATH: '/usr/bin:/bin' }, dir);
    expect(env.PATH).toBe(`${dir}:/usr/bin:/bin`);
    const out = execFileSync('sh', ['-c', 'release-kit sign "a b.exe" \'$x\''], { env, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['sign', 'a b.exe', '$x']);
    expect(readFileSync(path.join(dir, 'release-kit.cmd'), 'utf8')).toBe(`@"${process.execPath}" "${bundle}" %*\r\n`);
    await remove();
    expect(existsSync(dir)).toBe(false);
  });

  test("Windows' Path keeps its name", () => {
    expect(withFirstOnPath({ Path: 'C:\\Windows' }, 'D:\\bin')).toEqual({ Path: `D:\\bin${path.delimiter}C:\\Windows` });
    expect(withFirstOnPath({}, '/bin2')).toEqual({ PATH: '/bin2' });
  });
});
