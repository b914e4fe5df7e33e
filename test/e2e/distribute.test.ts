/**
 * The distribute action (built bundle) over a published release in the GitHub emulator: a Rust CLI with
 * archives, an MSI and a dmg goes to a Homebrew tap and a Scoop bucket (git data API), a winget pull
 * request from a fork, a NuGet v2 feed (local stand-in) and an AUR git remote (a local bare repository);
 * CHANGELOG.md is committed to the default branch. Every GitHub request is judged against the OpenAPI
 * description. A re-run creates nothing; a prerelease updates nothing by default; a digest that
 * disagrees with the release's SHA256SUMS stops everything; a rollback re-points each manager.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitHubEmulator, type EmulatedRelease } from '../emulator/github-emulator.ts';
import { NuGetFeed } from '../emulator/nuget-feed.ts';
import { ROOT, runBuiltAction, tempDir, type ActionRun } from '../harness/runner.ts';

let github: GitHubEmulator;
let feed: NuGetFeed;
beforeEach(async () => {
  github = await new GitHubEmulator().start();
  feed = await new NuGetFeed().start();
});
afterEach(async () => {
  await github.stop();
  await feed.stop();
  expect(github.judge.violations).toEqual([]);
});

const sha = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex');
const TOKEN = 'ghs_release_token_0123456789';
const REPO_TOKEN = 'github_pat_tap_token_abcdef0123456789';
const AUR_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';

const files = (version: string): Record<string, string> => ({
  [`octo-${version}-macos-arm64.tar.gz`]: `mac arm ${version}`,
  [`octo-${version}-macos-x64.tar.gz`]: `mac intel ${version}`,
  [`octo-${version}-linux-x64.tar.gz`]: `linux x64 ${version}`,
  [`octo-${version}-linux-arm64.tar.gz`]: `linux arm ${version}`,
  [`octo-${version}-windows-x64.zip`]: `windows zip ${version}`,
  [`octo-${version}-windows-x64.msi`]: `windows msi ${version}`,
  [`Octo-${version}-macos-universal.dmg`]: `dmg ${version}`,
  [`octo_${version}_amd64.deb`]: `deb ${version}`,
});

/** A published release as GitHub stores it after publish: assets uploaded, with digests, and SHA256SUMS. */
function published(version: string, options: { prerelease?: boolean; digests?: boolean } = {}): EmulatedRelease {
  const content = files(version);
  content.SHA256SUMS = Object.entries(content).map(([name, text]) => `${sha(text)}  ${name}\n`).join('');
  const when = `2026-01-0${github.releases.length + 1}T00:00:00Z`;
  let id = 100 + github.releases.length * 20;
  const release: EmulatedRelease = {
    id: id++,
    tag_name: `v${version}`,
    target_commitish: 'main',
    name: `v${version}`,
    body: '',
    draft: false,
    prerelease: options.prerelease ?? false,
    immutable: false,
    created_at: when,
    published_at: when,
    updated_at: when,
    hiddenReads: 0,
    latest: false,
    assets: Object.entries(content).map(([name, text]) => ({
      id: id++,
      name,
      label: null,
      state: 'uploaded' as const,
      content_type: 'application/octet-stream',
      size: Buffer.byteLength(text),
      digest: options.digests === false ? null : `sha256:${sha(text)}`,
      created_at: when,
      updated_at: when,
      data: Buffer.from(text),
    })),
  };
  github.releases.push(release);
  github.tags.add(release.tag_name);
  return release;
}

const CONFIG = (aurRemote: string, extra = ''): string => `product:
  name: octo
targets:
  - { id: linux-x64, runner: ubuntu-24.04, os: linux, arch: x64, build: cargo build --release, artifacts: [dist/*] }
notes:
  changelog-file: CHANGELOG.md
  changelog-commit: push
package-managers:
  description: Octo does things
  license: MIT
  homebrew:
    tap: octo-org/homebrew-tap
    completions: { bash: completions/octo.bash }
    cask: { app: Octo.app }
  scoop:
    bucket: octo-org/scoop-bucket
  winget:
    package-identifier: OctoOrg.Octo
    publisher: Octo Org
  chocolatey:
    authors: Octo Org
    feed: ${feed.url}
  aur:
    remote: ${aurRemote}
    maintainer: Octo Org <dev@octo.example>
${extra}`;

