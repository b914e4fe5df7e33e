import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { formatDuration } from './duration.js';

/** How long one request may wait at each stage before it is abandoned (and, by its caller, retried). */
export interface RequestTimeouts {
  /** Until the TCP (and TLS) connection is up. */
  connectMs: number;
  /** From the end of the request body until the response headers arrive. */
  headersMs: number;
  /** The longest pause while a body moves, in either direction. */
  idleMs: number;
}

/** Timeouts from one bound: connecting never gets longer than 30 s. */
export function requestTimeouts(ms: number): RequestTimeouts {
  return { connectMs: Math.min(ms, 30_000), headersMs: ms, idleMs: ms };
}

/** A request that got no answer in time: names the request, the stage and the time waited. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly request: string;
  readonly stage: 'connect' | 'headers' | 'body';
  readonly waitedMs: number;
  constructor(request: string, stage: 'connect' | 'headers' | 'body', waitedMs: number) {
    const what = { connect: 'no connection', headers: 'no response', body: 'the body stalled: nothing moved' }[stage];
    super(`${request}: ${what} within ${formatDuration(waitedMs)}`);
    this.request = request;
    this.stage = stage;
    this.waitedMs = waitedMs;
  }
}

export interface TimedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** `GET /repos/o/r/releases` — how errors name a request (no query, no credentials). */
export function describeRequest(method: string, url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${method.toUpperCase()} ${u.pathname}`;
}

/**
 * One HTTP request with a deadline for each stage: connect, response headers, and every pause of a
 * body (the upload while it is sent, the answer while it is read). The answer is read whole, so a
 * body that stalls is an error here, never a truncated result for the caller.
 */
export function timedRequest(
  url: URL,
  options: { method: string; headers: Record<string, string>; body?: string | Buffer | Readable; label?: string },
  timeouts: RequestTimeouts,
): Promise<TimedResponse> {
  const label = options.label ?? describeRequest(options.method, url);
  return new Promise((resolve, reject) => {
    // Looked up at call time (not bound at import), so interceptors such as nock see the request.
    const send = url.protocol === 'http:' ? http.request : https.request;
    const req = send(url, { method: options.method, headers: options.headers });
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const arm = (stage: RequestTimeoutError['stage'], ms: number): void => {
      clearTimeout(timer);
      if (settled) return; // an answer came before the request body was through (an early error)
      timer = setTimeout(() => fail(new RequestTimeoutError(label, stage, ms)), ms);
    };
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    arm('connect', timeouts.connectMs);
    const streamed = options.body !== undefined && typeof options.body !== 'string' && !Buffer.isBuffer(options.body);
    req.on('socket', (socket) => {
      const connected = (): void => (streamed ? arm('body', timeouts.idleMs) : arm('headers', timeouts.headersMs));
      // A reused keep-alive socket is already connected.
      if ((socket as { connecting?: boolean }).connecting) socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
      else connected();
    });
    let answered = false;
    req.on('finish', () => answered || arm('headers', timeouts.headersMs));
    req.on('error', fail);
    req.on('response', (res) => {
      answered = true;
      arm('body', timeouts.idleMs);
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        arm('body', timeouts.idleMs);
      });
      res.on('error', fail);
      res.on('aborted', () => fail(new Error(`${label}: the connection closed mid-answer`)));
      res.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    const body = options.body;
    if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
      req.end(body);
      return;
    }
    // A streamed upload: every chunk that moves re-arms the idle deadline.
    body.on('data', () => answered || arm('body', timeouts.idleMs));
    body.on('error', (error) => fail(error));
    body.pipe(req);
  });
}

/**
 * A `fetch` for Octokit with per-stage timeouts: the answer is read whole before it is returned, so a
 * stalled body rejects (Octokit would otherwise take an unreadable body for an empty one).
 */
export function timedFetch(timeouts: RequestTimeouts): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const raw = init?.body;
    if (raw !== undefined && raw !== null && typeof raw !== 'string' && !(raw instanceof Uint8Array)) {
      throw new TypeError(`${describeRequest(method, url)}: only string or byte bodies are sent with timeouts`);
    }
    const body = raw === undefined || raw === null ? undefined : typeof raw === 'string' ? raw : Buffer.from(raw);
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    let answer = await timedRequest(url, { method, headers, ...(body !== undefined ? { body } : {}) }, timeouts);
    // Redirects within the same origin (a renamed repository), as fetch would follow them.
    for (let hop = 0; hop < 5 && [301, 302, 307, 308].includes(answer.status) && answer.headers.location && init?.redirect !== 'manual'; hop++) {
      const next = new URL(answer.headers.location, url);
      if (next.origin !== url.origin) break;
      answer = await timedRequest(next, { method, headers, ...(body !== undefined ? { body } : {}) }, timeouts);
    }
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(answer.headers)) {
      if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
    return new Response(empty ? null : new Uint8Array(answer.body), { status: answer.status, headers: responseHeaders });
  };
}
