export const id = 104;
export const ids = [104];
export const modules = {

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ ChangelogCommitSchema),
/* harmony export */   TN: () => (/* binding */ MANAGERS),
/* harmony export */   yY: () => (/* binding */ PackageManagersSchema)
/* harmony export */ });
/* unused harmony exports HomebrewSchema, ScoopSchema, WingetSchema, ChocolateySchema, AurSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);
/**
 * The `package-managers:` block of release-kit.yml: which package managers get a manifest for each
 * published release, where it goes, and what the manifest says about the product.
 */

const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;
const repository = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(REPOSITORY, 'owner/repo, e.g. octo-org/homebrew-tap');
const globs = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).describe('Release asset names (globs) this manager may use; default: chosen by os, arch and file type.');
const prerelease = zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false).describe('Also update this manager for prereleases (default: stable releases only).');
const binList = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1);
/** What every manifest says about the product; each manager block may override it. */
const ProductFields = {
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('One-line description.'),
    homepage: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().optional().describe('Product home page; default: the repository page.'),
    license: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('SPDX licence identifier, e.g. MIT.'),
};
const HomebrewSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tap: repository.describe('Tap repository, e.g. octo-org/homebrew-tap.'),
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Branch to commit to; default: the tap\'s default branch.'),
    formula: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9._+-]*$/, 'lower-case formula name').optional().describe('Formula name; default: the product name in lower case.'),
    bin: binList.optional().describe('Executables in the CLI archive (paths inside it); default: the formula name.'),
    completions: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ bash: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zsh: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), fish: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) })
        .partial()
        .strict()
        .optional()
        .describe('Shell completion files inside the CLI archive.'),
    cask: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9.+-]*$/, 'lower-case cask token').optional(),
        app: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/\.app$/, 'an .app bundle name, e.g. Octo.app').describe('The .app inside the dmg or zip.'),
        assets: globs.optional(),
    })
        .strict()
        .optional()
        .describe('Also write a cask for the macOS app (dmg or zip).'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
})
    .strict();
const ScoopSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    bucket: repository.describe('Bucket repository, e.g. octo-org/scoop-bucket.'),
    branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).optional().describe('Manifest name; default: the product name in lower case.'),
    bin: binList.optional().describe('Executables inside the zip; default: <name>.exe.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
})
    .strict();
const WingetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    'package-identifier': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[^.\s\\/:*?"<>|]{1,32}(\.[^.\s\\/:*?"<>|]{1,32}){1,7}$/, 'Publisher.Package, e.g. OctoOrg.Octo')
        .describe('The winget PackageIdentifier.'),
    publisher: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(2).max(256),
    'package-name': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(2).max(256).optional().describe('Default: the product name.'),
    repository: repository.default('microsoft/winget-pkgs').describe('Repository the pull request is opened against.'),
    fork: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Push the branch to a fork of the repository (owned by the token\'s user) and open the pull request from it.'),
    'installer-type': zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['msi', 'nullsoft', 'msix']).optional().describe('Which installer to list when the release has several kinds; default: msi, then nullsoft (NSIS), then msix.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
})
    .strict();
const ChocolateySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case package id').optional().describe('Package id; default: the product name in lower case.'),
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    authors: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Authors of the software.'),
    tags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\S+$/)).optional(),
    feed: zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5().default('https://push.chocolatey.org/').describe('NuGet v2 feed the package is pushed to.'),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
})
    .strict();
const AurSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    package: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[a-z0-9@._+][a-z0-9@._+-]*-bin$/, 'an AUR package name ending in -bin').optional().describe('Default: <product>-bin.'),
    remote: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Git remote of the AUR package, e.g. ssh://aur@aur.archlinux.org/octo-bin.git.'),
    maintainer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Name <email> for the Maintainer line.'),
    bin: binList.optional().describe('Executables inside the Linux archive; default: the product name.'),
    depends: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional(),
    assets: globs.optional(),
    prerelease,
    ...ProductFields,
})
    .strict();
const PackageManagersSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...ProductFields,
    homebrew: HomebrewSchema.optional(),
    scoop: ScoopSchema.optional(),
    winget: WingetSchema.optional(),
    chocolatey: ChocolateySchema.optional(),
    aur: AurSchema.optional(),
})
    .strict()
    .describe('Package manager manifests written from each published release.');
const MANAGERS = ['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'];
/** `notes.changelog-commit`: how the updated CHANGELOG.md reaches the default branch after publishing. */
const ChangelogCommitSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['off', 'push', 'pull-request'])
    .describe('After publishing, commit the updated changelog-file to the default branch (push) or open a pull request with it; off (default) keeps it in the job only.');


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


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   FM: () => (/* binding */ NAME_PLACEHOLDERS),
/* harmony export */   _M: () => (/* binding */ companionOf),
/* harmony export */   "do": () => (/* binding */ releaseName),
/* harmony export */   je: () => (/* binding */ extensionOf)
/* harmony export */ });
/* unused harmony exports COMPANION_SUFFIXES, keptNameReason */
/** Extensions of more than one part that name one kind of file. */
const COMPOUND = ['.app.tar.gz', '.AppImage.tar.gz', '.nsis.zip', '.msi.zip', '.tar.gz', '.tar.xz', '.tar.zst', '.tar.bz2'];
/** Detached signatures and block maps: each belongs to the file it is named after, and follows that file's release name. */
const COMPANION_SUFFIXES = ['.sig', '.asc', '.minisig', '.blockmap'];
const baseOf = (file) => file.split(/[\\/]/).pop() ?? file;
/** The extension of a file as a release engineer means it: `app.tar.gz` → `tar.gz`, `setup.exe` → `exe`, `x.exe.blockmap` → `exe.blockmap`. */
function extensionOf(file) {
    const companion = companionOf(file);
    if (companion) {
        const inner = extensionOf(companion.bundle);
        return inner ? `${inner}${companion.suffix}` : companion.suffix.slice(1);
    }
    const base = baseOf(file);
    const lower = base.toLowerCase();
    const compound = COMPOUND.find((ext) => lower.endsWith(ext.toLowerCase()) && lower.length > ext.length);
    if (compound)
        return base.slice(base.length - compound.length + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1) : '';
}
/** `X.AppImage.sig` → the bundle `X.AppImage` and the suffix `.sig`; undefined for a file that is no companion. */
function companionOf(file) {
    const base = baseOf(file);
    const suffix = COMPANION_SUFFIXES.find((s) => base.toLowerCase().endsWith(s) && base.length > s.length);
    return suffix ? { bundle: base.slice(0, base.length - suffix.length), suffix } : undefined;
}
/**
 * Why a file must keep the name its build gave it, or undefined: these names are part of the format,
 * and the tools that read them refuse a renamed file.
 */
function keptNameReason(file, target) {
    const base = baseOf(file);
    const lower = base.toLowerCase();
    if (lower.endsWith('.whl'))
        return 'a wheel keeps its name: pip reads the package, version and platform tags from it (PEP 427)';
    if (lower.endsWith('.nupkg'))
        return 'a .nupkg keeps its name: Squirrel.Windows finds its packages by name in RELEASES';
    if (base === 'RELEASES')
        return 'RELEASES keeps its name: Squirrel.Windows downloads it by that name';
    if (target.shipsWheel && lower.endsWith('.tar.gz'))
        return 'an sdist keeps its name: pip reads the package and version from {name}-{version}.tar.gz (PEP 625)';
    return undefined;
}
/** Fills `{name}-{version}-{os}-{arch}.{ext}`; unknown placeholders are left for the config check to refuse. */
function artifactName(template, parts, file) {
    const ext = extensionOf(file);
    const base = baseOf(file);
    const values = { ...parts, ext, basename: ext ? base.slice(0, base.length - ext.length - 1) : base };
    const name = template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
    return ext ? name : name.replace(/\.$/, '');
}
/**
 * The release name of one built file: a companion (`.sig`, `.blockmap`, `.asc`, `.minisig`) is named
 * after its bundle's release name, a file whose name is part of its format keeps it, any other file
 * is named by the template. `kept` says why a name was kept.
 */
function releaseName(file, rule) {
    const companion = companionOf(file);
    if (companion) {
        const bundle = releaseName(companion.bundle, rule);
        return { ...bundle, name: `${bundle.name}${companion.suffix}` };
    }
    const kept = keptNameReason(file, rule);
    if (kept)
        return { name: baseOf(file), kept };
    return { name: artifactName(rule.template, rule.parts, file) };
}
const NAME_PLACEHOLDERS = ['name', 'version', 'os', 'arch', 'target', 'ext', 'basename'];


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_LIMITS: () => (/* binding */ CONFIG_LIMITS),
  ReleaseKitConfigSchema: () => (/* binding */ ReleaseKitConfigSchema),
  TargetSchema: () => (/* binding */ TargetSchema),
  VERSION_SOURCES: () => (/* binding */ VERSION_SOURCES),
  loadNotesConfig: () => (/* binding */ loadNotesConfig),
  parseNotesConfig: () => (/* binding */ parseNotesConfig),
  parseWithSchema: () => (/* binding */ parseWithSchema),
  readConfig: () => (/* binding */ readConfig),
  releaseKitJsonSchema: () => (/* binding */ releaseKitJsonSchema)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/distribute/settings.ts
var settings = __webpack_require__(2654);
;// CONCATENATED MODULE: ./src/notes/config.ts


const typeList = schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[a-z][\w-]*$/, 'a commit type such as feat or fix'));
/** The `notes:` block of release-kit.yml; every key may also be given as an action input of the same name. */
const NotesConfigSchema = schemas/* object */.Ikc({
    'tag-pattern': schemas/* string */.YjP().regex(/\{version\}/, 'must contain {version}').describe('Tag naming scheme, e.g. v{version} or my-package@{version}.'),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Only commits touching these paths (a monorepo package).'),
    prerelease: schemas/* string */.YjP().regex(/^[0-9A-Za-z-]+$/).describe('Prerelease channel of untagged releases: beta → 1.3.0-beta.1.'),
    'initial-version': schemas/* string */.YjP().regex(/^\d+\.\d+\.\d+$/).describe('Version of the first release.'),
    'breaking-below-1': schemas/* enum */.k5n(['minor', 'major']).describe('Bump for a breaking change below 1.0.0.'),
    'minor-types': typeList.describe('Commit types that make a minor release.'),
    'patch-types': typeList.describe('Commit types that make a patch release.'),
    bumps: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z][\w-]*$/, 'a commit type such as feat or fix'), schemas/* enum */.k5n(['major', 'minor', 'patch', 'none']))
        .describe('Bump per commit type, e.g. { build: patch, deps: patch }; over minor-types and patch-types.'),
    'squash-bodies': schemas/* enum */.k5n(['non-conventional', 'never']).describe('Which squash-merge bodies list changes of their own: non-conventional (default) or never.'),
    'allow-mentions': schemas/* boolean */.zMY().describe('Keep @mentions in commit text as they are (they notify people when the notes are published).'),
    'fold-prereleases': schemas/* boolean */.zMY().describe('Whole-history changelog: list a prerelease under the stable release that follows it instead of a section of its own.'),
    sections: schemas/* array */.YOg(schemas/* object */.Ikc({ title: schemas/* string */.YjP().min(1), types: typeList.min(1) }).strict()).min(1).describe('Sections in order, each with the commit types it lists.'),
    'hidden-types': typeList.describe('Types left out of the notes (still counted for the bump).'),
    'breaking-title': schemas/* string */.YjP().min(1),
    'other-title': schemas/* string */.YjP().min(1),
    'spec-url-template': schemas/* string */.YjP().regex(/\{id\}/, 'must contain {id}').describe('Link for spec IDs, e.g. https://example.com/specs/{id}.'),
    'spec-id-patterns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Regular expressions of spec IDs.'),
    requirements: schemas/* boolean */.zMY().describe('Add a "Requirements covered" list.'),
    'changelog-file': schemas/* string */.YjP().min(1).describe('CHANGELOG.md to prepend the new section to.'),
    'changelog-commit': settings/* ChangelogCommitSchema */.Bb,
})
    .partial()
    .strict();

// EXTERNAL MODULE: ./src/kit/duration.ts
var duration = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/notarize/settings.ts


/** How long to wait for Apple's verdict, and how often to ask: the same ranges in release-kit.yml and the action's inputs. */
const WAIT_TIMEOUT = { min: 1000, max: 24 * 3_600_000 };
const POLL_INTERVAL = { min: 50, max: 60_000 };
const NOTARIZE_BACKENDS = ['auto', 'notarytool', 'rest'];
const settings_duration = (range, description) => schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()])
    .refine((value) => (0,duration/* durationIn */.en)(value, range) !== undefined, { message: (0,duration/* durationAllowed */.fA)(range) })
    .transform((value) => String(value))
    .describe(description);
/**
 * A target's `notarize:`: true (the defaults), false, or a block of the notarize action's non-secret
 * inputs. Credentials (API key or Apple ID) stay workflow secrets.
 */
const NotarizeConfigSchema = schemas/* union */.KCZ([
    schemas/* boolean */.zMY(),
    schemas/* object */.Ikc({
        backend: schemas/* enum */.k5n(NOTARIZE_BACKENDS).optional().describe('auto (notarytool on macOS, the Notary REST API elsewhere), notarytool or rest.'),
        'wait-timeout': settings_duration(WAIT_TIMEOUT, 'How long to wait for Apple\'s verdict (default 30m).').optional(),
        'poll-interval': settings_duration(POLL_INTERVAL, 'How often to ask for it (default 5s).').optional(),
        staple: schemas/* boolean */.zMY().optional().describe('Staple the ticket to .app, .dmg and .pkg files (default true).'),
    })
        .strict(),
])
    .default(false)
    .describe('Notarize (macOS) after signing: true, or a block of the notarize action\'s settings.');
/** The notarize action's inputs a target's block sets, as input text. */
const notarizeInputsOf = (config) => (typeof config === 'object' ? Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)])) : {});

