export const id = 176;
export const ids = [176];
export const modules = {

/***/ 6257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ algorithmForSumsFileName),
/* harmony export */   SH: () => (/* binding */ algorithmForBsdTag),
/* harmony export */   TM: () => (/* binding */ ALGORITHMS),
/* harmony export */   xh: () => (/* binding */ ALGORITHM_INFO)
/* harmony export */ });
/** The digests a sums file can carry, by the names users write in `algorithms`. */
const ALGORITHMS = ['sha256', 'sha384', 'sha512', 'sha3-256', 'blake2b512'];
const ALGORITHM_INFO = {
    sha256: { nodeName: 'sha256', hexLength: 64, bsdTag: 'SHA256', sumsFileName: 'SHA256SUMS' },
    sha384: { nodeName: 'sha384', hexLength: 96, bsdTag: 'SHA384', sumsFileName: 'SHA384SUMS' },
    sha512: { nodeName: 'sha512', hexLength: 128, bsdTag: 'SHA512', sumsFileName: 'SHA512SUMS' },
    'sha3-256': { nodeName: 'sha3-256', hexLength: 64, bsdTag: 'SHA3-256', sumsFileName: 'SHA3-256SUMS' },
    blake2b512: { nodeName: 'blake2b512', hexLength: 128, bsdTag: 'BLAKE2b', sumsFileName: 'B2SUMS' },
};
function algorithmForBsdTag(tag) {
    return ALGORITHMS.find((algorithm) => ALGORITHM_INFO[algorithm].bsdTag === tag);
}
/** `SHA512SUMS` → sha512, so a verify of a conventionally named file needs no `algorithms` input. */
function algorithmForSumsFileName(fileName) {
    const upper = fileName.toUpperCase();
    return ALGORITHMS.find((algorithm) => upper === ALGORITHM_INFO[algorithm].sumsFileName.toUpperCase());
}


/***/ }),

/***/ 1681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ hashFiles)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/checksum/algorithms.ts
var checksum_algorithms = __webpack_require__(6257);
;// CONCATENATED MODULE: ./src/checksum/hash-worker.ts
/**
 * The hashing thread. Self-contained on purpose (Node built-ins only): it is started from its own file,
 * `hash-worker.js` beside each bundle, or this source under Node's type stripping in tests. The `files`
 * job also runs on the calling thread for small inputs (hash-files.ts), where starting a thread would
 * cost more than the hashing.
 *
 * Two jobs:
 * - `files`: claim whole files from a shared counter until none is left, and compute every requested
 *   algorithm from one read of each (many files: every core busy, little overhead per file).
 * - `ring`: hash one algorithm over chunks of a shared ring buffer, which one of the hashers fills
 *   (one big file, several algorithms: one read, each algorithm on its own core, no third thread).
 */



