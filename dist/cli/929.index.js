export const id = 929;
export const ids = [929];
export const modules = {

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/kit/errors.ts
var kit_errors = __webpack_require__(3713);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/kit/glob.ts
var glob = __webpack_require__(956);
// EXTERNAL MODULE: ./src/plan/load-config.ts
var load_config = __webpack_require__(142);
// EXTERNAL MODULE: ./src/plan/describe.ts
var describe = __webpack_require__(8122);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/rehearse/github-emulator.ts
/**
 * A local GitHub: the release, asset and tag endpoints release-kit uses, on loopback, with `upload_url`
 * pointing at itself. `release-kit rehearse` publishes to it; the tests run it with a judge that checks
 * every request and response against GitHub's OpenAPI description (test/emulator/openapi.ts). Faults
 * are injected on demand: 5xx, a connection reset mid-upload, secondary rate limits with retry-after,
 * 429, 422 on create, a new release invisible to by-tag reads for a while, immutable releases.
 */




/** The release operations the emulator serves (method, OpenAPI path template). */
const OPERATIONS = [
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
/** The operations the emulator serves, matched by path alone: the judge of a rehearsal, which needs no API description. */
class RouteTable {
    violations = [];
    routes = OPERATIONS.map(([method, template]) => {
        const names = [];
        const regex = new RegExp(`^${template.replace(/\{([^}]+)\}/g, (_, name) => (names.push(name), '([^/]+)'))}$`);
        return { method, template, regex, names };
    });
    match(method, pathname) {
        for (const route of this.routes) {
            const found = route.method === method ? route.regex.exec(pathname) : null;
            if (found)
                return { template: route.template, method, params: Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(found[i + 1])])) };
        }
        return undefined;
    }
    checkRequest() { }
    checkResponse() { }
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
function githubStoredName(name) {
    return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}
class GitHubEmulator {
    judge;
    requests = [];
    releases = [];
    /** Tags that exist in the repository. */
    tags = new Set();
    /** Tags of published immutable releases: never reusable, even after the release is deleted. */
    burnedTags = new Set();
    owner = 'octo-org';
    repo = 'octo-app';
    /** Newly created releases are invisible to by-tag reads for this many reads. */
    eventualConsistencyReads = 0;
    /** Releases published from now on are immutable. */
    immutableReleases = false;
    /** Delay before each response, to widen races in concurrency tests. */
    latencyMs = 0;
    /** When set, every uploaded asset's bytes are kept in a file here (named by asset id). */
    assetDir;
    /** Fault injection beyond `inject` (lag, errors before or after applying, resets, stalls, garbled answers). */
    hook;
    faults = [];
    nextId = 1000;
    clock = Date.UTC(2026, 0, 1);
    server;
    createLock = Promise.resolve();
    extension;
    constructor(judge) {
        this.judge = judge ?? new RouteTable();
    }
    get url() {
        const address = this.server?.address();
        if (!address)
            throw new Error('emulator not started');
        return `http://127.0.0.1:${address.port}`;
    }
    async start() {
        this.server = (0,external_node_http_.createServer)((request, response) => void this.handle(request, response));
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        return this;
    }
    async stop() {
        this.server?.closeAllConnections();
        await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    }
    inject(method, path, fault, times = 1) {
        this.faults.push({ method: method.toUpperCase(), path, fault, times });
    }
    /** API calls made, optionally only those matching a method and path. */
    calls(method, path) {
        return this.requests.filter((r) => (!method || r.method === method) && (!path || path.test(r.path)));
    }
    now() {
        this.clock += 1000;
        return new Date(this.clock).toISOString().replace(/\.\d+Z$/, 'Z');
    }
    // ---------- JSON shapes, as GitHub returns them ----------
    base() {
        return `https://api.github.com/repos/${this.owner}/${this.repo}`;
    }
    assetJson(asset) {
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
    releaseJson(release) {
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
    releaseOfAsset(id) {
        return this.releases.find((r) => r.assets.some((a) => a.id === id));
    }
    // ---------- the HTTP side ----------
    takeFault(method, path) {
        const rule = this.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
        if (!rule)
            return undefined;
        rule.times--;
        return rule.fault;
    }
    /** The stored bytes of an asset, where the API's download redirects to (not an API route). */
    serveDownload(request, response) {
        const match = /^\/_downloads\/assets\/(\d+)$/.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!match)
            return false;
        const asset = this.releaseOfAsset(Number(match[1]))?.assets.find((a) => a.id === Number(match[1]));
        request.resume();
        if (asset?.data) {
            response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.data.length) });
            response.end(asset.data);
        }
        else if (asset?.file) {
            response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(asset.size) });
            (0,external_node_fs_.createReadStream)(asset.file).pipe(response);
        }
        else
            response.writeHead(404).end();
        return true;
    }
    async handle(request, response) {
        if (this.extension?.serveDownload(request, response))
            return;
        if (this.serveDownload(request, response))
            return;
        const url = new URL(request.url ?? '/', 'http://localhost');
        const method = request.method ?? 'GET';
        const isUpload = url.pathname.startsWith('/uploads/');
        const apiPath = isUpload ? url.pathname.slice('/uploads'.length) : url.pathname;
        const route = this.judge.match(method, apiPath);
        const record = { method, path: url.pathname + url.search, status: 0 };
        this.requests.push(record);
        let injected = false;
        const exchange = { method, path: url.pathname + url.search, request, response };
        const write = (status, body, headers = {}) => {
            record.status = status;
            response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
            response.end(body === undefined ? '' : JSON.stringify(body));
        };
        const send = (status, body, headers = {}) => {
            record.status = status;
            // Injected faults (rate limits, 5xx) can hit any endpoint; the description documents them globally.
            if (route && !injected)
                this.judge.checkResponse(route, status, body);
            const finish = () => (this.hook?.answer ? this.hook.answer(exchange, status, body, headers, write) : write(status, body, headers));
            if (this.latencyMs)
                setTimeout(finish, this.latencyMs);
            else
                finish();
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
        if (this.hook?.before && (await this.hook.before(exchange)))
            return;
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
            if (fault.kind === 'reset')
                return void request.socket.destroy();
            if (fault.kind === 'status')
                return send(fault.status, { message: 'Server Error' });
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
            if (isUpload)
                return await this.upload(route, url, request, send, fault);
            if (await this.extension?.handle(route, url, request, send))
                return;
            const body = await readJson(request);
            this.judge.checkRequest(route, url.searchParams, body, request.headers['content-type']);
            await this.api(route, url, body, send, request.headers.accept);
        }
        catch (error) {
            send(500, { message: `emulator error: ${error.message}` });
        }
    }
    async api(route, url, body, send, accept) {
        const key = `${route.method} ${route.template}`;
        const notFound = () => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        const invalid = (resource, code, field, message) => send(422, { message: 'Validation Failed', errors: [{ resource, code, field, ...(message ? { message } : {}) }], documentation_url: 'https://docs.github.com/rest' });
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
                if (!release)
                    return notFound();
                const patch = body ?? {};
                if (release.immutable && !release.draft) {
                    if (patch.draft === true || (patch.tag_name !== undefined && patch.tag_name !== release.tag_name)) {
                        return invalid('Release', 'custom', 'draft', 'Cannot modify an immutable release.');
                    }
                }
                for (const field of ['name', 'body', 'prerelease', 'target_commitish', 'tag_name']) {
                    if (patch[field] !== undefined)
                        release[field] = patch[field];
                }
                if (patch.draft === false && release.draft) {
                    if (this.releases.some((r) => r !== release && !r.draft && r.tag_name === (patch.tag_name ?? release.tag_name)))
                        return invalid('Release', 'already_exists', 'tag_name');
                    release.draft = false;
                    release.published_at = this.now();
                    this.tags.add(release.tag_name);
                    if (this.immutableReleases) {
                        release.immutable = true;
                        this.burnedTags.add(release.tag_name);
                    }
                    this.applyLatest(release, patch.make_latest ?? 'true');
                }
                else if (patch.draft === true && !release.draft) {
                    release.draft = true;
                    release.published_at = null;
                    release.latest = false;
                    this.recomputeLegacyLatest();
                }
                else if (patch.make_latest !== undefined && !release.draft) {
                    this.applyLatest(release, patch.make_latest);
                }
                if (release.prerelease && release.latest) {
                    release.latest = false;
                    this.recomputeLegacyLatest();
                }
                release.updated_at = this.now();
                return send(200, this.releaseJson(release));
            }
            case 'DELETE /repos/{owner}/{repo}/releases/{release_id}': {
                if (!release)
                    return notFound();
                this.releases.splice(this.releases.indexOf(release), 1);
                if (release.latest)
                    this.recomputeLegacyLatest();
                return send(204);
            }
            case 'GET /repos/{owner}/{repo}/releases/{release_id}/assets': {
                if (!release)
                    return notFound();
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
                if (!owner || !asset)
                    return notFound();
                // A download (accept: application/octet-stream) is GitHub's redirect to the stored bytes.
                if (route.method === 'GET' && accept === 'application/octet-stream')
                    return send(302, undefined, { location: `${this.url}/_downloads/assets/${asset.id}` });
                if (route.method === 'GET')
                    return send(200, this.assetJson(asset));
                if (owner.immutable && !owner.draft)
                    return invalid('ReleaseAsset', 'custom', 'id', 'Cannot modify an asset of an immutable release.');
                if (route.method === 'DELETE') {
                    owner.assets.splice(owner.assets.indexOf(asset), 1);
                    return send(204);
                }
                if (typeof body?.name === 'string')
                    asset.name = githubStoredName(body.name);
                if (typeof body?.label === 'string')
                    asset.label = body.label;
                asset.updated_at = this.now();
                return send(200, this.assetJson(asset));
            }
            default:
                this.judge.violations.push(`${key}: documented, but the emulator does not implement it`);
                return send(404, { message: 'Not Found' });
        }
    }
    applyLatest(release, makeLatest) {
        if (release.prerelease || release.draft)
            return;
        if (makeLatest === 'true') {
            for (const r of this.releases)
                r.latest = r === release;
        }
        else if (makeLatest === 'legacy') {
            this.recomputeLegacyLatest();
        }
    }
    /** The newest published, non-prerelease release (by creation date) is latest. */
    recomputeLegacyLatest() {
        const candidates = this.releases.filter((r) => !r.draft && !r.prerelease).sort((a, b) => b.created_at.localeCompare(a.created_at));
        for (const r of this.releases)
            r.latest = r === candidates[0];
    }
    async create(body, send, invalid) {
        // One create at a time, as GitHub serialises writes to a repository.
        const previous = this.createLock;
        let release;
        this.createLock = new Promise((resolve) => (release = resolve));
        await previous;
        try {
            const tag = String(body.tag_name ?? '');
            if (!tag)
                return invalid('Release', 'missing_field', 'tag_name');
            const draft = body.draft === true;
            if (this.burnedTags.has(tag) && !this.releases.some((r) => r.tag_name === tag)) {
                return invalid('Release', 'custom', 'tag_name', 'tag_name was used by an immutable release');
            }
            if (!draft && this.releases.some((r) => !r.draft && r.tag_name === tag))
                return invalid('Release', 'already_exists', 'tag_name');
            const created = this.now();
            const entry = {
                id: this.nextId++,
                tag_name: tag,
                target_commitish: String(body.target_commitish ?? 'main'),
                name: body.name ?? tag,
                body: body.body ?? null,
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
                this.applyLatest(entry, body.make_latest ?? 'true');
            }
            send(201, this.releaseJson(entry));
        }
        finally {
            release();
        }
    }
    async upload(route, url, request, send, fault) {
        this.judge.checkRequest(route, url.searchParams, undefined, request.headers['content-type']);
        const release = this.releases.find((r) => String(r.id) === route.params.release_id);
        if (!release) {
            request.resume();
            return send(404, { message: 'Not Found' });
        }
        const name = githubStoredName(url.searchParams.get('name') ?? '');
        const invalid = (code, message) => {
            request.resume();
            send(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code, field: 'name', ...(message ? { message } : {}) }], documentation_url: 'https://docs.github.com/rest' });
        };
        if (!name)
            return invalid('missing_field');
        if (release.immutable && !release.draft)
            return invalid('custom', 'Cannot upload assets to an immutable release.');
        if (release.assets.some((a) => a.name === name))
            return invalid('already_exists');
        const length = Number(request.headers['content-length']);
        if (!Number.isFinite(length))
            this.judge.violations.push(`POST upload ${name}: no content-length (GitHub requires it)`);
        const now = this.now();
        const asset = { id: this.nextId++, name, label: url.searchParams.get('label'), state: 'open', content_type: request.headers['content-type'] ?? 'application/octet-stream', size: 0, digest: null, created_at: now, updated_at: now };
        release.assets.push(asset);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const keep = [];
        const sink = this.assetDir ? (0,external_node_fs_.createWriteStream)(external_node_path_default().join(this.assetDir, String(asset.id))) : undefined;
        let received = 0;
        const cut = fault?.kind === 'reset-mid-upload' || fault?.kind === 'stall-mid-upload' ? fault.afterBytes : Infinity;
        for await (const chunk of request) {
            received += chunk.length;
            if (received > cut) {
                // The asset stays "open": a reset the client sees, or a stall until the client dies.
                sink?.destroy();
                if (fault?.kind === 'reset-mid-upload')
                    request.socket.destroy();
                else
                    await new Promise((resolve) => request.socket.once('close', resolve));
                return;
            }
            hash.update(chunk);
            if (received <= 1024 * 1024)
                keep.push(chunk);
            sink?.write(chunk);
        }
        if (Number.isFinite(length) && received !== length) {
            release.assets.splice(release.assets.indexOf(asset), 1);
            return send(400, { message: `Bad Content-Length: got ${received} bytes, expected ${length}` });
        }
        asset.size = received;
        asset.digest = `sha256:${hash.digest('hex')}`;
        asset.state = 'uploaded';
        if (received <= 1024 * 1024)
            asset.data = Buffer.concat(keep);
        if (sink) {
            await new Promise((resolve) => sink.end(resolve));
            asset.file = sink.path;
        }
        send(201, this.assetJson(asset));
    }
}
async function readJson(request) {
    const chunks = [];
    for await (const chunk of request)
        chunks.push(chunk);
    if (!chunks.length)
        return undefined;
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/rehearse/keys.ts
/**
 * Throwaway signing material for one rehearsal, made with the real tools: a test CA with a code-signing
 * certificate in a .pfx and a timestamping certificate (openssl), a local RFC 3161 server answering with
 * `openssl ts -reply`, an ed25519 GPG key (loopback pinentry, no agent left behind) and a minisign key.
 * Nothing here is trusted anywhere: it lets every signing step run as it would with the real keys.
 */







const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const OPENSSL_CNF = `[req]
distinguished_name = dn
[dn]
[ca_ext]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[codesign_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[tsa_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
[tsa]
default_tsa = tsa1
[tsa1]
serial = ./tsa-serial
crypto_device = builtin
signer_cert = ./tsa.pem
certs = ./ca.pem
signer_key = ./tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;
function openssl(dir, args) {
    (0,external_node_child_process_.execFileSync)('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}
function makeCertificates(dir, password) {
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'openssl.cnf'), OPENSSL_CNF);
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'tsa-serial'), '01\n');
    openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Release Kit Rehearsal CA', '-config', 'openssl.cnf', '-extensions', 'ca_ext']);
    for (const [name, subject, extension] of [
        ['codesign', '/CN=Rehearsal Signing/O=release-kit rehearsal', 'codesign_ext'],
        ['tsa', '/CN=Rehearsal TSA', 'tsa_ext'],
    ]) {
        openssl(dir, ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject, '-config', 'openssl.cnf']);
        openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', '2', '-extfile', 'openssl.cnf', '-extensions', extension]);
    }
    openssl(dir, ['pkcs12', '-export', '-inkey', 'codesign.key', '-in', 'codesign.pem', '-certfile', 'ca.pem', '-out', 'codesign.pfx', '-passout', `pass:${password}`]);
    return (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, 'codesign.pfx')).toString('base64');
}
function makeGpgKey(passphrase) {
    // A short home: the agent's socket path must fit in 107 bytes, wherever the rehearsal's folder is.
    const home = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'rk-gpg-'));
    // A throwaway key: protected with the fewest S2K iterations, so every step that imports and unlocks it
    // (each signing job's agent) does not spend a calibrated ~100 ms of hashing per unlock.
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\ns2k-count 65536\n', { mode: 0o600 });
    const env = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
    const gpg = (...args) => (0,external_node_child_process_.execFileSync)('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', passphrase, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const userId = 'release-kit rehearsal <rehearsal@release-kit.invalid>';
    try {
        gpg('--quick-gen-key', userId, 'ed25519', 'sign', '1d');
        const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-keys', userId))?.[1] ?? '';
        const secretKey = gpg('--armor', '--export-secret-keys', userId);
        const publicKey = gpg('--armor', '--export', userId);
        if (!fingerprint || !secretKey.startsWith('-----BEGIN PGP PRIVATE KEY BLOCK-----') || !publicKey.startsWith('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
            throw new Error('gpg made no usable throwaway key (the export is not an armored key block)');
        }
        return { secretKey, publicKey, passphrase, fingerprint };
    }
    finally {
        try {
            (0,external_node_child_process_.execFileSync)('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
        }
        catch {
            // no agent was started
        }
        (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
    }
}
function makeMinisignKey(dir) {
    const secret = external_node_path_default().join(dir, 'minisign.key');
    const publicKeyFile = external_node_path_default().join(dir, 'minisign.pub');
    (0,external_node_child_process_.execFileSync)('minisign', ['-G', '-W', '-f', '-p', publicKeyFile, '-s', secret], { stdio: 'ignore' });
    return { secretKey: (0,external_node_fs_.readFileSync)(secret, 'utf8'), publicKeyFile, password: '' };
}
async function startTimestampServer(dir) {
    let queries = 0;
    const server = external_node_http_default().createServer((request, response) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            const query = external_node_path_default().join(dir, `query-${queries++}.tsq`);
            (0,external_node_fs_.writeFileSync)(query, Buffer.concat(chunks));
            execFileAsync('openssl', ['ts', '-reply', '-config', 'openssl.cnf', '-section', 'tsa1', '-queryfile', query], { cwd: dir, encoding: 'buffer', maxBuffer: 1 << 20 }).then(({ stdout }) => response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(stdout), (error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}/tsa`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/** Tools each kind of key needs; a missing one is named before anything runs. */
const KEY_TOOLS = (/* unused pure expression or super */ null && (['openssl', 'gpg', 'minisign']));
async function makeThrowawayKeys(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const pfxPassword = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const pfxBase64 = makeCertificates(dir, pfxPassword);
    const gpg = makeGpgKey((0,external_node_crypto_.randomBytes)(12).toString('hex'));
    const minisign = makeMinisignKey(dir);
    const tsa = await startTimestampServer(dir);
    return {
        dir,
        caPem: external_node_path_default().join(dir, 'ca.pem'),
        subject: 'CN=Rehearsal Signing, O=release-kit rehearsal',
        pfxBase64,
        pfxPassword,
        gpg,
        minisign,
        timestampUrl: tsa.url,
        close: tsa.close,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 29 modules
var expressions_dist = __webpack_require__(8057);
;// CONCATENATED MODULE: ./src/rehearse/expressions.ts
/**
 * `${{ }}` expressions, evaluated with GitHub's own expression library (@actions/expressions): the
 * lexer, parser and evaluator the Actions tooling uses, with the workflow's contexts as plain values
 * and the job status functions (success, failure, always, cancelled) supplied by the executor.
 */

/** An expression that does not parse or names a function or context the executor does not know. */
class ExpressionProblem extends Error {
}
const CONTEXT_NAMES = ['github', 'inputs', 'secrets', 'needs', 'steps', 'matrix', 'env', 'runner', 'job', 'jobs', 'strategy', 'vars'];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
const STATUS_CALL = /\b(success|failure|always|cancelled)\s*\(/i;
function toExpressionData(value) {
    if (value === undefined)
        return new expressions_dist/* data.Null */.p.Uv();
    return JSON.parse(JSON.stringify(value), expressions_dist/* data.reviver */.p.eD);
}
function fromExpressionData(value) {
    return JSON.parse(JSON.stringify(value, expressions_dist/* data.replacer */.p.$U));
}
/** Evaluates one expression (the text between `${{` and `}}`) to a plain value. */
function evaluate(expression, contexts, status = { failed: false, cancelled: false }) {
    let parsed;
    try {
        const tokens = new expressions_dist/* Lexer */.JG(expression).lex().tokens;
        parsed = new expressions_dist/* Parser */.iX(tokens, CONTEXT_NAMES, STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
    }
    catch (error) {
        throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${error.message}`);
    }
    const dictionary = new expressions_dist/* data.Dictionary */.p.bT(...Object.entries(contexts).map(([key, value]) => ({ key, value: toExpressionData(value) })));
    const results = { success: !status.failed && !status.cancelled, failure: status.failed, always: true, cancelled: status.cancelled };
    const functions = new Map(Object.entries(results).map(([name, result]) => [name, { name, minArgs: 0, maxArgs: 0, call: () => new expressions_dist/* data.BooleanData */.p.bo(result) }]));
    try {
        return fromExpressionData(new expressions_dist/* Evaluator */.oi(parsed, dictionary, functions).evaluate());
    }
    catch (error) {
        throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${error.message}`);
    }
}
/** The runner's string form of a value: objects as JSON, null as ''. */
function asString(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value, null, 2);
    if (typeof value === 'number')
        return String(value);
    return String(value);
}
/** The `${{ … }}` spans of a template, respecting quoted strings inside an expression. */
function spans(template) {
    const found = [];
    let at = 0;
    for (;;) {
        const start = template.indexOf('${{', at);
        if (start < 0)
            return found;
        let i = start + 3;
        let quoted = false;
        for (; i < template.length; i++) {
            const c = template[i];
            if (c === "'")
                quoted = !quoted;
            else if (!quoted && c === '}' && template[i + 1] === '}')
                break;
        }
        if (i >= template.length)
            throw new ExpressionProblem(`${template.slice(start, start + 40)}…: the expression is not closed with }}`);
        found.push({ start, end: i + 2, expression: template.slice(start + 3, i) });
        at = i + 2;
    }
}
/**
 * A workflow value with `${{ }}` inside: a value that is one whole expression keeps its type (the
 * matrix from fromJSON stays an object); anything else is interpolated to a string. Lists and maps
 * (a matrix written out, with an axis from an expression) are evaluated item by item.
 */
function evaluateTemplate(template, contexts, status) {
    if (Array.isArray(template))
        return template.map((item) => evaluateTemplate(item, contexts, status));
    if (template && typeof template === 'object')
        return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, evaluateTemplate(value, contexts, status)]));
    if (typeof template !== 'string')
        return template;
    const found = spans(template);
    if (!found.length)
        return template;
    if (found.length === 1 && found[0].start === 0 && found[0].end === template.length)
        return evaluate(found[0].expression, contexts, status);
    let out = '';
    let at = 0;
    for (const span of found) {
        out += template.slice(at, span.start) + asString(evaluate(span.expression, contexts, status));
        at = span.end;
    }
    return out + template.slice(at);
}
function evaluateString(template, contexts, status) {
    return asString(evaluateTemplate(template, contexts, status));
}
/**
 * An `if:` condition: with or without `${{ }}`; without a status function it means `success() && (…)`,
 * as on the runner. Absent: `success()`.
 */