// EXTERNAL MODULE: ./src/sign/settings.ts
var sign_settings = __webpack_require__(196);
// EXTERNAL MODULE: ./src/smoke/settings.ts
var smoke_settings = __webpack_require__(5608);
// EXTERNAL MODULE: ./src/plan/artifact-name.ts
var artifact_name = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/build/settings.ts
/**
 * A target's build environment: `build-env:` in release-kit.yml maps the variables its build command
 * reads (TAURI_SIGNING_PRIVATE_KEY, CSC_LINK, RELEASE_KIT_CERTIFICATE…) to the names of workflow
 * secrets. The build gets these and nothing else of the workflow's secrets; the same schema checks
 * release-kit.yml, `release-kit check` and the matrix-build action's reading of the secrets it is given.
 */


const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit or GITHUB_. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
/** Variables the kit sets for the build itself, or the runner's own: a target may not take them over. */
const RESERVED_BUILD_ENV = ['RELEASE_KIT_VERSION', 'RELEASE_KIT_TARGET', 'RELEASE_KIT_OS', 'RELEASE_KIT_ARCH', 'RELEASE_KIT_CONFIG', 'PATH', 'HOME', 'CI'];
const RESERVED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_'];
const BUILD_ENV_KEY_ALLOWED = `an environment variable name (letters, digits and _, not starting with a digit), none of ${RESERVED_BUILD_ENV.join(', ')} and none starting with ${RESERVED_PREFIXES.join(', ')}`;
const BUILD_ENV_VALUE_ALLOWED = 'the name of a workflow secret (letters, digits and _, not starting with a digit or GITHUB_)';
const reserved = (name) => RESERVED_BUILD_ENV.includes(name.toUpperCase()) || RESERVED_PREFIXES.some((prefix) => name.toUpperCase().startsWith(prefix));
const BuildEnvSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
    .superRefine((env, ctx) => {
    for (const [name, secret] of Object.entries(env)) {
        if (!ENV_NAME.test(name) || reserved(name))
            ctx.addIssue({ code: 'custom', path: [name], message: `${JSON.stringify(name)} is not allowed here: it must be ${BUILD_ENV_KEY_ALLOWED}` });
        else if (!SECRET_NAME.test(secret))
            ctx.addIssue({ code: 'custom', path: [name], message: `${JSON.stringify(secret)} is not allowed: it must be ${BUILD_ENV_VALUE_ALLOWED}` });
    }
})
    .default({})
    .describe('Environment of the build command: variable name → name of the workflow secret it takes (TAURI_SIGNING_PRIVATE_KEY: TAURI_SIGNING_PRIVATE_KEY). The build gets only these; the workflow passes the secrets as build-secrets.');
/**
 * The secrets the workflow hands the build job (`build-secrets`): a JSON object, secret name → value
 * (`${{ toJSON(secrets) }}`, or an object written with only the secrets the builds need). Empty: none.
 */
function parseBuildSecrets(text, describe) {
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== 'string')) {
        // The value is a secret: the error names the input and the form, never the text.
        throw new InputError(describe, text, 'it must be a JSON object of secret name → text, e.g. ${{ toJSON(secrets) }}', { secret: true });
    }
    return parsed;
}
/**
 * The target's build env from the secrets given: secret names match as GitHub treats them, without
 * regard to case. A missing secret fails, naming the target, the variable and the secret — or, for a
 * run that builds without secrets (a PR check), is left unset and reported.
 */
function resolveBuildEnv(buildEnv, secrets, where, options) {
    const byName = new Map(Object.entries(secrets).map(([name, value]) => [name.toUpperCase(), value]));
    const env = {};
    const missing = [];
    for (const [name, secret] of Object.entries(buildEnv)) {
        const value = byName.get(secret.toUpperCase());
        if (value === undefined || value === '')
            missing.push({ name, secret });
        else
            env[name] = value;
    }
    if (missing.length && !options.allowMissing) {
        throw new UserError(`${where}: build-env needs the workflow secret${missing.length > 1 ? 's' : ''} ${missing.map((m) => `${m.secret} (for ${m.name})`).join(', ')}, which build-secrets does not hold (or holds empty); pass it from the calling workflow, e.g. build-secrets: \${{ toJSON(secrets) }}.`);
    }
    return { env, missing };
}
/**
 * What the build command's process sees: the runner's environment without the action's own inputs
 * (INPUT_*: the secrets handed to this step), then the kit's variables and the target's build-env.
 */
function buildProcessEnv(base, kit, declared) {
    const env = {};
    for (const [name, value] of Object.entries(base))
        if (value !== undefined && !name.toUpperCase().startsWith('INPUT_'))
            env[name] = value;
    return { ...env, ...kit, ...declared };
}

// EXTERNAL MODULE: ./src/feed/minisign.ts
var minisign = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/plan/config.ts












const ID = /^[a-z0-9][a-z0-9-]*$/;
/** One smoke check: written once in the JSON Schema, used by both forms of `smoke:`. */
const SmokeCheckSchema = smoke_settings/* SmokeConfigSchema */.nM.meta({ id: 'smoke-check' });
const TargetSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().regex(ID, 'lower-case letters, digits and dashes, e.g. windows-x64').describe('Unique id: names the matrix leg and its artifact.'),
    runner: schemas/* string */.YjP().min(1).describe('runs-on label, e.g. ubuntu-24.04, windows-2025, macos-15.'),
    os: schemas/* enum */.k5n(['linux', 'windows', 'macos', 'any']).describe('Operating system the artifacts are for; any for platform-independent files (a wheel, a .pyz, a .jar).'),
    arch: schemas/* enum */.k5n(['x64', 'arm64', 'x86', 'universal', 'any']).describe('CPU architecture of the artifacts; any for platform-independent files.'),
    build: schemas/* string */.YjP().min(1).describe('Build command, run with bash from the repository root; {version} is the version.'),
    'build-env': BuildEnvSchema,
    artifacts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the files this build produces.'),
    'artifact-name': schemas/* string */.YjP().min(1).optional().describe('Naming template; default: the top-level artifact-name.'),
    sign: sign_settings/* SignConfigSchema */.vB,
    notarize: NotarizeConfigSchema,
    smoke: schemas/* union */.KCZ([SmokeCheckSchema, schemas/* array */.YOg(SmokeCheckSchema).min(1)])
        .transform((smoke) => (Array.isArray(smoke) ? smoke : [smoke]))
        .optional()
        .describe('Smoke test run on this runner after signing: the smoke-test action\'s settings; a list for several checks (the NSIS installer, the MSI, the backend alone).'),
})
    .strict();
/** An update feed: on for every file, off, or scoped to some targets' files (and globs of release names). */
const FeedSchema = schemas/* union */.KCZ([
    schemas/* boolean */.zMY(),
    schemas/* object */.Ikc({
        targets: schemas/* array */.YOg(schemas/* string */.YjP().regex(ID)).min(1).optional().describe('Ids of the targets whose files the feed covers.'),
        files: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional().describe('Globs of release names the feed covers.'),
    })
        .strict(),
])
    .default(false);
const VERSION_SOURCES = ['tag', 'package.json', 'Cargo.toml', 'pyproject.toml', 'tauri.conf.json'];
const ReleaseKitConfigSchema = schemas/* object */.Ikc({
    product: schemas/* object */.Ikc({
        name: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes and underscores').describe('Product name used in artifact names.'),
        'version-from': schemas/* enum */.k5n(VERSION_SOURCES).default('tag').describe('Where the version comes from.'),
        'version-file': schemas/* string */.YjP().min(1).optional().describe('Path of the version file when it is not at the root.'),
    })
        .strict(),
    'artifact-name': schemas/* string */.YjP()
        .regex(/\{ext\}/, 'must contain {ext}')
        .default('{name}-{version}-{os}-{arch}.{ext}')
        .describe('Template of release file names: {name} {version} {os} {arch} {target} {ext} {basename} (the built file\'s name without extension).'),
    targets: schemas/* array */.YOg(TargetSchema).min(1).describe('One matrix leg per target.'),
    notes: NotesConfigSchema.optional(),
    checksum: schemas/* object */.Ikc({
        algorithms: schemas/* array */.YOg(schemas/* enum */.k5n(['sha256', 'sha384', 'sha512', 'sha3-256', 'blake2b512'])).min(1).default(['sha256']),
        sign: schemas/* enum */.k5n(['gpg', 'minisign', 'none']).default('none').describe('Detached signature over the sums file.'),
    })
        .strict()
        .optional(),
    feeds: schemas/* object */.Ikc({
        electron: FeedSchema.describe('electron-updater feeds (latest*.yml): true, or the targets (and globs of release names) they cover.'),
        tauri: FeedSchema.describe('Tauri\'s latest.json: true, or the targets (and globs of release names) it covers.'),
        'tauri-platforms': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
        'tauri-public-key': schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe("The Tauri updater public key (pubkey of tauri.conf.json, or the .pub file's content): the release job checks every bundle's .sig against it before latest.json is written, and a stale .sig fails the release."),
        'staging-percentage': schemas/* number */.aig().int().min(0).max(100).optional(),
    })
        .strict()
        .optional(),
    channels: schemas/* array */.YOg(schemas/* object */.Ikc({
        prerelease: schemas/* string */.YjP().regex(/^[0-9A-Za-z-]+$/).describe('Prerelease identifier, e.g. beta in 1.2.0-beta.1.'),
        channel: schemas/* string */.YjP().regex(ID).describe('Channel the release goes to.'),
    })
        .strict())
        .default([])
        .describe('Prerelease identifier → channel; a tag without a prerelease goes to the stable channel.'),
    'package-managers': settings/* PackageManagersSchema */.yY.optional(),
})
    .strict()
    .superRefine((config, ctx) => {
    const checkTemplate = (template, path) => {
        for (const [, key] of template.matchAll(/\{(\w+)\}/g)) {
            if (!artifact_name/* NAME_PLACEHOLDERS */.FM.includes(key))
                ctx.addIssue({ code: 'custom', path, message: `{${key}} is not a placeholder; use ${artifact_name/* NAME_PLACEHOLDERS */.FM.map((p) => `{${p}}`).join(' ')}` });
        }
    };
    checkTemplate(config['artifact-name'], ['artifact-name']);
    const publicKey = config.feeds?.['tauri-public-key'];
    if (publicKey !== undefined && !(0,minisign/* parsePublicKey */.ee)(publicKey))
        ctx.addIssue({ code: 'custom', path: ['feeds', 'tauri-public-key'], message: minisign/* PUBLIC_KEY_FORMS */.mQ });
    const seen = new Set();
    config.targets.forEach((target, index) => {
        if (seen.has(target.id))
            ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: `the id ${target.id} is used by another target` });
        seen.add(target.id);
        if (target['artifact-name'])
            checkTemplate(target['artifact-name'], ['targets', index, 'artifact-name']);
        if (target.notarize && target.os !== 'macos')
            ctx.addIssue({ code: 'custom', path: ['targets', index, 'notarize'], message: 'only macOS artifacts are notarized' });
    });
});
/**
 * The notes block alone: the release-notes action reads only it, and must keep working in repositories
 * whose release-kit.yml has nothing else.
 */
const NotesOnlySchema = schemas/* object */.Ikc({ notes: NotesConfigSchema.optional() }).loose();
/** The JSON Schema editors use for release-kit.yml (published as docs/release-kit.schema.json). */
function releaseKitJsonSchema() {
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'release-kit.yml', ...json_schema_processors/* toJSONSchema */.bl(ReleaseKitConfigSchema, { io: 'input' }) };
}
/** Limits of a config: GitHub runs at most 256 jobs from one matrix; nothing real comes near the rest. */
const CONFIG_LIMITS = { bytes: 1024 * 1024, targets: 256, artifactsPerTarget: 100, aliases: 100 };
async function readConfig(file) {
    // Refused before it is read: a huge file would cost memory and minutes before any other check.
    const size = (await (0,promises_.stat)(file).catch(() => undefined))?.size ?? 0;
    if (size > CONFIG_LIMITS.bytes)
        throw new errors/* UserError */.yo(`The config file ${file} is ${size} bytes; a config may be at most ${CONFIG_LIMITS.bytes} bytes (1 MiB).`);
    return (0,promises_.readFile)(file, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
    });
}
/** Reads only the notes block of release-kit.yml (the rest is not checked). */
async function loadNotesConfig(file) {
    return parseNotesConfig(await readConfig(file), file);
}
function parseNotesConfig(text, file) {
    return parseWithSchema(NotesOnlySchema, text, file).notes ?? {};
}
/** The keys a block at this path may hold (for "did you mean"). */
function keysAt(schema, path) {
    const def = schema._zod.def;
    switch (def.type) {
        case 'object':
            return path.length ? keysAt(def.shape[String(path[0])] ?? schemas/* never */.ZmZ(), path.slice(1)) : Object.keys(def.shape);
        case 'array':
            return path.length ? keysAt(def.element, path.slice(1)) : [];
        case 'optional':
        case 'default':
        case 'nullable':
            return keysAt(def.innerType, path);
        case 'pipe':
            return keysAt(def.in, path);
        case 'union':
            return def.options.flatMap((option) => keysAt(option, path));
        default:
            return [];
    }
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** `did you mean \`artifacts\`?` for a key a typo away from an allowed one. */
function suggestion(key, allowed) {
    const best = allowed.map((name) => ({ name, d: editDistance(key, name) })).sort((a, b) => a.d - b.d)[0];
    return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? `; did you mean \`${best.name}\`?` : `; allowed here: ${allowed.join(', ')}`;
}
const TYPE_WORDS = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a block of keys', record: 'a block of keys' };
/** One union branch's issues: the branch whose type matched the value (not the one that wanted a list for a block). */
function unionBranch(issue) {
    // The branch that got inside the value (its issues are all below it), else the one whose type matched.
    const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((sub) => sub.path.length > 0 || sub.code === 'unrecognized_keys'));
    if (inside.length === 1)
        return inside[0];
    const fits = issue.errors.filter((branch) => !branch.some((sub) => sub.path.length === 0 && sub.code === 'invalid_type'));
    return fits.length === 1 ? fits[0] : undefined;
}
/** Zod's issue in the words of release-kit.yml: the range, the allowed values, the nearest key. */
function explain(issue, schema) {
    const path = issue.path;
    const smokeKey = path.includes('smoke') ? (0,smoke_settings/* smokeAllowed */.Gf)(String(path[path.length - 1])) : undefined;
    switch (issue.code) {
        case 'invalid_union': {
            const branch = unionBranch(issue);
            if (branch)
                return branch.flatMap((sub) => explain({ ...sub, path: [...path, ...sub.path] }, schema));
            return [{ path, message: smokeKey ?? 'it has none of the allowed forms (see docs/release-kit.schema.json)' }];
        }
        case 'unrecognized_keys':
            return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${suggestion(key, keysAt(schema, path))}` }));
        case 'invalid_value':
            return [{ path, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
        case 'invalid_type':
            if (issue.input === undefined)
                return [{ path, message: `is required${smokeKey ? `: ${smokeKey.replace(/^it must be /, '')}` : ''}` }];
            return [{ path, message: smokeKey ?? `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}` }];
        case 'too_small':
            if (smokeKey)
                return [{ path, message: smokeKey }];
            return [{ path, message: issue.origin === 'array' ? `must list at least ${issue.minimum}` : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}` }];
        case 'too_big':
            return [{ path, message: smokeKey ?? (issue.origin === 'array' ? `must list at most ${issue.maximum}` : `must be at most ${issue.maximum}`) }];
        default:
            return [{ path, message: smokeKey && issue.code !== 'custom' ? smokeKey : issue.message }];
    }
}
/**
 * Parses YAML text with a schema, then `check` on the parsed value; every problem is one line naming
 * the file, line and column, and the key path (a target by its id).
 */
