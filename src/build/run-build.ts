import { spawn } from 'node:child_process';
import { UserError } from '../kit/errors.js';

export interface BuildRequest {
  /** The target's build command, run by bash from the repository root. */
  command: string;
  cwd: string;
  /** The whole environment of the build (default: this process's). */
  env?: Record<string, string>;
  /** Every line the build prints, as it prints it. */
  onLine?: (line: string) => void;
}

/**
 * Runs a build command with `bash -eo pipefail -c`, streaming its output line by line; a failure is a
 * UserError with the exit code and the last lines printed (the whole log is already in the job log).
 */
export function runBuild(request: BuildRequest): Promise<{ durationMs: number }> {
  const started = Date.now();
  const last: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', request.command], { cwd: request.cwd, env: request.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const take = (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        request.onLine?.(line);
        last.push(line);
        if (last.length > 30) last.shift();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => reject(new UserError(`Cannot start the build (bash): ${error.message}`)));
    child.on('close', (code, signal) => {
      if (pending) {
        request.onLine?.(pending);
        last.push(pending);
      }
      if (code === 0) return resolve({ durationMs: Date.now() - started });
      reject(new UserError(`The build command failed (${signal ? `signal ${signal}` : `exit ${code}`}): ${request.command}\nLast lines:\n${last.slice(-20).join('\n')}`));
    });
  });
}
