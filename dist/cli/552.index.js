export const id = 552;
export const ids = [552];
export const modules = {

/***/ 552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  distributeCommand: () => (/* binding */ distributeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/github.ts
var github = __webpack_require__(369);
;// CONCATENATED MODULE: ./src/kit/markdown.ts
/** Markdown pieces for job summaries and release notes; pure, so the CLI and tests use them too. */
/** Text safe inside a table cell: pipes escaped, line breaks shown as ⏎ (never breaking the row). */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '⏎');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = '`'.repeat((text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0) + 1);
    return fence.length > 1 ? `${fence} ${text} ${fence}` : `\`${text}\``;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
const UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
function bytes(size) {
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${size} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

// EXTERNAL MODULE: ./src/plan/load-config.ts
var load_config = __webpack_require__(142);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/kit/duration.ts
var duration = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/kit/http-timeouts.ts



/** Timeouts from one bound: connecting never gets longer than 30 s. */
function requestTimeouts(ms) {
    return { connectMs: Math.min(ms, 30_000), headersMs: ms, idleMs: ms };
}
/** A request that got no answer in time: names the request, the stage and the time waited. */
class RequestTimeoutError extends Error {
    name = 'RequestTimeoutError';
    request;
    stage;
    waitedMs;
    constructor(request, stage, waitedMs) {
        const what = { connect: 'no connection', headers: 'no response', body: 'the body stalled: nothing moved' }[stage];
        super(`${request}: ${what} within ${(0,duration/* formatDuration */.a3)(waitedMs)}`);
        this.request = request;
        this.stage = stage;
        this.waitedMs = waitedMs;
    }
}
/** `GET /repos/o/r/releases` — how errors name a request (no query, no credentials). */
function describeRequest(method, url) {
    const u = typeof url === 'string' ? new URL(url) : url;
    return `${method.toUpperCase()} ${u.pathname}`;
}
/**
 * One HTTP request with a deadline for each stage: connect, response headers, and every pause of a
 * body (the upload while it is sent, the answer while it is read). The answer is read whole, so a
 * body that stalls is an error here, never a truncated result for the caller.
 */
function timedRequest(url, options, timeouts) {
    const label = options.label ?? describeRequest(options.method, url);
    return new Promise((resolve, reject) => {
        // Looked up at call time (not bound at import), so interceptors such as nock see the request.
        const send = url.protocol === 'http:' ? (external_node_http_default()).request : (external_node_https_default()).request;
        const req = send(url, { method: options.method, headers: options.headers });
        let timer;
        let settled = false;
        const arm = (stage, ms) => {
            clearTimeout(timer);
            if (settled)
                return; // an answer came before the request body was through (an early error)
            timer = setTimeout(() => fail(new RequestTimeoutError(label, stage, ms)), ms);
        };
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.destroy();
            reject(error);
        };
        arm('connect', timeouts.connectMs);
        const streamed = options.body !== undefined && typeof options.body !== 'string' && !Buffer.isBuffer(options.body);
        req.on('socket', (socket) => {
            const connected = () => (streamed ? arm('body', timeouts.idleMs) : arm('headers', timeouts.headersMs));
            // A reused keep-alive socket is already connected.
            if (socket.connecting)
                socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
            else
                connected();
        });
        let answered = false;
        req.on('finish', () => answered || arm('headers', timeouts.headersMs));
        req.on('error', fail);
        req.on('response', (res) => {
            answered = true;
            arm('body', timeouts.idleMs);
            const chunks = [];
            res.on('data', (chunk) => {
                chunks.push(chunk);
                arm('body', timeouts.idleMs);
            });
            res.on('error', fail);
            res.on('aborted', () => fail(new Error(`${label}: the connection closed mid-answer`)));
            res.on('end', () => {
                if (settled)
                    return;
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
function timedFetch(timeouts) {
    return async (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const method = init?.method ?? 'GET';
        const headers = {};
        new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
        const raw = init?.body;
        if (raw !== undefined && raw !== null && typeof raw !== 'string' && !(raw instanceof Uint8Array)) {
            throw new TypeError(`${describeRequest(method, url)}: only string or byte bodies are sent with timeouts`);
        }
        const body = raw === undefined || raw === null ? undefined : typeof raw === 'string' ? raw : Buffer.from(raw);
        if (body !== undefined)
            headers['content-length'] = String(Buffer.byteLength(body));
        let answer = await timedRequest(url, { method, headers, ...(body !== undefined ? { body } : {}) }, timeouts);
        // Redirects within the same origin (a renamed repository), as fetch would follow them.
        for (let hop = 0; hop < 5 && [301, 302, 307, 308].includes(answer.status) && answer.headers.location && init?.redirect !== 'manual'; hop++) {
            const next = new URL(answer.headers.location, url);
            if (next.origin !== url.origin)
                break;
            answer = await timedRequest(next, { method, headers, ...(body !== undefined ? { body } : {}) }, timeouts);
        }
        const responseHeaders = new Headers();
        for (const [key, value] of Object.entries(answer.headers)) {
            if (value !== undefined)
                responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
        return new Response(empty ? null : new Uint8Array(answer.body), { status: answer.status, headers: responseHeaders });
    };
}

// EXTERNAL MODULE: ./src/kit/retry.ts
var retry = __webpack_require__(1834);
;// CONCATENATED MODULE: ./src/release/api.ts
/** The GitHub release endpoints publish uses, behind one interface (tests replace it; the action uses Octokit). */
/** An HTTP failure from the API, with what a retry decision needs. */
class ApiError extends Error {
    name = 'ApiError';
    status;
    code;
    constructor(status, message, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
/** A 422 whose error code is `already_exists` (a release for the tag, or an asset of the name). */
function isAlreadyExists(error) {
    const e = error;
    return e.status === 422 && (e.code === 'already_exists' || Boolean(e.response?.data?.errors?.some((x) => x.code === 'already_exists')));
}

;// CONCATENATED MODULE: ./src/release/octokit-api.ts






/** An answer that is not what GitHub sends for this request (cut, or not JSON): worth another attempt. */
class GarbledAnswer extends Error {
    name = 'GarbledAnswer';
}
/** A request that failed every attempt: names it, what went wrong last, and how long it was tried. */
class RequestGaveUp extends errors/* UserError */.yo {
    name = 'RequestGaveUp';
    constructor(request, attempts, elapsedMs, last) {
        super(`${request} failed ${attempts} time${attempts === 1 ? '' : 's'} over ${(0,duration/* formatDuration */.a3)(elapsedMs)}; last: ${reason(last)}. GitHub may be having trouble: re-run the job (a re-run resumes where this one stopped).`);
    }
}
function reason(error) {
    const cause = error.cause;
    if (cause instanceof RequestTimeoutError)
        return cause.message.replace(/^[A-Z]+ \S+: /, '');
    if (error instanceof RequestTimeoutError || error instanceof GarbledAnswer)
        return error.message.replace(/^[A-Z]+ \S+: /, '');
    if (error instanceof ApiError)
        return `HTTP ${error.status}: ${error.message}`;
    return error.message;
}
/** Worth another attempt: no answer in time, a broken connection, a server error, a garbled answer. */
function octokit_api_transient(error) {
    if (error instanceof GarbledAnswer || error instanceof RequestTimeoutError)
        return true;
    const e = error;
    if (typeof e.status !== 'number')
        return true; // connection refused, reset
    if (e.status === 500 && e.response === undefined)
        return true; // Octokit's word for a failed fetch
    return e.status >= 500 || e.status === 429;
}
/** Octokit errors carry `status` and `response.data.errors[].code`; normalise them. */
function apiError(error) {
    const e = error;
    if (typeof e.status !== 'number')
        throw error;
    const detail = e.response?.data?.errors?.map((x) => x.message ?? x.code).filter(Boolean).join('; ');
    throw new ApiError(e.status, `${e.response?.data?.message ?? e.message}${detail ? ` (${detail})` : ''}`, e.response?.data?.errors?.[0]?.code);
}
/**
 * Uploads stream the file with its length (GitHub requires Content-Length); the one request a file is
 * not retried here: the publish step decides, after cleaning up a half-uploaded asset.
 */
async function streamUpload(url, token, file, userAgent, timeouts) {
    const target = new URL(url);
    const res = await timedRequest(target, {
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
        body: (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: 1024 * 1024 }),
    }, timeouts);
    const text = res.body.toString('utf8');
    let body = {};
    try {
        body = text ? JSON.parse(text) : {};
    }
    catch {
        body = { message: text.slice(0, 200) };
    }
    if (res.status === 201) {
        if (typeof body.id !== 'number' || typeof body.name !== 'string')
            throw new GarbledAnswer(`POST upload of ${file.name}: the answer is not an asset (${JSON.stringify(text.slice(0, 80))})`);
        return body;
    }
    const error = new ApiError(res.status, body.message ?? `HTTP ${res.status}`, body.errors?.[0]?.code);
    error.retryAfter = Number(res.headers['retry-after']) || undefined;
    throw error;
}
const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
function wellFormed(shape, data) {
    if (shape === 'none')
        return true;
    if (shape === 'release')
        return isObject(data) && typeof data.id === 'number' && typeof data.tag_name === 'string' && Array.isArray(data.assets);
    if (!Array.isArray(data))
        return false;
    return data.every((x) => isObject(x) && typeof x.id === 'number' && (shape === 'assets' ? typeof x.name === 'string' : typeof x.tag_name === 'string'));
}
function octokitReleaseApi(client, owner, repo, token, options = {}) {
    const timeouts = options.timeouts ?? requestTimeouts(60_000);
    const retries = options.retries ?? 4;
    const backoff = options.backoffMs ?? (0,retry/* doublingDelay */.Gz)(1000);
    /**
     * One API request, retried on a timeout, a reset, a 5xx or a garbled answer (Octokit's own retries
     * are off for it, so the waits and the final error are these); other failures are thrown at once.
     */
    async function respond(label, shape, work, deletion = false) {
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            try {
                const answer = await work();
                if (!wellFormed(shape, answer.data))
                    throw new GarbledAnswer(`${label}: the answer is not what GitHub sends (${JSON.stringify(String(typeof answer.data === 'string' ? answer.data : JSON.stringify(answer.data)).slice(0, 80))})`);
                return answer;
            }
            catch (error) {
                // A deletion retried after GitHub applied it (the answer was lost) finds nothing: it is done.
                if (deletion && attempt > 1 && error.status === 404)
                    return { data: undefined };
                if (!octokit_api_transient(error))
                    apiError(error);
                if (attempt > retries)
                    throw new RequestGaveUp(label, attempt, Date.now() - started, error);
                const wait = backoff(attempt);
                options.log?.(`${label}: ${reason(error)}; retry ${attempt} of ${retries} in ${(0,duration/* formatDuration */.a3)(wait)}.`);
                await (0,retry/* sleep */.yy)(wait);
            }
        }
    }
    const base = `/repos/${owner}/${repo}`;
    // Octokit's retries are off for these requests (the loop above retries), and answers come through the timed fetch.
    const noRetry = { retries: 0, fetch: timedFetch(timeouts) };
    const call = async (label, shape, work) => (await respond(label, shape, work, label.startsWith('DELETE'))).data;
    /** Every page, following the Link header: no extra request for an empty last page. */
    async function allPages(label, shape, fetchPage) {
        const all = [];
        for (let page = 1;; page++) {
            const { data, headers } = await respond(label, shape, () => fetchPage(page));
            all.push(...data);
            if (!/rel="next"/.test(headers.link ?? ''))
                return all;
        }
    }
    return {
        listReleases: () => allPages(`GET ${base}/releases`, 'releases', (page) => client.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100, page, request: noRetry })),
        getRelease: (id) => call(`GET ${base}/releases/${id}`, 'release', () => client.request('GET /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, request: noRetry })),
        // A create retried after GitHub applied it makes a second draft: publish converges on the oldest.
        createRelease: (fields) => call(`POST ${base}/releases`, 'release', () => client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, ...fields, request: noRetry })),
        updateRelease: (id, fields) => call(`PATCH ${base}/releases/${id}`, 'release', () => client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, ...fields, request: noRetry })),
        deleteRelease: async (id) => void (await call(`DELETE ${base}/releases/${id}`, 'none', () => client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, request: noRetry }))),
        listAssets: (releaseId) => allPages(`GET ${base}/releases/${releaseId}/assets`, 'assets', (page) => client.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: releaseId, per_page: 100, page, request: noRetry })),
        downloadAsset: async (assetId) => Buffer.from((await call(`GET ${base}/releases/assets/${assetId}`, 'none', () => client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: noRetry })))),
        deleteAsset: async (assetId) => void (await call(`DELETE ${base}/releases/assets/${assetId}`, 'none', () => client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId, request: noRetry }))),
        uploadAsset(release, file) {
            const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
            url.searchParams.set('name', file.name);
            if (file.label)
                url.searchParams.set('label', file.label);
            return streamUpload(url.toString(), token, file, 'release-kit', timeouts);
        },
    };
}

