import aws4 from 'aws4';
import { createReadStream } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { UserError } from '../kit/errors.js';
import { withRetry } from '../kit/retry.js';
import type { NotaryTokens } from './api-key.js';
import type { NotaryBackend, Submission, SubmissionInfo } from './backend.js';

/** Apple's Notary API and the region of the S3 bucket it hands out. */
export const NOTARY_API_URL = 'https://appstoreconnect.apple.com/notary/v2';
export const NOTARY_S3_REGION = 'us-west-2';
/** A single S3 PUT takes at most 5 GiB. */
const MAX_SINGLE_PUT = 5 * 1024 ** 3;

export interface RestBackendOptions {
  tokens: NotaryTokens;
  /** Base URL of the API, `…/notary/v2`. */
  apiUrl?: string;
  /** An S3-compatible endpoint to upload to (path-style), instead of Amazon's `s3.us-west-2.amazonaws.com`. */
  s3Endpoint?: string;
  /** Registers a secret with the log masking (the temporary AWS credentials). */
  mask: (secret: string) => void;
  warn?: (message: string) => void;
  /** Each API request is abandoned after this long (and retried). */
  requestTimeoutMs?: number;
  /** Attempts for a request that fails with a network error, 429 or 5xx. */
  attempts?: number;
  retryDelayMs?: number;
}

interface NewSubmissionResponse {
  data?: { id?: string; attributes?: { awsAccessKeyId?: string; awsSecretAccessKey?: string; awsSessionToken?: string; bucket?: string; object?: string } };
}
interface SubmissionResponse {
  data?: { id?: string; attributes?: { status?: string; name?: string } };
}
interface LogResponse {
  data?: { attributes?: { developerLogUrl?: string } };
}

/** An HTTP answer worth another attempt: a server error, throttling, or no answer at all. */
class TransientError extends UserError {
  override name = 'TransientError';
}

const isLoopback = (host: string): boolean => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The API and upload URLs must be https, except on loopback (a local emulator or proxy). */
export function checkServiceUrl(url: string, label: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`${label} has the value ${JSON.stringify(url)}, but it must be an absolute https URL.`);
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed.hostname))) {
    throw new UserError(`${label} has the value ${JSON.stringify(url)}, but it must be an https URL (plain http only on localhost): tokens and uploads never travel unencrypted.`);
  }
  return parsed;
}

function apiErrorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ title?: string; detail?: string; code?: string }> };
    const first = parsed.errors?.[0];
    if (first) return [first.code, first.title, first.detail].filter(Boolean).join(': ');
  } catch {
    /* not JSON */
  }
  return body.slice(0, 300);
}

/** What went wrong under fetch's "fetch failed": ECONNREFUSED, a timeout, a TLS failure… */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'no answer within the request timeout';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Object keys keep their `/`; every segment is percent-encoded as S3 expects. */
function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/**
 * The Notary REST API (https://developer.apple.com/documentation/notaryapi): works from any runner with
 * an App Store Connect API key. Submitting is `POST /submissions` (name and sha256), then a PUT of the
 * file to the S3 location it returns, signed (SigV4) with the temporary credentials it returns.
 */
export class RestNotaryBackend implements NotaryBackend {
  readonly name = 'rest' as const;
  readonly #options: RestBackendOptions;
  readonly #api: string;

  constructor(options: RestBackendOptions) {
    this.#options = options;
    this.#api = checkServiceUrl(options.apiUrl ?? NOTARY_API_URL, 'The Notary API URL').toString().replace(/\/+$/, '');
    if (options.s3Endpoint) checkServiceUrl(options.s3Endpoint, 'The S3 endpoint');
  }

