import { UserError } from '../kit/errors.js';
import { sleep as realSleep } from '../kit/retry.js';
import { FINAL_STATUSES, type NotaryBackend } from './backend.js';
import { formatDuration } from '../kit/duration.js';

export interface Pending {
  id: string;
  /** How log lines name it: the file, or the id when resuming without files. */
  label: string;
}

export interface WaitOptions {
  /** The wait ends (WaitTimeout) this long after it started. */
  timeoutMs: number;
  /** First pause between polls; doubled after each poll up to `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs?: number;
  /** A line is logged at least this often, even while a request hangs. */
  heartbeatMs?: number;
  /** Polls of one submission that may fail in a row (network, 5xx) before the wait gives up. */
  maxConsecutiveErrors?: number;
  log: (message: string) => void;
  warn: (message: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The wait ran out with submissions still in progress: carries what a re-run needs to continue. */
export class WaitTimeout extends UserError {
  override name = 'WaitTimeout';
  readonly pending: Array<Pending & { status: string }>;
  readonly elapsedMs: number;
  constructor(pending: Array<Pending & { status: string }>, elapsedMs: number) {
    super(
      `Notarization is not finished after ${formatDuration(elapsedMs)}: ${pending.map((p) => `${p.label} (submission ${p.id}) is ${p.status}`).join('; ')}. ` +
        `Nothing was resubmitted or lost: re-run this job with \`submission-id: ${pending.map((p) => p.id).join(',')}\` to continue waiting for ${pending.length === 1 ? 'it' : 'them'}.`,
    );
    this.pending = pending;
    this.elapsedMs = elapsedMs;
  }
}

/** The answer, or undefined once `ms` have passed without one (the request is left to fail on its own). */
async function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), Math.max(0, ms))));
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}

/**
 * Polls each submission until the notary service gives a verdict (Accepted, Invalid, Rejected), with
 * back-off (initialDelay, doubled, capped) and a log line for every poll and at least every heartbeat;
 * bounded by `timeoutMs`. Returns the final status of every id.
 */
export async function waitForVerdicts(backend: NotaryBackend, submissions: readonly Pending[], options: WaitOptions): Promise<Map<string, string>> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const maxDelay = Math.max(options.maxDelayMs ?? 60_000, options.initialDelayMs);
  const heartbeatMs = options.heartbeatMs ?? 60_000;
  const maxErrors = options.maxConsecutiveErrors ?? 5;
  const started = now();
  const deadline = started + options.timeoutMs;
  const verdicts = new Map<string, string>();
  const last = new Map<string, string>(submissions.map((s) => [s.id, 'In Progress']));
  const errors = new Map<string, number>();
  let lastLine = now();
  const say = (message: string): void => {
    lastLine = now();
    options.log(message);
  };
  const heartbeat = setInterval(() => {
    if (now() - lastLine < heartbeatMs) return;
    const waiting = submissions.filter((s) => !verdicts.has(s.id));
    say(`Still waiting after ${formatDuration(now() - started)}: ${waiting.map((s) => `${s.label} ${last.get(s.id)}`).join(', ')}.`);
  }, Math.max(50, Math.min(heartbeatMs / 4, 15_000)));
  heartbeat.unref();
  try {
    let delay = options.initialDelayMs;
    for (;;) {
      for (const submission of submissions.filter((s) => !verdicts.has(s.id))) {
        try {
          // A request that hangs past the deadline does not stretch the wait: the deadline bounds it all.
          const answer = await beforeDeadline(backend.info(submission.id), deadline - now());
          if (answer === undefined) break;
          const { status } = answer;
          errors.delete(submission.id);
          last.set(submission.id, status);
          say(`${submission.label}: ${status} after ${formatDuration(now() - started)} (submission ${submission.id}).`);
          if (FINAL_STATUSES.includes(status)) verdicts.set(submission.id, status);
        } catch (error) {
          const count = (errors.get(submission.id) ?? 0) + 1;
          errors.set(submission.id, count);
          if (count >= maxErrors) throw error;
          options.warn(`Status of ${submission.label} (submission ${submission.id}) not read, ${count} of ${maxErrors - 1} tolerated failures: ${(error as Error).message}`);
          lastLine = now();
        }
      }
      if (verdicts.size === submissions.length) return verdicts;
      const left = deadline - now();
      if (left <= 0) {
        throw new WaitTimeout(
          submissions.filter((s) => !verdicts.has(s.id)).map((s) => ({ ...s, status: last.get(s.id) ?? 'In Progress' })),
          now() - started,
        );
      }
      await sleep(Math.min(delay, left));
      delay = Math.min(delay * 2, maxDelay);
    }
  } finally {
    clearInterval(heartbeat);
  }
}
