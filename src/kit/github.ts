import { createHash } from 'node:crypto';
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const Client = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof Client>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl?: string;
  log?: (message: string) => void;
  /** Retries after a rate limit or a server error. */
  retries?: number;
}

/** A stand-in for the throttling plugin's spacing group that lets every request through at once. */
const UNSPACED = { key: () => ({ schedule: <T,>(_options: unknown, job: () => Promise<T>): Promise<T> => job() }) };

/** An API on this machine: 127.0.0.1, ::1 or localhost. */
export function isLoopback(baseUrl: string): boolean {
  try {
    return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/**
 * An Octokit that retries server errors and waits out primary and secondary rate limits, honouring
 * `Retry-After` and `x-ratelimit-reset`, up to `retries` times. Writes are spaced per credential (GitHub
 * counts its secondary limits per token): clients of one token in a process share the spacing, clients
 * of different tokens (jobs of their own) do not wait for each other; an API on loopback is not spaced.
 */
export function githubClient(options: ClientOptions): GitHubClient {
  const retries = options.retries ?? 3;
  const log = options.log ?? (() => undefined);
  const baseUrl = options.baseUrl ?? 'https://api.github.com';
  return new Client({
    auth: options.token,
    baseUrl,
    userAgent: 'release-kit',
    retry: { retries },
    throttle: {
      // A GitHub on this machine (the embedded emulator of `release-kit rehearse`) has no secondary limits:
      // writes there are not spaced a second apart (three for those that notify), which only slowed a rehearsal.
      ...(isLoopback(baseUrl) ? ({ write: UNSPACED, notifications: UNSPACED } as object) : {}),
      id: createHash('sha256').update(`${baseUrl}\n${options.token}`).digest('hex').slice(0, 16),
      onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
        log(`Rate limit reached for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
        return count < retries;
      },
      onSecondaryRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
        log(`Secondary rate limit for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
        return count < retries;
      },
    },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  });
}

/** `owner/repo` → parts, or an error message naming the value. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
  if (!match) throw new Error(`"${repository}" is not an owner/repo name`);
  return { owner: match[1]!, repo: match[2]! };
}
