#!/usr/bin/env node
// The committed dist/ is what the sources build. Every bundle folder carries build-inputs.json (written by
// scripts/build.mjs): the sha256 of each file it was built from and of each file it holds. A bundle whose
// manifest matches the tree (same sources, same node_modules files, same build script, lockfile and
// tsconfig; no output touched since) is what a rebuild would make, so it is not rebuilt; every other bundle
// is rebuilt into a scratch folder and compared byte for byte (and by executable bit) with dist/, in both
// directions. `--full` rebuilds and compares every bundle (CI's dist job runs it, which also proves the
// build deterministic). No file of dist/ may embed an absolute path of this machine; no folder of dist/ may
// be one the build does not make. Exits 1 with every difference listed.
// Usage: node scripts/check-dist.mjs [--full] [--out DIR] [--jobs N]   (DIR default: .tmp/dist-check, emptied first)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { staleness } from './build-inputs.mjs';
import { compareDist, listFiles } from './dist-compare.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: { out: { type: 'string', default: '.tmp/dist-check' }, jobs: { type: 'string' }, full: { type: 'boolean', default: false } },
});
const out = path.resolve(root, values.out);
const dist = path.join(root, 'dist');
rmSync(out, { recursive: true, force: true });
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const fail = (problems) => {
  console.error(`dist check: dist/ is not what the sources build (${problems.length} problem(s)); run npm run build and commit dist/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
};

const { entries } = JSON.parse(readFileSync(path.join(root, 'scripts/entries.json'), 'utf8'));
const names = entries.map((entry) => entry.name);
const problems = [];
for (const folder of existsSync(dist) ? readdirSync(dist) : []) if (!names.includes(folder)) problems.push(`dist/${folder}: in dist/ but the build does not make it`);

/** Bundles to rebuild, each with why. */
const stale = new Map();
const cache = new Map();
for (const name of names) {
  const reasons = values.full ? ['--full'] : staleness(root, dist, name, cache);
  if (reasons.length) stale.set(name, reasons);
}
const current = names.filter((name) => !stale.has(name));

// Bundles not rebuilt are still searched for this machine's path (cheap, and a build must never embed it).
for (const name of current) {
  for (const file of listFiles(path.join(dist, name))) {
    if (readFileSync(path.join(dist, name, file), 'latin1').includes(root)) problems.push(`dist/${name}/${file}: embeds the absolute path ${root} of this machine`);
  }
}

if (stale.size) {
  if (!values.full) for (const [name, reasons] of stale) console.log(`dist/${name}: rebuilt to compare (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? `; ${reasons.length - 3} more` : ''})`);
  const args = [path.join(root, 'scripts/build.mjs'), '--out', out, ...(values.jobs ? ['--jobs', values.jobs] : []), ...stale.keys()];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal));
  });
  if (code !== 0) {
    console.error(`dist check: node scripts/build.mjs --out ${path.relative(root, out)} failed (${code})`);
    process.exit(1);
  }
  for (const name of stale.keys()) {
    const committed = path.join(dist, name);
    if (!existsSync(committed)) {
      problems.push(`dist/${name}: built but missing from dist/`);
      continue;
    }
    problems.push(...compareDist(path.join(out, name), committed, [root, out]).map((problem) => problem.replace(/^dist\//, `dist/${name}/`)));
  }
}
if (problems.length) fail(problems);
rmSync(out, { recursive: true, force: true });
const how = values.full
  ? `every bundle rebuilt and compared`
  : `${current.length} bundle(s) unchanged since built (sources, packages and outputs match build-inputs.json), ${stale.size} rebuilt and compared`;
console.log(`dist check: dist/ is what the sources build: ${how} (${seconds()} s)`);