  async #retrying<T>(what: string, work: () => Promise<T>): Promise<T> {
    const attempts = this.#options.attempts ?? 4;
    return withRetry(work, {
      attempts,
      initialDelayMs: this.#options.retryDelayMs ?? 2000,
      maxDelayMs: 30_000,
      retryable: (error) => error instanceof TransientError,
      onRetry: (error, attempt, delay) => this.#options.warn?.(`${what} failed (${(error as Error).message}); attempt ${attempt + 1} in ${Math.round(delay / 1000)} s.`),
    }).catch((error: unknown) => {
      if (error instanceof TransientError) throw new UserError(`${what} failed ${attempts} times; the last time: ${error.message}. Apple's status page: https://developer.apple.com/system-status/`);
      throw error;
    });
  }

  /** One API call, with the bearer token; a 401 gets one fresh token before it is an error. */
  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const what = `${method} ${path}`;
    return this.#retrying(what, async () => {
      for (let attempt = 1; ; attempt++) {
        const token = await this.#options.tokens.token();
        let response: Response;
        try {
          response = await fetch(`${this.#api}${path}`, {
            method,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(this.#options.requestTimeoutMs ?? 30_000),
          });
        } catch (error) {
          throw new TransientError(`no answer from the Notary API (${networkCause(error)})`);
        }
        const text = await response.text();
        if (response.ok) {
          try {
            return JSON.parse(text) as T;
          } catch {
            throw new TransientError(`the Notary API answered ${what} with something that is not JSON`);
          }
        }
        if (response.status === 401 && attempt === 1) {
          this.#options.tokens.invalidate();
          continue;
        }
        if (response.status === 401) {
          throw new UserError(
            `The Notary API refused the API key (HTTP 401: ${apiErrorText(text)}). Check that api-key holds the .p8 file of the key named by api-key-id, ` +
              'that api-issuer is the issuer ID shown above the keys in App Store Connect (Users and Access → Integrations), and that the key is not revoked.',
          );
        }
        if (response.status === 403) throw new UserError(`The Notary API refused ${what} (HTTP 403: ${apiErrorText(text)}): the API key needs the Developer role or higher.`);
        if (response.status === 404) throw new UserError(`The Notary API does not know ${what.replace(/^GET /, '')} (HTTP 404): check the submission id, and that it belongs to this key's team.`);
        if (response.status === 429 || response.status >= 500) throw new TransientError(`HTTP ${response.status}: ${apiErrorText(text)}`);
        throw new UserError(`The Notary API refused ${what} (HTTP ${response.status}: ${apiErrorText(text)}).`);
      }
    });
  }

  async submit(submission: Submission): Promise<string> {
    if (submission.size > MAX_SINGLE_PUT) throw new UserError(`${submission.file} is ${submission.size} bytes; the Notary REST upload takes at most 5 GiB.`);
    const created = await this.#call<NewSubmissionResponse>('POST', '/submissions', { submissionName: submission.name, sha256: submission.sha256 });
    const id = created.data?.id;
    const a = created.data?.attributes;
    if (!id || !a?.awsAccessKeyId || !a.awsSecretAccessKey || !a.awsSessionToken || !a.bucket || !a.object) {
      throw new UserError('The Notary API accepted the submission but its answer lacks the id or the upload location and credentials.');
    }
    this.#options.mask(a.awsSecretAccessKey);
    this.#options.mask(a.awsSessionToken);
    const credentials = { accessKeyId: a.awsAccessKeyId, secretAccessKey: a.awsSecretAccessKey, sessionToken: a.awsSessionToken };
    await this.#retrying(`Upload of ${submission.name}`, () => this.#upload(submission, a.bucket!, a.object!, credentials));
    return id;
  }

  #upload(submission: Submission, bucket: string, key: string, credentials: aws4.Credentials): Promise<void> {
    const endpoint = this.#options.s3Endpoint ? new URL(this.#options.s3Endpoint) : undefined;
    const url = endpoint
      ? new URL(`${endpoint.pathname.replace(/\/+$/, '')}/${encodeURIComponent(bucket)}/${encodeKey(key)}`, endpoint)
      : new URL(`https://${bucket}.s3.${NOTARY_S3_REGION}.amazonaws.com/${encodeKey(key)}`);
    const signed = aws4.sign(
      {
        host: url.host,
        path: url.pathname,
        method: 'PUT',
        service: 's3',
        region: NOTARY_S3_REGION,
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(submission.size), 'X-Amz-Content-Sha256': submission.sha256 },
      },
      credentials,
    );
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<void>((resolve, reject) => {
      const req = send(url, { method: 'PUT', headers: signed.headers, timeout: 120_000 }, (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve();
          const said = /<Message>([^<]*)<\/Message>/.exec(Buffer.concat(chunks).toString('utf8'))?.[1] ?? '';
          const message = `HTTP ${status}${said ? `: ${said}` : ''}`;
          reject(status >= 500 || status === 429 ? new TransientError(message) : new UserError(`The upload of ${submission.name} to the notary service's S3 bucket was refused (${message}).`));
        });
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error: NodeJS.ErrnoException) => reject(new TransientError(`upload interrupted (${error.code ?? error.message})`)));
      const body = createReadStream(submission.file);
      body.on('error', (error) => req.destroy(error));
      body.pipe(req);
    });
  }

  async info(id: string): Promise<SubmissionInfo> {
    const response = await this.#call<SubmissionResponse>('GET', `/submissions/${encodeURIComponent(id)}`);
    const status = response.data?.attributes?.status;
    if (!status) throw new TransientError(`the Notary API answered without a status for ${id}`);
    return { id, status, ...(response.data?.attributes?.name ? { name: response.data.attributes.name } : {}) };
  }

  async log(id: string): Promise<string> {
    const response = await this.#call<LogResponse>('GET', `/submissions/${encodeURIComponent(id)}/logs`);
    const url = response.data?.attributes?.developerLogUrl;
    if (!url) throw new UserError(`The Notary API has no developer log for ${id} yet.`);
    checkServiceUrl(url, 'The developer log URL');
    // A pre-signed URL on another host: it gets no bearer token.
    return this.#retrying(`Download of the developer log of ${id}`, async () => {
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(this.#options.requestTimeoutMs ?? 30_000) });
      } catch (error) {
        throw new TransientError(`no answer (${networkCause(error)})`);
      }
      const text = await response.text();
      if (response.ok) return text;
      if (response.status >= 500 || response.status === 429) throw new TransientError(`HTTP ${response.status}`);
      throw new UserError(`The developer log of ${id} could not be downloaded (HTTP ${response.status}).`);
    });
  }
}
