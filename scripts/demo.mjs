// The local end-to-end release behind `bash scripts/demo.sh`: the sample product in a git repository
// with Conventional Commits, released through the built action bundles as a runner would run them,
// against the embedded GitHub emulator (checked against GitHub's OpenAPI description).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitHubEmulator } from '../test/emulator/github-emulator.ts';
import { runBuiltAction } from '../test/harness/runner.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = path.join(root, '.tmp/demo/workspace');
rmSync(path.dirname(workspace), { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });

let step = 0;
const heading = (text) => console.log(`\n\u001b[1m${++step}. ${text}\u001b[0m`);
const indent = (text) => text.trimEnd().replace(/^/gm, '   ');
function expectRun(run, ok, what) {
  for (const a of run.annotations) console.log(`   ${a.level}: ${a.message.replace(/\n/g, ' ')}${a.properties.line ? ` (${a.properties.file}:${a.properties.line})` : ''}`);
  if ((run.exitCode === 0) !== ok) {
    console.error(run.stdout, run.stderr);
    throw new Error(`${what}: expected ${ok ? 'success' : 'failure'}, got exit ${run.exitCode}`);
  }
  return run;
}
const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });

heading('The sample product (samples/hello-cli) in a repository with Conventional Commits');
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Demo');
git('config', 'user.email', 'demo@example.com');
cpSync(path.join(root, 'samples/hello-cli'), path.join(workspace, 'app'), { recursive: true });
writeFileSync(path.join(workspace, '.gitignore'), 'dist/\ndownload/\n');
git('add', '-A');
git('commit', '-q', '-m', 'feat: hello-cli prints a greeting');
git('tag', 'v1.2.2');
for (const message of ['feat(cli): --version prints the version (#12)\n\nRefs: FR-401', 'fix: greet "world" when no name is given (#13)\n\nCloses #7', 'docs: usage in the README', 'Tidy up']) {
  writeFileSync(path.join(workspace, 'app/NOTES'), `${message}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
git('tag', 'v1.2.3');
console.log(indent(git('log', '--oneline', '--decorate')));

const github = await new GitHubEmulator().start();
const env = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_API_URL: github.url };
try {
  heading('release-notes: version, notes and CHANGELOG.md from the commits');
  const notes = expectRun(await runBuiltAction('release-notes', { workspace, env, inputs: { 'changelog-file': 'CHANGELOG.md', 'spec-url-template': 'https://specs.example.com/{id}', requirements: 'true' } }), true, 'release-notes');
  console.log(`   version ${notes.outputs.version} (${notes.outputs.bump} bump since ${notes.outputs['previous-tag']})`);
  console.log(indent(notes.outputs.notes));

  heading('Build the artifacts, one a platform');
  const version = execFileSync('bash', [path.join(workspace, 'app/build.sh'), path.join(workspace, 'dist')], { encoding: 'utf8' }).trim();
  console.log(indent(execFileSync('ls', ['-1', path.join(workspace, 'dist')], { encoding: 'utf8' })));

  heading('checksum: SHA256SUMS and SHA512SUMS over the final bytes, by the names GitHub will store');
  const sums = expectRun(await runBuiltAction('checksum', { workspace, env, inputs: { files: 'dist/*', 'base-dir': 'dist', algorithms: 'sha256,sha512', 'asset-names': 'github' } }), true, 'checksum');
  console.log(`   ${sums.outputs.count} files → ${sums.outputs.files.split('\n').map((f) => path.relative(workspace, f)).join(', ')}`);
  console.log(indent(readFileSync(path.join(workspace, 'dist/SHA256SUMS'), 'utf8')));

  heading('publish: draft → upload → verify every platform → publish (emulated GitHub)');
  const inputs = {
    'github-token': 'demo-token',
    files: 'dist/*',
    'notes-file': notes.outputs['notes-file'],
    'expected-assets': ['linux-x64', 'linux-arm64', 'darwin-arm64', 'win-x64'].map((p) => `hello-cli-${version}-${p}.tar.gz`).concat('SHA256SUMS', 'SHA512SUMS').join('\n'),
  };
  const published = expectRun(await runBuiltAction('publish', { workspace, env, inputs }), true, 'publish');
  const release = github.releases[0];
  console.log(`   ${published.outputs['html-url']} — draft: ${release.draft}, latest: ${release.latest}, ${release.assets.length} assets`);
  for (const asset of release.assets) console.log(`   ${asset.name.padEnd(40)} ${String(asset.size).padStart(6)} B  ${asset.digest}`);
  const calls = github.requests.length;

  heading('publish again (a re-run): nothing to change');
  const again = expectRun(await runBuiltAction('publish', { workspace, env, inputs }), true, 're-run');
  const writes = github.requests.slice(calls).filter((r) => r.method !== 'GET');
  console.log(`   ${github.requests.length - calls} reads, ${writes.length} writes; ${again.summary.split('\n').find((l) => l.startsWith('Release '))}`);
  if (writes.length) throw new Error('a re-run wrote to the release');

  heading('A user downloads the release: coreutils and the checksum action agree, a tampered file is caught');
  const download = path.join(workspace, 'download');
  mkdirSync(download);
  const localOf = new Map(JSON.parse(published.outputs.assets).map((a) => [a.name, a]));
  for (const asset of release.assets) {
    if (!localOf.has(asset.name)) throw new Error(`${asset.name} is on the release but not in the publish output`);
    writeFileSync(path.join(download, asset.name), asset.data ?? Buffer.alloc(0));
  }
  for (const tool of ['sha256sum', 'sha512sum']) {
    const out = execFileSync(tool, ['--strict', '-c', tool === 'sha256sum' ? 'SHA256SUMS' : 'SHA512SUMS'], { cwd: download, encoding: 'utf8' });
    console.log(`   coreutils ${tool} -c: ${out.trim().split('\n').length} files OK`);
  }
  expectRun(await runBuiltAction('checksum', { workspace, inputs: { verify: 'download/SHA256SUMS', files: 'download/*.tar.gz' } }), true, 'verify');
  console.log('   every file matches');
  writeFileSync(path.join(download, `hello-cli-${version}-win-x64.tar.gz`), 'tampered');
  const tampered = expectRun(await runBuiltAction('checksum', { workspace, inputs: { verify: 'download/SHA256SUMS' } }), false, 'tampered verify');

  if (github.judge.violations.length) throw new Error(`OpenAPI violations:\n${github.judge.violations.join('\n')}`);
  const summary = path.join(workspace, '..', 'job-summary.md');
  writeFileSync(summary, [notes.summary, sums.summary, published.summary, again.summary, tampered.summary].join('\n'));
  heading(`Done: ${github.requests.length} API calls, all valid against GitHub's OpenAPI description. Job summaries: ${path.relative(root, summary)}`);
} finally {
  await github.stop();
}
