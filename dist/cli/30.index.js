export const id = 30;
export const ids = [30];
export const modules = {

/***/ 6030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyFeedCommand: () => (/* binding */ verifyFeedCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/feed/minisign.ts
var minisign = __webpack_require__(3576);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/checksum/hash-files.ts + 1 modules
var hash_files = __webpack_require__(1681);
// EXTERNAL MODULE: ./src/kit/asset-name.ts
var asset_name = __webpack_require__(10);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/map-limit.ts
var map_limit = __webpack_require__(9464);
// EXTERNAL MODULE: ./src/kit/retry.ts
var retry = __webpack_require__(1834);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/feed/blockmap.ts
/**
 * electron-builder's block maps: the chunk list electron-updater uses to download only the changed
 * parts of an update. A `.blockmap` file beside the installer is gzip'd JSON; an AppImage carries its
 * block map at its end (deflated JSON, then its length as a 4-byte big-endian number).
 */


/** The number of bytes a block map describes, or undefined when the data is not a block map. */
function describedSize(json) {
    try {
        const map = JSON.parse(json);
        if (!Array.isArray(map.files) || map.files.length === 0)
            return undefined;
        let total = 0;
        for (const file of map.files) {
            if (!Array.isArray(file.sizes))
                return undefined;
            for (const size of file.sizes)
                total += size;
        }
        return total;
    }
    catch {
        return undefined;
    }
}
/** The `.blockmap` beside a file, if there is one. */
async function readBlockMapFile(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    let describes;
    try {
        describes = describedSize((0,external_node_zlib_.gunzipSync)(await (0,promises_.readFile)(path)).toString('utf8'));
    }
    catch {
        describes = undefined;
    }
    return { size: info.size, ...(describes !== undefined ? { describes } : {}) };
}
/** Largest embedded block map looked for: electron-builder's are a few hundred KiB for a 200 MiB AppImage. */
const MAX_EMBEDDED = 64 * 1024 * 1024;
/** The block map embedded at the end of a file (electron-builder's AppImages), if there is one. */
async function readEmbeddedBlockMap(path, fileSize) {
    if (fileSize < 8)
        return undefined;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const tail = Buffer.alloc(4);
        await handle.read(tail, 0, 4, fileSize - 4);
        const length = tail.readUInt32BE(0);
        if (length === 0 || length > MAX_EMBEDDED || length + 4 > fileSize)
            return undefined;
        const data = Buffer.alloc(length);
        await handle.read(data, 0, length, fileSize - 4 - length);
        let describes;
        try {
            describes = describedSize((0,external_node_zlib_.inflateRawSync)(data).toString('utf8'));
        }
        catch {
            return undefined;
        }
        // The block map covers the file as it was before the map and its length were appended.
        return describes === undefined ? undefined : { size: length, describes: describes + length + 4 };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/feed/verify.ts
/**
 * Checks an update feed against the files it names, the way the updaters will: electron-updater feeds
 * by size and sha512 of every `files[]` entry (and the legacy top-level `path`/`sha512`), Tauri's
 * `latest.json` by the minisign signature of every platform's bundle. Files are read from a folder or
 * downloaded. A file changed after the feed was built (signed again, rebuilt) is a mismatch naming it.
 */















/** A draft release's download URL: it stops working once the release is published. */
const UNTAGGED = /\/releases\/download\/untagged-[^/]+\//;
const UNTAGGED_PROBLEM = 'the URL points to a draft release ("untagged-…"), which stops working when the release is published; use the tag in the URL';
const isUrl = (text) => /^https?:\/\//i.test(text);
const joinUrl = (base, name) => new URL(name, base.endsWith('/') ? base : `${base}/`).href;
const lastSegment = (url) => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
const describe = (source) => (source.kind === 'file' ? source.path : source.url);
/**
 * A local file by the name the feed gives; in the build folder, where files still carry the names they
 * had before GitHub stored them (`My App Setup.exe` for `My.App.Setup.exe`), by its stored name.
 */
function localFile(folder, name) {
    const exact = external_node_path_default().resolve(folder, name);
    if ((0,external_node_fs_.existsSync)(exact) || name.includes('/'))
        return exact;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return exact;
    }
    const matches = entries.filter((entry) => (0,asset_name/* storedAssetName */.b)(entry) === name);
    return matches.length === 1 ? external_node_path_default().join(folder, matches[0]) : exact;
}
function locate(url, request) {
    const name = isUrl(url) ? lastSegment(url) : url;
    if (request.dir)
        return { kind: 'file', path: localFile(request.dir, name) };
    if (request.baseUrl)
        return { kind: 'url', url: joinUrl(request.baseUrl, name) };
    if (isUrl(url))
        return { kind: 'url', url };
    return { kind: 'file', path: localFile(external_node_path_default().dirname(request.feedFile), url) };
}
class HttpStatusError extends Error {
    status;
    constructor(status, url) {
        super(`HTTP ${status} from ${url}`);
        this.status = status;
    }
}
/** Downloads a file (to `into`, when given) while hashing it with sha512; retried on network errors and 5xx. */
async function download(url, request, into) {
    const fetchImpl = request.fetch ?? fetch;
    return (0,retry/* withRetry */.bD)(async () => {
        const response = await fetchImpl(url, { redirect: 'follow' });
        if (!response.ok || !response.body)
            throw new HttpStatusError(response.status, url);
        const hash = (0,external_node_crypto_.createHash)('sha512');
        let size = 0;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                size += chunk.length;
                callback(null, chunk);
            },
        });
        const body = external_node_stream_.Readable.fromWeb(response.body);
        if (into)
            await (0,external_node_stream_promises_.pipeline)(body, counter, (0,external_node_fs_.createWriteStream)(into));
        else
            await (0,external_node_stream_promises_.pipeline)(body, counter, async (source) => { for await (const chunk of source)
                void chunk; });
        return { size, sha512: hash.digest('base64') };
    }, {
        attempts: 4,
        initialDelayMs: 500,
        maxDelayMs: 8000,
        retryable: (error) => !(error instanceof HttpStatusError) || error.status >= 500 || error.status === 429,
    });
}
function unreadable(error, source) {
    if (error instanceof HttpStatusError)
        return `cannot be downloaded (${error.message})`;
    const code = error.code;
    if (code === 'ENOENT')
        return `is missing (${describe(source)})`;
    return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
async function verifyElectron(document, request, hashOptions) {
    const feedName = external_node_path_default().basename(request.feedFile);
    const files = Array.isArray(document.files) ? document.files : [];
    if (files.length === 0)
        throw new errors/* UserError */.yo(`${feedName} lists no files (no "files" list): it is not an electron-updater feed.`);
    const checks = [];
    const entries = files.map((file, index) => {
        if (typeof file?.url !== 'string' || typeof file.sha512 !== 'string') {
            throw new errors/* UserError */.yo(`${feedName}: entry ${index + 1} of "files" needs a url and a sha512.`);
        }
        return { url: file.url, sha512: file.sha512, size: typeof file.size === 'number' ? file.size : undefined, blockMapSize: file.blockMapSize, source: locate(file.url, request) };
    });
    if (typeof document.path === 'string') {
        const listed = entries.find((entry) => entry.url === document.path);
        if (!listed)
            checks.push({ entry: document.path, source: feedName, problem: `the top-level path ${JSON.stringify(document.path)} is not one of the files` });
        else if (document.sha512 !== undefined && document.sha512 !== listed.sha512) {
            checks.push({ entry: document.path, source: feedName, problem: 'the top-level sha512 differs from the files entry of the same path (older electron-updater versions read it)' });
        }
    }
    // Local files: hashed together on every core; each missing or odd one becomes its entry's problem.
    const localDigests = new Map();
    const present = [];
    for (const file of new Set(entries.flatMap((entry) => (entry.source.kind === 'file' ? [entry.source.path] : [])))) {
        try {
            if ((await (0,promises_.stat)(file)).isFile())
                present.push(file);
            else
                localDigests.set(file, { error: new Error('not a regular file') });
        }
        catch (error) {
            localDigests.set(file, { error });
        }
    }
    const hashed = await (0,hash_files/* hashFiles */.y)(present, ['sha512'], hashOptions);
    hashed.forEach((digest) => localDigests.set(digest.path, { size: digest.size, sha512: Buffer.from(digest.digests.sha512, 'hex').toString('base64') }));
    const results = await (0,map_limit/* mapLimit */.s)(entries, request.concurrency ?? 4, async (entry) => {
        const where = describe(entry.source);
        if (UNTAGGED.test(entry.url))
            return { entry: entry.url, source: where, problem: `${entry.url}: ${UNTAGGED_PROBLEM}` };
        let actual;
        try {
            if (entry.source.kind === 'file') {
                const known = localDigests.get(entry.source.path);
                if ('error' in known)
                    throw known.error;
                actual = known;
            }
            else {
                actual = await download(entry.source.url, request);
            }
        }
        catch (error) {
            return { entry: entry.url, source: where, problem: `${entry.url} ${unreadable(error, entry.source)}` };
        }
        const stale = 'the file changed after the feed was built (signed or rebuilt again?); build the feed from the final files';
        if (entry.size !== undefined && entry.size !== actual.size) {
            return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: size is ${actual.size}, but ${feedName} lists ${entry.size}: ${stale}` };
        }
        if (entry.sha512 !== actual.sha512) {
            return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: sha512 is ${actual.sha512}, but ${feedName} lists ${entry.sha512}: ${stale}` };
        }
        if (typeof entry.blockMapSize === 'number' && entry.source.kind === 'file') {
            const map = /\.appimage$/i.test(entry.url)
                ? await readEmbeddedBlockMap(entry.source.path, actual.size)
                : await readBlockMapFile(`${entry.source.path}.blockmap`);
            if (map && map.size !== entry.blockMapSize) {
                return { entry: entry.url, source: where, size: actual.size, problem: `${entry.url}: its block map is ${map.size} bytes, but ${feedName} lists blockMapSize ${entry.blockMapSize}` };
            }
        }
        return { entry: entry.url, source: where, size: actual.size };
    });
    return [...checks, ...results];
}
async function verifyTauri(document, request) {
    const feedName = external_node_path_default().basename(request.feedFile);
    const platforms = document.platforms;
    if (typeof platforms !== 'object' || platforms === null || Object.keys(platforms).length === 0) {
        throw new errors/* UserError */.yo(`${feedName} has no platforms: it is not a Tauri update manifest.`);
    }
    if (!request.publicKey) {
        throw new errors/* UserError */.yo(`Checking ${feedName} needs the updater's public key (public-key: the pubkey of tauri.conf.json, or the minisign .pub file).`);
    }
    const entries = Object.entries(platforms).map(([key, value]) => {
        if (typeof value?.url !== 'string' || typeof value.signature !== 'string' || !isUrl(value.url)) {
            throw new errors/* UserError */.yo(`${feedName}: the platform ${key} needs an absolute url and a signature.`);
        }
        return { key, url: value.url, signature: value.signature, source: locate(value.url, request) };
    });
    const temp = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'release-kit-feed-'));
    try {
        // One download per file, even when several platform keys name it.
        const fetched = new Map();
        const obtain = (source) => {
            const id = describe(source);
            if (!fetched.has(id)) {
                fetched.set(id, (async () => {
                    if (source.kind === 'file') {
                        const info = await (0,promises_.stat)(source.path);
                        if (!info.isFile())
                            throw new Error('not a regular file');
                        return { path: source.path, size: info.size };
                    }
                    const into = external_node_path_default().join(temp, `${fetched.size}-${lastSegment(source.url) || 'download'}`);
                    const { size } = await download(source.url, request, into);
                    return { path: into, size };
                })());
            }
            return fetched.get(id);
        };
        return await (0,map_limit/* mapLimit */.s)(entries, request.concurrency ?? 4, async (entry) => {
            const where = describe(entry.source);
            if (UNTAGGED.test(entry.url))
                return { entry: entry.key, source: where, problem: `${entry.key}: ${UNTAGGED_PROBLEM}` };
            let file;
            try {
                file = await obtain(entry.source);
            }
            catch (error) {
                return { entry: entry.key, source: where, problem: `${entry.key}: ${lastSegment(entry.url)} ${unreadable(error, entry.source)}` };
            }
            const check = await (0,minisign/* verifyTauriSignature */.XQ)(file.path, entry.signature, request.publicKey).catch((error) => ({ ok: false, message: error.message }));
            if (!check.ok) {
                return {
                    entry: entry.key,
                    source: where,
                    size: file.size,
                    problem: `${entry.key}: ${lastSegment(entry.url)} does not match its signature in ${feedName} (${check.message}): ` +
                        'the file changed after it was signed and the feed built, or it was signed with another key; sign the final bytes and rebuild the feed',
                };
            }
            return { entry: entry.key, source: where, size: file.size };
        });
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}
async function verifyFeed(request, hashOptions = {}) {
    const feedName = external_node_path_default().basename(request.feedFile);
    let text;
    try {
        text = await (0,promises_.readFile)(request.feedFile, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read the feed ${request.feedFile}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
    }
    let document;
    let format;
    if (text.trimStart().startsWith('{')) {
        format = 'tauri';
        try {
            document = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${feedName} is not valid JSON: ${error.message}`);
        }
    }
    else {
        format = 'electron';
        try {
            document = (0,dist/* parse */.qg)(text, { version: '1.1' });
        }
        catch (error) {
            throw new errors/* UserError */.yo(`${feedName} is not valid YAML: ${error.message}`);
        }
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document))
        throw new errors/* UserError */.yo(`${feedName} is not an update feed (not a mapping).`);
    const record = document;
    const version = typeof record.version === 'string' ? record.version : '';
    const checks = format === 'tauri' ? await verifyTauri(record, request) : await verifyElectron(record, request, hashOptions);
    if (!version)
        checks.unshift({ entry: 'version', source: feedName, problem: `${feedName} has no version` });
    return { format, version, checks, problems: checks.filter((check) => check.problem !== undefined) };
}

// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/feed.ts






const verifyFeedCommand = (0,command/* defineCommand */.NB)({
    name: 'verify-feed',
    synopsis: '[options] <feed file>...',
    summary: 'Check latest*.yml / latest.json update feeds against the files they name.',
    options: [
        { name: 'dir', type: 'string', value: 'DIR', help: 'read the files from DIR (default: beside the feed; Tauri URLs are downloaded)' },
        { name: 'base-url', type: 'string', value: 'URL', help: 'download the files from URL + name instead' },
        { name: 'public-key', type: 'string', value: 'KEY', help: 'Tauri: the updater public key (pubkey of tauri.conf.json, .pub content or RW… line)' },
        { name: 'threads', type: 'string', value: 'N', help: 'hashing threads (default: every core)' },
    ],
    async run(values, positionals) {
        if (positionals.length === 0)
            throw new command/* UsageError */.eb('verify-feed needs the feed file to check (latest.yml, latest-mac.yml, latest.json…)', verifyFeedCommand);
        const source = (0,command/* optionSource */.Ns)(values);
        const dir = (0,inputs/* stringField */.OM)(source, 'dir');
        const baseUrl = (0,inputs/* stringField */.OM)(source, 'base-url');
        if (dir && baseUrl)
            throw new errors/* InputError */.dz(source.describe('base-url'), baseUrl, '--dir and --base-url cannot both be given');
        if (baseUrl && !/^https?:\/\/[^/]/i.test(baseUrl))
            throw new errors/* InputError */.dz(source.describe('base-url'), baseUrl, 'it must be an absolute http(s) URL');
        const keyText = (0,inputs/* stringField */.OM)(source, 'public-key');
        const publicKey = keyText ? (0,minisign/* parsePublicKey */.ee)(keyText) : undefined;
        if (keyText && !publicKey)
            throw new errors/* InputError */.dz(source.describe('public-key'), keyText, minisign/* PUBLIC_KEY_FORMS */.mQ);
        const threads = source.read('threads') ? (0,inputs/* integerField */.nm)(source, 'threads', { min: 1, max: 256 }) : undefined;
        let failed = 0;
        let total = 0;
        for (const feed of positionals) {
            const feedFile = external_node_path_default().resolve(feed);
            const report = await verifyFeed({ feedFile, ...(dir ? { dir: external_node_path_default().resolve(dir) } : {}), ...(baseUrl ? { baseUrl } : {}), ...(publicKey ? { publicKey } : {}) }, threads ? { threads } : {});
            for (const check of report.checks) {
                console.log(check.problem ? `FAILED ${check.problem}` : `OK ${external_node_path_default().basename(feed)}: ${check.entry} (${check.size} bytes, ${report.format === 'tauri' ? 'signature' : 'size and sha512'})`);
            }
            failed += report.problems.length;
            total += report.checks.length;
        }
        if (failed)
            throw new errors/* UserError */.yo(`${failed} of ${total} feed checks failed`);
        console.log(`all ${total} feed entries match`);
    },
});


/***/ }),

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XQ: () => (/* binding */ verifyTauriSignature),
/* harmony export */   ee: () => (/* binding */ parsePublicKey),
/* harmony export */   mQ: () => (/* binding */ PUBLIC_KEY_FORMS)
/* harmony export */ });
/* unused harmony exports tauriSignature, minisignText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var _kit_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9495);
/**
 * Tauri's updater signatures are minisign signatures, stored base64-encoded: a `.sig` file holds the
 * base64 of a whole `.minisig` file, and `tauri.conf.json`'s `pubkey` the base64 of a minisign public
 * key file. These helpers convert between the two and check a signature with `minisign -V`.
 */





const COMMENT = 'untrusted comment:';
function decodeBase64Text(text) {
    const compact = text.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+=*$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64').toString('utf8');
}
/** A minisign signature file: untrusted comment, signature, trusted comment, global signature. */
function isMinisignSignature(text) {
    const lines = text.trimEnd().split(/\r?\n/);
    return lines.length === 4 && lines[0].startsWith(COMMENT) && lines[2].startsWith('trusted comment:');
}
/**
 * The signature as Tauri's `latest.json` carries it (base64 of the `.minisig` text), from the content
 * of a `.sig` file in either form: Tauri's base64, or a plain minisign signature file.
 */
function tauriSignature(content, file) {
    const text = content.trim();
    if (text.startsWith(COMMENT)) {
        if (!isMinisignSignature(text))
            throw new UserError(`${file} is not a minisign signature file (four lines, starting with "untrusted comment:").`);
        return Buffer.from(`${text}\n`).toString('base64');
    }
    const decoded = decodeBase64Text(text);
    if (decoded === undefined || !isMinisignSignature(decoded)) {
        throw new UserError(`${file} is not a Tauri updater signature (the base64 of a minisign signature, as "tauri build" writes it with TAURI_SIGNING_PRIVATE_KEY set).`);
    }
    return text.replace(/\s+/g, '');
}
/** The `.minisig` text of a Tauri signature. */
function minisignText(signature, where) {
    const decoded = decodeBase64Text(signature);
    if (decoded === undefined || !isMinisignSignature(decoded))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The signature of ${where} is not the base64 of a minisign signature.`);
    return decoded.endsWith('\n') ? decoded : `${decoded}\n`;
}
/** The forms `parsePublicKey` accepts, for error messages. */
const PUBLIC_KEY_FORMS = "it must be a minisign public key: Tauri's pubkey (from tauri.conf.json), the content of the .pub file, or its key line (RW…)";
/**
 * A minisign public key as `minisign -P` takes it, from any of the forms users hold: Tauri's `pubkey`
 * (base64 of the key file), the key file's content, or the bare key line (`RW…`). Undefined otherwise.
 */
function parsePublicKey(value) {
    const text = value.trim();
    const fromFile = (file) => {
        const lines = file.trim().split(/\r?\n/);
        return lines.length === 2 && lines[0].startsWith(COMMENT) ? lines[1].trim() : undefined;
    };
    const line = /^RW[A-Za-z0-9+/]+={0,2}$/.test(text) ? text : text.startsWith(COMMENT) ? fromFile(text) : fromFile(decodeBase64Text(text) ?? '');
    // Ed25519 public keys: "Ed", 8-byte key id, 32-byte key → 42 bytes, 56 base64 characters.
    return line && /^RW[A-Za-z0-9+/]{54}$/.test(line) ? line : undefined;
}
/** Checks `file` against a Tauri signature with `minisign -V`. */
async function verifyTauriSignature(file, signature, publicKey) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'release-kit-minisig-'));
    try {
        const sigFile = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'signature.minisig');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(sigFile, minisignText(signature, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)));
        const result = await (0,_kit_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .runTool */ .q)('minisign', ['-V', '-q', '-P', publicKey, '-m', file, '-x', sigFile], { allowFailure: true, timeoutMs: 120_000 });
        if (result.exitCode === 0)
            return { ok: true };
        return { ok: false, message: (result.stderr || result.stdout).trim().split('\n').pop() || `minisign exit ${result.exitCode}` };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool),
