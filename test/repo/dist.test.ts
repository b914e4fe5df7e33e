/**
 * The committed dist/ is what the sources build: scripts/build.mjs into a temporary folder, then every
 * file compared byte for byte (and by executable bit) with dist/, in both directions.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../harness/runner.js';

const BUILD_TIMEOUT_MS = 600_000; // 13 bundles, two at a time, beside the rest of the suite on 2 cores

/** Files below a folder, relative to it, with `/` separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const isExecutable = (file: string): boolean => (statSync(file).mode & 0o111) !== 0;

const work = tempDir('release-kit-dist-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist/', () => {
  test(
    'is exactly what `npm run build` makes of the sources',
    async () => {
      const out = path.join(work, 'dist');
      const build = await run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], BUILD_TIMEOUT_MS - 10_000);
      if (build.code !== 0) throw new Error(`node scripts/build.mjs --out ${out} failed (exit ${build.code}):\n${build.output}`);

      const committedDir = path.join(ROOT, 'dist');
      const built = listFiles(out);
      const committed = listFiles(committedDir);
      expect(built.length).toBeGreaterThan(0);

      // A bundle must not depend on where it was built: no absolute path of this checkout or of the output
      // (the same dist/ would then differ on every other machine, and leak the build machine's layout).
      const machineSpecific = built.filter((file) => {
        const text = readFileSync(path.join(out, file), 'latin1');
        return text.includes(ROOT) || text.includes(work);
      });
      if (machineSpecific.length) {
        throw new Error(`the build embeds absolute paths of this machine (${ROOT} or ${work}) in:\n  ${machineSpecific.join('\n  ')}`);
      }

      const problems: string[] = [];
      const committedSet = new Set(committed);
      const builtSet = new Set(built);
      for (const file of built) if (!committedSet.has(file)) problems.push(`dist/${file}: built but missing from dist/`);
      for (const file of committed) if (!builtSet.has(file)) problems.push(`dist/${file}: in dist/ but the build does not make it`);
      for (const file of built.filter((f) => committedSet.has(f))) {
        const a = readFileSync(path.join(out, file));
        const b = readFileSync(path.join(committedDir, file));
        if (!a.equals(b)) problems.push(`dist/${file}: differs from the build (${b.length} bytes committed, ${a.length} built)`);
        else if (isExecutable(path.join(out, file)) !== isExecutable(path.join(committedDir, file))) {
          problems.push(`dist/${file}: executable bit differs from the build`);
        }
      }
      if (problems.length) {
        throw new Error(`dist/ is not what the sources build (${problems.length} file(s)) — run npm run build and commit dist/:\n  ${problems.join('\n  ')}`);
      }

    },
    BUILD_TIMEOUT_MS,
  );
});