function evaluateCondition(condition, contexts, status) {
    if (condition === undefined || condition === null || condition === '')
        return !status.failed && !status.cancelled;
    if (typeof condition === 'boolean')
        return condition && !status.failed && !status.cancelled;
    let text = String(condition).trim();
    const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
    if (whole && spans(text).length === 1)
        text = whole[1];
    else if (text.includes('${{'))
        text = `'${evaluateString(text, contexts, status).replace(/'/g, "''")}'`;
    const expression = STATUS_CALL.test(text.replace(/'(?:[^']|'')*'/g, "''")) ? text : `success() && (${text})`;
    const value = evaluate(expression, contexts, status);
    return value !== null && value !== false && value !== 0 && value !== '' && !(typeof value === 'number' && Number.isNaN(value));
}
/** Every `${{ }}` expression inside a workflow value (strings, lists, maps). */
function expressionsIn(value) {
    if (typeof value === 'string')
        return spans(value).map((span) => span.expression);
    if (Array.isArray(value))
        return value.flatMap(expressionsIn);
    if (value && typeof value === 'object')
        return Object.values(value).flatMap(expressionsIn);
    return [];
}
/** The bare expression of an `if:` (which may be written with or without `${{ }}`). */
function conditionExpression(condition) {
    if (condition === undefined || condition === null || typeof condition === 'boolean')
        return undefined;
    const text = String(condition).trim();
    return text.includes('${{') ? undefined : text;
}
/** Parses an expression (throwing ExpressionProblem as `evaluate` would) and lists its steps/needs/jobs references. */
function referencesOf(expression) {
    let tokens;
    try {
        tokens = new expressions_dist/* Lexer */.JG(expression).lex().tokens;
        new expressions_dist/* Parser */.iX(tokens, CONTEXT_NAMES, STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }))).parse();
    }
    catch (error) {
        throw new ExpressionProblem(`\${{ ${expression.trim()} }}: ${error.message}`);
    }
    const found = [];
    const word = (i) => (tokens[i] && /^[A-Za-z_][\w-]*$/.test(tokens[i].lexeme) ? tokens[i].lexeme : undefined);
    const dot = (i) => tokens[i]?.lexeme === '.';
    for (let i = 0; i < tokens.length; i++) {
        const context = word(i)?.toLowerCase();
        if (!context || !['steps', 'needs', 'jobs'].includes(context) || dot(i - 1) || !dot(i + 1) || !word(i + 2))
            continue;
        const reference = { context, name: word(i + 2) };
        if (dot(i + 3) && word(i + 4) === 'outputs' && dot(i + 5) && word(i + 6))
            reference.output = word(i + 6);
        found.push(reference);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rehearse/runner-protocol.ts
/**
 * The runner's side of the protocol an action speaks: the file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY) and the workflow commands printed on stdout
 * (`::error::`, `::add-mask::`, …). Used by the rehearsal executor and by the tests' action harness.
 */



const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH'];
/** The runner's multi-line file-command format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
function parseFileCommands(text) {
    const result = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const value = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                value.push(lines[i]);
            result[name] = value.join('\n');
        }
        else if (line.includes('=')) {
            const at = line.indexOf('=');
            result[line.slice(0, at)] = line.slice(at + 1);
        }
    }
    return result;
}
const unescapeData = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
function parseWorkflowCommands(stdout) {
    const annotations = [];
    const masked = [];
    for (const line of stdout.split(/\r?\n/)) {
        const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
        if (!command)
            continue;
        const [, name, props = '', data = ''] = command;
        if (name === 'add-mask')
            masked.push(unescapeData(data));
        if (name === 'error' || name === 'warning' || name === 'notice') {
            const properties = {};
            for (const pair of props.split(',').filter(Boolean)) {
                const at = pair.indexOf('=');
                properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
            }
            annotations.push({ level: name, message: unescapeData(data), properties });
        }
    }
    return { annotations, masked };
}
/** Fresh, empty file-command files for one step, in `dir`. */
function fileCommandFiles(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const files = Object.fromEntries(FILE_COMMANDS.map((name) => [name, external_node_path_default().join(dir, name.slice('GITHUB_'.length).toLowerCase())]));
    for (const file of Object.values(files))
        (0,external_node_fs_.writeFileSync)(file, '');
    return files;
}
function readFileCommands(files) {
    const read = (name) => (0,external_node_fs_.readFileSync)(files[name], 'utf8');
    return {
        outputs: parseFileCommands(read('GITHUB_OUTPUT')),
        summary: read('GITHUB_STEP_SUMMARY'),
        env: parseFileCommands(read('GITHUB_ENV')),
        state: parseFileCommands(read('GITHUB_STATE')),
        path: read('GITHUB_PATH').split('\n').map((line) => line.trim()).filter(Boolean),
    };
}
/** `INPUT_<NAME>` as the runner spells it: spaces to underscores, upper case, dashes kept. */
function inputEnv(inputs) {
    return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
}
/** Runs a command (never through a shell) and collects its output; killed after `timeoutMs`. */
async function runProcess(command, options) {
    const child = (0,external_node_child_process_.spawn)(command[0], command.slice(1), { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
        stdout += chunk.toString();
        options.onStdout?.(chunk.toString());
    });
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const [exitCode, signal] = await new Promise((resolve) => {
        child.on('error', (error) => {
            stderr += String(error);
            resolve([127, null]);
        });
        child.on('close', (code, sig) => resolve([code, sig]));
    });
    clearTimeout(timer);
    return { exitCode, signal, stdout, stderr };
}

;// CONCATENATED MODULE: ./src/rehearse/stand-ins.ts
/**
 * Local equivalents of the third-party actions release.yml uses, with the same contract as far as the
 * workflow can tell: actions/checkout (the product repository at the ref, in the job's workspace),
 * actions/upload-artifact and actions/download-artifact (a folder per artifact; `pattern` and
 * `merge-multiple` as documented), the provenance attestation (skipped, with a note), and the setup
 * actions (the host's tools). Anything else has no stand-in: the caller reports it as one error.
 */




const git = (cwd, ...args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
function inside(context, relative, input) {
    const target = external_node_path_default().resolve(context.workspace, relative || '.');
    if (!(0,glob/* isInside */.FK)(context.workspace, target))
        throw new Error(`${input} ${JSON.stringify(relative)} is outside the workspace`);
    return target;
}
const checkout = (context, inputs) => {
    const dest = inside(context, inputs.path ?? '', 'path');
    (0,external_node_fs_.mkdirSync)(dest, { recursive: true });
    const ref = inputs.ref || context.ref;
    const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
    let sha = context.sha;
    if (ref !== context.ref)
        sha = git(context.repository, 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`);
    const depth = Number(inputs['fetch-depth'] ?? '1');
    if (depth === 0) {
        git(dest, 'clone', '--quiet', '--no-checkout', '--', context.repository, '.');
    }
    else {
        git(dest, 'init', '--quiet');
        const source = ref === context.ref && !context.refExists ? 'HEAD' : ref;
        git(dest, 'fetch', '--quiet', '--no-tags', `--depth=${depth}`, '--', `file://${context.repository}`, source);
    }
    git(dest, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', sha);
    if (tag && !git(dest, 'tag', '--list', '--', tag))
        git(dest, 'tag', '--', tag, sha);
    const made = tag && !context.refExists && ref === context.ref ? ` (tag ${tag} made on ${sha.slice(0, 12)} for the rehearsal: it does not exist yet)` : '';
    return { outcome: 'success', outputs: { ref, commit: sha }, note: `${external_node_path_default().relative(context.workspace, dest) || 'workspace'} ← ${ref} at ${sha.slice(0, 12)}, ${depth === 0 ? 'all history' : `depth ${depth}`}${made}` };
};
/** Files a path input names: lines of paths or globs, `!` lines excluded; the root is their common folder. */
function filesOf(context, spec) {
    const include = [];
    const exclude = new Set();
    for (const line of spec.split('\n').map((l) => l.trim()).filter(Boolean)) {
        const negated = line.startsWith('!');
        const pattern = negated ? line.slice(1) : line;
        const absolute = inside(context, pattern, 'path');
        const matches = /[*?[{]/.test(pattern) ? (0,external_node_fs_.globSync)(absolute) : (0,external_node_fs_.existsSync)(absolute) ? [absolute] : [];
        for (const match of matches) {
            const found = (0,external_node_fs_.statSync)(match).isDirectory() ? (0,external_node_fs_.readdirSync)(match, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => external_node_path_default().join(e.parentPath, e.name)) : [match];
            for (const file of found)
                (negated ? exclude.add(file) : include.push(file));
            if (!negated && (0,external_node_fs_.statSync)(match).isDirectory())
                include.push(`${match}${(external_node_path_default()).sep}`);
        }
    }
    const files = [...new Set(include.filter((f) => !f.endsWith((external_node_path_default()).sep) && !exclude.has(f)))].sort();
    const roots = include.map((f) => (f.endsWith((external_node_path_default()).sep) ? f.slice(0, -1) : external_node_path_default().dirname(f)));
    let root = roots[0] ?? context.workspace;
    for (const other of roots)
        while (!(0,glob/* isInside */.FK)(root, other))
            root = external_node_path_default().dirname(root);
    return { root, files };
}
const uploadArtifact = (context, inputs) => {
    const name = inputs.name || 'artifact';
    const store = external_node_path_default().join(context.artifacts, name);
    if ((0,external_node_fs_.existsSync)(store) && inputs.overwrite !== 'true')
        return { outcome: 'failure', outputs: {}, note: `an artifact named ${name} already exists in this run (overwrite: false)` };
    const { root, files } = filesOf(context, inputs.path ?? '');
    if (!files.length) {
        const mode = inputs['if-no-files-found'] || 'warn';
        const message = `no files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
        return { outcome: mode === 'error' ? 'failure' : 'success', outputs: {}, note: mode === 'ignore' ? 'nothing to upload' : message };
    }
    for (const file of files)
        (0,external_node_fs_.cpSync)(file, external_node_path_default().join(store, external_node_path_default().relative(root, file)), { force: true });
    return { outcome: 'success', outputs: { 'artifact-id': name }, note: `artifact ${name}: ${files.length} file${files.length === 1 ? '' : 's'}` };
};
const downloadArtifact = (context, inputs) => {
    const dest = inside(context, inputs.path ?? '', 'path');
    const all = (0,external_node_fs_.existsSync)(context.artifacts) ? (0,external_node_fs_.readdirSync)(context.artifacts).sort() : [];
    if (inputs.name) {
        if (!all.includes(inputs.name))
            return { outcome: 'failure', outputs: {}, note: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}` };
        (0,external_node_fs_.cpSync)(external_node_path_default().join(context.artifacts, inputs.name), dest, { recursive: true });
        return { outcome: 'success', outputs: { 'download-path': dest }, note: `artifact ${inputs.name} → ${external_node_path_default().relative(context.workspace, dest) || '.'}` };
    }
    const chosen = inputs.pattern ? all.filter((name) => external_node_path_default().matchesGlob(name, inputs.pattern)) : all;
    const merge = inputs['merge-multiple'] === 'true';
    for (const name of chosen)
        (0,external_node_fs_.cpSync)(external_node_path_default().join(context.artifacts, name), merge ? dest : external_node_path_default().join(dest, name), { recursive: true });
    return { outcome: 'success', outputs: { 'download-path': dest }, note: `${chosen.length} artifact${chosen.length === 1 ? '' : 's'} (${chosen.join(', ') || 'none'})${merge ? ' merged' : ''} → ${external_node_path_default().relative(context.workspace, dest) || '.'}` };
};
const skipped = (why) => () => ({ outcome: 'skipped', outputs: {}, note: why });
const hostTool = (tool) => () => ({ outcome: 'success', outputs: {}, note: `the host's ${tool} is used (${versionOf(tool)})` });
function versionOf(tool) {
    try {
        return (0,external_node_child_process_.execFileSync)(tool, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
    }
    catch {
        return 'not installed here: steps that need it will fail';
    }
}
/** Third-party actions by `owner/name` (any ref): what stands in for each. */
const STAND_INS = {
    'actions/checkout': checkout,
    'actions/upload-artifact': uploadArtifact,
    'actions/download-artifact': downloadArtifact,
    'actions/attest-build-provenance': skipped('provenance attestation needs GitHub\'s OIDC token and Sigstore: skipped in a rehearsal'),
    'actions/attest': skipped('attestation needs GitHub\'s OIDC token and Sigstore: skipped in a rehearsal'),
    'actions/cache': skipped('no cache in a rehearsal: every step runs from scratch'),
    'actions/setup-node': hostTool('node'),
    'actions/setup-python': hostTool('python3'),
    'actions/setup-go': hostTool('go'),
    'actions/setup-java': hostTool('java'),
    'dtolnay/rust-toolchain': hostTool('cargo'),
    'actions-rust-lang/setup-rust-toolchain': hostTool('cargo'),
    'pnpm/action-setup': hostTool('pnpm'),
};
function standInFor(uses) {
    const at = uses.indexOf('@');
    const name = (at < 0 ? uses : uses.slice(0, at)).split('/').slice(0, 2).join('/').toLowerCase();
    return Object.hasOwn(STAND_INS, name) ? STAND_INS[name] : undefined;
}

;// CONCATENATED MODULE: ./src/rehearse/workflow.ts
/**
 * A local executor of a GitHub Actions workflow called with `workflow_call`: jobs in `needs` order, job
 * and step `if:`, `strategy.matrix` (with `include`/`exclude`), job outputs, `env`, `working-directory`,
 * run steps through bash with the file commands, our own actions from this kit (node24 bundles with
 * their `post:` steps at job end, the root composite action expanded step by step) and third-party
 * actions through stand-ins. Before anything runs, the whole file is checked: every expression parses,
 * every `steps.<id>`, `needs.<job>` and `.outputs.<name>` reference resolves, every `uses:` can run, every
 * `with:` key is an input of its action. Each problem is one error naming file, job, step and construct.
 */








/** A construct the executor cannot run or a reference that cannot resolve. */
class WorkflowError extends kit_errors/* UserError */.yo {
}
const OUR_ACTION = (kit, uses) => {
    const match = new RegExp(`^${kit.source}(?:/actions/([\\w-]+))?@[\\w./-]+$`).exec(uses);
    return match ? (match[1] ?? '') : undefined;
};
const stepName = (step, index) => step.name ?? step.id ?? (step.uses ? step.uses.replace(/@.*$/, '') : `run #${index + 1}`);
class WorkflowExecutor {
    workflow;
    manifests = new Map();
    result = { jobs: {}, steps: [], summaries: [], problems: [], legs: [], outputs: {} };
    artifacts;
    masks = new Set();
    temps = [];
    /** Matrix legs a job could not rehearse, by label: the jobs that need that job leave them out too. */
    legsNotRehearsed = new Map();
    reruns = new Map();
    options;
    constructor(options) {
        this.options = options;
        let parsed;
        try {
            parsed = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(options.workflowFile, 'utf8'));
        }
        catch (error) {
            throw new WorkflowError(`${options.shownAs}: not valid YAML: ${error.message}`);
        }
        if (!parsed || typeof parsed !== 'object' || !parsed.jobs)
            throw new WorkflowError(`${options.shownAs}: no jobs`);
        this.workflow = parsed;
        this.artifacts = external_node_path_default().join(options.runDir, 'artifacts');
        for (const secret of Object.values(options.secrets))
            if (secret)
                this.mask(secret);
    }
    mask(value) {
        for (const line of value.split('\n').map((l) => l.trim()))
            if (line.length >= 4)
                this.masks.add(line);
    }
    /** A value with every secret it holds replaced by ***, as the runner's log does. */
    redact(text) {
        let out = text;
        for (const secret of this.masks)
            out = out.split(secret).join('***');
        return out;
    }
    fail(where, construct) {
        throw new WorkflowError(`${this.options.shownAs}: ${where}: ${construct}`);
    }
    // ---------- the kit's actions ----------
    manifest(name) {
        const dir = name ? external_node_path_default().join(this.options.kitRoot, 'actions', name) : this.options.kitRoot;
        const file = external_node_path_default().join(dir, 'action.yml');
        let manifest = this.manifests.get(file);
        if (!manifest) {
            if (!(0,external_node_fs_.existsSync)(file))
                throw new WorkflowError(`no action ${name || '(root)'} in this kit (${file})`);
            manifest = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
            this.manifests.set(file, manifest);
        }
        return { dir, manifest, file };
    }
    // ---------- the check before anything runs ----------
    order() {
        const jobs = this.workflow.jobs;
        const ordered = [];
        const state = new Map();
        const visit = (name, chain) => {
            if (state.get(name) === 'done')
                return;
            if (state.get(name) === 'visiting')
                this.fail(`job ${name}`, `needs form a cycle (${[...chain, name].join(' → ')})`);
            state.set(name, 'visiting');
            for (const need of this.needsOf(name)) {
                if (!Object.hasOwn(jobs, need))
                    this.fail(`job ${name}`, `needs ${JSON.stringify(need)}, which is not a job of this workflow (jobs: ${Object.keys(jobs).join(', ')})`);
                visit(need, [...chain, name]);
            }
            state.set(name, 'done');
            ordered.push(name);
        };
        for (const name of Object.keys(jobs))
            visit(name, []);
        return ordered;
    }
    needsOf(job) {
        const needs = this.workflow.jobs[job].needs;
        return needs === undefined ? [] : Array.isArray(needs) ? needs.map(String) : [String(needs)];
    }
    /** Checks the expressions of a value: they parse, and their steps/needs/jobs references resolve. */
    checkExpressions(where, value, scope) {
        const expressions = expressionsIn(value);
        const bare = scope.condition ? conditionExpression(value) : undefined;
        if (bare)
            expressions.push(bare);
        for (const expression of expressions) {
            let references;
            try {
                references = referencesOf(expression);
            }
            catch (error) {
                if (error instanceof ExpressionProblem)
                    this.fail(where, error.message);
                throw error;
            }
            for (const ref of references) {
                const shown = `\${{ ${expression.trim()} }}`;
                if (ref.context === 'steps') {
                    if (!scope.steps)
                        this.fail(where, `${shown}: the steps context is not available here`);
                    const before = scope.allSteps ? '' : ' before it';
                    if (!scope.steps.has(ref.name))
                        this.fail(where, `${shown}: no step with id ${JSON.stringify(ref.name)}${before} (${scope.steps.size ? `step ids: ${[...scope.steps.keys()].join(', ')}` : `no step${before} has an id`})`);
                    const manifest = scope.steps.get(ref.name);
                    if (ref.output && manifest && !Object.hasOwn(manifest.outputs ?? {}, ref.output))
                        this.fail(where, `${shown}: step ${ref.name} (${manifest.name ?? 'action'}) has no output ${JSON.stringify(ref.output)} (outputs: ${Object.keys(manifest.outputs ?? {}).join(', ')})`);
                }
                else if (ref.context === 'needs') {
                    if (!scope.needs)
                        this.fail(where, `${shown}: the needs context is not available here`);
                    if (!scope.needs.includes(ref.name))
                        this.fail(where, `${shown}: job ${JSON.stringify(ref.name)} is not in this job's needs (${scope.needs.join(', ') || 'none'})`);
                    const outputs = this.workflow.jobs[ref.name]?.outputs ?? {};
                    if (ref.output && !Object.hasOwn(outputs, ref.output))
                        this.fail(where, `${shown}: job ${ref.name} has no output ${JSON.stringify(ref.output)} (outputs: ${Object.keys(outputs).join(', ') || 'none'})`);
                }
                else if (ref.context === 'jobs') {
                    if (!scope.jobs)
                        this.fail(where, `${shown}: the jobs context is only available in the workflow's outputs`);
                    const outputs = this.workflow.jobs[ref.name]?.outputs;
                    if (!outputs)
                        this.fail(where, `${shown}: no job ${JSON.stringify(ref.name)} with outputs`);
                    if (ref.output && !Object.hasOwn(outputs, ref.output))
                        this.fail(where, `${shown}: job ${ref.name} has no output ${JSON.stringify(ref.output)}`);
                }
            }
        }
    }
    /** The action a step runs, its manifest when it is ours; an error when nothing can run it. */
    resolveStep(where, step) {
        if (step.run !== undefined && step.uses !== undefined)
            this.fail(where, 'a step has both run and uses');
        if (step.run !== undefined) {
            const shell = step.shell ?? 'bash';
            if (!['bash', 'sh'].includes(shell))
                this.fail(where, `shell: ${shell} is not supported by the rehearsal (bash, sh)`);
            return { kind: 'run' };
        }
        if (!step.uses)
            this.fail(where, 'a step with neither run nor uses');
        if (step.uses.startsWith('./') || step.uses.startsWith('docker://'))
            this.fail(where, `uses: ${step.uses}: local and docker actions have no stand-in in the rehearsal`);
        const ours = OUR_ACTION(this.options.kitRepository, step.uses);
        if (ours !== undefined) {
            const { manifest, dir } = this.manifest(ours);
            const using = manifest.runs.using;
            if (using !== 'composite' && !/^node\d+$/.test(using))
                this.fail(where, `uses: ${step.uses}: runs.using ${using} is not supported`);
            const unknown = Object.keys(step.with ?? {}).filter((key) => !Object.hasOwn(manifest.inputs ?? {}, key));
            if (unknown.length)
                this.fail(where, `uses: ${step.uses}: with: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not an input' : 'are not inputs'} of the action (inputs: ${Object.keys(manifest.inputs ?? {}).join(', ')})`);
            return { kind: 'ours', name: ours || 'release-kit', manifest, dir };
        }
        if (!standInFor(step.uses))
            this.fail(where, `uses: ${step.uses}: no local stand-in for this action (the rehearsal stands in for actions/checkout, upload-artifact, download-artifact, attest-build-provenance, cache and the setup actions)`);
        return { kind: 'stand-in' };
    }
    checkSteps(where, steps, scope) {
        const ids = new Map();
        steps.forEach((step, index) => {
            const at = `${where}, step ${JSON.stringify(stepName(step, index))}`;
            const resolved = this.resolveStep(at, step);
            if (resolved.kind === 'ours' && resolved.manifest.runs.using === 'composite')
                this.checkComposite(resolved.dir, resolved.manifest);
            this.checkExpressions(`${at}, if`, step.if, { steps: ids, needs: scope.needs, condition: true });
            const { if: _if, ...rest } = step;
            this.checkExpressions(at, rest, { steps: ids, needs: scope.needs });
            if (step.id)
                ids.set(step.id, resolved.kind === 'ours' ? resolved.manifest : undefined);
        });
        return ids;
    }
    checkComposite(dir, manifest) {
        const where = external_node_path_default().relative(this.options.kitRoot, external_node_path_default().join(dir, 'action.yml')) || 'action.yml';
        const ids = this.checkSteps(where, manifest.runs.steps ?? [], { composite: true });
        for (const [name, output] of Object.entries(manifest.outputs ?? {}))
            this.checkExpressions(`${where}, outputs.${name}`, output.value, { steps: ids, allSteps: true });
    }
    /** Every construct and reference of the workflow, checked before the first step runs. */
    check() {
        const order = this.order();
        for (const name of order) {
            const job = this.workflow.jobs[name];
            const where = `job ${name}`;
            if (job.uses)
                this.fail(where, `uses: ${job.uses}: a nested reusable workflow is not supported by the rehearsal`);
            if (!job.steps?.length)
                this.fail(where, 'no steps');
            const needs = this.needsOf(name);
            this.checkExpressions(`${where}, if`, job.if, { needs, condition: true });
            this.checkExpressions(`${where}, strategy`, job.strategy, { needs });
            this.checkExpressions(`${where}, runs-on`, job['runs-on'], { needs });
            this.checkExpressions(`${where}, env`, job.env, { needs });
            const ids = this.checkSteps(where, job.steps, { needs });
            for (const [output, value] of Object.entries(job.outputs ?? {}))
                this.checkExpressions(`${where}, outputs.${output}`, value, { steps: ids, allSteps: true, needs });
        }
        for (const [output, spec] of Object.entries(this.workflow.on?.workflow_call?.outputs ?? {}))
            this.checkExpressions(`on.workflow_call.outputs.${output}`, spec.value, { jobs: true });
        return order;
    }
    // ---------- running ----------
    /** Runs a finished step of ours again, in its job's workspace with the same inputs (as "Re-run job" would for that step). */
    async rerun(where, step) {
        return this.reruns.get(`${where} › ${step}`)?.();
    }
    /** Removes the runner temp folders of the legs. */
    cleanUp() {
        for (const temp of this.temps.splice(0))
            (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
    async run() {
        const order = this.check();
        const call = this.workflow.on?.workflow_call;
        const inputs = {};
        for (const [name, spec] of Object.entries(call?.inputs ?? {})) {
            const given = Object.hasOwn(this.options.inputs, name) ? this.options.inputs[name] : spec.default;
            inputs[name] = spec.type === 'boolean' ? given === true || given === 'true' : spec.type === 'number' ? Number(given ?? 0) : (given ?? '');
        }
        const secrets = Object.fromEntries(Object.keys(call?.secrets ?? {}).map((name) => [name, this.options.secrets[name] ?? '']));
        const base = { github: this.options.github, inputs, secrets, vars: {} };
        base.env = this.envOf(this.workflow.env, base);
        for (const name of order)
            await this.runJob(name, base);
        const jobs = Object.fromEntries(Object.entries(this.result.jobs).map(([name, job]) => [name, { result: job.result, outputs: job.outputs }]));
        for (const [output, spec] of Object.entries(call?.outputs ?? {})) {
            this.result.outputs[output] = evaluateString(spec.value ?? '', { ...base, jobs });
        }
        return this.result;
    }
    envOf(spec, contexts, status) {
        return Object.fromEntries(Object.entries(spec ?? {}).map(([key, value]) => [key, evaluateString(value, contexts, status)]));
    }
    legs(name, job, contexts) {
        if (!job.strategy?.matrix)
            return [undefined];
        const matrix = evaluateTemplate(job.strategy.matrix, contexts);
        if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix))
            this.fail(`job ${name}, strategy.matrix`, `${JSON.stringify(matrix)} is not a matrix (an object of lists, include, exclude)`);
        const { include = [], exclude = [], ...axes } = matrix;
        let combos = [{}];
        for (const [key, values] of Object.entries(axes)) {
            if (!Array.isArray(values))
                this.fail(`job ${name}, strategy.matrix.${key}`, 'is not a list');
            combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
        }
        if (!Object.keys(axes).length)
            combos = [];
        const matches = (combo, partial) => Object.entries(partial).every(([k, v]) => !(k in combo) || JSON.stringify(combo[k]) === JSON.stringify(v));
        combos = combos.filter((combo) => !exclude.some((e) => Object.entries(e).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v))));
        const originals = combos.length;
        for (const entry of include) {
            const targets = combos.slice(0, originals).filter((combo) => Object.keys(axes).every((k) => !(k in entry) || JSON.stringify(combo[k]) === JSON.stringify(entry[k])) && matches(combo, entry));
            if (targets.length && Object.keys(axes).length)
                for (const combo of targets)
                    Object.assign(combo, entry);
            else
                combos.push({ ...entry });
        }
        if (!combos.length)
            this.fail(`job ${name}, strategy.matrix`, 'the matrix has no legs');
        return combos;
    }
    async runJob(name, base) {
        const job = this.workflow.jobs[name];
        const needs = Object.fromEntries(this.needsOf(name).map((need) => [need, this.result.jobs[need]]));
        const contexts = { ...base, needs };
        const status = { failed: Object.values(needs).some((n) => n.result !== 'success'), cancelled: false };
        let run;
        try {
            run = evaluateCondition(job.if, contexts, status);
        }
        catch (error) {
            if (error instanceof ExpressionProblem)
                this.fail(`job ${name}, if`, error.message);
            throw error;
        }
        if (!run) {
            // As GitHub shows it: a job whose needs did not all succeed was skipped because of them, not because of its if:.
            const unsuccessful = Object.entries(needs).filter(([, need]) => need.result !== 'success').map(([need, { result }]) => `${need} ${result === 'failure' ? 'failed' : `was ${result}`}`);
            const reason = unsuccessful.length && (job.if === undefined || !/\b(always|failure|cancelled)\s*\(/.test(String(job.if))) ? unsuccessful.join(', ') : `if: ${job.if === undefined ? 'success()' : String(job.if)}`;
            this.options.log(`⏭ job ${name}: skipped (${reason})`);
            this.result.jobs[name] = { result: 'skipped', outputs: {} };
            return;
        }
        const legs = this.legs(name, job, contexts);
        const outputs = {};
        let failed = false;
        let ran = 0;
        for (const matrix of legs) {
            const label = matrix ? String(matrix.target ?? Object.values(matrix).map(asString).join(', ')) : '';
            const legContexts = { ...contexts, matrix: matrix ?? {}, strategy: { 'fail-fast': job.strategy?.['fail-fast'] ?? true, 'job-total': legs.length } };
            const runsOn = evaluateString(job['runs-on'] ?? '', legContexts);
            const where = label ? `${name} (${label})` : name;
            // A leg an earlier job could not rehearse (a sign job after its build, say) is not rehearsed here either: said once, stood in once.
            const before = label ? this.legsNotRehearsed.get(label) : undefined;
            if (before && Object.keys(needs).includes(before.job)) {
                this.options.log(`\n⏭ job ${where}: as in job ${before.job}, ${label} is not rehearsed (${before.why})`);
                continue;
            }
            const decision = this.options.decideLeg(name, runsOn, matrix);
            if (decision.kind === 'skip') {
                this.legSkipped(name, where, label, decision.why, matrix, needs);
                continue;
            }
            this.options.log(`\n▶ job ${where} on ${runsOn}${decision.kind === 'cross' ? ` (cross: the ${decision.os} leg's build runs on this host)` : ''}`);
            const leg = await this.runLeg(name, job, label, legContexts, decision);
            if (leg.outcome === 'not-rehearsable') {
                this.legSkipped(name, where, label, leg.why, matrix, needs);
                continue;
            }
            ran++;
            if (leg.outcome === 'failure')
                failed = true;
            Object.assign(outputs, leg.outputs);
            if (leg.outcome === 'failure' && job.strategy?.['fail-fast'] !== false && legs.length > 1) {
                this.options.log(`   fail-fast: the remaining legs of ${name} are cancelled`);
                break;
            }
        }
        this.result.jobs[name] = { result: failed ? 'failure' : ran || legs.some(Boolean) ? 'success' : 'skipped', outputs };
    }
    legSkipped(job, where, label, why, matrix, needs) {
        if (label)
            this.legsNotRehearsed.set(label, { job, why });
        const placeholders = this.options.standInLeg?.(job, matrix, this.artifacts, needs);
        const line = `${label || job}: ${why}${placeholders ? `; stood in by ${placeholders.length} placeholder file${placeholders.length === 1 ? '' : 's'} (${placeholders.join(', ')})` : ', not rehearsed'}`;
        this.result.legs.push(line);
        this.options.log(`\n⏭ job ${where}: ${line}`);
        if (!placeholders)
            this.result.problems.push({ level: 'warning', where, message: `not rehearsed: ${why}` });
    }
    async runLeg(name, job, label, contexts, decision) {
        const dir = external_node_path_default().join(this.options.runDir, 'jobs', `${name}${label ? `-${label.replace(/[^\w.-]+/g, '_')}` : ''}`);
        const workspace = external_node_path_default().join(dir, 'workspace');
        (0,external_node_fs_.mkdirSync)(workspace, { recursive: true });
        // Short, like the runner's _temp: gpg's agent sockets live under it, and a socket path has at most 107 bytes.
        const temp = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'rk-'));
        this.temps.push(temp);
        const where = label ? `${name} (${label})` : name;
        const github = { ...contexts.github, workspace, job: name };
        const runner = { os: decision.kind === 'cross' ? decision.os : 'Linux', arch: 'X64', temp, tool_cache: external_node_path_default().join(this.options.runDir, 'toolcache'), name: 'rehearsal' };
        const jobContexts = { ...contexts, github, runner, job: { status: 'success' }, steps: {} };
        const env = { ...contexts.env, ...this.envOf(job.env, jobContexts) };
        jobContexts.env = env;
        const leg = { job: name, where, workspace, temp, dir, env, paths: [], post: [], status: { failed: false, cancelled: false }, decision, stepCount: 0, timeoutMs: (job['timeout-minutes'] ?? 360) * 60_000, notRehearsable: undefined };
        await this.runSteps(leg, job.steps ?? [], jobContexts, job.defaults?.run);
        for (const post of leg.post.reverse())
            await post();
        if (leg.notRehearsable)
            return { outcome: 'not-rehearsable', why: leg.notRehearsable };
        const outputs = {};
        for (const [output, value] of Object.entries(job.outputs ?? {}))
            outputs[output] = evaluateString(value, jobContexts, leg.status);
        return { outcome: leg.status.failed ? 'failure' : 'success', outputs };
    }
    /** Runs steps in order with a steps context of their own (the job's, or a composite action's). */
    async runSteps(leg, steps, contexts, defaults, composite) {
        const stepsContext = contexts.steps;
        for (const [index, step] of steps.entries()) {
            const label = `${composite ? `${composite} › ` : ''}${stepName(step, index)}`;
            const at = `job ${leg.where}, step ${JSON.stringify(label)}`;
            const started = Date.now();
            const stepContexts = { ...contexts, env: leg.env, job: { status: leg.status.failed ? 'failure' : 'success' } };
            let go;
            try {
                go = !leg.notRehearsable && evaluateCondition(step.if, stepContexts, leg.status);
            }
            catch (error) {
                if (error instanceof ExpressionProblem)
                    this.fail(`${at}, if`, error.message);
                throw error;
            }
            const record = (outcome, outputs, note) => {
                if (step.id)
                    stepsContext[step.id] = { outputs, outcome, conclusion: outcome === 'failure' && this.truthy(step['continue-on-error'], stepContexts) ? 'success' : outcome };
                this.result.steps.push({ job: leg.job, leg: leg.where, step: label, outcome, ...(note ? { note } : {}), ...(Object.keys(outputs).length ? { outputs } : {}) });
                if (outcome === 'failure' && !this.truthy(step['continue-on-error'], stepContexts))
                    leg.status.failed = true;
                else if (outcome === 'failure') {
                    // continue-on-error: the run goes on green; what the step reported stays visible as a warning.
                    for (const problem of this.result.problems)
                        if (problem.where === at.replace(/^job /, '') && problem.level === 'error')
                            Object.assign(problem, { level: 'warning', message: `(continue-on-error) ${problem.message}` });
                }
                const mark = outcome === 'success' ? '✓' : outcome === 'failure' ? '✗' : '⏭';
                const seconds = (Date.now() - started) / 1000;
                this.options.log(`   ${mark} ${label}${seconds >= 0.1 ? ` (${seconds.toFixed(1)} s)` : ''}${note ? ` — ${this.redact(note)}` : ''}`);
            };
            if (!go) {
                record('skipped', {}, leg.notRehearsable ? undefined : step.if === undefined ? undefined : `if: ${String(step.if)}`);
                continue;
            }
            try {
                const env = { ...leg.env, ...this.envOf(step.env, stepContexts, leg.status) };
                const resolved = this.resolveStep(at, step);
                if (resolved.kind === 'run') {
                    const result = await this.runScript(leg, step, stepContexts, env, defaults, at);
                    record(result.outcome, result.outputs, result.note);
                }
                else if (resolved.kind === 'stand-in') {
                    const inputs = this.inputsOf(step, stepContexts, leg.status);
                    const context = { workspace: leg.workspace, repository: this.options.repository, ref: this.options.ref, sha: this.options.sha, refExists: this.options.refExists, artifacts: this.artifacts };
                    let result;
                    try {
                        result = standInFor(step.uses)(context, inputs);
                    }
                    catch (error) {
                        result = { outcome: 'failure', outputs: {}, note: error.message.split('\n')[0] };
                    }
                    if (result.outcome === 'failure')
                        this.result.problems.push({ level: 'error', where: `${leg.where} › ${label}`, message: result.note });
                    record(result.outcome, result.outputs, `(stand-in) ${result.note}`);
                }
                else if (resolved.manifest.runs.using === 'composite') {
                    const outputs = await this.runComposite(leg, step, resolved, stepContexts, label);
                    record(outputs.failed ? 'failure' : 'success', outputs.values);
                }
                else {
                    const result = await this.runNodeAction(leg, step, resolved, stepContexts, env, label);
                    record(result.outcome, result.outputs, result.note);
                }
            }
            catch (error) {
                if (error instanceof WorkflowError)
                    throw error;
                if (error instanceof ExpressionProblem)
                    this.fail(at, error.message);
                throw error;
            }
        }
    }
    truthy(value, contexts) {
        if (value === undefined)
            return false;
        const evaluated = evaluateTemplate(value, contexts);
        return evaluated === true || evaluated === 'true';
    }
    inputsOf(step, contexts, status, manifest) {
        const inputs = {};
        for (const [name, spec] of Object.entries(manifest?.inputs ?? {}))
            if (spec.default !== undefined)
                inputs[name] = evaluateString(spec.default, contexts, status);
        for (const [name, value] of Object.entries(step.with ?? {}))
            inputs[name] = evaluateString(value, contexts, status);
        return inputs;
    }
    async runScript(leg, step, contexts, env, defaults, at) {
        const files = fileCommandFiles(external_node_path_default().join(leg.dir, 'steps', String(++leg.stepCount)));
        const script = external_node_path_default().join(leg.dir, 'steps', String(leg.stepCount), 'script.sh');
        (0,external_node_fs_.writeFileSync)(script, evaluateString(step.run, contexts, leg.status));
        const shell = step.shell ?? defaults?.shell;
        const command = shell === 'sh' ? ['sh', '-e', script] : shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script] : ['bash', '-e', script];
        const workingDirectory = evaluateString(step['working-directory'] ?? defaults?.['working-directory'] ?? '', contexts, leg.status);
        const cwd = external_node_path_default().resolve(leg.workspace, workingDirectory);
        if (!(0,external_node_fs_.existsSync)(cwd))
            return { outcome: 'failure', outputs: {}, note: `working-directory ${workingDirectory} does not exist` };
        const run = await runProcess(command, { cwd, env: this.processEnv(leg, env, files, contexts), timeoutMs: leg.timeoutMs });
        return this.finish(leg, at, run, files);
    }
    processEnv(leg, env, files, contexts) {
        const github = contexts.github;
        const pathValue = [...leg.paths, this.options.env.PATH ?? process.env.PATH ?? '/usr/bin:/bin'].join((external_node_path_default()).delimiter);
        return {
            ...this.options.env,
            CI: 'true',
            GITHUB_ACTIONS: 'true',
            RUNNER_OS: 'Linux',
            RUNNER_ARCH: 'X64',
            RUNNER_TEMP: leg.temp,
            RUNNER_TOOL_CACHE: external_node_path_default().join(this.options.runDir, 'toolcache'),
            GITHUB_WORKSPACE: leg.workspace,
            GITHUB_JOB: leg.job,
            GITHUB_REF: String(github.ref),
            GITHUB_REF_NAME: String(github.ref_name),
            GITHUB_REF_TYPE: String(github.ref_type),
            GITHUB_SHA: String(github.sha),
            GITHUB_REPOSITORY: String(github.repository),
            GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
            GITHUB_EVENT_NAME: String(github.event_name),
            GITHUB_SERVER_URL: String(github.server_url),
            GITHUB_API_URL: String(github.api_url),
            GITHUB_RUN_ID: String(github.run_id),
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_EVENT_PATH: this.eventFile(),
            ...env,
            ...files,
            PATH: pathValue,
        };
    }
    eventFile() {
        const file = external_node_path_default().join(this.options.runDir, 'event.json');
        if (!(0,external_node_fs_.existsSync)(file))
            (0,external_node_fs_.writeFileSync)(file, JSON.stringify(this.options.github.event ?? {}));
        return file;
    }
    /** Reads what a step wrote and printed: outputs, env, path, summary, annotations, masks. */
    finish(leg, at, run, files) {
        const commands = readFileCommands(files);
        const { annotations, masked } = parseWorkflowCommands(run.stdout);
        for (const value of masked)
            this.mask(value);
        Object.assign(leg.env, commands.env);
        leg.paths.unshift(...commands.path.reverse());
        if (commands.summary.trim())
            this.result.summaries.push({ where: at.replace(/^job /, ''), markdown: this.redact(commands.summary) });
        const log = external_node_path_default().join(external_node_path_default().dirname(files.GITHUB_OUTPUT), 'log.txt');
        (0,external_node_fs_.writeFileSync)(log, this.redact(`${run.stdout}${run.stderr ? `\n--- stderr ---\n${run.stderr}` : ''}`));
        for (const annotation of annotations) {
            if (annotation.level === 'notice')
                continue;
            this.result.problems.push({ level: annotation.level, where: at.replace(/^job /, ''), message: this.redact(annotation.message.split('\n')[0]) });
        }
        const ok = run.exitCode === 0;
        let note;
        if (!ok) {
            const lastError = annotations.filter((a) => a.level === 'error').map((a) => a.message.split('\n')[0]).pop();
            const tail = (run.stderr.trim() || run.stdout.trim()).split('\n').filter((l) => !l.startsWith('::')).slice(-3).join(' / ');
            note = this.redact(`${run.signal ? `killed by ${run.signal}` : `exit ${run.exitCode}`}: ${lastError ?? tail} (log: ${external_node_path_default().relative(this.options.runDir, log)})`);
            if (!lastError)
                this.result.problems.push({ level: 'error', where: at.replace(/^job /, ''), message: note });
        }
        return { outcome: ok ? 'success' : 'failure', outputs: commands.outputs, note, state: commands.state, annotations };
    }
    async runNodeAction(leg, step, action, contexts, env, label) {
        const at = `job ${leg.where}, step ${JSON.stringify(label)}`;
        if (leg.decision.kind === 'cross' && (action.name === 'smoke-test' || action.name === 'notarize')) {
            const note = `${action.name} needs a ${leg.decision.os} runner: not rehearsed on this host`;
            // Part of a leg not rehearsed is said where the legs not rehearsed are listed, not only in the step log.
            this.result.legs.push(`${leg.where}: step ${JSON.stringify(label)} — ${note}`);
            this.result.problems.push({ level: 'warning', where: `${leg.where} › ${label}`, message: note });
            return { outcome: 'skipped', outputs: {}, note };
        }
        const inputs = this.inputsOf(step, contexts, leg.status, action.manifest);
        for (const [name, value] of Object.entries(this.options.inputDefaults?.(action.name) ?? {}))
            if (!inputs[name] && Object.hasOwn(action.manifest.inputs ?? {}, name))
                inputs[name] = value;
        const override = this.options.inputOverrides?.(action.name);
        if (override) {
            Object.assign(inputs, Object.fromEntries(Object.entries(override.inputs).filter(([name]) => Object.hasOwn(action.manifest.inputs ?? {}, name))));
            this.options.log(`   (rehearsal) ${label}: ${override.note}`);
        }
        const script = external_node_path_default().resolve(action.dir, action.manifest.runs.main);
        if (!(0,external_node_fs_.existsSync)(script))
            throw new WorkflowError(`${this.options.shownAs}: ${at}: ${external_node_path_default().relative(this.options.kitRoot, script)} is not built (node scripts/build.mjs ${action.name})`);
        const files = fileCommandFiles(external_node_path_default().join(leg.dir, 'steps', String(++leg.stepCount)));
        const actionEnv = { ...this.processEnv(leg, env, files, contexts), ...inputEnv(inputs), GITHUB_ACTION: step.id ?? `__release-kit_${action.name}`, GITHUB_ACTION_PATH: action.dir };
        const run = await runProcess([process.execPath, script], { cwd: leg.workspace, env: actionEnv, timeoutMs: leg.timeoutMs });
        const result = this.finish(leg, at, run, files);
        this.reruns.set(`${leg.where} › ${label}`, async () => {
            const again = fileCommandFiles(external_node_path_default().join(leg.dir, 'steps', String(++leg.stepCount)));
            const rerun = await runProcess([process.execPath, script], { cwd: leg.workspace, env: { ...actionEnv, ...again }, timeoutMs: leg.timeoutMs });
            const done = this.finish(leg, `${at} (re-run)`, rerun, again);
            return { outcome: done.outcome, ...(done.note ? { note: done.note } : {}) };
        });
        if (result.outcome === 'failure' && leg.decision.kind === 'cross' && action.name === 'matrix-build') {
            // The leg is reported once, as a leg this host cannot build; its build's errors are not the release's.
            const where = at.replace(/^job /, '');
            for (let i = this.result.problems.length - 1; i >= 0; i--)
                if (this.result.problems[i].where === where)
                    this.result.problems.splice(i, 1);
            const missing = /(?:^|\n)(?:.*?: )?([^\s:]+): (?:command )?not found/.exec(`${run.stdout}\n${run.stderr}`)?.[1];
            leg.notRehearsable = `the ${leg.decision.os} build does not run on this host (${missing ? `${missing}: command not found, a tool this host lacks` : result.note})`;
            return { outcome: 'skipped', outputs: {}, note: leg.notRehearsable };
        }
        const post = action.manifest.runs.post;
        if (post) {
            const postIf = action.manifest.runs['post-if'] ?? 'always()';
            leg.post.push(async () => {
                if (!evaluateCondition(postIf, { ...contexts, env: leg.env }, leg.status))
                    return;
                const postFiles = fileCommandFiles(external_node_path_default().join(leg.dir, 'steps', String(++leg.stepCount)));
                const state = Object.fromEntries(Object.entries(result.state).map(([key, value]) => [`STATE_${key}`, value]));
                const postRun = await runProcess([process.execPath, external_node_path_default().resolve(action.dir, post)], { cwd: leg.workspace, env: { ...actionEnv, ...this.processEnv(leg, env, postFiles, contexts), ...inputEnv(inputs), ...state }, timeoutMs: leg.timeoutMs });
                const done = this.finish(leg, `${at} (post)`, postRun, postFiles);
                this.result.steps.push({ job: leg.job, leg: leg.where, step: `Post ${label}`, outcome: done.outcome, ...(done.note ? { note: done.note } : {}) });
                this.options.log(`   ${done.outcome === 'success' ? '✓' : '✗'} Post ${label}${done.note ? ` — ${done.note}` : ''}`);
                if (done.outcome === 'failure')
                    leg.status.failed = true;
            });
        }
        return { outcome: result.outcome, outputs: result.outputs, note: result.note };
    }
    async runComposite(leg, step, action, contexts, label) {
        const inputs = this.inputsOf(step, contexts, leg.status, action.manifest);
        const outer = leg.status;
        leg.status = { failed: false, cancelled: outer.cancelled };
        const inner = { github: contexts.github, runner: contexts.runner, job: contexts.job, env: leg.env, inputs, steps: {}, secrets: {}, vars: {} };
        let failed;
        try {
            await this.runSteps(leg, action.manifest.runs.steps ?? [], inner, undefined, label);
        }
        finally {
            failed = leg.status.failed;
            leg.status = outer;
        }
        const values = {};
        for (const [name, output] of Object.entries(action.manifest.outputs ?? {}))
            values[name] = evaluateString(output.value ?? '', inner);
        return { failed, values };
    }
}
/** The check `run` starts with, on its own: every construct and reference, before keys are made or anything runs. */
function checkWorkflow(options) {
    new WorkflowExecutor({ ...options, repository: '', runDir: '', ref: '', sha: '', refExists: false, inputs: {}, secrets: {}, github: {}, env: {}, decideLeg: () => ({ kind: 'run' }), log: () => undefined }).check();
}

;// CONCATENATED MODULE: ./src/rehearse/rehearse.ts
/**
 * A rehearsal of a product's whole release, on this machine, through the kit's real release workflow:
 * throwaway keys (unless real secrets are given), the embedded GitHub emulator as the API, the
 * workflow executed job by job; legs this host cannot run are skipped with a line each (or stood in by
 * placeholder files); then the release page that would be published, the job summaries and every problem.
 */










const rehearse_git = (cwd, ...args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
/** The kit's own reference to itself inside workflows: org/release-kit[/actions/<name>]@<ref>. */
const KIT_REPOSITORY = /[\w.-]+\/release-kit/;
function repositoryRoot(dir) {
    try {
        return rehearse_git(dir, 'rev-parse', '--show-toplevel');
    }
    catch {
        throw new kit_errors/* UserError */.yo(`${dir} is not inside a git repository: a rehearsal checks out the product at the ref, so run it in the product's repository`);
    }
}
function resolveRef(repository, ref) {
    if (!ref) {
        const tags = rehearse_git(repository, 'tag', '--points-at', 'HEAD').split('\n').filter(Boolean);
        if (!tags.length)
            throw new kit_errors/* UserError */.yo('HEAD has no tag: pass --ref refs/tags/<tag> (the tag you are about to push, e.g. --ref refs/tags/v1.2.3)');
        ref = `refs/tags/${tags.sort().pop()}`;
    }
    if (!/^refs\/(tags|heads)\/\S+$/.test(ref))
        throw new kit_errors/* UserError */.yo(`--ref ${JSON.stringify(ref)}: a full ref is needed, refs/tags/<tag> for a release (e.g. refs/tags/v1.2.3) or refs/heads/<branch> for a dry run`);
    try {
        return { ref, sha: rehearse_git(repository, 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`), exists: true };
    }
    catch {
        if (!ref.startsWith('refs/tags/'))
            throw new kit_errors/* UserError */.yo(`--ref ${ref}: no such branch in ${repository}`);
        return { ref, sha: rehearse_git(repository, 'rev-parse', 'HEAD'), exists: false };
    }
}
function repositoryName(repository) {
    let url = '';
    try {
        url = rehearse_git(repository, 'remote', 'get-url', 'origin');
    }
    catch {
        // no remote: a local name
    }
    const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
    return match ? { owner: match[1], repo: match[2] } : { owner: 'local', repo: external_node_path_default().basename(repository).replace(/[^\w.-]/g, '-') || 'product' };
}
/** The environment a step starts from: this shell's, without what would make an action think it runs elsewhere. */
function baseEnv() {
    return Object.fromEntries(Object.entries(process.env).filter((e) => e[1] !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_)/.test(e[0])));
}
function decideLeg(runsOn, matrix, targets) {
    const target = typeof matrix?.target === 'string' ? matrix.target : undefined;
    if (targets && target !== undefined && !targets.includes(target))
        return { kind: 'skip', why: 'not selected with --targets' };
    if (/ubuntu|linux|self-hosted/i.test(runsOn))
        return { kind: 'run' };
    if (/windows/i.test(runsOn))
        return { kind: 'cross', os: 'Windows' };
    if (/macos/i.test(runsOn))
        return { kind: 'skip', why: 'needs a macOS runner' };
    return { kind: 'skip', why: `needs a ${runsOn || 'runner of its own'} runner` };
}
/**
 * The variables of the kit's sign hook (`release-kit sign` in a build) that hold a key, and the secret of
 * release.yml that holds the same key for the sign job: a build-env entry naming one of these variables
 * gets that key in the rehearsal, throwaway or given, so the build signs as the sign job does.
 */
const SIGN_HOOK_KEYS = {
    RELEASE_KIT_CERTIFICATE: 'windows-certificate',
    RELEASE_KIT_CERTIFICATE_PASSWORD: 'windows-certificate-password',
    RELEASE_KIT_AZURE_CLIENT_SECRET: 'azure-client-secret',
    RELEASE_KIT_GPG_PRIVATE_KEY: 'gpg-private-key',
    RELEASE_KIT_GPG_PASSPHRASE: 'gpg-passphrase',
    RELEASE_KIT_MINISIGN_KEY: 'minisign-key',
    RELEASE_KIT_MINISIGN_PASSWORD: 'minisign-password',
    RELEASE_KIT_MACOS_CERTIFICATE: 'macos-certificate',
    RELEASE_KIT_MACOS_CERTIFICATE_PASSWORD: 'macos-certificate-password',
    RELEASE_KIT_MACOS_INSTALLER_CERTIFICATE: 'macos-installer-certificate',
    RELEASE_KIT_MACOS_INSTALLER_CERTIFICATE_PASSWORD: 'macos-installer-certificate-password',
};
/**
 * What the rehearsal passes as build-secrets (the caller's `toJSON(secrets)`): for each target's build-env
 * entry that names a sign-hook variable, the workflow secret it names holds the key the sign job gets;
 * a build-secrets given (RELEASE_KIT_SECRET_BUILD_SECRETS, a JSON object) adds to these and wins.
 * Other secrets a build-env names are not made up: the leg says which one is missing.
 */
function rehearsalBuildSecrets(config, secrets, given) {
    const derived = {};
    for (const target of config?.targets ?? []) {
        for (const [variable, secret] of Object.entries(target['build-env'] ?? {})) {
            const key = SIGN_HOOK_KEYS[variable.toUpperCase()];
            const value = key === undefined ? undefined : secrets[key];
            if (value)
                derived[secret] = value;
        }
    }
    let extra;
    try {
        extra = given === undefined ? {} : JSON.parse(given);
    }
    catch {
        extra = undefined;
    }
    // Not a JSON object: passed on as given, for the build step to refuse naming build-secrets.
    if (!extra || typeof extra !== 'object' || Array.isArray(extra))
        return { text: given, signingKeys: [] };
    const merged = { ...derived, ...extra };
    return { text: Object.keys(merged).length ? JSON.stringify(merged) : undefined, signingKeys: Object.keys(derived).filter((name) => !Object.hasOwn(extra, name)) };
}
/**
 * A sign hook in a build (`release-kit sign`) times its signatures and checks them as the sign job does
 * here: at the local RFC 3161 server, against the test CA — where no target's sign: block sets its own.
 */
function signHookEnv(config, keys) {
    const set = (name) => Boolean(config?.targets.some((t) => t.sign.settings[name] !== undefined));
    return { ...(set('timestamp-urls') ? {} : { RELEASE_KIT_TIMESTAMP_URLS: keys.timestampUrl }), ...(set('ca-file') ? {} : { RELEASE_KIT_CA_FILE: keys.caPem }) };
}
function secretsOf(keys, given, config) {
    const secrets = {
        'windows-certificate': keys.pfxBase64,
        'windows-certificate-password': keys.pfxPassword,
        'gpg-private-key': keys.gpg.secretKey,
        'gpg-passphrase': keys.gpg.passphrase,
        'minisign-key': keys.minisign.secretKey,
        'minisign-password': keys.minisign.password,
        ...given,
    };
    const build = rehearsalBuildSecrets(config, secrets, given['build-secrets']);
    if (build.text !== undefined)
        secrets['build-secrets'] = build.text;
    return { secrets, buildSigningKeys: build.signingKeys };
}
/** Placeholder files with the names the plan gives a target's artifacts, as the artifact its leg would upload. */
function placeholders(config, target, version, artifacts, minisignKey) {
    const spec = config?.targets.find((t) => t.id === target);
    if (!config || !spec)
        return [];
    // Where the build decides a part of the name (`*`), the placeholder says so.
    const names = [...new Set(spec.artifacts.map((glob) => (0,describe/* plannedName */.EM)(config, spec, version, glob).name.replace(/\*/g, 'placeholder')))];
    const dir = external_node_path_default().join(artifacts, `release-kit-${spec.id}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    for (const name of names)
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, name), `placeholder for ${name}: the ${spec.id} leg was not rehearsed on this host\n`);
    // A Tauri updater signature beside its bundle (`<bundle>.sig`: the base64 of a minisign signature), made
    // with the throwaway minisign key over the bundle's placeholder, so the feeds step reads it as it would the real one.
    for (const name of names.filter((n) => n.endsWith('.sig') && names.includes(n.slice(0, -'.sig'.length)))) {
        const minisig = external_node_path_default().join(dir, `${name}.minisig`);
        (0,external_node_child_process_.execFileSync)('minisign', ['-S', '-s', minisignKey, '-m', external_node_path_default().join(dir, name.slice(0, -'.sig'.length)), '-x', minisig, '-t', 'placeholder'], { stdio: 'ignore' });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, name), Buffer.from((0,external_node_fs_.readFileSync)(minisig)).toString('base64'));
        (0,external_node_fs_.rmSync)(minisig);
    }
    return names;
}
const size = (bytes) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
async function rehearse(options) {
    const repository = repositoryRoot(options.repository);
    const workflow = external_node_path_default().resolve(options.workflow ?? external_node_path_default().join(options.kitRoot, '.github/workflows/release.yml'));
    if (!(0,external_node_fs_.existsSync)(workflow))
        throw new kit_errors/* UserError */.yo(`--workflow ${options.workflow ?? workflow}: no such file`);
    const out = external_node_path_default().resolve(repository, options.out ?? '.release-kit/rehearsal');
    if (out === repository || (0,glob/* isInside */.FK)(out, repository))
        throw new kit_errors/* UserError */.yo(`--out ${out}: the rehearsal clears this folder first, so it cannot be the repository or hold it`);
    const configFile = external_node_path_default().resolve(repository, options.config);
    if (!(0,glob/* isInside */.FK)(repository, configFile))
        throw new kit_errors/* UserError */.yo(`--config ${options.config}: outside the repository ${repository}`);
    const config = (0,external_node_fs_.existsSync)(configFile) ? await (0,load_config/* loadReleaseKitConfig */.A)(configFile, options.config) : undefined;
    if (options.targets && config) {
        const known = config.targets.map((t) => t.id);
        const unknown = options.targets.filter((t) => !known.includes(t));
        if (unknown.length)
            throw new kit_errors/* UserError */.yo(`--targets ${options.targets.join(',')}: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a target' : 'are not targets'} of ${options.config} (targets: ${known.join(', ')})`);
    }
    const shownAs = external_node_path_default().relative(options.kitRoot, workflow).startsWith('..') ? workflow : external_node_path_default().relative(options.kitRoot, workflow);
    checkWorkflow({ workflowFile: workflow, shownAs, kitRoot: options.kitRoot, kitRepository: KIT_REPOSITORY });
    const { ref, sha, exists } = resolveRef(repository, options.ref);
    (0,external_node_fs_.rmSync)(out, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    // The rehearsal's files stay out of the product's git status.
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(out, '.gitignore'), '*\n');
    const log = options.log;
    const dirty = rehearse_git(repository, 'status', '--porcelain', '--untracked-files=no');
    if (dirty)
        log(`note: uncommitted changes are not part of the rehearsal (it checks out ${ref} at ${sha.slice(0, 12)})`);
    const keys = await makeThrowawayKeys(external_node_path_default().join(out, 'keys'));
    const github = new GitHubEmulator();
    github.assetDir = external_node_path_default().join(out, 'uploads');
    (0,external_node_fs_.mkdirSync)(github.assetDir, { recursive: true });
    await github.start();
    const name = repositoryName(repository);
    github.owner = name.owner;
    github.repo = name.repo;
    const given = options.secrets ?? {};
    const throwawayWindows = !given['windows-certificate'];
    log(`Rehearsing ${shownAs} for ${name.owner}/${name.repo} at ${ref} (${sha.slice(0, 12)}${exists ? '' : ', tag not created yet'})`);
    log(`throwaway keys: code-signing certificate "${keys.subject}" from a test CA, local RFC 3161 server, GPG key ${keys.gpg.fingerprint.slice(-16)}, minisign key${Object.keys(given).length ? `; real secrets given: ${Object.keys(given).sort().join(', ')}` : ''}; GitHub: the embedded emulator at ${github.url}`);
    const { secrets, buildSigningKeys } = secretsOf(keys, given, config);
    if (buildSigningKeys.length)
        log(`build-env: the builds get the sign job's keys as the secrets ${buildSigningKeys.join(', ')}`);
    const managers = config?.['package-managers'];
    const distributes = Boolean(managers && ['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'].some((m) => managers[m]));
    const refName = ref.replace(/^refs\/(tags|heads)\//, '');
    const executor = new WorkflowExecutor({
        workflowFile: workflow,
        shownAs,
        kitRoot: options.kitRoot,
        kitRepository: KIT_REPOSITORY,
        repository,
        runDir: out,
        ref,
        sha,
        refExists: exists,
        // With package managers in release-kit.yml the caller turns distribute on; here it runs as a dry run.
        inputs: { config: options.config, ...(distributes ? { distribute: true } : {}) },
        secrets,
        github: {
            repository: `${name.owner}/${name.repo}`,
            repository_owner: name.owner,
            ref,
            ref_name: refName,
            ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            sha,
            token: 'rehearsal-token',
            api_url: github.url,
            server_url: 'https://github.com',
            graphql_url: `${github.url}/graphql`,
            event_name: 'push',
            event: { ref, after: sha, repository: { full_name: `${name.owner}/${name.repo}`, name: name.repo, owner: { login: name.owner } } },
            run_id: '1',
            run_number: '1',
            run_attempt: '1',
            actor: 'rehearsal',
            workflow: 'release',
        },
        env: { ...baseEnv(), ...(throwawayWindows ? signHookEnv(config, keys) : {}) },
        decideLeg: (_job, runsOn, matrix) => decideLeg(runsOn, matrix, options.targets),
        ...(options.standInMissing
            ? {
                standInLeg: (_job, matrix, artifacts, needs) => {
                    const version = Object.values(needs).map((n) => n.outputs.version).find(Boolean) ?? refName.replace(/^v/, '');
                    return placeholders(config, typeof matrix?.target === 'string' ? matrix.target : undefined, version, artifacts, external_node_path_default().join(keys.dir, 'minisign.key'));
                },
            }
            : {}),
        inputOverrides: (action) => (action === 'distribute' ? { inputs: { 'dry-run': 'true', 'output-dir': 'package-manifests' }, note: 'a dry run: the package-manager manifests are written for review, nothing is pushed' } : undefined),
        inputDefaults: (action) => (action === 'codesign' && throwawayWindows ? { 'timestamp-urls': keys.timestampUrl, 'ca-file': keys.caPem } : action === 'audit' && throwawayWindows ? { 'ca-file': keys.caPem } : {}),
        log,
    });
    let run;
    let rerun;
    try {
        run = await executor.run();
        const publish = run.steps.find((s) => s.step === 'publish' && s.outcome === 'success');
        if (publish) {
            const before = github.requests.length;
            const again = await executor.rerun(publish.leg, publish.step);
            if (again) {
                const calls = github.requests.slice(before);
                rerun = { outcome: again.outcome, reads: calls.filter((c) => c.method === 'GET').length, writes: calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`) };
                if (rerun.writes.length)
                    run.problems.push({ level: 'error', where: `${publish.leg} › publish (re-run)`, message: `a re-run wrote to the release: ${rerun.writes.join(', ')}` });
                if (again.outcome !== 'success')
                    run.problems.push({ level: 'error', where: `${publish.leg} › publish (re-run)`, message: `a re-run of publish failed: ${again.note ?? ''}` });
            }
        }
    }
    finally {
        executor.cleanUp();
        await github.stop();
        await keys.close();
        // Only the public halves stay: what a user checking the rehearsal's files needs.
        const keep = new Set([keys.caPem, keys.minisign.publicKeyFile]);
        for (const entry of (0,external_node_fs_.readdirSync)(keys.dir))
            if (!keep.has(external_node_path_default().join(keys.dir, entry)))
                (0,external_node_fs_.rmSync)(external_node_path_default().join(keys.dir, entry), { recursive: true, force: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(keys.dir, 'gpg-public.asc'), keys.gpg.publicKey);
    }
    const notEmulated = github.judge.violations.filter((v) => v.endsWith('not served by the emulator (answered 404)'));
    for (const violation of github.judge.violations)
        if (!notEmulated.includes(violation))
            run.problems.push({ level: 'warning', where: 'GitHub API', message: violation });
    const published = github.releases.find((r) => r.tag_name === refName) ?? github.releases[0];
    let release;
    if (published) {
        const files = external_node_path_default().join(out, 'release');
        (0,external_node_fs_.mkdirSync)(files, { recursive: true });
        const assets = published.assets.map((asset) => {
            const file = asset.file ? external_node_path_default().join(files, asset.name) : undefined;
            if (file && asset.file)
                (0,external_node_fs_.copyFileSync)(asset.file, file);
            return { name: asset.name, size: asset.size, digest: asset.digest ?? '', ...(file ? { file } : {}) };
        });
        (0,external_node_fs_.rmSync)(github.assetDir, { recursive: true, force: true });
        release = {
            tag: published.tag_name,
            name: published.name ?? published.tag_name,
            url: `https://github.com/${name.owner}/${name.repo}/releases/${published.draft ? `untagged-${published.id}` : `tag/${published.tag_name}`}`,
            draft: published.draft,
            prerelease: published.prerelease,
            latest: published.latest,
            body: published.body ?? '',
            assets,
            feeds: assets.map((a) => a.name).filter((n) => /^latest.*\.(ya?ml|json)$/.test(n)),
        };
    }
    let manifests;
    const distributed = run.steps.find((s) => s.step === 'distribute' && s.outcome === 'success' && s.outputs?.['output-dir']);
    if (distributed && (0,external_node_fs_.existsSync)(distributed.outputs['output-dir'])) {
        const dir = external_node_path_default().join(out, 'package-manifests');
        (0,external_node_fs_.cpSync)(distributed.outputs['output-dir'], dir, { recursive: true });
        manifests = (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => external_node_path_default().relative(dir, external_node_path_default().join(e.parentPath, e.name)).split((external_node_path_default()).sep).join('/'))
            .sort();
    }
    const failedJobs = Object.entries(run.jobs).filter(([, job]) => job.result === 'failure').map(([job]) => job);
    const errors = run.problems.filter((p) => p.level === 'error');
    const ok = !failedJobs.length && !errors.length;
    const notes = notEmulated.length ? [`API calls the emulator does not serve (answered 404 here; the real run gets GitHub's answer): ${[...new Set(notEmulated.map((v) => v.replace(/: not served.*$/, '').replace(/\b[0-9a-f]{40}\b/g, '{sha}')))].join(', ')}`] : [];
    // Legs left out without stand-ins leave the release without their files: the release job's gate then fails.
    const missing = run.legs.filter((leg) => !/: step "/.test(leg)).length;
    const hint = !ok && !options.standInMissing && missing ? `${missing} leg${missing === 1 ? ' was' : 's were'} not rehearsed (listed above), so the release lacks ${missing === 1 ? 'its files' : 'their files'}: add --stand-in-missing to stand them in with placeholder files under their planned names and rehearse the release job end to end.` : undefined;
    const report = reportText({ run, release, rerun, manifests, failedJobs, ok, out, notes, ...(hint ? { hint } : {}) });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(out, 'report.md'), report);
    return { ok, out, run, ...(manifests ? { manifests } : {}), ...(release ? { release } : {}), ...(rerun ? { rerun } : {}), keys: { caPem: keys.caPem, gpgPublicKey: external_node_path_default().join(out, 'keys', 'gpg-public.asc'), minisignPublicKey: keys.minisign.publicKeyFile }, report };
}
function reportText(r) {
    const lines = ['', '## The release page that would be published', ''];
    if (r.release) {
        const page = r.release;
        lines.push(`${page.name} — ${page.url}`, `draft: ${page.draft}, prerelease: ${page.prerelease}, latest: ${page.latest}, ${page.assets.length} assets:`);
        const width = Math.max(...page.assets.map((a) => a.name.length), 10);
        for (const asset of page.assets)
            lines.push(`  ${asset.name.padEnd(width)}  ${size(asset.size).padStart(10)}  ${asset.digest}`);
        lines.push('', `feeds: ${page.feeds.join(', ') || 'none'}`, '', 'notes:', '', ...page.body.trimEnd().split('\n').map((l) => `  ${l}`));
        lines.push('', `the files: ${external_node_path_default().join(r.out, 'release')}/`);
    }
    else {
        lines.push('(nothing was published)');
    }
    if (r.manifests) {
        lines.push('', `package-manager manifests (distribute, dry run): ${r.manifests.length} file${r.manifests.length === 1 ? '' : 's'} in ${external_node_path_default().join(r.out, 'package-manifests')}/`, ...r.manifests.map((m) => `  ${m}`));
    }
    if (r.rerun)
        lines.push('', `re-run of publish: ${r.rerun.outcome}, ${r.rerun.reads} read(s), ${r.rerun.writes.length} write${r.rerun.writes.length === 1 ? '' : 's'}`);
    lines.push('', '## Job summaries', '');
    for (const summary of r.run.summaries)
        lines.push(`### ${summary.where}`, '', summary.markdown.trimEnd(), '');
    lines.push('## Legs not rehearsed', '', ...(r.run.legs.length ? r.run.legs.map((l) => `- ${l}`) : ['(none: every leg ran)']), '');
    lines.push('## Problems', '');
    if (!r.run.problems.length)
        lines.push('(none)');
    for (const problem of r.run.problems)
        lines.push(`- ${problem.level}: ${problem.where}: ${problem.message}`);
    if (r.notes.length)
        lines.push('', ...r.notes.map((n) => `Note: ${n}`));
    const outputs = Object.entries(r.run.outputs);
    if (outputs.length)
        lines.push('', `Workflow outputs: ${outputs.map(([name, value]) => `${name}=${value === '' ? '(empty)' : value}`).join(', ')}`);
    const jobs = Object.entries(r.run.jobs).map(([name, job]) => `${name} ${job.result}`).join(', ');
    lines.push('', `Jobs: ${jobs}.`, r.ok ? `Rehearsal passed: the real run would publish this release${r.run.legs.length ? ` (${r.run.legs.length} leg${r.run.legs.length === 1 ? '' : 's'} or step${r.run.legs.length === 1 ? '' : 's'} not rehearsed here: listed above)` : ''}.` : `Rehearsal FAILED${r.failedJobs.length ? ` (failed jobs: ${r.failedJobs.join(', ')})` : ''}: see the problems above.`);
    if (r.hint)
        lines.push(`Hint: ${r.hint}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/rehearse.ts






/** The kit this command belongs to: the folder with actions/plan/action.yml above this bundle. */
function kitRoot() {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'actions', 'plan', 'action.yml')))
            return dir;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir) {
            throw new kit_errors/* UserError */.yo(`rehearse runs the kit's release workflow and actions (.github/workflows/release.yml, actions/, dist/), which are not beside this copy of the command (${(0,external_node_url_.fileURLToPath)(import.meta.url)}): run it from a checkout of release-kit at the version your workflow uses, e.g. node <release-kit>/dist/cli/index.js rehearse`);
        }
        dir = parent;
    }
}
/** Real secrets from RELEASE_KIT_SECRET_<NAME> (GPG_PRIVATE_KEY → gpg-private-key). */
function secretsFromEnv(env) {
    return Object.fromEntries(Object.entries(env)
        .filter((e) => e[0].startsWith('RELEASE_KIT_SECRET_') && Boolean(e[1]))
        .map(([name, value]) => [name.slice('RELEASE_KIT_SECRET_'.length).toLowerCase().replace(/_/g, '-'), value]));
}
const rehearseCommand = (0,command/* defineCommand */.NB)({
    name: 'rehearse',
    synopsis: '[options]',
    summary: "The whole release of this repository, locally, through the kit's real release workflow: every job and step in order, with throwaway signing keys and an embedded GitHub emulator; then the release page that would be published, the job summaries and every problem the real run would hit.",
    options: [
        { name: 'ref', type: 'string', value: 'REF', help: 'the tag to rehearse, e.g. refs/tags/v1.2.3 (default: the tag on HEAD); it need not exist yet' },
        { name: 'targets', type: 'string', value: 'A,B', help: 'only these targets of release-kit.yml (the other legs are reported as not rehearsed)' },
        { name: 'config', type: 'string', value: 'FILE', help: 'release-kit.yml of the product (default: release-kit.yml)' },
        { name: 'stand-in-missing', type: 'boolean', help: 'legs this host cannot run get placeholder files with their planned names, so the release job runs end to end' },
        { name: 'workflow', type: 'string', value: 'FILE', help: "the workflow to run (default: the kit's .github/workflows/release.yml)" },
        { name: 'out', type: 'string', value: 'DIR', help: "where the run's files go (default: .release-kit/rehearsal; cleared first)" },
    ],
    epilogue: `Signing uses throwaway keys made for the run; RELEASE_KIT_SECRET_<NAME> (e.g.
RELEASE_KIT_SECRET_GPG_PRIVATE_KEY) passes a real secret of the workflow instead. A build-env entry
for a key of the sign hook (RELEASE_KIT_CERTIFICATE, ...) gets the sign job's key; the build's other
secrets come from RELEASE_KIT_SECRET_BUILD_SECRETS (a JSON object). Publishing goes to the embedded
GitHub emulator; with package managers in release-kit.yml, distribute runs as a dry run and the
manifests are kept in <out>/package-manifests.`,
    async run(values) {
        const targets = typeof values.targets === 'string' ? values.targets.split(',').map((t) => t.trim()).filter(Boolean) : undefined;
        if (targets && !targets.length)
            throw new kit_errors/* UserError */.yo('--targets: empty; name target ids of release-kit.yml, comma-separated (e.g. --targets linux-x64,windows-x64)');
        const result = await rehearse({
            repository: process.cwd(),
            kitRoot: kitRoot(),
            ...(typeof values.ref === 'string' ? { ref: values.ref } : {}),
            ...(targets ? { targets } : {}),
            config: typeof values.config === 'string' ? values.config : 'release-kit.yml',
            standInMissing: values['stand-in-missing'] === true,
            ...(typeof values.workflow === 'string' ? { workflow: external_node_path_default().resolve(values.workflow) } : {}),
            ...(typeof values.out === 'string' ? { out: external_node_path_default().resolve(values.out) } : {}),
            secrets: secretsFromEnv(process.env),
            log: (line) => console.log(line),
        });
        console.log(result.report);
        if (!result.ok)
            process.exitCode = 1;
    },
});


/***/ }),

/***/ 956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony exports isKitTemporary, GLOB_CHARS, confinePattern */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);




/**
 * The kit's own temporary files and folders, next to the files they become: `.<name>.<12 hex>` (a
 * signature being written), `.<name>.<12 hex>.tmp` (an atomic write), `.release-kit-…` (a signing
 * copy). Never an artifact: a glob skips them, also when a killed step left one behind.
 */
const KIT_TEMPORARY = /^\.(release-kit-.*|.+\.[0-9a-f]{12}(\.tmp|\.sig)?)$/;
/** Whether a path (relative to `root`) is, or lies inside, one of the kit's temporary files. */
function isKitTemporary(root, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).some((segment) => KIT_TEMPORARY.test(segment));
}
/** Characters that make a pattern a glob; a pattern without them is a plain path. */
const GLOB_CHARS = /[*?[{]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
/** The literal folder a pattern starts from: everything before its first glob character. */
function literalPrefix(pattern) {
    const segments = pattern.split(/[\\/]/);
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    return firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
}
/**
 * Makes a pattern absolute under `root` and refuses one that reaches outside it, whether by an absolute
 * path elsewhere or by `..` segments.
 */
function confinePattern(pattern, root, inputName) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(body) ? body : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, body));
    if (!isInside(root, literalPrefix(absolute))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${inputName} has the pattern ${JSON.stringify(pattern)}, which reaches outside the workspace ${root}; ` +
            'patterns must stay inside it (use a path relative to the workspace, without leading "..").');
    }
    return (negated ? '!' : '') + absolute;
}
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
async function describeNonFile(file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(async (error) => {
        if (error.code === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined))?.isSymbolicLink()) {
            return 'a broken symbolic link';
        }
        return `unreadable (${error.code ?? error.message})`;
    });
    if (typeof info === 'string')
        return info;
    return info.isFile() ? undefined : 'not a regular file (a FIFO, socket or device)';
}
/**
 * Resolves newline-separated globs the way `@actions/glob` reads them (`**`, `!` exclusions, a folder
 * meaning every file below it), confined to `root`. Links to files are followed, as `sha256sum` does;
 * a broken link, FIFO, socket or device is an error naming the path.
 */
async function matchFiles(patterns, root, inputName) {
    const confined = patterns.map((pattern) => confinePattern(pattern, root, inputName));
    const exclusions = confined.filter((pattern) => pattern.startsWith('!'));
    const excluded = (file) => exclusions.some((pattern) => node_path__WEBPACK_IMPORTED_MODULE_2___default().matchesGlob(file, pattern.slice(1)));
    const found = new Set();
    const unmatched = [];
    /** True for a regular file inside the workspace, false for a folder or outside; throws for a FIFO, broken link… */
    const isRegularFileOrFails = async (match) => {
        if (!isInside(root, match))
            return false;
        // Synchronous: from the page cache a stat takes microseconds, less than a promise and a trip through
        // the thread pool add to each of thousands of matches.
        const info = statOrUndefined(match);
        if (info?.isDirectory())
            return false;
        if (info?.isFile())
            return true;
        const problem = await describeNonFile(match);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${inputName} matched ${match}, which is ${problem}; only regular files can be used.`);
        return true;
    };
    const accept = async (match) => {
        const regular = await isRegularFileOrFails(match); // a folder stands for the files below it, which are listed too
        if (regular)
            found.add(match);
        return regular;
    };
    for (const [index, pattern] of confined.entries()) {
        if (pattern.startsWith('!'))
            continue;
        // A plain file path (what a shell expands a glob into) needs no directory walk.
        if (!GLOB_CHARS.test(pattern)) {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(pattern).catch(() => undefined);
            if (info && !info.isDirectory() && !(info.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(pattern).catch(() => undefined))?.isDirectory())) {
                if (excluded(pattern) || !(await accept(pattern)))
                    unmatched.push(patterns[index] ?? pattern);
                continue;
            }
            if (!info) {
                unmatched.push(patterns[index] ?? pattern);
                continue;
            }
        }
        // Loaded only for a real glob: @actions/glob (with the @actions/core it loads) is most of a small action's start-up.
        const glob = await __webpack_require__.e(/* import() */ 660).then(__webpack_require__.bind(__webpack_require__, 3660));
        const globber = await glob.create([pattern, ...exclusions].join('\n'), {
            followSymbolicLinks: true,
            implicitDescendants: true,
            matchDirectories: true,
            omitBrokenSymbolicLinks: false,
        }).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${inputName} has the pattern ${JSON.stringify(patterns[index])}, which is not a valid glob: ${error.message}`);
        });
        const matches = await globber.glob().catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${inputName}: ${error.message}`);
        });
        // Checked in parallel (the thread pool serves the stats), then added in the glob's order.
        const accepted = await Promise.all(matches.map(async (match) => ((await isRegularFileOrFails(match)) ? match : undefined)));
        const kept = accepted.filter((match) => match !== undefined && !isKitTemporary(root, match));
        for (const match of kept)
            found.add(match);
        if (kept.length === 0)
            unmatched.push(patterns[index] ?? pattern);
    }
    return { files: [...found].sort(), unmatched };
}


/***/ })

};
