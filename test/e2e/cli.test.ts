import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Git } from '../../src/notes/git.js';
import { buildChangelog } from '../../src/notes/history.js';
import { TestRepo } from '../harness/git-repo.js';
import { ROOT, tempDir } from '../harness/runner.js';

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(): string {
  const root = tempDir('cli-');
  mkdirSync(path.join(root, 'dist'));
  writeFileSync(path.join(root, 'dist/app one.exe'), 'one');
  writeFileSync(path.join(root, 'dist/app-two.dmg'), 'two');
  return root;
}

describe('release-kit CLI (built bundle)', () => {
  test('checksum then verify use the same core as the action', () => {
    const root = project();
    const made = cli(root, 'checksum', '--base-dir', 'dist', '--algorithms', 'sha256,sha512', 'dist/*');
    expect(made.status).toBe(0);
    expect(made.stdout).not.toContain('::debug::');
    expect(made.stdout).toContain('dist/SHA256SUMS: 2 files');
    expect(readFileSync(path.join(root, 'dist/SHA512SUMS'), 'utf8').split('\n')).toHaveLength(3);
    const checked = cli(root, 'verify', 'dist/SHA256SUMS');
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('all 2 files match');
  });

  test('a tampered file fails verify with exit 1 and names it', () => {
    const root = project();
    expect(cli(root, 'checksum', '--base-dir', 'dist', 'dist').status).toBe(0);
    writeFileSync(path.join(root, 'dist/app-two.dmg'), 'TWO');
    const checked = cli(root, 'verify', 'dist/SHA256SUMS');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^FAILED app-two\.dmg: sha256 is [0-9a-f]{64}, but SHA256SUMS expects [0-9a-f]{64}\.$/m);
    expect(checked.stderr).toBe('release-kit: 1 of 2 checks failed\n');
  });

  test('bad input: exit 1, one line naming the option, the value and what is allowed', () => {
    const result = cli(project(), 'checksum', '--format', 'xml', 'dist/*');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('release-kit: Option --format has the value "xml", but it must be one of: gnu, bsd, json.\n');
  });

  test('usage errors exit 2 with the usage text; --help and --version exit 0', () => {
    const root = project();
    const unknown = cli(root, 'frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain('Usage:');
    expect(cli(root, 'checksum', '--no-such-flag').status).toBe(2);
    expect(cli(root, 'verify').status).toBe(2);
    expect(cli(root, '--help').stdout).toContain('release-kit checksum');
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(root, '--version').stdout.trim()).toBe(manifest.version);
  });

  test('smoke runs the smoke-test checks here: passes with ✅ lines, fails with exit 1 and the app\'s last lines', () => {
    const fixture = path.join(ROOT, 'test/fixtures/smoke/cli.mjs');
    const root = tempDir('cli-smoke-');
    const ok = cli(root, 'smoke', '--run', `"${process.execPath}" "${fixture}" --version`, '--version', 'v1.4.2', '--expect-output', '^hello-cli {version}', '--expect-exit-code', '0');
    expect(ok.stderr).not.toContain('release-kit:');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^✅ expect-output /m);
    expect(ok.stdout).toMatch(/^✅ expect-exit-code /m);
    const bad = cli(root, 'smoke', '--run', `"${process.execPath}" "${fixture}"`, '--expect-exit-code', '0', '--timeout', '5');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^❌ expect-exit-code /m);
    expect(bad.stderr).toContain('release-kit: Smoke test failed: expect-exit-code:');
    expect(bad.stderr).toContain('usage: hello --version');
    // Durations as release-kit.yml and the action take them.
    const minutes = cli(root, 'smoke', '--run', `"${process.execPath}" "${fixture}" --version`, '--expect-exit-code', '0', '--timeout', '2m', '--stay-alive', '1h', '--kill-grace', '2s');
    expect(minutes.stderr).toContain('cannot be combined with expect-exit-code');
    expect(cli(root, 'smoke', '--run', `"${process.execPath}" "${fixture}" --version`, '--expect-exit-code', '0', '--timeout', '2m').status).toBe(0);
    expect(cli(root, 'smoke', '--run', 'true', '--expect-exit-code', '0', '--timeout', '2 minutes').stderr).toContain(
      'Option --timeout has the value "2 minutes", but it must be a duration from 1s to 1h: seconds (90) or with a unit (90s, 2m, 1h, 1h30m).',
    );
    // A target's smoke checks from release-kit.yml, on its release files (globs match their release names).
    writeFileSync(path.join(root, 'release-kit.yml'), `product:\n  name: hello\ntargets:\n  - id: cli\n    runner: ubuntu-24.04\n    os: linux\n    arch: x64\n    build: make\n    artifacts: [dist/hello.mjs]\n    artifact-name: '{name}-{version}-{os}-{arch}.{ext}'\n    smoke:\n      - run: node "$RELEASE_KIT_ARTIFACTS/hello-{version}-linux-x64.mjs" --version\n        expect-output: '^hello-cli {version}'\n        timeout: 30s\n      - run: node "$RELEASE_KIT_ARTIFACTS/hello-{version}-linux-x64.mjs"\n        expect-exit-code: 2\n`);
    mkdirSync(path.join(root, '.release-kit/artifacts/cli'), { recursive: true });
    writeFileSync(path.join(root, '.release-kit/artifacts/cli/hello-1.4.2-linux-x64.mjs'), readFileSync(fixture));
    const target = cli(root, 'smoke', '--target', 'cli', '--version', '1.4.2');
    expect(target.stderr).not.toContain('release-kit:');
    expect(target.stdout).toMatch(/^✅ expect-output /m);
    const none = cli(root, 'smoke', '--run', 'true');
    expect(none.status).toBe(1);
    expect(none.stderr.split('\n')[0]).toMatch(/^release-kit: .*check/);
  });

  test('notes --all streams the whole changelog (as the library builds it); with --write-changelog the file is replaced whole, and a failed run leaves it as it was', async () => {
    const repo = new TestRepo();
    repo.commit('feat(app): a', { file: 'packages/app/a.txt' });
    repo.tag('v1.0.0');
    repo.commit('fix(lib): b', { file: 'packages/lib/b.txt' });
    repo.commit('fix(app): c', { file: 'packages/app/c.txt' });
    repo.tag('v1.0.1');
    const printed = cli(repo.dir, 'notes', '--all');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toBe((await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}' })).markdown);

    // A release-kit.yml that limits the paths changes the range git was started on: the output follows it.
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  paths: [packages/app]\n');
    const limited = cli(repo.dir, 'notes', '--all');
    expect(limited.stdout).toBe((await buildChangelog(new Git(repo.dir), { tagPattern: 'v{version}', paths: ['packages/app'] })).markdown);
    expect(limited.stdout).not.toContain('lib');

    const file = path.join(repo.dir, 'CHANGELOG.md');
    writeFileSync(file, '# Old changelog\n');
    expect(cli(repo.dir, 'notes', '--all', '--changelog-file', 'CHANGELOG.md', '--write-changelog').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(limited.stdout);
    writeFileSync(file, '# Old changelog\n');
    const failed = cli(repo.dir, 'notes', '--all', '--to', 'v9.9.9', '--changelog-file', 'CHANGELOG.md', '--write-changelog');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('release-kit: Option --to has the value "v9.9.9", but it must name a commit or tag of this repository (no such revision was found).\n');
    expect(readFileSync(file, 'utf8')).toBe('# Old changelog\n');
    expect(readdirSync(repo.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
