import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9267:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _kit_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7309);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7560);


await (0,_kit_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/kit/runner-commands.ts
var runner_commands = __nccwpck_require__(6067);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/kit/asset-name.ts
/**
 * The name GitHub stores for an uploaded release asset: it turns special and non-alphanumeric
 * characters (spaces, `~`, `:`, parentheses, non-ASCII…) into `.`, keeping letters, digits, `.`, `_`,
 * `-` and `+`. Checksums and manifests that name assets must use this name, or downloads fail.
 */
function storedAssetName(name) {
    return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __nccwpck_require__(3713);
;// CONCATENATED MODULE: ./src/kit/atomic-write.ts





/** A temporary sibling of `target` to write before renaming it into place (same folder: the rename is atomic). */
function tempSibling(target) {
    return (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(target), `.${(0,external_node_path_namespaceObject.basename)(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
const folderInTheWay = (target) => new errors/* UserError */.yo(`Cannot write ${target}: a folder of that name is in the way.`);
/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so a reader never sees a half-written sums file.
 */
async function writeFilesAtomically(files) {
    const staged = [];
    try {
        for (const file of files) {
            await (0,promises_.mkdir)((0,external_node_path_namespaceObject.dirname)(file.path), { recursive: true });
            const temp = tempSibling(file.path);
            staged.push({ temp, path: file.path });
            await (0,promises_.writeFile)(temp, file.content, { flag: 'wx' });
        }
        // Renames within a folder only fail when the target cannot be replaced: check them all first.
        for (const { path } of staged) {
            if ((await (0,promises_.stat)(path).catch(() => undefined))?.isDirectory())
                throw folderInTheWay(path);
        }
        for (const { temp, path } of staged)
            await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await Promise.all(staged.map(({ temp }) => (0,promises_.rm)(temp, { force: true })));
        throw error;
    }
}
function openAtomicFile(target) {
    if (existsSync(target) && statSync(target).isDirectory())
        throw folderInTheWay(target);
    mkdirSync(dirname(target), { recursive: true });
    const temp = tempSibling(target);
    const fd = openSync(temp, 'wx');
    let open = true;
    const close = () => {
        if (open)
            closeSync(fd);
        open = false;
    };
    return {
        write: (text) => void writeSync(fd, text),
        commit() {
            close();
            renameSync(temp, target);
        },
        abort() {
            close();
            rmSync(temp, { force: true });
        },
    };
}

;// CONCATENATED MODULE: ./src/checksum/algorithms.ts
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
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
        algorithms: algorithms.map((algorithm) => ALGORITHM_INFO[algorithm].nodeName),
        chunkSize,
        counter,
    };
    const onReply = (reply) => {
        if (reply.type === 'file') {
            const digests = {};
            algorithms.forEach((algorithm) => (digests[algorithm] = reply.digests[ALGORITHM_INFO[algorithm].nodeName]));
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
    const hash = (0,external_node_crypto_.createHash)(ALGORITHM_INFO[algorithm].nodeName);
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
    await Promise.all(algorithms.map((algorithm, i) => startWorker({ ...ring, algorithm: ALGORITHM_INFO[algorithm].nodeName, ...(i === 0 ? { readPath: path } : {}) }, onReply(algorithm))));
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
        const line = format === 'gnu' ? `${hex}  ${text}` : `${ALGORITHM_INFO[algorithm].bsdTag} (${text}) = ${hex}`;
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
        const found = ALGORITHMS.filter((algorithm) => typeof item[algorithm] === 'string');
        if (found.length === 0)
            throw malformed(file, index + 1, `entry ${JSON.stringify(item.name)} has no digest`);
        return found.map((algorithm) => checked(file, index + 1, item.name, algorithm, item[algorithm]));
    });
}
function checked(file, line, name, algorithm, hex) {
    const expected = ALGORITHM_INFO[algorithm].hexLength;
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
        const tagged = bsd ? algorithmForBsdTag(bsd[1]) : undefined;
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

;// CONCATENATED MODULE: ./src/checksum/generate.ts








const PLACEHOLDER = /\{(alg|ALG)\}/;
/** Which sums files to write: one a algorithm for line formats, one for JSON. */
function planSumsFiles(request) {
    const { baseDir, algorithms, format, output } = request;
    const resolve = (file) => external_node_path_default().resolve(baseDir, file);
    if (format === 'json')
        return [{ path: resolve(output ?? 'checksums.json'), algorithms: [...algorithms] }];
    if (output === undefined)
        return algorithms.map((a) => ({ path: resolve(ALGORITHM_INFO[a].sumsFileName), algorithms: [a] }));
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
            const stored = storedAssetName(external_node_path_default().basename(files[i]));
            const clash = seen.get(stored);
            if (clash)
                throw new errors/* UserError */.yo(`${clash} and ${files[i]} would both be the release asset ${JSON.stringify(stored)}; give them distinct names.`);
            seen.set(stored, files[i]);
            names[i] = stored;
        });
    }
    const hashed = await hashFiles(files, request.algorithms, options);
    const entries = hashed
        .map((digest, index) => ({ name: names[index], size: digest.size, digests: digest.digests }))
        .sort((a, b) => compareNames(a.name, b.name));
    await writeFilesAtomically(sumsFiles.map((file) => ({ path: file.path, content: formatSums(entries, request.format, file.algorithms) })));
    return { sumsFiles, entries };
}

;// CONCATENATED MODULE: ./src/kit/confined-path.ts



/**
 * Where a path really is: `..` resolved and every symbolic link followed, for the part that exists
 * (the deepest existing ancestor), with the rest appended — so a link in the way cannot lead out.
 */
function realLocation(target) {
    const absolute = external_node_path_default().resolve(target);
    const missing = [];
    for (let current = absolute;; current = external_node_path_default().dirname(current)) {
        try {
            return external_node_path_default().join(external_node_fs_.realpathSync.native(current), ...missing.reverse());
        }
        catch {
            if (external_node_path_default().dirname(current) === current)
                return absolute;
            missing.push(external_node_path_default().basename(current));
        }
    }
}
/** Whether `candidate` is `root` or below it (both absolute, already resolved). */
function isWithin(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative));
}
/**
 * An input naming a path, made absolute and confined: after `..` and symbolic links are resolved it
 * must lie inside the workspace (or RUNNER_TEMP, when allowed); otherwise one error naming the input,
 * its value and what is allowed. Returns the resolved path.
 */
function confinedPath(input, value, where) {
    const resolved = realLocation(external_node_path_default().resolve(where.relativeTo ?? where.workspace, value));
    const roots = [where.workspace, ...(where.runnerTemp ? [where.runnerTemp] : [])].map(realLocation);
    if (roots.some((root) => isWithin(root, resolved)))
        return resolved;
    throw new errors/* InputError */.dz(input, value, `it must stay inside the workspace ${where.workspace}${where.runnerTemp ? ` or RUNNER_TEMP ${where.runnerTemp}` : ''} (after resolving ".." and symbolic links; it points to ${resolved})`);
}

;// CONCATENATED MODULE: ./src/checksum/verify.ts








async function readSums(request) {
    const text = await (0,promises_.readFile)(request.sumsFile, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(error.code === 'ENOENT'
            ? `Input "verify" names ${request.sumsFile}, which does not exist; give the path of an existing sums file.`
            : `Input "verify" names ${request.sumsFile}, which cannot be read: ${error.message}.`);
    });
    const gnuAlgorithm = algorithmForSumsFileName(external_node_path_default().basename(request.sumsFile)) ?? request.algorithm;
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
    // A sums file is untrusted input: a name reaching outside base-dir (by "..", an absolute path or a
    // link) is refused before anything is read, so no file elsewhere is hashed or shown.
    const base = realLocation(request.baseDir);
    const outside = expected.filter((entry) => !isWithin(base, realLocation(pathOfName(request.baseDir, entry.name))));
    if (outside.length) {
        throw new errors/* UserError */.yo(`${request.sumsFile} names files outside base-dir ${request.baseDir}: ${outside.map((entry) => `line ${entry.line} ${JSON.stringify(entry.name)}`).join(', ')}. ` +
            'Names in a sums file are relative to base-dir and must stay inside it; nothing was read.');
    }
    const names = [...new Set(expected.map((entry) => entry.name))];
    const present = await Promise.all(names.map((name) => (0,promises_.stat)(pathOfName(request.baseDir, name)).then((info) => info.isFile(), () => false)));
    const readable = names.filter((_, index) => present[index]);
    const algorithms = [...new Set(expected.map((entry) => entry.algorithm))];
    const hashed = await hashFiles(readable.map((name) => pathOfName(request.baseDir, name)), algorithms, options);
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

// EXTERNAL MODULE: ./src/kit/secrets.ts
var secrets = __nccwpck_require__(4601);
;// CONCATENATED MODULE: ./src/kit/action-inputs.ts


/** Registers a secret, and every form of it a log could show, with the runner's masking. */
function maskSecret(value) {
    for (const form of (0,secrets/* secretVariants */.J5)(value))
        runner_commands/* setSecret */.Pq(form);
    // Also hidden by the kit itself, from tool output before it reaches a summary, an output or a file.
    (0,secrets/* registerSecret */.cl)(value);
}
/** Inputs of a JavaScript action, as the runner passes them (`INPUT_<NAME>` variables). */
const actionInputs = {
    read: (name) => runner_commands/* getInput */.V4(name),
    describe: (name) => `Input "${name}"`,
    mask: maskSecret,
};

;// CONCATENATED MODULE: ./src/kit/glob.ts




/**
 * The kit's own temporary files and folders, next to the files they become: `.<name>.<12 hex>` (a
 * signature being written), `.<name>.<12 hex>.tmp` (an atomic write), `.release-kit-…` (a signing
 * copy). Never an artifact: a glob skips them, also when a killed step left one behind.
 */
const KIT_TEMPORARY = /^\.(release-kit-.*|.+\.[0-9a-f]{12}(\.tmp|\.sig)?)$/;
/** Whether a path (relative to `root`) is, or lies inside, one of the kit's temporary files. */
function isKitTemporary(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).some((segment) => KIT_TEMPORARY.test(segment));
}
/** Characters that make a pattern a glob; a pattern without them is a plain path. */
const GLOB_CHARS = /[*?[{]/;
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/** The literal folder a pattern starts from: everything before its first glob character. */
function literalPrefix(pattern) {
    const segments = pattern.split(/[\\/]/);
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    return firstGlob === -1 ? pattern : segments.slice(0, firstGlob).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
}
/**
 * Makes a pattern absolute under `root` and refuses one that reaches outside it, whether by an absolute
 * path elsewhere or by `..` segments.
 */
function confinePattern(pattern, root, inputName) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = external_node_path_default().normalize(external_node_path_default().isAbsolute(body) ? body : external_node_path_default().join(root, body));
    if (!isInside(root, literalPrefix(absolute))) {
        throw new errors/* UserError */.yo(`${inputName} has the pattern ${JSON.stringify(pattern)}, which reaches outside the workspace ${root}; ` +
            'patterns must stay inside it (use a path relative to the workspace, without leading "..").');
    }
    return (negated ? '!' : '') + absolute;
}
function statOrUndefined(file) {
    try {
        return (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
async function describeNonFile(file) {
    const info = await (0,promises_.stat)(file).catch(async (error) => {
        if (error.code === 'ENOENT' && (await (0,promises_.lstat)(file).catch(() => undefined))?.isSymbolicLink()) {
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
    const excluded = (file) => exclusions.some((pattern) => external_node_path_default().matchesGlob(file, pattern.slice(1)));
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
            throw new errors/* UserError */.yo(`${inputName} matched ${match}, which is ${problem}; only regular files can be used.`);
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
            const info = await (0,promises_.lstat)(pattern).catch(() => undefined);
            if (info && !info.isDirectory() && !(info.isSymbolicLink() && (await (0,promises_.stat)(pattern).catch(() => undefined))?.isDirectory())) {
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
        const glob = await __nccwpck_require__.e(/* import() */ 660).then(__nccwpck_require__.bind(__nccwpck_require__, 3660));
        const globber = await glob.create([pattern, ...exclusions].join('\n'), {
            followSymbolicLinks: true,
            implicitDescendants: true,
            matchDirectories: true,
            omitBrokenSymbolicLinks: false,
        }).catch((error) => {
            throw new errors/* UserError */.yo(`${inputName} has the pattern ${JSON.stringify(patterns[index])}, which is not a valid glob: ${error.message}`);
        });
        const matches = await globber.glob().catch((error) => {
            throw new errors/* UserError */.yo(`${inputName}: ${error.message}`);
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

;// CONCATENATED MODULE: ./src/kit/summary.ts

/** Appends Markdown to the job summary; a no-op where the runner gives no summary file (local runs). */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await (0,runner_commands/* appendSummary */.fe)(markdown);
}

;// CONCATENATED MODULE: ./src/kit/duration.ts
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration as people write it in a workflow: `90s`, `30m`, `1h`, `1h30m`, `250ms`; a bare number is
 * seconds. Returns milliseconds, or undefined when the text is not a duration.
 */
function duration_parseDuration(text) {
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
    const ms = typeof value === 'number' ? (Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined) : duration_parseDuration(value);
    return ms !== undefined && ms >= range.min && ms <= range.max ? ms : undefined;
}

;// CONCATENATED MODULE: ./src/kit/inputs.ts


function fail(source, name, value, allowed, secret = false) {
    throw new errors/* InputError */.dz(source.describe(name), value, allowed, { secret });
}
/** The raw text through `check`, with the defaults, the required rule and the error every field shares. */
function inputs_checked(source, name, check, allowed, options) {
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
    return inputs_checked(source, name, check, allowed, options);
}
const anyText = (raw) => ({ value: raw });
function stringField(source, name, options = {}) {
    return inputs_checked(source, name, anyText, 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return inputs_checked(source, name, anyText, 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    const check = (raw) => (TRUE.includes(raw) ? { value: true } : FALSE.includes(raw) ? { value: false } : undefined);
    return inputs_checked(source, name, check, 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    const check = (raw) => (choices.includes(raw) ? { value: raw } : undefined);
    return inputs_checked(source, name, check, `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const check = (raw) => {
        if (!/^[+-]?\d+$/.test(raw))
            return undefined;
        const value = Number(raw);
        return Number.isSafeInteger(value) && value >= range.min && value <= range.max ? { value } : undefined;
    };
    return inputs_checked(source, name, check, `it must be a whole number from ${range.min} to ${range.max}`, options);
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

;// CONCATENATED MODULE: ./src/actions/checksum/input-helper.ts







function folderInput(source, name, value, workspace) {
    const folder = confinedPath(source.describe(name), value, { workspace });
    const info = (0,external_node_fs_.statSync)(folder, { throwIfNoEntry: false });
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz(source.describe(name), value, 'it must name an existing folder (relative to the workspace)');
    return folder;
}
/** Reads and checks every input once, into one typed settings object. */
function getChecksumSettings(source, workspace) {
    const verify = stringField(source, 'verify');
    const patterns = linesField(source, 'files', { required: verify === '' });
    const algorithms = choiceListField(source, 'algorithms', ALGORITHMS, { default: ['sha256'] });
    const baseDirInput = stringField(source, 'base-dir');
    const common = { workspace, patterns, algorithms };
    if (verify !== '') {
        const sumsFile = confinedPath(source.describe('verify'), verify, { workspace });
        const baseDir = baseDirInput ? folderInput(source, 'base-dir', baseDirInput, workspace) : external_node_path_default().dirname(sumsFile);
        return { ...common, mode: 'verify', sumsFile, baseDir };
    }
    const baseDir = folderInput(source, 'base-dir', baseDirInput || '.', workspace);
    // Relative to base-dir; confined to the workspace like every path.
    const outputInput = stringField(source, 'output');
    const output = outputInput && confinedPath(source.describe('output'), outputInput, { workspace, relativeTo: baseDir });
    return {
        ...common,
        mode: 'generate',
        baseDir,
        format: choiceField(source, 'format', FORMATS, { default: 'gnu' }),
        ...(output ? { output } : {}),
        allowEmpty: booleanField(source, 'allow-empty', false),
        assetNames: choiceField(source, 'asset-names', ['as-is', 'github'], { default: 'as-is' }),
    };
}

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
const markdown_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
function bytes(size) {
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < markdown_UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${size} B` : `${value.toFixed(1)} ${markdown_UNITS[unit]}`;
}

;// CONCATENATED MODULE: ./src/actions/checksum/report.ts



/** The job summary stays readable (and under the runner's 1 MiB limit) for thousands of files. */
const MAX_SUMMARY_ROWS = 300;
function more(total, where) {
    return total > MAX_SUMMARY_ROWS ? `\n… and ${total - MAX_SUMMARY_ROWS} more files, all listed in ${where}.\n` : '';
}
function generateSummary(result, algorithms, workspace) {
    const total = result.entries.reduce((sum, entry) => sum + (entry.size ?? 0), 0);
    const written = result.sumsFiles.map((file) => code(external_node_path_default().relative(workspace, file.path))).join(', ');
    const rows = result.entries
        .slice(0, MAX_SUMMARY_ROWS)
        .map((entry) => [cell(entry.name), bytes(entry.size ?? 0), ...algorithms.map((a) => code(entry.digests[a] ?? ''))]);
    return (`### Checksums\n\n${result.entries.length} files (${bytes(total)}), ${algorithms.join(', ')}, written to ${written}.\n\n` +
        (rows.length ? table(['File', 'Size', ...algorithms], rows) : '') +
        more(result.entries.length, written));
}
function verifySummary(report, sumsFile, workspace) {
    const where = code(external_node_path_default().relative(workspace, sumsFile));
    const head = report.problems.length
        ? `### ❌ Checksums: ${report.problems.length} problems in ${where}\n\n`
        : `### ✅ Checksums: all ${report.verified} files match ${where}\n\n`;
    const rows = report.findings
        .slice(0, MAX_SUMMARY_ROWS)
        .map((finding) => [finding.problem ? '❌' : '✅', cell(finding.name), finding.algorithm ?? '', finding.problem ? cell(describeProblem(finding, sumsFile)) : 'matches']);
    return head + table(['', 'File', 'Algorithm', 'Result'], rows) + more(report.findings.length, where);
}

;// CONCATENATED MODULE: ./src/kit/annotations.ts

/** One warning annotation for each pattern of `input` that matched no file (a platform may be missing). */
function warnUnmatched(unmatched, input, title, consequence) {
    for (const pattern of unmatched)
        runner_commands/* warning */.$e(`The pattern ${JSON.stringify(pattern)} in "${input}" matched no file${consequence ? `: ${consequence}` : ''}.`, { title });
}

;// CONCATENATED MODULE: ./src/actions/checksum/main.ts











function workspaceFolder() {
    return external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
async function matched(settings) {
    const { files, unmatched } = await matchFiles(settings.patterns, settings.workspace, 'Input "files"');
    warnUnmatched(unmatched, 'files', 'Checksum');
    return files;
}
async function generate(settings) {
    const files = await matched(settings);
    if (files.length === 0 && !settings.allowEmpty) {
        throw new errors/* UserError */.yo(`Input "files" matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${settings.workspace}); ` +
            'check the patterns and that the build produced its artifacts, or set allow-empty: true.');
    }
    const result = await generateChecksums({ ...settings, files });
    runner_commands/* setOutput */.uH('files', result.sumsFiles.map((file) => file.path).join('\n'));
    runner_commands/* setOutput */.uH('digests', JSON.stringify(Object.fromEntries(result.entries.map((entry) => [entry.name, entry.digests]))));
    runner_commands/* setOutput */.uH('count', result.entries.length);
    for (const file of result.sumsFiles)
        runner_commands/* info */.pq(`Wrote ${file.path} (${result.entries.length} files, ${file.algorithms.join(', ')}).`);
    await writeSummary(generateSummary(result, settings.algorithms, settings.workspace));
}
async function verify(settings) {
    const files = settings.patterns.length ? await matched(settings) : undefined;
    const report = await verifyChecksums({ sumsFile: settings.sumsFile, baseDir: settings.baseDir, algorithm: settings.algorithms[0], ...(files ? { files } : {}) });
    const annotationFile = external_node_path_default().relative(settings.workspace, settings.sumsFile);
    for (const problem of report.problems) {
        runner_commands/* error */.z3(describeProblem(problem, settings.sumsFile), {
            title: `Checksum ${problem.problem}`,
            file: annotationFile,
            ...(problem.line ? { startLine: problem.line } : {}),
        });
    }
    runner_commands/* setOutput */.uH('files', settings.sumsFile);
    const digests = {};
    for (const finding of report.findings) {
        if (finding.actual && finding.algorithm)
            (digests[finding.name] ??= {})[finding.algorithm] = finding.actual;
    }
    runner_commands/* setOutput */.uH('digests', JSON.stringify(digests));
    runner_commands/* setOutput */.uH('count', report.verified);
    await writeSummary(verifySummary(report, settings.sumsFile, settings.workspace));
    if (report.problems.length > 0) {
        throw new errors/* UserError */.yo(`${report.problems.length} of ${report.findings.length} checks against ${annotationFile} failed; see the annotations.`);
    }
    runner_commands/* info */.pq(`All ${report.verified} files match ${annotationFile}.`);
}
async function main() {
    const settings = getChecksumSettings(actionInputs, workspaceFolder());
    if (settings.mode === 'verify')
        await verify(settings);
    else
        await generate(settings);
}


/***/ }),

/***/ 3713:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A failure the user can fix: its message is shown as is, without a stack trace.
 * Anything else reaching the top level is a defect and is reported as one.
 */
class UserError extends Error {
    name = 'UserError';
}
/** Bad input: names the input (as `Input "files"` or `Option --files`), the value it got and what it accepts. */
class InputError extends UserError {
    name = 'InputError';
    input;
    constructor(input, value, allowed, options = {}) {
        const shown = options.secret ? '***' : JSON.stringify(value);
        super(`${input} has the value ${shown}, but ${allowed}.`);
        this.input = input;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6067);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3713);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4601);



/**
 * The one catch of every action: a user error becomes its message, anything else a short
 * "unexpected" line; the stack goes to the debug log only, never to the user's face.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        if (error instanceof Error && error.stack)
            _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(error.stack));
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(error) ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) : `Unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`));
    }
}


/***/ }),

