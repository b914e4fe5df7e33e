import { withRetry } from '../kit/retry.js';
import { describeExit, type RunningApp } from './app.js';

/** Not there yet (port closed, 503, window missing): worth another attempt until the check's time is up. */
export class NotYet extends Error {
  override name = 'NotYet';
}

/**
 * A definite answer that is wrong (the health URL answered its expected status, with a body that does not
 * match): another attempt would only repeat it, so the check fails at once.
 */
export class Mismatch extends Error {
  override name = 'Mismatch';
}

/** What a check sees: the app, the display (when one was started or given), and its own time budget. */
export interface CheckContext {
  app: RunningApp;
  display?: string;
  /** Milliseconds left before the check's timeout. */
  remainingMs(): number;
  log(message: string): void;
}

export interface SmokeCheck {
  /** The input that asked for it: `health-url`, `wait-for-port`… */
  name: string;
  /** What it checks, in words, for the summary. */
  describe: string;
  timeoutMs: number;
  /** False for checks that make sense after the app exited (exit code, output). */
  needsRunningApp: boolean;
  /** One attempt: resolves with what was found, throws NotYet to be retried, anything else fails the check. */
  attempt(context: CheckContext, attempt: number): Promise<string | { detail: string; file?: string }>;
}

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  name: string;
  describe: string;
  status: CheckStatus;
  passed: boolean;
  attempts: number;
  durationMs: number;
  detail: string;
  /** A file the check produced (the screenshot). */
  file?: string;
}

export interface RetryTiming {
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_TIMING: RetryTiming = { initialDelayMs: 250, maxDelayMs: 2000 };

class TimedOut extends Error {}

/** How long the app must still run after a check that needs it passed. */
const CONFIRM_MS = 500;
const confirmed = new WeakSet<RunningApp>();

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(what)), Math.max(0, ms));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * Runs a check until it passes, fails, or its timeout runs out: attempts are retried with exponential
 * back-off (never sleeping past the deadline), and a check that needs the app stops as soon as the app
 * is gone instead of waiting out its timeout.
 */
export async function runCheck(check: SmokeCheck, base: Omit<CheckContext, 'remainingMs'>, timing: RetryTiming = DEFAULT_TIMING): Promise<CheckResult> {
  const started = Date.now();
  const deadline = started + check.timeoutMs;
  const remainingMs = (): number => Math.max(0, deadline - Date.now());
  const context: CheckContext = { ...base, remainingMs };
  let attempts = 0;
  let lastNotYet = '';
  const result = (status: CheckStatus, detail: string, extra: Partial<CheckResult> = {}): CheckResult => ({
    name: check.name,
    describe: check.describe,
    status,
    passed: status === 'passed',
    attempts,
    durationMs: Date.now() - started,
    detail,
    ...extra,
  });
  const appGone = (): string | undefined =>
    check.needsRunningApp && base.app.exitInfo ? `the app ${describeExit(base.app.exitInfo)} after ${seconds(Date.now() - base.app.startedAt)}` : undefined;
  try {
    const detail = await withRetry(
      async (attempt) => {
        attempts = attempt;
        const gone = appGone();
        if (gone) throw new Error(`${gone}${lastNotYet ? `; last attempt: ${lastNotYet}` : ''}`);
        try {
          return await withDeadline(check.attempt(context, attempt), remainingMs(), check.describe);
        } catch (error) {
          // An attempt cut short by the deadline says less than the one before it.
          if (error instanceof NotYet && (remainingMs() > 0 || lastNotYet === '')) lastNotYet = error.message;
          throw error;
        }
      },
      {
        attempts: Number.POSITIVE_INFINITY,
        initialDelayMs: timing.initialDelayMs,
        maxDelayMs: timing.maxDelayMs,
        retryable: (error) => error instanceof NotYet && remainingMs() > 0 && !appGone(),
        sleep: (ms) =>
          new Promise((resolve) => {
            // Wake early when the app exits: nothing more to wait for.
            const timer = setTimeout(resolve, Math.min(ms, remainingMs()));
            if (check.needsRunningApp) void base.app.exited.then(() => (clearTimeout(timer), resolve(undefined)));
          }),
      },
    );
    if (check.needsRunningApp && !confirmed.has(base.app)) {
      // A pass counts only while the app still runs: a server that dies at start-up (its port already taken)
      // leaves whatever holds the port to answer for it. A short look after the first pass catches that exit
      // (the checks after it see an app that is gone before their first attempt).
      confirmed.add(base.app);
      await Promise.race([base.app.exited, new Promise((resolve) => setTimeout(resolve, Math.min(CONFIRM_MS, remainingMs())).unref())]);
      const gone = appGone();
      if (gone) return result('failed', `${typeof detail === 'string' ? detail : detail.detail}, but ${gone}: what answered was not the app (another process on its port?)`);
    }
    return typeof detail === 'string' ? result('passed', detail) : result('passed', detail.detail, detail.file ? { file: detail.file } : {});
  } catch (error) {
    const gone = appGone();
    if (error instanceof TimedOut || (error instanceof NotYet && !gone)) {
      return result('failed', `no success within ${seconds(check.timeoutMs)} (${attempts} attempt${attempts === 1 ? '' : 's'})${lastNotYet ? `; last attempt: ${lastNotYet}` : ''}`);
    }
    if (error instanceof NotYet && gone) return result('failed', `${gone}; last attempt: ${error.message}`);
    return result('failed', error instanceof Error ? error.message : String(error));
  }
}

export function skipped(check: SmokeCheck, reason: string): CheckResult {
  return { name: check.name, describe: check.describe, status: 'skipped', passed: false, attempts: 0, durationMs: 0, detail: reason };
}
