#!/usr/bin/env node
// Checksum benchmark: the built CLI (dist/cli/index.js) side by side with openssl and coreutils, on the
// same data with a warm page cache. Ratios are what matter, not absolute times. Everything is measured
// twice: on an otherwise idle machine, and with one core taken by a CPU hog the benchmark starts itself
// (`node -e 'for (;;);'`: one runnable thread, always), as on a busy shared runner.
//
// Usage: node bench/checksum/run.mjs [--quick] [--write] [--runs N] [--shared]
//   default   1 GiB file + 2000 files of 512 KiB, 5 runs a command, writes docs/benchmarks.md
//   --quick   256 MiB file + 200 files of 512 KiB, 3 runs, writes nothing unless --write is given too
//   --shared  the machine is shared with other work: do not wait for it to be quiet (the doc says so)
// Exit code 1 when a digest differs from openssl's or coreutils', or a target is missed.
import { spawn, spawnSync } from 'node:child_process';
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

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' }, write: { type: 'boolean' }, runs: { type: 'string' }, shared: { type: 'boolean' } } });
const plan = flags.quick
  ? { name: 'quick-512k', bigSize: 256 * MiB, count: 200, runs: 3 }
  : { name: 'full-512k', bigSize: 1 * GiB, count: 2000, runs: 5 };
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

/** Release-asset-like small files: 512 KiB each. */
const manySizes = (count) => Array.from({ length: count }, () => 512 * KiB);

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

// ---- the background load ---------------------------------------------------------------------------------