// EXTERNAL MODULE: ./src/notes/changelog.ts
var changelog = __webpack_require__(3611);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/distribute/repo-writer.ts
/**
 * Writing files to a GitHub repository through the API only (no clone): a set of files becomes one
 * commit on a branch (git data: blobs, tree, commit, ref), pushed to the branch itself or offered as a
 * pull request, from a fork when asked. Nothing is written when the files are already there, and an
 * open pull request for the same branch is reused: a re-run makes no second commit or pull request.
 */


/** Git's object id of a blob with this content: what a tree lists for an identical file. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
function split(repository) {
    const [owner, repo] = repository.split('/');
    return { owner: owner, repo: repo };
}
/** The changes `files`/`remove` make to a tree; empty when it already holds them. */
async function changes(api, owner, repo, tree, request) {
    const existing = new Map((await api.listTree(owner, repo, tree)).filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
    const changed = [];
    for (const file of request.files)
        if (existing.get(file.path) !== gitBlobSha(file.content))
            changed.push(file);
    for (const path of request.remove ?? [])
        if (existing.has(path))
            changed.push({ path, content: null });
    return changed;
}
async function commitOnto(api, owner, repo, parent, baseTree, changed, message) {
    const entries = [];
    for (const change of changed)
        entries.push({ path: change.path, sha: change.content === null ? null : await api.createBlob(owner, repo, change.content) });
    const tree = await api.createTree(owner, repo, baseTree, entries);
    return api.createCommit(owner, repo, message, tree, parent);
}
async function writeToRepository(api, request) {
    const { owner, repo } = split(request.repository);
    const info = await api.getRepository(owner, repo);
    const base = request.branch ?? info.defaultBranch;
    const head = await api.getBranchHead(owner, repo, base);
    if (!head)
        throw new errors/* UserError */.yo(`${request.repository} has no branch ${base}.`);
    const baseTree = await api.getCommitTree(owner, repo, head);
    const changed = await changes(api, owner, repo, baseTree, request);
    if (request.mode === 'push') {
        if (changed.length === 0)
            return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
        const commit = await commitOnto(api, owner, repo, head, baseTree, changed, request.message);
        await api.updateBranch(owner, repo, base, commit, false);
        return { outcome: 'committed', commit, detail: `${request.repository}@${base}: ${commit.slice(0, 7)} (${changed.length} file${changed.length === 1 ? '' : 's'})` };
    }
    const branch = request.pullBranch;
    if (!branch)
        throw new Error('pull-request mode needs a branch name');
    const target = request.fork ? await api.fork(owner, repo) : { owner, name: repo };
    const headLabel = `${target.owner}:${branch}`;
    const open = await api.findOpenPull(owner, repo, headLabel, base);
    if (!open && changed.length === 0)
        return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
    const existingHead = await api.getBranchHead(target.owner, target.name, branch);
    const upToDate = existingHead !== undefined && (await changes(api, target.owner, target.name, await api.getCommitTree(target.owner, target.name, existingHead), request)).length === 0;
    if (!upToDate) {
        const commit = await commitOnto(api, target.owner, target.name, head, baseTree, changed, request.message);
        if (existingHead)
            await api.updateBranch(target.owner, target.name, branch, commit, true);
        else
            await api.createBranch(target.owner, target.name, branch, commit);
    }
    if (open)
        return upToDate ? { outcome: 'pull-request-exists', pull: open, detail: `pull request #${open.number} is already open` } : { outcome: 'pull-request-updated', pull: open, detail: `pull request #${open.number} updated` };
    const pull = await api.createPull(owner, repo, { title: request.pullTitle ?? request.message, body: request.pullBody ?? '', head: headLabel, base });
    return { outcome: 'pull-request-opened', pull, detail: `pull request #${pull.number}` };
}

;// CONCATENATED MODULE: ./src/distribute/changelog-commit.ts
/**
 * Keeping CHANGELOG.md: after publishing, this release's section (as release-notes wrote it into the
 * job's checkout) is put into the default branch's changelog — read fresh through the API, so commits
 * made since the tag are kept — and committed there, or offered as a pull request. The same
 * repository writer as the Homebrew tap and the winget pull request; a re-run changes nothing.
 */



/** The section of `version` in a changelog (heading to the next `## `), or undefined. */
function sectionOf(text, version) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const pattern = (0,changelog/* headingPattern */.Df)(version);
    const start = lines.findIndex((line) => pattern.test(line));
    if (start === -1)
        return undefined;
    let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
    if (end === -1)
        end = lines.length;
    return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
}
async function commitChangelog(api, request) {
    const section = sectionOf(request.updated, request.version);
    if (!section)
        throw new errors/* UserError */.yo(`${request.file} has no section for ${request.version}: was it written by release-notes (changelog-file) in this job?`);
    const [owner, repo] = request.repository.split('/');
    const { defaultBranch } = await api.getRepository(owner, repo);
    const current = (await api.readFile(owner, repo, request.file, defaultBranch)) ?? '';
    const content = (0,changelog/* upsertChangelogSection */.Jf)(current, request.version, section);
    return writeToRepository(api, {
        repository: request.repository,
        files: [{ path: request.file, content }],
        message: `chore(release): ${request.file} for ${request.tag}`,
        mode: request.mode,
        pullBranch: `release-kit/changelog-${request.tag}`,
        pullTitle: `chore(release): ${request.file} for ${request.tag}`,
        pullBody: `The changelog section of ${request.tag}, as published.`,
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/distribute/assets.ts
/**
 * What each release asset is for (os, arch, kind), read from its name, and the choice of the assets
 * each package manager lists.
 */


const KINDS = [
    [/\.(tar\.gz|tgz)$/i, 'tar.gz'],
    [/\.(tar\.xz|txz)$/i, 'tar.xz'],
    [/\.zip$/i, 'zip'],
    [/\.dmg$/i, 'dmg'],
    [/\.msi$/i, 'msi'],
    // An .exe is an installer only when its name says so (electron-builder's "Setup", Tauri's "-setup"); a bare CLI .exe is not.
    [/(setup|install)[^/]*\.exe$/i, 'nsis'],
    [/\.(msix|msixbundle)$/i, 'msix'],
];
/** Name tokens, split at separators so "darwin" is not found in "mydarwinapp". */
function tokens(name) {
    return name.toLowerCase().split(/[^a-z0-9_]+/).flatMap((t) => [t, ...t.split('_')]);
}
function classify(asset) {
    const kind = KINDS.find(([pattern]) => pattern.test(asset.name))?.[1];
    const words = new Set(tokens(asset.name));
    const has = (...names) => names.some((n) => words.has(n));
    let os;
    if (has('macos', 'mac', 'darwin', 'osx', 'apple') || kind === 'dmg')
        os = 'macos';
    else if (has('windows', 'win', 'win32', 'win64') || kind === 'msi' || kind === 'nsis' || kind === 'msix')
        os = 'windows';
    else if (has('linux'))
        os = 'linux';
    let arch;
    if (has('universal'))
        arch = 'universal';
    else if (has('arm64', 'aarch64'))
        arch = 'arm64';
    else if (has('x64', 'x86_64', 'amd64', 'win64') || asset.name.toLowerCase().includes('x86_64'))
        arch = 'x64';
    else if (has('x86', 'i386', 'i686', '386', 'ia32', 'win32'))
        arch = 'x86';
    return { ...asset, ...(os ? { os } : {}), ...(arch ? { arch } : {}), ...(kind ? { kind } : {}) };
}
/** A glob over asset names: `*` and `?` only (names have no folders). */
function globMatcher(globs) {
    if (!globs?.length)
        return () => true;
    const regexes = globs.map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`));
    return (name) => regexes.some((r) => r.test(name));
}
/**
 * The assets of one os/kind set, one per architecture (the first in kind order wins). An asset whose
 * architecture is not in its name counts as x64 when it is the only one of its os and kind. Several
 * assets of one os, kind and architecture (the CLI and a completions tarball, say) are never chosen
 * between by their order: the one named after the product (`<product>-…`, `<product>_…`) is taken,
 * and when that does not decide, it is an error that lists them and says how to choose.
 */
function pickPerArch(assets, os, kinds, globs, product) {
    const allowed = globMatcher(globs);
    const candidates = assets.filter((a) => a.os === os && a.kind && kinds.includes(a.kind) && allowed(a.name) && !/\.(sig|asc|sha\d+|blockmap)$/i.test(a.name));
    const named = (a) => product !== undefined && new RegExp(`^${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[-_. ]`, 'i').test(a.name);
    const picked = new Map();
    for (const kind of kinds) {
        const ofKind = candidates.filter((a) => a.kind === kind);
        const byArch = new Map();
        for (const asset of ofKind) {
            const arch = asset.arch ?? (ofKind.length === 1 ? 'x64' : undefined);
            if (arch)
                byArch.set(arch, [...(byArch.get(arch) ?? []), asset]);
        }
        for (const [arch, group] of byArch) {
            if (picked.has(arch))
                continue;
            const chosen = group.length === 1 ? group : group.filter(named);
            if (chosen.length !== 1) {
                throw new errors/* UserError */.yo(`${group.length} ${os} ${arch} ${kind} assets could be the package: ${group.map((a) => a.name).join(', ')}; ` +
                    `name the one to use with this manager's assets: setting in release-kit.yml (a glob such as ${JSON.stringify(`${product ?? 'app'}-*`)})`);
            }
            picked.set(arch, chosen[0]);
        }
    }
    return picked;
}
/** `name` without its archive extension: the folder name archives usually unpack to. */
function stem(name) {
    return path.basename(name).replace(/\.(tar\.gz|tgz|tar\.xz|txz|zip)$/i, '');
}

;// CONCATENATED MODULE: ./src/distribute/context.ts

function homepageOf(context, own) {
    return own ?? context.homepage ?? `https://github.com/${context.repository}`;
}
function descriptionOf(context, own) {
    return own ?? context.description ?? context.product;
}
function missingAssets(manager, what, release) {
    return new errors/* UserError */.yo(`${manager}: release ${release.tag} has no ${what}; its assets are ${release.assets.map((a) => a.name).join(', ') || 'none'}. ` +
        `Name the assets in package-managers.${manager.toLowerCase()}.assets, or switch ${manager} off.`);
}

;// CONCATENATED MODULE: ./src/distribute/aur.ts
/** AUR: a `PKGBUILD` and its `.SRCINFO` for a `-bin` package over the release's Linux archives. */



const PACMAN_ARCH = { x64: 'x86_64', arm64: 'aarch64' };
/** A bash single-quoted word. */
function shellWord(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** pacman versions hold no '-' (it separates pkgrel): 1.2.0-beta.1 becomes 1.2.0_beta.1. */
function pacmanVersion(version) {
    return version.replace(/-/g, '_').replace(/[^A-Za-z0-9._+]/g, '');
}
function aurPackageName(product, settings) {
    return settings.package ?? `${product.toLowerCase()}-bin`;
}
function aurFiles(context, settings) {
    const pkgname = aurPackageName(context.product, settings);
    const provides = pkgname.replace(/-bin$/, '');
    const picked = pickPerArch(context.release.assets, 'linux', ['tar.gz', 'tar.xz'], settings.assets, context.product);
    const sources = [...picked].flatMap(([arch, asset]) => (PACMAN_ARCH[arch] ? [{ arch: PACMAN_ARCH[arch], asset }] : []));
    if (sources.length === 0)
        throw missingAssets('AUR', 'Linux tar.gz or tar.xz archive (x64 or arm64)', context.release);
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('AUR: a PKGBUILD needs a licence: set package-managers.license (or package-managers.aur.license), e.g. MIT.');
    const pkgver = pacmanVersion(context.release.version);
    const desc = descriptionOf(context, settings.description);
    const url = homepageOf(context, settings.homepage);
    const depends = settings.depends ?? [];
    const bins = settings.bin ?? [provides];
    const list = (items) => `(${items.map(shellWord).join(' ')})`;
    const lines = [
        '# Written by release-kit from the release ' + context.release.tag + '.',
        ...(settings.maintainer ? [`# Maintainer: ${settings.maintainer.replace(/\n/g, ' ')}`] : []),
        `pkgname=${shellWord(pkgname)}`,
        `pkgver=${shellWord(pkgver)}`,
        'pkgrel=1',
        `pkgdesc=${shellWord(desc)}`,
        `arch=${list(sources.map((s) => s.arch))}`,
        `url=${shellWord(url)}`,
        `license=${list([license])}`,
        `depends=${list(depends)}`,
        `provides=${list([provides])}`,
        `conflicts=${list([provides])}`,
        ...sources.flatMap(({ arch, asset }) => [`source_${arch}=${list([asset.url])}`, `sha256sums_${arch}=${list([asset.sha256])}`]),
        '',
        'package() {',
        ...bins.map((bin) => `  install -Dm755 "$srcdir/"${shellWord(bin)} "$pkgdir/usr/bin/"${shellWord(bin.split('/').pop())}`),
        '}',
        '',
    ];
    const info = [
        `pkgbase = ${pkgname}`,
        `\tpkgdesc = ${desc}`,
        `\tpkgver = ${pkgver}`,
        '\tpkgrel = 1',
        `\turl = ${url}`,
        ...sources.map((s) => `\tarch = ${s.arch}`),
        `\tlicense = ${license}`,
        ...depends.map((d) => `\tdepends = ${d}`),
        `\tprovides = ${provides}`,
        `\tconflicts = ${provides}`,
        ...sources.flatMap(({ arch, asset }) => [`\tsource_${arch} = ${asset.url}`, `\tsha256sums_${arch} = ${asset.sha256}`]),
        '',
        `pkgname = ${pkgname}`,
        '',
    ];
    return [
        { path: 'PKGBUILD', content: lines.join('\n') },
        { path: '.SRCINFO', content: info.join('\n') },
    ];
}

// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
// EXTERNAL MODULE: ./src/sign/private-files.ts
var private_files = __webpack_require__(4108);
;// CONCATENATED MODULE: ./src/distribute/aur-push.ts
/**
 * AUR delivery: clone the package's git remote, write PKGBUILD and .SRCINFO, and push one commit when
 * they changed (a re-run finds them equal and pushes nothing). An SSH key, when given, is written to a
 * private temporary file used through GIT_SSH_COMMAND and removed afterwards.
 */





async function pushToAur(push) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(push.tempRoot ?? external_node_os_default().tmpdir(), 'release-kit-aur-'));
    try {
        const env = { GIT_TERMINAL_PROMPT: '0' };
        if (push.sshKey) {
            const key = external_node_path_default().join(work, 'key');
            await (0,private_files/* writePrivateFile */.Pl)(key, push.sshKey.endsWith('\n') ? push.sshKey : `${push.sshKey}\n`);
            env.GIT_SSH_COMMAND = `ssh -i ${key} -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${external_node_path_default().join(work, 'known_hosts')}`;
        }
        const clone = external_node_path_default().join(work, 'package');
        const git = (...args) => (0,exec/* runTool */.q)('git', ['-c', 'user.name=release-kit', '-c', 'user.email=release-kit@users.noreply.github.com', '-c', 'init.defaultBranch=master', ...args], { cwd: clone, env, ...(push.sshKey ? { secrets: [push.sshKey] } : {}) });
        await (0,exec/* runTool */.q)('git', ['clone', '--quiet', push.remote, clone], { env, timeoutMs: 120_000 });
        for (const file of push.files)
            await (0,promises_.writeFile)(external_node_path_default().join(clone, file.path), file.content);
        await git('add', '--', ...push.files.map((f) => f.path));
        const diff = await (0,exec/* runTool */.q)('git', ['diff', '--cached', '--quiet'], { cwd: clone, allowFailure: true });
        if (diff.exitCode === 0)
            return { outcome: 'unchanged' };
        await git('commit', '--quiet', '-m', push.message);
        await git('push', '--quiet', 'origin', 'HEAD:master');
        const commit = (await git('rev-parse', 'HEAD')).stdout.trim();
        return { outcome: 'committed', commit };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/distribute/chocolatey.ts
/**
 * Chocolatey: a `.nuspec` and `tools/chocolateyinstall.ps1` that downloads the release's MSI or NSIS
 * installer, checks its sha256 and runs it silently (`/qn` for MSI, `/S` for NSIS).
 */




function xmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A PowerShell single-quoted string literal. */
function psString(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** NuGet v2 (Chocolatey) versions are SemVer 1: 1.2.0-beta.1 becomes 1.2.0-beta1. */
function chocolateyVersion(version) {
    const parsed = (0,semver.parse)(version);
    if (!parsed)
        throw new errors/* UserError */.yo(`Chocolatey: the version ${version} is not a semantic version.`);
    const core = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
    return parsed.prerelease.length ? `${core}-${parsed.prerelease.join('').replace(/[^0-9A-Za-z]/g, '')}` : core;
}
function chocolateyId(product, settings) {
    return settings.id ?? product.toLowerCase();
}
function installer(context, settings) {
    for (const kind of ['msi', 'nsis']) {
        const picked = pickPerArch(context.release.assets, 'windows', [kind], settings.assets, context.product);
        const x64 = picked.get('x64');
        const x86 = picked.get('x86');
        if (x64 || x86)
            return { fileType: kind === 'msi' ? 'msi' : 'exe', ...(x64 ? { x64 } : {}), ...(x86 ? { x86 } : {}) };
    }
    throw missingAssets('Chocolatey', 'Windows MSI or NSIS installer (x64 or x86)', context.release);
}
function chocolateyFiles(context, settings) {
    const id = chocolateyId(context.product, settings);
    const version = chocolateyVersion(context.release.version);
    const { fileType, x64, x86 } = installer(context, settings);
    const license = settings.license ?? context.license;
    const homepage = homepageOf(context, settings.homepage);
    const metadata = [
        ['id', id],
        ['version', version],
        ['title', settings.title ?? context.product],
        ['authors', settings.authors],
        ['projectUrl', homepage],
        ...(license ? [['licenseUrl', `https://spdx.org/licenses/${license}.html`]] : []),
        ['requireLicenseAcceptance', 'false'],
        ['description', descriptionOf(context, settings.description)],
        ['summary', descriptionOf(context, settings.description)],
        ['releaseNotes', context.release.htmlUrl],
        ...(settings.tags?.length ? [['tags', settings.tags.join(' ')]] : []),
    ];
    const nuspec = '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<!-- Written by release-kit. -->\n' +
        '<package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd">\n' +
        '  <metadata>\n' +
        metadata.map(([key, value]) => `    <${key}>${xmlText(value)}</${key}>\n`).join('') +
        '  </metadata>\n' +
        '  <files>\n    <file src="tools/**" target="tools" />\n  </files>\n' +
        '</package>\n';
    const silent = fileType === 'msi' ? '/qn /norestart' : '/S';
    const exitCodes = fileType === 'msi' ? '@(0, 3010, 1641)' : '@(0)';
    const args = [
        `  packageName    = $env:ChocolateyPackageName`,
        `  fileType       = ${psString(fileType)}`,
        ...(x86 ? [`  url            = ${psString(x86.url)}`, `  checksum       = ${psString(x86.sha256)}`, `  checksumType   = 'sha256'`] : []),
        ...(x64 ? [`  url64bit       = ${psString(x64.url)}`, `  checksum64     = ${psString(x64.sha256)}`, `  checksumType64 = 'sha256'`] : []),
        `  silentArgs     = ${psString(silent)}`,
        `  validExitCodes = ${exitCodes}`,
    ];
    const install = `# Written by release-kit from the release ${context.release.tag}.\n$ErrorActionPreference = 'Stop'\n\n$packageArgs = @{\n${args.join('\n')}\n}\n\nInstall-ChocolateyPackage @packageArgs\n`;
    return [
        { path: `${id}.nuspec`, content: nuspec },
        { path: 'tools/chocolateyinstall.ps1', content: install },
    ];
}

;// CONCATENATED MODULE: ./src/distribute/homebrew.ts
/**
 * Homebrew: a formula for the CLI archives (one url/sha256 per os and arch, `bin.install`, shell
 * completions) and, when asked, a cask for the macOS app (dmg or zip).
 */


/** A Ruby double-quoted string literal. */
function rubyString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#\{/g, '\\#{').replace(/\n/g, '\\n')}"`;
}
/** Homebrew's class name for a formula file name: octo-cli → OctoCli, foo@2 → FooAT2. */
function formulaClassName(name) {
    return name
        .replace(/@/g, 'AT')
        .replace(/\+/g, 'x')
        .split(/[-_.\s]/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function urlBlock(asset, indent) {
    return `${indent}url ${rubyString(asset.url)}\n${indent}sha256 ${rubyString(asset.sha256)}\n`;
}
/** on_arm / on_intel blocks for one os (one plain url when the asset is universal). */
function archBlocks(picked, indent) {
    const universal = picked.get('universal');
    const arm = picked.get('arm64') ?? universal;
    const intel = picked.get('x64') ?? universal;
    if (arm && arm === intel)
        return urlBlock(arm, indent);
    let text = '';
    if (arm)
        text += `${indent}on_arm do\n${urlBlock(arm, `${indent}  `)}${indent}end\n`;
    if (intel)
        text += `${indent}on_intel do\n${urlBlock(intel, `${indent}  `)}${indent}end\n`;
    return text;
}
function homebrewFormula(context, settings) {
    const name = settings.formula ?? context.product.toLowerCase();
    const kinds = ['tar.gz', 'tar.xz', 'zip'];
    const mac = pickPerArch(context.release.assets, 'macos', kinds, settings.assets, context.product);
    const linux = pickPerArch(context.release.assets, 'linux', kinds, settings.assets, context.product);
    if (mac.size === 0 && linux.size === 0)
        return undefined;
    const bins = settings.bin ?? [name];
    const lines = [];
    lines.push(`# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).`);
    lines.push(`class ${formulaClassName(name)} < Formula`);
    lines.push(`  desc ${rubyString(descriptionOf(context, settings.description))}`);
    lines.push(`  homepage ${rubyString(homepageOf(context, settings.homepage))}`);
    lines.push(`  version ${rubyString(context.release.version)}`);
    const license = settings.license ?? context.license;
    if (license)
        lines.push(`  license ${rubyString(license)}`);
    lines.push('');
    let body = lines.join('\n') + '\n';
    if (mac.size)
        body += `  on_macos do\n${archBlocks(mac, '    ')}  end\n`;
    if (linux.size)
        body += `  on_linux do\n${archBlocks(linux, '    ')}  end\n`;
    body += '\n  def install\n';
    for (const bin of bins)
        body += `    bin.install ${rubyString(bin)}\n`;
    const completions = settings.completions ?? {};
    const command = bins[0].split('/').pop();
    if (completions.bash)
        body += `    bash_completion.install ${rubyString(completions.bash)} => ${rubyString(command)}\n`;
    if (completions.zsh)
        body += `    zsh_completion.install ${rubyString(completions.zsh)} => ${rubyString(`_${command}`)}\n`;
    if (completions.fish)
        body += `    fish_completion.install ${rubyString(completions.fish)} => ${rubyString(`${command}.fish`)}\n`;
    body += '  end\n\n';
    body += `  test do\n    assert_match version.to_s, shell_output("#{bin}/${command.replace(/["\\#]/g, '')} --version")\n  end\nend\n`;
    return { path: `Formula/${name}.rb`, content: body };
}
function homebrewCask(context, settings) {
    const cask = settings.cask;
    if (!cask)
        return undefined;
    const token = cask.name ?? context.product.toLowerCase();
    const picked = pickPerArch(context.release.assets, 'macos', ['dmg', 'zip'], cask.assets, context.product);
    if (picked.size === 0)
        throw missingAssets('Homebrew', 'macOS dmg or zip for the cask', context.release);
    let body = `# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).\n`;
    body += `cask ${rubyString(token)} do\n`;
    body += `  version ${rubyString(context.release.version)}\n`;
    body += archBlocks(picked, '  ');
    body += '\n';
    body += `  name ${rubyString(context.product)}\n`;
    body += `  desc ${rubyString(descriptionOf(context, settings.description))}\n`;
    body += `  homepage ${rubyString(homepageOf(context, settings.homepage))}\n\n`;
    body += `  app ${rubyString(cask.app)}\nend\n`;
    return { path: `Casks/${token}.rb`, content: body };
}
function homebrewFiles(context, settings) {
    const files = [homebrewFormula(context, settings), homebrewCask(context, settings)].filter((f) => f !== undefined);
    if (files.length === 0)
        throw missingAssets('Homebrew', 'macOS or Linux CLI archive (tar.gz, tar.xz or zip)', context.release);
    return files;
}

;// CONCATENATED MODULE: ./src/distribute/nuget-feed.ts
/**
 * Chocolatey delivery: `nuget pack` turns the nuspec and tools/ into a .nupkg, which is pushed to a
 * NuGet v2 feed (PUT multipart to <feed>/api/v2/package with X-NuGet-ApiKey). A version the feed
 * already has (409) is not pushed again; a rollback unlists the rolled-back version (DELETE).
 */





/** Packs `<dir>/<id>.nuspec` (with `<dir>/tools`) into `<out>/<id>.<version>.nupkg`; answers its path. */
async function nugetPack(dir, nuspec, out) {
    await (0,promises_.mkdir)(out, { recursive: true });
    await (0,exec/* runTool */.q)('nuget', ['pack', external_node_path_default().join(dir, nuspec), '-OutputDirectory', out, '-NoDefaultExcludes', '-NonInteractive'], { cwd: dir, env: { HOME: process.env.HOME ?? dir } });
    const packed = (await (0,promises_.readdir)(out)).filter((f) => f.endsWith('.nupkg'));
    if (packed.length !== 1)
        throw new errors/* UserError */.yo(`nuget pack wrote ${packed.length} packages to ${out}, expected one.`);
    return external_node_path_default().join(out, packed[0]);
}
function feedUrl(feed, suffix) {
    return `${feed.replace(/\/+$/, '')}/api/v2/package${suffix}`;
}
async function nugetPush(nupkg, feed, apiKey) {
    const boundary = `release-kit-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="package"; filename="${external_node_path_default().basename(nupkg)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, await (0,promises_.readFile)(nupkg), tail]);
    const url = feedUrl(feed, '');
    let response;
    try {
        response = await fetch(url, { method: 'PUT', headers: { 'X-NuGet-ApiKey': apiKey, 'content-type': `multipart/form-data; boundary=${boundary}`, 'user-agent': 'release-kit' }, body });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Chocolatey: cannot reach the feed ${url}: ${error.message}`);
    }
    if (response.status === 409)
        return 'already-published';
    if (response.ok)
        return 'pushed';
    const text = (await response.text()).slice(0, 300).split(apiKey).join('***');
    throw new errors/* UserError */.yo(`Chocolatey: the feed ${url} refused ${external_node_path_default().basename(nupkg)}: HTTP ${response.status}${text ? ` ${text}` : ''}${response.status === 401 || response.status === 403 ? ' (check the API key)' : ''}`);
}
/** Unlists a version (NuGet v2 DELETE): installs of that version stop being offered. */
async function nugetUnlist(feed, id, version, apiKey) {
    const url = feedUrl(feed, `/${encodeURIComponent(id)}/${encodeURIComponent(version)}`);
    const response = await fetch(url, { method: 'DELETE', headers: { 'X-NuGet-ApiKey': apiKey, 'user-agent': 'release-kit' } }).catch((error) => {
        throw new errors/* UserError */.yo(`Chocolatey: cannot reach the feed ${url}: ${error.message}`);
    });
    if (response.status === 404)
        return 'not-found';
    if (response.ok)
        return 'unlisted';
    throw new errors/* UserError */.yo(`Chocolatey: the feed ${url} refused to unlist ${id} ${version}: HTTP ${response.status}`);
}

;// CONCATENATED MODULE: ./src/distribute/release.ts
/**
 * The published release as GitHub stores it: every manifest is written from this, never from local
 * files. Each asset's sha256 is GitHub's stored digest; an asset without one (uploaded before GitHub
 * kept digests) is downloaded and hashed. The digests are cross-checked against the release's own
 * SHA256SUMS and against what publish reported uploading: any difference is an error.
 */




function versionOfTag(tag) {
    return tag.replace(/^[^\d]*/, '');
}
async function sha256Of(download, id) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of await download(id))
        hash.update(chunk);
    return hash.digest('hex');
}
async function textOf(download, id) {
    const chunks = [];
    for await (const chunk of await download(id))
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** `<hex>  <name>` or `<hex> *<name>` lines of a sha256sum file. */
function parseSums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}
function find(releases, tag) {
    const release = releases.find((r) => r.tag_name === tag && !r.draft) ?? releases.find((r) => r.tag_name === tag);
    if (!release)
        throw new errors/* UserError */.yo(`No release for the tag ${tag}: package managers are updated from a published release.`);
    if (release.draft)
        throw new errors/* UserError */.yo(`The release ${tag} is a draft: package managers are updated from a published release only.`);
    return release;
}
async function readPublishedRelease(api, tag, download, options = {}) {
    const log = options.log ?? (() => undefined);
    const release = find(await api.listReleases(), tag);
    const stored = release.assets.filter((a) => a.state === 'uploaded');
    const assets = [];
    for (const asset of stored) {
        const digest = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')?.[1]?.toLowerCase();
        let sha256 = digest;
        if (!sha256) {
            log(`${asset.name}: GitHub stores no digest; downloading it to hash the stored bytes.`);
            sha256 = await sha256Of(download, asset.id);
        }
        assets.push(classify({ id: asset.id, name: asset.name, size: asset.size, url: asset.browser_download_url, sha256 }));
    }
    const problems = [];
    const sumsAsset = assets.find((a) => a.name === 'SHA256SUMS');
    if (sumsAsset) {
        for (const [name, sum] of parseSums(await textOf(download, sumsAsset.id))) {
            const asset = assets.find((a) => a.name === name);
            if (asset && asset.sha256 !== sum)
                problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but the release's SHA256SUMS says ${sum}`);
        }
    }
    for (const [name, sum] of options.uploaded ?? []) {
        const asset = assets.find((a) => a.name === name);
        if (!asset)
            problems.push(`${name}: publish uploaded it, but the release has no such asset`);
        else if (asset.sha256 !== sum.toLowerCase())
            problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but publish uploaded ${sum}`);
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`The checksums of release ${tag} do not agree; no package manager was updated:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return { tag: release.tag_name, version: versionOfTag(release.tag_name), prerelease: release.prerelease, htmlUrl: release.html_url, assets };
}
/** The release a rollback of `tag` goes back to: the highest published stable version below it. */
async function previousStableTag(api, tag) {
    const current = (0,semver.valid)(versionOfTag(tag));
    const candidates = (await api.listReleases())
        .filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag)
        .filter((r) => {
        const version = (0,semver.parse)(versionOfTag(r.tag_name));
        return version && (!current || (0,semver.compare)(version, current) < 0);
    })
        .sort((a, b) => (0,semver.compare)(versionOfTag(b.tag_name), versionOfTag(a.tag_name)));
    if (!candidates[0])
        throw new errors/* UserError */.yo(`No published stable release older than ${tag} to go back to.`);
    return candidates[0].tag_name;
}