/* harmony export */   v: () => (/* binding */ ToolError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4601);



/** A tool that ran and failed: its command line (secrets hidden), exit code and last lines of output. */
class ToolError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    name = 'ToolError';
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/** The text with the given secrets and every registered one (in all their forms) replaced by `***`. */
function hide(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(out);
}
function tail(text, lines = 20) {
    const all = text.trimEnd().split('\n');
    return all.slice(-lines).join('\n');
}
/**
 * Runs a command with an argument list (never a shell), captures its output and fails with a
 * message naming the command, its exit code and the end of what it printed.
 */
function runTool(command, args, options = {}) {
    const secrets = options.secrets ?? [];
    const shown = hide([command, ...args].join(' '), secrets);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs)
            : undefined;
        child.stdout?.on('data', (chunk) => out.push(chunk));
        child.stderr?.on('data', (chunk) => err.push(chunk));
        // A tool that exits before reading its input must not take this process down with EPIPE.
        child.stdin?.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(error.code === 'ENOENT' ? `${command} was not found on PATH: install it or put it on PATH.` : `Cannot run ${command}: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const raw = { exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
            // The caller reads what the tool printed as it is (a verifier's certificate, a signature). What goes
            // onward in an error carries no secret; the runner commands hide them from logs, annotations,
            // outputs and the summary, and transcripts written to files are redacted where they are written.
            const hidden = { exitCode: raw.exitCode, stdout: hide(raw.stdout, secrets), stderr: hide(raw.stderr, secrets) };
            if (timedOut)
                return reject(new ToolError(`${shown} did not finish within ${options.timeoutMs} ms and was stopped.`, hidden));
            if (code === 0 || options.allowFailure)
                return resolve(raw);
            const said = tail(`${hidden.stderr}\n${hidden.stdout}`.trim());
            reject(new ToolError(`${shown} failed (${signal ? `signal ${signal}` : `exit ${code}`})${said ? `:\n${said}` : '.'}`, hidden));
        });
    });
}


/***/ }),

/***/ 9464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `work` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await work(items[i]);
    }));
    return results;
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ doublingDelay),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The wait before retry n (1-based): `firstMs`, doubled each time, at most `maxMs` (15 s, or `firstMs` when longer). */
const doublingDelay = (firstMs, maxMs = Math.max(15_000, firstMs)) => (attempt) => Math.min(firstMs * 2 ** (attempt - 1), maxMs);
/** Runs `work` until it succeeds, with exponential back-off; the last failure is thrown as is. */
async function withRetry(work, options) {
    const wait = options.sleep ?? sleep;
    let delay = options.initialDelayMs;
    for (let attempt = 1;; attempt++) {
        try {
            return await work(attempt);
        }
        catch (error) {
            const retryable = options.retryable ? options.retryable(error) : true;
            if (attempt >= options.attempts || !retryable)
                throw error;
            options.onRetry?.(error, attempt, delay);
            await wait(delay);
            delay = Math.min(delay * 2, options.maxDelayMs ?? Number.POSITIVE_INFINITY);
        }
    }
}


/***/ }),

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports secretVariants, registerSecret */
/**
 * Every form in which a secret could reach a log: the value, each line of a multi-line value (a PEM
 * key, a base64 certificate folded by an editor), and the encodings tools print it in (base64, JSON,
 * URL). The runner replaces each registered form with `***`.
 */
function secretVariants(value) {
    if (value === '')
        return [];
    const forms = new Set([value]);
    // Lines of a multi-line value; very short ones (a lone "}") would mask ordinary log text and protect nothing.
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            forms.add(line.trim());
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add(encodeURIComponent(value));
    return [...forms];
}
/** Every form of every secret registered in this process, longest first (so a longer form is replaced whole). */
let registered = [];
/** Remembers a secret so `redact` hides it, in every form, from text bound for a log, summary, output or file. */
function registerSecret(value) {
    const forms = new Set([...registered, ...secretVariants(value)]);
    registered = [...forms].sort((a, b) => b.length - a.length);
}
/** The text with every registered secret (raw, base64, JSON- or URL-encoded, each line) replaced by `***`. */
function redact(text) {
    let out = text;
    for (const form of registered)
        if (out.includes(form))
            out = out.split(form).join('***');
    return out;
}


/***/ })

};
