export const id = 992;
export const ids = [992];
export const modules = {

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/glob.ts
var glob = __webpack_require__(956);
// EXTERNAL MODULE: ./src/sign/windows/verify.ts
var verify = __webpack_require__(9390);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/kit/map-limit.ts
var map_limit = __webpack_require__(9464);
// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/audit/authenticode.ts

/** Reads `osslsigncode verify`'s answer: no signature, a signature that verifies, or one that does not (and why). */
function parseOsslsigncodeVerify(exitCode, output) {
    const subject = /Signer #0:\s*\n\s*Subject:\s*(.+)/.exec(output)?.[1]?.trim();
    const withSubject = subject ? { subject } : {};
    if (/No signature found|file has no signature/i.test(output))
        return { status: 'unsigned' };
    const verified = Number(/Number of verified signatures: (\d+)/.exec(output)?.[1] ?? '0');
    if (exitCode === 0 && verified > 0)
        return { status: 'signed', ...withSubject };
    if (/MISMATCH/.test(output))
        return { status: 'invalid', ...withSubject, detail: 'the file was changed after it was signed (digest mismatch)' };
    const reason = /^\s*Error: (.+)$/m.exec(output)?.[1]?.trim() ?? /^.*(?:error|failed).*$/im.exec(output)?.[0]?.trim() ?? `osslsigncode verify exited ${exitCode}`;
    return { status: 'invalid', ...withSubject, detail: reason };
}
/** Checks one PE, MSI or MSIX with `osslsigncode verify` (the CA bundle decides which roots are trusted). */
async function verifyAuthenticode(file, caBundle) {
    const ca = caBundle ? ['-CAfile', caBundle, '-TSA-CAfile', caBundle] : [];
    const { exitCode, stdout, stderr } = await (0,exec/* runTool */.q)('osslsigncode', ['verify', ...ca, '-in', file], { allowFailure: true, timeoutMs: 120_000 });
    return parseOsslsigncodeVerify(exitCode, `${stdout}\n${stderr}`);
}

;// CONCATENATED MODULE: ./src/audit/extract.ts




/** How long one archive may take to open. */
const EXTRACT_TIMEOUT_MS = 20 * 60_000;
/** What an opened container is called in the report: the tool that opened it. */
const OPENED_WITH = {
    zip: '7z',
    tar: '7z',
    compressed: '7z',
    '7z': '7z',
    cpio: '7z',
    dmg: '7z',
    'disk-image': '7z',
    rpm: '7z',
    nsis: '7z (NSIS)',
    msi: 'msiextract',
    deb: 'dpkg-deb',
    squashfs: 'unsquashfs',
    appimage: 'unsquashfs',
};
async function sevenZip(file, dest, type) {
    // Exit 1 is a warning (a link or a name 7-Zip refused to write); what it did write is still audited.
    const result = await (0,exec/* runTool */.q)('7z', ['x', '-y', '-bd', '-bso0', '-bsp0', ...(type ? [`-t${type}`] : []), `-o${dest}`, '--', file], { allowFailure: true, timeoutMs: EXTRACT_TIMEOUT_MS });
    if (result.exitCode > 1)
        throw new errors/* UserError */.yo(`7z could not open ${external_node_path_default().basename(file)}: ${result.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${result.exitCode}`}`);
}
/**
 * Unpacks one container into `dest` (a fresh, empty folder) with the tool made for it. The tools never
 * write outside `dest` (7-Zip drops "../" names; unsquashfs and dpkg-deb extract below the folder given).
 */
async function extract(file, format, dest, offset) {
    const options = { timeoutMs: EXTRACT_TIMEOUT_MS };
    // unsquashfs makes the folder itself (and refuses one that exists); the others extract into it.
    if (format !== 'squashfs' && format !== 'appimage')
        await (0,promises_.mkdir)(dest, { recursive: true });
    switch (format) {
        case 'msi':
            await (0,exec/* runTool */.q)('msiextract', ['-C', dest, file], options);
            return;
        case 'deb':
            await (0,exec/* runTool */.q)('dpkg-deb', ['--extract', file, dest], options);
            return;
        case 'squashfs':
        case 'appimage':
            // -no-xattrs: extended attributes need privileges and do not matter here.
            await (0,exec/* runTool */.q)('unsquashfs', ['-no-progress', '-no-xattrs', ...(offset ? ['-o', String(offset)] : []), '-d', dest, file], options);
            return;
        case 'nsis':
            await sevenZip(file, dest, 'nsis');
            return;
        default:
            await sevenZip(file, dest);
    }
}

// EXTERNAL MODULE: ./src/audit/formats.ts
var formats = __webpack_require__(1883);
// EXTERNAL MODULE: ./src/audit/macho.ts
var macho = __webpack_require__(2245);
;// CONCATENATED MODULE: ./src/audit/audit.ts
/**
 * The inner-signature audit: opens every artifact a leg built (installers, archives, disk images,
 * packages), and the archives inside them, and checks that each Windows program or package inside
 * carries a valid Authenticode signature and each Mach-O binary a code signature. It proves what users
 * run is signed, not just the outer file.
 */










function machOVerdict(slices) {
    const worst = ['broken', 'unsigned', 'adhoc'].find((state) => slices.some((slice) => slice.signature === state));
    if (!worst)
        return { status: 'signed' };
    const detail = slices
        .filter((slice) => slice.signature !== 'signed')
        .map((slice) => `${slice.cpu}: ${slice.detail ?? slice.signature}`)
        .join('; ');
    return { status: worst === 'broken' ? 'invalid' : worst, detail };
}
function machOOf(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        return (0,macho/* machOSignatures */.ul)((0,macho/* fileBytes */.sG)(fd, (0,external_node_fs_.fstatSync)(fd).size));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Every regular file under `dir` (symbolic links are not followed: a link inside an archive may point anywhere). */
async function regularFiles(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await regularFiles(full)));
        else if (entry.isFile())
            out.push(full);
    }
    return out.sort();
}
/** Audits the artifacts; every container is unpacked below `tempRoot` and removed afterwards. */
async function auditArtifacts(artifacts, options) {
    const findings = [];
    const opened = [];
    const maxDepth = options.maxDepth ?? 6;
    const concurrency = options.concurrency ?? 2;
    const verify = options.verify ?? verifyAuthenticode;
    const workRoot = external_node_path_default().join(options.tempRoot, `release-kit-audit-${(0,external_node_crypto_.randomUUID)()}`);
    async function open(file, trail, format, depth, offset) {
        if (depth >= maxDepth) {
            findings.push({ path: trail, type: format, status: 'unopened', detail: `nested deeper than ${maxDepth} containers` });
            return;
        }
        const dest = external_node_path_default().join(workRoot, (0,external_node_crypto_.randomUUID)());
        try {
            await extract(file, format, dest, offset);
            opened.push({ path: trail, tool: OPENED_WITH[format] });
            options.log?.(`Opened ${trail.join(' › ')} (${OPENED_WITH[format]})`);
            const inner = await regularFiles(dest);
            await (0,map_limit/* mapLimit */.s)(inner, concurrency, (child) => visit(child, [...trail, external_node_path_default().relative(dest, child)], depth + 1));
        }
        catch (error) {
            findings.push({ path: trail, type: format, status: 'unopened', detail: (0,errors/* errorMessage */.gJ)(error) });
        }
        finally {
            await (0,promises_.rm)(dest, { recursive: true, force: true });
        }
    }
    async function authenticode(file, trail, type) {
        const verdict = await verify(file, options.caBundle);
        findings.push({ path: trail, platform: 'windows', type, status: verdict.status, ...(verdict.subject ? { subject: verdict.subject } : {}), ...(verdict.detail ? { detail: verdict.detail } : {}) });
    }
    async function visit(file, trail, depth) {
        const kind = (0,formats/* kindOf */.I)(file);
        switch (kind.kind) {
            case 'pe':
                await authenticode(file, trail, 'pe');
                // An NSIS installer is a signed PE around the files it installs: both are checked.
                if (kind.nsis)
                    await open(file, trail, 'nsis', depth);
                return;
            case 'msi':
                await authenticode(file, trail, 'msi');
                await open(file, trail, 'msi', depth);
                return;
            case 'appx':
                await authenticode(file, trail, 'msix');
                await open(file, trail, 'zip', depth);
                return;
            case 'macho': {
                const slices = machOOf(file) ?? [];
                findings.push({ path: trail, platform: 'macos', type: 'mach-o', ...machOVerdict(slices) });
                return;
            }
            case 'archive':
                await open(file, trail, kind.format, depth, kind.offset);
                return;
            default:
                return;
        }
    }
    await (0,promises_.mkdir)(workRoot, { recursive: true });
    try {
        for (const artifact of artifacts) {
            if (!(await (0,promises_.lstat)(artifact)).isFile())
                continue;
            await visit(artifact, [external_node_path_default().basename(artifact)], 0);
        }
    }
    finally {
        await (0,promises_.rm)(workRoot, { recursive: true, force: true });
    }
    // Files inside a container are checked in parallel: the report is in path order, the same every run.
    const byPath = (a, b) => (a.path.join('\0') < b.path.join('\0') ? -1 : a.path.join('\0') > b.path.join('\0') ? 1 : 0);
    return { findings: findings.sort(byPath), opened: opened.sort(byPath) };
}
/** Marks the findings whose path inside their container (or file name) matches one of the globs. */
function markIgnored(report, patterns) {
    if (patterns.length === 0)
        return report;
    const matches = (finding) => {
        const inner = finding.path.at(-1).split((external_node_path_default()).sep).join('/');
        return patterns.some((pattern) => external_node_path_default().posix.matchesGlob(inner, pattern) || external_node_path_default().posix.matchesGlob(external_node_path_default().posix.basename(inner), pattern));
    };
    return { ...report, findings: report.findings.map((finding) => (matches(finding) ? { ...finding, ignored: true } : finding)) };
}
/** Findings that break the requirement: not signed, for a platform that must be signed; any container left closed. */
function failures(report, required) {
    if (required.length === 0)
        return [];
    return report.findings.filter((finding) => !finding.ignored && (finding.platform ? required.includes(finding.platform) && finding.status !== 'signed' : finding.status === 'unopened'));
}
/** Platforms the target must have signed of which the artifacts hold no binary at all: nothing proves them signed. */
function missingPlatforms(report, required) {
    return required.filter((platform) => !report.findings.some((finding) => finding.platform === platform && !finding.ignored));
}

;// CONCATENATED MODULE: ./src/audit/run.ts







/** Finds the artifacts, audits them, and judges the result against the settings (the action and the CLI share it). */
async function runAudit(settings, workspace, tempRoot, describeFiles, log) {
    const { files: artifacts, unmatched } = await (0,glob/* matchFiles */.xo)(settings.patterns, workspace, describeFiles);
    if (artifacts.length === 0) {
        throw new errors/* UserError */.yo(`${describeFiles} matched no file (${settings.patterns.map((p) => JSON.stringify(p)).join(', ')} in ${workspace}); give the artifacts the leg built.`);
    }
    let caBundle;
    if (settings.caFile) {
        caBundle = external_node_path_default().join(tempRoot, `release-kit-audit-ca-${(0,external_node_crypto_.randomUUID)()}.pem`);
        await (0,promises_.writeFile)(caBundle, await (0,verify/* caBundleText */.O9)(settings.caFile));
    }
    try {
        const raw = await auditArtifacts(artifacts, { tempRoot, maxDepth: settings.maxDepth, ...(caBundle ? { caBundle } : {}), ...(log ? { log } : {}) });
        const report = markIgnored(raw, settings.ignore);
        return { artifacts, unmatched, report, required: settings.required, failing: failures(report, settings.required), missing: missingPlatforms(report, settings.required) };
    }
    finally {
        if (caBundle)
            await (0,promises_.rm)(caBundle, { force: true });
    }
}
/** The one error of a failed audit: what is unsigned, in a few lines. */
function auditFailure(run) {
    if (run.failing.length === 0 && run.missing.length === 0)
        return undefined;
    const parts = [];
    if (run.failing.length) {
        const shown = run.failing.slice(0, 10).map((finding) => `${finding.path.join(' › ')} (${finding.status}${finding.detail ? `: ${finding.detail}` : ''})`);
        parts.push(`${run.failing.length} file(s) that must be signed are not: ${shown.join('; ')}${run.failing.length > 10 ? `; … ${run.failing.length - 10} more in the summary` : ''}.`);
    }
    for (const platform of run.missing)
        parts.push(`require-signed names ${platform}, but no ${platform === 'windows' ? 'Windows program or package' : 'Mach-O binary'} was found inside the artifacts.`);
    return `Inner-signature audit failed: ${parts.join(' ')} Sign the inner binaries before they are packaged (see docs/signing-hooks.md).`;
}

;// CONCATENATED MODULE: ./src/audit/report.ts

/** The summary stays readable (and under the runner's 1 MiB limit) for apps with thousands of files. */
const MAX_ROWS = 300;
const STATUS = {
    signed: '✅ signed',
    unsigned: '❌ unsigned',
    invalid: '❌ invalid signature',
    adhoc: '❌ ad hoc only',
    unopened: '⚠️ not opened',
};
function findingPath(finding) {
    return finding.path.join(' › ');
}
/** One line per finding, for the CLI and the log. */
function findingLine(finding) {
    const mark = finding.ignored ? 'IGNORED' : finding.status.toUpperCase();
    return `${mark.padEnd(9)} ${findingPath(finding)} (${finding.type}${finding.subject ? `, ${finding.subject}` : ''})${finding.detail ? `: ${finding.detail}` : ''}`;
}
/** The job summary: a headline, then what is not signed first, then the rest. */
function auditSummary({ report, required, failing, missing }) {
    const binaries = report.findings.filter((finding) => finding.platform);
    const unsigned = binaries.filter((finding) => finding.status !== 'signed');
    const passed = failing.length === 0 && missing.length === 0;
    const need = required.length ? `required: ${required.join(', ')}` : 'report only: no platform required';
    const head = `### ${passed ? (unsigned.length ? '⚠️' : '✅') : '❌'} Inner-signature audit: ${binaries.length} binaries in ${report.opened.length} opened containers, ${unsigned.length} not signed (${need})\n\n`;
    const notes = missing.map((platform) => `> ❌ The target must be signed for ${platform}, but its files hold no ${platform === 'windows' ? 'Windows program or package' : 'Mach-O binary'}.\n`).join('');
    const ordered = [...report.findings].sort((a, b) => Number(a.status === 'signed') - Number(b.status === 'signed'));
    const rows = ordered.slice(0, MAX_ROWS).map((finding) => [
        cell(findingPath(finding)),
        cell(finding.type),
        finding.ignored ? `${STATUS[finding.status]} (ignored)` : STATUS[finding.status],
        cell(finding.subject ?? '—'),
        cell(finding.detail ?? ''),
    ]);
    const more = ordered.length > MAX_ROWS ? `\n… and ${ordered.length - MAX_ROWS} more files.\n` : '';
    return head + notes + (rows.length ? table(['File', 'Type', 'Signature', 'Signer', 'Detail'], rows) : 'No Windows or macOS binary found.\n') + more;
}

// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
;// CONCATENATED MODULE: ./src/audit/settings.ts


const AUDIT_PLATFORMS = ['windows', 'macos'];
/** The audit's settings, read the same way from action inputs and CLI options. */
function readAuditSettings(source, workspace, options = {}) {
    const patterns = options.files ?? (0,inputs/* linesField */.Qz)(source, 'files', { required: true });
    const required = (0,inputs/* choiceListField */.WB)(source, 'require-signed', AUDIT_PLATFORMS, { default: [] });
    const caFile = (0,inputs/* stringField */.OM)(source, 'ca-file');
    const maxDepth = (0,inputs/* integerField */.nm)(source, 'max-depth', { min: 1, max: 20 }, { default: 6 });
    const ignore = (0,inputs/* linesField */.Qz)(source, 'ignore');
    return { patterns, required, ...(caFile ? { caFile: external_node_path_default().resolve(workspace, caFile) } : {}), maxDepth, ignore };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/audit.ts






const auditCommand = (0,command/* defineCommand */.NB)({
    name: 'audit',
    synopsis: '[options] <artifact>...',
    summary: 'Open installers, archives and packages; list every unsigned Windows or macOS binary inside.',
    options: [
        { name: 'require-signed', type: 'string', value: 'LIST', help: 'fail when a binary of these platforms is not signed: windows, macos (default: report only)' },
        { name: 'ca-file', type: 'string', value: 'FILE', help: 'extra CA certificates (PEM) to trust for Authenticode' },
        { name: 'ignore', type: 'string', value: 'GLOB', multiple: true, help: 'an inner path not held against the artifact' },
        { name: 'max-depth', type: 'string', value: 'N', help: 'containers opened at most this deep (default 6)' },
    ],
    async run(values, positionals) {
        if (positionals.length === 0)
            throw new command/* UsageError */.eb('audit needs the artifacts to open (setup.exe, app.msi, app.dmg, app.AppImage…)', auditCommand);
        const ignore = values.ignore?.join('\n') ?? '';
        const cwd = process.cwd();
        const settings = readAuditSettings((0,command/* optionSource */.Ns)({ ...values, ignore }), cwd, { files: positionals });
        const run = await runAudit(settings, cwd, (0,external_node_os_.tmpdir)(), 'The artifacts given', (message) => console.error(message));
        for (const finding of run.report.findings)
            console.log(findingLine(finding));
        const binaries = run.report.findings.filter((finding) => finding.platform);
        console.log(`${binaries.length} binaries checked, ${binaries.filter((finding) => finding.status !== 'signed').length} not signed`);
        const failure = auditFailure(run);
        if (failure)
            throw new errors/* UserError */.yo(failure);
    },
});


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