;// CONCATENATED MODULE: ./src/distribute/scoop.ts
/** Scoop: a bucket manifest with one url/hash per architecture, `bin`, `checkver` and `autoupdate`. */



const SCOOP_ARCH = { x64: '64bit', x86: '32bit', arm64: 'arm64' };
/** The URL with the version replaced by Scoop's `$version`, so autoupdate finds the next release's asset. */
function autoupdateUrl(url, version) {
    return url.split(version).join('$version');
}
function scoopFiles(context, settings) {
    const name = settings.name ?? context.product.toLowerCase();
    const picked = pickPerArch(context.release.assets, 'windows', ['zip'], settings.assets, context.product);
    const architecture = {};
    const autoupdate = {};
    for (const [arch, asset] of picked) {
        const key = SCOOP_ARCH[arch];
        if (!key)
            continue;
        architecture[key] = { url: asset.url, hash: asset.sha256 };
        autoupdate[key] = { url: autoupdateUrl(asset.url, context.release.version) };
    }
    if (Object.keys(architecture).length === 0)
        throw missingAssets('Scoop', 'Windows zip (x64, x86 or arm64)', context.release);
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('Scoop: a manifest needs a licence: set package-managers.license (or package-managers.scoop.license), e.g. MIT.');
    const manifest = {
        version: context.release.version,
        description: descriptionOf(context, settings.description),
        homepage: homepageOf(context, settings.homepage),
        license,
        architecture,
        bin: settings.bin ?? [`${name}.exe`],
        checkver: { github: `https://github.com/${context.repository}` },
        autoupdate: { architecture: autoupdate },
    };
    return [{ path: `bucket/${name}.json`, content: `${JSON.stringify(manifest, null, 4)}\n` }];
}

