export const id = 629;
export const ids = [629,521];
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

/***/ 5629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checksumCommand: () => (/* binding */ checksumCommand),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/checksum/algorithms.ts
var checksum_algorithms = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/checksum/sums-format.ts


const FORMATS = ['gnu', 'bsd', 'json'];
/** Byte order of the UTF-8 names, as `LC_ALL=C sort` orders them, so output is the same everywhere. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * coreutils escapes a name holding `\`, a newline or a carriage return, and marks the line with a
 * leading `\` so `sha256sum -c` reads it back exactly.
 */
function escapeName(name) {
    if (!/[\\\n\r]/.test(name))
        return { text: name, escaped: false };
    return { text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r'), escaped: true };
}
function unescapeName(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char !== '\\') {
            out += char;
            continue;
        }
        const next = text[++i];
        if (next === '\\')
            out += '\\';
        else if (next === 'n')
            out += '\n';
        else if (next === 'r')
            out += '\r';
        else
            return undefined;
    }
    return out;
}
function digestOf(entry, algorithm) {
    const hex = entry.digests[algorithm];
    if (hex === undefined)
        throw new Error(`no ${algorithm} digest for ${entry.name}`);
    return hex;
}
/** The text of one sums file; `gnu` and `bsd` carry one algorithm, `json` all of them. */
function formatSums(entries, format, algorithms) {
    const sorted = [...entries].sort((a, b) => compareNames(a.name, b.name));
    if (format === 'json') {
        const files = sorted.map((entry) => ({ name: entry.name, size: entry.size, ...Object.fromEntries(algorithms.map((a) => [a, digestOf(entry, a)])) }));
        return `${JSON.stringify({ algorithms, files }, null, 2)}\n`;
    }
    const [algorithm] = algorithms;
    if (algorithms.length !== 1 || algorithm === undefined)
        throw new Error(`${format} sums carry exactly one algorithm`);
    return sorted
        .map((entry) => {
        const { text, escaped } = escapeName(entry.name);
        const hex = digestOf(entry, algorithm);
        const line = format === 'gnu' ? `${hex}  ${text}` : `${checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].bsdTag} (${text}) = ${hex}`;
        return `${escaped ? '\\' : ''}${line}\n`;
    })
        .join('');
}
const GNU_LINE = /^([0-9a-fA-F]+) [ *](.+)$/s;
const BSD_LINE = /^([A-Za-z0-9-]+) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/s;
function malformed(file, line, why) {
    return new errors/* UserError */.yo(`${file}, line ${line}: ${why}.`);
}
function parseJson(text, file) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} is not valid JSON: ${error.message}.`);
    }
    const files = document.files;
    if (!Array.isArray(files))
        throw new errors/* UserError */.yo(`${file} has no "files" list; expected the JSON that format "json" writes.`);
    return files.flatMap((item, index) => {
        if (typeof item?.name !== 'string')
            throw malformed(file, index + 1, 'entry has no "name"');
        const found = checksum_algorithms/* ALGORITHMS */.TM.filter((algorithm) => typeof item[algorithm] === 'string');
        if (found.length === 0)
            throw malformed(file, index + 1, `entry ${JSON.stringify(item.name)} has no digest`);
        return found.map((algorithm) => checked(file, index + 1, item.name, algorithm, item[algorithm]));
    });
}
function checked(file, line, name, algorithm, hex) {
    const expected = checksum_algorithms/* ALGORITHM_INFO */.xh[algorithm].hexLength;
    if (hex.length !== expected || !/^[0-9a-fA-F]+$/.test(hex)) {
        throw malformed(file, line, `the ${algorithm} digest of ${JSON.stringify(name)} must be ${expected} hex digits, got ${JSON.stringify(hex)}`);
    }
    return { name, algorithm, hex: hex.toLowerCase(), line };
}
/**
 * Reads a sums file in any of the three formats (GNU and BSD lines may be mixed, as `cksum -c` allows).
 * `gnuAlgorithm` is the algorithm of untagged GNU lines. A line that fits no format is an error that
 * names the file and the line.
 */
function parseSums(text, file, gnuAlgorithm) {
    if (text.trimStart().startsWith('{'))
        return parseJson(text, file);
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines.flatMap((raw, index) => {
        const number = index + 1;
        const escaped = raw.startsWith('\\');
        const line = escaped ? raw.slice(1) : raw;
        if (line.trim() === '')
            return [];
        const bsd = BSD_LINE.exec(line);
        const tagged = bsd ? (0,checksum_algorithms/* algorithmForBsdTag */.SH)(bsd[1]) : undefined;
        let algorithm;
        let hex;
        let nameText;
        if (bsd && tagged) {
            [algorithm, nameText, hex] = [tagged, bsd[2], bsd[3]];
        }
        else {
            const gnu = GNU_LINE.exec(line);
            if (!gnu) {
                const hint = bsd ? `unknown algorithm tag ${JSON.stringify(bsd[1])}` : 'expected "<hex>  <name>" or "ALG (<name>) = <hex>"';
                throw malformed(file, number, `cannot read ${JSON.stringify(raw)}: ${hint}`);
            }
            [algorithm, hex, nameText] = [gnuAlgorithm, gnu[1], gnu[2]];
        }
        const name = escaped ? unescapeName(nameText) : nameText;
        if (name === undefined)
            throw malformed(file, number, `bad escape sequence in ${JSON.stringify(nameText)}`);
        return [checked(file, number, name, algorithm, hex)];
    });
}

// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
;// CONCATENATED MODULE: ./src/actions/checksum/input-helper.ts






function folderInput(source, name, value, workspace) {
    const folder = external_node_path_default().resolve(workspace, value);
    const info = (0,external_node_fs_.statSync)(folder, { throwIfNoEntry: false });
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(source.describe(name), value, 'it must name an existing folder (relative to the workspace)');
    return folder;
}
/** Reads and checks every input once, into one typed settings object. */
function getChecksumSettings(source, workspace) {
    const verify = (0,inputs/* stringField */.OM)(source, 'verify');
    const patterns = (0,inputs/* linesField */.Qz)(source, 'files', { required: verify === '' });
    const algorithms = (0,inputs/* choiceListField */.WB)(source, 'algorithms', checksum_algorithms/* ALGORITHMS */.TM, { default: ['sha256'] });
    const baseDirInput = (0,inputs/* stringField */.OM)(source, 'base-dir');
    const common = { workspace, patterns, algorithms };
    if (verify !== '') {
        const sumsFile = external_node_path_default().resolve(workspace, verify);
        const baseDir = baseDirInput ? folderInput(source, 'base-dir', baseDirInput, workspace) : external_node_path_default().dirname(sumsFile);
        return { ...common, mode: 'verify', sumsFile, baseDir };
    }
    const output = (0,inputs/* stringField */.OM)(source, 'output');
    return {
        ...common,
        mode: 'generate',
        baseDir: folderInput(source, 'base-dir', baseDirInput || '.', workspace),
        format: (0,inputs/* choiceField */.cM)(source, 'format', FORMATS, { default: 'gnu' }),
        ...(output ? { output } : {}),
        allowEmpty: (0,inputs/* booleanField */.hQ)(source, 'allow-empty', false),
        assetNames: (0,inputs/* choiceField */.cM)(source, 'asset-names', ['as-is', 'github'], { default: 'as-is' }),
    };
}

// EXTERNAL MODULE: ./src/kit/asset-name.ts
var asset_name = __webpack_require__(10);
// EXTERNAL MODULE: ./src/kit/atomic-write.ts
var atomic_write = __webpack_require__(9521);
// EXTERNAL MODULE: ./src/checksum/hash-files.ts + 1 modules
var hash_files = __webpack_require__(1681);
;// CONCATENATED MODULE: ./src/checksum/names.ts


/** The name a file gets in a sums file: relative to `baseDir`, with `/` separators on every OS. */
function nameRelativeTo(baseDir, file) {
    const relative = external_node_path_default().relative(baseDir, file);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        throw new errors/* UserError */.yo(`${file} is not inside base-dir ${baseDir}; names in a sums file are relative to base-dir, so every file must be below it.`);
    }
    return relative.split((external_node_path_default()).sep).join('/');
}
/** Where a name in a sums file points on disk. */
function pathOfName(baseDir, name) {
    return external_node_path_default().resolve(baseDir, ...name.split('/'));
}

;// CONCATENATED MODULE: ./src/checksum/generate.ts








const PLACEHOLDER = /\{(alg|ALG)\}/;
/** Which sums files to write: one a algorithm for line formats, one for JSON. */
function planSumsFiles(request) {
    const { baseDir, algorithms, format, output } = request;
    const resolve = (file) => external_node_path_default().resolve(baseDir, file);
    if (format === 'json')
        return [{ path: resolve(output ?? 'checksums.json'), algorithms: [...algorithms] }];
    if (output === undefined)
        return algorithms.map((a) => ({ path: resolve(checksum_algorithms/* ALGORITHM_INFO */.xh[a].sumsFileName), algorithms: [a] }));
    if (algorithms.length > 1 && !PLACEHOLDER.test(output)) {
        throw new errors/* UserError */.yo(`Input "output" is ${JSON.stringify(output)} but ${algorithms.length} algorithms were asked for and format "${format}" ` +
            'holds one algorithm a file; put {ALG} or {alg} in the name (e.g. "{ALG}SUMS"), or use format "json".');
    }
    return algorithms.map((a) => ({
        path: resolve(output.replace(new RegExp(PLACEHOLDER, 'g'), (_, form) => (form === 'ALG' ? a.toUpperCase() : a))),
        algorithms: [a],
    }));
}
/** Hashes the files (one read each) and writes every sums file, all or none. */
async function generateChecksums(request, options = {}) {
    const sumsFiles = planSumsFiles(request);
    const outputs = new Set(sumsFiles.map((file) => file.path));
    // A sums file from an earlier run that a glob picks up again is never listed in itself.
    const files = request.files.filter((file) => !outputs.has(external_node_path_default().resolve(file)));
    const names = files.map((file) => nameRelativeTo(request.baseDir, file));
    if (request.assetNames === 'github') {
        const seen = new Map();
        names.forEach((name, i) => {
            const stored = (0,asset_name/* storedAssetName */.b)(external_node_path_default().basename(files[i]));
            const clash = seen.get(stored);
            if (clash)
                throw new errors/* UserError */.yo(`${clash} and ${files[i]} would both be the release asset ${JSON.stringify(stored)}; give them distinct names.`);
            seen.set(stored, files[i]);
            names[i] = stored;
        });
    }
    const hashed = await (0,hash_files/* hashFiles */.y)(files, request.algorithms, options);
    const entries = hashed
        .map((digest, index) => ({ name: names[index], size: digest.size, digests: digest.digests }))
        .sort((a, b) => compareNames(a.name, b.name));
    await (0,atomic_write.writeFilesAtomically)(sumsFiles.map((file) => ({ path: file.path, content: formatSums(entries, request.format, file.algorithms) })));
    return { sumsFiles, entries };
}

;// CONCATENATED MODULE: ./src/checksum/verify.ts







async function readSums(request) {
    const text = await (0,promises_.readFile)(request.sumsFile, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(error.code === 'ENOENT'
            ? `Input "verify" names ${request.sumsFile}, which does not exist; give the path of an existing sums file.`
            : `Input "verify" names ${request.sumsFile}, which cannot be read: ${error.message}.`);
    });
    const gnuAlgorithm = (0,checksum_algorithms/* algorithmForSumsFileName */.Oq)(external_node_path_default().basename(request.sumsFile)) ?? request.algorithm;
    const expected = parseSums(text, request.sumsFile, gnuAlgorithm);
    const seen = new Map();
    for (const entry of expected) {
        const key = `${entry.algorithm}\0${entry.name}`;
        const earlier = seen.get(key);
        if (earlier && earlier.hex !== entry.hex) {
            throw new errors/* UserError */.yo(`${request.sumsFile} lists ${JSON.stringify(entry.name)} twice with different ${entry.algorithm} digests (lines ${earlier.line} and ${entry.line}).`);
        }
        seen.set(key, entry);
    }
    return [...seen.values()];
}
/** Checks files against a sums file: every mismatch, missing file and (with `files`) unlisted file is reported. */
async function verifyChecksums(request, options = {}) {
    const expected = await readSums(request);
    const names = [...new Set(expected.map((entry) => entry.name))];
    const present = await Promise.all(names.map((name) => (0,promises_.stat)(pathOfName(request.baseDir, name)).then((info) => info.isFile(), () => false)));
    const readable = names.filter((_, index) => present[index]);
    const algorithms = [...new Set(expected.map((entry) => entry.algorithm))];
    const hashed = await (0,hash_files/* hashFiles */.y)(readable.map((name) => pathOfName(request.baseDir, name)), algorithms, options);
    const actual = new Map(readable.map((name, index) => [name, hashed[index].digests]));
    const findings = expected.map((entry) => {
        const digests = actual.get(entry.name);
        const base = { name: entry.name, algorithm: entry.algorithm, line: entry.line, expected: entry.hex };
        if (!digests)
            return { ...base, problem: 'missing' };
        const hex = digests[entry.algorithm];
        return hex === entry.hex ? { ...base, actual: hex } : { ...base, actual: hex, problem: 'mismatch' };
    });
    const listed = new Set(names);
    for (const file of request.files ?? []) {
        if (external_node_path_default().resolve(file) === external_node_path_default().resolve(request.sumsFile))
            continue;
        const name = nameRelativeTo(request.baseDir, file);
        if (!listed.has(name))
            findings.push({ name, problem: 'unlisted' });
    }
    findings.sort((a, b) => compareNames(a.name, b.name) || (a.line ?? 0) - (b.line ?? 0));
    const problems = findings.filter((finding) => finding.problem);
    const failedNames = new Set(problems.map((finding) => finding.name));
    return { findings, problems, verified: readable.filter((name) => !failedNames.has(name)).length };
}
function describeProblem(finding, sumsFile) {
    switch (finding.problem) {
        case 'mismatch':
            return `${finding.name}: ${finding.algorithm} is ${finding.actual}, but ${external_node_path_default().basename(sumsFile)} expects ${finding.expected}.`;
        case 'missing':
            return `${finding.name}: listed in ${external_node_path_default().basename(sumsFile)} but not found.`;
        case 'unlisted':
            return `${finding.name}: matched by "files" but not listed in ${external_node_path_default().basename(sumsFile)}.`;
        default:
            return `${finding.name}: OK`;
    }
}

// EXTERNAL MODULE: ./src/kit/glob.ts
var glob = __webpack_require__(956);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/checksum.ts









const OPTIONS = [
    { name: 'algorithms', type: 'string', value: 'LIST', help: 'sha256 (default), sha384, sha512, sha3-256, blake2b512; comma separated' },
    { name: 'format', type: 'string', value: 'FORMAT', help: 'gnu (default, sha256sum -c reads it), bsd (tagged), json' },
    { name: 'output', type: 'string', value: 'PATH', help: 'sums file, relative to --base-dir; {ALG} stands for the algorithm' },
    { name: 'base-dir', type: 'string', value: 'DIR', help: 'names in the sums file are relative to it' },
    { name: 'allow-empty', type: 'boolean', help: 'no matching file is not an error' },
    { name: 'asset-names', type: 'string', value: 'MODE', help: 'as-is (default) or github: names as GitHub stores release assets' },
    { name: 'threads', type: 'string', value: 'N', help: 'hashing threads (default: every core)' },
];
const describeFiles = (name) => (name === 'files' ? 'The files' : undefined);
function hashOptions(values) {
    const source = (0,command/* optionSource */.Ns)(values);
    return source.read('threads') ? { threads: (0,inputs/* integerField */.nm)(source, 'threads', { min: 1, max: 256 }) } : {};
}
async function matched(settings) {
    const { files, unmatched } = await (0,glob/* matchFiles */.xo)(settings.patterns, settings.workspace, 'The files');
    for (const pattern of unmatched)
        console.error(`warning: ${JSON.stringify(pattern)} matched no file`);
    return files;
}
const checksumCommand = (0,command/* defineCommand */.NB)({
    name: 'checksum',
    synopsis: '[options] <file or glob>...',
    summary: 'Write SHA256SUMS (or other sums files) for the files.',
    options: OPTIONS,
    async run(values, positionals) {
        const settings = getChecksumSettings((0,command/* optionSource */.Ns)(values, { files: positionals.join('\n') }, describeFiles), process.cwd());
        const files = await matched(settings);
        if (files.length === 0 && !settings.allowEmpty)
            throw new errors/* UserError */.yo('no file matched; pass files or globs, or --allow-empty');
        const result = await generateChecksums({ ...settings, files }, hashOptions(values));
        for (const file of result.sumsFiles) {
            console.log(`${external_node_path_default().relative(process.cwd(), file.path) || file.path}: ${result.entries.length} files`);
            process.stdout.write(await (0,promises_.readFile)(file.path, 'utf8'));
        }
    },
});
const verifyCommand = (0,command/* defineCommand */.NB)({
    name: 'verify',
    synopsis: '[options] <sums file> [<file or glob>...]',
    summary: 'Check files against a sums file (every file it names, or only those given).',
    options: OPTIONS,
    async run(values, positionals) {
        const [sumsFile, ...files] = positionals;
        if (!sumsFile)
            throw new command/* UsageError */.eb('verify needs the sums file to check', verifyCommand);
        const settings = getChecksumSettings((0,command/* optionSource */.Ns)(values, { verify: sumsFile, files: files.join('\n') }, describeFiles), process.cwd());
        const listed = settings.patterns.length ? await matched(settings) : undefined;
        const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0], ...(listed ? { files: listed } : {}) }, hashOptions(values));
        for (const finding of report.findings) {
            console.log(finding.problem ? `FAILED ${describeProblem(finding, settings.sumsFile)}` : `OK ${finding.name} (${finding.algorithm})`);
        }
        if (report.problems.length)
            throw new errors/* UserError */.yo(`${report.problems.length} of ${report.findings.length} checks failed`);
        console.log(`all ${report.verified} files match`);
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

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAtomicFile: () => (/* binding */ openAtomicFile),
/* harmony export */   writeFilesAtomically: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





/** A temporary sibling of `target` to write before renaming it into place (same folder: the rename is atomic). */
function tempSibling(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
const folderInTheWay = (target) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot write ${target}: a folder of that name is in the way.`);
/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so a reader never sees a half-written sums file.
 */
