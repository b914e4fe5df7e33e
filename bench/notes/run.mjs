#!/usr/bin/env node
// Release-notes benchmark: the built CLI (`release-kit notes`) side by side with git-cliff and
// conventional-changelog on one generated history (bench/notes/fixture.mjs), warm cache. Ratios matter,
// not absolute times. Also checks what each tool prints against the fixture's ground truth.
//
// Usage: node bench/notes/run.mjs [--quick] [--write] [--real REPO]
//   default   10,000 commits / 1,000 tags (memory also at 2,500 / 250 and 40,000 / 4,000), writes docs/benchmarks.md
//   --quick   1,000 commits / 100 tags (memory also at 250 / 25 and 4,000 / 400), writes nothing unless --write
//   --real    also a real history: REPO is a git repository (bare or not, e.g. a clone of vitejs/vite)
//             with Conventional Commits and v{version} tags; it is cloned into bench/.data first
// The anchors are installed into bench/.tools (outside the project's package.json) on first run.
// Exit code 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureFixture } from './fixture.mjs';
import { writeBenchSection } from '../docs-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docs = path.join(root, 'docs/benchmarks.md');
const TOOLS = path.join(root, 'bench/.tools');
const ANCHORS = ['git-cliff@2', 'conventional-changelog-cli@5', 'conventional-changelog-conventionalcommits@8'];
const modules = path.join(TOOLS, 'node_modules');
const CLIFF = path.join(modules, 'git-cliff-linux-x64/bin/git-cliff'); // the native binary
const CLIFF_NPM = path.join(modules, '.bin/git-cliff'); // the npm launcher (node, then the binary)
const CC = path.join(modules, '.bin/conventional-changelog');

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' }, write: { type: 'boolean' }, real: { type: 'string' } } });
const plan = flags.quick
  ? { name: 'quick', commits: 1000, tags: 100, small: { commits: 250, tags: 25 }, large: { commits: 4000, tags: 400 }, wholeRuns: 3, latestRuns: 5 }
  : { name: 'full', commits: 10000, tags: 1000, small: { commits: 2500, tags: 250 }, large: { commits: 40000, tags: 4000 }, wholeRuns: 3, latestRuns: 5 };
