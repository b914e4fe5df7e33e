import { UserError } from '../kit/errors.js';
import { sleep as realSleep } from '../kit/retry.js';

/**
 * RFC 3161 timestamp servers: the list the user gave (or public defaults), each tried a few times with
 * back-off; a server that keeps failing is dropped for the rest of the run and the next one is used.
 * Only failures of the timestamp server itself move on: any other failure (a wrong password, say) is
 * thrown at once.
 */

/** Free public RFC 3161 servers run by certificate authorities Windows trusts. */
export const DEFAULT_TIMESTAMP_URLS: readonly string[] = [
  'http://timestamp.digicert.com',
  'http://timestamp.sectigo.com',
  'http://timestamp.globalsign.com/tsa/r6advanced1',
];

export interface TimestampOptions {
  urls: readonly string[];
  /** Attempts per server, the first included. */
  attemptsPerServer?: number;
  /** Wait before the second attempt at one server; doubled for each further attempt. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of every failed attempt: the place to log it. */
  onFailure?: (url: string, answer: string, attempt: number, willRetry: boolean) => void;
}

/** A timestamp server did not give a usable answer: `answer` says what it did instead. */
export class TimestampServerError extends Error {
  override name = 'TimestampServerError';
  readonly answer: string;
  constructor(answer: string) {
    super(answer);
    this.answer = answer;
  }
}

export class TimestampFailover {
  readonly urls: readonly string[];
  private readonly attempts: number;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly onFailure: TimestampOptions['onFailure'];
  /** Servers that failed every attempt, with their last answer: skipped from then on. */
  private readonly failed = new Map<string, string>();

  constructor(options: TimestampOptions) {
    if (options.urls.length === 0) throw new UserError('No timestamp server is configured: give at least one URL in timestamp-urls, or set timestamp: false.');
    this.urls = options.urls;
    this.attempts = Math.max(1, options.attemptsPerServer ?? 3);
    this.initialDelayMs = options.initialDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 8000;
    this.sleep = options.sleep ?? realSleep;
    this.onFailure = options.onFailure;
  }

  /**
   * Runs `work` with a server URL until it succeeds. `work` throws TimestampServerError when the server
   * (not the signing) failed; anything else is thrown as is.
   */
  async run<T>(work: (url: string) => Promise<T>): Promise<{ result: T; url: string }> {
    for (const url of this.urls) {
      if (this.failed.has(url)) continue;
      let delay = this.initialDelayMs;
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        try {
          return { result: await work(url), url };
        } catch (error) {
          if (!(error instanceof TimestampServerError)) throw error;
          const last = attempt === this.attempts;
          this.onFailure?.(url, error.answer, attempt, !last);
          if (last) {
            this.failed.set(url, error.answer);
            break;
          }
          await this.sleep(delay);
          delay = Math.min(delay * 2, this.maxDelayMs);
        }
      }
    }
    const answers = this.urls.map((url) => `  ${url}: ${this.failed.get(url) ?? 'not tried'}`).join('\n');
    throw new UserError(
      `Timestamping failed at every server (${this.attempts} attempts each):\n${answers}\n` +
        'Add a reachable RFC 3161 server to timestamp-urls, or set timestamp: false (the signature then expires with the certificate).',
    );
  }
}

/** A short account of why a timestamp request failed, from what a signing tool printed. */
export function describeTimestampFailure(output: string): string {
  const http = /code=(\d{3}), reason=([^\n:]+)/.exec(output);
  if (http) return `HTTP ${http[1]} ${http[2]!.trim()}`;
  const known = /(Connection refused|Connection timed out|timed out|Name or service not known|No address associated with hostname|Temporary failure in name resolution|Network is unreachable|connection reset|certificate verify failed)/i.exec(output);
  if (known) return known[1]!;
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /timestamp|time-stamp|http/i.test(line)) ?? lines.at(-1) ?? 'no answer';
}
