// A generated git history for the release-notes benchmark: Conventional Commit messages (and some that
// are not), semver tags with beta prereleases, a few reverts. Deterministic: the same options give the
// same commit ids. Built with one `git fast-import` stream, so 10,000 commits take a second or two.
//
//   import { ensureFixture } from './fixture.mjs';
//   const { dir, truth, built, ms } = ensureFixture({ commits: 1000, tags: 100, dir: 'bench/.data/small' });
//
// The ground truth goes to `${dir}.truth.json`: per-type commit counts for the whole history and for
// every release (reverted commits and their reverts left out), the tags in order, the latest range.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const GENERATOR = 3; // bump when the output changes, so old fixtures are rebuilt
export const TYPES = ['feat', 'fix', 'perf', 'docs', 'refactor', 'test', 'build', 'ci', 'chore'];
const TYPE_WEIGHTS = [22, 28, 4, 8, 9, 8, 4, 4, 10]; // relative weights among the conventional commits
const SCOPES = ['api', 'cli', 'checksum', 'notes', 'sign', 'upload', 'smoke', 'kit', 'config', 'deps', 'docs', 'workflow', 'release'];
const VERBS = {
  feat: ['add', 'support', 'introduce', 'allow', 'expose'],
  fix: ['handle', 'avoid a crash on', 'correct', 'stop retrying', 'escape'],
  perf: ['speed up', 'cache', 'stream', 'batch'],
  docs: ['document', 'clarify', 'add an example for', 'fix typos in'],
  refactor: ['simplify', 'split', 'rename', 'extract'],
  test: ['cover', 'add tests for', 'stabilise tests of'],
  build: ['bump the bundle target for', 'pin the toolchain for', 'shrink the bundle of'],
  ci: ['run lint on', 'cache dependencies for', 'retry flaky jobs in'],
  chore: ['tidy', 'update dependencies of', 'reformat'],
};
const OBJECTS = ['empty tag lists', 'Windows paths', 'the release body', 'glob patterns with spaces', 'draft releases',
  'the worker pool', 'signed tags', 'asset uploads', 'prerelease detection', 'the changelog writer', 'token masking',
  'cache keys', 'the smoke-test timeout', 'retry on 502 responses', 'the sums file header', 'large assets', 'annotated tags',
  'the compare link', 'UTF-8 commit messages', 'the manifest parser'];
const OTHER = ['Update README', 'wip', 'WIP', 'fixed typo', 'Fix build', 'oops', 'more tests', 'address review comments',
  'Bump version', 'cleanup', 'Merge fixes from the release branch', 'try again'];
const AUTHORS = ['Ada Lovelace <ada@example.com>', 'Grace Hopper <grace@example.com>', 'Linus Pauling <linus@example.com>',
  'Mira Sato <mira@example.com>', 'Tomás Ruiz <tomas@example.com>'];
const START = Date.UTC(2017, 0, 2, 9) / 1000; // first commit; each next one 3 hours later
const STEP = 3 * 3600;

/** mulberry32: a small, fast, seeded PRNG with values in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const gitHash = (kind, body) => createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest();

/** Tag positions (commit indices, ascending): tags - 1 random distinct ones, and the last commit. */
function tagPositions(random, commits, tags) {
  const pool = Array.from({ length: commits - 2 }, (_, i) => i + 1);
  for (let i = 0; i < tags - 1; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return [...pool.slice(0, tags - 1).sort((a, b) => a - b), commits - 1];
}

/** Which tags are betas: random cycles of 1–4 betas before a stable one; the last three are beta.1, beta.2, stable. */
function betaPlan(random, tags) {
  const plan = new Array(tags).fill(0); // 0 = stable, n = beta.n
  for (let i = 0; i < tags - 3; i++) {
    const length = 1 + Math.floor(random() * 4);
    if (random() < 0.08 && i + length < tags - 3) {
      for (let n = 1; n <= length; n++) plan[i + n - 1] = n;
      i += length; // then the stable one
    }
  }
  plan[tags - 3] = 1;
  plan[tags - 2] = 2;
  return plan;
}

/** A breaking change bumps the minor version in 0.x, until the project declares 1.0.0 (after 60 releases). */
function bump([major, minor, patch], level, releasesSoFar) {
  if (level === 'major' && (major > 0 || releasesSoFar >= 60)) return [major + 1, 0, 0];
  if (level === 'major' || level === 'minor') return [major, minor + 1, 0];
  return [major, minor, patch + 1];
}

/** One commit message: { message, type ('other' if not conventional), breaking }. */
function makeMessage(random, pr) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  if (random() < 0.03) return { message: `${pick(OTHER)}\n`, type: 'other', breaking: false };
  let roll = random() * TYPE_WEIGHTS.reduce((a, b) => a + b);
  let index = 0;
  while (roll >= TYPE_WEIGHTS[index]) roll -= TYPE_WEIGHTS[index++];
  const type = TYPES[index];
  const scope = random() < 0.7 ? `(${pick(SCOPES)})` : '';
  const bang = random() < 0.0025;
  const footerBreaking = !bang && random() < 0.0015;
  const suffix = random() < 0.6 ? ` (#${pr.next++})` : '';
  const lines = [`${type}${scope}${bang ? '!' : ''}: ${pick(VERBS[type])} ${pick(OBJECTS)}${suffix}`];
  if (random() < 0.25) lines.push('', `The previous behaviour surprised users of ${pick(OBJECTS)}; this keeps ${pick(OBJECTS)} as it was.`);
  const footers = [];
  if (footerBreaking) footers.push(`BREAKING CHANGE: ${pick(OBJECTS)} now needs an explicit option.`);
  if (random() < 0.15) footers.push(`Refs: FR-${100 + Math.floor(random() * 900)}`);
  if (footers.length) lines.push('', ...footers);
  return { message: `${lines.join('\n')}\n`, type, breaking: bang || footerBreaking };
}

