import { createReadStream } from 'node:fs';
import { UserError } from '../kit/errors.js';
import type { GitHubClient } from '../kit/github.js';
import { describeRequest, RequestTimeoutError, requestTimeouts, timedFetch, timedRequest, type RequestTimeouts } from '../kit/http-timeouts.js';
import { doublingDelay, sleep } from '../kit/retry.js';
import { formatDuration } from '../kit/duration.js';
import { ApiError, type ReleaseApi, type RemoteAsset, type RemoteRelease } from './api.js';

export interface ReleaseApiOptions {
  /** Per-request deadlines (connect, headers, idle body); default 60 s each (connect 30 s). */
  timeouts?: RequestTimeouts;
  /** Attempts of one API request after the first, for timeouts, resets, 5xx and garbled answers. */
  retries?: number;
  /** Wait before retry n (1-based). */
  backoffMs?: (attempt: number) => number;
  log?: (message: string) => void;
}

/** An answer that is not what GitHub sends for this request (cut, or not JSON): worth another attempt. */
class GarbledAnswer extends Error {
  override name = 'GarbledAnswer';
}

/** A request that failed every attempt: names it, what went wrong last, and how long it was tried. */
export class RequestGaveUp extends UserError {
  override name = 'RequestGaveUp';
  constructor(request: string, attempts: number, elapsedMs: number, last: unknown) {
    super(`${request} failed ${attempts} time${attempts === 1 ? '' : 's'} over ${formatDuration(elapsedMs)}; last: ${reason(last)}. GitHub may be having trouble: re-run the job (a re-run resumes where this one stopped).`);
  }
}

function reason(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof RequestTimeoutError) return cause.message.replace(/^[A-Z]+ \S+: /, '');
  if (error instanceof RequestTimeoutError || error instanceof GarbledAnswer) return error.message.replace(/^[A-Z]+ \S+: /, '');
  if (error instanceof ApiError) return `HTTP ${error.status}: ${error.message}`;
  return (error as Error).message;
}

/** Worth another attempt: no answer in time, a broken connection, a server error, a garbled answer. */
function transient(error: unknown): boolean {
  if (error instanceof GarbledAnswer || error instanceof RequestTimeoutError) return true;
  const e = error as { status?: number; response?: unknown };
  if (typeof e.status !== 'number') return true; // connection refused, reset
  if (e.status === 500 && e.response === undefined) return true; // Octokit's word for a failed fetch
  return e.status >= 500 || e.status === 429;
}

/** Octokit errors carry `status` and `response.data.errors[].code`; normalise them. */
function apiError(error: unknown): never {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string; errors?: Array<{ code?: string; message?: string }> } } };
  if (typeof e.status !== 'number') throw error;
  const detail = e.response?.data?.errors?.map((x) => x.message ?? x.code).filter(Boolean).join('; ');
  throw new ApiError(e.status, `${e.response?.data?.message ?? e.message}${detail ? ` (${detail})` : ''}`, e.response?.data?.errors?.[0]?.code);
}

/**
 * Uploads stream the file with its length (GitHub requires Content-Length); the one request a file is
 * not retried here: the publish step decides, after cleaning up a half-uploaded asset.
 */
async function streamUpload(url: string, token: string, file: { path: string; name: string; size: number; contentType: string }, userAgent: string, timeouts: RequestTimeouts): Promise<RemoteAsset> {
  const target = new URL(url);
  const res = await timedRequest(
    target,
    {
      method: 'POST',
      label: `${describeRequest('POST', target)} (${file.name})`,
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': file.contentType,
        'content-length': String(file.size),
        'user-agent': userAgent,
      },
      body: createReadStream(file.path, { highWaterMark: 1024 * 1024 }),
    },
    timeouts,
  );
  const text = res.body.toString('utf8');
  let body: { message?: string; errors?: Array<{ code?: string }> } & Partial<RemoteAsset> = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { message: text.slice(0, 200) };
  }
  if (res.status === 201) {
    if (typeof body.id !== 'number' || typeof body.name !== 'string') throw new GarbledAnswer(`POST upload of ${file.name}: the answer is not an asset (${JSON.stringify(text.slice(0, 80))})`);
    return body as RemoteAsset;
  }
  const error = new ApiError(res.status, body.message ?? `HTTP ${res.status}`, body.errors?.[0]?.code);
  (error as ApiError & { retryAfter?: number }).retryAfter = Number(res.headers['retry-after']) || undefined;
  throw error;
}

