#!/usr/bin/env node
// Builds one @vercel/ncc bundle per entry into <out>/<name>/index.js, several at once.
// Usage: node scripts/build.mjs [--out DIR] [NAME ...]
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { entries } = JSON.parse(await readFile(path.join(root, 'scripts/entries.json'), 'utf8'));
const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
const out = path.resolve(root, values.out);
const wanted = positionals.length ? entries.filter((e) => positionals.includes(e.name)) : entries;
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

function build(entry) {
  return new Promise((resolve, reject) => {
    const args = [ncc, 'build', entry.source, '-o', path.join(out, entry.name), '--target', 'es2023', '--license', 'licenses.txt', '--quiet'];
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry.name} (exit ${code})`))));
  });
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
    console.log(`built ${path.relative(root, path.join(out, entry.name, 'index.js'))}`);
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), wanted.length) }, lane));
console.log(`${wanted.length} bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
