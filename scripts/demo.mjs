// The local end-to-end release behind `bash scripts/demo.sh`. The sample product (samples/hello-app: a C
// program built for Linux with gcc and for Windows with mingw, and a FastAPI backend) is put in a git
// repository with Conventional Commits and spec IDs, then released through the built action bundles, run
// as the runner runs them, in the order of .github/workflows/release.yml:
//   plan → per target: matrix-build → codesign → checksum → smoke-test
//   → release job: check each leg's sums → checksum → sign the sums → release-notes → publish
// against the embedded GitHub emulator (every request judged against GitHub's OpenAPI description),
// with throwaway keys: a test CA and code-signing certificate (Authenticode via osslsigncode, timestamped
// by a local RFC 3161 server) and a GPG key.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitHubEmulator } from '../test/emulator/github-emulator.ts';
import { makePki, osslVerify, startTimestampServer } from '../test/fixtures/sign/pki.ts';
import { runBuiltAction } from '../test/harness/runner.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const demo = path.join(root, '.tmp/demo');
const workspace = path.join(demo, 'workspace');
rmSync(demo, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });

const STEPS = 10;
const started = Date.now();
let step = 0;
let stepStarted = Date.now();
const tty = process.stdout.isTTY;
const bold = (text) => (tty ? `\u001b[1m${text}\u001b[0m` : text);
const dim = (text) => (tty ? `\u001b[2m${text}\u001b[0m` : text);
function heading(text) {
  if (step > 0) console.log(dim(`   (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`));
  stepStarted = Date.now();
  console.log(`\n${bold(`[${++step}/${STEPS}] ${text}`)}`);
}
const say = (text) => console.log(`   ${text}`);
const indent = (text) => text.trimEnd().replace(/^/gm, '   ');
const rel = (file) => path.relative(workspace, file);

/** Runs a built action; prints its annotations; fails the demo when it did not end as expected. */
async function action(name, inputs, { ok = true, env = {} } = {}) {
  const run = await runBuiltAction(name, { workspace, env: { ...baseEnv, ...env }, inputs });
  for (const a of run.annotations) say(`${a.level}: ${a.message.split('\n')[0]}`);
  if ((run.exitCode === 0) !== ok) {
    console.error(run.stdout, run.stderr);
    throw new Error(`${name}: expected ${ok ? 'success' : 'failure'}, got exit ${run.exitCode}`);
  }
  summaries.push(run.summary);
  return run;
}

/** A throwaway ed25519 GPG key, exported armored; made in a home of its own, removed afterwards. */
function makeGpgKey(userId, passphrase) {
  const home = mkdtempSync(path.join(demo, 'gpg-'));
  const env = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
  const run = (...args) => execFileSync('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', passphrase, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    run('--quick-gen-key', userId, 'ed25519', 'sign', 'never');
    const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(run('--with-colons', '--list-keys', userId))[1];
    return { secret: run('--armor', '--export-secret-keys', userId), public: run('--armor', '--export', userId), fingerprint };
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  }
}