// EXTERNAL MODULE: ./src/distribute/settings.ts
var distribute_settings = __webpack_require__(2654);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/distribute/winget.ts
/**
 * winget: the multi-file manifest set (version, installer, defaultLocale) for an MSI, NSIS or MSIX
 * installer, at the newest released manifest schema, in the folder winget-pkgs keeps it in.
 */




/** The newest frozen schema of microsoft/winget-cli (schemas/JSON/manifests/v1.28.0); `latest/` is in development. */
const WINGET_MANIFEST_VERSION = '1.28.0';
const TYPES = { msi: 'msi', nullsoft: 'nsis', msix: 'msix' };
/** manifests/<first letter>/<Publisher>/<Package>/<version>: where winget-pkgs keeps a version. */
function wingetFolder(identifier, version) {
    return ['manifests', identifier[0].toLowerCase(), ...identifier.split('.'), version].join('/');
}
function winget_document(kind, body) {
    return `# Written by release-kit.\n# yaml-language-server: $schema=https://aka.ms/winget-manifest.${kind}.${WINGET_MANIFEST_VERSION}.schema.json\n\n${(0,dist/* stringify */.As)({ ...body, ManifestType: kind, ManifestVersion: WINGET_MANIFEST_VERSION }, { lineWidth: 0 })}`;
}
/** The installer type listed, and its assets per architecture. */
function installers(context, settings) {
    const order = settings['installer-type'] ? [settings['installer-type']] : ['msi', 'nullsoft', 'msix'];
    for (const type of order) {
        const picked = pickPerArch(context.release.assets, 'windows', [TYPES[type]], settings.assets, context.product);
        if (picked.size)
            return { type, assets: [...picked.values()] };
    }
    throw missingAssets('winget', settings['installer-type'] ? `Windows ${settings['installer-type']} installer` : 'Windows installer (MSI, NSIS .exe or MSIX)', context.release);
}
function wingetFiles(context, settings) {
    const id = settings['package-identifier'];
    const version = context.release.version;
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('winget: the defaultLocale manifest needs a licence: set package-managers.license (or package-managers.winget.license), e.g. MIT.');
    const { type, assets } = installers(context, settings);
    const folder = wingetFolder(id, version);
    const head = { PackageIdentifier: id, PackageVersion: version };
    const installerEntries = assets.map((asset) => ({
        Architecture: asset.arch === 'universal' ? 'neutral' : (asset.arch ?? 'x64'),
        InstallerUrl: asset.url,
        InstallerSha256: asset.sha256.toUpperCase(),
    }));
    const versionDoc = winget_document('version', { ...head, DefaultLocale: 'en-US' });
    const installerDoc = winget_document('installer', {
        ...head,
        // winget runs msi and nullsoft installers silently by itself (/quiet, /S): no InstallerSwitches.
        InstallerType: type,
        Installers: installerEntries,
    });
    const localeDoc = winget_document('defaultLocale', {
        ...head,
        PackageLocale: 'en-US',
        Publisher: settings.publisher,
        PackageName: settings['package-name'] ?? context.product,
        PackageUrl: homepageOf(context, settings.homepage),
        License: license,
        ShortDescription: descriptionOf(context, settings.description),
        ReleaseNotesUrl: context.release.htmlUrl,
    });
    return [
        { path: `${folder}/${id}.yaml`, content: versionDoc },
        { path: `${folder}/${id}.installer.yaml`, content: installerDoc },
        { path: `${folder}/${id}.locale.en-US.yaml`, content: localeDoc },
    ];
}

