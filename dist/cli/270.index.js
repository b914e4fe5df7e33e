export const id = 270;
export const ids = [270];
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
        // This thread is one of the hashers: one thread fewer to start, and its start-up is hidden behind the
        // hashing here. The others' replies wait in the queue until this thread's share is done.
        const count = Math.max(1, Math.min(threads, paths.length));
        const others = Array.from({ length: count - 1 }, () => startWorker(job, onReply));
        for (const other of others)
            other.catch(() => undefined); // awaited below; not unhandled meanwhile
        hashWholeFiles(job, onReply);
        await Promise.all(others);
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
    const before = paths.map(fingerprint);
    // The sizes that choose how to hash come from the same look (one stat a file before hashing, not two).
    const results = await hashUnchecked(paths, algorithms, options, before.map((info) => (info ? Number(info.size) : 0)));
    const after = paths.map(fingerprint);
    paths.forEach((path, index) => checkUnchanged(path, before[index], after[index], results[index].size));
    return results;
}
/**
 * Size and modification time (nanoseconds), to tell whether a file changed while it was read. Looked up
 * synchronously: a stat from the page cache takes microseconds, less than a promise and a trip through the
 * thread pool would add to each of thousands of files.
 */
function fingerprint(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path, { bigint: true, throwIfNoEntry: false });
        return info ? { size: info.size, mtimeNs: info.mtimeNs } : undefined;
    }
    catch {
        return undefined;
    }
}
/** A digest of a file that was written to meanwhile covers neither its old nor its new content. */
function checkUnchanged(path, before, after, read) {
    if (before && after && before.size === after.size && before.mtimeNs === after.mtimeNs && BigInt(read) === before.size)
        return;
    const now = after ? `${after.size} bytes${before && after.mtimeNs !== before.mtimeNs ? ', modified since' : ''}` : 'gone';
    throw new errors/* UserError */.yo(`${path} changed while it was read (${before?.size ?? '?'} bytes before, ${read} read, ${now}); its digest would match neither version. Checksum it after whatever writes it has finished.`);
}
async function hashUnchecked(paths, algorithms, options, sizes) {
    let threads = options.threads ?? (0,external_node_os_.availableParallelism)();
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const threshold = options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD;
    const algorithmList = [...algorithms];
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

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   en: () => (/* binding */ durationIn),
/* harmony export */   fA: () => (/* binding */ durationAllowed)
/* harmony export */ });
/* unused harmony exports parseDuration, durationWords */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration as people write it in a workflow: `90s`, `30m`, `1h`, `1h30m`, `250ms`; a bare number is
 * seconds. Returns milliseconds, or undefined when the text is not a duration.
 */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (!/^(\d+(\.\d+)?(ms|s|m|h)\s*)+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
        total += Number(amount) * UNITS[unit];
    return Math.round(total);
}
/** `1h 05m 03s`, `4m 10s`, `12s`, `250 ms`: elapsed time in log lines. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const total = Math.floor(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h)
        return `${h}h ${String(m).padStart(2, '0')}m ${String(s).padStart(2, '0')}s`;
    if (m)
        return `${m}m ${String(s).padStart(2, '0')}s`;
    return `${s}s`;
}
/** `90s`, `2m`, `1h`, `250ms`: a bound of a duration range, in words. */
function durationWords(ms) {
    if (ms === 0)
        return '0s';
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/** What a duration setting accepts, in words: the same text for release-kit.yml, action inputs and CLI options. */
const durationAllowed = (range) => `it must be a duration from ${durationWords(range.min)} to ${durationWords(range.max)}: seconds (90) or with a unit (90s, 2m, 1h, 1h30m)`;
/** Milliseconds of a duration written as a number of seconds or as text (`90`, `"90"`, `90s`, `2m`, `1h`), within the range; undefined otherwise. */
function durationIn(value, range) {
    if (typeof value !== 'number' && typeof value !== 'string')
        return undefined;
    const ms = typeof value === 'number' ? (Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined) : parseDuration(value);
    return ms !== undefined && ms >= range.min && ms <= range.max ? ms : undefined;
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
/* unused harmony export durationField */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(438);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


function fail(source, name, value, allowed, secret = false) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source.describe(name), value, allowed, { secret });
}
/** The raw text through `check`, with the defaults, the required rule and the error every field shares. */
function checked(source, name, check, allowed, options) {
    const raw = source.read(name);
    if (options.secret && raw !== '')
        source.mask(raw);
    if (raw === '') {
        if (options.default !== undefined)
            return options.default;
        if (options.required)
            fail(source, name, raw, `it is required: ${allowed}`, options.secret);
    }
    const result = check(raw);
    if (!result)
        fail(source, name, raw, allowed, options.secret);
    return result.value;
}
/**
 * Parses one input with a zod schema (one the caller built: schema-shaped inputs); `allowed` says in words
 * what the schema accepts. Read through the schema's Standard Schema interface, so plain inputs below do not
 * load zod.
 */
function field(source, name, schema, allowed, options = {}) {
    const check = (raw) => {
        const result = schema['~standard'].validate(raw);
        if (result instanceof Promise)
            throw new Error(`the schema of ${name} is asynchronous`);
        return result.issues ? undefined : { value: result.value };
    };
    return checked(source, name, check, allowed, options);
}
const anyText = (raw) => ({ value: raw });
function stringField(source, name, options = {}) {
    return checked(source, name, anyText, 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return checked(source, name, anyText, 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    const check = (raw) => (TRUE.includes(raw) ? { value: true } : FALSE.includes(raw) ? { value: false } : undefined);
    return checked(source, name, check, 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    const check = (raw) => (choices.includes(raw) ? { value: raw } : undefined);
    return checked(source, name, check, `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const check = (raw) => {
        if (!/^[+-]?\d+$/.test(raw))
            return undefined;
        const value = Number(raw);
        return Number.isSafeInteger(value) && value >= range.min && value <= range.max ? { value } : undefined;
    };
    return checked(source, name, check, `it must be a whole number from ${range.min} to ${range.max}`, options);
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
/** A duration (`90s`, `30m`, `1h30m`, `250ms`; a bare number is seconds) in milliseconds, within a range. */
function durationField(source, name, fallback, range, allowed) {
    const raw = source.read(name);
    const ms = parseDuration(raw === '' ? fallback : raw);
    if (ms === undefined || ms < range.min || ms > range.max)
        fail(source, name, raw, allowed);
    return ms;
}


/***/ })

};
