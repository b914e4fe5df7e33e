/**
 * The runner's artifact service as @actions/artifact talks to it, on loopback: the Twirp results API
 * (CreateArtifact → a signed upload URL, FinalizeArtifact with size and sha256) and the blob storage
 * behind the URL (Azure block blob: staged blocks, then the block list). It checks what a real service
 * checks — the run and job ids of the runtime token, an artifact created before it is uploaded and
 * finalized once, the finalized size and hash against the bytes received — and keeps each finished
 * artifact's bytes for the test to open.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The uploaded zip. */
  data: Buffer;
  finalized: boolean;
  declaredSize?: number;
  declaredHash?: string;
}

const RUN = '9c1f3b8e-5d2a-4c71-9e4b-0a6f2d3c8b11';
const JOB = '4e8a2c6d-1b3f-5a7e-8c9d-2f0e1a3b5c7d';
const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export class ArtifactService {
  readonly artifacts = new Map<string, StoredArtifact>();
  /** Protocol mistakes a correct client never makes. */
  readonly problems: string[] = [];
  private server?: Server;
  private nextId = 1001;
  private blocks = new Map<string, Map<string, Buffer>>();
  url = '';

  /** An ACTIONS_RUNTIME_TOKEN carrying the Actions.Results scope the client reads its ids from. */
  readonly token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ scp: `Actions.GenericRead Actions.Results:${RUN}:${JOB}`, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          this.handle(request, Buffer.concat(chunks), response);
        } catch (error) {
          this.problems.push(String(error));
          response.writeHead(500).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private json(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private handle(request: IncomingMessage, body: Buffer, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.url);
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname);
    if (twirp && request.method === 'POST') return this.rpc(twirp[1]!, JSON.parse(body.toString('utf8')) as Record<string, unknown>, response);
    const blob = /^\/blob\/([\w.-]+)$/.exec(url.pathname);
    if (blob && request.method === 'PUT') return this.putBlob(decodeURIComponent(blob[1]!), url, body, response);
    this.problems.push(`unexpected ${request.method} ${url.pathname}`);
    response.writeHead(404).end();
  }

  private rpc(method: string, body: Record<string, unknown>, response: ServerResponse): void {
    if (body.workflow_run_backend_id !== RUN || body.workflow_job_run_backend_id !== JOB) {
      this.problems.push(`${method}: run/job ids ${String(body.workflow_run_backend_id)}/${String(body.workflow_job_run_backend_id)} are not the token's`);
      return this.json(response, 400, { code: 'invalid_argument', msg: 'bad backend ids' });
    }
    const name = String(body.name);
    if (method === 'CreateArtifact') {
      if (this.artifacts.get(name)?.finalized) return this.json(response, 409, { code: 'already_exists', msg: `an artifact named ${name} exists` });
      this.artifacts.set(name, { id: this.nextId++, name, data: Buffer.alloc(0), finalized: false });
      return this.json(response, 200, { ok: true, signed_upload_url: `${this.url}blob/${encodeURIComponent(name)}?sig=emulated` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = this.artifacts.get(name);
      if (!artifact || artifact.finalized) {
        this.problems.push(`FinalizeArtifact of ${name}: ${artifact ? 'finalized twice' : 'never created'}`);
        return this.json(response, 404, { code: 'not_found', msg: name });
      }
      artifact.declaredSize = Number(body.size);
      artifact.declaredHash = (body.hash as string | undefined) ?? undefined;
      if (artifact.declaredSize !== artifact.data.length) this.problems.push(`${name}: finalized with size ${artifact.declaredSize}, ${artifact.data.length} bytes received`);
      const hash = `sha256:${createHash('sha256').update(artifact.data).digest('hex')}`;
      if (artifact.declaredHash !== undefined && artifact.declaredHash !== hash) this.problems.push(`${name}: finalized with ${artifact.declaredHash}, received ${hash}`);
      artifact.finalized = true;
      return this.json(response, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    this.problems.push(`unexpected RPC ${method}`);
    return this.json(response, 404, { code: 'bad_route', msg: method });
  }

  /** Azure block blob: `comp=block` stages a block, `comp=blocklist` commits them in order; a plain PUT is a one-shot upload. */
  private putBlob(name: string, url: URL, body: Buffer, response: ServerResponse): void {
    const artifact = this.artifacts.get(name);
    if (!artifact || artifact.finalized) {
      this.problems.push(`upload to ${name}: ${artifact ? 'already finalized' : 'never created'}`);
      return void response.writeHead(404).end();
    }
    const headers = { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': String(this.nextId++), 'x-ms-version': '2024-11-04', 'x-ms-request-server-encrypted': 'true' };
    const comp = url.searchParams.get('comp');
    const staged = this.blocks.get(name) ?? new Map<string, Buffer>();
    this.blocks.set(name, staged);
    if (comp === 'block') {
      staged.set(url.searchParams.get('blockid') ?? '', body);
      return void response.writeHead(201, headers).end();
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\/(?:Latest|Uncommitted|Committed)>/g)].map((m) => m[1]!);
      const missing = ids.filter((id) => !staged.has(id));
      if (missing.length) this.problems.push(`${name}: block list names ${missing.length} unstaged block(s)`);
      artifact.data = Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0)));
      this.blocks.delete(name);
      return void response.writeHead(201, headers).end();
    }
    artifact.data = body;
    return void response.writeHead(201, headers).end();
  }
}