function parseWithSchema(schema, text, file, check) {
    if (text.length > CONFIG_LIMITS.bytes)
        throw new errors/* UserError */.yo(`The config file ${file} is larger than ${CONFIG_LIMITS.bytes} bytes (1 MiB), the most a config may be.`);
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const where = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const [syntax] = document.errors;
    if (syntax)
        throw new errors/* UserError */.yo(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
    let raw;
    try {
        raw = (document.toJS({ maxAliasCount: CONFIG_LIMITS.aliases }) ?? {});
    }
    catch (error) {
        // An alias bomb: a few lines whose aliases expand to billions of nodes.
        throw new errors/* UserError */.yo(`${file}: ${error.message.replace(/\.$/, '')}; a config may expand its aliases (*name) at most ${CONFIG_LIMITS.aliases} times.`);
    }
    const at = (path) => where(document.getIn(path, true)?.range?.[0]);
    if (Array.isArray(raw.targets)) {
        const targets = raw.targets;
        if (targets.length > CONFIG_LIMITS.targets)
            throw new errors/* UserError */.yo(`${at(['targets'])}: targets: ${targets.length} targets, but GitHub runs at most ${CONFIG_LIMITS.targets} jobs from one matrix.`);
        targets.forEach((target, index) => {
            const { id, artifacts } = (target ?? {});
            if (Array.isArray(artifacts) && artifacts.length > CONFIG_LIMITS.artifactsPerTarget) {
                throw new errors/* UserError */.yo(`${at(['targets', index, 'artifacts'])}: targets[${typeof id === 'string' ? id : index}].artifacts: ${artifacts.length} patterns, but a target may list at most ${CONFIG_LIMITS.artifactsPerTarget}.`);
            }
        });
    }
    const result = schema.safeParse(raw, { reportInput: true });
    const problems = result.success ? (check?.(result.data) ?? []) : result.error.issues.flatMap((issue) => explain(issue, schema));
    if (result.success && problems.length === 0)
        return result.data;
    // A target is named by its id, not its index.
    const idOf = (index) => {
        const target = Array.isArray(raw.targets) ? raw.targets[Number(index)] : undefined;
        const ids = Array.isArray(raw.targets) ? raw.targets.map((t) => t?.id) : [];
        return typeof target?.id === 'string' && ids.indexOf(target.id) === ids.lastIndexOf(target.id) ? target.id : undefined;
    };
    const messages = problems.map(({ path, message }) => {
        let node = document.getIn(path.map(String), true);
        // A missing key: point at the block that lacks it.
        for (let up = path.length - 1; !(0,dist/* isNode */.Ll)(node) && up >= 0; up--)
            node = document.getIn(path.slice(0, up).map(String), true);
        const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
        const key = path
            .map((part, i) => (typeof part === 'number' ? `[${(i === 1 && path[0] === 'targets' && idOf(part)) || part}]` : `${i ? '.' : ''}${part}`))
            .join('');
        return `${where(offset)}: ${key || '(top level)'}: ${message}`;
    });
    throw new errors/* UserError */.yo(messages.join('\n'));
}


/***/ }),

/***/ 6073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ PLATFORMS),
/* harmony export */   PZ: () => (/* binding */ MACOS_EXTENSIONS),
/* harmony export */   g2: () => (/* binding */ groupByPlatform),
/* harmony export */   pt: () => (/* binding */ isSignatureFile),
/* harmony export */   tg: () => (/* binding */ runnerOs)
/* harmony export */ });
/* unused harmony exports isMachO, platformOf, collapseBundles, SIGNATURE_EXTENSIONS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);
/* harmony import */ var _windows_file_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21);




const PLATFORMS = ['auto', 'windows', 'macos', 'linux'];
/** Files only Apple's tools sign. */
const MACOS_EXTENSIONS = ['.app', '.dmg', '.pkg', '.mpkg', '.dylib', '.framework', '.bundle', '.kext', '.appex', '.xpc'];
const MACH_O = new Set(['feedfacf', 'cffaedfe', 'feedface', 'cefaedfe', 'cafebabe', 'bebafeca']);
/** The runner's OS: RUNNER_OS on a runner, the Node platform elsewhere. */
function runnerOs(env = process.env, platform = process.platform) {
    const os = env.RUNNER_OS;
    if (os === 'Windows' || os === 'macOS' || os === 'Linux')
        return os;
    return platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
}
async function isMachO(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r').catch(() => undefined);
    if (!handle)
        return false;
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return bytesRead === 4 && MACH_O.has(head.toString('hex'));
    }
    finally {
        await handle.close();
    }
}
/**
 * Which platform signs a file under `platform: auto`: Windows formats (PE, MSI, MSIX, CAT, CAB)
 * get Authenticode, Apple formats and Mach-O binaries on a macOS runner get codesign/productsign,
 * everything else (archives, .deb, .rpm, AppImage, sums files) a Linux signature.
 */
async function platformOf(file, os) {
    if ((0,_windows_file_types_js__WEBPACK_IMPORTED_MODULE_3__/* .authenticodeFormatOf */ .sv)(file))
        return 'windows';
    const ext = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase();
    if (MACOS_EXTENSIONS.includes(ext))
        return 'macos';
    if (os === 'macOS' && ext === '' && (await isMachO(file)))
        return 'macos';
    return 'linux';
}
/** Files grouped by the platform that signs them, in the order given; `platform` other than auto takes every file. */
async function groupByPlatform(files, platform, os) {
    const groups = new Map();
    for (const file of files) {
        const chosen = platform === 'auto' ? await platformOf(file, os) : platform;
        if (chosen === 'windows' && !(0,_windows_file_types_js__WEBPACK_IMPORTED_MODULE_3__/* .authenticodeFormatOf */ .sv)(file)) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`platform: windows cannot sign ${file}: Authenticode signs ${_windows_file_types_js__WEBPACK_IMPORTED_MODULE_3__/* .WINDOWS_EXTENSIONS */ .B0.join(', ')} files only. Leave platform at auto to sign each file with the platform its type belongs to.`);
        }
        const list = groups.get(chosen) ?? [];
        list.push(file);
        groups.set(chosen, list);
    }
    return groups;
}
/** Folders Apple signs as one unit (listed by a glob as the files inside them). */
const BUNDLE_EXTENSIONS = (/* unused pure expression or super */ null && (['.app', '.framework', '.bundle', '.kext', '.appex', '.xpc']));
/**
 * Replaces every file inside an Apple bundle by the outermost bundle folder (`dist/Octo.app/Contents/…`
 * → `dist/Octo.app`), once, in the order first seen: a bundle is signed as a whole, inside out, by
 * the macOS signer — never file by file.
 */
function collapseBundles(files, root) {
    const seen = new Set();
    for (const file of files) {
        const relative = path.relative(root, file);
        const segments = relative.split(path.sep);
        const at = relative.startsWith('..') ? -1 : segments.findIndex((segment, i) => i < segments.length - 1 && BUNDLE_EXTENSIONS.includes(path.extname(segment).toLowerCase()));
        seen.add(at === -1 ? file : path.join(root, ...segments.slice(0, at + 1)));
    }
    return [...seen];
}
/** Detached signatures this action writes: never signed themselves when a glob picks them up again. */
const SIGNATURE_EXTENSIONS = ['.asc', '.minisig', '.sig'];
function isSignatureFile(file) {
    return SIGNATURE_EXTENSIONS.includes(node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase());
}


/***/ }),

/***/ 196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lp: () => (/* binding */ signerTakesInWords),
/* harmony export */   vB: () => (/* binding */ SignConfigSchema),
/* harmony export */   zd: () => (/* binding */ signerTakes)
/* harmony export */ });
/* unused harmony exports SIGN_PLATFORMS, signableFiles */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6073);
/* harmony import */ var _windows_file_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21);




/** Which signer takes a target's files. */
const SIGN_PLATFORMS = (/* unused pure expression or super */ null && (['windows', 'macos', 'linux', 'none']));
const text = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1);
const url = zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5({ protocol: /^https?$/ });
const flag = zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY();
const WINDOWS_COMMON = {
    platform: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('windows'),
    timestamp: flag.optional().describe('Timestamp the signatures (default true).'),
    'timestamp-urls': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(url).min(1).optional().describe('RFC 3161 timestamp servers, tried in order.'),
    'skip-signed': flag.optional(),
    'dual-sign': flag.optional(),
    concurrency: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(1).max(32).optional(),
    description: text.optional(),
    'description-url': url.optional(),
    'signtool-path': text.optional(),
};
const windowsMethod = (method, shape) => zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ ...WINDOWS_COMMON, 'windows-method': zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(method), ...shape }).strict();
/**
 * The block form of `sign:`: one shape per signer and, on Windows, per method, each with the keys it
 * needs required and no key of another method allowed. Keys are the codesign action's input names;
 * secrets (certificates, passwords, keys) stay workflow secrets and are never written here.
 */
const SignBlockSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .discriminatedUnion */ .gMt('platform', [
    zod__WEBPACK_IMPORTED_MODULE_3__/* .discriminatedUnion */ .gMt('windows-method', [
        windowsMethod('pfx', { 'ca-file': text.optional() }),
        windowsMethod('azure-trusted-signing', { 'azure-endpoint': url, 'azure-account': text, 'azure-certificate-profile': text, 'azure-dlib': text.optional(), 'azure-correlation-id': text.optional() }),
        windowsMethod('azure-key-vault', { 'azure-key-vault-url': url, 'azure-key-vault-certificate': text, 'azure-client-id': text.optional(), 'azure-tenant-id': text.optional(), 'azure-managed-identity': flag.optional() }),
        windowsMethod('pkcs11', { 'pkcs11-module': text, 'pkcs11-key-id': text }),
        windowsMethod('command', { 'sign-command': text }),
    ]),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ platform: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('macos'), 'macos-identity': text.optional(), 'macos-installer-identity': text.optional(), entitlements: text.optional(), 'hardened-runtime': flag.optional() }).strict(),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ platform: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['linux', 'gpg']), 'linux-method': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['gpg', 'minisign', 'both']).optional(), 'gpg-key-id': text.optional(), 'tauri-signature': flag.optional() }).strict(),
]);
function readSigning(value) {
    const platform = (p) => (p === 'gpg' ? 'linux' : p);
    if (typeof value === 'string')
        return { platform: platform(value), written: value, settings: {} };
    const { platform: written, ...rest } = value;
    const settings = Object.fromEntries(Object.entries(rest).map(([key, v]) => [key, Array.isArray(v) ? v.join('\n') : String(v)]));
    return { platform: platform(written), written, settings };
}
/** A target's `sign:`: a signer's name (windows, macos, linux, none; gpg is linux's old name), or a block with its settings. */
const SignConfigSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['windows', 'macos', 'linux', 'gpg', 'none']), SignBlockSchema])
    .default('none')
    .transform(readSigning)
    .describe('Signer for the artifacts of this leg: windows, macos, linux or none; or a block with platform, its method and settings (the codesign action\'s input names).');
const WILDCARD = /[*?[\]{}]/;
/**
 * Whether the signer takes a file, by its name: true, false, or undefined when the name cannot tell
 * (an extension a glob leaves open, or an extensionless file a macOS signer takes when it is a Mach-O
 * binary). The same rule for `release-kit check` (on planned names) and for the leg (on built files).
 */