const dataDir = path.join(root, 'bench/.data');
const outDir = path.join(dataDir, `notes-out-${plan.name}`); // every tool's output from the untimed run, to read
const tmp = mkdtempSync(path.join(tmpdir(), 'bench-notes-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
// Node 24 (the project's) first on PATH: the npm launchers run `#!/usr/bin/env node`.
const env = { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}`, NO_COLOR: '1' };

// ---- tools ------------------------------------------------------------------------------------------

function sh(command, cwd = root) {
  const result = spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout.trim();
}

function ensureAnchors() {
  for (const dir of ['bench/.tools', 'bench/.data']) {
    if (spawnSync('git', ['-C', root, 'check-ignore', '-q', `${dir}/x`]).status !== 0) console.error(`warning: ${dir} is not git-ignored`);
  }
  if (![CLIFF, CLIFF_NPM, CC].every(existsSync)) {
    console.error(`installing the anchors into ${path.relative(root, TOOLS)}`);
    sh(`npm install --prefix bench/.tools --no-save --no-audit --no-fund ${ANCHORS.join(' ')}`);
  }
  const version = (name) => JSON.parse(readFileSync(path.join(modules, name, 'package.json'), 'utf8')).version;
  return {
    cliff: sh(`${CLIFF} --version`).replace('git-cliff ', ''),
    cc: version('conventional-changelog-cli'),
    preset: version('conventional-changelog-conventionalcommits'),
  };
}

/** The fixture with what the anchors need beside it: git-cliff's default cliff.toml, a package.json at the newest version. */
function fixture({ commits, tags }, name) {
  const made = ensureFixture({ commits, tags, dir: path.join(dataDir, name) });
  if (!existsSync(path.join(made.dir, 'cliff.toml'))) sh(`${CLIFF} --init`, made.dir);
  const latest = made.truth.tags.at(-1);
  const pkg = { name: 'fixture', version: latest.version, private: true, repository: { type: 'git', url: 'https://github.com/example/fixture.git' } };
  writeFileSync(path.join(made.dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return made;
}

/** A real repository, cloned (with every tag) beside the fixtures, with what the anchors need beside it. */
function realHistory(source) {
  const name = path.basename(source.replace(/\/(?:repo|\.git)\/?$/, '')).replace(/[^\w.+-]/g, '-');
  const dir = path.join(dataDir, `real-${name}`);
  if (!existsSync(dir)) {
    sh(`git clone -q --no-checkout ${JSON.stringify(source)} ${JSON.stringify(dir)}`);
    sh(`git fetch -q origin '+refs/tags/*:refs/tags/*'`, dir);
  }
  if (!existsSync(path.join(dir, 'cliff.toml'))) sh(`${CLIFF} --init`, dir);
  const latest = sh(`git describe --tags --abbrev=0 --match 'v[0-9]*' HEAD`, dir);
  const pkg = { name, version: latest.slice(1), private: true, repository: { type: 'git', url: 'https://github.com/example/real.git' } };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return {
    dir,
    name,
    head: sh(`git log -1 --format='%h %cs' HEAD`, dir),
    commits: Number(sh('git rev-list --count HEAD', dir)),
    merges: Number(sh('git rev-list --count --merges HEAD', dir)),
    tags: Number(sh('git for-each-ref refs/tags --format=x | wc -l', dir)),
    releaseTags: Number(sh(`git for-each-ref 'refs/tags/v[0-9]*' --format=x | wc -l`, dir)),
    latest,
  };
}

/** The same comparisons on the real history, and what each tool lists of it. */
function realReport(real, whole, latest) {
  const rows = targetRows(whole, latest, {}).filter((row) => !row[0].startsWith('Memory'));
  const listed = (c) => analyse(readFileSync(c.out, 'utf8'));
  const summary = Object.entries({ 'git-cliff': whole.cliff, 'conventional-changelog -r 0': whole.cc, ...(whole.ours ? { 'ours (notes --all)': whole.ours } : {}) }).map(([label, c]) => {
    const sections = listed(c);
    const skipped = /(\d+) commit\(s\) were skipped/.exec(c.stderr)?.[1];
    return `${label}: ${n(sections.length)} sections, ${n(sections.flatMap((s) => s.entries).length)} entries${skipped ? ` (stderr: ${skipped} commits skipped as unconventional)` : ''}`;
  });
  return [
    `### On a real history: ${real.name}`,
    ``,
    `\`bench/.data/real-${real.name}\`, cloned from \`${flags.real}\` (HEAD ${real.head}): ${n(real.commits)} commits (${n(real.merges)} merges), ${n(real.tags)} tags, ${n(real.releaseTags)} of them \`v…\` (ours and conventional-changelog read those; ` +
      `git-cliff's default configuration takes every tag, other packages' included). Newest \`v…\` tag reachable from HEAD: ${real.latest}. Same method as above.`,
    ``,
    table(['Comparison', 'Anchor', 'Ours', 'Ratio', 'Target', 'Result'], rows),
    ``,
    `What each whole-history output lists: ${summary.join('; ')}.`,
    ``,
    table(['Range', 'Command', 'Median', 'Runs (s)', 'Peak RSS'], [...Object.values(whole).map((c) => ['whole history', `\`${c.label}\``, seconds(c.ms), c.times.map((x) => (x / 1000).toFixed(2)).join(', '), mib(c.peak)]), ...Object.values(latest).map((c) => ['latest range', `\`${c.label}\``, seconds(c.ms), c.times.map((x) => (x / 1000).toFixed(2)).join(', '), mib(c.peak)])]),
  ].join('\n');
}

/** A snapshot of dist/cli (a rebuild during the run changes nothing under test), if it has the `notes` command. */
function ours() {
  const source = path.join(root, 'dist/cli');
  if (!existsSync(path.join(source, 'index.js'))) return { missing: 'dist/cli/index.js does not exist' };
  cpSync(source, path.join(tmp, 'cli'), { recursive: true, preserveTimestamps: true });
  const cli = path.join(tmp, 'cli/index.js');
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  if (!/^\s*release-kit notes\b/m.test(`${help.stdout}${help.stderr}`)) return { missing: '`notes` is not in `dist/cli/index.js --help` yet' };
  const commit = spawnSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  return { cli, built: `dist/ built ${statSync(path.join(source, 'index.js')).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}` };
}

// ---- running and measuring ----------------------------------------------------------------------------

