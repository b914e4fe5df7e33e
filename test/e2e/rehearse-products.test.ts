/**
 * `release-kit rehearse` (the built CLI) on the product shapes of test/fixtures/products — Electron, Tauri,
 * Electron + Tauri, a Python CLI, a Rust CLI with package managers — each in a git repository of its own,
 * through the kit's real .github/workflows/release.yml: plan → the build legs from the plan's matrix (the
 * Linux legs here, the Windows legs as cross builds, the macOS legs stood in by placeholders with their
 * planned names) → the release job (each leg's sums checked, checksums, their signature, update feeds,
 * notes, publish to the embedded GitHub emulator, distribute as a dry run). A wiring error in release.yml
 * (a step id, a needs, an output, a with: value, an if:) fails these tests.
 *
 * The Electron, Tauri and Python fixtures' build outputs are bytes under their tools' names, not
 * installers: their Windows legs and .deb legs are rehearsed without `sign:` (osslsigncode and debsigs
 * refuse what is not a PE or .deb file) and without smoke tests; what else is signed (sums, tarballs,
 * wheels) is signed. The Rust CLI is built for real (gcc, mingw, dpkg-deb, rpmbuild, wixl) and rehearsed as
 * its release-kit.yml says: its program signed inside the build by the `release-kit sign` hook with the
 * certificate its build-env names, the MSI signed in the sign job and audited, the .deb and .rpm signed
 * with GPG, the Linux tarball smoke-tested.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT, tempDir } from '../harness/runner.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

interface Target {
  id: string;
  os: string;
  runner: string;
  build: string;
  artifacts: string[];
  sign?: unknown;
  smoke?: unknown;
}

const PACKAGE_MANAGERS = {
  description: 'Says hello',
  license: 'MIT',
  homebrew: { tap: 'octo-org/homebrew-tap' },
  scoop: { bucket: 'octo-org/scoop-bucket' },
  winget: { 'package-identifier': 'OctoOrg.Hello', publisher: 'Octo Org' },
  chocolatey: { authors: 'Octo Org', feed: 'https://push.example.com/api/v2/package' },
  aur: { remote: 'ssh://aur@aur.example.com/hello-bin.git', maintainer: 'Octo Org <dev@octo.example>' },
};

/** The fixture in a git repository, as its team would have it; returns the repository and its targets. */
function productRepo(shape: string, extra: Record<string, unknown> = {}): { dir: string; targets: Target[] } {
  const dir = tempDir(`rehearse-${shape}-`);
  cpSync(path.join(ROOT, 'test/fixtures/products', shape), dir, { recursive: true });
  copyFileSync(path.join(ROOT, 'test/fixtures/products/make-outputs.mjs'), path.join(dir, 'make-outputs.mjs'));
  const config = parse(readFileSync(path.join(dir, 'release-kit.yml'), 'utf8')) as { targets: Target[] } & Record<string, unknown>;
  // Stand-in bytes are neither run nor signed as installers; a real build keeps its sign: and smoke:.
  for (const target of config.targets.filter((t) => t.build.includes('make-outputs.mjs'))) {
    delete target.smoke;
    if (target.os === 'windows' || target.artifacts.some((glob) => /\.(deb|rpm)$/.test(glob))) delete target.sign;
  }
  writeFileSync(path.join(dir, 'release-kit.yml'), stringify({ ...config, ...extra }));
  writeFileSync(path.join(dir, '.gitignore'), '.release-kit/\ndist/\nbuild/\ntarget/\nsrc-tauri/\n');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-03-01T10:00:00Z' } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Dev');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: the first release (#1)');
  return { dir, targets: config.targets };
}