;// CONCATENATED MODULE: ./src/distribute/distribute.ts
/**
 * One run of `distribute`: for each package manager of the `package-managers:` block, the manifests of
 * the published release are generated and delivered (Homebrew tap and Scoop bucket commits, a winget
 * pull request, a Chocolatey package push, an AUR git push), or, in a dry run, written to a folder.
 * Prereleases update a manager only when its block says `prerelease: true`. A rollback re-points each
 * manager to the previous stable release.
 */














const LABEL = { homebrew: 'Homebrew', scoop: 'Scoop', winget: 'winget', chocolatey: 'Chocolatey', aur: 'AUR' };
function generate(manager, context, settings) {
    switch (manager) {
        case 'homebrew':
            return homebrewFiles(context, settings.homebrew);
        case 'scoop':
            return scoopFiles(context, settings.scoop);
        case 'winget':
            return wingetFiles(context, settings.winget);
        case 'chocolatey':
            return chocolateyFiles(context, settings.chocolatey);
        case 'aur':
            return aurFiles(context, settings.aur);
    }
}
function needRepos(request, manager) {
    if (!request.repos)
        throw new errors/* UserError */.yo(`${LABEL[manager]}: a token that can write to the repository is needed (input "repository-token").`);
    return request.repos;
}
function fromWrite(result) {
    return { outcome: result.outcome, detail: 'pull' in result ? `${result.detail}: ${result.pull.html_url}` : result.detail };
}
async function deliver(request, manager, release, files, rolledBack) {
    const { settings } = request;
    const what = rolledBack ? `${request.product} ${release.version} (${rolledBack} rolled back)` : `${request.product} ${release.version}`;
    switch (manager) {
        case 'homebrew':
        case 'scoop': {
            const block = manager === 'homebrew' ? { repository: settings.homebrew.tap, branch: settings.homebrew.branch } : { repository: settings.scoop.bucket, branch: settings.scoop.branch };
            return fromWrite(await writeToRepository(needRepos(request, manager), { repository: block.repository, ...(block.branch ? { branch: block.branch } : {}), files, mode: 'push', message: `${what}\n\nFrom ${release.htmlUrl}` }));
        }
        case 'winget': {
            const winget = settings.winget;
            const id = winget['package-identifier'];
            if (rolledBack) {
                const folder = wingetFolder(id, rolledBack.replace(/^[^\d]*/, ''));
                const remove = [`${folder}/${id}.yaml`, `${folder}/${id}.installer.yaml`, `${folder}/${id}.locale.en-US.yaml`];
                const version = rolledBack.replace(/^[^\d]*/, '');
                const removal = fromWrite(await writeToRepository(needRepos(request, manager), {
                    repository: winget.repository,
                    files: [],
                    remove,
                    mode: 'pull-request',
                    fork: winget.fork,
                    pullBranch: `release-kit/${id}-${version}-removal`,
                    message: `Remove version: ${id} version ${version}`,
                    pullBody: `The release ${rolledBack} was rolled back; ${release.tag} is the current version (${release.htmlUrl}).`,
                }));
                // Never merged: there is nothing to remove, but its pull request may still be open.
                if (removal.outcome === 'unchanged')
                    removal.detail = `${winget.repository} has no manifests of ${id} ${version}; if its pull request is still open, close it`;
                return removal;
            }
            return fromWrite(await writeToRepository(needRepos(request, manager), {
                repository: winget.repository,
                files,
                mode: 'pull-request',
                fork: winget.fork,
                pullBranch: `release-kit/${id}-${release.version}`,
                message: `New version: ${id} version ${release.version}`,
                pullBody: `Release: ${release.htmlUrl}\n\nInstaller URLs and SHA256 come from the assets GitHub stores for ${release.tag}.`,
            }));
        }
        case 'chocolatey': {
            const choco = settings.chocolatey;
            if (!request.chocolateyApiKey)
                throw new errors/* UserError */.yo('Chocolatey: the feed API key is needed (input "chocolatey-api-key").');
            const id = chocolateyId(request.product, choco);
            if (rolledBack) {
                const version = chocolateyVersion(rolledBack.replace(/^[^\d]*/, ''));
                const outcome = await nugetUnlist(choco.feed, id, version, request.chocolateyApiKey);
                return { outcome: outcome === 'unlisted' ? 'unlisted' : 'unchanged', detail: outcome === 'unlisted' ? `${id} ${version} unlisted from ${choco.feed}; ${release.version} is the newest listed` : `${choco.feed} has no ${id} ${version}` };
            }
            const work = await (0,promises_.mkdtemp)(external_node_path_default().join(request.tempRoot ?? external_node_os_default().tmpdir(), 'release-kit-choco-'));
            try {
                await writeFiles(external_node_path_default().join(work, 'package'), files);
                const nupkg = await nugetPack(external_node_path_default().join(work, 'package'), files[0].path, external_node_path_default().join(work, 'out'));
                const outcome = await nugetPush(nupkg, choco.feed, request.chocolateyApiKey);
                return { outcome, detail: `${external_node_path_default().basename(nupkg)} ${outcome === 'pushed' ? 'pushed to' : 'is already on'} ${choco.feed}` };
            }
            finally {
                await (0,promises_.rm)(work, { recursive: true, force: true });
            }
        }
        case 'aur': {
            const aur = settings.aur;
            const result = await pushToAur({ remote: aur.remote, files, message: `${what}`, ...(request.aurSshKey ? { sshKey: request.aurSshKey } : {}), ...(request.tempRoot ? { tempRoot: request.tempRoot } : {}) });
            return { outcome: result.outcome, detail: result.commit ? `${aurPackageName(request.product, aur)}: ${result.commit.slice(0, 7)} pushed to ${aur.remote}` : `${aur.remote} already has these files` };
        }
    }
}
async function writeFiles(dir, files) {
    for (const file of files) {
        const target = external_node_path_default().join(dir, file.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, file.content);
    }
}
async function distribute(request) {
    const log = request.log ?? (() => undefined);
    const managers = distribute_settings/* MANAGERS */.TN.filter((m) => request.settings[m] !== undefined);
    if (managers.length === 0)
        throw new errors/* UserError */.yo('release-kit.yml has no package-managers block with a manager (homebrew, scoop, winget, chocolatey or aur): nothing to distribute.');
    // A rolled-back release is usually a draft again: only its tag is needed, to find the one before it.
    const tag = request.mode === 'rollback' ? await previousStableTag(request.releases, request.tag) : request.tag;
    if (request.mode === 'rollback')
        log(`${request.tag} was rolled back: package managers go back to ${tag}.`);
    const release = await readPublishedRelease(request.releases, tag, request.download, { ...(request.uploaded && request.mode === 'publish' ? { uploaded: request.uploaded } : {}), log });
    const { settings } = request;
    const context = {
        release,
        product: request.product,
        repository: request.repository,
        ...(settings.description ? { description: settings.description } : {}),
        ...(settings.homepage ? { homepage: settings.homepage } : {}),
        ...(settings.license ? { license: settings.license } : {}),
    };
    const results = [];
    for (const manager of managers) {
        const block = settings[manager];
        if (request.mode === 'publish' && release.prerelease && !block.prerelease) {
            results.push({ manager, tag: release.tag, outcome: 'not-for-prereleases', detail: `${release.tag} is a prerelease; set package-managers.${manager}.prerelease: true to update ${LABEL[manager]} for prereleases`, files: [] });
            continue;
        }
        try {
            const files = generate(manager, context, settings);
            if (request.dryRunDir) {
                await writeFiles(external_node_path_default().join(request.dryRunDir, manager), files);
                results.push({ manager, tag: release.tag, outcome: 'written', detail: `written to ${external_node_path_default().join(request.dryRunDir, manager)}`, files: files.map((f) => f.path) });
                continue;
            }
            const done = await deliver(request, manager, release, files, request.mode === 'rollback' ? request.tag : undefined);
            log(`${LABEL[manager]}: ${done.detail}`);
            results.push({ manager, tag: release.tag, ...done, files: files.map((f) => f.path) });
        }
        catch (error) {
            results.push({ manager, tag: release.tag, outcome: 'failed', detail: (0,errors/* errorMessage */.gJ)(error), files: [] });
        }
    }
    return { release, results };
}
function managerLabel(manager) {
    return LABEL[manager];
}

