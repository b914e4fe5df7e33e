#!/usr/bin/env node
// Builds one @vercel/ncc bundle per entry into <out>/<name>/index.js, several at once.
// Usage: node scripts/build.mjs [--out DIR] [--jobs N] [NAME ...]   (N: bundles built at once; default: cores)
//
// ncc runs with --transpile-only: `tsc -p test` type-checks the whole tree once (scripts/test.sh),
// so each bundle need not type-check it again (that was half of every bundle's time and most of its memory).
// The sources are written for per-file transpiling (isolatedModules, verbatimModuleSyntax, erasableSyntaxOnly),
// which makes it emit what the full compile emits. One thing differs: ts.transpileModule cannot see
// package.json's "type": "module", so under module NodeNext it would emit CommonJS; ncc is therefore handed a
// TypeScript (through its TYPESCRIPT_LOOKUP_PATH) whose transpileModule emits ES modules, as NodeNext does for
// this package. scripts/check-dist.mjs compares the result byte for byte with dist/. Beside each bundle goes
// build-inputs.json (scripts/build-inputs.mjs): the files it was built from with their sha256, so the check
// rebuilds only what changed.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { MANIFEST, bundledFiles, manifestFor } from './build-inputs.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { entries } = JSON.parse(await readFile(path.join(root, 'scripts/entries.json'), 'utf8'));
const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, jobs: { type: 'string' } }, allowPositionals: true });
const out = path.resolve(root, values.out);
const wanted = positionals.length ? entries.filter((e) => positionals.includes(e.name)) : entries;
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

/** `<dir>/node_modules/typescript`: the project's TypeScript, its transpileModule emitting ES modules. */
async function esmTranspilingTypeScript() {
  const dir = await mkdtemp(path.join(tmpdir(), 'release-kit-ncc-ts-'));
  const shim = path.join(dir, 'node_modules/typescript');
  await mkdir(shim, { recursive: true });
  const real = createRequire(import.meta.url).resolve('typescript');
  await writeFile(path.join(shim, 'package.json'), '{ "name": "typescript", "main": "index.cjs" }\n');
  await writeFile(
    path.join(shim, 'index.cjs'),
    `const ts = require(${JSON.stringify(real)});
module.exports = {
  ...ts,
  transpileModule(input, options) {
    const compilerOptions = { ...options.compilerOptions, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
    return ts.transpileModule(input, { ...options, compilerOptions });
  },
};
`,
  );
  return dir;
}
const typescriptDir = await esmTranspilingTypeScript();
process.on('exit', () => rmSync(typescriptDir, { recursive: true, force: true }));

function build(entry) {
  return new Promise((resolve, reject) => {
    const args = [ncc, 'build', entry.source, '-o', path.join(out, entry.name), '--target', 'es2023', '--license', 'licenses.txt', '--quiet', '--transpile-only', '--stats-out', statsFile(entry)];
    const env = { ...process.env, TYPESCRIPT_LOOKUP_PATH: `${typescriptDir}${path.sep}` };
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry.name} (exit ${code})`))));
  });
}

/** webpack's stats of a bundle (which modules went in), kept outside the output folder. */
const statsFile = (entry) => path.join(typescriptDir, `${entry.name}.stats.json`);

/** dist/<name>/build-inputs.json: what the bundle was built from and holds (scripts/build-inputs.mjs). */
async function writeManifest(entry) {
  const stats = JSON.parse(await readFile(statsFile(entry), 'utf8'));
  const manifest = manifestFor(root, bundledFiles(stats, root), [...(entry.workers ?? []), entry.source], path.join(out, entry.name));
  await writeFile(path.join(out, entry.name, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** Workers run from their own file: type-stripped once, copied beside each bundle that starts them. */
async function writeWorkers(entry) {
  for (const worker of entry.workers ?? []) {
    const source = await readFile(path.join(root, worker), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, removeComments: false },
    });
    await writeFile(path.join(out, entry.name, path.basename(worker).replace(/\.ts$/, '.js')), outputText);
  }
}

const queue = [...wanted];
const started = Date.now();
async function lane() {
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    await rm(path.join(out, entry.name), { recursive: true, force: true });
    await mkdir(path.join(out, entry.name), { recursive: true });
    await build(entry);
    await writeWorkers(entry);
    await writeManifest(entry);
    console.log(`built ${path.relative(root, path.join(out, entry.name, 'index.js'))}`);
  }
}
await Promise.all(Array.from({ length: Math.min(Math.max(1, Number(values.jobs) || availableParallelism()), wanted.length) }, lane));
console.log(`${wanted.length} bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