type Shape = 'release' | 'releases' | 'assets' | 'none';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
function wellFormed(shape: Shape, data: unknown): boolean {
  if (shape === 'none') return true;
  if (shape === 'release') return isObject(data) && typeof data.id === 'number' && typeof data.tag_name === 'string' && Array.isArray(data.assets);
  if (!Array.isArray(data)) return false;
  return data.every((x) => isObject(x) && typeof x.id === 'number' && (shape === 'assets' ? typeof x.name === 'string' : typeof x.tag_name === 'string'));
}

export function octokitReleaseApi(client: GitHubClient, owner: string, repo: string, token: string, options: ReleaseApiOptions = {}): ReleaseApi {
  const timeouts = options.timeouts ?? requestTimeouts(60_000);
  const retries = options.retries ?? 4;
  const backoff = options.backoffMs ?? doublingDelay(1000);
  /**
   * One API request, retried on a timeout, a reset, a 5xx or a garbled answer (Octokit's own retries
   * are off for it, so the waits and the final error are these); other failures are thrown at once.
   */
  async function respond<R extends { data: unknown }>(label: string, shape: Shape, work: () => Promise<R>, deletion = false): Promise<R> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const answer = await work();
        if (!wellFormed(shape, answer.data)) throw new GarbledAnswer(`${label}: the answer is not what GitHub sends (${JSON.stringify(String(typeof answer.data === 'string' ? answer.data : JSON.stringify(answer.data)).slice(0, 80))})`);
        return answer;
      } catch (error) {
        // A deletion retried after GitHub applied it (the answer was lost) finds nothing: it is done.
        if (deletion && attempt > 1 && (error as { status?: number }).status === 404) return { data: undefined } as R;
        if (!transient(error)) apiError(error);
        if (attempt > retries) throw new RequestGaveUp(label, attempt, Date.now() - started, error);
        const wait = backoff(attempt);
        options.log?.(`${label}: ${reason(error)}; retry ${attempt} of ${retries} in ${formatDuration(wait)}.`);
        await sleep(wait);
      }
    }
  }
  const base = `/repos/${owner}/${repo}`;
  // Octokit's retries are off for these requests (the loop above retries), and answers come through the timed fetch.
  const noRetry = { retries: 0, fetch: timedFetch(timeouts) };
  const call = async <T>(label: string, shape: Shape, work: () => Promise<{ data: T }>): Promise<T> => (await respond(label, shape, work, label.startsWith('DELETE'))).data;
  /** Every page, following the Link header: no extra request for an empty last page. */
  async function allPages<T>(label: string, shape: Shape, fetchPage: (page: number) => Promise<{ data: T[]; headers: { link?: string } }>): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const { data, headers } = await respond(label, shape, () => fetchPage(page));
      all.push(...data);
      if (!/rel="next"/.test(headers.link ?? '')) return all;
    }
  }
  return {
    listReleases: () => allPages(`GET ${base}/releases`, 'releases', (page) => client.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100, page, request: noRetry })) as Promise<RemoteRelease[]>,
    getRelease: (id) => call(`GET ${base}/releases/${id}`, 'release', () => client.request('GET /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, request: noRetry })) as Promise<RemoteRelease>,
    // A create retried after GitHub applied it makes a second draft: publish converges on the oldest.
    createRelease: (fields) => call(`POST ${base}/releases`, 'release', () => client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, ...fields, request: noRetry })) as Promise<RemoteRelease>,
    updateRelease: (id, fields) => call(`PATCH ${base}/releases/${id}`, 'release', () => client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, ...fields, request: noRetry })) as Promise<RemoteRelease>,
    deleteRelease: async (id) => void (await call(`DELETE ${base}/releases/${id}`, 'none', () => client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, request: noRetry }))),
    listAssets: (releaseId) => allPages(`GET ${base}/releases/${releaseId}/assets`, 'assets', (page) => client.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: releaseId, per_page: 100, page, request: noRetry })) as Promise<RemoteAsset[]>,
    downloadAsset: async (assetId) =>
      Buffer.from(
        (await call(`GET ${base}/releases/assets/${assetId}`, 'none', () =>
          client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: noRetry }),
        )) as unknown as ArrayBuffer,
      ),
    deleteAsset: async (assetId) => void (await call(`DELETE ${base}/releases/assets/${assetId}`, 'none', () => client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId, request: noRetry }))),
    uploadAsset(release, file) {
      const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
      url.searchParams.set('name', file.name);
      if (file.label) url.searchParams.set('label', file.label);
      return streamUpload(url.toString(), token, file, 'release-kit', timeouts);
    },
  };
}