;// CONCATENATED MODULE: ./src/distribute/octokit-repo-api.ts

/** A failed call names the request and GitHub's message (a 403/404 usually means the token cannot write there). */
async function call(what, work) {
    try {
        return (await work()).data;
    }
    catch (error) {
        const e = error;
        if (typeof e.status !== 'number')
            throw error;
        const hint = e.status === 403 || e.status === 404 ? ' (does the token have write access to it?)' : '';
        throw new errors/* UserError */.yo(`${what}: HTTP ${e.status} ${e.response?.data?.message ?? e.message ?? ''}${hint}`.trim());
    }
}
function octokitRepoApi(client, forkWait = { attempts: 20, delayMs: 3000 }) {
    return {
        async getRepository(owner, repo) {
            const data = await call(`Reading ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
            return { owner: data.owner.login, name: data.name, defaultBranch: data.default_branch };
        },
        async getBranchHead(owner, repo, branch) {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${branch}` });
                return data.object.sha;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                return call(`Reading ${owner}/${repo} branch ${branch}`, () => Promise.reject(error));
            }
        },
        async getCommitTree(owner, repo, sha) {
            return (await call(`Reading commit ${sha} of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo, commit_sha: sha }))).tree.sha;
        },
        async readFile(owner, repo, path, branch) {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref: branch });
                if (Array.isArray(data) || data.type !== 'file')
                    throw new errors/* UserError */.yo(`${owner}/${repo}: ${path} is not a file.`);
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                return call(`Reading ${path} of ${owner}/${repo}`, () => Promise.reject(error));
            }
        },
        async listTree(owner, repo, sha) {
            const data = await call(`Reading the files of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: 'true' }));
            if (data.truncated)
                throw new errors/* UserError */.yo(`${owner}/${repo}: GitHub truncated the file list; cannot compare the manifests with what is there.`);
            return data.tree.map((e) => ({ path: e.path, type: e.type, sha: e.sha }));
        },
        async createBlob(owner, repo, content) {
            return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/blobs', { owner, repo, content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' }))).sha;
        },
        async createTree(owner, repo, baseTree, entries) {
            const tree = entries.map((e) => ({ path: e.path, mode: '100644', type: 'blob', sha: e.sha }));
            return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/trees', { owner, repo, base_tree: baseTree, tree }))).sha;
        },
        async createCommit(owner, repo, message, tree, parent) {
            return (await call(`Committing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/commits', { owner, repo, message, tree, parents: [parent] }))).sha;
        },
        async createBranch(owner, repo, branch, sha) {
            await call(`Creating branch ${branch} in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha }));
        },
        async updateBranch(owner, repo, branch, sha, force) {
            await call(`Moving branch ${branch} of ${owner}/${repo}`, () => client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `heads/${branch}`, sha, force }));
        },
        async findOpenPull(owner, repo, head, base) {
            const data = await call(`Listing pull requests of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head, base, state: 'open', per_page: 100 }));
            const found = data.find((p) => `${p.head.repo?.owner.login ?? ''}:${p.head.ref}` === head || p.head.label === head);
            return found ? { number: found.number, html_url: found.html_url } : undefined;
        },
        async createPull(owner, repo, fields) {
            const data = await call(`Opening a pull request in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, ...fields, maintainer_can_modify: true }));
            return { number: data.number, html_url: data.html_url };
        },
        async fork(owner, repo) {
            const data = await call(`Forking ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/forks', { owner, repo, default_branch_only: true }));
            // GitHub creates a fork in the background (202): wait until its default branch can be read.
            for (let attempt = 0;; attempt++) {
                const ready = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: data.owner.login, repo: data.name, ref: `heads/${data.default_branch}` }).then(() => true, () => false);
                if (ready)
                    break;
                if (attempt >= forkWait.attempts)
                    throw new errors/* UserError */.yo(`The fork ${data.full_name} of ${owner}/${repo} was not ready after ${(forkWait.attempts * forkWait.delayMs) / 1000} s; run again.`);
                await new Promise((resolve) => setTimeout(resolve, forkWait.delayMs));
            }
            return { owner: data.owner.login, name: data.name };
        },
    };
}

;// CONCATENATED MODULE: ./src/distribute/run.ts
/**
 * `distribute` from release-kit.yml, shared by the action and the CLI: reads the settings, builds the
 * GitHub clients from the tokens given, updates the package managers and keeps CHANGELOG.md.
 */











/** Streams a stored asset through the API (GitHub answers with a redirect to the bytes). */
function assetDownloader(apiUrl, repository, token) {
    return async (id) => {
        const url = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/releases/assets/${id}`;
        const response = await fetch(url, { headers: { authorization: `token ${token}`, accept: 'application/octet-stream', 'user-agent': 'release-kit', 'x-github-api-version': '2022-11-28' } });
        if (!response.ok || !response.body)
            throw new errors/* UserError */.yo(`Downloading release asset ${id} of ${repository} failed: HTTP ${response.status}`);
        return response.body;
    };
}
/** The publish step's `assets` output as name → sha256. */
function parseUploaded(json, describe) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        throw new UserError(`${describe} is not JSON: give the assets output of publish ([{ "name", "sha256", … }]).`);
    }
    if (!Array.isArray(parsed) || parsed.some((a) => typeof a?.name !== 'string' || !/^[0-9a-f]{64}$/i.test(String(a?.sha256)))) {
        throw new UserError(`${describe} must be the assets output of publish: a JSON array of { "name", "sha256" }.`);
    }
    return new Map(parsed.map((a) => [a.name, a.sha256.toLowerCase()]));
}
async function runDistribute(settings) {
    const config = await (0,load_config/* loadReleaseKitConfig */.A)(settings.configFile, settings.configShown ?? settings.configFile);
    const managers = config['package-managers'];
    const changelogMode = config.notes?.['changelog-commit'] ?? 'off';
    const hasManager = Boolean(managers && ['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'].some((m) => managers[m]));
    if (!hasManager && changelogMode === 'off') {
        throw new errors/* UserError */.yo(`${settings.configShown ?? settings.configFile} sets up no package manager (package-managers: homebrew, scoop, winget, chocolatey, aur) and notes.changelog-commit is off: nothing to do.`);
    }
    const apiUrl = settings.apiUrl ?? 'https://api.github.com';
    const client = (0,github/* githubClient */.$f)({ token: settings.githubToken, baseUrl: apiUrl, log: settings.log });
    const [owner, repo] = settings.repository.split('/');
    const report = { failures: [] };
    if (hasManager) {
        const distribution = await distribute({
            settings: managers,
            product: config.product.name,
            repository: settings.repository,
            tag: settings.tag,
            mode: settings.mode,
            ...(settings.dryRunDir ? { dryRunDir: settings.dryRunDir } : {}),
            ...(settings.uploaded ? { uploaded: settings.uploaded } : {}),
            releases: octokitReleaseApi(client, owner, repo, settings.githubToken),
            download: assetDownloader(apiUrl, settings.repository, settings.githubToken),
            ...(settings.repositoryToken ? { repos: octokitRepoApi((0,github/* githubClient */.$f)({ token: settings.repositoryToken, baseUrl: apiUrl, log: settings.log })) } : {}),
            ...(settings.chocolateyApiKey ? { chocolateyApiKey: settings.chocolateyApiKey } : {}),
            ...(settings.aurSshKey ? { aurSshKey: settings.aurSshKey } : {}),
            ...(settings.tempRoot ? { tempRoot: settings.tempRoot } : {}),
            log: settings.log,
        });
        report.distribution = distribution;
        for (const result of distribution.results)
            if (result.outcome === 'failed')
                report.failures.push(`${managerLabel(result.manager)}: ${result.detail}`);
    }
    if (changelogMode !== 'off' && settings.mode === 'publish' && !settings.dryRunDir) {
        const file = config.notes?.['changelog-file'] ?? 'CHANGELOG.md';
        const local = external_node_path_default().resolve(settings.workspace, file);
        if (external_node_path_default().relative(settings.workspace, local).startsWith('..'))
            throw new errors/* UserError */.yo(`notes.changelog-file ${file} is outside the workspace.`);
        const updated = await (0,promises_.readFile)(local, 'utf8').catch(() => {
            throw new errors/* UserError */.yo(`notes.changelog-commit is ${changelogMode}, but ${file} does not exist in the workspace: run release-notes with changelog-file first.`);
        });
        try {
            const result = await commitChangelog(octokitRepoApi(client), { repository: settings.repository, file: external_node_path_default().relative(settings.workspace, local).split((external_node_path_default()).sep).join('/'), updated, version: versionOfTag(settings.tag), tag: settings.tag, mode: changelogMode });
            report.changelog = { file, result };
            settings.log(`${file}: ${result.detail}`);
        }
        catch (error) {
            report.failures.push(`${file}: ${error.message}`);
        }
    }
    return report;
}
/** Markdown for the job summary (and the CLI's closing lines). */
function reportMarkdown(report) {
    let text = '';
    if (report.distribution) {
        const { release, results } = report.distribution;
        text += `### Package managers for [${release.tag}](${release.htmlUrl})\n\n`;
        text += table(['Manager', 'Release', 'Outcome', 'Detail'], results.map((r) => [managerLabel(r.manager), r.tag ?? '', r.outcome === 'failed' ? '❌ failed' : r.outcome, cell(r.detail)]));
    }
    if (report.changelog)
        text += `\n${report.changelog.file}: ${report.changelog.result.outcome} — ${cell(report.changelog.result.detail)}\n`;
    return text;
}

// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/distribute.ts





const distributeCommand = (0,command/* defineCommand */.NB)({
    name: 'distribute',
    synopsis: '[options]',
    summary: 'Package manager manifests (Homebrew, Scoop, winget, Chocolatey, AUR) from a published release, delivered or written for review.',
    options: [
        { name: 'tag', type: 'string', value: 'TAG', help: 'The published release (default: GITHUB_REF\'s tag).' },
        { name: 'repository', type: 'string', value: 'OWNER/REPO', help: 'The product\'s repository (default: GITHUB_REPOSITORY).' },
        { name: 'config', type: 'string', value: 'FILE', help: 'The config with the package-managers block (default: release-kit.yml).' },
        { name: 'dry-run', type: 'boolean', help: 'Write the manifests to --out for review; deliver nothing.' },
        { name: 'out', type: 'string', value: 'DIR', help: 'The dry run\'s folder (default: package-manifests).' },
        { name: 'mode', type: 'string', value: 'MODE', help: 'publish (default) or rollback (point each manager back at the release before --tag).' },
    ],
    epilogue: `Tokens come from the environment: GITHUB_TOKEN (reads the release), RELEASE_KIT_REPOSITORY_TOKEN
(tap, bucket, winget fork), CHOCOLATEY_API_KEY, AUR_SSH_KEY; GITHUB_API_URL for GitHub Enterprise.`,
    async run(values) {
        const source = (0,command/* optionSource */.Ns)(values);
        const env = process.env;
        const tag = (0,inputs/* stringField */.OM)(source, 'tag') || (env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : '');
        if (!tag)
            throw new errors/* InputError */.dz(source.describe('tag'), '', 'it is required: the tag of a published release');
        const repository = (0,inputs/* stringField */.OM)(source, 'repository') || env.GITHUB_REPOSITORY || '';
        if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
            throw new errors/* InputError */.dz(source.describe('repository'), repository, 'it must be owner/repo (or set GITHUB_REPOSITORY)');
        const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
        if (!token)
            throw new errors/* UserError */.yo('GITHUB_TOKEN (or GH_TOKEN) must hold a token that can read the release.');
        const dryRun = values['dry-run'] === true;
        if (values.out !== undefined && !dryRun)
            throw new errors/* InputError */.dz(source.describe('out'), String(values.out), '--out is only for --dry-run');
        const config = (0,inputs/* stringField */.OM)(source, 'config', { default: 'release-kit.yml' });
        const report = await runDistribute({
            configFile: external_node_path_default().resolve(config),
            configShown: config,
            workspace: process.cwd(),
            repository,
            tag,
            mode: (0,inputs/* choiceField */.cM)(source, 'mode', ['publish', 'rollback'], { default: 'publish' }),
            ...(dryRun ? { dryRunDir: external_node_path_default().resolve((0,inputs/* stringField */.OM)(source, 'out', { default: 'package-manifests' })) } : {}),
            githubToken: token,
            ...(env.RELEASE_KIT_REPOSITORY_TOKEN ? { repositoryToken: env.RELEASE_KIT_REPOSITORY_TOKEN } : {}),
            ...(env.CHOCOLATEY_API_KEY ? { chocolateyApiKey: env.CHOCOLATEY_API_KEY } : {}),
            ...(env.AUR_SSH_KEY ? { aurSshKey: env.AUR_SSH_KEY } : {}),
            ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
            log: (message) => console.error(message),
        });
        console.log(reportMarkdown(report).trim());
        if (report.failures.length)
            throw new errors/* UserError */.yo(`not every package manager was updated:\n${report.failures.map((f) => `  ${f}`).join('\n')}`);
    },
});


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   T8: () => (/* binding */ splitRepository)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