const emptyCounts = () => Object.fromEntries([...TYPES, 'other'].map((type) => [type, 0]));
const LEVEL = { patch: 0, minor: 1, major: 2 };

/** The whole history as plain data: commits (message, date, author, ids) and tags. */
export function generateHistory({ commits, tags, seed = 0x5eed }) {
  if (tags < 4 || commits < tags + 2) throw new Error('need at least 4 tags and more commits than tags');
  const random = prng(seed);
  const positions = tagPositions(random, commits, tags);
  const betas = betaPlan(random, tags);
  const pr = { next: 1 };
  const out = [];
  const releases = [];
  let parent = null;
  let rangeStart = 0; // first commit index of the current release
  let sinceStable = 'patch';
  let stable = [0, 1, 0];
  let target = null; // the version a beta cycle leads to
  let tagIndex = 0;
  for (let i = 0; i < commits; i++) {
    let entry;
    const candidates = out.slice(rangeStart).filter((c) => c.type !== 'revert' && !c.reverted);
    if (i > 0 && candidates.length > 0 && random() < 0.005) {
      const victim = candidates[Math.floor(random() * candidates.length)];
      victim.reverted = true;
      const header = victim.message.split('\n')[0];
      entry = { message: `Revert "${header}"\n\nThis reverts commit ${victim.sha}.\n`, type: 'revert', breaking: false, reverts: victim.sha };
    } else {
      entry = i === 0 ? { message: 'Initial commit\n', type: 'other', breaking: false } : makeMessage(random, pr);
    }
    const time = START + i * STEP;
    const author = AUTHORS[Math.floor(random() * AUTHORS.length)];
    const content = `commit ${i}\n`;
    const blob = gitHash('blob', Buffer.from(content));
    const tree = gitHash('tree', Buffer.concat([Buffer.from('100644 counter.txt\0'), blob]));
    const who = `${author} ${time} +0000`;
    const body = `tree ${tree.toString('hex')}\n${parent ? `parent ${parent}\n` : ''}author ${who}\ncommitter ${who}\n\n${entry.message}`;
    const sha = gitHash('commit', Buffer.from(body)).toString('hex');
    out.push({ ...entry, index: i, sha, time, author, content });
    parent = sha;
    const level = entry.breaking ? 'major' : entry.type === 'feat' ? 'minor' : 'patch';
    if (LEVEL[level] > LEVEL[sinceStable]) sinceStable = level;

    if (i !== positions[tagIndex]) continue;
    const beta = betas[tagIndex];
    let version;
    if (beta) {
      if (beta === 1) target = bump(stable, sinceStable, tagIndex);
      version = `${target.join('.')}-beta.${beta}`;
    } else {
      stable = target ?? bump(stable, sinceStable, tagIndex);
      target = null;
      sinceStable = 'patch';
      version = stable.join('.');
    }
    releases.push({ tag: `v${version}`, version, prerelease: beta > 0, index: i, sha, date: new Date(time * 1000).toISOString().slice(0, 10), from: rangeStart });
    rangeStart = i + 1;
    tagIndex++;
  }
  return { commits: out, releases };
}