function signerTakes(sign, name) {
    if (sign === 'none')
        return false;
    const found = node_path__WEBPACK_IMPORTED_MODULE_0___default().extname(name).toLowerCase();
    // A release name without extension ends in the version and platform, not in an extension.
    const ext = /^\.(?=[a-z0-9]*[a-z])[a-z0-9]+$/.test(found) || WILDCARD.test(found) ? found : '';
    if (WILDCARD.test(ext) || (ext === '' && WILDCARD.test(name)))
        return undefined;
    if (sign === 'windows')
        return (0,_windows_file_types_js__WEBPACK_IMPORTED_MODULE_2__/* .authenticodeFormatOf */ .sv)(name) !== undefined;
    if (sign === 'macos')
        return _select_js__WEBPACK_IMPORTED_MODULE_1__/* .MACOS_EXTENSIONS */ .PZ.includes(ext) ? true : ext === '' ? undefined : false;
    return !(0,_select_js__WEBPACK_IMPORTED_MODULE_1__/* .isSignatureFile */ .pt)(name);
}
/** A leg's release files the target's signer takes: by name, and an extensionless file by its Mach-O header. */
async function signableFiles(sign, files) {
    const taken = [];
    for (const file of files) {
        const takes = signerTakes(sign, file.name);
        if (takes === true || (takes === undefined && sign === 'macos' && (await isMachO(file.path))))
            taken.push(file);
    }
    return taken;
}
/** What a signer takes, in words, for an error that says why none of a target's files can be signed. */
function signerTakesInWords(sign) {
    if (sign === 'windows')
        return `Authenticode signs ${_windows_file_types_js__WEBPACK_IMPORTED_MODULE_2__/* .WINDOWS_EXTENSIONS */ .B0.join(' ')} files`;
    if (sign === 'macos')
        return `codesign/productsign sign ${_select_js__WEBPACK_IMPORTED_MODULE_1__/* .MACOS_EXTENSIONS */ .PZ.join(' ')} files and Mach-O binaries (files without an extension)`;
    return 'Linux signatures (GPG, minisign) take any file but a detached signature';
}


/***/ }),

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ WINDOWS_EXTENSIONS),
/* harmony export */   KF: () => (/* binding */ checkAuthenticodeFile),
/* harmony export */   sv: () => (/* binding */ authenticodeFormatOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);



const BY_EXTENSION = {
    '.exe': 'pe',
    '.dll': 'pe',
    '.node': 'pe',
    '.sys': 'pe',
    '.ocx': 'pe',
    '.scr': 'pe',
    '.efi': 'pe',
    '.msi': 'msi',
    '.msp': 'msi',
    '.msm': 'msi',
    '.msix': 'appx',
    '.appx': 'appx',
    '.cat': 'cat',
    '.cab': 'cab',
};
const WINDOWS_EXTENSIONS = Object.keys(BY_EXTENSION);
function authenticodeFormatOf(file) {
    return BY_EXTENSION[node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase()];
}
const MAGIC = {
    pe: { bytes: Buffer.from('MZ'), what: 'a PE image (starting with "MZ")' },
    msi: { bytes: Buffer.from('d0cf11e0a1b11ae1', 'hex'), what: 'an OLE compound file (MSI)' },
    appx: { bytes: Buffer.from('PK\x03\x04', 'latin1'), what: 'a ZIP package (MSIX/APPX)' },
    cat: { bytes: Buffer.from([0x30]), what: 'a DER-encoded catalog' },
    cab: { bytes: Buffer.from('MSCF'), what: 'a cabinet (starting with "MSCF")' },
};
/**
 * The file's Authenticode format, checked against its first bytes: a file named .exe that is not a
 * PE is refused with a message saying what it is not, before any tool touches it.
 */
async function checkAuthenticodeFile(file) {
    const format = authenticodeFormatOf(file);
    if (!format) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} cannot be signed with Authenticode: its type ${JSON.stringify(node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file) || '(no extension)')} is not one of ${WINDOWS_EXTENSIONS.join(', ')}.`);
    }
    const { bytes, what } = MAGIC[format];
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const head = Buffer.alloc(bytes.length);
        const { bytesRead } = await handle.read(head, 0, bytes.length, 0);
        if (bytesRead < bytes.length || !head.equals(bytes))
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${file} is not ${what}, as its name says; it was left unsigned and unchanged.`);
    }
    finally {
        await handle.close();
    }
    return format;
}


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vK: () => (/* binding */ RunningApp),
  KE: () => (/* binding */ describeExit)
});

// UNUSED EXPORTS: MARKER_VARIABLE

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/smoke/process-tree.ts