const post = (reply) => external_node_worker_threads_.parentPort.postMessage(reply);
/** Claims and hashes whole files until none is left; `reply` gets each result (a thread's: its parent port). */
function hashWholeFiles(job, reply = post) {
    const post = reply;
    const counter = new Int32Array(job.counter);
    const buffer = Buffer.allocUnsafe(job.chunkSize);
    for (;;) {
        const index = Atomics.add(counter, 0, 1);
        if (index >= job.paths.length)
            break;
        const hashes = job.algorithms.map((algorithm) => (0,external_node_crypto_.createHash)(algorithm));
        let size = 0;
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(job.paths[index], 'r');
            for (;;) {
                const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
                if (read === 0)
                    break;
                size += read;
                const chunk = read === buffer.length ? buffer : buffer.subarray(0, read);
                for (const hash of hashes)
                    hash.update(chunk);
            }
        }
        catch (error) {
            const failure = error;
            post({ type: 'failed', index, code: failure.code ?? 'EIO', message: failure.message });
            Atomics.store(counter, 0, job.paths.length); // stop the other threads too
            break;
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
        const digests = {};
        job.algorithms.forEach((algorithm, i) => (digests[algorithm] = hashes[i].digest('hex')));
        post({ type: 'file', index, size, digests });
    }
    post({ type: 'finished' });
}
function hashRing(job) {
    const control = new Int32Array(job.control);
    const lengthAt = (slot) => 1 + slot;
    const pendingAt = (slot) => 1 + job.slots + slot;
    const hash = (0,external_node_crypto_.createHash)(job.algorithm);
    let fd;
    let size = 0;
    if (job.readPath !== undefined) {
        try {
            fd = (0,external_node_fs_.openSync)(job.readPath, 'r');
        }
        catch (error) {
            return endRing(control, job, error);
        }
    }
    for (let sequence = 0;; sequence++) {
        const slot = sequence % job.slots;
        if (fd !== undefined) {
            // The reader: wait until every hasher is done with this slot, fill it, publish it.
            for (let busy = Atomics.load(control, pendingAt(slot)); busy !== 0; busy = Atomics.load(control, pendingAt(slot))) {
                Atomics.wait(control, pendingAt(slot), busy);
            }
            let read;
            try {
                read = (0,external_node_fs_.readSync)(fd, new Uint8Array(job.data, slot * job.slotSize, job.slotSize), 0, job.slotSize, null);
            }
            catch (error) {
                (0,external_node_fs_.closeSync)(fd);
                return endRing(control, job, error);
            }
            size += read;
            Atomics.store(control, lengthAt(slot), read);
            Atomics.store(control, pendingAt(slot), job.hashers);
            Atomics.store(control, 0, sequence + 1);
            Atomics.notify(control, 0);
        }
        else {
            while (Atomics.load(control, 0) <= sequence)
                Atomics.wait(control, 0, sequence);
        }
        const length = Atomics.load(control, lengthAt(slot));
        if (length > 0)
            hash.update(new Uint8Array(job.data, slot * job.slotSize, length));
        Atomics.sub(control, pendingAt(slot), 1);
        Atomics.notify(control, pendingAt(slot));
        if (length === 0)
            break;
    }
    if (fd !== undefined)
        (0,external_node_fs_.closeSync)(fd);
    post({ type: 'digest', algorithm: job.algorithm, digest: hash.digest('hex'), ...(job.readPath !== undefined ? { size } : {}) });
}
/** A read failed: every slot becomes an end of file and all are published, so the other hashers finish. */
function endRing(control, job, error) {
    for (let slot = 0; slot < job.slots; slot++)
        Atomics.store(control, 1 + slot, 0);
    Atomics.store(control, 0, 0x7fffffff);
    Atomics.notify(control, 0);
    post({ type: 'failed', index: 0, code: error.code ?? 'EIO', message: error.message });
}
const job = external_node_worker_threads_.isMainThread ? undefined : external_node_worker_threads_.workerData;
if (job?.role === 'files')
    hashWholeFiles(job);
else if (job?.role === 'ring')
    hashRing(job);

;// CONCATENATED MODULE: ./src/checksum/hash-files.ts









const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const DEFAULT_SPLIT_THRESHOLD = 64 * 1024 * 1024;
const DEFAULT_SMALL_INPUT = 8 * 1024 * 1024;
const RING_SLOTS = 4;
/** Fastest first on x86-64 with SHA extensions: the reading is added to the first one's work. */
const SPEED_RANK = ['sha256', 'blake2b512', 'sha384', 'sha512', 'sha3-256'];
/**
 * `hash-worker.js` beside the bundle; in tests the TypeScript source, run by Node's type stripping.
 * The name is looked up at run time so the bundler leaves it alone.
 */
