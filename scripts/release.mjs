#!/usr/bin/env node
/**
 * Makes a release of release-kit whose internal references are immutable:
 *
 *   node scripts/release.mjs v1.4.0 [--from <commit>] [--repository org/release-kit]
 *
 * From the release source commit S (default HEAD, with dist/ built and committed), two commits are made
 * with git plumbing (the work tree, the index and the branches are not touched):
 *
 *   P = S's tree with every internal `org/release-kit…@<ref>` pointing at S
 *   R = S's tree with every internal reference pointing at P          (parent: P, tagged <version>)
 *
 * So a caller pinning `org/release-kit/.github/workflows/release.yml@<R>` (or the tag) gets actions
 * from P, and the root composite action at P calls its actions at S: every level is a commit SHA and
 * nothing beneath the pin can move. The script prints the tag's commit; pushing is left to the caller.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const from = option('--from', 'HEAD');
const repository = option('--repository', 'org/release-kit');
const [version] = args;
if (!version || !/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error('usage: node scripts/release.mjs <version, e.g. v1.4.0> [--from <commit>] [--repository owner/name]');
  process.exit(2);
}

const git = (gitArgs, options = {}) => execFileSync('git', gitArgs, { encoding: 'utf8', ...options }).trim();
const escaped = repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `uses: org/release-kit[/path]@ref` in a workflow or action file; the ref is what gets pinned. */
const INTERNAL = new RegExp(`(uses:\\s*['"]?${escaped}(?:/[\\w./-]+)?)@([\\w./-]+)`, 'g');
const FILE = /^(action\.ya?ml|actions\/[^/]+\/action\.ya?ml|\.github\/workflows\/[^/]+\.ya?ml|workflows\/[^/]+\.ya?ml)$/;

if (git(['tag', '--list', version])) {
  console.error(`The tag ${version} exists already; a release is never made twice.`);
  process.exit(1);
}
const source = git(['rev-parse', '--verify', `${from}^{commit}`]);

/** A commit whose tree is `base`'s with every internal reference pointing at `target`. */
function pinnedCommit(base, target, parent, message) {
  const files = git(['ls-tree', '-r', '--full-tree', base]).split('\n').map((line) => {
    const [meta, file] = line.split('\t');
    const [mode, type, object] = meta.split(' ');
    return { mode, type, object, file };
  });
  const index = `${git(['rev-parse', '--git-dir'])}/release-index-${process.pid}`;
  const env = { ...process.env, GIT_INDEX_FILE: index };
  git(['read-tree', base], { env });
  let changed = 0;
  for (const entry of files) {
    if (entry.type !== 'blob' || !FILE.test(entry.file)) continue;
    const text = execFileSync('git', ['cat-file', 'blob', entry.object], { encoding: 'utf8' });
    const pinned = text.replace(INTERNAL, (_, prefix) => `${prefix}@${target}`);
    if (pinned === text) continue;
    const object = execFileSync('git', ['hash-object', '-w', '--stdin'], { input: pinned, encoding: 'utf8' }).trim();
    git(['update-index', '--cacheinfo', `${entry.mode},${object},${entry.file}`], { env });
    changed++;
  }
  const tree = git(['write-tree'], { env });
  rmSync(index, { force: true });
  return { commit: git(['commit-tree', tree, '-p', parent, '-m', message]), changed };
}

const first = pinnedCommit(source, source, source, `Release ${version}: internal references pinned to ${source}`);
const second = pinnedCommit(source, first.commit, first.commit, `Release ${version}: internal references pinned to ${first.commit}`);
if (first.changed === 0) {
  console.error(`No internal reference to ${repository} was found in ${from}; nothing to release.`);
  process.exit(1);
}
git(['tag', '-a', version, second.commit, '-m', `release-kit ${version}: every internal reference is ${first.commit}`]);
console.log(`Tagged ${version} at ${second.commit}: ${second.changed} files reference ${repository} at ${first.commit} (whose root action calls ${source}).`);
console.log(`Push it with: git push origin ${version}`);