const CHANGELOG_OLD = '# Changelog\n\nAll notable changes to this project are listed here, newest first.\n\n## 1.2.2 (2026-01-01)\n\n- old fix\n';
const CHANGELOG_NEW = '# Changelog\n\nAll notable changes to this project are listed here, newest first.\n\n## 1.2.3 (2026-01-02)\n\n### Features\n\n- octo flies\n\n## 1.2.2 (2026-01-01)\n\n- old fix\n';

interface Setup {
  workspace: string;
  aur: string;
}

function setUp(configExtra = '', changelogMode = 'push'): Setup {
  const workspace = tempDir('distribute-');
  const aur = path.join(tempDir('aur-'), 'octo-bin.git');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'master', aur]);
  writeFileSync(path.join(workspace, 'release-kit.yml'), CONFIG(aur, configExtra).replace('changelog-commit: push', `changelog-commit: ${changelogMode}`));
  writeFileSync(path.join(workspace, 'CHANGELOG.md'), CHANGELOG_NEW);
  github.content.createRepo('octo-org/homebrew-tap', { 'README.md': '# tap\n' });
  github.content.createRepo('octo-org/scoop-bucket', { 'README.md': '# bucket\n' }, 'master');
  github.content.createRepo('microsoft/winget-pkgs', { 'manifests/a/Abc/Tool/1.0.0/Abc.Tool.yaml': 'PackageIdentifier: Abc.Tool\n' }, 'master');
  // The product's default branch moved on after the tag: its own changes to other files stay.
  github.content.createRepo('octo-org/octo-app', { 'CHANGELOG.md': CHANGELOG_OLD, 'src/main.rs': 'fn main() {}\n' });
  return { workspace, aur };
}

function distribute(setup: Setup, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBuiltAction('distribute', {
    workspace: setup.workspace,
    inputs: { 'github-token': TOKEN, 'repository-token': REPO_TOKEN, 'chocolatey-api-key': feed.apiKey, 'aur-ssh-key': AUR_KEY, tag: 'v1.2.3', ...inputs },
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 120_000,
  });
}

function aurLog(aur: string): string[] {
  const log = spawnSync('git', ['--git-dir', aur, 'log', '--format=%s', 'master'], { encoding: 'utf8' });
  // A remote nobody pushed to has no master yet.
  return log.status === 0 ? log.stdout.trim().split('\n') : [];
}

const aurFile = (aur: string, file: string): string => execFileSync('git', ['--git-dir', aur, 'show', `master:${file}`], { encoding: 'utf8' });

/** Everything a run wrote anywhere: commits per repository, pull requests, feed packages, AUR commits. */
function writes(setup: Setup): Record<string, unknown> {
  return {
    tap: github.content.history('octo-org/homebrew-tap').length,
    bucket: github.content.history('octo-org/scoop-bucket').length,
    product: github.content.history('octo-org/octo-app').length,
    fork: github.content.repo('octocat/winget-pkgs') ? [...github.content.repo('octocat/winget-pkgs')!.refs.keys()] : [],
    pulls: github.content.pulls.length,
    feed: feed.packages.map((p) => `${p.id} ${p.version} ${p.listed ? 'listed' : 'unlisted'}`),
    aur: aurLog(setup.aur).length,
  };
}

function outcomes(run: ActionRun): Record<string, string> {
  return Object.fromEntries((JSON.parse(run.outputs.results ?? '[]') as Array<{ manager: string; outcome: string }>).map((r) => [r.manager, r.outcome]));
}