/***/ 6067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export issueCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4601);
/**
 * The runner's workflow commands that the kit's plumbing (run.ts, action-inputs.ts, summary.ts,
 * annotations.ts) issues, written as the runner reads them: `::command props::message` lines on stdout,
 * outputs appended to $GITHUB_OUTPUT, the summary to $GITHUB_STEP_SUMMARY. Same wire format as
 * `@actions/core`, without loading it: its index also loads an HTTP client (for OIDC tokens) and
 * @actions/exec, which is most of an action bundle's size and start-up. Actions that need more of
 * `@actions/core` import it themselves; both write the same protocol.
 */





/** A command value as the runner expects it: strings as they are, other values as JSON, nothing as ''. */
function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    return typeof input === 'string' ? input : JSON.stringify(input);
}
const escapeData = (value) => commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    // Every registered secret is hidden here too, not only by the runner's masking (add-mask itself excepted).
    const text = command === 'add-mask' ? message : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(commandValue(message));
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(text)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
function annotation(kind, message, properties = {}) {
    const { title, file, startLine, endLine, startColumn, endColumn } = properties;
    const props = Object.keys(properties).length ? { title, file, line: startLine, endLine, col: startColumn, endColumn } : {};
    issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}
const error = (message, properties) => annotation('error', message, properties);
const warning = (message, properties) => annotation('warning', message, properties);
const debug = (message) => issueCommand('debug', {}, message);
const info = (message) => void process.stdout.write((0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(message) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
/** The step fails (exit code 1 once the action returns) with this error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** An input as the runner passes it: `INPUT_<NAME>` (spaces as `_`), trimmed; '' when not set. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A step output: a heredoc entry in $GITHUB_OUTPUT (the old `::set-output` line where there is none). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issueCommand('set-output', { name }, commandValue(value));
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(commandValue(value));
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
}
/** Appends Markdown (and a line end) to the job summary file named by $GITHUB_STEP_SUMMARY. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK).catch(() => {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(file, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(markdown) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 4601:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   J5: () => (/* binding */ secretVariants),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9267);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
