// The local end-to-end release behind `bash scripts/demo.sh`: `release-kit rehearse` on the sample
// product. samples/hello-app (a C program built for Linux with gcc and for Windows with mingw, and a
// FastAPI backend) is put in a git repository with Conventional Commits and spec IDs, and rehearsed
// through the kit's real .github/workflows/release.yml: plan → one build leg per target (build, sign,
// checksum, smoke-test, upload) → the release job (check each leg's sums, checksum and sign the final
// bytes, notes, publish to the embedded GitHub emulator, and a re-run of publish). Then the demo checks
// the rehearsal's output as a user would check a download: coreutils sha256sum/sha512sum, gpg --verify
// with the throwaway public key, osslsigncode verify against the throwaway CA, and a flipped byte caught.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const demo = path.join(root, '.tmp/demo');
const product = path.join(demo, 'hello-app');
const out = path.join(demo, 'rehearsal');
const cli = path.join(root, 'dist/cli/index.js');
rmSync(demo, { recursive: true, force: true });
mkdirSync(product, { recursive: true });

const started = Date.now();
const tty = process.stdout.isTTY;
const bold = (text) => (tty ? `\u001b[1m${text}\u001b[0m` : text);
const heading = (text) => console.log(`\n${bold(text)}`);
const say = (text) => console.log(`   ${text}`);
const fail = (message) => {
  throw new Error(message);
};

heading('The sample product (samples/hello-app) in a repository with Conventional Commits and spec IDs');
const git = (...args) =>
  execFileSync('git', args, { cwd: product, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T10:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' } });
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Demo');
git('config', 'user.email', 'demo@example.com');
git('config', 'commit.gpgsign', 'false');
cpSync(path.join(root, 'samples/hello-app'), product, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
writeFileSync(path.join(product, '.gitignore'), 'dist/\n.release-kit/\n');
git('add', '-A');
git('commit', '-q', '-m', 'feat: hello-app greets from the command line');
git('tag', 'v1.2.2');
for (const message of [
  'feat(cli): --version prints the version (#12)\n\nImplements FR-401 and AC-404.',
  'feat(backend): /health endpoint for the smoke test (#14)\n\nRefs: TASK-501-001',
  'fix: greet "world" when no name is given (#13)\n\nCloses #7',
  'docs: usage in the README',
]) {
  writeFileSync(path.join(product, 'NOTES'), `${message}\n`);
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
say(git('log', '--oneline', '--decorate').trim().replace(/\n/g, '\n   '));

heading('release-kit rehearse --ref refs/tags/v1.2.3 (the tag is not pushed, nor even made: the rehearsal comes first)');
const rehearsal = await new Promise((resolve) => {
  const child = spawn(process.execPath, [cli, 'rehearse', '--ref', 'refs/tags/v1.2.3', '--out', out], { cwd: product, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  child.on('close', (code) => resolve({ code, stdout, stderr }));
});
if (rehearsal.code !== 0) fail(`release-kit rehearse exited ${rehearsal.code}`);
const rerun = /re-run of publish: success, (\d+) read\(s\), (\d+) writes?/.exec(rehearsal.stdout);
if (!rerun || rerun[2] !== '0') fail('the re-run of publish wrote to the release');

heading('A user downloads the release and checks it');
const download = path.join(out, 'release');
const keys = path.join(out, 'keys');
for (const tool of ['sha256sum', 'sha512sum']) {
  const result = execFileSync(tool, ['--strict', '-c', tool === 'sha256sum' ? 'SHA256SUMS' : 'SHA512SUMS'], { cwd: download, encoding: 'utf8' });
  say(`coreutils ${tool} -c: ${result.trim().split('\n').length} files OK`);
}
const gpgHome = mkdtempSync(path.join(demo, 'gpg-verify-'));
try {
  const env = { ...process.env, GNUPGHOME: gpgHome, LC_ALL: 'C' };
  execFileSync('gpg', ['--batch', '--import', path.join(keys, 'gpg-public.asc')], { env, stdio: 'ignore' });
  for (const sig of readdirSync(download).filter((f) => f.endsWith('.asc'))) {
    let good = true;
    try {
      execFileSync('gpg', ['--batch', '--verify', path.join(download, sig), path.join(download, sig.slice(0, -4))], { env, stdio: 'ignore' });
    } catch {
      good = false;
    }
    say(`gpg --verify ${sig}: ${good ? 'good signature' : 'BAD'}`);
    if (!good) fail(`${sig} does not verify`);
  }
} finally {
  execFileSync('gpgconf', ['--homedir', gpgHome, '--kill', 'all'], { stdio: 'ignore' });
  rmSync(gpgHome, { recursive: true, force: true });
}
const ca = path.join(keys, 'ca.pem');
const osslVerify = (file) => {
  try {
    execFileSync('osslsigncode', ['verify', '-CAfile', ca, '-TSA-CAfile', ca, '-in', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const exe = readdirSync(download).find((f) => f.endsWith('.exe'));
if (!exe) fail('no .exe in the release');
const signed = osslVerify(path.join(download, exe));
say(`osslsigncode verify ${exe}: ${signed ? 'signature and timestamp valid (throwaway CA)' : 'INVALID'}`);
if (!signed) fail(`${exe} does not verify`);

const tampered = Buffer.from(readFileSync(path.join(download, exe)));
tampered[0x400 + 16] ^= 0xff; // inside the code the signature covers
writeFileSync(path.join(download, exe), tampered);
let caught = '';
try {
  execFileSync(process.execPath, [cli, 'verify', 'SHA256SUMS'], { cwd: download, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
  caught = `${error.stdout}${error.stderr}`;
}
if (!caught.includes(exe)) fail('release-kit verify did not report the flipped byte');
const stillValid = osslVerify(path.join(download, exe));
say(`a flipped byte in ${exe}: release-kit verify reports it (${caught.trim().split('\n').find((l) => l.includes(exe))?.trim()}) and osslsigncode finds the signature ${stillValid ? 'still valid' : 'broken'}`);
if (stillValid) fail('osslsigncode accepted a tampered file');

heading('Done');
say(`${((Date.now() - started) / 1000).toFixed(1)} s in all. The rehearsal's files: ${path.relative(root, out)}/ (release/ the published files, report.md, jobs/ each job's workspace and step logs).`);

// Last, the release page the real run would publish, as the rehearsal's report gives it.
const report = readFileSync(path.join(out, 'report.md'), 'utf8');
const page = /## The release page that would be published\n([\s\S]*?)\n## Job summaries/.exec(report)?.[1];
if (!page) fail(`no release page in ${path.join(out, 'report.md')}`);
heading('The release page that would be published');
for (const line of page.trim().split('\n')) console.log(line ? `   ${line}` : '');
