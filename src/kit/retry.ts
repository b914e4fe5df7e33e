export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubled each time, capped at maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs?: number;
  /** Whether this failure is worth another attempt (default: every failure). */
  retryable?: (error: unknown) => boolean;
  /** Told of each failed attempt that will be retried: the place to log it. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before retry n (1-based): `firstMs`, doubled each time, at most `maxMs` (15 s, or `firstMs` when longer). */
export const doublingDelay =
  (firstMs: number, maxMs = Math.max(15_000, firstMs)) =>
  (attempt: number): number =>
    Math.min(firstMs * 2 ** (attempt - 1), maxMs);

/** Runs `work` until it succeeds, with exponential back-off; the last failure is thrown as is. */
export async function withRetry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const wait = options.sleep ?? sleep;
  let delay = options.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      const retryable = options.retryable ? options.retryable(error) : true;
      if (attempt >= options.attempts || !retryable) throw error;
      options.onRetry?.(error, attempt, delay);
      await wait(delay);
      delay = Math.min(delay * 2, options.maxDelayMs ?? Number.POSITIVE_INFINITY);
    }
  }
}