const Client = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** A stand-in for the throttling plugin's spacing group that lets every request through at once. */
const UNSPACED = { key: () => ({ schedule: (_options, job) => job() }) };
/** An API on this machine: 127.0.0.1, ::1 or localhost. */
function isLoopback(baseUrl) {
    try {
        return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(baseUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * An Octokit that retries server errors and waits out primary and secondary rate limits, honouring
 * `Retry-After` and `x-ratelimit-reset`, up to `retries` times. Writes are spaced per credential (GitHub
 * counts its secondary limits per token): clients of one token in a process share the spacing, clients
 * of different tokens (jobs of their own) do not wait for each other; an API on loopback is not spaced.
 */
function githubClient(options) {
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
            ...(isLoopback(baseUrl) ? { write: UNSPACED, notifications: UNSPACED } : {}),
            id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${baseUrl}\n${options.token}`).digest('hex').slice(0, 16),
            onRateLimit: (after, request, _octokit, count) => {
                log(`Rate limit reached for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
                return count < retries;
            },
            onSecondaryRateLimit: (after, request, _octokit, count) => {
                log(`Secondary rate limit for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
                return count < retries;
            },
        },
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    });
}
/** `owner/repo` → parts, or an error message naming the value. */
function splitRepository(repository) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
    if (!match)
        throw new Error(`"${repository}" is not an owner/repo name`);
    return { owner: match[1], repo: match[2] };
}


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ headingPattern),
/* harmony export */   Jf: () => (/* binding */ upsertChangelogSection),
/* harmony export */   UV: () => (/* binding */ changelogSection),
/* harmony export */   _0: () => (/* binding */ CHANGELOG_TITLE)
/* harmony export */ });
/* unused harmony export changelogHeading */
/** CHANGELOG.md sections, newest first; writing one version twice replaces it instead of repeating it. */
function changelogHeading(version, date, compareUrl) {
    return `## ${compareUrl ? `[${version}](${compareUrl})` : version} (${date})`;
}
function changelogSection(version, date, body, compareUrl) {
    return `${changelogHeading(version, date, compareUrl)}\n\n${body.trim()}\n`;
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line where the section of `version` starts: `## 1.2.3`, `## [1.2.3](…)`, `## v1.2.3 …`. */
function headingPattern(version) {
    return new RegExp(`^##\\s+\\[?v?${escape(version)}(?:\\]|\\s|$)`);
}
const CHANGELOG_TITLE = '# Changelog\n\nAll notable changes to this project are listed here, newest first.\n';
/**
 * Puts `section` into a changelog: replaces the section of the same version if there is one, else
 * inserts it above the newest section (below the title and introduction).
 */
function upsertChangelogSection(existing, version, section) {
    const text = existing.trim() ? existing.replace(/\r\n/g, '\n') : CHANGELOG_TITLE;
    const lines = text.split('\n');
    const pattern = headingPattern(version);
    const start = lines.findIndex((line) => pattern.test(line));
    const block = section.trimEnd().split('\n');
    if (start !== -1) {
        let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
        if (end === -1)
            end = lines.length;
        while (end > start + 1 && lines[end - 1].trim() === '')
            end--;
        lines.splice(start, end - start, ...block);
        return `${lines.join('\n').trimEnd()}\n`;
    }
    let at = lines.findIndex((line) => /^##\s/.test(line));
    if (at === -1) {
        return `${text.trimEnd()}\n\n${block.join('\n')}\n`;
    }
    lines.splice(at, 0, ...block, '');
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ })

};