function rehearse(cwd: string): { status: number | null; stdout: string; stderr: string; out: string } {
  const out = path.join(tempDir('rehearsal-'), 'out');
  // No release-kit is installed: the build's sign hook finds the CLI of the matrix-build action first on its PATH.
  const run = spawnSync(process.execPath, [CLI, 'rehearse', '--ref', 'refs/tags/v1.2.0', '--stand-in-missing', '--out', out], { cwd, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, out };
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What every shape's rehearsal shows: each leg where it ran, every published file covered by the sums and intact. */
function rehearsed(shape: string, extra: Record<string, unknown> = {}): { out: string; release: string; stdout: string; assets: string[]; sums: Map<string, string> } {
  const { dir, targets } = productRepo(shape, extra);
  const run = rehearse(dir);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/Rehearsal passed: the real run would publish this release[ .]/);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Jobs: plan success, build success, sign success, release success, attest skipped.');
  for (const target of targets) {
    if (target.os === 'macos') expect(run.stdout).toMatch(new RegExp(`${target.id}: needs a macOS runner; stood in by \\d+ placeholder files? \\(`));
    else if (target.os === 'windows') expect(run.stdout).toContain(`▶ job build (${target.id}) on ${target.runner} (cross: the Windows leg's build runs on this host)`);
    else expect(run.stdout).toContain(`▶ job build (${target.id}) on ${target.runner}\n`);
  }
  expect(run.stdout).toContain('## Problems\n\n(none)');
  expect(run.stdout).toMatch(/re-run of publish: success, \d+ read\(s\), 0 writes/);
  const release = path.join(run.out, 'release');
  const assets = readdirSync(release).sort();
  // The downloaded release checks out with coreutils: every asset but the sums, their signatures and the
  // update feeds (written after the sums, as release.yml orders them) is listed.
  execFileSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: release, stdio: 'pipe' });
  const sums = new Map(readFileSync(path.join(release, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => [line.slice(66), line.slice(0, 64)] as [string, string]));
  expect(assets.filter((a) => !/^(SHA(256|512)SUMS.*|(latest|alpha|beta)(-mac|-linux(-arm64)?)?\.yml|latest\.json)$/.test(a) && !sums.has(a))).toEqual([]);
  expect(run.stdout).toContain(`draft: false, prerelease: false, latest: true, ${assets.length} assets:`);
  return { out: run.out, release, stdout: run.stdout, assets, sums };
}

/** expected-assets as the plan step of the rehearsal wrote it (its GITHUB_OUTPUT file). */
function plannedAssets(out: string): string[] {
  const steps = path.join(out, 'jobs', 'plan', 'steps');
  for (const step of readdirSync(steps)) {
    const output = path.join(steps, step, 'output');
    const found = existsSync(output) ? /^expected-assets<<(\S+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(output, 'utf8')) : null;
    if (found) return found[2]!.split('\n');
  }
  throw new Error(`no expected-assets output under ${steps}`);
}

const tarEntries = (file: string): string[] => execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');

const yamlFeed = (file: string): { version: string; files: Array<{ url: string; sha512: string; size: number }> } => parse(readFileSync(file, 'utf8')) as never;

