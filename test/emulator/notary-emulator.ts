/**
 * A local Apple notary service on loopback: the Notary API (`/notary/v2/submissions…`) and, on a second
 * port, the S3 bucket it hands out upload credentials for. It judges what a client sends the way Apple
 * and AWS do:
 *  - every API call carries an ES256 JWT verified with the key's public key: header `kid` (the key id)
 *    and `typ: JWT`, claims `iss` (the issuer), `iat`, `exp` at most 20 minutes after `iat`, `aud:
 *    appstoreconnect-v1`; a bad token is a 401 with App Store Connect's error body;
 *  - `POST /submissions` takes `{ submissionName, sha256 }` and answers the id, temporary credentials,
 *    bucket and object;
 *  - the upload is a PUT whose AWS SigV4 signature is recomputed (aws4) with the credentials it handed
 *    out and compared, whose `x-amz-content-sha256` and actual body sha256 must both equal the sha256
 *    the submission declared;
 *  - a submission moves In Progress → its outcome (Accepted, Invalid with a developer log, Rejected,
 *    or `hang`: In Progress forever) after `pollsBeforeVerdict` status reads, and only once uploaded;
 *  - the developer log is served from a pre-signed-style URL that must be fetched without the token.
 * Anything a real client must not do is recorded in `violations`; tests assert it stays empty.
 */
import aws4 from 'aws4';
import { createHash, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeProtectedHeader, jwtVerify } from 'jose';

export type Outcome = 'Accepted' | 'Invalid' | 'Rejected' | 'hang';

export interface EmulatedIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  docUrl: string;
  architecture: string;
}

export interface EmulatedSubmission {
  id: string;
  name: string;
  sha256: string;
  outcome: Outcome;
  issues: EmulatedIssue[];
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  bucket: string;
  object: string;
  uploaded: boolean;
  uploadedBytes?: number;
  /** The uploaded bytes, kept for small uploads so tests can open the archive. */
  uploadedBody?: Buffer;
  statusReads: number;
  createdDate: string;
}

export interface RegisteredKey {
  keyId: string;
  issuer: string;
  /** PEM (PKCS#8) of the private key, what users paste into `api-key`. */
  privateKeyPem: string;
  publicKey: KeyObject;
}

export interface ApiCall {
  method: string;
  path: string;
  status: number;
  /** Claims of the token that was accepted. */
  claims?: { iss?: string; iat?: number; exp?: number; aud?: unknown };
  token?: string;
}

export const INVALID_ISSUES: EmulatedIssue[] = [
  {
    severity: 'error',
    path: 'Sample.zip/Sample.app/Contents/MacOS/Sample',
    message: 'The binary is not signed with a valid Developer ID certificate.',
    docUrl: 'https://developer.apple.com/documentation/security/resolving-common-notarization-issues#Use-a-valid-Developer-ID-certificate',
    architecture: 'arm64',
  },
  {
    severity: 'error',
    path: 'Sample.zip/Sample.app/Contents/MacOS/Sample',
    message: 'The executable does not have the hardened runtime enabled.',
    docUrl: 'https://developer.apple.com/documentation/security/resolving-common-notarization-issues#Enable-hardened-runtime',
    architecture: 'x86_64',
  },
];

