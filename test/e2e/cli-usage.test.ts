/**
 * The `release-kit` command as a new user meets it (built bundle): usage and help that match what each
 * command accepts, `notes` taking every input of the release-notes action, a dry run that writes
 * nothing, a closed stdout, and smoke results printed once.
 */
import { describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { RELEASE_NOTES_INPUTS } from '../../src/actions/release-notes/inputs.js';
import { auditCommand } from '../../src/cli/audit.js';
import { checkCommand } from '../../src/cli/check.js';
import { checksumCommand, verifyCommand } from '../../src/cli/checksum.js';
import type { CommandSpec } from '../../src/cli/command.js';
import { verifyFeedCommand } from '../../src/cli/feed.js';
import { distributeCommand } from '../../src/cli/distribute.js';
import { notesCommand } from '../../src/cli/notes.js';
import { rehearseCommand } from '../../src/cli/rehearse.js';
import { signCommand } from '../../src/cli/sign.js';
import { smokeCommand } from '../../src/cli/smoke.js';
import { SMOKE_KEYS } from '../../src/smoke/settings.js';
import { bigHistory } from '../harness/big-history.js';
import { TestRepo } from '../harness/git-repo.js';
import { ROOT, tempDir } from '../harness/runner.js';

const CLI = path.join(ROOT, 'dist/cli/index.js');

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking this process (a server in the test must keep answering). */
function cliAsync(cwd: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const COMMANDS: CommandSpec[] = [checksumCommand, verifyCommand, notesCommand, checkCommand, smokeCommand, verifyFeedCommand, distributeCommand, rehearseCommand, auditCommand, signCommand].map((c) => c.spec);

describe('usage and help', () => {
  test('no arguments: the usage on stderr and exit 2; --help: the same on stdout and exit 0', () => {
    const dir = tempDir('cli-usage-');
    const none = cli(dir);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^release-kit: a command is needed\n\nUsage:\n/);
    for (const spec of COMMANDS) expect(none.stderr).toContain(`release-kit ${spec.name} ${spec.synopsis}`);
    const help = cli(dir, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('release-kit help <command>');
  });

  test("an unknown option prints that command's own usage, not every command's", () => {
    const result = cli(tempDir('cli-usage-'), 'notes', '--no-such-option');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^release-kit: Unknown option '--no-such-option'/);
    expect(result.stderr).toContain('\nUsage:\n  release-kit notes [options]\n');
    expect(result.stderr).not.toContain('release-kit checksum');
    const missing = cli(tempDir('cli-usage-'), 'verify');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Usage:\n  release-kit verify [options] <sums file>');
    expect(missing.stderr).not.toContain('release-kit notes');
  });

  test('every smoke setting of release-kit.yml is a smoke option of the same name, its help the setting\'s description', () => {
    const names = smokeCommand.spec.options.map((option) => option.name);
    for (const key of SMOKE_KEYS.filter((k) => k !== 'upload-screenshot')) expect(names).toContain(key);
    const help = cli(tempDir('cli-usage-'), 'smoke', '--help').stdout;
    expect(help).toContain('--kill-grace DURATION');
    expect(help).toContain('--timeouts CHECK=DURATION (repeatable)');
    expect(help).not.toContain('upload-screenshot');
  });

  test('help <command> and <command> --help print the same help, which lists every option the command parses', () => {
    const dir = tempDir('cli-usage-');
    for (const spec of COMMANDS) {
      const viaHelp = cli(dir, 'help', spec.name);
      expect(viaHelp.status).toBe(0);
      expect(viaHelp.stdout).toBe(cli(dir, spec.name, '--help').stdout);
      expect(viaHelp.stdout.startsWith(`Usage:\n  release-kit ${spec.name} `)).toBe(true);
      expect(spec.options.length).toBeGreaterThan(0);
      for (const option of spec.options) expect(viaHelp.stdout).toMatch(new RegExp(`^ {4}--(?:\\[no-\\])?${option.name}\\b`, 'm'));
    }
    expect(cli(dir, 'help', 'frobnicate').status).toBe(2);
  });
});

describe('notes takes every input of the release-notes action', () => {
  test('action.yml declares exactly the inputs the CLI derives its options from; each one is an option and is in the help', () => {
    const manifest = parse(readFileSync(path.join(ROOT, 'actions/release-notes/action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };
    expect(Object.keys(manifest.inputs)).toEqual(RELEASE_NOTES_INPUTS.map((input) => input.name));
    for (const input of RELEASE_NOTES_INPUTS) {
      expect(manifest.inputs[input.name]!.description).toBe(input.description);
      expect(manifest.inputs[input.name]!.default).toBe(input.default);
    }
    const help = cli(tempDir('cli-usage-'), 'notes', '--help').stdout;
    for (const name of Object.keys(manifest.inputs)) {
      expect(notesCommand.options[name]).toBeDefined();
      expect(help).toMatch(new RegExp(`^ {4}--(?:\\[no-\\])?${name}\\b`, 'm'));
    }
  });

  test('--initial-version, --breaking-below-1, --working-directory, --notes-file, --config-file, --hidden-types, --spec-id-patterns, --bumps, --deepen on a real repository', () => {
    const root = tempDir('cli-notes-');
    mkdirSync(path.join(root, 'app'));
    const repo = new TestRepo(path.join(root, 'app'));
    repo.commit('feat: first (REQ-1, X-7)');
    repo.commit('docs: hidden from the notes');
    repo.commit('build: a toolchain update');
    writeFileSync(path.join(root, 'notes.yml'), 'notes:\n  requirements: true\n');
    const first = cli(root, 'notes', '--working-directory', 'app', '--initial-version', '2.0.0', '--notes-file', 'out/notes.md', '--config-file', '../notes.yml', '--hidden-types', 'docs', '--spec-id-patterns', 'X-\\d+', '--json', '--deepen');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stdout) as { version: string; specIds: string[]; markdown: string };
    expect(summary.version).toBe('2.0.0');
    expect(summary.specIds).toEqual(['X-7']);
    expect(summary.markdown).not.toContain('hidden from the notes');
    expect(summary.markdown).toContain('### Requirements covered');
    expect(readFileSync(path.join(root, 'out/notes.md'), 'utf8')).toBe(summary.markdown);

    repo.tag('v0.1.0');
    repo.commit('feat!: a break below 1.0');
    const minor = JSON.parse(cli(repo.dir, 'notes', '--json').stdout) as { version: string };
    expect(minor.version).toBe('0.2.0');
    const major = JSON.parse(cli(repo.dir, 'notes', '--json', '--breaking-below-1', 'major').stdout) as { version: string };
    expect(major.version).toBe('1.0.0');
    repo.tag('v1.0.0');
    repo.commit('build: another toolchain update');
    expect(JSON.parse(cli(repo.dir, 'notes', '--json', '--bumps', 'build=patch').stdout)).toMatchObject({ version: '1.0.1', bump: 'patch' });
    const bad = cli(repo.dir, 'notes', '--breaking-below-1', 'huge');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('release-kit: Option --breaking-below-1 has the value "huge", but it must be one of: minor, major.\n');
  });

  test('a dry run never writes CHANGELOG.md, even when release-kit.yml names it; --write-changelog does', () => {
    const repo = new TestRepo();
    repo.commit('feat: first');
    repo.tag('v1.0.0');
    repo.commit('fix: second');
    writeFileSync(path.join(repo.dir, 'release-kit.yml'), 'notes:\n  changelog-file: CHANGELOG.md\n');
    const file = path.join(repo.dir, 'CHANGELOG.md');
    const dry = cli(repo.dir, 'notes');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('# v1.0.1 (patch since v1.0.0)');
    expect(existsSync(file)).toBe(false);
    expect(cli(repo.dir, 'notes', '--all').status).toBe(0);
    expect(existsSync(file)).toBe(false);
    const named = cli(repo.dir, 'notes', '--changelog-file', 'CHANGELOG.md');
    expect(named.stderr).toBe('release-kit: CHANGELOG.md was not written; add --write-changelog to write it.\n');
    expect(existsSync(file)).toBe(false);

    expect(cli(repo.dir, 'notes', '--write-changelog').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^## 1\.0\.1 \(\d{4}-\d\d-\d\d\)\n\n### Bug fixes\n\n- second/m);
    expect(cli(repo.dir, 'notes', '--all', '--write-changelog').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(cli(repo.dir, 'notes', '--all').stdout);
  });
});

describe('a closed stdout', () => {
  test('release-kit notes --all | head -1 prints one line and exits 0 quietly', () => {
    const dir = bigHistory({ commits: 3000, message: (i) => `${i % 3 ? 'fix' : 'feat'}: change ${i} ${'with a long description '.repeat(6)}`, tag: (i) => (i % 100 ? undefined : `v1.${i / 100}.0`) });
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" notes --all | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout).toBe('# Changelog\n');
    expect(run.stderr).toBe('exit 0\n');
  });
});

describe('smoke prints each result once and retries only what can still change', () => {
  const freePort = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
  /** The fixture answers 503 for DELAY_MS, then 200 with {"status":"ok","version":"0.0.0",…}. */
  const server = (port: number): string => `"${process.execPath}" "${path.join(ROOT, 'test/fixtures/smoke/delayed-server.mjs')}" ${port}`;

  test('a health URL that answers 200 with a wrong JSON value fails at the first attempt, said once', async () => {
    const port = await freePort();
    const result = await cliAsync(tempDir('cli-smoke-'), 'smoke', '--run', server(port), '--env', 'DELAY_MS=0', '--wait-for-port', String(port), '--health-url', `http://127.0.0.1:${port}/health`, '--expect-body', 'json:version=9.9.9', '--timeout', '30');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^❌ health-url +\d+\.\d s {2}1 attempt {2}HTTP 200, but version is "0\.0\.0", expected "9\.9\.9"$/m);
    const lines = `${result.stdout}\n${result.stderr}`.split('\n');
    expect(lines.filter((line) => line.includes('version is "0.0.0"') && !line.startsWith('release-kit:'))).toHaveLength(1);
    expect(lines.filter((line) => /wait-for-port/.test(line))).toHaveLength(1);
  });

  test('a server that dies at start-up because its port is taken fails, though the port\'s holder answers the health URL', async () => {
    const port = await freePort();
    // Yesterday's server still holds the port and answers 200 {"status":"ok"}.
    const stale = spawn(process.execPath, [path.join(ROOT, 'test/fixtures/smoke/delayed-server.mjs'), String(port)], { env: { ...process.env, DELAY_MS: '0' }, stdio: 'ignore' });
    try {
      await new Promise<void>((resolve, reject) => {
        const poll = (): void => void fetch(`http://127.0.0.1:${port}/health`).then(() => resolve(), () => (stale.exitCode === null ? setTimeout(poll, 100) : reject(new Error('the stale server did not start'))));
        poll();
      });
      const result = await cliAsync(tempDir('cli-smoke-'), 'smoke', '--run', server(port), '--env', 'DELAY_MS=0', '--health-url', `http://127.0.0.1:${port}/health`, '--expect-body', 'json:status=ok', '--timeout', '30');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^❌ health-url .*HTTP 200, status = "ok", but the app exited with code 1 after [\d.]+ s: what answered was not the app \(another process on its port\?\)$/m);
    } finally {
      stale.kill();
    }
  });

  test('a 503 while starting is retried until the body is right', async () => {
    const port = await freePort();
    const result = await cliAsync(tempDir('cli-smoke-'), 'smoke', '--run', server(port), '--env', 'DELAY_MS=1500', '--health-url', `http://127.0.0.1:${port}/health`, '--expect-body', 'json:status=ok', '--timeout', '30');
    expect(result.stderr).not.toContain('release-kit:');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✅ health-url +\d+\.\d s {2}\d+ attempts {2}HTTP 200, status = "ok"$/m);
  });
});