describe('release-kit rehearse: the product shapes through the real release workflow', () => {
  test('Electron: NSIS, MSI, AppImage and deb built here, the macOS dmg and zip stood in; electron-updater feeds name files that are on the release, with their sha512', () => {
    const { release, assets } = rehearsed('electron');
    for (const feed of ['latest.yml', 'latest-mac.yml', 'latest-linux.yml']) expect(assets).toContain(feed);
    for (const feed of ['latest.yml', 'latest-linux.yml']) {
      const parsed = yamlFeed(path.join(release, feed));
      expect(parsed.version).toBe('1.2.0');
      for (const file of parsed.files) {
        expect(assets).toContain(file.url);
        expect(file.sha512).toBe(createHash('sha512').update(readFileSync(path.join(release, file.url))).digest('base64'));
      }
    }
    expect(assets.some((a) => a.endsWith('.dmg'))).toBe(true);
  });

  test('Tauri: one latest.json for the three platforms; the stood-in macOS bundle carries an updater signature that minisign verifies with the rehearsal key', () => {
    const { out, release, assets } = rehearsed('tauri');
    const feed = JSON.parse(readFileSync(path.join(release, 'latest.json'), 'utf8')) as { version: string; platforms: Record<string, { url: string; signature: string }> };
    expect(feed.version).toBe('1.2.0');
    expect(Object.keys(feed.platforms)).toEqual(expect.arrayContaining(['windows-x86_64', 'darwin-aarch64', 'linux-x86_64']));
    for (const { url } of Object.values(feed.platforms)) expect(assets).toContain(path.basename(url));
    const mac = feed.platforms['darwin-aarch64']!;
    const signature = path.join(tempDir('tauri-sig-'), 'bundle.minisig');
    writeFileSync(signature, Buffer.from(mac.signature, 'base64'));
    const verified = spawnSync('minisign', ['-V', '-p', path.join(out, 'keys', 'minisign.pub'), '-m', path.join(release, path.basename(mac.url)), '-x', signature], { encoding: 'utf8' });
    expect(verified.status).toBe(0);
  });

  test('Electron + Tauri in one release: each feed covers its own targets, and their Windows installers keep apart', () => {
    const { release, assets } = rehearsed('electron-tauri');
    const tauri = JSON.parse(readFileSync(path.join(release, 'latest.json'), 'utf8')) as { platforms: Record<string, { url: string }> };
    expect(Object.keys(tauri.platforms).sort()).toEqual(expect.arrayContaining(['linux-x86_64', 'windows-x86_64']));
    expect(Object.keys(tauri.platforms)).not.toContain('darwin-aarch64');
    for (const { url } of Object.values(tauri.platforms)) expect(path.basename(url)).toContain('-tauri-');
    const electron = yamlFeed(path.join(release, 'latest.yml'));
    for (const file of electron.files) {
      expect(assets).toContain(file.url);
      expect(file.url).not.toContain('-tauri-');
    }
    expect(assets.filter((a) => a.endsWith('.exe'))).toHaveLength(2);
  });

  test('Python: the wheel and the sdist keep their names, the zipapp gets the release name; the sums are GPG-signed with the rehearsal key', () => {
    const { out, release, assets } = rehearsed('python');
    expect(assets).toEqual(expect.arrayContaining(['tradingbot-1.2.0-py3-none-any.whl', 'tradingbot-1.2.0.tar.gz', 'SHA256SUMS.asc']));
    expect(assets.some((a) => a.endsWith('.pyz'))).toBe(true);
    const home = tempDir('gpg-verify-');
    const env = { ...process.env, GNUPGHOME: home };
    execFileSync('gpg', ['--batch', '--import', path.join(out, 'keys', 'gpg-public.asc')], { env, stdio: 'pipe' });
    const verified = spawnSync('gpg', ['--batch', '--verify', path.join(release, 'SHA256SUMS.asc'), path.join(release, 'SHA256SUMS')], { env, encoding: 'utf8' });
    spawnSync('gpgconf', ['--homedir', home, '--kill', 'all']);
    expect(verified.stderr).toContain('Good signature');
  });

  test('Rust with package managers, built for real: the program inside the MSI and the zip is signed by the build hook, the MSI by the sign job (both chain to the rehearsal CA); the deb and rpm are GPG-signed packages; the tarball runs; every asset is one the plan expected; distribute runs as a dry run whose manifests name assets of the release with their sums', () => {
    const { out, release, stdout, assets, sums } = rehearsed('rust', { 'package-managers': PACKAGE_MANAGERS });
    expect(assets).toEqual(expect.arrayContaining(['SHA256SUMS.minisig', 'hello-1.2.0-windows-x64.msi', 'hello-1.2.0-windows-x64.zip']));
    expect(stdout).toContain('(rehearsal) distribute: a dry run: the package-manager manifests are written for review, nothing is pushed');
    const manifests = path.join(out, 'package-manifests');
    expect(stdout).toContain(`package-manager manifests (distribute, dry run): 9 files in ${manifests}/`);
    const formula = path.join(manifests, 'homebrew/Formula/hello.rb');
    expect(execFileSync('ruby', ['-c', formula], { encoding: 'utf8' })).toContain('Syntax OK');
    // Every url a manifest names is an asset of the release, and the sum beside it is that asset's.
    const formulaText = readFileSync(formula, 'utf8');
    const pairs = [...formulaText.matchAll(/url "([^"]+)"\s+sha256 "([0-9a-f]{64})"/g)].map((m) => [path.basename(m[1]!), m[2]!]);
    const scoop = JSON.parse(readFileSync(path.join(manifests, 'scoop/bucket/hello.json'), 'utf8')) as { architecture: Record<string, { url: string; hash: string }> };
    pairs.push(...Object.values(scoop.architecture).map((a) => [path.basename(a.url), a.hash]));
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    // The formula installs the CLI tarball, not the completions tarball beside it.
    expect(pairs.map(([name]) => name)).toContain('hello-1.2.0-linux-x64.tar.gz');
    expect(formulaText).not.toContain('completions-1.2.0');
    for (const [name, sum] of pairs) expect(sums.get(name!)).toBe(sum);
    for (const file of ['chocolatey/hello.nuspec', 'chocolatey/tools/chocolateyinstall.ps1', 'aur/PKGBUILD', 'aur/.SRCINFO']) expect(existsSync(path.join(manifests, file))).toBe(true);
    execFileSync('bash', ['-n', path.join(manifests, 'aur/PKGBUILD')]);
    expect(sha256(path.join(out, 'release', 'hello-1.2.0-windows-x64.zip'))).toBe(sums.get('hello-1.2.0-windows-x64.zip'));

    const keys = path.join(out, 'keys');
    expect(stdout).toContain("build-env: the builds get the sign job's keys as the secrets WINDOWS_PFX_BASE64, WINDOWS_PFX_PASSWORD");
    // What was published is what the plan said, each expected name once; beside them only the sums, their
    // signatures and the tarballs' GPG signatures.
    const expected = plannedAssets(out);
    expect(expected).toEqual(['hello-1.2.0-linux-x64.tar.gz', 'completions-1.2.0-linux-x64.tar.gz', '*-1.2.0-linux-x64.deb', '*-1.2.0-linux-x64.rpm', 'hello-1.2.0-windows-x64.msi', 'hello-1.2.0-windows-x64.zip']);
    const planned = assets.filter((name) => expected.some((pattern) => path.matchesGlob(name, pattern)));
    expect(expected.map((pattern) => planned.filter((name) => path.matchesGlob(name, pattern)).length)).toEqual(expected.map(() => 1));
    expect(assets.filter((name) => !planned.includes(name)).sort()).toEqual(['SHA256SUMS', 'SHA256SUMS.minisig', 'SHA512SUMS', 'SHA512SUMS.minisig', 'completions-1.2.0-linux-x64.tar.gz.asc', 'hello-1.2.0-linux-x64.tar.gz.asc']);

    // Windows: the MSI's Authenticode signature (timestamped by the rehearsal's server), and hello.exe inside it and inside the zip.
    const authenticode = (file: string) => spawnSync('osslsigncode', ['verify', '-CAfile', path.join(keys, 'ca.pem'), '-TSA-CAfile', path.join(keys, 'ca.pem'), '-in', file], { encoding: 'utf8' });
    const msi = authenticode(path.join(release, 'hello-1.2.0-windows-x64.msi'));
    expect(msi.stdout).toContain('Signature verification: ok');
    expect(msi.status).toBe(0);
    expect(msi.stdout).toContain('Rehearsal Signing');
    const inside = tempDir('rust-msi-');
    execFileSync('msiextract', ['-C', inside, path.join(release, 'hello-1.2.0-windows-x64.msi')], { stdio: 'pipe' });
    execFileSync('unzip', ['-q', path.join(release, 'hello-1.2.0-windows-x64.zip'), '-d', path.join(inside, 'zip')]);
    const programs = (readdirSync(inside, { recursive: true }) as string[]).filter((name) => path.basename(name) === 'hello.exe');
    expect(programs).toHaveLength(2);
    for (const program of programs) {
      const verified = authenticode(path.join(inside, program));
      expect(verified.stdout).toContain('Signature verification: ok');
      expect(verified.status).toBe(0);
    }

    // Linux: real packages with the program, signed with the rehearsal's GPG key as sign: linux does.
    const deb = path.join(release, 'hello_1.2.0-1_amd64-1.2.0-linux-x64.deb');
    const rpm = path.join(release, 'hello-1.2.0-1.x86_64-1.2.0-linux-x64.rpm');
    expect(execFileSync('dpkg-deb', ['-I', deb], { encoding: 'utf8' })).toMatch(/Package: hello\n\s*Version: 1\.2\.0-1\n\s*Architecture: amd64/);
    expect(execFileSync('dpkg-deb', ['-c', deb], { encoding: 'utf8' })).toContain('./usr/bin/hello');
    expect(execFileSync('rpm', ['-qp', '--qf', '%{NAME} %{VERSION} %{ARCH}', rpm], { encoding: 'utf8', stdio: 'pipe' })).toBe('hello 1.2.0 x86_64');
    expect(execFileSync('rpm', ['-qpl', rpm], { encoding: 'utf8', stdio: 'pipe' })).toContain('/usr/bin/hello');
    const home = tempDir('rust-gpg-');
    const gpgEnv = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
    execFileSync('gpg', ['--batch', '--import', path.join(keys, 'gpg-public.asc')], { env: gpgEnv, stdio: 'pipe' });
    try {
      // debsigs: a _gpgorigin member over debian-binary + control + data, checked as debsig-verify does.
      const members = path.join(home, 'deb');
      mkdirSync(members);
      execFileSync('ar', ['x', deb], { cwd: members });
      const parts = execFileSync('ar', ['t', deb], { encoding: 'utf8' }).trim().split('\n');
      expect(parts.at(-1)).toBe('_gpgorigin');
      writeFileSync(path.join(members, 'signed'), Buffer.concat(parts.slice(0, -1).map((part) => readFileSync(path.join(members, part)))));
      const origin = spawnSync('gpg', ['--batch', '--verify', path.join(members, '_gpgorigin'), path.join(members, 'signed')], { env: gpgEnv, encoding: 'utf8' });
      expect(origin.stderr).toContain('Good signature from "release-kit rehearsal');
      for (const tarball of ['hello-1.2.0-linux-x64.tar.gz', 'completions-1.2.0-linux-x64.tar.gz']) {
        expect(spawnSync('gpg', ['--batch', '--verify', path.join(release, `${tarball}.asc`), path.join(release, tarball)], { env: gpgEnv, encoding: 'utf8' }).stderr).toContain('Good signature');
      }
      // rpmsign: rpm checks the header signature against a database holding only the rehearsal's key.
      const db = path.join(home, 'rpmdb');
      execFileSync('rpm', ['--dbpath', db, '--initdb'], { stdio: 'pipe' });
      execFileSync('rpm', ['--dbpath', db, '--import', path.join(keys, 'gpg-public.asc')], { stdio: 'pipe' });
      expect(execFileSync('rpm', ['--dbpath', db, '-K', rpm], { encoding: 'utf8', env: gpgEnv, stdio: 'pipe' })).toContain('digests signatures OK');
    } finally {
      spawnSync('gpgconf', ['--homedir', home, '--kill', 'all']);
    }

    // The tarball's program runs here and says its version; the leg's smoke test ran it too.
    const unpacked = tempDir('rust-tarball-');
    execFileSync('tar', ['-xzf', path.join(release, 'hello-1.2.0-linux-x64.tar.gz'), '-C', unpacked]);
    expect(execFileSync(path.join(unpacked, 'hello'), ['--version'], { encoding: 'utf8' })).toBe('hello 1.2.0\n');
    expect(stdout).toContain('Smoke test passed');
    expect(tarEntries(path.join(release, 'completions-1.2.0-linux-x64.tar.gz'))).toEqual(['hello.bash']);
  });
});