describe('distribute action (built bundle, GitHub emulator, NuGet feed stand-in, local AUR remote)', () => {
  test('every manager gets manifests of the published release, from GitHub\'s digests; CHANGELOG.md lands on the default branch; secrets are masked', async () => {
    published('1.2.3');
    const setup = setUp();
    // GitHub makes the fork in the background: its branch answers 404 at first.
    github.content.forkReadyAfter = 1;
    const run = await distribute(setup);
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(outcomes(run)).toEqual({ homebrew: 'committed', scoop: 'committed', winget: 'pull-request-opened', chocolatey: 'pushed', aur: 'committed' });
    expect(github.calls('GET', /\/repos\/octocat\/winget-pkgs\/git\/ref\/heads%2Fmaster/).map((c) => c.status).slice(0, 2)).toEqual([404, 200]);

    const formula = github.content.file('octo-org/homebrew-tap', 'Formula/octo.rb')!;
    expect(formula).toContain(`url "https://github.com/octo-org/octo-app/releases/download/v1.2.3/octo-1.2.3-macos-arm64.tar.gz"\n      sha256 "${sha('mac arm 1.2.3')}"`);
    expect(formula).toContain('bash_completion.install "completions/octo.bash" => "octo"');
    expect(github.content.file('octo-org/homebrew-tap', 'Casks/octo.rb')).toContain(`sha256 "${sha('dmg 1.2.3')}"`);
    expect(JSON.parse(github.content.file('octo-org/scoop-bucket', 'bucket/octo.json')!).architecture['64bit'].hash).toBe(sha('windows zip 1.2.3'));

    // winget: a fork for the token's user, a branch there, a pull request into microsoft/winget-pkgs.
    expect(github.content.pulls).toHaveLength(1);
    expect(github.content.pulls[0]).toMatchObject({ repository: 'microsoft/winget-pkgs', head: 'octocat:release-kit/OctoOrg.Octo-1.2.3', base: 'master', title: 'New version: OctoOrg.Octo version 1.2.3', state: 'open' });
    expect(github.content.file('octocat/winget-pkgs', 'manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.installer.yaml', 'release-kit/OctoOrg.Octo-1.2.3')).toContain(`InstallerSha256: ${sha('windows msi 1.2.3').toUpperCase()}`);
    expect(github.content.file('microsoft/winget-pkgs', 'manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.yaml')).toBeUndefined();

    // Chocolatey: packed with nuget, pushed with the key, and the script checks GitHub's digest.
    expect(feed.packages.map((p) => [p.id, p.version])).toEqual([['octo', '1.2.3']]);
    expect(feed.packages[0]!.nuspec).toContain('<id>octo</id>');

    // AUR: one commit on master of the remote, its .SRCINFO naming the Linux archives.
    expect(aurLog(setup.aur)).toEqual(['octo 1.2.3']);
    expect(aurFile(setup.aur, '.SRCINFO')).toContain(`sha256sums_x86_64 = ${sha('linux x64 1.2.3')}`);

    // CHANGELOG.md: this release's section put into the default branch's file, the branch's own newer commit kept.
    expect(github.content.file('octo-org/octo-app', 'CHANGELOG.md')).toBe(CHANGELOG_NEW);
    expect(github.content.history('octo-org/octo-app')[0]!.message).toBe('chore(release): CHANGELOG.md for v1.2.3');
    expect(run.outputs.changelog).toBe('committed');

    // Secrets: registered for masking, never printed, never left on disk.
    expect(run.masked).toEqual(expect.arrayContaining([TOKEN, REPO_TOKEN, feed.apiKey, AUR_KEY.trim()]));
    const printed = (run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.stderr + run.summary + JSON.stringify(run.outputs));
    for (const secret of [TOKEN, REPO_TOKEN, feed.apiKey, 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ']) expect(printed).not.toContain(secret);
    expect(run.summary).toContain('### Package managers for [v1.2.3]');
    expect(run.summary).toMatch(/\| winget \| v1\.2\.3 \| pull-request-opened \| pull request #1: https:\/\/github\.com\/microsoft\/winget-pkgs\/pull\/1 \|/);
  }, 180_000);

  test('a re-run makes no second commit, pull request, package version or AUR commit', async () => {
    published('1.2.3');
    const setup = setUp();
    expect((await distribute(setup)).exitCode).toBe(0);
    const after = writes(setup);
    const again = await distribute(setup);
    expect(again.errors).toEqual([]);
    expect(again.exitCode).toBe(0);
    expect(outcomes(again)).toEqual({ homebrew: 'unchanged', scoop: 'unchanged', winget: 'pull-request-exists', chocolatey: 'already-published', aur: 'unchanged' });
    expect(again.outputs.changelog).toBe('unchanged');
    expect(writes(setup)).toEqual(after);
    expect(github.calls('POST', /\/pulls$/)).toHaveLength(1);
  }, 180_000);

  test('a prerelease updates nothing by default; a manager with prerelease: true is updated alone', async () => {
    published('1.2.3');
    published('1.3.0-beta.1', { prerelease: true });
    const setup = setUp('', 'off');
    const before = writes(setup);
    const run = await distribute(setup, { tag: 'v1.3.0-beta.1' });
    expect(run.exitCode).toBe(0);
    expect(new Set(Object.values(outcomes(run)))).toEqual(new Set(['not-for-prereleases']));
    expect(run.summary).toContain('set package-managers.homebrew.prerelease: true');
    const { product: _product, ...managersBefore } = before;
    const { product: _after, ...managersAfter } = writes(setup);
    expect(managersAfter).toEqual(managersBefore);

    writeFileSync(path.join(setup.workspace, 'release-kit.yml'), readFileSync(path.join(setup.workspace, 'release-kit.yml'), 'utf8').replace('cask: { app: Octo.app }', 'cask: { app: Octo.app }\n    prerelease: true'));
    const opted = await distribute(setup, { tag: 'v1.3.0-beta.1' });
    expect(outcomes(opted)).toMatchObject({ homebrew: 'committed', scoop: 'not-for-prereleases', winget: 'not-for-prereleases', chocolatey: 'not-for-prereleases', aur: 'not-for-prereleases' });
    expect(github.content.file('octo-org/homebrew-tap', 'Formula/octo.rb')).toContain('version "1.3.0-beta.1"');
  }, 180_000);

  test("a digest GitHub stores that disagrees with the release's SHA256SUMS is an error, and nothing is written anywhere", async () => {
    const release = published('1.2.3');
    release.assets.find((a) => a.name === 'octo-1.2.3-windows-x64.msi')!.digest = `sha256:${sha('something else')}`;
    const setup = setUp();
    const before = writes(setup);
    const run = await distribute(setup);
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain(`octo-1.2.3-windows-x64.msi: GitHub's stored digest is ${sha('something else')}, but the release's SHA256SUMS says ${sha('windows msi 1.2.3')}`);
    expect(run.errors.join('\n')).toContain('no package manager was updated');
    expect(writes(setup)).toEqual(before);
  }, 120_000);

  test('publish\'s uploaded sha256 that differs from the stored digest is an error too', async () => {
    published('1.2.3');
    const setup = setUp();
    const uploaded = JSON.stringify([{ name: 'octo-1.2.3-linux-x64.tar.gz', size: 1, sha256: sha('what the job built'), url: 'x' }]);
    const run = await distribute(setup, { assets: uploaded });
    expect(run.exitCode).toBe(1);
    expect(run.errors.join('\n')).toContain(`octo-1.2.3-linux-x64.tar.gz: GitHub's stored digest is ${sha('linux x64 1.2.3')}, but publish uploaded ${sha('what the job built')}`);
  }, 120_000);

  test('an asset without a stored digest is downloaded through the API and hashed', async () => {
    published('1.2.3', { digests: false });
    const setup = setUp();
    const run = await distribute(setup, { 'dry-run': 'true' });
    expect(run.errors).toEqual([]);
    expect(github.content.downloads.length).toBeGreaterThanOrEqual(9);
    expect(readFileSync(path.join(setup.workspace, 'package-manifests/homebrew/Formula/octo.rb'), 'utf8')).toContain(`sha256 "${sha('linux arm 1.2.3')}"`);
  }, 120_000);

  test('dry run: every manifest written to the output folder for review, nothing delivered, no delivery secret needed', async () => {
    published('1.2.3');
    const setup = setUp();
    const before = writes(setup);
    const run = await runBuiltAction('distribute', { workspace: setup.workspace, inputs: { 'github-token': TOKEN, tag: 'v1.2.3', 'dry-run': 'true', 'output-dir': 'review' }, env: { GITHUB_API_URL: github.url } });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(new Set(Object.values(outcomes(run)))).toEqual(new Set(['written']));
    const dir = path.join(setup.workspace, 'review');
    expect(readdirSync(dir).sort()).toEqual(['aur', 'chocolatey', 'homebrew', 'scoop', 'winget']);
    for (const file of ['homebrew/Formula/octo.rb', 'homebrew/Casks/octo.rb', 'scoop/bucket/octo.json', 'winget/manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.locale.en-US.yaml', 'chocolatey/octo.nuspec', 'chocolatey/tools/chocolateyinstall.ps1', 'aur/PKGBUILD', 'aur/.SRCINFO']) {
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    expect(writes(setup)).toEqual(before);
    expect(run.outputs.changelog).toBe('off');
    expect(github.calls().filter((c) => !/\/releases/.test(c.path))).toEqual([]);
  }, 120_000);

  test('rollback: each manager goes back to the previous stable release (winget by a removal pull request, Chocolatey by unlisting)', async () => {
    published('1.2.2');
    const bad = published('1.2.3');
    const setup = setUp();
    expect((await distribute(setup)).exitCode).toBe(0);
    github.content.merge(github.content.pulls[0]!.number);
    // publish mode: rollback turned the release back into a draft.
    bad.draft = true;
    const run = await distribute(setup, { mode: 'rollback' });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(outcomes(run)).toEqual({ homebrew: 'committed', scoop: 'committed', winget: 'pull-request-opened', chocolatey: 'unlisted', aur: 'committed' });
    expect(github.content.file('octo-org/homebrew-tap', 'Formula/octo.rb')).toContain('version "1.2.2"');
    expect(github.content.file('octo-org/homebrew-tap', 'Formula/octo.rb')).toContain(sha('mac arm 1.2.2'));
    expect(JSON.parse(github.content.file('octo-org/scoop-bucket', 'bucket/octo.json')!).version).toBe('1.2.2');
    expect(github.content.pulls[1]).toMatchObject({ title: 'Remove version: OctoOrg.Octo version 1.2.3', head: 'octocat:release-kit/OctoOrg.Octo-1.2.3-removal' });
    expect(feed.find('octo', '1.2.3')).toMatchObject({ listed: false });
    expect(aurFile(setup.aur, '.SRCINFO')).toContain('pkgver = 1.2.2');
    expect(run.outputs.changelog).toBe('off');
  }, 180_000);

  test('CHANGELOG.md as a pull request: opened once, a re-run opens no second one', async () => {
    published('1.2.3');
    const setup = setUp('', 'pull-request');
    const run = await distribute(setup);
    expect(run.errors).toEqual([]);
    expect(run.outputs.changelog).toBe('pull-request-opened');
    const pull = github.content.pulls.find((p) => p.repository === 'octo-org/octo-app')!;
    expect(pull).toMatchObject({ head: 'octo-org:release-kit/changelog-v1.2.3', base: 'main', state: 'open' });
    expect(github.content.file('octo-org/octo-app', 'CHANGELOG.md', 'release-kit/changelog-v1.2.3')).toBe(CHANGELOG_NEW);
    expect(github.content.file('octo-org/octo-app', 'CHANGELOG.md')).toBe(CHANGELOG_OLD);
    const again = await distribute(setup);
    expect(again.outputs.changelog).toBe('pull-request-exists');
    expect(github.content.pulls.filter((p) => p.repository === 'octo-org/octo-app')).toHaveLength(1);
  }, 180_000);

  test('bad settings: a wrong feed key fails Chocolatey alone with the feed\'s answer, the key never shown', async () => {
    published('1.2.3');
    const setup = setUp();
    const run = await distribute(setup, { 'chocolatey-api-key': 'wrong-key-0123456789' });
    expect(run.exitCode).toBe(1);
    expect(outcomes(run)).toMatchObject({ homebrew: 'committed', chocolatey: 'failed' });
    expect(run.errors.join('\n')).toMatch(/Chocolatey: the feed .* refused octo\.1\.2\.3\.nupkg: HTTP 403 .*check the API key/);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('wrong-key-0123456789');
  }, 180_000);

  test('a config without package managers or changelog-commit is refused, naming the file', async () => {
    published('1.2.3');
    const workspace = tempDir('distribute-');
    mkdirSync(path.join(workspace, 'ci'));
    writeFileSync(path.join(workspace, 'ci/rk.yml'), 'product:\n  name: octo\ntargets:\n  - { id: l, runner: u, os: linux, arch: x64, build: b, artifacts: [a] }\n');
    const run = await runBuiltAction('distribute', { workspace, inputs: { 'github-token': TOKEN, tag: 'v1.2.3', 'config-file': 'ci/rk.yml' }, env: { GITHUB_API_URL: github.url } });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['ci/rk.yml sets up no package manager (package-managers: homebrew, scoop, winget, chocolatey, aur) and notes.changelog-commit is off: nothing to do.']);
  });

  test('release-kit distribute --dry-run --out DIR writes the manifests for review; --out without --dry-run is a usage error', async () => {
    published('1.2.3');
    const setup = setUp();
    const cli = (...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> =>
      new Promise((resolve) => {
        // Asynchronous: the emulator answers from this process.
        const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd: setup.workspace, env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c));
        child.stderr.on('data', (c: Buffer) => (stderr += c));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const before = writes(setup);
    const run = await cli('distribute', '--tag', 'v1.2.3', '--repository', 'octo-org/octo-app', '--dry-run', '--out', 'review');
    expect(run.stderr).not.toContain('unexpected');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| Homebrew | v1.2.3 | written |');
    expect(readFileSync(path.join(setup.workspace, 'review/aur/.SRCINFO'), 'utf8')).toContain(`sha256sums_aarch64 = ${sha('linux arm 1.2.3')}`);
    expect(readFileSync(path.join(setup.workspace, 'review/winget/manifests/o/OctoOrg/Octo/1.2.3/OctoOrg.Octo.installer.yaml'), 'utf8')).toContain('InstallerType: msi');
    expect(writes(setup)).toEqual(before);
    const misuse = await cli('distribute', '--tag', 'v1.2.3', '--repository', 'octo-org/octo-app', '--out', 'review');
    expect(misuse.status).toBe(1);
    expect(misuse.stderr).toContain('Option --out has the value "review", but --out is only for --dry-run.');
  }, 120_000);

  test('AUR over SSH: git runs ssh through GIT_SSH_COMMAND with the key in a private file, gone after the push', async () => {
    published('1.2.3');
    const setup = setUp();
    // An ssh stand-in first on PATH: records how it was called, then serves the local bare repository.
    const bin = tempDir('fake-ssh-');
    const log = path.join(bin, 'calls.log');
    writeFileSync(
      path.join(bin, 'ssh'),
      `#!/bin/bash
key=""
while [ $# -gt 0 ]; do case "$1" in -i) key="$2"; shift 2;; -o|-p) shift 2;; -*) shift;; *) break;; esac; done
host="$1"; shift
echo "host=$host mode=$(stat -c %a "$key") first=$(head -1 "$key") key=$key cmd=$*" >> "${log}"
cmd="$*"; verb="\${cmd%% *}"; repo="\${cmd#* }"; repo="\${repo//\\'/}"
exec "$verb" "${path.dirname(setup.aur)}$repo"
`,
      { mode: 0o755 },
    );
    writeFileSync(path.join(setup.workspace, 'release-kit.yml'), `product:\n  name: octo\ntargets:\n  - { id: l, runner: u, os: linux, arch: x64, build: b, artifacts: [a] }\npackage-managers:\n  license: MIT\n  aur:\n    remote: ssh://aur@aur.archlinux.example/octo-bin.git\n`);
    const run = await runBuiltAction('distribute', {
      workspace: setup.workspace,
      inputs: { 'github-token': TOKEN, 'aur-ssh-key': AUR_KEY, tag: 'v1.2.3' },
      env: { GITHUB_API_URL: github.url, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(run.errors).toEqual([]);
    expect(outcomes(run)).toEqual({ aur: 'committed' });
    expect(aurLog(setup.aur)).toEqual(['octo 1.2.3']);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.length).toBeGreaterThanOrEqual(2); // clone (upload-pack) and push (receive-pack)
    for (const call of calls) expect(call).toMatch(/^host=aur@aur\.archlinux\.example mode=600 first=-----BEGIN OPENSSH PRIVATE KEY----- key=\S+ cmd=git-(upload|receive)-pack '\/octo-bin\.git'$/);
    expect(calls.some((c) => c.includes('git-receive-pack'))).toBe(true);
    const keyFile = /key=(\S+)/.exec(calls[0]!)![1]!;
    expect(existsSync(keyFile)).toBe(false);
    expect(existsSync(path.dirname(keyFile))).toBe(false);
  }, 120_000);
});
