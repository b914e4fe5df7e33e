#!/usr/bin/env node
// The committed dist/ is what the sources build: scripts/build.mjs into a scratch folder, then every file
// compared byte for byte (and by executable bit) with dist/, in both directions; a bundle must not embed
// an absolute path of the machine it was built on. Exits 1 with every difference listed.
// Usage: node scripts/check-dist.mjs [--out DIR] [--jobs N]   (DIR default: .tmp/dist-check, emptied first)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareDist } from './dist-compare.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { out: { type: 'string', default: '.tmp/dist-check' }, jobs: { type: 'string' } } });
const out = path.resolve(root, values.out);
rmSync(out, { recursive: true, force: true });

const started = Date.now();
const args = [path.join(root, 'scripts/build.mjs'), '--out', out, ...(values.jobs ? ['--jobs', values.jobs] : [])];
const code = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('error', reject);
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal));
});
if (code !== 0) {
  console.error(`dist check: node scripts/build.mjs --out ${path.relative(root, out)} failed (${code})`);
  process.exit(1);
}
const problems = compareDist(out, path.join(root, 'dist'), [root, out]);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`dist check: dist/ is not what the sources build (${problems.length} problem(s)); run npm run build and commit dist/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
console.log(`dist check: dist/ is what the sources build (${seconds} s)`);
