/**
 * A local NuGet v2 push endpoint, as Chocolatey's community feed answers it: PUT /api/v2/package with
 * a multipart body holding the .nupkg and the X-NuGet-ApiKey header (403 for a wrong key, 409 for a
 * version it already has, 201 when stored), and DELETE /api/v2/package/<id>/<version> to unlist.
 * The nuspec inside each pushed package is read with unzip, so a broken package is refused (400).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface FeedPackage {
  id: string;
  version: string;
  listed: boolean;
  nupkg: Buffer;
  nuspec: string;
}

export class NuGetFeed {
  readonly packages: FeedPackage[] = [];
  readonly requests: Array<{ method: string; path: string; status: number }> = [];
  apiKey = 'choco-api-key-5f1e2d3c4b5a';
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(([status, text]) => {
        this.requests.push({ method: request.method ?? '', path: request.url ?? '', status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(text);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  find(id: string, version: string): FeedPackage | undefined {
    return this.packages.find((p) => p.id.toLowerCase() === id.toLowerCase() && p.version.toLowerCase() === version.toLowerCase());
  }

  private async handle(request: IncomingMessage): Promise<[number, string]> {
    const chunks: Buffer[] = [];
    for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    if (request.headers['x-nuget-apikey'] !== this.apiKey) return [403, 'The specified API key is invalid.'];
    const unlist = /^\/api\/v2\/package\/([^/]+)\/([^/]+)$/.exec(request.url ?? '');
    if (request.method === 'DELETE' && unlist) {
      const found = this.find(decodeURIComponent(unlist[1]!), decodeURIComponent(unlist[2]!));
      if (!found) return [404, 'Not found'];
      found.listed = false;
      return [204, ''];
    }
    if (request.method !== 'PUT' || request.url !== '/api/v2/package') return [404, 'Not found'];
    const boundary = /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1];
    if (!boundary) return [400, 'multipart/form-data expected'];
    const start = body.indexOf('\r\n\r\n') + 4;
    const end = body.lastIndexOf(Buffer.from(`\r\n--${boundary}--`));
    if (start < 4 || end < start) return [400, 'no package in the body'];
    const nupkg = body.subarray(start, end);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nuget-feed-'));
    try {
      writeFileSync(path.join(dir, 'p.nupkg'), nupkg);
      const nuspec = execFileSync('unzip', ['-p', path.join(dir, 'p.nupkg'), '*.nuspec'], { encoding: 'utf8' });
      const id = /<id>([^<]+)<\/id>/.exec(nuspec)?.[1];
      const version = /<version>([^<]+)<\/version>/.exec(nuspec)?.[1];
      if (!id || !version) return [400, 'the nuspec has no id or version'];
      if (this.find(id, version)) return [409, `A package with id '${id}' and version '${version}' already exists and cannot be modified.`];
      this.packages.push({ id, version, listed: true, nupkg: Buffer.from(nupkg), nuspec });
      return [201, ''];
    } catch {
      return [400, 'not a nupkg'];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