let hog; // the CPU hog of the loaded pass: a child spinning on one core
function startHog() {
  hog = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
  sleep(300);
}
function stopHog() {
  hog?.kill('SIGKILL');
  hog = undefined;
}
process.on('exit', stopHog);
/** CPU seconds the hog has used (/proc/<pid>/stat utime + stime). */
function hogBusy() {
  if (!hog) return 0;
  const fields = readFileSync(`/proc/${hog.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
/** CPU seconds the machine has spent busy, but for the hog's. */
const othersBusy = () => machineBusy() - hogBusy();

/** Waits (up to 20 s) until other processes (not the hog) use under 10% of a core over half a second. */
function waitForQuiet() {
  if (flags.shared) return;
  for (let tries = 0; tries < 40; tries++) {
    const before = othersBusy();
    sleep(500);
    if (othersBusy() - before < 0.05) return;
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
  for (let attempt = 0; attempt < (flags.shared ? 1 : 3) && (!best || isDisturbed(best)); attempt++) {
    before();
    waitForQuiet();
    const busy = othersBusy();
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', usageFile, ...argv], { cwd: dataDir, env, encoding: 'utf8', maxBuffer: 64 * MiB });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr}${result.stdout.slice(-2000)}`);
    const [rssKiB, user, system] = readFileSync(usageFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    const others = Math.max(0, othersBusy() - busy - user - system);
    if (!best || others / ms < best.others / best.ms) best = { ms, cpu: user + system, rssKiB, others, stdout: result.stdout };
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
  // The sums files go inside the data folder (the command keeps its output in its workspace), beside the data, not in it.
  mkdirSync(path.join(dataDir, 'sums'), { recursive: true });
  const ours = (label, algorithms, threads, target) => ({
    label: `ours ${algorithms} --threads ${threads}`,
    cmd: [process.execPath, cli, 'checksum', '--algorithms', algorithms, '--threads', String(threads), '--output', `sums/${label}-{ALG}SUMS`, '--base-dir', '.', target],
    sums: Object.fromEntries(algorithms.split(',').map((a) => [a, path.join(dataDir, 'sums', `${label}-${a.toUpperCase()}SUMS`)])),
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
  const all = Object.entries(groups).flatMap(([group, cases]) => Object.values(cases).map((c) => Object.assign(c, { group, times: [], cpus: [], rss: [], disturbed: 0 })));
  for (let round = 1; round <= plan.runs; round++) {
    process.stderr.write(`round ${round}/${plan.runs}:`);
    for (const c of all) {
      const result = run(c.cmd, { before: () => (cacheLow = Math.min(cacheLow, warm(c.group === 'big' ? 'big.bin' : 'many/*'))) });
      c.disturbed += result.disturbed;
      c.times.push(result.ms);
      c.cpus.push(result.cpu);
      c.rss.push(result.rssKiB);
      c.digests = c.stdoutIs
        ? { [c.stdoutIs]: parseDigests(result.stdout) }
        : Object.fromEntries(Object.entries(c.sums).map(([a, file]) => [a, parseDigests(readFileSync(file, 'utf8'))]));
      checkDigests(groups[c.group], c);
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  }
  for (const c of all) Object.assign(c, { ms: median(c.times), cpu: median(c.cpus) });
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

/** The action hashing one 6-byte file, through the runner protocol, against a bare `node -e ''`. */
function measureStartup(runs = 10) {
  const workspace = mkdtempSync(path.join(tmp, 'workspace-'));
  writeFileSync(path.join(workspace, 'hello.txt'), 'hello\n');
  const env = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(tmp, 'github-output'),
    INPUT_FILES: 'hello.txt',
    INPUT_ALGORITHMS: 'sha256',
    INPUT_FORMAT: 'gnu',
    INPUT_OUTPUT: 'SUMS', // in the workspace, where the action keeps its output
  };
  writeFileSync(env.GITHUB_OUTPUT, ''); // the runner creates it before the step
  const bare = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    bare.push(run([process.execPath, '-e', '']));
    ours.push(run([process.execPath, action], { env }));
  }
  if (!readFileSync(path.join(workspace, env.INPUT_OUTPUT), 'utf8').startsWith('5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  hello.txt')) {
    throw new Error('the action wrote a wrong sums file for hello.txt');
  }
  const summary = (list) => ({ ms: median(list.map((r) => r.ms)), cpu: median(list.map((r) => r.cpu)), rssKiB: Math.max(...list.map((r) => r.rssKiB)) });
  return { bare: summary(bare), ours: summary(ours) };
}

// ---- the report ---------------------------------------------------------------------------------------

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const sizeText = (bytes) => (bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${(bytes / MiB).toFixed(0)} MiB`);
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

/**
 * One row per comparison: each condition's anchor and our time and their ratio, ours / anchor (below 1:
 * ours is faster), against the target of that condition.
 */
function rows(data, conditions) {
  const out = [];
  const bigName = `${sizeText(data.big.size)} file`;
  const manyName = `${data.many.length} × 512 KiB files`;
  const judge = (ratio, limit) => (limit === undefined ? '' : ratio <= limit ? ` ✓ (≤ ${limit.toFixed(2)})` : ` **✗ (goal ≤ ${limit.toFixed(2)})**`);
  const time = (what, pick, limits, { cpu = false } = {}) => {
    const cells = conditions.map(({ groups }, i) => {
      const [anchor, ours] = pick(groups);
      const a = cpu ? anchor.cpu * 1000 : anchor.ms;
      const o = cpu ? ours.cpu * 1000 : ours.ms;
      return [`${seconds(a)} / ${seconds(o)}`, `${(o / a).toFixed(2)}${judge(o / a, limits[i])}`];
    });
    const [anchor, ours] = pick(conditions[0].groups);
    out.push([what, `${anchor.label}${cpu ? ' (CPU time)' : ''}`, ours.label, ...cells.flat()]);
  };
  time(`${bigName}, sha256`, (g) => [g.big.openssl256, g.big.ours256], [1.0, 1.1]);
  time(`${bigName}, sha256+sha512 in one read`, (g) => [g.big.openssl512, g.big.oursBoth], [1.1, undefined]);
  time(`${bigName}, sha256`, (g) => [g.big.coreutils256, g.big.ours256], [0.25, 0.25]);
  time(`${manyName}, sha256`, (g) => [g.many.openssl256, g.many.ours256], [1.0, 1.0]);
  time(`${manyName}, sha256`, (g) => [g.many.openssl256, g.many.ours256], [1.0, 1.0], { cpu: true });
  time(`${manyName}, sha256+sha512 in one read`, (g) => [g.many.openssl512, g.many.oursBoth], [undefined, undefined]);
  const startup = conditions.map(({ startup: s }) => [`${s.bare.ms.toFixed(0)} ms / ${s.ours.ms.toFixed(0)} ms`, `+${(s.ours.ms - s.bare.ms).toFixed(0)} ms${judge((s.ours.ms - s.bare.ms) / 100, 1)}`.replace(/≤ 1\.00/, '≤ +100 ms')]);
  out.push(['checksum action, one 6-byte file (runner protocol)', "node -e ''", 'dist/checksum/index.js', ...startup.flat()]);
  const cpuStartup = conditions.map(({ startup: s }) => [`${(s.bare.cpu * 1000).toFixed(0)} ms / ${(s.ours.cpu * 1000).toFixed(0)} ms`, `+${((s.ours.cpu - s.bare.cpu) * 1000).toFixed(0)} ms`]);
  out.push(['checksum action, one 6-byte file (CPU time)', "node -e ''", 'dist/checksum/index.js', ...cpuStartup.flat()]);
  const peak = (groups) => Math.max(...[groups.big.ours256, groups.big.oursBoth, groups.many.ours256, groups.many.oursBoth].flatMap((c) => c.rss));
  out.push(['peak memory (RSS), largest of ours', 'openssl: ' + mib(Math.max(...conditions[0].groups.big.openssl256.rss)), 'ours', ...conditions.flatMap(({ groups }) => [mib(peak(groups)), peak(groups) < 150 * 1024 ? '✓ (< 150 MiB)' : '**✗ (goal < 150 MiB)**'])]);
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

function report(data, conditions, info) {
  const raw = conditions.flatMap(({ name, groups }) => Object.entries(groups).flatMap(([group, cases]) =>
    Object.values(cases).map((c) => [name, group, `\`${c.label}\``, seconds(c.ms), `${c.cpu.toFixed(2)} s`, c.times.map((t) => (t / 1000).toFixed(2)).join(', '), mib(Math.max(...c.rss)), String(c.disturbed)])));
  const all = conditions.flatMap(({ groups }) => Object.values(groups).flatMap(Object.values));
  const disturbed = all.reduce((sum, c) => sum + c.disturbed, 0);
  const quiet = flags.shared
    ? `- **The machine was shared with other work during this run** (\`--shared\`: no waiting for quiet); ${disturbed} of ${all.length * plan.runs} runs had other processes using over 10% of a core beside them, so read the ratios, not the times, and re-run without \`--shared\` on an idle machine for the quiet figures.`
    : `- Before each run the benchmark waits for other processes (the hog aside) to use under 10% of a core, and a run during which they used more is repeated (up to 3 tries); ${disturbed} of ${all.length * plan.runs} kept runs were still disturbed.`;
  return [
    `## Checksum`,
    ``,
    `Run by \`node bench/checksum/run.mjs${flags.quick ? ' --quick' : ''}${flags.shared ? ' --shared' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    ``,
    `- Machine: ${info.text}.`,
    `- Product: \`node dist/cli/index.js checksum\` (a copy of dist/ taken when the run began); ${info.build}.`,
    `- Data: one ${sizeText(data.big.size)} file and ${data.many.length} files of 512 KiB, random bytes (a 64 MiB random block, stamped and offset so nothing repeats). Ours is given the glob \`many/*\` (matching is part of its time), the tools the names.`,
    `- Two conditions, each with every command: **idle** (nothing else started) and **one core busy**: the benchmark starts \`node -e 'for (;;);'\` (one thread spinning, a fixed and reproducible load standing in for a busy shared runner) before the commands and stops it after.`,
    `- Cache: warm; before every run its files were read once (\`cat\`), and at least ${(100 * cacheLow).toFixed(1)}% of them were then in the page cache (\`fincore\`).`,
    `- Each command ran ${plan.runs} times a condition, interleaved; times are medians of wall-clock time, CPU is the median of user + system time (GNU time), memory the largest peak RSS. Start-up: median of 10.`,
    quiet,
    `- Every run's digests were checked against openssl's (sha256 and sha512, every file).`,
    `- How ours uses its threads: many files are shared out whole among the threads, the calling thread one of them (one thread fewer to start); one file with one algorithm is hashed on the calling thread while Node's I/O thread reads the next chunk (no thread started, one busy thread as openssl); with sha256+sha512, each algorithm has its thread and the sha256 one also reads; inputs under 8 MiB in all are hashed without starting a thread.`,
    ``,
    `Ratio = our time / the anchor's (below 1: ours is faster); ✓/✗ against the goal of each condition.`,
    ``,
    table(['Work', 'Anchor', 'Ours', `${conditions[0].name}: anchor / ours`, `${conditions[0].name}: ratio`, `${conditions[1].name}: anchor / ours`, `${conditions[1].name}: ratio`], rows(data, conditions)),
    ``,
    `<details><summary>Every command</summary>`,
    ``,
    table(['Condition', 'Data', 'Command', 'Median', 'CPU', 'Runs (s)', 'Peak RSS', 'Disturbed runs'], raw),
    ``,
    `</details>`,
  ].join('\n');
}


// ---- main -----------------------------------------------------------------------------------------------

const loadAtStart = loadavg()[0].toFixed(2); // others' work on the machine skews the figures
const data = ensureData();
console.error(`data: ${dataDir} (${data.made ? `${data.made} files written` : 'reused'})`);
const info = machine();
const conditions = [];
for (const name of ['idle', 'one core busy']) {
  console.error(`${name}:`);
  if (name !== 'idle') startHog();
  const groups = commands(data);
  measureAll(groups);
  conditions.push({ name, groups, startup: measureStartup() });
  stopHog();
}
const section = report(data, conditions, info);
console.log(section);
if (!flags.quick || flags.write) {
  writeBenchSection('checksum', section);
  console.error(`wrote ${path.relative(process.cwd(), docs)}`);
}
if (section.includes('**✗')) process.exitCode = 1;
