/**
 * A local GitHub: the release, asset and tag endpoints release-kit uses, on loopback, with `upload_url`
 * pointing at itself. `release-kit rehearse` publishes to it; the tests run it with a judge that checks
 * every request and response against GitHub's OpenAPI description (test/emulator/openapi.ts). Faults
 * are injected on demand: 5xx, a connection reset mid-upload, secondary rate limits with retry-after,
 * 429, 422 on create, a new release invisible to by-tag reads for a while, immutable releases.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An operation of the API, matched from a request. */
export interface Route {
  template: string;
  method: string;
  params: Record<string, string>;
}

/** Decides which operation a request is, and records what does not conform. */
export interface ApiJudge<R extends Route = Route> {
  readonly violations: string[];
  match(method: string, pathname: string): R | undefined;
  checkRequest(route: R, query: URLSearchParams, body: unknown, contentType: string | undefined): void;
  checkResponse(route: R, status: number, body: unknown): void;
}

/** The release operations the emulator serves (method, OpenAPI path template). */
export const OPERATIONS: ReadonlyArray<[string, string]> = [
  ['GET', '/repos/{owner}/{repo}/releases'],
  ['POST', '/repos/{owner}/{repo}/releases'],
  ['GET', '/repos/{owner}/{repo}/releases/latest'],
  ['GET', '/repos/{owner}/{repo}/releases/tags/{tag}'],
  ['GET', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['PATCH', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['DELETE', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['GET', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['PATCH', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['DELETE', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['GET', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
  ['POST', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
];

/** Endpoints served beside the release ones (the tests add repository content and asset downloads). */
export interface EmulatorExtension<R extends Route = Route> {
  /** Answers a request outside the API (a download), or returns false. */
  serveDownload(request: IncomingMessage, response: ServerResponse): boolean;
  /** Answers an API operation it owns, or returns false. */
  handle(route: R, url: URL, request: IncomingMessage, send: (status: number, body?: unknown, headers?: Record<string, string>) => void): Promise<boolean>;
}

type RouteOf<J> = J extends ApiJudge<infer R> ? R : Route;

/** The operations the emulator serves, matched by path alone: the judge of a rehearsal, which needs no API description. */
export class RouteTable implements ApiJudge {
  readonly violations: string[] = [];
  private readonly routes = OPERATIONS.map(([method, template]) => {
    const names: string[] = [];
    const regex = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    return { method, template, regex, names };
  });

  match(method: string, pathname: string): Route | undefined {
    for (const route of this.routes) {
      const found = route.method === method ? route.regex.exec(pathname) : null;
      if (found) return { template: route.template, method, params: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)])) };
    }
    return undefined;
  }

  checkRequest(): void {}

  checkResponse(): void {}
}

export interface EmulatedAsset {
  id: number;
  name: string;
  label: string | null;
  state: 'uploaded' | 'open';
  content_type: string;
  size: number;
  digest: string | null;
  created_at: string;
  updated_at: string;
  /** Kept for small assets only, so a 2 GiB upload costs no memory. */
  data?: Buffer;
  /** With `assetDir`: the file holding the uploaded bytes, whatever their size. */
  file?: string;
}

export interface EmulatedRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  assets: EmulatedAsset[];
  /** By-tag reads that still answer 404 (eventual consistency). */
  hiddenReads: number;
  discussion_category_name?: string;
  latest: boolean;
}

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503 | 504 }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  | { kind: 'rate-limit'; resetInSeconds: number }
  | { kind: '429'; retryAfter: number }
  | { kind: 'reset' }
  /** Reset the connection after this many bytes of an upload body; the asset is left half-uploaded ("open"). */
  | { kind: 'reset-mid-upload'; afterBytes: number }
  /** Take this many bytes of an upload body, then stall forever (the client is killed mid-upload: a crash). */
  | { kind: 'stall-mid-upload'; afterBytes: number }
  /** On create: another job wins the race — its release for the tag appears, and this request gets 422 already_exists. */
  | { kind: 'create-race' };

interface FaultRule {
  method: string;
  /** A regular expression over the path, e.g. /\/assets$/ */
  path: RegExp;
  fault: Fault;
  times: number;
}

/** A request as a hook sees it (the tests' fault injection plugs in here). */
export interface HookExchange {
  method: string;
  /** Path and query, as requested. */
  path: string;
  request: IncomingMessage;
  response: ServerResponse;
}

/** Writes an answer: what the emulator sends, or what a hook sends instead. */
export type Answer = (status: number, body?: unknown, headers?: Record<string, string>) => void;

export interface EmulatorHook {
  /** Before the emulator handles a request: true when the hook answered it (or chose never to). */
  before?(exchange: HookExchange): boolean | Promise<boolean>;
  /** The answer the emulator made (already applied and judged): the hook writes it, changed or not. */
  answer?(exchange: HookExchange, status: number, body: unknown, headers: Record<string, string>, write: Answer): void;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
}

const USER = {
  login: 'octocat',
  id: 1,
  node_id: 'MDQ6VXNlcjE=',
  avatar_url: 'https://avatars.githubusercontent.com/u/1?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/octocat',
  html_url: 'https://github.com/octocat',
  followers_url: 'https://api.github.com/users/octocat/followers',
  following_url: 'https://api.github.com/users/octocat/following{/other_user}',
  gists_url: 'https://api.github.com/users/octocat/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/octocat/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/octocat/subscriptions',
  organizations_url: 'https://api.github.com/users/octocat/orgs',
  repos_url: 'https://api.github.com/users/octocat/repos',
  events_url: 'https://api.github.com/users/octocat/events{/privacy}',
  received_events_url: 'https://api.github.com/users/octocat/received_events',
  type: 'User',
  site_admin: false,
};

/** What GitHub stores for an uploaded name: special and non-alphanumeric characters become '.'. */
export function githubStoredName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

export class GitHubEmulator<J extends ApiJudge = ApiJudge> {
  readonly judge: J;

  readonly requests: RequestRecord[] = [];
  readonly releases: EmulatedRelease[] = [];
  /** Tags that exist in the repository. */
  readonly tags = new Set<string>();
  /** Tags of published immutable releases: never reusable, even after the release is deleted. */
  readonly burnedTags = new Set<string>();
  owner = 'octo-org';
  repo = 'octo-app';
  /** Newly created releases are invisible to by-tag reads for this many reads. */
  eventualConsistencyReads = 0;
  /** Releases published from now on are immutable. */
  immutableReleases = false;
  /** Delay before each response, to widen races in concurrency tests. */
  latencyMs = 0;
  /** When set, every uploaded asset's bytes are kept in a file here (named by asset id). */
  assetDir?: string;
  /** Fault injection beyond `inject` (lag, errors before or after applying, resets, stalls, garbled answers). */
  hook?: EmulatorHook;
  private faults: FaultRule[] = [];
  private nextId = 1000;
  private clock = Date.UTC(2026, 0, 1);
  private server?: Server;
  private createLock: Promise<void> = Promise.resolve();
  protected extension?: EmulatorExtension<RouteOf<J>>;

  constructor(judge?: J) {
    this.judge = judge ?? (new RouteTable() as ApiJudge as J);
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('emulator not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  inject(method: string, path: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ method: method.toUpperCase(), path, fault, times });
  }

  /** API calls made, optionally only those matching a method and path. */
  calls(method?: string, path?: RegExp): RequestRecord[] {
    return this.requests.filter((r) => (!method || r.method === method) && (!path || path.test(r.path)));
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  // ---------- JSON shapes, as GitHub returns them ----------

  private base(): string {
    return `https://api.github.com/repos/${this.owner}/${this.repo}`;
  }

  assetJson(asset: EmulatedAsset): Record<string, unknown> {
    return {
      url: `${this.base()}/releases/assets/${asset.id}`,
      browser_download_url: `https://github.com/${this.owner}/${this.repo}/releases/download/${encodeURIComponent(this.releaseOfAsset(asset.id)?.tag_name ?? 'untagged')}/${asset.name}`,
      id: asset.id,
      node_id: `RA_${asset.id}`,
      name: asset.name,
      label: asset.label,
      state: asset.state,
      content_type: asset.content_type,
      size: asset.size,
      digest: asset.digest,
      download_count: 0,
      created_at: asset.created_at,
      updated_at: asset.updated_at,
      uploader: USER,
    };
  }

  releaseJson(release: EmulatedRelease): Record<string, unknown> {
    const tagPath = release.draft ? `untagged-${release.id}` : `tag/${release.tag_name}`;
    return {
      url: `${this.base()}/releases/${release.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/releases/${tagPath}`,
      assets_url: `${this.base()}/releases/${release.id}/assets`,
      upload_url: `${this.url}/uploads/repos/${this.owner}/${this.repo}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${this.base()}/tarball/${release.tag_name}`,
      zipball_url: release.draft ? null : `${this.base()}/zipball/${release.tag_name}`,
      id: release.id,
      node_id: `RE_${release.id}`,
      tag_name: release.tag_name,
      target_commitish: release.target_commitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      created_at: release.created_at,
      published_at: release.published_at,
      updated_at: release.updated_at,
      author: USER,
      assets: release.assets.map((a) => this.assetJson(a)),
      ...(release.discussion_category_name ? { discussion_url: `https://github.com/${this.owner}/${this.repo}/discussions/1` } : {}),
    };
  }

  private releaseOfAsset(id: number): EmulatedRelease | undefined {
    return this.releases.find((r) => r.assets.some((a) => a.id === id));
  }

  // ---------- the HTTP side ----------

  private takeFault(method: string, path: string): Fault | undefined {
    const rule = this.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
    if (!rule) return undefined;
    rule.times--;
    return rule.fault;
  }

  /** The stored bytes of an asset, where the API's download redirects to (not an API route). */
  private serveDownload(request: IncomingMessage, response: ServerResponse): boolean {
    const match = /^\/_downloads\/assets\/(\d+)$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!match) return false;
    const asset = this.releaseOfAsset(Number(match[1]))?.assets.find((a) => a.id === Number(match[1]));
    request.resume();
    if (asset?.data) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.data.length) });
      response.end(asset.data);
    } else if (asset?.file) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.size) });
      createReadStream(asset.file).pipe(response);
    } else response.writeHead(404).end();
    return true;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (this.extension?.serveDownload(request, response)) return;
    if (this.serveDownload(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const isUpload = url.pathname.startsWith('/uploads/');
    const apiPath = isUpload ? url.pathname.slice('/uploads'.length) : url.pathname;
    const route = this.judge.match(method, apiPath);
    const record: RequestRecord = { method, path: url.pathname + url.search, status: 0 };
    this.requests.push(record);
    let injected = false;
    const exchange: HookExchange = { method, path: url.pathname + url.search, request, response };
    const write: Answer = (status, body, headers = {}) => {
      record.status = status;
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      // Injected faults (rate limits, 5xx) can hit any endpoint; the description documents them globally.
      if (route && !injected) this.judge.checkResponse(route, status, body);
      const finish = (): void => (this.hook?.answer ? this.hook.answer(exchange, status, body, headers, write) : write(status, body, headers));
      if (this.latencyMs) setTimeout(finish, this.latencyMs);
      else finish();
    };
    if (!route) {
      this.judge.violations.push(`${method} ${apiPath}: ${this.judge instanceof RouteTable ? 'not served by the emulator (answered 404)' : "no such operation in GitHub's OpenAPI description"}`);
      request.resume();
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    if (!/^(token|Bearer) \S+$/.test(request.headers.authorization ?? '')) {
      request.resume();
      return send(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
    }
    if (this.hook?.before && (await this.hook.before(exchange))) return;
    const fault = this.takeFault(method, url.pathname + url.search);
    if (fault?.kind === 'create-race') {
      const body = await readJson(request);
      this.judge.checkRequest(route, url.searchParams, body, request.headers['content-type']);
      await this.create({ ...body, draft: false }, () => undefined, () => undefined);
      return send(422, { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }], documentation_url: 'https://docs.github.com/rest' });
    }
    if (fault && fault.kind !== 'reset-mid-upload' && fault.kind !== 'stall-mid-upload') {
      injected = true;
      request.resume();
      if (fault.kind === 'reset') return void request.socket.destroy();
      if (fault.kind === 'status') return send(fault.status, { message: 'Server Error' });
      if (fault.kind === 'secondary-rate-limit') {
        return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': String(fault.retryAfter) });
      }
      if (fault.kind === 'rate-limit') {
        const reset = Math.ceil(Date.now() / 1000) + fault.resetInSeconds;
        return send(403, { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '5000', 'x-ratelimit-reset': String(reset) });
      }
      return send(429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfter) });
    }
    try {
      if (isUpload) return await this.upload(route, url, request, send, fault);
      if (await this.extension?.handle(route as RouteOf<J>, url, request, send)) return;
      const body = await readJson(request);
      this.judge.checkRequest(route, url.searchParams, body, request.headers['content-type']);
      await this.api(route, url, body, send, request.headers.accept);
    } catch (error) {
      send(500, { message: `emulator error: ${(error as Error).message}` });
    }
  }

  private async api(route: Route, url: URL, body: Record<string, unknown> | undefined, send: (status: number, body?: unknown, headers?: Record<string, string>) => void, accept?: string): Promise<void> {
    const key = `${route.method} ${route.template}`;
    const notFound = (): void => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    const invalid = (resource: string, code: string, field: string, message?: string): void =>
      send(422, { message: 'Validation Failed', errors: [{ resource, code, field, ...(message ? { message } : {}) }], documentation_url: 'https://docs.github.com/rest' });
    const release = this.releases.find((r) => String(r.id) === route.params.release_id);
    switch (key) {
      case 'GET /repos/{owner}/{repo}/releases': {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const sorted = [...this.releases].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
        const slice = sorted.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(sorted.length / perPage));
        const link = page < last ? { link: `<${this.url}/repos/${this.owner}/${this.repo}/releases?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}/repos/${this.owner}/${this.repo}/releases?per_page=${perPage}&page=${last}>; rel="last"` } : undefined;
        return send(200, slice.map((r) => this.releaseJson(r)), link);
      }
      case 'GET /repos/{owner}/{repo}/releases/tags/{tag}': {
        const found = this.releases.find((r) => r.tag_name === route.params.tag && !r.draft);
        if (found && found.hiddenReads > 0) {
          found.hiddenReads--;
          return notFound();
        }
        return found ? send(200, this.releaseJson(found)) : notFound();
      }
      case 'GET /repos/{owner}/{repo}/releases/latest': {
        const latest = this.releases.find((r) => r.latest && !r.draft);
        return latest ? send(200, this.releaseJson(latest)) : notFound();
      }
      case 'POST /repos/{owner}/{repo}/releases':
        return this.create(body ?? {}, send, invalid);
      case 'GET /repos/{owner}/{repo}/releases/{release_id}':
        return release ? send(200, this.releaseJson(release)) : notFound();
      case 'PATCH /repos/{owner}/{repo}/releases/{release_id}': {
        if (!release) return notFound();
        const patch = body ?? {};
        if (release.immutable && !release.draft) {
          if (patch.draft === true || (patch.tag_name !== undefined && patch.tag_name !== release.tag_name)) {
            return invalid('Release', 'custom', 'draft', 'Cannot modify an immutable release.');
          }
        }
        for (const field of ['name', 'body', 'prerelease', 'target_commitish', 'tag_name'] as const) {
          if (patch[field] !== undefined) (release as unknown as Record<string, unknown>)[field] = patch[field];
        }
        if (patch.draft === false && release.draft) {
          if (this.releases.some((r) => r !== release && !r.draft && r.tag_name === (patch.tag_name ?? release.tag_name))) return invalid('Release', 'already_exists', 'tag_name');
          release.draft = false;
          release.published_at = this.now();
          this.tags.add(release.tag_name);
          if (this.immutableReleases) {
            release.immutable = true;
            this.burnedTags.add(release.tag_name);
          }
          this.applyLatest(release, (patch.make_latest as string | undefined) ?? 'true');
        } else if (patch.draft === true && !release.draft) {
          release.draft = true;
          release.published_at = null;
          release.latest = false;
          this.recomputeLegacyLatest();
        } else if (patch.make_latest !== undefined && !release.draft) {
          this.applyLatest(release, patch.make_latest as string);
        }
        if (release.prerelease && release.latest) {
          release.latest = false;
          this.recomputeLegacyLatest();
        }
        release.updated_at = this.now();
        return send(200, this.releaseJson(release));
      }
      case 'DELETE /repos/{owner}/{repo}/releases/{release_id}': {
        if (!release) return notFound();
        this.releases.splice(this.releases.indexOf(release), 1);
        if (release.latest) this.recomputeLegacyLatest();
        return send(204);
      }
      case 'GET /repos/{owner}/{repo}/releases/{release_id}/assets': {
        if (!release) return notFound();
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = release.assets.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(release.assets.length / perPage));
        const link = page < last ? { link: `<${this.url}/repos/${this.owner}/${this.repo}/releases/${release.id}/assets?per_page=${perPage}&page=${page + 1}>; rel="next"` } : undefined;
        return send(200, slice.map((a) => this.assetJson(a)), link);
      }
      case 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}':
      case 'PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}':
      case 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': {
        const owner = this.releaseOfAsset(Number(route.params.asset_id));
        const asset = owner?.assets.find((a) => a.id === Number(route.params.asset_id));
        if (!owner || !asset) return notFound();
        // A download (accept: application/octet-stream) is GitHub's redirect to the stored bytes.
        if (route.method === 'GET' && accept === 'application/octet-stream') return send(302, undefined, { location: `${this.url}/_downloads/assets/${asset.id}` });
        if (route.method === 'GET') return send(200, this.assetJson(asset));
        if (owner.immutable && !owner.draft) return invalid('ReleaseAsset', 'custom', 'id', 'Cannot modify an asset of an immutable release.');
        if (route.method === 'DELETE') {
          owner.assets.splice(owner.assets.indexOf(asset), 1);
          return send(204);
        }
        if (typeof body?.name === 'string') asset.name = githubStoredName(body.name);
        if (typeof body?.label === 'string') asset.label = body.label;
        asset.updated_at = this.now();
        return send(200, this.assetJson(asset));
      }
      default:
        this.judge.violations.push(`${key}: documented, but the emulator does not implement it`);
        return send(404, { message: 'Not Found' });
    }
  }

  private applyLatest(release: EmulatedRelease, makeLatest: string): void {
    if (release.prerelease || release.draft) return;
    if (makeLatest === 'true') {
      for (const r of this.releases) r.latest = r === release;
    } else if (makeLatest === 'legacy') {
      this.recomputeLegacyLatest();
    }
  }

  /** The newest published, non-prerelease release (by creation date) is latest. */
  private recomputeLegacyLatest(): void {
    const candidates = this.releases.filter((r) => !r.draft && !r.prerelease).sort((a, b) => b.created_at.localeCompare(a.created_at));
    for (const r of this.releases) r.latest = r === candidates[0];
  }

  private async create(body: Record<string, unknown>, send: (status: number, body?: unknown) => void, invalid: (resource: string, code: string, field: string, message?: string) => void): Promise<void> {
    // One create at a time, as GitHub serialises writes to a repository.
    const previous = this.createLock;
    let release!: () => void;
    this.createLock = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      const tag = String(body.tag_name ?? '');
      if (!tag) return invalid('Release', 'missing_field', 'tag_name');
      const draft = body.draft === true;
      if (this.burnedTags.has(tag) && !this.releases.some((r) => r.tag_name === tag)) {
        return invalid('Release', 'custom', 'tag_name', 'tag_name was used by an immutable release');
      }
      if (!draft && this.releases.some((r) => !r.draft && r.tag_name === tag)) return invalid('Release', 'already_exists', 'tag_name');
      const created = this.now();
      const entry: EmulatedRelease = {
        id: this.nextId++,
        tag_name: tag,
        target_commitish: String(body.target_commitish ?? 'main'),
        name: (body.name as string | undefined) ?? tag,
        body: (body.body as string | undefined) ?? null,
        draft,
        prerelease: body.prerelease === true,
        immutable: !draft && this.immutableReleases,
        created_at: created,
        published_at: draft ? null : created,
        updated_at: created,
        assets: [],
        hiddenReads: this.eventualConsistencyReads,
        latest: false,
        ...(typeof body.discussion_category_name === 'string' ? { discussion_category_name: body.discussion_category_name } : {}),
      };
      this.releases.push(entry);
      if (!draft) {
        this.tags.add(tag);
        this.applyLatest(entry, (body.make_latest as string | undefined) ?? 'true');
      }
      send(201, this.releaseJson(entry));
    } finally {
      release();
    }
  }

  private async upload(route: Route, url: URL, request: IncomingMessage, send: (status: number, body?: unknown) => void, fault: Fault | undefined): Promise<void> {
    this.judge.checkRequest(route, url.searchParams, undefined, request.headers['content-type']);
    const release = this.releases.find((r) => String(r.id) === route.params.release_id);
    if (!release) {
      request.resume();
      return send(404, { message: 'Not Found' });
    }
    const name = githubStoredName(url.searchParams.get('name') ?? '');
    const invalid = (code: string, message?: string): void => {
      request.resume();
      send(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code, field: 'name', ...(message ? { message } : {}) }], documentation_url: 'https://docs.github.com/rest' });
    };
    if (!name) return invalid('missing_field');
    if (release.immutable && !release.draft) return invalid('custom', 'Cannot upload assets to an immutable release.');
    if (release.assets.some((a) => a.name === name)) return invalid('already_exists');
    const length = Number(request.headers['content-length']);
    if (!Number.isFinite(length)) this.judge.violations.push(`POST upload ${name}: no content-length (GitHub requires it)`);
    const now = this.now();
    const asset: EmulatedAsset = { id: this.nextId++, name, label: url.searchParams.get('label'), state: 'open', content_type: request.headers['content-type'] ?? 'application/octet-stream', size: 0, digest: null, created_at: now, updated_at: now };
    release.assets.push(asset);
    const hash = createHash('sha256');
    const keep: Buffer[] = [];
    const sink = this.assetDir ? createWriteStream(path.join(this.assetDir, String(asset.id))) : undefined;
    let received = 0;
    const cut = fault?.kind === 'reset-mid-upload' || fault?.kind === 'stall-mid-upload' ? fault.afterBytes : Infinity;
    for await (const chunk of request as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > cut) {
        // The asset stays "open": a reset the client sees, or a stall until the client dies.
        sink?.destroy();
        if (fault?.kind === 'reset-mid-upload') request.socket.destroy();
        else await new Promise((resolve) => request.socket.once('close', resolve));
        return;
      }
      hash.update(chunk);
      if (received <= 1024 * 1024) keep.push(chunk);
      sink?.write(chunk);
    }
    if (Number.isFinite(length) && received !== length) {
      release.assets.splice(release.assets.indexOf(asset), 1);
      return send(400, { message: `Bad Content-Length: got ${received} bytes, expected ${length}` });
    }
    asset.size = received;
    asset.digest = `sha256:${hash.digest('hex')}`;
    asset.state = 'uploaded';
    if (received <= 1024 * 1024) asset.data = Buffer.concat(keep);
    if (sink) {
      await new Promise((resolve) => sink.end(resolve));
      asset.file = sink.path as string;
    }
    send(201, this.assetJson(asset));
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  if (!chunks.length) return undefined;
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}