const WORKER_FILES = ['hash-worker.js', 'hash-worker.ts'];
function workerScript() {
    const found = WORKER_FILES.map((name) => new URL(name, import.meta.url)).find((url) => (0,external_node_fs_.existsSync)(url));
    if (!found)
        throw new Error(`hash-worker.js is missing beside ${(0,external_node_url_.fileURLToPath)(import.meta.url)}; rebuild with npm run build`);
    return found;
}
function startWorker(job, onReply) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(workerScript(), { workerData: job });
        worker.on('message', onReply);
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hash thread exited with code ${code}`))));
    });
}
function readFailure(path, code, message) {
    return new errors/* UserError */.yo(`Cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : message}.`);
}
/** Whole files spread over `threads` threads; each file is read once for all algorithms. */
async function hashManyFiles(paths, algorithms, threads, chunkSize) {
    const results = new Array(paths.length);
    let failure;
    const counter = new SharedArrayBuffer(4);
    const job = {
        role: 'files',
        paths,
        algorithms: algorithms.map((algorithm) => checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].nodeName),
        chunkSize,
        counter,
    };
    const onReply = (reply) => {
        if (reply.type === 'file') {
            const digests = {};
            algorithms.forEach((algorithm) => (digests[algorithm] = reply.digests[checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].nodeName]));
            results[reply.index] = { path: paths[reply.index], size: reply.size, digests };
        }
        else if (reply.type === 'failed') {
            failure ??= readFailure(paths[reply.index], reply.code, reply.message);
        }
    };
    if (threads <= 0) {
        hashWholeFiles(job, onReply); // here, on this thread
    }
    else {
        const count = Math.max(1, Math.min(threads, paths.length));
        await Promise.all(Array.from({ length: count }, () => startWorker(job, onReply)));
    }
    if (failure)
        throw failure;
    return results;
}
/**
 * One file, one algorithm: hashed on this thread while Node's I/O thread reads the next chunk, so
 * reading and hashing overlap without a thread to start (tens of milliseconds). The reading is a copy
 * from the page cache, far cheaper than the hash: with one core taken by another process this is still
 * one busy thread, as `openssl dgst` is, where a reader thread and a hashing thread would share the
 * remaining core with the other process and lose to it.
 */
async function hashOneFileHere(path, algorithm, chunkSize) {
    const hash = (0,external_node_crypto_.createHash)(checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].nodeName);
    let size = 0;
    try {
        const file = await (0,promises_.open)(path, 'r');
        try {
            const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
            let next = file.read(buffers[0], 0, chunkSize, null);
            for (let turn = 0;; turn++) {
                const { bytesRead } = await next;
                if (bytesRead === 0)
                    break;
                size += bytesRead;
                const chunk = buffers[turn % 2];
                next = file.read(buffers[(turn + 1) % 2], 0, chunkSize, null);
                hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
            }
        }
        finally {
            await file.close();
        }
    }
    catch (error) {
        const failure = error;
        throw readFailure(path, failure.code ?? 'EIO', failure.message);
    }
    return { path, size, digests: { [algorithm]: hash.digest('hex') } };
}
/**
 * One big file, several algorithms: one thread per algorithm over a shared ring buffer; the thread of
 * the first (fastest) algorithm also reads the file, so two algorithms keep exactly two cores busy.
 */
async function hashOneFileSplit(path, algorithms, slotSize) {
    const data = new SharedArrayBuffer(RING_SLOTS * slotSize);
    const control = new SharedArrayBuffer(4 * (1 + 2 * RING_SLOTS));
    const digests = {};
    let size = 0;
    let failure;
    const ring = { role: 'ring', slots: RING_SLOTS, slotSize, data, control, hashers: algorithms.length };
    const onReply = (algorithm) => (reply) => {
        if (reply.type === 'digest') {
            digests[algorithm] = reply.digest;
            if (reply.size !== undefined)
                size = reply.size;
        }
        else if (reply.type === 'failed') {
            failure ??= readFailure(path, reply.code, reply.message);
        }
    };
    await Promise.all(algorithms.map((algorithm, i) => startWorker({ ...ring, algorithm: checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].nodeName, ...(i === 0 ? { readPath: path } : {}) }, onReply(algorithm))));
    if (failure)
        throw failure;
    return { path, size, digests };
}
/**
 * Hashes files with every requested algorithm, reading each file once, on all cores, with memory
 * bounded by the chunk size whatever the file size. Results come back in the order of `paths`.
 */
async function hashFiles(paths, algorithms, options = {}) {
    let threads = options.threads ?? (0,external_node_os_.availableParallelism)();
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
    const algorithmList = [...algorithms];
    const sizes = await Promise.all(paths.map((path) => (0,promises_.stat)(path).then((info) => info.size, () => 0)));
    // A few small files: hashed here, no thread started (a thread's start-up is tens of milliseconds).
    if (sizes.reduce((sum, size) => sum + size, 0) <= (options.smallInput ?? DEFAULT_SMALL_INPUT))
        threads = 0;
    if (threads > 0 && paths.length === 1 && algorithmList.length === 1)
        return [await hashOneFileHere(paths[0], algorithmList[0], chunkSize)];
    // Big files with several algorithms are split (see hashOneFileSplit) when there is a core to spare.
    const split = new Set();
    if (threads > 1 && algorithmList.length > 1)
        sizes.forEach((size, index) => size >= threshold && split.add(index));
    const results = new Array(paths.length);
    // The fastest algorithm first: its thread also does the reading.
    const fastestFirst = [...algorithmList].sort((a, b) => SPEED_RANK.indexOf(a) - SPEED_RANK.indexOf(b));
    for (const index of split)
        results[index] = await hashOneFileSplit(paths[index], fastestFirst, chunkSize * 4);
    const rest = paths.map((_, index) => index).filter((index) => !split.has(index));
    if (rest.length > 0) {
        const hashed = await hashManyFiles(rest.map((index) => paths[index]), algorithmList, threads, chunkSize);
        rest.forEach((index, i) => (results[index] = hashed[i]));
    }
    return results;
}


/***/ }),

/***/ 9176:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/feed/minisign.ts
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
        throw new errors/* UserError */.yo(`The signature of ${where} is not the base64 of a minisign signature.`);
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
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'release-kit-minisig-'));
    try {
        const sigFile = external_node_path_default().join(dir, 'signature.minisig');
        await (0,promises_.writeFile)(sigFile, minisignText(signature, external_node_path_default().basename(file)));
        const result = await (0,exec/* runTool */.q)('minisign', ['-V', '-q', '-P', publicKey, '-m', file, '-x', sigFile], { allowFailure: true, timeoutMs: 120_000 });
        if (result.exitCode === 0)
            return { ok: true };
        return { ok: false, message: (result.stderr || result.stdout).trim().split('\n').pop() || `minisign exit ${result.exitCode}` };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    return (0,retry/* withRetry */.b)(async () => {
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
            const check = await verifyTauriSignature(file.path, entry.signature, request.publicKey).catch((error) => ({ ok: false, message: error.message }));
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
        const publicKey = keyText ? parsePublicKey(keyText) : undefined;
        if (keyText && !publicKey)
            throw new errors/* InputError */.dz(source.describe('public-key'), keyText, PUBLIC_KEY_FORMS);
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

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ storedAssetName)
/* harmony export */ });
/**
 * The name GitHub stores for an uploaded release asset: it turns special and non-alphanumeric
 * characters (spaces, `~`, `:`, parentheses, non-ASCII…) into `.`, keeping letters, digits, `.`, `_`,
 * `-` and `+`. Checksums and manifests that name assets must use this name, or downloads fail.
 */
function storedAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}


/***/ }),

/***/ 9495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony export ToolError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


/** A tool that ran and failed: its command line (secrets hidden), exit code and last lines of output. */
class ToolError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    name = 'ToolError';
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
function hide(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret)
            out = out.split(secret).join('***');
    return out;
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
            const result = { exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
            if (timedOut)
                return reject(new ToolError(`${shown} did not finish within ${options.timeoutMs} ms and was stopped.`, result));
            if (code === 0 || options.allowFailure)
                return resolve(result);
            const said = hide(tail(`${result.stderr}\n${result.stdout}`.trim()), secrets);
            reject(new ToolError(`${shown} failed (${signal ? `signal ${signal}` : `exit ${code}`})${said ? `:\n${said}` : '.'}`, result));
        });
    });
}


/***/ }),

/***/ 7127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qz: () => (/* binding */ linesField),
/* harmony export */   T2: () => (/* binding */ secretField),
/* harmony export */   WB: () => (/* binding */ choiceListField),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   cM: () => (/* binding */ choiceField),
/* harmony export */   hQ: () => (/* binding */ booleanField),
/* harmony export */   nm: () => (/* binding */ integerField),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4196);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3713);


function fail(source, name, value, allowed, secret = false) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.describe(name), value, allowed, { secret });
}
/** Parses one input with a zod schema; `allowed` says in words what the schema accepts. */
function field(source, name, schema, allowed, options = {}) {
    const raw = source.read(name);
    if (options.secret && raw !== '')
        source.mask(raw);
    if (raw === '') {
        if (options.default !== undefined)
            return options.default;
        if (options.required)
            fail(source, name, raw, `it is required: ${allowed}`, options.secret);
    }
    const result = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .xL(schema, raw);
    if (!result.success)
        fail(source, name, raw, allowed, options.secret);
    return result.data;
}
function stringField(source, name, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([...TRUE, ...FALSE]), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((value) => TRUE.includes(value))), 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(choices), `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const schema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^[+-]?\d+$/)), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(Number)), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(range.min), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(range.max)));
    return field(source, name, schema, `it must be a whole number from ${range.min} to ${range.max}`, options);
}
/** Splits a multi-line input: one item a line, blank lines dropped. Items keep inner spaces. */
function splitLines(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** One item a line; each line may also hold several items separated by commas. */
function splitList(raw) {
    return splitLines(raw).flatMap((line) => line
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''));
}
function linesField(source, name, options = {}) {
    const lines = splitLines(source.read(name));
    if (lines.length > 0)
        return lines;
    if (options.default !== undefined)
        return options.default;
    if (options.required)
        fail(source, name, '', 'it is required: one or more lines');
    return [];
}
/** A list of choices (comma or newline separated), de-duplicated in the order given. */
function choiceListField(source, name, choices, options = {}) {
    const raw = source.read(name);
    const items = splitList(raw.toLowerCase());
    if (items.length === 0) {
        if (options.default !== undefined)
            return options.default;
        if (options.required)
            fail(source, name, raw, `it is required: one or more of ${choices.join(', ')}`);
        return [];
    }
    const unknown = items.filter((item) => !choices.includes(item));
    if (unknown.length > 0) {
        fail(source, name, raw, `${unknown.map((u) => JSON.stringify(u)).join(', ')} is not allowed; each item must be one of: ${choices.join(', ')}`);
    }
    return [...new Set(items)];
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
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export sleep */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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


/***/ })

};
