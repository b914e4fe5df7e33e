/**
 * Runs a built action bundle the way the GitHub runner does: a child process with `INPUT_*` (declared
 * defaults first, as the runner sets them), and the file commands GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ENV, GITHUB_STATE, GITHUB_PATH; then parses what it wrote and the workflow commands it printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { parseFileCommands, parseWorkflowCommands, type Annotation } from '../../src/rehearse/runner-protocol.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type { Annotation };
export { parseFileCommands, parseWorkflowCommands };

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  state: Record<string, string>;
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masked: string[];
  /** `::error::` messages, in order: what a maintainer reads in the check run. */
  errors: string[];
  /** Peak resident memory of the process, with `measureMemory`. */
  maxRssKiB?: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  workspace: string;
  /** `main` (default) or `post`. */
  entry?: 'main' | 'post';
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  /** State saved by an earlier `main` run, for a `post` run. */
  state?: Record<string, string>;
  /** Run as another user (root only): `setpriv --reuid`. */
  uid?: number;
  timeoutMs?: number;
  /** Kill the process (SIGKILL, as a runner that dies) as soon as this holds; checked every 50 ms. */
  killWhen?: () => boolean;
  /** Run under GNU time to report the peak resident memory. */
  measureMemory?: boolean;
}

interface ActionManifest {
  inputs?: Record<string, { default?: string }>;
  runs: { main: string; post?: string };
}

export function readManifest(action: string): ActionManifest {
  return parseYaml(readFileSync(path.join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as ActionManifest;
}

export function tempDir(prefix = 'release-kit-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function runBuiltAction(action: string, options: RunOptions): Promise<ActionRun> {
  const manifest = readManifest(action);
  const entry = options.entry === 'post' ? manifest.runs.post : manifest.runs.main;
  if (!entry) throw new Error(`${action} has no ${options.entry} entry`);
  const script = path.resolve(ROOT, 'actions', action, entry);
  const runnerDir = tempDir('runner-');
  const files = {
    GITHUB_OUTPUT: path.join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'),
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
    GITHUB_PATH: path.join(runnerDir, 'path'),
    GITHUB_EVENT_PATH: path.join(runnerDir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event?.payload ?? {}));
  const runnerTemp = path.join(runnerDir, 'temp');
  mkdirSync(runnerTemp);

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(runnerDir, 'toolcache'),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '42',
    GITHUB_ACTION: action,
    ...files,
    ...options.env,
  };
  const inputs = { ...Object.fromEntries(Object.entries(manifest.inputs ?? {}).map(([name, spec]) => [name, spec.default ?? ''])), ...options.inputs };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;

  let command = options.uid === undefined ? [process.execPath, script] : ['setpriv', `--reuid=${options.uid}`, `--regid=${options.uid}`, '--clear-groups', process.execPath, script];
  if (options.measureMemory) command = ['/usr/bin/time', '-f', 'release-kit-max-rss-kib=%M', ...command];
  const child = spawn(command[0]!, command.slice(1), { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const killWhen = options.killWhen;
  const poll = killWhen ? setInterval(() => killWhen() && child.kill('SIGKILL'), 50) : undefined;
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  clearTimeout(timer);
  clearInterval(poll);

  const { annotations, masked } = parseWorkflowCommands(stdout);
  const rss = /release-kit-max-rss-kib=(\d+)\n?/.exec(stderr);
  if (rss) stderr = stderr.replace(rss[0], '');
  return {
    ...(rss ? { maxRssKiB: Number(rss[1]) } : {}),
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    annotations,
    masked,
    errors: annotations.filter((a) => a.level === 'error').map((a) => a.message),
  };
}
