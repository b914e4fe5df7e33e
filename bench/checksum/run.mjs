#!/usr/bin/env node
// Checksum benchmark: the built CLI (dist/cli/index.js) side by side with openssl and coreutils, on the
// same data with a warm page cache. Ratios are what matter, not absolute times.
//
// Usage: node bench/checksum/run.mjs [--quick] [--write] [--runs N]
//   default   2 GiB file + 2000 files (~2 GiB), 5 runs a command, writes docs/benchmarks.md
//   --quick   256 MiB file + 200 files, 3 runs, writes nothing unless --write is given too
// Exit code 1 when a digest differs from openssl's or coreutils', or a target is missed.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, release, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchSection } from '../docs-section.mjs';

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docs = path.join(root, 'docs/benchmarks.md');

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' }, write: { type: 'boolean' }, runs: { type: 'string' } } });
const plan = flags.quick
  ? { name: 'quick', bigSize: 256 * MiB, count: 200, runs: 3 }
  : { name: 'full', bigSize: 2 * GiB, count: 2000, runs: 5 };
if (flags.runs) plan.runs = Number(flags.runs);
const dataDir = path.join(root, 'bench/.data', plan.name);
const tmp = mkdtempSync(path.join(tmpdir(), 'bench-checksum-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1)); // and clean up then too
// A snapshot of the bundles, so a rebuild while the benchmark runs changes nothing under test.
for (const bundle of ['cli', 'checksum']) {
  if (!existsSync(path.join(root, 'dist', bundle, 'index.js'))) throw new Error(`dist/${bundle} is missing; build it with node scripts/build.mjs`);
  cpSync(path.join(root, 'dist', bundle), path.join(tmp, 'dist', bundle), { recursive: true, preserveTimestamps: true });
}
const cli = path.join(tmp, 'dist/cli/index.js');
const action = path.join(tmp, 'dist/checksum/index.js');

// ---- data -------------------------------------------------------------------------------------------

/** Deterministic sizes from 64 KiB to 4 MiB, skewed small (u³) so 2000 files make about 2 GiB. */
function manySizes(count) {
  let seed = 0x9e3779b9;
  const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => 64 * KiB + Math.floor((4 * MiB - 64 * KiB) * next() ** 3));
}

let block; // 64 MiB of random bytes, made on first need
/** Pieces of the random block at a per-file offset, each behind a stamp (file id, piece number): never repeats. */
function writeData(file, size, id) {
  block ??= randomBytes(64 * MiB);
  const piece = 32 * MiB;
  const offset = (id * 4099 * 4096) % piece;
  const fd = openSync(file, 'w');
  try {
    for (let done = 0, n = 0; done < size; n++) {
      const stamp = Buffer.from(`${id}:${n}:`.padEnd(16, '.')).subarray(0, Math.min(16, size - done));
      writeSync(fd, stamp);
      const length = Math.min(piece, size - done) - stamp.length;
      writeSync(fd, block, offset, length);
      done += stamp.length + length;
    }
  } finally {
    closeSync(fd);
  }
}

function ensureData() {
  const files = [{ name: 'big.bin', size: plan.bigSize }, ...manySizes(plan.count).map((size, i) => ({ name: `many/f${String(i).padStart(4, '0')}.bin`, size }))];
  mkdirSync(path.join(dataDir, 'many'), { recursive: true });
  let made = 0;
  files.forEach(({ name, size }, id) => {
    if (statSync(path.join(dataDir, name), { throwIfNoEntry: false })?.size === size) return;
    writeData(path.join(dataDir, name), size, id);
    made++;
  });
  return { big: files[0], many: files.slice(1), made };
}

// ---- running and measuring -----------------------------------------------------------------------------

function sh(command) {
  const result = spawnSync('sh', ['-c', command], { cwd: dataDir, encoding: 'utf8', maxBuffer: 64 * MiB });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * Reads the files once so they are in the page cache, and returns the share of them that is. Done before
 * every run: this VM pages out file cache that is left untouched for a minute (DAMON), so one warm-up at
 * the start would not last.
 */
function warm(files) {
  sh(`cat ${files} > /dev/null`);
  const [resident, total] = sh(`fincore --bytes --noheadings --output RES,SIZE ${files}`)
    .split('\n').map((line) => line.trim().split(/\s+/).map(Number)).reduce(([r, t], [res, size]) => [r + res, t + size], [0, 0]);
  return resident / total;
}

/** CPU seconds the whole machine has spent busy since boot (/proc/stat, in 1/100 s). */
function machineBusy() {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Waits (up to 20 s) until other processes use under 10% of a core over half a second. */
function waitForQuiet() {
  for (let tries = 0; tries < 40; tries++) {
    const before = machineBusy();
    sleep(500);
    if (machineBusy() - before < 0.05) return;
  }
}

/**
 * One timed run: wall clock around spawnSync, peak RSS and CPU time from GNU time. The machine is shared,
 * so a run during which other processes used over 10% of a core is repeated (up to 3 tries, the least
 * disturbed one kept).
 */
const isDisturbed = (result) => result.others > Math.max((0.1 * result.ms) / 1000, 0.02);
function run(argv, { env = process.env, before = () => {} } = {}) {
  const usageFile = path.join(tmp, 'usage');
  let best;
  for (let attempt = 0; attempt < 3 && (!best || isDisturbed(best)); attempt++) {
    before();
    waitForQuiet();
    const busy = machineBusy();
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', usageFile, ...argv], { cwd: dataDir, env, encoding: 'utf8', maxBuffer: 64 * MiB });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}${result.stdout.slice(-2000)}`);
    const [rssKiB, user, system] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    const others = Math.max(0, machineBusy() - busy - user - system);
    if (!best || others / ms < best.others / best.ms) best = { ms, rssKiB, others, stdout: result.stdout };
  }
  return { ...best, disturbed: isDisturbed(best) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** name → hex from `openssl dgst` lines (`SHA2-256(name)= hex`) or sums lines (`hex  name`). */
function parseDigests(text) {
  const digests = new Map();
  for (const line of text.split('\n')) {
    const openssl = /^[\w-]+\((.+)\)= ([0-9a-f]+)$/.exec(line);
    const sums = /^([0-9a-f]{64,}) [ *](.+)$/.exec(line);
    if (openssl) digests.set(openssl[1], openssl[2]);
    else if (sums) digests.set(sums[2], sums[1]);
  }
  return digests;
}

// ---- the commands ------------------------------------------------------------------------------------

function commands(data) {
  const names = data.many.map((file) => file.name);
  const ours = (label, algorithms, threads, target) => ({
    label: `ours ${algorithms} --threads ${threads}`,
    cmd: [process.execPath, cli, 'checksum', '--algorithms', algorithms, '--threads', String(threads), '--output', path.join(tmp, `${label}-{ALG}SUMS`), '--base-dir', '.', target],
    sums: Object.fromEntries(algorithms.split(',').map((a) => [a, path.join(tmp, `${label}-${a.toUpperCase()}SUMS`)])),
  });
  const tool = (label, cmd, algorithm) => ({ label, cmd, stdoutIs: algorithm });
  const big = {
    openssl256: tool('openssl dgst -sha256', ['openssl', 'dgst', '-sha256', 'big.bin'], 'sha256'),
    coreutils256: tool('sha256sum', ['sha256sum', 'big.bin'], 'sha256'),
    ours256: ours('big-sha256', 'sha256', 2, 'big.bin'),
    openssl512: tool('openssl dgst -sha512', ['openssl', 'dgst', '-sha512', 'big.bin'], 'sha512'),
    ours512: ours('big-sha512', 'sha512', 1, 'big.bin'),
    oursBoth: ours('big-both', 'sha256,sha512', 2, 'big.bin'),
  };
  const many = {
    openssl256: tool('find | xargs -0 -n 50 -P2 openssl dgst -sha256', ['sh', '-c', 'find many -type f -print0 | xargs -0 -n 50 -P2 openssl dgst -sha256'], 'sha256'),
    coreutils256: tool('sha256sum', ['sha256sum', ...names], 'sha256'),
    ours256: ours('many-sha256', 'sha256', 2, 'many/*'),
    openssl512: tool('openssl dgst -sha512', ['openssl', 'dgst', '-sha512', ...names], 'sha512'),
    ours512: ours('many-sha512', 'sha512', 1, 'many/*'),
    oursBoth: ours('many-both', 'sha256,sha512', 2, 'many/*'),
  };
  return { big, many };
}

let cacheLow = 1; // the least share of a run's files found in the page cache just before it

/** Every command `runs` times, interleaved so drift hits all alike; the digests of each checked against the tools'. */
function measureAll(groups) {
  const all = Object.entries(groups).flatMap(([group, cases]) => Object.values(cases).map((c) => Object.assign(c, { group, times: [], rss: [], disturbed: 0 })));
  for (let round = 1; round <= plan.runs; round++) {
    process.stderr.write(`round ${round}/${plan.runs}:`);
    for (const c of all) {
      const result = run(c.cmd, { before: () => (cacheLow = Math.min(cacheLow, warm(c.group === 'big' ? 'big.bin' : 'many/*'))) });
      c.disturbed += result.disturbed;
      c.times.push(result.ms);
      c.rss.push(result.rssKiB);
      c.digests = c.stdoutIs
        ? { [c.stdoutIs]: parseDigests(result.stdout) }
        : Object.fromEntries(Object.entries(c.sums).map(([a, file]) => [a, parseDigests(readFileSync(file, 'utf8'))]));
      checkDigests(groups[c.group], c);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  }
  for (const c of all) c.ms = median(c.times);
}

/** The openssl figures are the reference; any other command that gives the same algorithm must agree, file by file. */
function checkDigests(cases, c) {
  for (const [algorithm, digests] of Object.entries(c.digests)) {
    const reference = (algorithm === 'sha256' ? cases.openssl256 : cases.openssl512).digests?.[algorithm];
    if (!reference || reference === digests) continue;
    const bad = [...reference].filter(([name, hex]) => digests.get(name) !== hex);
    if (bad.length || reference.size !== digests.size || reference.size === 0) {
      throw new Error(`DIGEST MISMATCH: ${c.label} gives a different ${algorithm} than openssl for ${bad.length || 'some'} of ${reference.size} files, e.g. ${bad[0]?.[0]}`);
    }
  }
}

/** The action with nothing to do, through the runner protocol, against a bare `node -e ''`. */
function measureStartup(runs = 10) {
  const workspace = mkdtempSync(path.join(tmp, 'workspace-'));
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(tmp, 'github-output'),
    INPUT_FILES: 'nothing-matches-*.none',
    'INPUT_ALLOW-EMPTY': 'true',
    INPUT_ALGORITHMS: 'sha256',
    INPUT_FORMAT: 'gnu',
    INPUT_OUTPUT: path.join(tmp, 'SUMS'),
  };
  writeFileSync(env.GITHUB_OUTPUT, ''); // the runner creates it before the step
  const bare = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    bare.push(run([process.execPath, '-e', '']).ms);
    ours.push(run([process.execPath, action], { env }).ms);
  }
  if (!existsSync(env.INPUT_OUTPUT)) throw new Error('the action with no files wrote no sums file');
  return { bare: median(bare), ours: median(ours) };
}

// ---- the report ---------------------------------------------------------------------------------------

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (bytes, ms) => `${(bytes / GiB / (ms / 1000)).toFixed(2)} GiB/s`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const sizeText = (bytes) => (bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / MiB).toFixed(0)} MiB`);

function rows(data, { big, many }, startup) {
  const bigBytes = data.big.size;
  const manyBytes = data.many.reduce((sum, file) => sum + file.size, 0);
  const out = [];
  // Faster is better: ratio = anchor time / our time (so throughput ours / anchor).
  const speed = (what, bytes, anchor, ours, target, { info = false } = {}) => {
    const ratio = anchor.ms / ours.ms;
    out.push([what, `${anchor.label}: ${seconds(anchor.ms)} (${rate(bytes, anchor.ms)})`, `${ours.label}: ${seconds(ours.ms)} (${rate(bytes, ours.ms)})`,
      `${ratio.toFixed(3)}×`, info ? `reference` : `≥ ${target.toFixed(2)}×`, info ? '—' : ratio >= target ? 'pass' : '**FAIL**']);
  };
  const bigName = `${sizeText(bigBytes)} file`;
  const manyName = `${data.many.length} files (${sizeText(manyBytes)})`;
  speed(`${bigName}, sha256: ours vs openssl`, bigBytes, big.openssl256, big.ours256, 0.9);
  speed(`${manyName}, sha256, 2 cores: ours vs openssl ×2 (xargs -P2)`, manyBytes, many.openssl256, many.ours256, 0.85);
  speed(`${bigName}, sha256: ours vs coreutils sha256sum`, bigBytes, big.coreutils256, big.ours256, 4);
  speed(`${manyName}, sha256: ours vs coreutils sha256sum`, manyBytes, many.coreutils256, many.ours256, 4);
  speed(`${bigName}, sha256+sha512 on 2 threads vs ours sha512 alone on 1`, bigBytes, big.ours512, big.oursBoth, 1);
  speed(`${bigName}, sha256+sha512 on 2 threads vs openssl sha512 on 1`, bigBytes, big.openssl512, big.oursBoth, 1, { info: true });
  speed(`${manyName}, sha256+sha512 on 2 threads vs ours sha512 alone on 1`, manyBytes, many.ours512, many.oursBoth, 1);
  speed(`${manyName}, sha256+sha512 on 2 threads vs openssl sha512 on 1`, manyBytes, many.openssl512, many.oursBoth, 1, { info: true });
  const memory = (what, anchor, cases) => {
    const peak = Math.max(...cases.flatMap((c) => c.rss));
    out.push([what, `${anchor.label}: ${mib(Math.max(...anchor.rss))}`, `ours, largest of ${cases.length} commands: ${mib(peak)}`, '—', '< 150 MiB', peak < 150 * 1024 ? 'pass' : '**FAIL**']);
  };
  memory(`${bigName}: peak memory (RSS)`, big.openssl256, [big.ours256, big.ours512, big.oursBoth]);
  memory(`${manyName}: peak memory (RSS)`, many.openssl256, [many.ours256, many.ours512, many.oursBoth]);
  out.push(['Start-up, action with no files (runner protocol)', `node -e '': ${startup.bare.toFixed(0)} ms`, `dist/checksum/index.js: ${startup.ours.toFixed(0)} ms`,
    `+${(startup.ours - startup.bare).toFixed(0)} ms`, 'report', '—']);
  return out;
}

const table = (head, body) => [head, head.map(() => '---'), ...body].map((r) => `| ${r.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`).join('\n');

function machine() {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  const commit = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['-C', root, 'status', '--porcelain', 'src'], { encoding: 'utf8' }).stdout.trim() !== '';
  return {
    text: `${availableParallelism()} cores, ${cpu}, Linux ${release()}; Node ${process.version}; ${sh('openssl version')}; ${sh('sha256sum --version | head -1')}; load average ${loadAtStart} when the run began`,
    build: `dist/ built ${statSync(cli).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit || '?'}${dirty ? ' (with uncommitted changes in src/)' : ''}`,
  };
}

function report(data, groups, startup, info) {
  const manyBytes = data.many.reduce((sum, file) => sum + file.size, 0);
  const raw = Object.entries(groups).flatMap(([group, cases]) =>
    Object.values(cases).map((c) => [group, `\`${c.label}\``, seconds(c.ms), c.times.map((t) => (t / 1000).toFixed(2)).join(', '), mib(Math.max(...c.rss)), String(c.disturbed)]));
  const disturbed = Object.values(groups).flatMap(Object.values).reduce((sum, c) => sum + c.disturbed, 0);
  const runs = Object.values(groups).flatMap(Object.values).length * plan.runs;
  return [
    `## Checksum`,
    ``,
    `Run by \`npm run bench\` (\`bench/checksum/run.mjs\`${flags.quick ? ' --quick' : ''}) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    ``,
    `- Machine: ${info.text}.`,
    `- Product: \`node dist/cli/index.js checksum\` (a copy of dist/ taken when the run began); ${info.build}.`,
    `- Data: one ${sizeText(data.big.size)} file and ${data.many.length} files of 64 KiB–4 MiB (${sizeText(manyBytes)} in all), random bytes (a 64 MiB random block, stamped and offset so nothing repeats). Ours is given the glob \`many/*\` (matching is part of its time), the tools the names.`,
    `- Cache: warm; before every run its files were read once (\`cat\`), and at least ${(100 * cacheLow).toFixed(1)}% of them were then in the page cache (\`fincore\`).`,
    `- Each command ran ${plan.runs} times, interleaved; times are medians of wall-clock time, memory is the largest peak RSS (GNU time \`%M\`). Start-up: median of 10. Every command runs under GNU time, which adds about a millisecond.`,
    `- The machine is shared: each run waits for it to be quiet, and a run during which other processes used over 10% of a core is repeated (up to 3 tries); ${disturbed} of ${runs} kept runs were still disturbed.`,
    `- Every run's digests were checked against openssl's (sha256 and sha512, every file).`,
    `- How ours uses its threads: many files are shared out whole among them; one big file with \`--threads 2\` is read by one thread while the other hashes it (with sha256+sha512, the sha256 thread also reads); \`--threads 1\` reads and hashes on one.`,
    ``,
    `Ratio = anchor time / our time (above 1: ours is faster).`,
    ``,
    table(['Comparison', 'Anchor', 'Ours', 'Ratio', 'Target', 'Result'], rows(data, groups, startup)),
    ``,
    `<details><summary>Every command</summary>`,
    ``,
    table(['Data', 'Command', 'Median', 'Runs (s)', 'Peak RSS', 'Disturbed runs'], raw),
    ``,
    `</details>`,
  ].join('\n');
}


// ---- main -----------------------------------------------------------------------------------------------

const loadAtStart = loadavg()[0].toFixed(2); // others' work on the machine skews the figures
const data = ensureData();
console.error(`data: ${dataDir} (${data.made ? `${data.made} files written` : 'reused'})`);
const info = machine();
const groups = commands(data);
measureAll(groups);
const startup = measureStartup();
const section = report(data, groups, startup, info);
console.log(section);
if (!flags.quick || flags.write) {
  writeBenchSection('checksum', section);
  console.error(`wrote ${path.relative(process.cwd(), docs)}`);
}
if (section.includes('**FAIL**')) process.exitCode = 1;