/** Per-type counts of commits[from..to] (indices, inclusive), reverted commits and reverts left out. */
function countTypes(commits, from, to) {
  const counts = emptyCounts();
  for (let i = from; i <= to; i++) {
    const c = commits[i];
    if (c.type !== 'revert' && !c.reverted) counts[c.type]++;
  }
  return counts;
}

function truthOf({ commits, releases }, options, head) {
  const whole = countTypes(commits, 0, commits.length - 1);
  const latest = releases.at(-1);
  const previous = releases.at(-2);
  const previousStable = releases.slice(0, -1).findLast((r) => !r.prerelease);
  const countsSince = (release) => ({ from: release.tag, commits: latest.index - release.index, types: countTypes(commits, release.index + 1, latest.index) });
  return {
    generator: GENERATOR,
    options,
    head,
    commitCount: commits.length,
    tagCount: releases.length,
    prereleaseCount: releases.filter((r) => r.prerelease).length,
    revertedPairs: commits.filter((c) => c.type === 'revert').length,
    reverts: commits.filter((c) => c.type === 'revert').map((c) => {
      const reverted = commits.find((r) => r.sha === c.reverts);
      return { sha: c.sha, index: c.index, reverted: { sha: reverted.sha, index: reverted.index, header: reverted.message.split('\n')[0] } };
    }),
    breaking: commits.filter((c) => c.breaking && !c.reverted).length,
    whole,
    wholeCounted: Object.values(whole).reduce((a, b) => a + b, 0),
    latest: { tag: latest.tag, sincePreviousTag: countsSince(previous), sincePreviousStable: countsSince(previousStable) },
    firstDate: new Date(commits[0].time * 1000).toISOString(),
    lastDate: new Date(commits.at(-1).time * 1000).toISOString(),
    tags: releases.map((r) => ({ ...r, types: countTypes(commits, r.from, r.index) })),
  };
}

/** The fast-import stream: one commit per entry on refs/heads/main, then a lightweight tag per release. */
export function fastImportStream({ commits, releases }) {
  const parts = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (const c of commits) {
    const who = `${c.author} ${c.time} +0000`;
    parts.push(`commit refs/heads/main\nmark :${c.index + 1}\nauthor ${who}\ncommitter ${who}\n${data(c.message)}`,
      c.index ? `from :${c.index}\n` : '', `M 100644 inline counter.txt\n${data(c.content)}\n`);
  }
  for (const r of releases) parts.push(`reset refs/tags/${r.tag}\nfrom :${r.index + 1}\n\n`);
  return parts.join('');
}

// A big heap pad: fast-import grows and trims its heap a dozen times a commit, and on this VM every brk
// costs page faults (4.5 s instead of 0.7 s for 10,000 commits).
const gitEnv = { ...process.env, MALLOC_TOP_PAD_: String(64 << 20) };

function git(dir, args, input) {
  const result = spawnSync('git', ['-C', dir, ...args], { input, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * The repository at `dir`, built if missing or made by other options (then rebuilt from scratch).
 * Returns { dir, truthFile, truth, built, ms }.
 */
export function ensureFixture({ commits = 10000, tags = 1000, dir, seed = 0x5eed }) {
  const options = { commits, tags, seed };
  const truthFile = `${dir}.truth.json`;
  if (existsSync(truthFile) && existsSync(path.join(dir, '.git'))) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
    const same = truth.generator === GENERATOR && JSON.stringify(truth.options) === JSON.stringify(options);
    if (same && spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim() === truth.head) {
      return { dir, truthFile, truth, built: false, ms: 0 };
    }
  }
  const start = process.hrtime.bigint();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const history = generateHistory(options);
  git(dir, ['init', '-q', '-b', 'main', '--object-format=sha1']);
  git(dir, ['fast-import', '--quiet'], fastImportStream(history));
  git(dir, ['reset', '-q', '--hard']);
  const head = git(dir, ['rev-parse', 'HEAD']);
  if (head !== history.commits.at(-1).sha) throw new Error(`fixture HEAD is ${head}, expected ${history.commits.at(-1).sha}: the computed ids (used in reverts) are off`);
  const truth = truthOf(history, options, head);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  truth.buildMs = Math.round(ms);
  writeFileSync(truthFile, `${JSON.stringify(truth, null, 1)}\n`);
  return { dir, truthFile, truth, built: true, ms };
}
