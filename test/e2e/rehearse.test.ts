/**
 * `release-kit rehearse` (the built CLI) on product repositories made from samples/hello-app: legs this
 * host cannot run (a macOS target, a Windows build whose tool is missing) are reported leg by leg or
 * stood in by placeholders so the release job and its expected-assets gate still run; and wiring errors
 * in a copy of release.yml (a wrong step id, a wrong needs, a missing output, an action with no
 * stand-in, an unknown expression function, an input the action does not have) each fail the rehearsal
 * with one error naming the file, job, step and construct, before anything runs.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse, stringify } from 'yaml';
import { ROOT, tempDir } from '../harness/runner.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

/** The sample product in a git repository with two releases' worth of history; extra targets appended to its config. */
function product(extraTargets = ''): string {
  const dir = tempDir('rehearse-product-');
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-02-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-02-01T10:00:00Z' } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Dev');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'commit.gpgsign', 'false');
  cpSync(path.join(ROOT, 'samples/hello-app'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) });
  writeFileSync(path.join(dir, '.gitignore'), 'dist/\n.release-kit/\n');
  if (extraTargets) {
    const config = readFileSync(path.join(dir, 'release-kit.yml'), 'utf8');
    writeFileSync(path.join(dir, 'release-kit.yml'), config.replace(/\nnotes:/, `\n${extraTargets.trimEnd()}\nnotes:`));
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'feat: hello-app');
  git('tag', 'v1.9.0');
  appendFileSync(path.join(dir, 'NOTES'), 'usage\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'feat(cli): greet by name (#21)');
  return dir;
}

function rehearse(cwd: string, args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; out: string } {
  const out = path.join(tempDir('rehearsal-'), 'out');
  const run = spawnSync(process.execPath, [CLI, 'rehearse', '--out', out, ...args], { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, out };
}

/** A team's own GPG key (ed25519, with a passphrase), as it would sit in the repository's secrets. */
function teamGpgKey(): { secretKey: string; passphrase: string; home: string } {
  const home = tempDir('team-gpg-');
  const passphrase = 'team passphrase';
  const gpg = (...args: string[]): string => execFileSync('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', passphrase, ...args], { env: { ...process.env, GNUPGHOME: home }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  gpg('--quick-gen-key', 'Team Releases <releases@team.example>', 'ed25519', 'sign', '1d');
  return { secretKey: gpg('--armor', '--export-secret-keys', 'releases@team.example'), passphrase, home };
}

const MACOS_AND_INSTALLER = `
  - id: macos-arm64
    runner: macos-14
    os: macos
    arch: arm64
    build: bash build.sh macos-arm64 {version}
    artifacts: [dist/macos-arm64/*.tar.gz]
  - id: windows-installer
    runner: windows-2025
    os: windows
    arch: x64
    artifact-name: '{name}-setup-{version}-{os}-{arch}.{ext}'
    build: makensis-from-elsewhere installer.nsi
    artifacts: [dist/installer/*.exe]
`;

describe('release-kit rehearse: legs this host cannot run', () => {
  test('--stand-in-missing: a macOS leg and the legs left out by --targets become placeholders with their planned names; the release job runs and its expected-assets gate passes; a real GPG key given is the one that signs', () => {
    const repo = product(MACOS_AND_INSTALLER);
    const team = teamGpgKey();
    const run = rehearse(repo, ['--ref', 'refs/tags/v2.0.0', '--targets', 'linux-x64,macos-arm64', '--stand-in-missing'], { RELEASE_KIT_SECRET_GPG_PRIVATE_KEY: team.secretKey, RELEASE_KIT_SECRET_GPG_PASSPHRASE: team.passphrase });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('macos-arm64: needs a macOS runner; stood in by 1 placeholder file (hello-app-2.0.0-macos-arm64.tar.gz)');
    expect(run.stdout).toContain('windows-x64: not selected with --targets; stood in by 1 placeholder file (hello-app-2.0.0-windows-x64.exe)');
    expect(run.stdout).toContain('backend: not selected with --targets; stood in by 1 placeholder file (hello-app-backend-2.0.0-linux-x64.tar.gz)');
    expect(run.stdout).toContain('▶ job build (linux-x64) on ubuntu-24.04');
    expect(run.stdout).not.toContain('▶ job build (macos-arm64)');
    // The release page holds the real linux files and the placeholders, all covered by the signed sums.
    expect(run.stdout).toMatch(/hello-app-2\.0\.0-linux-x64\.tar\.gz\s+[\d.]+ KiB\s+sha256:[0-9a-f]{64}/);
    expect(run.stdout).toMatch(/hello-app-2\.0\.0-macos-arm64\.tar\.gz\s+\d+ B\s+sha256:/);
    expect(run.stdout).toMatch(/hello-app-setup-2\.0\.0-windows-x64\.exe\s+\d+ B/);
    expect(run.stdout).toContain('SHA256SUMS.asc');
    expect(run.stdout).toContain('Rehearsal passed');
    // The team's key signed the sums (and never appears in what the rehearsal printed).
    expect(run.stdout).toContain('real secrets given: gpg-passphrase, gpg-private-key');
    expect(run.stdout).not.toContain(team.secretKey.split('\n')[2]!);
    const release = path.join(run.out, 'release');
    const verified = spawnSync('gpg', ['--batch', '--verify', path.join(release, 'SHA256SUMS.asc'), path.join(release, 'SHA256SUMS')], { env: { ...process.env, GNUPGHOME: team.home }, encoding: 'utf8' });
    expect(verified.stderr).toContain('Good signature from "Team Releases <releases@team.example>"');
  });

  test('without it: each such leg gets one line, a Windows build whose tool is missing is reported for that leg, the others go on, and the expected-assets gate stops the publish', () => {
    const repo = product(MACOS_AND_INSTALLER);
    const run = rehearse(repo, ['--ref', 'refs/tags/v2.0.0', '--targets', 'linux-x64,macos-arm64,windows-installer']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('macos-arm64: needs a macOS runner, not rehearsed');
    expect(run.stdout).toContain('windows-installer: the Windows build does not run on this host (makensis-from-elsewhere: command not found, a tool this host lacks), not rehearsed');
    expect(run.stdout).toContain('windows-x64: not selected with --targets, not rehearsed');
    // The Linux leg ran to the end although the installer leg before or after it could not.
    expect(run.stdout).toMatch(/▶ job build \(linux-x64\)[\s\S]*✓ org\/release-kit › upload/);
    expect(run.stdout).toContain('▶ job release on ubuntu-24.04');
    expect(run.stdout).toContain('- error: release, step "publish": expected asset "hello-app-2.0.0-macos-arm64.tar.gz" is not on the release (a platform is missing?).');
    expect(run.stdout).toContain('- error: release, step "publish": expected asset "hello-app-setup-2.0.0-windows-x64.exe" is not on the release (a platform is missing?).');
    expect(run.stdout).not.toMatch(/- error: build \(windows-installer\)/);
    // What the real run would leave: a draft holding what was built, not a public release missing platforms.
    expect(run.stdout).toMatch(/draft: true, prerelease: false, latest: false, \d+ assets/);
    expect(run.stdout).toContain('Rehearsal FAILED (failed jobs: release)');
    // The way on is named after the verdict.
    expect(run.stdout).toMatch(/Rehearsal FAILED.*\nHint: \d+ legs were not rehearsed \(listed above\), so the release lacks their files: add --stand-in-missing /);
  });
});

describe('release-kit rehearse: wiring errors in release.yml fail before anything runs', () => {
  const repo = product();
  const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: Record<string, { needs?: string | string[]; outputs?: Record<string, string>; steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> }>;
  };
  const stepUsing = (copy: typeof workflow, job: string, action: string): { with?: Record<string, string> } => copy.jobs[job]!.steps.find((s) => s.uses?.includes(`/actions/${action}@`))!;

  function broken(change: (copy: typeof workflow) => void): { status: number | null; stderr: string; file: string } {
    const copy = structuredClone(workflow);
    change(copy);
    const file = path.join(tempDir('workflow-'), 'release.yml');
    writeFileSync(file, stringify(copy));
    const run = rehearse(repo, ['--ref', 'refs/tags/v2.0.0', '--workflow', file]);
    return { status: run.status, stderr: run.stderr.trim(), file };
  }

  test.each([
    ['a wrong step id in a job output', (w: typeof workflow) => (w.jobs.plan!.outputs!.matrix = '${{ steps.plann.outputs.matrix }}'), 'job plan, outputs.matrix: ${{ steps.plann.outputs.matrix }}: no step with id "plann" (step ids: plan)'],
    ['an output the step\'s action does not have', (w: typeof workflow) => (w.jobs.plan!.outputs!.version = '${{ steps.plan.outputs.versoin }}'), 'job plan, outputs.version: ${{ steps.plan.outputs.versoin }}: step plan (release-kit plan) has no output "versoin"'],
    ['a needs that leaves out the job whose outputs are read', (w: typeof workflow) => (w.jobs.release!.needs = ['build']), 'job release, if: ${{ needs.plan.outputs.is-release == \'true\' }}: job "plan" is not in this job\'s needs (build)'],
    ['a needs naming no job', (w: typeof workflow) => (w.jobs.release!.needs = ['plan', 'buld']), 'job release: needs "buld", which is not a job of this workflow (jobs: '],
    ['a job output read that does not exist', (w: typeof workflow) => (stepUsing(w, 'release', 'publish').with!.tag = '${{ needs.plan.outputs.tagname }}'), 'job release, step "publish": ${{ needs.plan.outputs.tagname }}: job plan has no output "tagname"'],
    ['an action with no stand-in', (w: typeof workflow) => w.jobs.release!.steps.push({ uses: 'softprops/action-gh-release@v2' }), 'job release, step "softprops/action-gh-release": uses: softprops/action-gh-release@v2: no local stand-in for this action'],
    ['an expression function it cannot evaluate', (w: typeof workflow) => (stepUsing(w, 'plan', 'plan').with!.config = "${{ hashFiles('release-kit.yml') }}"), "job plan, step \"plan\": ${{ hashFiles('release-kit.yml') }}: Unrecognized function: 'hashFiles'"],
    ['an input the action does not have', (w: typeof workflow) => (stepUsing(w, 'release', 'publish').with!.tga = 'v1'), 'job release, step "publish": uses: org/release-kit/actions/publish@v1: with: tga is not an input of the action'],
  ])('%s', (name, change, message) => {
    const run = broken(change);
    // GitHub's workflow parser accepts the copy (except a needs naming no job): these mistakes surface only when the workflow runs.
    const schemaErrors = parseWorkflow({ name: 'release.yml', content: readFileSync(run.file, 'utf8') }, new NoOperationTraceWriter()).context.errors.getErrors();
    if (name !== 'a needs naming no job') expect(schemaErrors.map((e) => e.message)).toEqual([]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`release-kit: ${run.file}: ${message}`);
    expect(run.stderr).not.toContain('throwaway keys');
  });

  test('--targets naming a target release-kit.yml does not have: one error naming the value and the targets there are', () => {
    const run = rehearse(repo, ['--ref', 'refs/tags/v2.0.0', '--targets', 'linux-x64,mac']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('release-kit: --targets linux-x64,mac: mac is not a target of release-kit.yml (targets: linux-x64, windows-x64, backend)');
  });
});
