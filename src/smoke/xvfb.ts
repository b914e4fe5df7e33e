import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { runTool } from '../kit/exec.js';
import { UserError } from '../kit/errors.js';
import { withRetry } from '../kit/retry.js';

export interface VirtualDisplay {
  /** `:N` */
  display: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export const XVFB_SCREEN = '1280x800x24';

/** The Xvfb command line: `-displayfd` lets the server pick a free display number and say when it is ready; `-br` makes the empty screen one colour (black), so a blank screenshot is recognised. */
export function xvfbArgs(displayFd = 3): string[] {
  return ['-displayfd', String(displayFd), '-screen', '0', XVFB_SCREEN, '-nolisten', 'tcp', '-br'];
}

/**
 * Starts Xvfb on a free display and waits until it accepts clients: the server writes its display
 * number to the `-displayfd` pipe once it listens (it skips numbers whose /tmp/.X<N>-lock is taken),
 * and `xdpyinfo` then confirms a client can connect.
 */
export async function startXvfb(logFile: string, options: { timeoutMs?: number } = {}): Promise<VirtualDisplay> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn('Xvfb', xvfbArgs(3), {
      stdio: ['ignore', log, log, 'pipe'],
      detached: true,
    });
  } finally {
    closeSync(log);
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  };
  const number = await new Promise<number>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new UserError(`Xvfb did not start within ${timeoutMs} ms; see ${logFile}.`)), timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new UserError(error.code === 'ENOENT' ? 'Xvfb was not found: install it (Debian/Ubuntu: apt-get install xvfb) or set DISPLAY.' : `Cannot start Xvfb: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new UserError(`Xvfb exited with code ${code} before it was ready; see ${logFile}.`));
    });
    const fd = child.stdio[3] as NodeJS.ReadableStream | null;
    fd?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /^(\d+)\n/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  const display = `:${number}`;
  try {
    await withRetry(() => runTool('xdpyinfo', ['-display', display], { timeoutMs: 5000 }), { attempts: 10, initialDelayMs: 100, maxDelayMs: 1000 });
  } catch (error) {
    // xdpyinfo missing is not a reason to fail: Xvfb already said it listens.
    if (!(error instanceof UserError && /not found on PATH/.test(error.message))) {
      await stop();
      throw new UserError(`Xvfb started on ${display} but does not accept clients: ${(error as Error).message}`);
    }
  }
  return { display, pid: child.pid!, logFile, stop };
}
