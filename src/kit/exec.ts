import { spawn } from 'node:child_process';
import { UserError } from './errors.js';
import { redact } from './secrets.js';

export interface ToolOptions {
  cwd?: string;
  /** Added to (not replacing) the current environment. */
  env?: Record<string, string | undefined>;
  /** Written to the tool's standard input, then closed. */
  input?: string | Buffer;
  /** Kill the tool (and fail) after this many milliseconds. */
  timeoutMs?: number;
  /** Resolve with the result instead of failing on a non-zero exit. */
  allowFailure?: boolean;
  /** Text to hide in error messages (passwords passed on a command line, say). */
  secrets?: readonly string[];
}

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A tool that ran and failed: its command line (secrets hidden), exit code and last lines of output. */
export class ToolError extends UserError {
  override name = 'ToolError';
  readonly result: ToolResult;
  constructor(message: string, result: ToolResult) {
    super(message);
    this.result = result;
  }
}

/** The text with the given secrets and every registered one (in all their forms) replaced by `***`. */
function hide(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return redact(out);
}

function tail(text: string, lines = 20): string {
  const all = text.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}

/**
 * Runs a command with an argument list (never a shell), captures its output and fails with a
 * message naming the command, its exit code and the end of what it printed.
 */
export function runTool(command: string, args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
  const secrets = options.secrets ?? [];
  const shown = hide([command, ...args].join(' '), secrets);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    // A tool that exits before reading its input must not take this process down with EPIPE.
    child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(
        new UserError(
          error.code === 'ENOENT' ? `${command} was not found on PATH: install it or put it on PATH.` : `Cannot run ${command}: ${error.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const raw = { exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      // The caller reads what the tool printed as it is (a verifier's certificate, a signature). What goes
      // onward in an error carries no secret; the runner commands hide them from logs, annotations,
      // outputs and the summary, and transcripts written to files are redacted where they are written.
      const hidden = { exitCode: raw.exitCode, stdout: hide(raw.stdout, secrets), stderr: hide(raw.stderr, secrets) };
      if (timedOut) return reject(new ToolError(`${shown} did not finish within ${options.timeoutMs} ms and was stopped.`, hidden));
      if (code === 0 || options.allowFailure) return resolve(raw);
      const said = tail(`${hidden.stderr}\n${hidden.stdout}`.trim());
      reject(new ToolError(`${shown} failed (${signal ? `signal ${signal}` : `exit ${code}`})${said ? `:\n${said}` : '.'}`, hidden));
    });
  });
}
