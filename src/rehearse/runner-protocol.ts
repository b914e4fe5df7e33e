/**
 * The runner's side of the protocol an action speaks: the file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY) and the workflow commands printed on stdout
 * (`::error::`, `::add-mask::`, …). Used by the rehearsal executor and by the tests' action harness.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];

/** The runner's multi-line file-command format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      result[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      result[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return result;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masked: string[] } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!command) continue;
    const [, name, props = '', data = ''] = command;
    if (name === 'add-mask') masked.push(unescapeData(data));
    if (name === 'error' || name === 'warning' || name === 'notice') {
      const properties: Record<string, string> = {};
      for (const pair of props.split(',').filter(Boolean)) {
        const at = pair.indexOf('=');
        properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
      }
      annotations.push({ level: name, message: unescapeData(data), properties });
    }
  }
  return { annotations, masked };
}

/** Fresh, empty file-command files for one step, in `dir`. */
export function fileCommandFiles(dir: string): Record<FileCommand, string> {
  mkdirSync(dir, { recursive: true });
  const files = Object.fromEntries(FILE_COMMANDS.map((name) => [name, path.join(dir, name.slice('GITHUB_'.length).toLowerCase())])) as Record<FileCommand, string>;
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

export interface FileCommandResults {
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
}

export function readFileCommands(files: Record<FileCommand, string>): FileCommandResults {
  const read = (name: FileCommand): string => readFileSync(files[name], 'utf8');
  return {
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    summary: read('GITHUB_STEP_SUMMARY'),
    env: parseFileCommands(read('GITHUB_ENV')),
    state: parseFileCommands(read('GITHUB_STATE')),
    path: read('GITHUB_PATH').split('\n').map((line) => line.trim()).filter(Boolean),
  };
}

/** `INPUT_<NAME>` as the runner spells it: spaces to underscores, upper case, dashes kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
}

export interface ProcessRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command (never through a shell) and collects its output; killed after `timeoutMs`. */
export async function runProcess(command: readonly string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number; onStdout?: (chunk: string) => void }): Promise<ProcessRun> {
  const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    options.onStdout?.(chunk.toString());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', (error) => {
      stderr += String(error);
      resolve([127, null]);
    });
    child.on('close', (code, sig) => resolve([code, sig]));
  });
  clearTimeout(timer);
  return { exitCode, signal, stdout, stderr };
}
