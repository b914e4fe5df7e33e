export const id = 629;
export const ids = [629,521];
export const modules = {

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

// EXTERNAL MODULE: ./src/kit/confined-path.ts
var confined_path = __webpack_require__(8676);
// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
;// CONCATENATED MODULE: ./src/actions/checksum/input-helper.ts







function folderInput(source, name, value, workspace) {
    const folder = (0,confined_path/* confinedPath */.OR)(source.describe(name), value, { workspace });
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
        const sumsFile = (0,confined_path/* confinedPath */.OR)(source.describe('verify'), verify, { workspace });
        const baseDir = baseDirInput ? folderInput(source, 'base-dir', baseDirInput, workspace) : external_node_path_default().dirname(sumsFile);
        return { ...common, mode: 'verify', sumsFile, baseDir };
    }
    const baseDir = folderInput(source, 'base-dir', baseDirInput || '.', workspace);
    // Relative to base-dir; confined to the workspace like every path.
    const outputInput = (0,inputs/* stringField */.OM)(source, 'output');
    const output = outputInput && (0,confined_path/* confinedPath */.OR)(source.describe('output'), outputInput, { workspace, relativeTo: baseDir });
    return {
        ...common,
        mode: 'generate',
        baseDir,
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
    // A sums file is untrusted input: a name reaching outside base-dir (by "..", an absolute path or a
    // link) is refused before anything is read, so no file elsewhere is hashed or shown.
    const base = (0,confined_path/* realLocation */.EQ)(request.baseDir);
    const outside = expected.filter((entry) => !(0,confined_path/* isWithin */.UO)(base, (0,confined_path/* realLocation */.EQ)(pathOfName(request.baseDir, entry.name))));
    if (outside.length) {
        throw new errors/* UserError */.yo(`${request.sumsFile} names files outside base-dir ${request.baseDir}: ${outside.map((entry) => `line ${entry.line} ${JSON.stringify(entry.name)}`).join(', ')}. ` +
            'Names in a sums file are relative to base-dir and must stay inside it; nothing was read.');
    }
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

/***/ 8676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ realLocation),
/* harmony export */   OR: () => (/* binding */ confinedPath),
/* harmony export */   UO: () => (/* binding */ isWithin)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);



/**
 * Where a path really is: `..` resolved and every symbolic link followed, for the part that exists
 * (the deepest existing ancestor), with the rest appended — so a link in the way cannot lead out.
 */
function realLocation(target) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(target);
    const missing = [];
    for (let current = absolute;; current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current)) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(current), ...missing.reverse());
        }
        catch {
            if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current) === current)
                return absolute;
            missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(current));
        }
    }
}
/** Whether `candidate` is `root` or below it (both absolute, already resolved). */
function isWithin(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && relative !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
/**
 * An input naming a path, made absolute and confined: after `..` and symbolic links are resolved it
 * must lie inside the workspace (or RUNNER_TEMP, when allowed); otherwise one error naming the input,
 * its value and what is allowed. Returns the resolved path.
 */
function confinedPath(input, value, where) {
    const resolved = realLocation(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(where.relativeTo ?? where.workspace, value));
    const roots = [where.workspace, ...(where.runnerTemp ? [where.runnerTemp] : [])].map(realLocation);
    if (roots.some((root) => isWithin(root, resolved)))
        return resolved;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `it must stay inside the workspace ${where.workspace}${where.runnerTemp ? ` or RUNNER_TEMP ${where.runnerTemp}` : ''} (after resolving ".." and symbolic links; it points to ${resolved})`);
}


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