/** One run, wall clock around the whole process; stdout to `out` (default /dev/null); peak RSS from GNU time. */
function run(argv, cwd, out = '/dev/null') {
  const rssFile = path.join(tmp, 'rss');
  const fd = openSync(out, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...argv], { cwd, env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(fd);
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}:\n${result.stderr.slice(-3000)}`);
  return { ms, rssKiB: Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()), stderr: result.stderr };
}

/**
 * The JS heap of one run of `argv`, from V8's own GC log (\`--trace-gc\`, printed to stdout): the most in use
 * after a full (mark-compact) GC, which is what the program still holds; without a full GC, the most
 * after a young-generation GC (an upper bound: old garbage not yet collected is counted too).
 */
function heapAfterGc(argv, cwd) {
  const result = spawnSync(argv[0], ['--trace-gc', ...argv.slice(1)], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} --trace-gc exited with ${result.status}: ${result.stderr}`);
  const after = { 'Mark-Compact': [], Scavenge: [] };
  for (const [, kind, mb] of result.stdout.matchAll(/(Mark-Compact|Scavenge) [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) after[kind].push(Number(mb));
  const full = after['Mark-Compact'];
  return full.length
    ? { mib: Math.max(...full), how: `after ${full.length} full GC${full.length > 1 ? 's' : ''}` }
    : { mib: Math.max(0, ...after.Scavenge), how: `no full GC was needed; after ${after.Scavenge.length} young-generation GCs` };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Each case once untimed (its output kept in outDir), then `runs` timed rounds, interleaved so drift hits all alike. */
function measure(cases, cwd, runs, tag) {
  mkdirSync(outDir, { recursive: true });
  for (const c of cases) {
    c.out = path.join(outDir, `${tag}-${c.id}.md`);
    process.stderr.write(`warm-up: ${c.id}\n`);
    c.stderr = run(c.argv, cwd, c.out).stderr;
    writeFileSync(`${c.out}.stderr`, c.stderr);
    Object.assign(c, { times: [], rss: [] });
  }
  for (let round = 1; round <= runs; round++) {
    process.stderr.write(`${tag} round ${round}/${runs}:`);
    for (const c of cases) {
      const { ms, rssKiB } = run(c.argv, cwd);
      c.times.push(ms);
      c.rss.push(rssKiB);
      process.stderr.write(` ${c.id} ${(ms / 1000).toFixed(2)}s`);
    }
    process.stderr.write('\n');
  }
  for (const c of cases) Object.assign(c, { ms: median(c.times), peak: Math.max(...c.rss) });
  return Object.fromEntries(cases.map((c) => [c.id, c]));
}

function wholeCases(cli) {
  return [
    { id: 'floor', label: 'git log --format=%H%x1f%B%x1e', argv: ['git', 'log', '--format=%H%x1f%B%x1e'] },
    { id: 'cliff', label: 'git-cliff (native binary)', argv: [CLIFF] },
    { id: 'cc', label: 'conventional-changelog -p conventionalcommits -r 0', argv: [CC, '-p', 'conventionalcommits', '-r', '0'] },
    ...(cli ? [{ id: 'ours', label: 'ours: release-kit notes --all', argv: [process.execPath, cli, 'notes', '--all'] }] : []),
  ];
}

function latestCases(cli) {
  return [
    { id: 'node', label: "node -e '' (Node start-up alone, for reference)", argv: [process.execPath, '-e', ''] },
    { id: 'cliff', label: 'git-cliff --latest (native binary)', argv: [CLIFF, '--latest'] },
    { id: 'cliffNpm', label: 'git-cliff --latest (npm launcher, node_modules/.bin/git-cliff)', argv: [CLIFF_NPM, '--latest'] },
    { id: 'cliffNpx', label: 'npm exec --prefix bench/.tools --no -- git-cliff --latest', argv: ['npm', 'exec', '--prefix', TOOLS, '--no', '--', 'git-cliff', '--latest'] },
    { id: 'cc1', label: 'conventional-changelog -p conventionalcommits -r 1', argv: [CC, '-p', 'conventionalcommits', '-r', '1'] },
    { id: 'cc2', label: 'conventional-changelog -p conventionalcommits -r 2', argv: [CC, '-p', 'conventionalcommits', '-r', '2'] },
    ...(cli ? [{ id: 'ours', label: 'ours: release-kit notes', argv: [process.execPath, cli, 'notes'] }] : []),
  ];
}

// ---- what the tools print ---------------------------------------------------------------------------------

/** Version sections of a Markdown changelog: `#`/`##` headings, `###` groups, `-`/`*` entries (⚠ BREAKING groups left out: they repeat entries). */
function analyse(text) {
  const sections = [];
  let section;
  let group = '';
  for (const line of text.split('\n')) {
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    if (heading) {
      const version = /\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?/.exec(heading[2])?.[0];
      if (!version && heading[1] === '#') continue; // the title
      section = { heading: heading[2], version: version ?? heading[2], entries: [] };
      sections.push(section);
      group = '';
      continue;
    }
    const sub = /^#{3,}\s+(.*)$/.exec(line);
    if (sub) group = sub[1].replace(/<!--.*?-->/g, '').replace(/^[^\p{L}]+/u, '').trim();
    else if (section && /^\s*[-*]\s/.test(line) && !/breaking/i.test(group)) section.entries.push({ group, text: line.toLowerCase() });
  }
  return sections;
}

/** Counts that can be compared with the ground truth, for any of the tools' outputs. */
function contentStats(text, truth) {
  const sections = analyse(text);
  const versions = sections.map((s) => s.version);
  const entries = sections.flatMap((s) => s.entries);
  const byVersion = new Map(sections.map((s) => [s.version, s]));
  // The first commit id of each entry: `[abc1234]`, `(abc1234)`, `` `abc1234` `` or a bare one.
  const shas = entries.map((e) => /(?:^|[\s([`/])([0-9a-f]{7,40})(?=[\s)\]`]|$)/.exec(e.text)?.[1]).filter(Boolean);
  // Reverted commits: does the section of their release still list them? By commit id where the output
  // has ids, else by scope and subject (git-cliff's default template prints no ids).
  let revertedListed = 0;
  for (const { sha, header, index } of truth.reverts.map((r) => r.reverted)) {
    const [, scope, subject] = /^(?:\w+(?:\(([^)]*)\))?!?:\s*)?(.*?)(?:\s*\(#\d+\))?$/.exec(header.toLowerCase());
    const tag = truth.tags.find((t) => t.from <= index && index <= t.index);
    const listed = (e) => (shas.length ? e.text.includes(sha.slice(0, 7)) : e.text.includes(subject) && (!scope || e.text.includes(scope)) && !e.text.includes('revert'));
    if (byVersion.get(tag.version)?.entries.some(listed)) revertedListed++;
  }
  return {
    sections: sections.length,
    empty: sections.filter((s) => s.entries.length === 0).length,
    betas: versions.filter((v) => /-beta\./.test(v)).length,
    duplicateHeadings: versions.length - new Set(versions).size,
    missingTags: truth.tags.filter((t) => !byVersion.has(t.version)).length,
    entries: entries.length,
    features: entries.filter((e) => /feat/i.test(e.group)).length,
    fixes: entries.filter((e) => /fix/i.test(e.group)).length,
    duplicateEntries: shas.length - new Set(shas).size,
    reverts: entries.filter((e) => /revert/i.test(e.group) || e.text.includes('revert "')).length,
    revertedListed,
    firstSection: sections[0]?.heading ?? '(nothing)',
  };
}

function cliffLatestRange(dir, truth) {
  const [latest] = JSON.parse(spawnSync(CLIFF, ['--latest', '--context'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 }).stdout);
  const previous = latest.previous?.version ?? '(none)';
  const previousTag = truth.tags.find((t) => t.tag === previous);
  return { version: latest.version, previous, previousIsBeta: Boolean(previousTag?.prerelease), commits: latest.commits.length };
}

// ---- the report -----------------------------------------------------------------------------------------

const seconds = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const n = (x) => x.toLocaleString('en-US');
const table = (head, body) => [head, head.map(() => '---'), ...body].map((r) => `| ${r.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`).join('\n');

function targetRows(whole, latest, { small, large, heaps, busy } = {}) {
  const rows = [];
  // faster: ratio = anchor / ours, at least `target`; floor: ours / floor, at most `target`.
  const faster = (what, anchor, target) => {
    const o = what.startsWith('Latest') ? latest.ours : whole.ours;
    if (!o) return rows.push([what, `${anchor.label}: ${seconds(anchor.ms)}`, 'not built', '—', `≥ ${target}×`, 'not built']);
    const ratio = anchor.ms / o.ms;
    rows.push([what, `${anchor.label}: ${seconds(anchor.ms)}`, seconds(o.ms), `${ratio.toFixed(2)}× faster`, `≥ ${target}×`, ratio >= target ? 'pass' : '**FAIL**']);
  };
  faster('Whole history: ours vs git-cliff', whole.cliff, 10);
  faster('Whole history: ours vs conventional-changelog', whole.cc, 3);
  if (whole.ours) {
    const ratio = whole.ours.ms / whole.floor.ms;
    rows.push(['Whole history: ours vs bare git log (the floor)', `git log: ${seconds(whole.floor.ms)}`, seconds(whole.ours.ms), `${ratio.toFixed(2)}× the floor`, '≤ 3×', ratio <= 3 ? 'pass' : '**FAIL**']);
    if (busy?.ours) {
      const loaded = busy.ours.ms / busy.floor.ms;
      rows.push(['Whole history, one core busy: ours vs bare git log', `git log: ${seconds(busy.floor.ms)}`, seconds(busy.ours.ms), `${loaded.toFixed(2)}× the floor`, '≤ 3×', loaded <= 3 ? 'pass' : '**FAIL**']);
    }
  } else rows.push(['Whole history: ours vs bare git log (the floor)', `git log: ${seconds(whole.floor.ms)}`, 'not built', '—', '≤ 3×', 'not built']);
  faster('Latest range: ours vs git-cliff from npm', latest.cliffNpm, 1);
  if (!small) return rows;
  const what = `Memory flat in history size: ours' JS heap in use after GC, ${n(small.truth.commitCount)} → ${n(large.truth.commitCount)} commits`;
  if (heaps) {
    const ratio = heaps.large.mib / heaps.small.mib;
    rows.push([what, `${n(small.truth.commitCount)} commits: ${heaps.small.mib.toFixed(1)} MiB`, `${n(large.truth.commitCount)} commits: ${heaps.large.mib.toFixed(1)} MiB`, `${ratio.toFixed(2)}×`, '≤ 1.5× (16× the history)', ratio <= 1.5 ? 'pass' : '**FAIL**']);
  } else rows.push([what, '—', 'not built', '—', '≤ 1.5×', 'not built']);
  return rows;
}

function machine(versions) {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
  return `${availableParallelism()} cores, ${cpu}, Linux ${release()}; Node ${process.version}; ${sh('git --version')}; git-cliff ${versions.cliff}, ` +
    `conventional-changelog-cli ${versions.cc} with conventional-changelog-conventionalcommits ${versions.preset}; load average ${loadAtStart} when the run began`;
}

/** Peak RSS and (ours) the heap still in use, at the three history sizes. */
function memoryRows({ small, main, large, whole, scale, big, heaps }) {
  const sizes = [small, main, large].map((f) => f.truth.commitCount);
  const rows = ['floor', 'ours'].filter((id) => whole[id]).map((id) => [`\`${whole[id].label}\`: peak RSS`, mib(scale[id].peak), mib(whole[id].peak), mib(big[id].peak), `${(big[id].peak / scale[id].peak).toFixed(2)}×`]);
  if (heaps) rows.push(['ours: JS heap in use after GC (V8 `--trace-gc`)', ...['small', 'main', 'large'].map((k) => `${heaps[k].mib.toFixed(1)} MiB (${heaps[k].how})`), `${(heaps.large.mib / heaps.small.mib).toFixed(2)}×`]);
  return { head: ['Measure', ...sizes.map((c) => `${n(c)} commits`), `${n(sizes[2])} / ${n(sizes[0])}`], rows };
}

function report({ versions, main, small, large, product, whole, latest, scale, big, busy, heaps, content, findings, cache }) {
  const t = main.truth;
  const everyCommand = [
    ...Object.values(whole).map((c) => ['whole history', `\`${c.label}\``, seconds(c.ms), c.times.map((x) => (x / 1000).toFixed(2)).join(', '), mib(c.peak)]),
    ...Object.values(busy).map((c) => ['whole history, one core busy', `\`${c.label}\``, seconds(c.ms), c.times.map((x) => (x / 1000).toFixed(2)).join(', '), mib(c.peak)]),
    ...Object.values(latest).map((c) => ['latest range', `\`${c.label}\``, seconds(c.ms), c.times.map((x) => (x / 1000).toFixed(2)).join(', '), mib(c.peak)]),
  ];
  const scaleRows = Object.entries(scale).map(([id, s]) => {
    const big = whole[id];
    return [`\`${big.label}\``, `${seconds(s.ms)}, ${mib(s.peak)}`, `${seconds(big.ms)}, ${mib(big.peak)}`, `${(big.ms / s.ms).toFixed(1)}×`, `${(big.peak / s.peak).toFixed(2)}×`];
  });
  if (!scale.ours) scaleRows.push(['ours: release-kit notes --all', 'not built', 'not built', '—', '—']);
  const nothing = t.tags.filter((r) => Object.values(r.types).every((count) => count === 0)).length; // e.g. only a reverted pair
  const truthRow = ['ground truth', n(t.tagCount), `${nothing} with nothing to list`, n(t.prereleaseCount), '0', '0', `${n(t.wholeCounted)} (${n(t.wholeCounted - t.whole.other)} conventional)`, n(t.whole.feat), n(t.whole.fix), '0', `0 of ${t.revertedPairs}`, `0 of ${t.revertedPairs}`];
  const contentRows = Object.entries(content).map(([label, s]) => [label, n(s.sections), n(s.empty), n(s.betas), n(s.duplicateHeadings), n(s.missingTags), n(s.entries), n(s.features), n(s.fixes), n(s.duplicateEntries), n(s.revertedListed), n(s.reverts)]);
  return [
    `## Release notes`,
    ``,
    `Run by \`node bench/notes/run.mjs${flags.quick ? ' --quick' : ''}${flags.real ? ` --real ${flags.real}` : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    ``,
    `- Machine: ${machine(versions)}.`,
    `- Product: ${product.cli ? `\`node dist/cli/index.js notes\`; ${product.built}` : `**not built**: ${product.missing}`}.`,
    `- Fixture: \`bench/.data/${path.basename(main.dir)}\` from \`bench/notes/fixture.mjs\` (seed ${t.options.seed}, ${main.built ? `generated in ${seconds(main.ms)}` : `reused, generated in ${seconds(t.buildMs)}`}): ${n(t.commitCount)} linear commits ` +
      `${t.firstDate.slice(0, 10)} – ${t.lastDate.slice(0, 10)}, ${n(t.tagCount)} lightweight tags \`v…\` (${t.prereleaseCount} \`-beta.N\`), HEAD = the newest tag ${t.latest.tag} ` +
      `(after ${t.latest.sincePreviousTag.from}; previous stable ${t.latest.sincePreviousStable.from}); ${t.whole.other} non-conventional messages, ${t.revertedPairs} reverted pairs, ${t.breaking} breaking changes. ` +
      `Memory is also measured on a ${n(small.truth.commitCount)}-commit / ${n(small.truth.tagCount)}-tag and a ${n(large.truth.commitCount)}-commit / ${n(large.truth.tagCount)}-tag history from the same generator.`,
    `- Anchors' setup: git-cliff with its default configuration, written by \`git-cliff --init\` into the fixture (the same output as no configuration); ` +
      `conventional-changelog reads a package.json written into the fixture (version ${t.latest.tag.slice(1)}, a GitHub repository URL), as in a project that tags what package.json says.`,
    `- Cache: warm; every command ran once untimed first (${cache} of the fixture's pack files resident in the page cache per \`fincore\`).`,
    `- Times: wall clock of the whole process, start-up included, stdout to /dev/null; median of ${plan.wholeRuns} runs (whole history) and ${plan.latestRuns} (latest range), interleaved. Memory: largest peak RSS (GNU time \`%M\`).`,
    `- One core busy: the whole-history floor comparison is run again while the benchmark keeps one core spinning (\`node -e 'for (;;);'\`), a fixed and reproducible stand-in for a busy shared runner.`,
    ``,
    table(['Comparison', 'Anchor', 'Ours', 'Ratio', 'Target', 'Result'], targetRows(whole, latest, { small, large, heaps, busy })),
    ``,
    `Scaling, whole history (time, peak RSS):`,
    ``,
    table(['Command', `${n(small.truth.commitCount)} commits / ${n(small.truth.tagCount)} tags`, `${n(t.commitCount)} commits / ${n(t.tagCount)} tags`, 'Time ratio', 'RSS ratio'], scaleRows),
    ``,
    `Memory in history size (the ${n(large.truth.commitCount)}-commit / ${n(large.truth.tagCount)}-tag history is run with git log and ours only; ` +
      `whole history ${big.ours ? `${seconds(big.floor.ms)} for git log, ${seconds(big.ours.ms)} for ours, ${(big.ours.ms / big.floor.ms).toFixed(2)}× the floor` : `${seconds(big.floor.ms)} for git log`}). ` +
      `\`notes --all\` renders and writes each release as soon as no commit still to come can belong to it, so what it holds is the releases being read; ` +
      `its peak RSS still grows with the run's length because V8 sizes its young generation and defers full GCs by how much a program allocates, not by what it keeps:`,
    ``,
    ((m) => table(m.head, m.rows))(memoryRows({ small, main, large, whole, scale, big, heaps })),
    ``,
    `What the whole-history outputs contain (entries: list items outside ⚠ BREAKING groups; duplicate: the same commit id twice; the ground truth leaves out reverted commits and their reverts):`,
    ``,
    table(['Output', 'Version sections', 'Empty', 'Beta sections', 'Repeated headings', 'Tags with no section', 'Entries', 'Features', 'Bug fixes', 'Duplicate entries', 'Reverted commits listed', 'Revert entries'], [truthRow, ...contentRows]),
    ``,
    `What the anchors get wrong on this history:`,
    ``,
    ...findings.map((f) => `- ${f}`),
    ``,
    oursContent(main.truth, whole, latest),
    ``,
    `<details><summary>Every command</summary>`,
    ``,
    table(['Range', 'Command', 'Median', 'Runs (s)', 'Peak RSS'], everyCommand),
    ``,
    `</details>`,
  ].join('\n');
}

function findingsOf({ main, whole, latest, content }) {
  const t = main.truth;
  const out = [];
  const range = cliffLatestRange(main.dir, t);
  const stable = t.latest.sincePreviousStable;
  out.push(`git-cliff \`--latest\` ${range.previousIsBeta ? 'starts at a beta tag' : 'starts at'}: ${range.previous}..${range.version} (${t.latest.sincePreviousTag.commits} commits, ${range.commits} kept); ` +
    `the release since the previous stable ${stable.from} has ${stable.commits} commits, so ${range.previousIsBeta ? 'the stable notes leave out everything already in the betas' : 'nothing is lost'}.`);
  const skipped = Number(/(\d+) commit\(s\) were skipped/.exec(whole.cliff.stderr)?.[1] ?? 0);
  const deps = (readFileSync(whole.floor.out, 'utf8').match(/\x1fchore\(deps\)!?:/g) ?? []).length;
  const c = content['git-cliff'];
  out.push(`git-cliff's default config drops ${skipped} commits as unconventional (stderr: "${skipped} commit(s) were skipped due to parse error(s)"): all ${t.whole.other} non-conventional ones of the ground truth ` +
    `and all ${t.revertedPairs} \`Revert "…"\` commits, while ${c.revertedListed} of the ${t.revertedPairs} reverted commits stay listed; it also skips the ${deps} \`chore(deps)\` commits` +
    (c.missingTags ? `, and ${c.missingTags} tag(s) whose commits were all dropped get no section at all (${c.sections} sections for ${t.tagCount} tags).` : '.'));
  const cc = content['conventional-changelog -r 0'];
  const noVisible = t.tags.filter((r) => r.types.feat + r.types.fix + r.types.perf === 0).length;
  const hiddenReverted = t.reverts.filter((r) => !/^(feat|fix|perf)\b/.test(r.reverted.header)).length;
  out.push(`conventional-changelog \`-r 0\` prints ${cc.empty} empty version headings (of ${cc.sections}; ${noVisible} releases of the ground truth have no feat/fix/perf commit, the only types the preset shows besides reverts) ` +
    `and gives each of the ${cc.betas} betas its own section, so a stable release after betas lists only what came after the last beta (${t.latest.tag}: ${analyse(readFileSync(latest.cc2.out, 'utf8'))[0]?.entries.length ?? 0} entries from the ${t.latest.sincePreviousTag.commits} commits since ${t.latest.sincePreviousTag.from}; ${t.latest.sincePreviousStable.commits} commits since the previous stable ${t.latest.sincePreviousStable.from}); ` +
    `non-conventional commits are not shown, ${cc.revertedListed ? `${cc.revertedListed} reverted commits are still listed` : 'no reverted commit is listed'}, and ${cc.reverts} of the ${t.revertedPairs} \`Revert "…"\` commits stand alone as entries` +
    (cc.reverts === hiddenReverted ? ` — exactly the ${hiddenReverted} reverts of commits of hidden types (the preset hides the commit, so the pair is not matched and the revert stays).` : ` (${hiddenReverted} of them revert a commit of a hidden type).`));
  const r1 = readFileSync(latest.cc1.out, 'utf8');
  out.push(`conventional-changelog \`-r 1\` on a tagged HEAD ${r1.trim() ? `prints ${analyse(r1).length} section(s), first "${analyse(r1)[0]?.heading}"` : 'prints nothing (0 bytes): it expects to run before the tag, with package.json already at the new version'}; \`-r 2\` is what prints the latest release.`);
  return out;
}

/** The same checks on ours, for comparison (not a target). */
function oursContent(t, whole, latest) {
  if (!whole.ours) return 'Ours: not built, so not checked.';
  const s = contentStats(readFileSync(whole.ours.out, 'utf8'), t);
  const [first] = analyse(readFileSync(latest.ours.out, 'utf8'));
  const stable = t.latest.sincePreviousStable;
  const expected = Object.values(stable.types).reduce((a, b) => a + b, 0);
  return `Ours on the same checks: \`notes --all\` has ${s.sections} version sections (${s.betas} for betas, ${s.missingTags} tags without one), ${s.empty} empty, ${s.entries} entries ` +
    `(ground truth ${t.wholeCounted}), ${s.revertedListed} reverted commits and ${s.reverts} reverts listed; \`notes\` prints "${first?.heading ?? '(nothing)'}" with ${first?.entries.length ?? 0} entries ` +
    `(ground truth: ${expected} commits since ${stable.from} without reverted pairs, ${Object.values(t.latest.sincePreviousTag.types).reduce((a, b) => a + b, 0)} since ${t.latest.sincePreviousTag.from}).`;
}


// ---- the background load ---------------------------------------------------------------------------------

/** Runs `work` while a child spins on one core (`node -e 'for (;;);'`): a fixed, reproducible stand-in for a busy shared runner. */
function withOneCoreBusy(work) {
  const hog = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
  const stop = () => hog.kill('SIGKILL');
  process.on('exit', stop);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  try {
    return work();
  } finally {
    stop();
    process.off('exit', stop);
  }
}

// ---- main -------------------------------------------------------------------------------------------------

const loadAtStart = loadavg()[0].toFixed(2);
const versions = ensureAnchors();
const main = fixture(plan, `notes-history${flags.quick ? '-quick' : ''}`);
const small = fixture(plan.small, `notes-history-${plan.small.commits}`);
const large = fixture(plan.large, `notes-history-${plan.large.commits}`);
console.error(`fixture: ${[main, small, large].map((f) => `${f.dir} (${f.built ? `generated in ${seconds(f.ms)}` : 'reused'})`).join('; ')}`);
const product = ours();
if (product.missing) console.error(`ours: not built (${product.missing})`);
const latest = measure(latestCases(product.cli), main.dir, plan.latestRuns, 'latest');
const whole = measure(wholeCases(product.cli), main.dir, plan.wholeRuns, 'whole');
const scaleCases = wholeCases(product.cli);
const scale = measure(scaleCases, small.dir, plan.wholeRuns, `whole-${plan.small.commits}`);
// The largest history: git log and ours only (git-cliff's time grows faster than the history: ~15 minutes here).
const big = measure(wholeCases(product.cli).filter((c) => c.id === 'floor' || c.id === 'ours'), large.dir, plan.wholeRuns, `whole-${plan.large.commits}`);
// The floor comparison again with one core taken, as on a busy shared runner.
const busy = withOneCoreBusy(() => measure(wholeCases(product.cli).filter((c) => c.id === 'floor' || c.id === 'ours'), main.dir, plan.wholeRuns, 'whole-one-core-busy'));
const heaps = product.cli
  ? { small: heapAfterGc([process.execPath, product.cli, 'notes', '--all'], small.dir), main: heapAfterGc([process.execPath, product.cli, 'notes', '--all'], main.dir), large: heapAfterGc([process.execPath, product.cli, 'notes', '--all'], large.dir) }
  : undefined;
const [resident, total] = sh(`fincore --bytes --noheadings --output RES,SIZE ${path.join(main.dir, '.git/objects/pack')}/*`)
  .split('\n').map((line) => line.trim().split(/\s+/).map(Number)).reduce(([r, s], [res, size]) => [r + res, s + size], [0, 0]);
const cache = `${Math.min(100, (100 * resident) / total).toFixed(0)}%`; // pages round up
const content = {
  'git-cliff': contentStats(readFileSync(whole.cliff.out, 'utf8'), main.truth),
  'conventional-changelog -r 0': contentStats(readFileSync(whole.cc.out, 'utf8'), main.truth),
  ...(whole.ours ? { 'ours (notes --all)': contentStats(readFileSync(whole.ours.out, 'utf8'), main.truth) } : {}),
};
const findings = findingsOf({ main, whole, latest, content });
let section = report({ versions, main, small, large, product, whole, latest, scale, big, busy, heaps, content, findings, cache });
if (flags.real) {
  const real = realHistory(flags.real);
  const realWhole = measure(wholeCases(product.cli), real.dir, plan.wholeRuns, `real-whole`);
  const realLatest = measure(latestCases(product.cli).filter((c) => ['cliffNpm', 'ours'].includes(c.id)), real.dir, plan.latestRuns, 'real-latest');
  section = section.replace('\n<details><summary>Every command</summary>', `\n${realReport(real, realWhole, realLatest)}\n\n<details><summary>Every command</summary>`);
}
console.log(section);
if (!flags.quick || flags.write) {
  writeBenchSection('notes', section);
  console.error(`wrote ${path.relative(process.cwd(), docs)}`);
}
if (section.includes('**FAIL**')) process.exitCode = 1;
