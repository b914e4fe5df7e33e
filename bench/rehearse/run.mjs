#!/usr/bin/env node
// Rehearsal benchmark: `release-kit rehearse` (the built CLI, dist/cli/index.js) on the sample product
// (samples/hello-app in a git repository: three legs — Linux, a Windows cross build, a backend — and the
// release job), timed from outside, N runs. Side by side in each run: the whole rehearsal's wall time and
// the time its steps took (the sum of the step durations the executor prints: the actions, scripts and
// stand-ins themselves), so the difference is what the rehearsal adds around them (keys, emulator,
// workflow check, checkouts' set-up, post steps, the publish re-run, the report). CPU seconds and peak
// memory come from GNU time. The machine's load average is recorded with each run: it is shared.
//
// Usage: node bench/rehearse/run.mjs [--runs N] [--write]
//   --runs N   runs (default 3); the median is reported
//   --write    write the section of docs/benchmarks.md (bench/docs-section.mjs)
// Exit code 1 when a rehearsal fails or the median misses the target (30 s on 2 cores).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchSection } from '../docs-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli/index.js');
const TARGET_SECONDS = 30;
const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, write: { type: 'boolean' } } });
const runs = Number(flags.runs ?? 3);
const log = (message) => console.error(`[bench:rehearse ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** The sample product as the demo makes it: a repository with a previous release and Conventional Commits since. */
function product() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-rehearse-'));
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'commit.gpgsign', 'false');
  cpSync(path.join(root, 'samples/hello-app'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
  writeFileSync(path.join(dir, '.gitignore'), 'dist/\n.release-kit/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: hello-app');
  git('tag', 'v1.2.2');
  writeFileSync(path.join(dir, 'NOTES'), 'x\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat(cli): --version (#12)\n\nImplements FR-401.');
  return dir;
}

const repo = product();
const results = [];
try {
  for (let i = 1; i <= runs; i++) {
    const out = path.join(repo, '.release-kit', `run-${i}`);
    const loadBefore = load();
    const started = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', 'bench-time %U %S %M', process.execPath, cli, 'rehearse', '--ref', 'refs/tags/v1.2.3', '--out', out], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
    const wall = (performance.now() - started) / 1000;
    const time = /bench-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
    if (run.status !== 0 || !time) {
      console.error(run.stdout.slice(-4000), run.stderr.slice(-2000));
      throw new Error(`run ${i}: release-kit rehearse exited ${run.status}`);
    }
    // Top-level steps only: a composite's own line already holds its inner steps' time.
    const steps = [...run.stdout.matchAll(/^ {3}[✓✗⏭] (?!Post )([^\n›]*?) \(([\d.]+) s\)/gm)].reduce((sum, m) => sum + Number(m[2]), 0);
    results.push({ wall, cpu: Number(time[1]) + Number(time[2]), rssMiB: Number(time[3]) / 1024, steps, load: Math.max(loadBefore, load()) });
    log(`run ${i}: ${wall.toFixed(1)} s wall, steps ${steps.toFixed(1)} s, cpu ${(Number(time[1]) + Number(time[2])).toFixed(1)} s, load ${results.at(-1).load.toFixed(2)}`);
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}

const wall = median(results.map((r) => r.wall));
const steps = median(results.map((r) => r.steps));
const cpu = median(results.map((r) => r.cpu));
const met = wall <= TARGET_SECONDS;
const section = [
  '## Rehearsal (`release-kit rehearse` on samples/hello-app)',
  '',
  `\`node bench/rehearse/run.mjs --runs ${runs}\`, ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores; the sample's three legs (Linux build + GPG + smoke test, Windows cross build + Authenticode + timestamp, backend build + GPG + HTTP smoke test) and the release job (sums, GPG over the sums, notes, publish to the emulator, a publish re-run), through the real release.yml.`,
  '',
  '| | median | runs |',
  '| --- | --- | --- |',
  `| wall time, whole rehearsal | ${wall.toFixed(1)} s | ${results.map((r) => r.wall.toFixed(1)).join(', ')} |`,
  `| of which the workflow's steps | ${steps.toFixed(1)} s (${Math.round((steps / wall) * 100)} %) | ${results.map((r) => r.steps.toFixed(1)).join(', ')} |`,
  `| added by the rehearsal (keys, emulator, check, post steps, re-run, report) | ${(wall - steps).toFixed(1)} s | ${results.map((r) => (r.wall - r.steps).toFixed(1)).join(', ')} |`,
  `| CPU (user + system, all processes) | ${cpu.toFixed(1)} s | ${results.map((r) => r.cpu.toFixed(1)).join(', ')} |`,
  `| peak memory of one process | ${Math.round(median(results.map((r) => r.rssMiB)))} MiB | |`,
  `| load average during the run | | ${results.map((r) => r.load.toFixed(2)).join(', ')} |`,
  '',
  `Target: a rehearsal of the sample in ≤ ${TARGET_SECONDS} s on 2 cores — ${met ? 'met' : 'MISSED'} (median ${wall.toFixed(1)} s).${results.some((r) => r.load > availableParallelism()) ? ' The machine was shared during the runs (load above its core count): wall times are longer than on a quiet machine; CPU seconds are the steadier figure.' : ''}`,
];
console.log(section.join('\n'));
if (flags.write) writeBenchSection('rehearse', section.join('\n'));
if (!met) process.exitCode = 1;
