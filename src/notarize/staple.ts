import { runTool } from '../kit/exec.js';
import { withRetry } from '../kit/retry.js';

export interface StapleOptions {
  /** Attempts of `stapler staple` in all: a fresh ticket can take a while to reach Apple's CDN. */
  attempts?: number;
  retryDelayMs?: number;
  log?: (message: string) => void;
}

/**
 * Attaches the notarization ticket to an .app, .dmg or .pkg (`xcrun stapler staple`, retried), then
 * checks it is there (`xcrun stapler validate`). Either failing is an error.
 */
export async function stapleAndValidate(file: string, options: StapleOptions = {}): Promise<void> {
  await withRetry(() => runTool('xcrun', ['stapler', 'staple', file], { timeoutMs: 300_000 }), {
    attempts: options.attempts ?? 4,
    initialDelayMs: options.retryDelayMs ?? 10_000,
    maxDelayMs: 60_000,
    onRetry: (error, attempt, delay) =>
      options.log?.(`Stapling ${file} failed (attempt ${attempt}): ${(error as Error).message.split('\n').slice(-1)[0]}; again in ${Math.round(delay / 1000)} s.`),
  });
  await runTool('xcrun', ['stapler', 'validate', file], { timeoutMs: 300_000 });
}