/** An App Store Connect API key pair, as App Store Connect would issue it. */
export function makeApiKey(keyId = '2X9R4HXF34', issuer = '57246542-96fe-1a63-e053-0824d011072a'): RegisteredKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { keyId, issuer, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const unauthorized = (detail: string) => ({
  errors: [{ status: '401', code: 'NOT_AUTHORIZED', title: 'Authentication credentials are missing or invalid.', detail }],
});

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class NotaryEmulator {
  readonly keys: RegisteredKey[];
  readonly submissions = new Map<string, EmulatedSubmission>();
  readonly calls: ApiCall[] = [];
  readonly violations: string[] = [];
  /** Decides each new submission's fate from its name. */
  outcomeFor: (name: string) => Outcome = () => 'Accepted';
  issuesFor: (name: string, outcome: Outcome) => EmulatedIssue[] = (_name, outcome) => (outcome === 'Invalid' || outcome === 'Rejected' ? INVALID_ISSUES : []);
  /** Status reads answered In Progress before the verdict. */
  pollsBeforeVerdict = 2;
  /** Uploads refused with a 500 before one is taken (tests retries). */
  failUploads = 0;
  #api?: Server;
  #s3?: Server;

  constructor(keys: RegisteredKey[] = [makeApiKey()]) {
    this.keys = keys;
  }

  get key(): RegisteredKey {
    return this.keys[0]!;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.#api!.address() as AddressInfo).port}/notary/v2`;
  }

  get s3Endpoint(): string {
    return `http://127.0.0.1:${(this.#s3!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.#api = createServer((req, res) => void this.#handleApi(req, res).catch((error: Error) => send(res, 500, { errors: [{ status: '500', detail: error.message }] })));
    this.#s3 = createServer((req, res) => void this.#handleS3(req, res).catch((error: Error) => send(res, 500, { error: error.message })));
    await Promise.all([this.#api, this.#s3].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all(
      [this.#api, this.#s3].map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server) return resolve();
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  }

  /** Every secret the service handed out or was given: none may reach a log. */
  secrets(): string[] {
    const out = this.keys.flatMap((k) => k.privateKeyPem.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')));
    for (const s of this.submissions.values()) out.push(s.credentials.secretAccessKey, s.credentials.sessionToken);
    for (const call of this.calls) if (call.token) out.push(call.token);
    return out;
  }

  /** Verifies the bearer token; answers the 401 itself and returns undefined when it is not acceptable. */
  async #authorize(req: IncomingMessage, res: ServerResponse, call: ApiCall): Promise<boolean> {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    const refuse = (detail: string): false => {
      call.status = 401;
      send(res, 401, unauthorized(detail));
      return false;
    };
    if (!token) return refuse('No bearer token.');
    let kid: string | undefined;
    try {
      const protectedHeader = decodeProtectedHeader(token);
      kid = protectedHeader.kid;
      if (protectedHeader.alg !== 'ES256') return refuse('alg must be ES256.');
      if (protectedHeader.typ !== 'JWT') return refuse('typ must be JWT.');
    } catch {
      return refuse('Malformed token.');
    }
    const key = this.keys.find((k) => k.keyId === kid);
    if (!key) return refuse(`Unknown kid ${kid}.`);
    try {
      const { payload } = await jwtVerify(token, key.publicKey, { algorithms: ['ES256'], audience: 'appstoreconnect-v1', issuer: key.issuer, requiredClaims: ['iat', 'exp'], clockTolerance: 60 });
      if (payload.exp! - payload.iat! > 20 * 60) return refuse('Token lifetime exceeds 20 minutes.');
      if (payload.iat! > Date.now() / 1000 + 60) return refuse('iat is in the future.');
      call.claims = { iss: payload.iss, iat: payload.iat, exp: payload.exp, aud: payload.aud };
      call.token = token;
      return true;
    } catch (error) {
      return refuse(`Token rejected: ${(error as Error).message}`);
    }
  }

  async #handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const call: ApiCall = { method: req.method ?? '', path: url.pathname, status: 200 };
    this.calls.push(call);
    const log = /^\/logs\/([^/]+)\.json$/.exec(url.pathname);
    if (log && req.method === 'GET') {
      if (req.headers.authorization) this.violations.push(`the developer log URL was fetched with an Authorization header (${url.pathname})`);
      if (!url.searchParams.get('X-Amz-Signature')) return send(res, (call.status = 403), { error: 'unsigned' });
      const submission = this.submissions.get(log[1]!);
      if (!submission) return send(res, (call.status = 404), { error: 'no such log' });
      return send(res, 200, this.developerLog(submission));
    }
    if (!(await this.#authorize(req, res, call))) return;
    const base = '/notary/v2/submissions';
    if (url.pathname === base && req.method === 'POST') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) this.violations.push('POST /submissions without content-type application/json');
      let body: { submissionName?: unknown; sha256?: unknown };
      try {
        body = JSON.parse((await readBody(req)).toString('utf8')) as typeof body;
      } catch {
        return send(res, (call.status = 400), { errors: [{ status: '400', code: 'PARAMETER_ERROR.INVALID', title: 'Body is not JSON.' }] });
      }
      if (typeof body.submissionName !== 'string' || !body.submissionName || typeof body.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(body.sha256)) {
        this.violations.push(`POST /submissions with a bad body: ${JSON.stringify(body)}`);
        return send(res, (call.status = 400), { errors: [{ status: '400', code: 'PARAMETER_ERROR.INVALID', title: 'submissionName and sha256 are required.' }] });
      }
      const id = randomUUID();
      const outcome = this.outcomeFor(body.submissionName);
      const submission: EmulatedSubmission = {
        id,
        name: body.submissionName,
        sha256: body.sha256,
        outcome,
        issues: this.issuesFor(body.submissionName, outcome),
        credentials: { accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: `secret/${randomBytes(15).toString('base64')}`, sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(24).toString('base64')}` },
        bucket: 'notary-submissions-prod',
        object: `prod/AQAAAAA${randomBytes(12).toString('hex')}/${body.submissionName}`,
        uploaded: false,
        statusReads: 0,
        createdDate: new Date().toISOString(),
      };
      this.submissions.set(id, submission);
      return send(res, 200, {
        data: {
          id,
          type: 'newSubmissions',
          attributes: {
            awsAccessKeyId: submission.credentials.accessKeyId,
            awsSecretAccessKey: submission.credentials.secretAccessKey,
            awsSessionToken: submission.credentials.sessionToken,
            bucket: submission.bucket,
            object: submission.object,
          },
        },
        meta: {},
      });
    }
    const match = /^\/notary\/v2\/submissions\/([^/]+)(\/logs)?$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      const submission = this.submissions.get(decodeURIComponent(match[1]!));
      if (!submission) return send(res, (call.status = 404), { errors: [{ status: '404', code: 'NOT_FOUND', title: 'The specified resource does not exist.' }] });
      if (match[2]) {
        if (this.statusOf(submission, false) === 'In Progress') return send(res, (call.status = 404), { errors: [{ status: '404', code: 'NOT_FOUND', title: 'No log yet.' }] });
        const port = (this.#api!.address() as AddressInfo).port;
        return send(res, 200, {
          data: { id: submission.id, type: 'submissionsLog', attributes: { developerLogUrl: `http://127.0.0.1:${port}/logs/${submission.id}.json?X-Amz-Signature=${randomBytes(8).toString('hex')}` } },
          meta: {},
        });
      }
      return send(res, 200, {
        data: { id: submission.id, type: 'submissions', attributes: { status: this.statusOf(submission, true), name: submission.name, createdDate: submission.createdDate } },
        meta: {},
      });
    }
    call.status = 404;
    this.violations.push(`unknown API route ${req.method} ${url.pathname}`);
    send(res, 404, { errors: [{ status: '404', code: 'NOT_FOUND', title: 'Unknown route.' }] });
  }

  statusOf(submission: EmulatedSubmission, read: boolean): string {
    if (read) submission.statusReads++;
    if (!submission.uploaded || submission.outcome === 'hang' || submission.statusReads <= this.pollsBeforeVerdict) return 'In Progress';
    return submission.outcome;
  }

  developerLog(submission: EmulatedSubmission): unknown {
    const status = submission.outcome === 'hang' ? 'In Progress' : submission.outcome;
    return {
      logFormatVersion: 1,
      jobId: submission.id,
      status,
      statusSummary: status === 'Accepted' ? 'Ready for distribution' : 'Archive contains critical validation errors',
      statusCode: status === 'Accepted' ? 0 : 4000,
      archiveFilename: submission.name,
      uploadDate: submission.createdDate,
      sha256: submission.sha256,
      ticketContents: null,
      issues: submission.issues.length ? submission.issues : null,
    };
  }

  async #handleS3(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    const [, bucket, ...rest] = url.pathname.split('/');
    const object = rest.map(decodeURIComponent).join('/');
    const submission = [...this.submissions.values()].find((s) => s.bucket === bucket && s.object === object);
    const fail = (status: number, code: string, message: string): void => {
      this.violations.push(`S3 PUT ${url.pathname}: ${code}: ${message}`);
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
    };
    if (req.method !== 'PUT') return fail(405, 'MethodNotAllowed', `${req.method} is not allowed`);
    if (!submission) return fail(404, 'NoSuchUpload', `no submission owns s3://${bucket}/${object}`);
    if (this.failUploads > 0) {
      this.failUploads--;
      res.writeHead(500, { 'content-type': 'application/xml' });
      return void res.end('<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>');
    }
    const auth = req.headers.authorization ?? '';
    const parsed = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
    if (!parsed) return fail(403, 'AccessDenied', 'no SigV4 Authorization header');
    const [, accessKeyId, , region, signedHeaders] = parsed;
    if (accessKeyId !== submission.credentials.accessKeyId) return fail(403, 'InvalidAccessKeyId', 'the access key is not the one handed out');
    if (region !== 'us-west-2') return fail(400, 'AuthorizationHeaderMalformed', `region ${region}, expected us-west-2`);
    const names = signedHeaders!.split(';');
    for (const required of ['host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token']) {
      if (!names.includes(required)) return fail(403, 'AccessDenied', `${required} is not signed`);
    }
    const headers: Record<string, string> = {};
    for (const name of names) headers[name] = String(req.headers[name] ?? '');
    const expected = aws4.sign({ host: headers.host!, path: url.pathname + url.search, method: 'PUT', service: 's3', region: 'us-west-2', headers: { ...headers } }, submission.credentials);
    const expectedAuth = String((expected.headers as Record<string, string>).Authorization);
    if (expectedAuth !== auth) return fail(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
    if (headers['x-amz-security-token'] !== submission.credentials.sessionToken) return fail(403, 'InvalidToken', 'the session token is not the one handed out');
    const declared = headers['x-amz-content-sha256'];
    const actual = createHash('sha256').update(body).digest('hex');
    if (declared !== actual) return fail(400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.');
    if (actual !== submission.sha256) return fail(400, 'BadDigest', 'the uploaded bytes are not the ones whose sha256 the submission declared');
    submission.uploaded = true;
    submission.uploadedBytes = body.length;
    if (body.length <= 16 * 1024 * 1024) submission.uploadedBody = body;
    res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
    res.end();
  }
}
