import { createReadStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { GitHubClient } from '../kit/github.js';
import { ApiError, type ReleaseApi, type RemoteAsset, type RemoteRelease } from './api.js';

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
function streamUpload(url: string, token: string, file: { path: string; size: number; contentType: string }, userAgent: string): Promise<RemoteAsset> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    // Looked up at call time (not bound at import), so interceptors such as nock see the request.
    const send = target.protocol === 'http:' ? http.request : https.request;
    const req = send(target, {
      method: 'POST',
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'content-type': file.contentType,
        'content-length': String(file.size),
        'user-agent': userAgent,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: { message?: string; errors?: Array<{ code?: string }> } & Partial<RemoteAsset> = {};
        try {
          body = text ? JSON.parse(text) : {};
        } catch {
          body = { message: text.slice(0, 200) };
        }
        if (res.statusCode === 201) return resolve(body as RemoteAsset);
        const error = new ApiError(res.statusCode ?? 0, body.message ?? `HTTP ${res.statusCode}`, body.errors?.[0]?.code);
        (error as ApiError & { retryAfter?: number }).retryAfter = Number(res.headers['retry-after']) || undefined;
        reject(error);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    const stream = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
    stream.on('error', (error) => req.destroy(error));
    stream.pipe(req);
  });
}

export function octokitReleaseApi(client: GitHubClient, owner: string, repo: string, token: string): ReleaseApi {
  const call = async <T>(work: () => Promise<{ data: T }>): Promise<T> => (await respond(work)).data;
  const respond = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      apiError(error);
    }
  };
  /** Every page, following the Link header: no extra request for an empty last page. */
  async function allPages<T>(fetchPage: (page: number) => Promise<{ data: T[]; headers: { link?: string } }>): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const { data, headers } = await respond(() => fetchPage(page));
      all.push(...data);
      if (!/rel="next"/.test(headers.link ?? '')) return all;
    }
  }
  return {
    listReleases: () => allPages((page) => client.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100, page })) as Promise<RemoteRelease[]>,
    getRelease: (id) => call(() => client.request('GET /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id })) as Promise<RemoteRelease>,
    createRelease: (fields) => call(() => client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, ...fields })) as Promise<RemoteRelease>,
    updateRelease: (id, fields) => call(() => client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, ...fields })) as Promise<RemoteRelease>,
    deleteRelease: async (id) => void (await call(() => client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id }))),
    listAssets: (releaseId) => allPages((page) => client.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: releaseId, per_page: 100, page })) as Promise<RemoteAsset[]>,
    downloadAsset: async (assetId) =>
      Buffer.from(
        (await call(() => client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } }))) as unknown as ArrayBuffer,
      ),
    deleteAsset: async (assetId) => void (await call(() => client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId }))),
    uploadAsset(release, file) {
      const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
      url.searchParams.set('name', file.name);
      if (file.label) url.searchParams.set('label', file.label);
      return streamUpload(url.toString(), token, file, 'release-kit');
    },
  };
}