/** Parses `/proc/<pid>/stat`; the command name sits in parentheses and may itself hold spaces and `)`. */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < open)
        return undefined;
    const rest = text.slice(close + 2).split(' ');
    const pid = Number(text.slice(0, open).trim());
    const [state, ppid, pgid, sid] = [rest[0] ?? '', Number(rest[1]), Number(rest[2]), Number(rest[3])];
    if (!Number.isInteger(pid) || !Number.isInteger(ppid))
        return undefined;
    return { pid, ppid, pgid, sid, state, command: text.slice(open + 1, close), startTime: Number(rest[19] ?? 0) };
}
function readProc(pid, procRoot = '/proc') {
    try {
        return parseStat((0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * `ps -A -o pid=,ppid=,pgid=,sess=,stat=,lstart=,comm=` lines (macOS and the BSDs have no /proc). `lstart`
 * is five words (`Sun Nov 22 02:12:17 2026`) and stands in for the start time.
 */
function parsePs(text) {
    const out = [];
    for (const line of text.split('\n')) {
        const words = line.trim().split(/\s+/);
        if (words.length < 11)
            continue;
        const [pid, ppid, pgid, sid] = words.slice(0, 4).map(Number);
        if (![pid, ppid, pgid, sid].every(Number.isInteger))
            continue;
        const started = Date.parse(words.slice(5, 10).join(' '));
        out.push({ pid, ppid, pgid, sid, state: words[4].charAt(0), command: external_node_path_default().basename(words.slice(10).join(' ')), startTime: Number.isNaN(started) ? 0 : started });
    }
    return out;
}
/** Every process visible now: from /proc on Linux, from `ps` where there is none. */
function listProcesses(procRoot = '/proc') {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(procRoot);
    }
    catch {
        if (procRoot !== '/proc' || process.platform === 'win32')
            return [];
        try {
            return parsePs((0,external_node_child_process_.execFileSync)('ps', ['-A', '-o', 'pid=,ppid=,pgid=,sess=,stat=,lstart=,comm='], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }));
        }
        catch {
            return [];
        }
    }
    const out = [];
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        const info = readProc(Number(name), procRoot);
        if (info)
            out.push(info);
    }
    return out;
}
const isAlive = (info) => info !== undefined && info.state !== 'Z' && info.state !== 'X';
/** Whether `/proc/<pid>/environ` holds `NAME=value` (unreadable: another user's process, so not ours). */
function hasEnvironmentMarker(pid, marker, procRoot = '/proc') {
    try {
        // One whole entry of the NUL-separated block: `STATE_marker=RELEASE_KIT_SMOKE_ID=…` (how the post
        // step receives it) holds the text too, but is not the variable.
        const environ = (0,external_node_fs_.readFileSync)(`${procRoot}/${pid}/environ`);
        const entry = Buffer.from(marker);
        for (let at = environ.indexOf(entry); at >= 0; at = environ.indexOf(entry, at + 1)) {
            const end = at + entry.length;
            if ((at === 0 || environ[at - 1] === 0) && (end === environ.length || environ[end] === 0))
                return true;
        }
        return false;
    }
    catch {
        return false;
    }
}
/**
 * Follows the process tree of an app while it runs. The app leads its own process group; a child can
 * still leave it (`setsid`, a daemon's double fork) and be re-parented to init, after which only what
 * was seen earlier links it to the app. So the tree is sampled every `intervalMs` and every process
 * ever seen below the root is remembered. At the end, processes that carry the app's environment
 * marker (inherited by every descendant that does not clear its environment) are found too.
 */
class ProcessTreeTracker {
    rootPid;
    pgid;
    marker;
    /** Every process seen in the tree, by pid (its start time tells a reused pid apart). */
    seen = new Map();
    timer;
    procRoot;
    /** The root is the app's supervisor (a subreaper): everything below it belongs to the app, it does not. */
    supervisor;
    constructor(rootPid, options = {}) {
        this.rootPid = rootPid;
        this.pgid = rootPid;
        this.marker = options.marker;
        this.procRoot = options.procRoot ?? '/proc';
        this.supervisor = options.supervisor ?? false;
    }
    start(intervalMs = 200) {
        this.sample();
        this.timer = setInterval(() => this.sample(), intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    /** One look at /proc: adds every process whose parent chain reaches the root or a remembered member. */
    sample() {
        const all = listProcesses(this.procRoot);
        const byPid = new Map(all.map((p) => [p.pid, p]));
        const inTree = (p) => {
            const chain = new Set();
            for (let cur = p; cur && !chain.has(cur.pid); cur = byPid.get(cur.ppid)) {
                if (cur.pid === this.rootPid || cur.pgid === this.pgid || this.seen.get(cur.pid)?.startTime === cur.startTime)
                    return true;
                chain.add(cur.pid);
            }
            return false;
        };
        for (const p of all)
            if (p.pid !== process.pid && inTree(p))
                this.seen.set(p.pid, p);
        return all;
    }
    /** Live processes of the app now: remembered members still running, the group, and marked processes. */
    members() {
        const all = this.sample();
        const found = new Map();
        for (const p of all) {
            if (!isAlive(p) || p.pid === process.pid || (this.supervisor && p.pid === this.rootPid))
                continue;
            const remembered = this.seen.get(p.pid);
            // A remembered pid counts only while it is the same process: a reused pid has another start time.
            const same = remembered !== undefined && remembered.startTime === p.startTime;
            if (same || p.pgid === this.pgid || (this.marker && hasEnvironmentMarker(p.pid, this.marker, this.procRoot)))
                found.set(p.pid, p);
        }
        return [...found.values()];
    }
}
/** Live processes whose parent chain reaches `rootPid` (below a supervisor, every descendant of the app). */
function descendantsOf(rootPid, procRoot = '/proc') {
    const all = listProcesses(procRoot);
    const byPid = new Map(all.map((p) => [p.pid, p]));
    return all.filter((p) => {
        if (!isAlive(p) || p.pid === rootPid || p.pid === process.pid)
            return false;
        const chain = new Set();
        for (let cur = byPid.get(p.ppid); cur && !chain.has(cur.pid); cur = byPid.get(cur.ppid)) {
            if (cur.pid === rootPid)
                return true;
            chain.add(cur.pid);
        }
        return false;
    });
}
/** Live processes carrying the marker or in the group: what a later step can still find without the tracker. */
function findMarkedProcesses(marker, pgid, procRoot = '/proc') {
    return listProcesses(procRoot).filter((p) => isAlive(p) && p.pid !== process.pid && ((pgid !== undefined && p.pgid === pgid) || hasEnvironmentMarker(p.pid, marker, procRoot)));
}
function signal(pid, sig) {
    try {
        process.kill(pid, sig);
    }
    catch {
        // gone already, or not ours
    }
}
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Stops an app's whole tree on POSIX: SIGTERM to the group and to every member found, a grace period,
 * then SIGKILL to whatever is left; repeated while new members show up (a process forking on SIGTERM).
 */
async function killTree(find, pgid, options = {}) {
    const graceMs = options.graceMs ?? 5000;
    const found = new Set();
    const forced = new Set();
    let members = find();
    for (const p of members)
        found.add(p.pid);
    if (pgid !== undefined)
        signal(-pgid, 'SIGTERM');
    for (const p of members)
        signal(p.pid, 'SIGTERM');
    for (const deadline = Date.now() + graceMs; Date.now() < deadline;) {
        members = find();
        if (members.length === 0)
            break;
        await pause(50);
    }
    for (let round = 0; round < 10; round++) {
        members = find();
        if (members.length === 0)
            break;
        if (pgid !== undefined)
            signal(-pgid, 'SIGKILL');
        for (const p of members) {
            found.add(p.pid);
            forced.add(p.pid);
            signal(p.pid, 'SIGKILL');
        }
        await pause(100);
    }
    const survivors = find().map((p) => p.pid);
    return { found: [...found], forced: [...forced], survivors, contained: options.contained ?? false };
}
/** The Windows equivalent: `taskkill` ends the process and every descendant (/T), forcibly (/F). */
function windowsKillCommand(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        throw new Error(`Not a process id: ${pid}`);
    return { command: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/smoke/supervisor.ts

/**
 * The app's supervisor on Linux: a small Perl program (perl-base is on every Debian and Ubuntu system,
 * GitHub's runners included) that makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER; Node has
 * no binding for it) and then starts the app as its child. A process the app leaves behind — whatever
 * it does: a double fork, setsid, an empty environment — is re-parented to the supervisor instead of
 * init, so every descendant's parent chain leads to it for as long as it runs, and /proc shows them all.
 *
 * The supervisor ignores SIGTERM/SIGINT/SIGHUP/SIGQUIT (the app's group is signalled while it is still
 * needed), keeps none of the app's pipes open, reaps every child, and talks on fd 3:
 *
 *   start <app pid> <1: subreaper, 0: prctl failed>
 *   exit code <n>  |  exit signal <n>          (the app's own process, when it ends)
 *   swept <pid> <pid> …                        (what it killed itself at the end)
 *
 * When its stdin closes (the smoke test is done, or its process was killed outright), it sends SIGKILL to
 * every process still below it, again while orphans keep arriving, reports them, and exits.
 *
 * Arguments: the app's PERL_BADLANG (`-` for none; the supervisor itself runs with PERL_BADLANG=0 so that
 * a locale missing on the machine prints no warning into the app's stderr), then the command line.
 */
const SUPERVISOR_SCRIPT = String.raw `
use strict;
use POSIX ();
# PERL_BADLANG kept perl quiet about a locale the app may set but the system lacks; the app gets its own.
my $badlang = shift @ARGV;
if ($badlang eq '-') { delete $ENV{PERL_BADLANG}; } else { $ENV{PERL_BADLANG} = $badlang; }
my %prctl = (x86_64 => 157, aarch64 => 167, riscv64 => 167, i386 => 172, i686 => 172, armv7l => 172, armv6l => 172, s390x => 172, ppc64le => 171, ppc64 => 171);
my $nr = $prctl{(POSIX::uname())[4]};
my $subreaper = defined $nr && syscall($nr, 36, 1, 0, 0, 0) == 0 ? 1 : 0;
open(my $report, '>&=', 3) or die "release-kit supervisor: fd 3: $!\n";
select((select($report), $| = 1)[0]);
my $app = fork();
die "release-kit supervisor: fork: $!\n" unless defined $app;
if ($app == 0) {
  close $report;
  open(STDIN, '<', '/dev/null');
  exec { $ARGV[0] } @ARGV;
  print STDERR "cannot start $ARGV[0]: $!\n";
  POSIX::_exit(127);
}
$SIG{$_} = 'IGNORE' for qw(TERM INT HUP QUIT PIPE);
open(STDOUT, '>', '/dev/null');
open(STDERR, '>', '/dev/null');
sub say_ { my ($line) = @_; eval { print $report "$line\n" }; }
say_("start $app $subreaper");
sub reap {
  while ((my $dead = waitpid(-1, POSIX::WNOHANG())) > 0) {
    next unless $dead == $app;
    my $status = $?;
    say_(($status & 127) ? 'exit signal ' . ($status & 127) : 'exit code ' . ($status >> 8));
  }
}
sub below {
  my %parent;
  opendir(my $dir, '/proc') or return ();
  for my $pid (grep { /^\d+$/ } readdir $dir) {
    open(my $fh, '<', "/proc/$pid/stat") or next;
    my $stat = <$fh>;
    next unless defined $stat && $stat =~ /\)\s+(\S)\s+(\d+)/;
    next if $1 eq 'Z' || $1 eq 'X';
    $parent{$pid} = $2;
  }
  my @below;
  for my $pid (keys %parent) {
    my ($cur, $steps) = ($pid, 0);
    while (exists $parent{$cur} && $steps++ < 4096) {
      $cur = $parent{$cur};
      if ($cur == $$) { push @below, $pid; last; }
    }
  }
  return @below;
}
my $bits = '';
vec($bits, fileno(STDIN), 1) = 1;
while (1) {
  reap();
  my $ready = select(my $out = $bits, undef, undef, 0.05);
  next unless $ready > 0;
  my $read = sysread(STDIN, my $buffer, 64);
  if (!defined $read) { next if $!{EINTR}; last; }
  last if $read == 0;
}
my %swept;
for my $round (1 .. 100) {
  reap();
  my @left = below();
  last unless @left;
  $swept{$_} = 1 for @left;
  kill 'KILL', @left;
  select(undef, undef, undef, 0.02);
}
reap();
say_('swept ' . join(' ', sort { $a <=> $b } keys %swept)) if %swept;
exit 0;
`;
const SIGNAL_NAMES = new Map(Object.entries(external_node_os_.constants.signals).map(([name, number]) => [number, name]));
function parseSupervisorLine(line) {
    const words = line.trim().split(/\s+/);
    if (words[0] === 'start' && words.length === 3)
        return { kind: 'start', pid: Number(words[1]), subreaper: words[2] === '1' };
    if (words[0] === 'exit' && words[1] === 'code')
        return { kind: 'exit', code: Number(words[2]), signal: null };
    if (words[0] === 'exit' && words[1] === 'signal')
        return { kind: 'exit', code: null, signal: SIGNAL_NAMES.get(Number(words[2])) ?? 'SIGKILL' };
    if (words[0] === 'swept')
        return { kind: 'swept', pids: words.slice(1).map(Number).filter(Number.isInteger) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/smoke/app.ts







/** Every process of a smoke-tested app carries this variable, so a later step finds escaped ones. */
const MARKER_VARIABLE = 'RELEASE_KIT_SMOKE_ID';
/** The perl the supervisor runs on, or undefined. */
function perlOnPath() {
    for (const dir of (process.env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        try {
            (0,external_node_fs_.accessSync)(external_node_path_default().join(dir, 'perl'), external_node_fs_.constants.X_OK);
            return external_node_path_default().join(dir, 'perl');
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Text kept in memory for output checks; the log files hold everything. */
const KEEP_BYTES = 8 * 1024 * 1024;
function describeExit(exit) {
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}
/**
 * The app under test, started in its own process group (POSIX) with its output streamed to log files.
 * `stop()` ends the whole tree, however the app forked. On Linux the app runs under a supervisor that is
 * a child subreaper (src/smoke/supervisor.ts): `pid` is the supervisor's, which leads the process group;
 * processes that leave the group, the session and the environment still stay below it.
 */
class RunningApp {
    /** The process group leader: the supervisor on Linux, else the app's shell. */
    pid;
    /** Whether the app runs under the subreaper supervisor. */
    supervised;
    startedAt;
    stdoutPath;
    stderrPath;
    /** `RELEASE_KIT_SMOKE_ID=<random>`, set in the app's environment. */
    marker;
    exited;
    exitInfo;
    tracker;
    child;
    platform;
    combined = '';
    streams;
    streamsDone;
    /** The supervisor's start report: the app's pid and whether it is a subreaper (undefined: it never started). */
    supervisorStarted = Promise.resolve(undefined);
    supervisorExited = Promise.resolve();
    /** Processes the supervisor killed itself when it was closed. */
    swept = [];
    constructor(options) {
        this.platform = options.platform ?? process.platform;
        (0,external_node_fs_.mkdirSync)(options.logDir, { recursive: true });
        this.stdoutPath = external_node_path_default().join(options.logDir, 'stdout.log');
        this.stderrPath = external_node_path_default().join(options.logDir, 'stderr.log');
        const id = (0,external_node_crypto_.randomBytes)(12).toString('hex');
        this.marker = `${MARKER_VARIABLE}=${id}`;
        const windows = this.platform === 'win32';
        const [shell, args] = windows ? [process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', `"${options.command}"`]] : ['/bin/sh', ['-c', options.command]];
        const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('STATE_')));
        const perl = this.platform === 'linux' && options.supervise !== false ? perlOnPath() : undefined;
        this.supervised = perl !== undefined;
        const env = { ...inherited, ...options.env, [MARKER_VARIABLE]: id };
        const [file, argv] = perl ? [perl, ['-e', SUPERVISOR_SCRIPT, '--', env.PERL_BADLANG ?? '-', shell, ...args]] : [shell, args];
        this.child = (0,external_node_child_process_.spawn)(file, argv, {
            cwd: options.cwd,
            env: perl ? { ...env, PERL_BADLANG: '0' } : env,
            // POSIX: the shell (or its supervisor) leads a new process group and session, so one signal reaches the group.
            detached: !windows,
            windowsHide: true,
            windowsVerbatimArguments: windows,
            // The supervisor: stdin closes to end it, fd 3 carries its reports.
            stdio: perl ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
        });
        this.startedAt = Date.now();
        const spawnError = new Promise((resolve) => this.child.once('error', () => resolve({ code: 127, signal: null })));
        const childExit = new Promise((resolve) => this.child.once('exit', (code, sig) => resolve({ code, signal: sig })));
        if (perl) {
            let started;
            this.supervisorStarted = new Promise((resolve) => (started = resolve));
            let appExit;
            const reported = new Promise((resolve) => (appExit = resolve));
            let rest = '';
            const reports = this.child.stdio[3];
            reports.on('data', (chunk) => {
                rest += chunk.toString('utf8');
                for (let end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n')) {
                    const message = parseSupervisorLine(rest.slice(0, end));
                    rest = rest.slice(end + 1);
                    if (message?.kind === 'start')
                        started(message);
                    if (message?.kind === 'exit')
                        appExit({ code: message.code, signal: message.signal });
                    if (message?.kind === 'swept')
                        this.swept.push(...message.pids);
                }
            });
            reports.on('error', () => undefined);
            this.child.stdin?.on('error', () => undefined);
            // The supervisor ending first (killed, or perl failing) ends the app's run as far as anyone can tell.
            void Promise.race([childExit, spawnError]).then(() => started(undefined));
            this.supervisorExited = Promise.race([childExit, spawnError]).then(() => undefined);
            this.exited = Promise.race([reported, childExit, spawnError]).then((info) => (this.exitInfo = info));
        }
        else {
            this.exited = Promise.race([childExit, spawnError]).then((info) => (this.exitInfo = info));
        }
        this.pid = this.child.pid ?? -1;
        const out = (0,external_node_fs_.createWriteStream)(this.stdoutPath);
        const err = (0,external_node_fs_.createWriteStream)(this.stderrPath);
        this.streams = [out, err];
        const pipe = (from, to) => new Promise((resolve) => {
            if (!from)
                return resolve();
            from.on('data', (chunk) => {
                to.write(chunk);
                this.combined += chunk.toString('utf8');
                if (this.combined.length > KEEP_BYTES)
                    this.combined = this.combined.slice(-KEEP_BYTES);
            });
            from.once('end', resolve);
            from.once('error', () => resolve());
            from.once('close', () => resolve());
        });
        this.streamsDone = Promise.all([pipe(this.child.stdout, out), pipe(this.child.stderr, err)]).then(() => undefined);
        if (!windows && this.pid > 0) {
            this.tracker = new ProcessTreeTracker(this.pid, { marker: this.marker, supervisor: this.supervised });
            this.tracker.start();
        }
    }
    supervisorRunning() {
        return this.child.exitCode === null && this.child.signalCode === null;
    }
    get running() {
        return this.exitInfo === undefined;
    }
    /** stdout and stderr as they arrived (the last 8 MiB). */
    output() {
        return this.combined;
    }
    lastLines(count) {
        const lines = this.combined.replace(/\r\n?/g, '\n').trimEnd().split('\n');
        return lines.length === 1 && lines[0] === '' ? [] : lines.slice(-count);
    }
    /** After the app exited: waits until its output was read (or a short while, when a child keeps the pipes open). */
    async settled(waitMs = 500) {
        await this.exited;
        await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
        // What arrived is in the log files too (writes complete in order: an empty write's callback comes last).
        await Promise.all(this.streams.map((stream) => (stream.writable ? new Promise((resolve) => stream.write('', () => resolve())) : undefined)));
    }
    /** Ends the app and every process it started; closes the log files. */
    async stop(options = {}) {
        let outcome;
        if (this.platform === 'win32') {
            const found = this.running ? [this.pid] : [];
            if (this.running) {
                const { command, args } = windowsKillCommand(this.pid);
                await (0,exec/* runTool */.q)(command, args, { allowFailure: true, timeoutMs: 30_000 }).catch(() => undefined);
            }
            // taskkill /T ends the tree Windows still links to the app; nothing else is looked for.
            outcome = { found, forced: found, survivors: [], contained: false };
        }
        else if (this.tracker) {
            const tracker = this.tracker;
            const start = this.supervised ? await this.supervisorStarted : undefined;
            // Under the supervisor every descendant is found through its parent chain, and the group signal
            // would reach the supervisor itself: members are signalled one by one.
            const contained = start?.subreaper === true && this.supervisorRunning();
            outcome = await killTree(() => tracker.members(), this.supervised ? undefined : this.pid, { ...options, contained });
            tracker.stop();
            if (this.supervised) {
                // Closed, the supervisor kills whatever is still below it (nothing, normally) and reports it.
                this.child.stdin?.end();
                await Promise.race([this.supervisorExited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
                const swept = this.swept.filter((pid) => !outcome.found.includes(pid));
                outcome.found.push(...swept);
                outcome.forced.push(...swept);
                outcome.survivors = outcome.survivors.filter((pid) => isAlive(readProc(pid)));
            }
        }
        else {
            outcome = { found: [], forced: [], survivors: [], contained: false };
        }
        await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        await Promise.all(this.streams.map((stream) => new Promise((resolve) => stream.end(() => resolve()))));
        return outcome;
    }
}


/***/ }),

/***/ 3829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ Mismatch),
/* harmony export */   QH: () => (/* binding */ NotYet),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   k_: () => (/* binding */ runCheck)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMING */
/* harmony import */ var _kit_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1834);
/* harmony import */ var _app_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2525);


/** Not there yet (port closed, 503, window missing): worth another attempt until the check's time is up. */
class NotYet extends Error {
    name = 'NotYet';
}
/**
 * A definite answer that is wrong (the health URL answered its expected status, with a body that does not
 * match): another attempt would only repeat it, so the check fails at once.
 */
class Mismatch extends Error {
    name = 'Mismatch';
}
const DEFAULT_TIMING = { initialDelayMs: 250, maxDelayMs: 2000 };
class TimedOut extends Error {
}
/** How long the app must still run after a check that needs it passed. */
const CONFIRM_MS = 500;
const confirmed = new WeakSet();
function withDeadline(work, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimedOut(what)), Math.max(0, ms));
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
/**
 * Runs a check until it passes, fails, or its timeout runs out: attempts are retried with exponential
 * back-off (never sleeping past the deadline), and a check that needs the app stops as soon as the app
 * is gone instead of waiting out its timeout.
 */
async function runCheck(check, base, timing = DEFAULT_TIMING) {
    const started = Date.now();
    const deadline = started + check.timeoutMs;
    const remainingMs = () => Math.max(0, deadline - Date.now());
    const context = { ...base, remainingMs };
    let attempts = 0;
    let lastNotYet = '';
    const result = (status, detail, extra = {}) => ({
        name: check.name,
        describe: check.describe,
        status,
        passed: status === 'passed',
        attempts,
        durationMs: Date.now() - started,
        detail,
        ...extra,
    });
    const appGone = () => check.needsRunningApp && base.app.exitInfo ? `the app ${(0,_app_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(base.app.exitInfo)} after ${seconds(Date.now() - base.app.startedAt)}` : undefined;
    try {
        const detail = await (0,_kit_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async (attempt) => {
            attempts = attempt;
            const gone = appGone();
            if (gone)
                throw new Error(`${gone}${lastNotYet ? `; last attempt: ${lastNotYet}` : ''}`);
            try {
                return await withDeadline(check.attempt(context, attempt), remainingMs(), check.describe);
            }
            catch (error) {
                // An attempt cut short by the deadline says less than the one before it.
                if (error instanceof NotYet && (remainingMs() > 0 || lastNotYet === ''))
                    lastNotYet = error.message;
                throw error;
            }
        }, {
            attempts: Number.POSITIVE_INFINITY,
            initialDelayMs: timing.initialDelayMs,
            maxDelayMs: timing.maxDelayMs,
            retryable: (error) => error instanceof NotYet && remainingMs() > 0 && !appGone(),
            sleep: (ms) => new Promise((resolve) => {
                // Wake early when the app exits: nothing more to wait for.
                const timer = setTimeout(resolve, Math.min(ms, remainingMs()));
                if (check.needsRunningApp)
                    void base.app.exited.then(() => (clearTimeout(timer), resolve(undefined)));
            }),
        });
        if (check.needsRunningApp && !confirmed.has(base.app)) {
            // A pass counts only while the app still runs: a server that dies at start-up (its port already taken)
            // leaves whatever holds the port to answer for it. A short look after the first pass catches that exit
            // (the checks after it see an app that is gone before their first attempt).
            confirmed.add(base.app);
            await Promise.race([base.app.exited, new Promise((resolve) => setTimeout(resolve, Math.min(CONFIRM_MS, remainingMs())).unref())]);
            const gone = appGone();
            if (gone)
                return result('failed', `${typeof detail === 'string' ? detail : detail.detail}, but ${gone}: what answered was not the app (another process on its port?)`);
        }
        return typeof detail === 'string' ? result('passed', detail) : result('passed', detail.detail, detail.file ? { file: detail.file } : {});
    }
    catch (error) {
        const gone = appGone();
        if (error instanceof TimedOut || (error instanceof NotYet && !gone)) {
            return result('failed', `no success within ${seconds(check.timeoutMs)} (${attempts} attempt${attempts === 1 ? '' : 's'})${lastNotYet ? `; last attempt: ${lastNotYet}` : ''}`);
        }
        if (error instanceof NotYet && gone)
            return result('failed', `${gone}; last attempt: ${error.message}`);
        return result('failed', error instanceof Error ? error.message : String(error));
    }
}
function skipped(check, reason) {
    return { name: check.name, describe: check.describe, status: 'skipped', passed: false, attempts: 0, durationMs: 0, detail: reason };
}


/***/ }),

/***/ 1389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bZ: () => (/* binding */ healthCheck),
/* harmony export */   k2: () => (/* binding */ parseBodyExpectation)
/* harmony export */ });
/* unused harmony export matchBody */
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3829);

/** `json:status=ok`, `json:$.checks[0].healthy=true`, or a regex. Throws a message saying what is wrong. */
function parseBodyExpectation(text) {
    if (text.startsWith('json:')) {
        const spec = text.slice(5);
        const at = spec.indexOf('=');
        if (at <= 0)
            throw new Error('a JSON expectation is written json:<path>=<value>, as json:status=ok or json:checks[0].healthy=true');
        const pathText = spec.slice(0, at).trim().replace(/^\$\.?/, '');
        const path = [];
        for (const part of pathText.split('.')) {
            const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
            if (!match || (match[1] === '' && match[2] === ''))
                throw new Error(`the path ${JSON.stringify(pathText)} is not a dotted path (name.name[0].name)`);
            if (match[1])
                path.push(match[1]);
            for (const index of match[2].matchAll(/\[(\d+)\]/g))
                path.push(index[1]);
        }
        const raw = spec.slice(at + 1).trim();
        let expected = raw;
        let bareWord = false;
        try {
            expected = JSON.parse(raw);
        }
        catch {
            // A bare word (ok, 1.2.3): compared as text with the field's value written out.
            bareWord = true;
        }
        return { kind: 'json', path, expected, source: text, bareWord };
    }
    try {
        return { kind: 'regex', pattern: new RegExp(text), source: text };
    }
    catch (error) {
        throw new Error(`it is not a valid regular expression (${error.message})`);
    }
}
function lookup(value, path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
            return { found: false, value: undefined };
        current = current[key];
    }
    return { found: true, value: current };
}
/** Whether a body meets the expectation; the reason when not. */
function matchBody(body, expectation) {
    if (expectation.kind === 'regex') {
        return expectation.pattern.test(body) ? { ok: true, why: `body matches /${expectation.source}/` } : { ok: false, why: `body does not match /${expectation.source}/: ${excerpt(body)}` };
    }
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return { ok: false, why: `body is not JSON: ${excerpt(body)}` };
    }
    const shown = expectation.path.join('.');
    const { found, value } = lookup(parsed, expectation.path);
    if (!found)
        return { ok: false, why: `body has no field ${shown}: ${excerpt(body)}` };
    const equal = expectation.bareWord && typeof value !== 'string' ? JSON.stringify(value) === expectation.expected : JSON.stringify(value) === JSON.stringify(expectation.expected);
    return equal ? { ok: true, why: `${shown} = ${JSON.stringify(value)}` } : { ok: false, why: `${shown} is ${JSON.stringify(value)}, expected ${JSON.stringify(expectation.expected)}` };
}
function excerpt(body) {
    const flat = body.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${JSON.stringify(flat.slice(0, 200))}…` : JSON.stringify(flat);
}
/**
 * Passes when the URL answers with the expected status (and body). Connection errors and other statuses
 * (503 while starting) are retried; the expected status with a body that does not match fails at once.
 */
function healthCheck(options) {
    return {
        name: 'health-url',
        describe: `GET ${options.url} → ${options.expectStatus}${options.expectBody ? `, body ${options.expectBody.source}` : ''}`,
        timeoutMs: options.timeoutMs,
        needsRunningApp: true,
        async attempt(context) {
            let response;
            let body;
            try {
                response = await fetch(options.url, { signal: AbortSignal.timeout(Math.max(1, Math.min(10_000, context.remainingMs()))), redirect: 'follow' });
                body = await response.text();
            }
            catch (error) {
                const cause = error.cause;
                throw new _check_js__WEBPACK_IMPORTED_MODULE_0__/* .NotYet */ .QH(`${options.url}: ${cause?.code ?? cause?.message ?? error.message}`);
            }
            if (response.status !== options.expectStatus)
                throw new _check_js__WEBPACK_IMPORTED_MODULE_0__/* .NotYet */ .QH(`HTTP ${response.status}, expected ${options.expectStatus}: ${excerpt(body)}`);
            if (options.expectBody) {
                const verdict = matchBody(body, options.expectBody);
                // The app answered as ready: a wrong body is its answer, not a state on the way to ready.
                if (!verdict.ok)
                    throw new _check_js__WEBPACK_IMPORTED_MODULE_0__/* .Mismatch */ .DH(`HTTP ${response.status}, but ${verdict.why}`);
                return `HTTP ${response.status}, ${verdict.why}`;
            }
            return `HTTP ${response.status}`;
        },
    };
}


/***/ }),

/***/ 3840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ parsePortTarget),
/* harmony export */   sy: () => (/* binding */ portCheck)
/* harmony export */ });
/* unused harmony export tryConnect */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3829);


/** `8080`, `localhost:8080`, `[::1]:8080` → host and port; undefined when not one of those. */
function parsePortTarget(text) {
    const match = /^(?:(\[[^\]]+\]|[^:\s]+):)?(\d{1,5})$/.exec(text.trim());
    if (!match)
        return undefined;
    const port = Number(match[2]);
    if (port < 1 || port > 65535)
        return undefined;
    const host = match[1] ? match[1].replace(/^\[|\]$/g, '') : '127.0.0.1';
    return { host, port };
}
function tryConnect(target, timeoutMs) {
    return new Promise((resolve, reject) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: target.host, port: target.port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new _check_js__WEBPACK_IMPORTED_MODULE_1__/* .NotYet */ .QH(`connecting to ${target.host}:${target.port} took over ${timeoutMs} ms`));
        }, timeoutMs);
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.destroy();
            resolve();
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(new _check_js__WEBPACK_IMPORTED_MODULE_1__/* .NotYet */ .QH(`${target.host}:${target.port}: ${error.code ?? error.message}`));
        });
    });
}
/** Passes once a TCP connection to the port succeeds. */
function portCheck(target, timeoutMs) {
    return {
        name: 'wait-for-port',
        describe: `port ${target.host}:${target.port} accepts connections`,
        timeoutMs,
        needsRunningApp: true,
        async attempt(context) {
            await tryConnect(target, Math.min(5000, Math.max(1, context.remainingMs())));
            return `${target.host}:${target.port} accepted a connection`;
        },
    };
}


/***/ }),

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ installerTypeOf),
/* harmony export */   JC: () => (/* binding */ uninstall),
/* harmony export */   VI: () => (/* binding */ UNINSTALLABLE),
/* harmony export */   Y5: () => (/* binding */ loggingRunner),
/* harmony export */   ai: () => (/* binding */ install),
/* harmony export */   xo: () => (/* binding */ INSTALLER_TYPES)
/* harmony export */ });
/* unused harmony exports shellQuote, waitingForDpkgLock, winePath, nsisCommand, msiLogFile, findUninstaller */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kit_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4601);
/* harmony import */ var _kit_exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9495);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var _kit_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1834);






const INSTALLER_TYPES = ['msi', 'nsis', 'squirrel', 'dmg', 'pkg', 'deb', 'rpm', 'appimage', 'tarball'];
/** Formats with a way back: `uninstall: true` proves it works. */
const UNINSTALLABLE = ['msi', 'nsis', 'dmg', 'deb', 'rpm', 'appimage', 'tarball'];
const BY_EXTENSION = [
    [/\.msi$/i, 'msi'],
    [/\.exe$/i, 'nsis'],
    [/\.dmg$/i, 'dmg'],
    [/\.pkg$/i, 'pkg'],
    [/\.deb$/i, 'deb'],
    [/\.rpm$/i, 'rpm'],
    [/\.appimage$/i, 'appimage'],
    [/\.(tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|tar\.zst|tar)$/i, 'tarball'],
];
/** The installer type a file name implies, or undefined. */
function installerTypeOf(file) {
    return BY_EXTENSION.find(([pattern]) => pattern.test(file))?.[1];
}
/** As a POSIX shell would need it: the log shows commands one can paste. */
function shellQuote(arg) {
    return arg === '' || /[^\w@%+=:,./-]/.test(arg) ? `'${arg.replace(/'/g, `'\\''`)}'` : arg;
}
/** A step runner that appends each command, its exit code and its output to the log file. */
function loggingRunner(logFile, run = _kit_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .runTool */ .q) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(logFile), { recursive: true });
    return async (command, args, options = {}) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(logFile, `$ ${[command, ...args].map(shellQuote).join(' ')}\n`);
        try {
            const result = await run(command, args, { ...options, allowFailure: true });
            const said = (0,_kit_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${result.stdout}${result.stderr}`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(logFile, `${said}${said === '' || said.endsWith('\n') ? '' : '\n'}[exit ${result.exitCode}]\n\n`);
            if (result.exitCode !== 0 && !options.allowFailure) {
                const said = (0,_kit_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${result.stderr}\n${result.stdout}`).trim().split('\n').slice(-15).join('\n');
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${command} ${args.join(' ')} failed (exit ${result.exitCode})${said ? `:\n${said}` : '.'}\nFull log: ${logFile}`);
            }
            return result;
        }
        catch (error) {
            if (!(error instanceof _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo && /failed \(exit/.test(error.message)))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(logFile, `${error.message}\n\n`);
            throw error;
        }
    };
}
/**
 * dpkg fails at once when another dpkg or apt holds its lock (unattended upgrades on a fresh runner do):
 * wait for it, with back-off, for about a minute.
 */
function waitingForDpkgLock(work, sleep) {
    return (0,_kit_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .bD)(work, {
        attempts: 12,
        initialDelayMs: 1000,
        maxDelayMs: 8000,
        retryable: (error) => /dpkg (frontend )?lock|lock-frontend|Could not get lock/i.test(error.message),
        ...(sleep ? { sleep } : {}),
    });
}
const sudo = (isRoot, command, args) => (isRoot ? [command, args] : ['sudo', ['-n', command, ...args]]);
/** A Linux path as wine sees it (drive Z: is /). */
const winePath = (file) => `Z:${file.replace(/\//g, '\\')}`;
function windowsTool(options, command, args) {
    if (options.platform === 'win32')
        return [command, args];
    if (!options.wine)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
    return ['wine', [command, ...args]];
}
const hostPath = (options, file) => (options.platform === 'win32' ? file : winePath(file));
/**
 * An NSIS installer or uninstaller with its arguments as one verbatim string: NSIS reads `/D=` and `_?=`
 * only as the last argument and unquoted, even when the path has spaces, and every usual launcher quotes
 * an argument with spaces. PowerShell's Start-Process passes the string as is on Windows; under wine,
 * `cmd /c` does (the installer's own path must then be free of spaces).
 */
function nsisCommand(options, exe, args) {
    if (options.platform === 'win32') {
        const quote = (text) => `'${text.replace(/'/g, "''")}'`;
        return ['powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', `$p = Start-Process -FilePath ${quote(exe)} -ArgumentList ${quote(args)} -Wait -PassThru; exit $p.ExitCode`]];
    }
    if (!options.wine)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
    if (/\s/.test(exe))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Under wine the installer path must not hold spaces: ${exe}`);
    return ['wine', ['cmd', '/c', `${winePath(exe)} ${args}`]];
}
/** The msiexec verbose log written beside our transcript. */
const msiLogFile = (logFile, action) => logFile.replace(/(\.log)?$/, `.msiexec-${action}.log`);
/** Installs the artifact the way a user would; every command goes through `run`. */
async function install(options, run) {
    const timeoutMs = options.timeoutMs;
    const logFiles = [options.logFile];
    switch (options.type) {
        case 'deb': {
            const packageName = (await run('dpkg-deb', ['--field', options.file, 'Package'], { timeoutMs })).stdout.trim();
            const [command, args] = sudo(options.isRoot, 'dpkg', ['-i', options.file]);
            await waitingForDpkgLock(() => run(command, args, { timeoutMs, env: { DEBIAN_FRONTEND: 'noninteractive' } }));
            const files = (await run('dpkg-query', ['-L', packageName], { timeoutMs })).stdout.split('\n').filter((line) => line.startsWith('/'));
            return { detail: `package ${packageName} installed (${files.length} paths)`, logFiles, state: { packageName, installed: files } };
        }
        case 'rpm': {
            const packageName = (await run('rpm', ['-qp', '--queryformat', '%{NAME}', options.file], { timeoutMs })).stdout.trim();
            const [command, args] = sudo(options.isRoot, 'rpm', ['-i', '--replacepkgs', options.file]);
            await run(command, args, { timeoutMs });
            return { detail: `package ${packageName} installed`, logFiles, state: { packageName } };
        }
        case 'msi': {
            const msiLog = msiLogFile(options.logFile, 'install');
            const extra = options.installDir ? [`INSTALLDIR=${hostPath(options, options.installDir)}`] : [];
            const [command, args] = windowsTool(options, 'msiexec', ['/i', hostPath(options, options.file), '/qn', '/norestart', '/l*v', hostPath(options, msiLog), ...extra]);
            await run(command, args, { timeoutMs });
            return { detail: 'msiexec /i succeeded', logFiles: [...logFiles, msiLog], ...(options.installDir ? { installDir: options.installDir } : {}), state: {} };
        }
        case 'nsis': {
            const args = `/S${options.installDir ? ` /D=${hostPath(options, options.installDir)}` : ''}`;
            // Under wine the installer's path must be free of spaces (see nsisCommand): run a copy then.
            const exe = options.platform !== 'win32' && /\s/.test(options.file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(options.logFile), `nsis-setup-${process.pid}.exe`) : options.file;
            if (exe !== options.file)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(options.file, exe);
            try {
                const [command, all] = nsisCommand(options, exe, args);
                await run(command, all, { timeoutMs });
            }
            finally {
                if (exe !== options.file)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(exe, { force: true });
            }
            const uninstaller = options.installDir ? findUninstaller(options.installDir) : undefined;
            if (options.installDir && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.installDir))
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The installer exited 0 but ${options.installDir} does not exist: it did not install there (does it honour /D=?).`);
            const files = options.installDir ? listFiles(options.installDir) : [];
            if (files.length)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(options.logFile, `Installed files:\n${files.map((f) => `  ${f}`).join('\n')}\n\n`);
            return {
                detail: options.installDir ? `installed ${files.length} files in ${options.installDir}` : 'installer exited 0',
                logFiles,
                ...(options.installDir ? { installDir: options.installDir } : {}),
                state: { ...(uninstaller ? { uninstaller } : {}), installed: files },
            };
        }
        case 'squirrel': {
            // Squirrel.Windows installs per user into %LocalAppData%\<app> and takes no folder.
            const [command, args] = options.platform === 'win32' ? [options.file, ['--silent']] : windowsTool(options, options.file, ['--silent']);
            await run(command, args, { timeoutMs });
            return { detail: 'Setup.exe --silent succeeded', logFiles, state: {} };
        }
        case 'dmg': {
            const target = options.installDir ?? '/Applications';
            const mount = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(options.logFile), 'dmg-mount');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(mount, { recursive: true });
            await run('hdiutil', ['attach', '-nobrowse', '-readonly', '-noautoopen', '-mountpoint', mount, options.file], { timeoutMs });
            try {
                const apps = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(mount).filter((name) => name.endsWith('.app'));
                if (apps.length === 0)
                    throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(options.file)} holds no .app bundle at its top level.`);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
                for (const app of apps)
                    await run('cp', ['-R', node_path__WEBPACK_IMPORTED_MODULE_1___default().join(mount, app), target], { timeoutMs });
                const installed = apps.map((app) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, app));
                return { detail: `copied ${apps.join(', ')} to ${target}`, logFiles, installDir: target, state: { installed } };
            }
            finally {
                await run('hdiutil', ['detach', mount, '-force'], { timeoutMs, allowFailure: true });
            }
        }
        case 'pkg': {
            const [command, args] = sudo(options.isRoot, 'installer', ['-pkg', options.file, '-target', '/', '-verboseR', '-dumplog']);
            await run(command, args, { timeoutMs });
            return { detail: 'installer -pkg succeeded', logFiles, state: {} };
        }
        case 'appimage': {
            const target = requireDir(options);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(options.file, 0o755);
            // Extracting needs no FUSE (often missing on CI machines); the AppRun inside starts the app.
            await run(options.file, ['--appimage-extract'], { timeoutMs, cwd: target });
            return { detail: `extracted to ${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, 'squashfs-root')}`, logFiles, installDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, 'squashfs-root'), state: { installed: [node_path__WEBPACK_IMPORTED_MODULE_1___default().join(target, 'squashfs-root')] } };
        }
        case 'tarball': {
            const target = requireDir(options);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(target, { recursive: true });
            await run('tar', ['-xf', options.file, '-C', target], { timeoutMs });
            return { detail: `extracted ${listFiles(target).length} files to ${target}`, logFiles, installDir: target, state: { installed: [target] } };
        }
    }
}
function requireDir(options) {
    if (!options.installDir)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`A ${options.type} is extracted: give install-dir.`);
    return options.installDir;
}
function listFiles(dir, base = dir) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return [];
    }
    return entries.flatMap((name) => {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false })?.isDirectory() ? listFiles(full, base) : [node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base, full)];
    });
}
/** NSIS writes its uninstaller where the script says; by convention uninstall.exe or Uninstall <App>.exe. */
function findUninstaller(installDir) {
    try {
        const name = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(installDir).find((entry) => /^un(install|inst).*\.exe$/i.test(entry));
        return name ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(installDir, name) : undefined;
    }
    catch {
        return undefined;
    }
}
/** Removes what install put there, then proves it is gone. */
async function uninstall(options, installed, run) {
    const timeoutMs = options.timeoutMs;
    const { packageName, uninstaller } = installed.state;
    switch (options.type) {
        case 'deb': {
            const [command, args] = sudo(options.isRoot, 'dpkg', ['-r', packageName]);
            await waitingForDpkgLock(() => run(command, args, { timeoutMs, env: { DEBIAN_FRONTEND: 'noninteractive' } }));
            const status = await run('dpkg-query', ['-W', '-f=${Status}', packageName], { timeoutMs, allowFailure: true });
            if (status.exitCode === 0 && /\binstalled\b/.test(status.stdout) && !/not-installed|config-files/.test(status.stdout)) {
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`dpkg -r ${packageName} exited 0 but dpkg still reports it: ${status.stdout.trim()}`);
            }
            const left = (installed.state.installed ?? []).filter((file) => {
                const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false });
                return info !== undefined && !info.isDirectory() && !file.startsWith('/etc/');
            });
            if (left.length)
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`dpkg -r ${packageName} left files behind: ${left.slice(0, 10).join(', ')}`);
            return `package ${packageName} removed (${status.stdout.trim() || 'unknown to dpkg'})`;
        }
        case 'rpm': {
            const [command, args] = sudo(options.isRoot, 'rpm', ['-e', packageName]);
            await run(command, args, { timeoutMs });
            const query = await run('rpm', ['-q', packageName], { timeoutMs, allowFailure: true });
            if (query.exitCode === 0)
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`rpm -e ${packageName} exited 0 but rpm -q still finds it: ${query.stdout.trim()}`);
            return `package ${packageName} removed`;
        }
        case 'msi': {
            const msiLog = msiLogFile(options.logFile, 'uninstall');
            const [command, args] = windowsTool(options, 'msiexec', ['/x', hostPath(options, options.file), '/qn', '/norestart', '/l*v', hostPath(options, msiLog)]);
            await run(command, args, { timeoutMs });
            installed.logFiles.push(msiLog);
            if (options.installDir && listFiles(options.installDir).length)
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`msiexec /x exited 0 but files remain in ${options.installDir}.`);
            return 'msiexec /x succeeded';
        }
        case 'nsis': {
            if (!uninstaller)
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`No uninstaller (uninstall*.exe) was found in ${options.installDir ?? 'the install folder'}.`);
            const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(uninstaller);
            // Run from a copy, with `_?=` naming the install folder: the uninstaller then neither copies itself
            // to %TEMP% and returns before it is done, nor holds its own file open while deleting it.
            const copy = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(options.logFile), `nsis-uninstall-${process.pid}.exe`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(uninstaller, copy);
            try {
                const [command, all] = nsisCommand(options, copy, `/S _?=${hostPath(options, dir)}`);
                await run(command, all, { timeoutMs });
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(copy, { force: true });
            }
            const left = listFiles(dir);
            if (left.length)
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The uninstaller exited 0 but left ${left.length} files in ${dir}: ${left.slice(0, 10).join(', ')}`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
            return `uninstaller removed every installed file from ${dir}`;
        }
        case 'dmg':
        case 'appimage':
        case 'tarball': {
            for (const target of installed.state.installed ?? []) {
                await run('rm', ['-rf', target], { timeoutMs });
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
                    throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${target} is still there after removal.`);
            }
            return `removed ${(installed.state.installed ?? []).join(', ')}`;
        }
        case 'pkg':
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('A .pkg has no uninstaller.');
        case 'squirrel':
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('A Squirrel installer is removed through its app\'s Update.exe --uninstall, which this action does not know.');
    }
}


/***/ }),

/***/ 5608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ CHECK_INPUTS),
/* harmony export */   BL: () => (/* binding */ SMOKE_KEYS),
/* harmony export */   Gf: () => (/* binding */ smokeAllowed),
/* harmony export */   Pe: () => (/* binding */ readSmokeInputs),
/* harmony export */   mB: () => (/* binding */ smokeProblems),
/* harmony export */   nM: () => (/* binding */ SmokeConfigSchema),
/* harmony export */   w: () => (/* binding */ SMOKE_FIELDS),
/* harmony export */   zd: () => (/* binding */ resolveSmokeSettings)
/* harmony export */ });
/* unused harmony export withVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2311);
/* harmony import */ var _kit_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(438);
/* harmony import */ var _kit_confined_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8676);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3713);
/* harmony import */ var _kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7127);
/* harmony import */ var _checks_health_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1389);
/* harmony import */ var _checks_port_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3840);
/* harmony import */ var _installers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3524);
/**
 * The smoke test's settings: one schema for a target's `smoke:` block in release-kit.yml, the
 * smoke-test action's inputs and `release-kit smoke`'s options, and one reader. Each field accepts
 * its YAML form (90, true, a map) and its text form ("90", "true", NAME=value lines), with one
 * description of what is allowed, so the three places accept the same values with the same ranges.
 */










/** The checks, in the order they run. */
const CHECK_INPUTS = ['wait-for-port', 'health-url', 'expect-output', 'wait-for-window', 'screenshot', 'stay-alive', 'expect-exit-code'];
const TIMED = CHECK_INPUTS.filter((name) => name !== 'stay-alive');
const CHECK_TIMEOUT = { min: 1000, max: 3_600_000 };
const INSTALL_TIMEOUT = { min: 1000, max: 7_200_000 };
const KILL_GRACE = { min: 0, max: 300_000 };
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const fieldOf = (schema, allowed, description) => ({ schema: schema.describe(description), allowed, description });
const refined = (base, allowed, parse) => base.transform((value, ctx) => {
    const parsed = parse(value);
    if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: allowed });
        return zod__WEBPACK_IMPORTED_MODULE_9__/* .NEVER */ .tm;
    }
    return parsed;
});
const text = (description, allowed = 'it must be non-empty text') => fieldOf(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().min(1), allowed, description);
const flag = (description) => {
    const allowed = 'it must be true or false';
    return fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]), allowed, (v) => (typeof v === 'boolean' ? v : TRUE.includes(v) ? true : FALSE.includes(v) ? false : undefined)), allowed, description);
};
const whole = (min, max, description) => {
    const allowed = `it must be a whole number from ${min} to ${max}`;
    return fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]), allowed, (v) => {
        const n = typeof v === 'number' ? v : /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
        return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
    }), allowed, description);
};
const duration = (range, description) => {
    const allowed = (0,_kit_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .durationAllowed */ .fA)(range);
    return fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]), allowed, (v) => (0,_kit_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .durationIn */ .en)(v, range)), allowed, description);
};
/** NAME=value lines (an input, an option) or a map (release-kit.yml). */
function envOf(value) {
    const entries = typeof value === 'string' ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .splitLines */ .uz)(value).map((line) => /^([^=]*)=(.*)$/.exec(line)).map((m) => (m ? [m[1], m[2]] : undefined)) : Object.entries(value).map(([k, v]) => [k, String(v)]);
    if (entries.some((entry) => !entry || !ENV_NAME.test(entry[0])))
        return undefined;
    return Object.fromEntries(entries);
}
/** `check=duration` lines (an input, an option) or a map of check → duration (release-kit.yml). */
function timeoutsOf(value) {
    const entries = typeof value === 'string' ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .splitLines */ .uz)(value).map((line) => /^([a-z-]+)\s*[=:]\s*(.+)$/.exec(line)).map((m) => (m ? [m[1], m[2].trim()] : undefined)) : Object.entries(value);
    const out = {};
    for (const entry of entries) {
        if (!entry || !TIMED.includes(entry[0]))
            return undefined;
        const ms = (0,_kit_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .durationIn */ .en)(entry[1], CHECK_TIMEOUT);
        if (ms === undefined)
            return undefined;
        out[entry[0]] = ms;
    }
    return out;
}
function httpUrl(value) {
    try {
        const url = new URL(value);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
/** Every smoke setting: the key in release-kit.yml is the name of the action input and of the CLI option. */
const SMOKE_FIELDS = {
    run: text('Command line that starts the app, backend or CLI (run by /bin/sh -c, or cmd.exe on Windows).'),
    'working-directory': text('Folder to run it in, relative to the workspace (default: a scratch folder of the leg).'),
    env: fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY()]))]), 'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)', envOf), 'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)', 'Extra environment variables for the app: NAME=value lines (a map in release-kit.yml).'),
    install: text('Installer to install first, the way a user would: a glob of the leg\'s release files (*.exe, *.msi) or a path in the workspace. .msi, .exe (NSIS, or Squirrel with install-type), .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst.'),
    'install-type': fieldOf(zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(['auto', ..._installers_js__WEBPACK_IMPORTED_MODULE_8__/* .INSTALLER_TYPES */ .xo]), `it must be one of: auto, ${_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .INSTALLER_TYPES */ .xo.join(', ')}`, 'auto (from the extension; .exe means NSIS), msi, nsis, squirrel, dmg, pkg, deb, rpm, appimage or tarball.'),
    'install-dir': text('Where to install or extract: /D= for NSIS, INSTALLDIR= for MSI, the target of .dmg apps; AppImage and tarballs default to a folder under RUNNER_TEMP. The app sees it as RELEASE_KIT_INSTALL_DIR.'),
    uninstall: flag('Uninstall after the checks and fail when that fails.'),
    'install-timeout': duration(INSTALL_TIMEOUT, 'Time the installer may take (default: 5m, or timeout when longer).'),
    'expect-exit-code': whole(0, 255, 'The app must exit with this code (a CLI).'),
    'expect-output': text('Regular expression the output must match; {version} is the version.'),
    'wait-for-port': fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]), 'it must be a port from 1 to 65535, optionally as host:port', (v) => (0,_checks_port_js__WEBPACK_IMPORTED_MODULE_7__/* .parsePortTarget */ .OP)(String(v))), 'it must be a port from 1 to 65535, optionally as host:port', 'A TCP port (or host:port) that must accept connections.'),
    'health-url': fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), 'it must be an http:// or https:// URL with a port from 1 to 65535', httpUrl), 'it must be an http:// or https:// URL with a port from 1 to 65535', 'URL that must answer expect-status.'),
    'expect-status': whole(100, 599, 'HTTP status health-url must answer (default 200).'),
    'expect-body': text('Regular expression, or json:<path>=<value>, the health-url body must match; {version} is the version.'),
    'wait-for-window': text('Regular expression a top-level window title must match (X11; Xvfb is started when there is no display).'),
    screenshot: fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]), 'it must be true or a path ending in .png', (v) => typeof v === 'boolean' ? v : TRUE.includes(v) ? true : FALSE.includes(v) ? false : /\.png$/i.test(v) ? v : undefined), 'it must be true or a path ending in .png', 'Take a screenshot of the display and check it is not blank: true, or the .png path to write.'),
    'upload-screenshot': flag('Upload the screenshot as an artifact and link it from the summary (default true).'),
    'stay-alive': duration(CHECK_TIMEOUT, 'The app must still run after this long (a GUI app or a server).'),
    timeout: duration(CHECK_TIMEOUT, 'Time each check may take (default 60s).'),
    timeouts: fieldOf(refined(zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()]))]), `each line must be <check>=<duration> (1s to 1h), the check one of: ${TIMED.join(', ')} (stay-alive waits the time it is given)`, timeoutsOf), `each line must be <check>=<duration> (1s to 1h), the check one of: ${TIMED.join(', ')} (stay-alive waits the time it is given)`, 'Per-check time limits: <check>=<duration> lines (a map in release-kit.yml).'),
    'kill-grace': duration(KILL_GRACE, 'Time between asking the app to stop and killing it (default 5s).'),
};
const SMOKE_KEYS = Object.keys(SMOKE_FIELDS);
/** One smoke check of a target in release-kit.yml: the same fields as the action's inputs. */
const SmokeConfigSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc(Object.fromEntries(SMOKE_KEYS.map((key) => [key, key === 'run' ? SMOKE_FIELDS.run.schema : SMOKE_FIELDS[key].schema.optional()])))
    .strict();
/** What is allowed for a smoke setting, in words (for config errors). */
const smokeAllowed = (key) => SMOKE_FIELDS[key]?.allowed;
/** Reads the smoke inputs (or options) through the same field schemas; '' is unset. */
function readSmokeInputs(source, keys = SMOKE_KEYS) {
    const values = {};
    for (const key of keys) {
        if (source.read(key) === '')
            continue;
        const { schema, allowed } = SMOKE_FIELDS[key];
        values[key] = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .field */ .ZZ)(source, key, schema, allowed);
    }
    return values;
}
const shown = (values, key) => {
    const value = values[key];
    return value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
};
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * `{version}` → the version without a leading `v`. In a regex the version is escaped and the `v`
 * optional, so it matches an app printing either `1.2.3` or `v1.2.3`.
 */
function withVersion(text, version, kind) {
    const bare = version.replace(/^v(?=\d)/, '');
    return text.split('{version}').join(kind === 'regex' ? `v?${escapeRegExp(bare)}` : bare);
}
function regexProblem(source) {
    try {
        new RegExp(source, 'm');
        return undefined;
    }
    catch (error) {
        return error.message;
    }
}
/** The installer type of the install setting: the given type, or the one its extension names (undefined when a glob leaves it open). */
function installTypeOf(values) {
    if (values['install-type'] && values['install-type'] !== 'auto')
        return values['install-type'];
    if (!values.install)
        return undefined;
    if (/[*?[\]{}]$/.test(values.install) || /\*$/.test(values.install))
        return undefined;
    return (0,_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .installerTypeOf */ .Ig)(values.install) ?? 'unknown';
}
/**
 * The rules between settings, without touching a file: what `release-kit check` reports for a
 * target's smoke block and what the action refuses before it starts anything. `version` stands in
 * for {version} (undefined: none is known, so {version} is a problem).
 */
function smokeProblems(values, version, raw) {
    const problems = [];
    const valueOf = (key) => (key === 'install-type' ? (values['install-type'] ?? 'auto') : (raw?.(key) ?? shown(values, key)));
    const add = (key, allowed) => void problems.push({ key, value: key === 'checks' ? '' : valueOf(key), allowed });
    if (values['stay-alive'] !== undefined && values['expect-exit-code'] !== undefined)
        add('stay-alive', 'it cannot be combined with expect-exit-code (one expects the app to keep running, the other to exit)');
    if (!values['health-url']) {
        if (values['expect-status'] !== undefined)
            add('expect-status', 'it is used only with health-url');
        if (values['expect-body'] !== undefined)
            add('expect-body', 'it is used only with health-url');
    }
    const type = installTypeOf(values);
    if (!values.install) {
        if (values.uninstall)
            add('uninstall', 'there is nothing to uninstall without install');
        if (values['install-type'] && values['install-type'] !== 'auto')
            add('install-type', 'it is used only with install');
    }
    else if (type === 'unknown') {
        add('install-type', `the type of ${values.install} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .INSTALLER_TYPES */ .xo.join(', ')}`);
    }
    else if (values.uninstall && type && !_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .UNINSTALLABLE */ .VI.includes(type)) {
        add('uninstall', `a ${type} has no uninstaller; set it to false`);
    }
    else if (values.uninstall && type === 'nsis' && !values['install-dir']) {
        add('uninstall', 'uninstalling an NSIS installer needs install-dir too: the folder it installs to (passed as /D=)');
    }
    for (const key of ['expect-output', 'expect-body']) {
        const raw = values[key];
        if (raw === undefined || !raw.includes('{version}') || version)
            continue;
        add(key, 'it uses {version}, so version must be set too (the version input; --version on the command line)');
    }
    const sample = version ?? '1.0.0';
    if (values['expect-output'] !== undefined) {
        const problem = regexProblem(withVersion(values['expect-output'], sample, 'regex'));
        if (problem)
            add('expect-output', `it must be a valid JavaScript regular expression (${problem})`);
    }
    if (values['wait-for-window'] !== undefined) {
        const problem = regexProblem(values['wait-for-window']);
        if (problem)
            add('wait-for-window', `it must be a valid JavaScript regular expression (${problem})`);
    }
    if (values['expect-body'] !== undefined) {
        try {
            (0,_checks_health_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBodyExpectation */ .k2)(withVersion(values['expect-body'], sample, values['expect-body'].startsWith('json:') ? 'text' : 'regex'));
        }
        catch (error) {
            add('expect-body', error.message);
        }
    }
    const given = CHECK_INPUTS.filter((name) => values[name] !== undefined && !(name === 'screenshot' && values.screenshot === false));
    if (given.length === 0)
        add('checks', `at least one check must be given: ${CHECK_INPUTS.join(', ')}`);
    return problems;
}
const COMPANION = /\.(sig|asc|minisig|blockmap)$/i;
/** The installer `install` names: one of the leg's release files its glob matches, or a file of the workspace. */
function resolveInstall(install, context) {
    if (context.artifactsDir && !install.includes('/') && !install.includes('\\')) {
        const names = ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(context.artifactsDir, { throwIfNoEntry: false })?.isDirectory() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(context.artifactsDir) : []).filter((name) => !COMPANION.test(name));
        const matched = names.filter((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().matchesGlob(name, install));
        if (matched.length === 1)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.artifactsDir, matched[0]);
        if (matched.length > 1) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('install'), install, `it must match one release file of the leg, but it matches ${matched.length}: ${matched.join(', ')}; narrow it (or add a smoke check per installer)`);
        }
        const direct = (0,_kit_confined_path_js__WEBPACK_IMPORTED_MODULE_3__/* .confinedPath */ .OR)(context.describe('install'), install, { workspace: context.workspace, runnerTemp: context.runnerTemp });
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(direct, { throwIfNoEntry: false })?.isFile())
            return direct;
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('install'), install, `it must match one of the leg's release files (${names.join(', ') || 'none'})`);
    }
    const file = (0,_kit_confined_path_js__WEBPACK_IMPORTED_MODULE_3__/* .confinedPath */ .OR)(context.describe('install'), install, { workspace: context.workspace, runnerTemp: context.runnerTemp });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile())
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('install'), install, 'it must name an existing installer file (relative to the workspace)');
    return file;
}
/** From checked values to the run: the first problem is one InputError naming the setting, its value and what is allowed. */
function resolveSmokeSettings(given, context) {
    // {version} in the command, paths and URL: the version as text.
    const values = { ...given };
    if (context.version) {
        for (const key of ['run', 'install', 'working-directory', 'install-dir', 'health-url']) {
            if (values[key] !== undefined)
                values[key] = withVersion(values[key], context.version, 'text');
        }
        if (values.env)
            values.env = Object.fromEntries(Object.entries(values.env).map(([name, value]) => [name, withVersion(value, context.version, 'text')]));
    }
    const [problem] = smokeProblems(values, context.version, context.raw);
    if (problem)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(problem.key === 'checks' ? 'The check inputs' : context.describe(problem.key), problem.value, problem.allowed);
    if (!values.run)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('run'), '', 'it is required: the command that starts the program');
    const workingDirectory = values['working-directory'] ? (0,_kit_confined_path_js__WEBPACK_IMPORTED_MODULE_3__/* .confinedPath */ .OR)(context.describe('working-directory'), values['working-directory'], { workspace: context.workspace }) : (context.defaultWorkingDirectory ?? context.workspace);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('working-directory'), values['working-directory'] ?? '', 'it must name an existing folder (relative to the workspace)');
    }
    const version = context.version;
    const timeoutMs = values.timeout ?? 60_000;
    const timeouts = Object.fromEntries([...CHECK_INPUTS, 'install'].map((name) => [name, timeoutMs]));
    timeouts.install = values['install-timeout'] ?? Math.max(timeoutMs, 300_000);
    Object.assign(timeouts, values.timeouts ?? {});
    const settings = {
        run: values.run,
        workingDirectory,
        env: { ...(values.env ?? {}), ...(context.extraEnv ?? {}) },
        ...(version ? { version } : {}),
        timeouts,
        killGraceMs: values['kill-grace'] ?? 5000,
        uploadScreenshot: values['upload-screenshot'] ?? true,
    };
    if (values.install) {
        const file = resolveInstall(values.install, context);
        const given = values['install-type'] ?? 'auto';
        const type = given === 'auto' ? (0,_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .installerTypeOf */ .Ig)(file) : given;
        if (!type) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('install-type'), given, `the type of ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .INSTALLER_TYPES */ .xo.join(', ')}`);
        }
        const uninstall = values.uninstall ?? false;
        if (uninstall && !_installers_js__WEBPACK_IMPORTED_MODULE_8__/* .UNINSTALLABLE */ .VI.includes(type))
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('uninstall'), 'true', `a ${type} has no uninstaller; set it to false`);
        const installDir = values['install-dir'] ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(context.workspace, values['install-dir']) : type === 'appimage' || type === 'tarball' ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(context.runnerTemp, 'install') : undefined;
        if (uninstall && type === 'nsis' && !installDir)
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(context.describe('install-dir'), '', 'uninstalling an NSIS installer needs the folder it installs to (passed as /D=)');
        settings.install = { file, type, ...(installDir ? { installDir } : {}), uninstall };
    }
    if (values['wait-for-port'])
        settings.waitForPort = values['wait-for-port'];
    if (values['health-url']) {
        const body = values['expect-body'];
        settings.healthUrl = {
            url: values['health-url'],
            expectStatus: values['expect-status'] ?? 200,
            ...(body ? { expectBody: (0,_checks_health_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBodyExpectation */ .k2)(version ? withVersion(body, version, body.startsWith('json:') ? 'text' : 'regex') : body) } : {}),
        };
    }
    if (values['expect-output']) {
        const source = version ? withVersion(values['expect-output'], version, 'regex') : values['expect-output'];
        settings.expectOutput = { pattern: new RegExp(source, 'm'), source };
    }
    if (values['wait-for-window'])
        settings.waitForWindow = { pattern: new RegExp(values['wait-for-window'], 'm'), source: values['wait-for-window'] };
    if (values.screenshot) {
        settings.screenshot = values.screenshot === true ? 'default' : (0,_kit_confined_path_js__WEBPACK_IMPORTED_MODULE_3__/* .confinedPath */ .OR)(context.describe('screenshot'), values.screenshot, { workspace: context.workspace, runnerTemp: context.runnerTemp });
    }
    if (values['stay-alive'] !== undefined)
        settings.stayAliveSeconds = values['stay-alive'] / 1000;
    if (values['expect-exit-code'] !== undefined)
        settings.expectExitCode = values['expect-exit-code'];
    return settings;
}


/***/ })

};