/** gpg --verify in a home holding only the public key: what a user who imported it would see. */
function gpgVerify(publicKey, signature, file) {
  const home = mkdtempSync(path.join(demo, 'gpg-verify-'));
  const env = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
  try {
    execFileSync('gpg', ['--batch', '--import'], { env, input: publicKey, stdio: ['pipe', 'ignore', 'ignore'] });
    execFileSync('gpg', ['--batch', '--verify', signature, file], { env, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  }
}

const summaries = [];
const git = (...args) =>
  execFileSync('git', args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });

heading('The sample product (samples/hello-app) in a repository with Conventional Commits and spec IDs');
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Demo');
git('config', 'user.email', 'demo@example.com');
git('config', 'commit.gpgsign', 'false');
cpSync(path.join(root, 'samples/hello-app'), workspace, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
writeFileSync(path.join(workspace, '.gitignore'), 'dist/\n.release-kit/\nrelease-files/\ndownload/\n');
git('add', '-A');
git('commit', '-q', '-m', 'feat: hello-app greets from the command line');
git('tag', 'v1.2.2');
for (const message of [
  'feat(cli): --version prints the version (#12)\n\nImplements FR-401 and AC-404.',
  'feat(backend): /health endpoint for the smoke test (#14)\n\nRefs: TASK-501-001',
  'fix: greet "world" when no name is given (#13)\n\nCloses #7',
  'docs: usage in the README',
]) {
  writeFileSync(path.join(workspace, 'NOTES'), `${message}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
git('tag', 'v1.2.3');
say(indent(git('log', '--oneline', '--decorate')).trim());

const keys = path.join(demo, 'keys');
mkdirSync(keys, { recursive: true });
const pki = makePki(keys);
const tsa = await startTimestampServer(pki);
const gpgPassphrase = 'demo passphrase';
const gpg = makeGpgKey('Hello App Releases <releases@example.com>', gpgPassphrase);
say(`throwaway keys: code-signing certificate "${pki.subject}" (test CA), local RFC 3161 server ${tsa.url}, GPG key ${gpg.fingerprint}`);

const github = await new GitHubEmulator().start();
const baseEnv = { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: github.url };
try {
  heading('plan: read release-kit.yml, the build matrix, the version and the channel');
  const plan = await action('plan', {});
  const legs = JSON.parse(plan.outputs.matrix).include;
  say(`${plan.outputs.kind} of ${plan.outputs.tag}: version ${plan.outputs.version}, channel ${plan.outputs.channel}, ${legs.length} legs: ${legs.map((l) => `${l.target} (${l.runner})`).join(', ')}`);
  const version = plan.outputs.version;

  const legDirs = [];
  for (const [index, leg] of legs.entries()) {
    heading(`build leg ${index + 1}/${legs.length}, ${leg.target}: matrix-build → codesign → checksum → smoke-test`);
    const built = await action('matrix-build', { target: leg.target, version, upload: 'false' });
    const dir = built.outputs.dir;
    legDirs.push(dir);
    say(`built ${built.outputs.files.split('\n').map((f) => path.basename(f)).join(', ')}`);
    const signer = built.outputs.sign;
    if (signer === 'windows') {
      const signed = await action('codesign', { target: leg.target, certificate: pki.pfxBase64, 'certificate-password': pki.password, 'timestamp-urls': tsa.url, 'ca-file': pki.caPem });
      for (const r of JSON.parse(signed.outputs.signed)) say(`Authenticode: ${path.basename(r.file)} signed by ${r.subject}, timestamped by ${r.timestampServer}, verified: ${r.verified}`);
    } else if (signer === 'linux') {
      const signed = await action('codesign', { target: leg.target, 'gpg-private-key': gpg.secret, 'gpg-passphrase': gpgPassphrase });
      for (const r of JSON.parse(signed.outputs.signed)) say(`GPG: ${path.basename(r.file)} → ${(r.signatureFiles ?? []).map((f) => path.basename(f)).join(', ')} (${r.thumbprint}), verified: ${r.verified}`);
    }
    const sums = await action('checksum', { files: `${rel(dir)}/*\n!${rel(dir)}/*SUMS-*`, 'base-dir': rel(dir), output: `SHA256SUMS-${leg.target}`, 'asset-names': 'github' });
    say(`checksum: ${sums.outputs.count} file${sums.outputs.count === '1' ? '' : 's'} → SHA256SUMS-${leg.target}`);
    if (built.outputs.smoke !== 'true') continue;
    if (leg.os === 'windows') {
      say(`smoke-test: the Windows leg's smoke test runs on its runner (${leg.runner}); here its signature is checked with osslsigncode instead`);
      continue;
    }
    // The target's smoke: block from release-kit.yml, on the leg's release files.
    const smoke = await action('smoke-test', { target: leg.target, version });
    for (const check of JSON.parse(smoke.outputs.report).checks ?? []) say(`smoke-test: ${check.passed ? '✅' : '❌'} ${check.name} (${check.attempts} attempt${check.attempts === 1 ? '' : 's'}, ${Math.round(check.durationMs)} ms)`);
  }

  heading('release job: download every leg, check each leg\'s sums, checksum and sign the final bytes');
  const files = path.join(workspace, 'release-files');
  mkdirSync(files);
  for (const dir of legDirs) cpSync(dir, files, { recursive: true });
  for (const sums of readdirSync(files).filter((f) => f.startsWith('SHA256SUMS-'))) {
    execFileSync('sha256sum', ['--strict', '-c', sums], { cwd: files, stdio: 'ignore' });
    say(`${sums}: every file arrived as the leg built it (coreutils sha256sum -c)`);
    unlinkSync(path.join(files, sums));
  }
  const sums = await action('checksum', { files: 'release-files/*', 'base-dir': 'release-files', algorithms: plan.outputs.algorithms, output: '{ALG}SUMS', 'asset-names': 'github' });
  say(`${sums.outputs.count} files → ${sums.outputs.files.split('\n').map((f) => path.basename(f)).join(', ')}`);
  await action('codesign', { files: 'release-files/*SUMS', platform: 'linux', 'linux-method': plan.outputs['sums-signature'], 'gpg-private-key': gpg.secret, 'gpg-passphrase': gpgPassphrase });
  say('SHA256SUMS.asc, SHA512SUMS.asc: detached GPG signatures over the sums');

  heading('release-notes: the version, the notes with PR and spec-ID links, CHANGELOG.md');
  // One job, one RUNNER_TEMP: release-notes writes the notes there and publish reads them from there.
  const releaseJob = { env: { RUNNER_TEMP: mkdtempSync(path.join(demo, 'release-job-temp-')) } };
  const notes = await action('release-notes', { 'changelog-file': 'CHANGELOG.md' }, releaseJob);
  say(`version ${notes.outputs.version} (${notes.outputs.bump} bump since ${notes.outputs['previous-tag']}), spec IDs: ${notes.outputs['spec-ids'] || '—'}`);
  say(indent(notes.outputs.notes).trim());

  heading('publish: draft → upload → verify every platform → publish (embedded GitHub emulator)');
  const publishInputs = { 'github-token': 'demo-token', files: 'release-files/*', 'notes-file': notes.outputs['notes-file'], 'expected-assets': plan.outputs['expected-assets'] };
  const published = await action('publish', publishInputs, releaseJob);
  const release = github.releases[0];
  say(`${published.outputs['html-url']} — draft: ${release.draft}, prerelease: ${release.prerelease}, latest: ${release.latest}, ${release.assets.length} assets:`);
  for (const asset of release.assets) say(`  ${asset.name.padEnd(46)} ${String(asset.size).padStart(8)} B  ${asset.digest}`);
  const calls = github.requests.length;
  const again = await action('publish', publishInputs, releaseJob);
  const writes = github.requests.slice(calls).filter((r) => r.method !== 'GET');
  if (writes.length) throw new Error('a re-run wrote to the release');
  say(`re-run of publish: ${github.requests.length - calls} read(s), 0 writes — ${again.summary.split('\n').find((l) => l.startsWith('Release '))}`);

  heading('A user downloads the release and checks it');
  const download = path.join(workspace, 'download');
  mkdirSync(download);
  for (const asset of release.assets) writeFileSync(path.join(download, asset.name), asset.data ?? Buffer.alloc(0));
  for (const tool of ['sha256sum', 'sha512sum']) {
    const out = execFileSync(tool, ['--strict', '-c', tool === 'sha256sum' ? 'SHA256SUMS' : 'SHA512SUMS'], { cwd: download, encoding: 'utf8' });
    say(`coreutils ${tool} -c: ${out.trim().split('\n').length} files OK`);
  }
  for (const sig of readdirSync(download).filter((f) => f.endsWith('.asc'))) {
    const good = gpgVerify(gpg.public, path.join(download, sig), path.join(download, sig.slice(0, -4)));
    say(`gpg --verify ${sig}: ${good ? 'good signature' : 'BAD'}`);
    if (!good) throw new Error(`${sig} does not verify`);
  }
  for (const exe of readdirSync(download).filter((f) => f.endsWith('.exe'))) {
    const result = osslVerify(pki, path.join(download, exe));
    say(`osslsigncode verify ${exe}: ${result.ok ? 'signature and timestamp valid (test CA)' : 'INVALID'}`);
    if (!result.ok) throw new Error(`${exe} does not verify`);
  }
  const exe = readdirSync(download).find((f) => f.endsWith('.exe'));
  const tampered = Buffer.from(readFileSync(path.join(download, exe)));
  tampered[0x400 + 16] ^= 0xff; // inside the code the signature covers
  writeFileSync(path.join(download, exe), tampered);
  const caught = await action('checksum', { verify: 'download/SHA256SUMS' }, { ok: false });
  const stillValid = osslVerify(pki, path.join(download, exe)).ok;
  say(`a flipped byte in ${exe}: the checksum action reports it (${caught.errors.length} errors) and osslsigncode finds the signature ${stillValid ? 'still valid' : 'broken'}`);
  if (stillValid) throw new Error('osslsigncode accepted a tampered file');

  heading('Done');
  if (github.judge.violations.length) throw new Error(`OpenAPI violations:\n${github.judge.violations.join('\n')}`);
  const summary = path.join(demo, 'job-summary.md');
  writeFileSync(summary, summaries.join('\n'));
  say(`${github.requests.length} API calls, all valid against GitHub's OpenAPI description; ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
  say(`Files: release files ${path.relative(root, files)}/, downloaded copy ${path.relative(root, download)}/, CHANGELOG ${path.relative(root, path.join(workspace, 'CHANGELOG.md'))}, job summaries ${path.relative(root, summary)}.`);
} finally {
  await github.stop();
  await tsa.close();
}