async function writeFilesAtomically(files) {
    const staged = [];
    try {
        for (const file of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file.path), { recursive: true });
            const temp = tempSibling(file.path);
            staged.push({ temp, path: file.path });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, file.content, { flag: 'wx' });
        }
        // Renames within a folder only fail when the target cannot be replaced: check them all first.
        for (const { path } of staged) {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch(() => undefined))?.isDirectory())
                throw folderInTheWay(path);
        }
        for (const { temp, path } of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (error) {
        await Promise.all(staged.map(({ temp }) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true })));
        throw error;
    }
}
function openAtomicFile(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target).isDirectory())
        throw folderInTheWay(target);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), { recursive: true });
    const temp = tempSibling(target);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx');
    let open = true;
    const close = () => {
        if (open)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        open = false;
    };
    return {
        write: (text) => void (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, text),
        commit() {
            close();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
        },
        abort() {
            close();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        },
    };
}


/***/ }),

/***/ 956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   xo: () => (/* binding */ matchFiles)
/* harmony export */ });
/* unused harmony exports GLOB_CHARS, confinePattern */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);



/** Characters that make a pattern a glob; a pattern without them is a plain path. */
const GLOB_CHARS = /[*?[{]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/** The literal folder a pattern starts from: everything before its first glob character. */
function literalPrefix(pattern) {
    const segments = pattern.split(/[\\/]/);
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    return firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) || (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep);
}
/**
 * Makes a pattern absolute under `root` and refuses one that reaches outside it, whether by an absolute
 * path elsewhere or by `..` segments.
 */
function confinePattern(pattern, root, inputName) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(body) ? body : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, body));
    if (!isInside(root, literalPrefix(absolute))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inputName} has the pattern ${JSON.stringify(pattern)}, which reaches outside the workspace ${root}; ` +
            'patterns must stay inside it (use a path relative to the workspace, without leading "..").');
    }
    return (negated ? '!' : '') + absolute;
}
async function describeNonFile(file) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(async (error) => {
        if (error.code === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file).catch(() => undefined))?.isSymbolicLink()) {
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
    const excluded = (file) => exclusions.some((pattern) => node_path__WEBPACK_IMPORTED_MODULE_1___default().matchesGlob(file, pattern.slice(1)));
    const found = new Set();
    const unmatched = [];
    /** True for a regular file inside the workspace, false for a folder or outside; throws for a FIFO, broken link… */
    const isRegularFileOrFails = async (match) => {
        if (!isInside(root, match))
            return false;
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(match).catch(() => undefined);
        if (info?.isDirectory())
            return false;
        if (info?.isFile())
            return true;
        const problem = await describeNonFile(match);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inputName} matched ${match}, which is ${problem}; only regular files can be used.`);
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
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(pattern).catch(() => undefined);
            if (info && !info.isDirectory() && !(info.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined))?.isDirectory())) {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inputName} has the pattern ${JSON.stringify(patterns[index])}, which is not a valid glob: ${error.message}`);
        });
        const matches = await globber.glob().catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${inputName}: ${error.message}`);
        });
        // Checked in parallel (the thread pool serves the stats), then added in the glob's order.
        const accepted = await Promise.all(matches.map(async (match) => ((await isRegularFileOrFails(match)) ? match : undefined)));
        const kept = accepted.filter((match) => match !== undefined);
        for (const match of kept)
            found.add(match);
        if (kept.length === 0)
            unmatched.push(patterns[index] ?? pattern);
    }
    return { files: [...found].sort(), unmatched };
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


/***/ })

};
