#!/usr/bin/env node
// Codesign benchmark: signing a large set of Windows files (the built codesign bundle, run as the runner
// runs it) against what teams hand-roll today — a shell loop of `osslsigncode sign` — on the same files,
// the same certificate and the same local RFC 3161 server, side by side in one run.
//
//   anchor        for f in *.exe; do osslsigncode sign -pkcs12 … -ts <tsa> -in f -out f.signed; done
//                 (sign only: no verification, no timestamp retry, the .pfx password on the command line)
//   ours (1)      codesign with concurrency 1: sign a copy, timestamp, verify, rename — one file at a time
//   ours (4)      codesign with concurrency 4 (the default): the same, four files at once
//
// Usage: node bench/codesign/run.mjs [--quick] [--files N] [--runs N]   (writes docs/benchmarks.md unless --quick)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPe, makePki, startTimestampServer } from '../../test/fixtures/sign/pki.ts';
import { writeBenchSection } from '../docs-section.mjs';
import { runBuiltAction, tempDir } from '../../test/harness/runner.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' }, files: { type: 'string' }, runs: { type: 'string' } } });
const count = Number(flags.files ?? (flags.quick ? 12 : 60));
const runs = Number(flags.runs ?? (flags.quick ? 1 : 3));
const log = (message) => console.log(`[bench:codesign ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

const pki = makePki(tempDir('bench-pki-'));
const pe = buildPe(tempDir('bench-pe-'));
const tsa = await startTimestampServer(pki);
const pfx = path.join(tempDir('bench-key-'), 'codesign.pfx');
writeFileSync(pfx, Buffer.from(pki.pfxBase64, 'base64'));

function workspace() {
  const dir = tempDir('bench-sign-');
  mkdirSync(path.join(dir, 'dist'));
  for (let i = 0; i < count; i++) copyFileSync(pe, path.join(dir, 'dist', `app-${String(i).padStart(3, '0')}.exe`));
  return dir;
}

/** The loop runs while this process serves the timestamps: spawned, not run synchronously. */
const BUNDLE = path.join(tempDir('bench-ca-'), 'bundle.pem');
writeFileSync(BUNDLE, `${readFileSync(pki.caPem, 'utf8')}\n${existsSync('/etc/ssl/certs/ca-certificates.crt') ? readFileSync('/etc/ssl/certs/ca-certificates.crt', 'utf8') : ''}`);

function anchor(verify = false) {
  const dir = workspace();
  const check = verify ? ' && osslsigncode verify -CAfile "$BUNDLE" -TSA-CAfile "$BUNDLE" -in "$f.signed" >/dev/null' : '';
  const script = `for f in dist/*.exe; do osslsigncode sign -pkcs12 "$PFX" -pass "$PASS" -h sha256 -ts "$TSA" -in "$f" -out "$f.signed" >/dev/null${check} && mv "$f.signed" "$f"; done`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd: dir, env: { ...process.env, PFX: pfx, PASS: pki.password, TSA: tsa.url, BUNDLE }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - started, dir }) : reject(new Error(`anchor failed: ${stderr}`))));
  });
}

async function ours(concurrency) {
  const dir = workspace();
  const started = performance.now();
  const run = await runBuiltAction('codesign', {
    workspace: dir,
    inputs: { files: 'dist/*.exe', platform: 'windows', certificate: pki.pfxBase64, 'certificate-password': pki.password, 'timestamp-urls': tsa.url, 'ca-file': pki.caPem, concurrency: String(concurrency) },
    measureMemory: true,
    timeoutMs: 600_000,
  });
  const ms = performance.now() - started;
  if (run.exitCode !== 0) throw new Error(`codesign failed: ${run.errors.join('\n')}`);
  const signed = JSON.parse(run.outputs.signed);
  if (signed.length !== count || !signed.every((r) => r.verified)) throw new Error('not every file was signed and verified');
  return { ms, dir, rssKiB: run.maxRssKiB ?? 0 };
}

/** Every file of a run verifies against the test CA, with its timestamp. */
function verifyAll(dir) {
  for (const file of readdirSync(path.join(dir, 'dist'))) {
    execFileSync('osslsigncode', ['verify', '-CAfile', pki.caPem, '-TSA-CAfile', pki.caPem, '-in', path.join(dir, 'dist', file)], { stdio: 'ignore' });
  }
}

log(`${count} PE files of ${readFileSync(pe).length} bytes, ${runs} runs a variant, local RFC 3161 server, ${os.cpus().length} cores`);
const times = { anchor: [], anchorVerify: [], ours1: [], ours4: [] };
let rss = 0;
for (let r = 0; r < runs; r++) {
  // Interleaved, the order rotating, so drift in the machine's speed falls on every variant alike.
  const order = [['anchor', () => anchor()], ['anchorVerify', () => anchor(true)], ['ours1', () => ours(1)], ['ours4', () => ours(4)]];
  for (let i = 0; i < r; i++) order.push(order.shift());
  for (const [name, work] of order) {
    const result = await work();
    verifyAll(result.dir);
    rmSync(result.dir, { recursive: true, force: true });
    times[name].push(result.ms);
    if (result.rssKiB) rss = Math.max(rss, result.rssKiB);
    log(`run ${r + 1} ${name}: ${secs(result.ms)}`);
  }
}
await tsa.close();

const m = { anchor: median(times.anchor), anchorVerify: median(times.anchorVerify), ours1: median(times.ours1), ours4: median(times.ours4) };
const rows = [
  ['The same work (sign, timestamp, verify against the CA + system roots): ours, concurrency 4 vs a loop of osslsigncode sign + verify', secs(m.anchorVerify), secs(m.ours4), `${(m.anchorVerify / m.ours4).toFixed(2)}×`],
  ['Ours (sign, timestamp, verify), concurrency 4 vs a loop that only signs and timestamps', secs(m.anchor), secs(m.ours4), `${(m.anchor / m.ours4).toFixed(2)}×`],
  ['Concurrency 4 vs 1 (ours, both verifying)', secs(m.ours1), secs(m.ours4), `${(m.ours1 / m.ours4).toFixed(2)}×`],
  ['Per file, ours with concurrency 4', '—', `${(m.ours4 / count).toFixed(0)} ms`, '—'],
];
const section = [
  '## codesign: a large set of Windows files',
  '',
  `Run by \`node bench/codesign/run.mjs${flags.quick ? ' --quick' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${count} PE files (mingw), one test certificate, a local RFC 3161 server (\`openssl ts\`), ${os.cpus().length} cores, ${runs} interleaved runs a variant (medians). Every signed file of every run is checked afterwards with \`osslsigncode verify -CAfile -TSA-CAfile\`.`,
  '',
  '| What | Baseline | Ours | Ratio (higher is faster) |',
  '| --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
  `Baselines: \`for f in dist/*.exe; do osslsigncode sign -pkcs12 … -pass … -ts … && osslsigncode verify -CAfile … -TSA-CAfile … ; done\` (first row) and the same loop without the verify (second row: what most hand-rolled steps do). Ours signs a copy, checks it with \`osslsigncode verify\` (signature, timestamp, certificate thumbprint) and only then renames it over the original. Peak RSS of the action: ${(rss / 1024).toFixed(0)} MiB.`,
  '',
  `Raw times (ms): loop ${times.anchor.map((t) => t.toFixed(0)).join(', ')}; loop with verify ${times.anchorVerify.map((t) => t.toFixed(0)).join(', ')}; ours (1) ${times.ours1.map((t) => t.toFixed(0)).join(', ')}; ours (4) ${times.ours4.map((t) => t.toFixed(0)).join(', ')}.`,
].join('\n');
console.log(`\n${section}\n`);
if (!flags.quick) {
  writeBenchSection('codesign', section);
  log('wrote docs/benchmarks.md');
}
