export const id = 284;
export const ids = [284];
export const modules = {

/***/ 4966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ readTargetInput),
/* harmony export */   jE: () => (/* binding */ blockSource)
/* harmony export */ });
/* unused harmony export legFolderOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);
/* harmony import */ var _kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7127);
/* harmony import */ var _plan_load_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(142);





/** The leg's release files: where matrix-build puts them for a target. */
const legFolderOf = (workspace, target) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, '.release-kit', 'artifacts', target);
/**
 * `config` + `target` inputs: the target's block of release-kit.yml, for the actions that act on one
 * target (matrix-build, codesign, notarize, smoke-test). Undefined when `target` is not given.
 */
async function readTargetInput(source, workspace) {
    const id = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'target');
    if (!id)
        return undefined;
    const configName = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'config', { default: 'release-kit.yml' });
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, configName);
    const config = await (0,_plan_load_config_js__WEBPACK_IMPORTED_MODULE_4__/* .loadReleaseKitConfig */ .A)(configFile, node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, configFile));
    const target = config.targets.find((t) => t.id === id);
    if (!target)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('target'), id, `it must be the id of a target in ${configName} (${config.targets.map((t) => t.id).join(', ')})`);
    const legFolder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'artifacts-dir', { default: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, legFolderOf(workspace, id)) }));
    const files = async () => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(legFolder, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(legFolder, entry.name)).sort();
    return { config, target, configName, legFolder, files };
}
/**
 * Inputs over a target's block: a key the block sets comes from there (and the input may not say
 * otherwise), `fixed` values are the leg's own (files, platform), the rest — secrets above all — stay inputs.
 */
function blockSource(source, block, where, fixed, fixedWhy) {
    for (const [name, value] of Object.entries(block)) {
        const given = source.read(name);
        if (given && given !== value)
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe(name), given, `${where} sets it to ${JSON.stringify(value)}; set it in one place`);
    }
    for (const name of Object.keys(fixed)) {
        if (source.read(name))
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe(name), source.read(name), fixedWhy);
    }
    return {
        read: (name) => fixed[name] ?? block[name] ?? source.read(name),
        describe: (name) => (name in block ? `${where.replace(/ block$/, '')}.${name}` : source.describe(name)),
        mask: (value) => source.mask(value),
    };
}


/***/ }),

/***/ 5284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PLAIN_SETTINGS: () => (/* binding */ PLAIN_SETTINGS),
  SECRET_SETTINGS: () => (/* binding */ SECRET_SETTINGS),
  settingVariable: () => (/* binding */ settingVariable),
  signCommand: () => (/* binding */ signCommand),
  signSource: () => (/* binding */ signSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/sign/select.ts
var sign_select = __webpack_require__(6073);
// EXTERNAL MODULE: ./src/sign/settings.ts
var settings = __webpack_require__(196);
// EXTERNAL MODULE: ./src/actions/target-settings.ts
var target_settings = __webpack_require__(4966);
// EXTERNAL MODULE: ./src/kit/retry.ts
var retry = __webpack_require__(1834);
;// CONCATENATED MODULE: ./src/sign/timestamp.ts


/**
 * RFC 3161 timestamp servers: the list the user gave (or public defaults), each tried a few times with
 * back-off; a server that keeps failing is dropped for the rest of the run and the next one is used.
 * Only failures of the timestamp server itself move on: any other failure (a wrong password, say) is
 * thrown at once.
 */
/** Free public RFC 3161 servers run by certificate authorities Windows trusts. */
const DEFAULT_TIMESTAMP_URLS = [
    'http://timestamp.digicert.com',
    'http://timestamp.sectigo.com',
    'http://timestamp.globalsign.com/tsa/r6advanced1',
];
/** A timestamp server did not give a usable answer: `answer` says what it did instead. */
class TimestampServerError extends Error {
    name = 'TimestampServerError';
    answer;
    constructor(answer) {
        super(answer);
        this.answer = answer;
    }
}
class TimestampFailover {
    urls;
    attempts;
    initialDelayMs;
    maxDelayMs;
    sleep;
    onFailure;
    /** Servers that failed every attempt, with their last answer: skipped from then on. */
    failed = new Map();
    constructor(options) {
        if (options.urls.length === 0)
            throw new errors/* UserError */.yo('No timestamp server is configured: give at least one URL in timestamp-urls, or set timestamp: false.');
        this.urls = options.urls;
        this.attempts = Math.max(1, options.attemptsPerServer ?? 3);
        this.initialDelayMs = options.initialDelayMs ?? 1000;
        this.maxDelayMs = options.maxDelayMs ?? 8000;
        this.sleep = options.sleep ?? retry/* sleep */.yy;
        this.onFailure = options.onFailure;
    }
    /**
     * Runs `work` with a server URL until it succeeds. `work` throws TimestampServerError when the server
     * (not the signing) failed; anything else is thrown as is.
     */
    async run(work) {
        for (const url of this.urls) {
            if (this.failed.has(url))
                continue;
            let delay = this.initialDelayMs;
            for (let attempt = 1; attempt <= this.attempts; attempt++) {
                try {
                    return { result: await work(url), url };
                }
                catch (error) {
                    if (!(error instanceof TimestampServerError))
                        throw error;
                    const last = attempt === this.attempts;
                    this.onFailure?.(url, error.answer, attempt, !last);
                    if (last) {
                        this.failed.set(url, error.answer);
                        break;
                    }
                    await this.sleep(delay);
                    delay = Math.min(delay * 2, this.maxDelayMs);
                }
            }
        }
        const answers = this.urls.map((url) => `  ${url}: ${this.failed.get(url) ?? 'not tried'}`).join('\n');
        throw new errors/* UserError */.yo(`Timestamping failed at every server (${this.attempts} attempts each):\n${answers}\n` +
            'Add a reachable RFC 3161 server to timestamp-urls, or set timestamp: false (the signature then expires with the certificate).');
    }
}
/** A short account of why a timestamp request failed, from what a signing tool printed. */
function describeTimestampFailure(output) {
    const http = /code=(\d{3}), reason=([^\n:]+)/.exec(output);
    if (http)
        return `HTTP ${http[1]} ${http[2].trim()}`;
    const known = /(Connection refused|Connection timed out|timed out|Name or service not known|No address associated with hostname|Temporary failure in name resolution|Network is unreachable|connection reset|certificate verify failed)/i.exec(output);
    if (known)
        return known[1];
    const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    return lines.find((line) => /timestamp|time-stamp|http/i.test(line)) ?? lines.at(-1) ?? 'no answer';
}

;// CONCATENATED MODULE: ./src/sign/windows/azure-sign-tool.ts
/**
 * AzureSignTool, set up by the kit: `dotnet tool install` of one pinned version into the runner's tool
 * cache, in the layout of @actions/tool-cache (<cache>/AzureSignTool/<version>/<arch>, and a
 * `<arch>.complete` marker written only after the install finished), so a later job on the same runner
 * — a self-hosted one, or a cache restored there — finds it without a download.
 */



/** The AzureSignTool release the kit installs (NuGet package AzureSignTool; runs on .NET 8 and later). */
const AZURE_SIGN_TOOL_VERSION = '7.0.1';
const azureSignToolFolder = (toolCache, version, arch) => external_node_path_default().join(toolCache, 'AzureSignTool', version, arch);
const exists = (file) => (0,promises_.access)(file).then(() => true, () => false);
/** The AzureSignTool executable of the pinned version: from the tool cache, else installed there. */
async function setupAzureSignTool(setup) {
    const version = setup.version ?? AZURE_SIGN_TOOL_VERSION;
    const folder = azureSignToolFolder(setup.toolCache, version, setup.arch);
    const executable = external_node_path_default().join(folder, setup.windows ? 'AzureSignTool.exe' : 'AzureSignTool');
    const marker = `${folder}.complete`;
    if ((await exists(marker)) && (await exists(executable))) {
        setup.log?.info(`AzureSignTool ${version} from the tool cache (${folder}).`);
        return executable;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(folder), { recursive: true });
    try {
        await setup.run('dotnet', ['tool', 'install', 'AzureSignTool', '--version', version, '--tool-path', folder], { timeoutMs: 600_000 });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot set up AzureSignTool ${version} for windows-method: azure-key-vault (dotnet tool install failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the runner needs the .NET SDK (GitHub's Windows images have it), or give the path of an installed AzureSignTool.`);
    }
    if (!(await exists(executable)))
        throw new errors/* UserError */.yo(`dotnet tool install reported success but ${executable} is not there; AzureSignTool ${version} could not be set up.`);
    await (0,promises_.writeFile)(marker, '');
    setup.log?.info(`AzureSignTool ${version} installed with dotnet tool install into the tool cache (${folder}).`);
    return executable;
}

// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/kit/map-limit.ts
var map_limit = __webpack_require__(9464);
// EXTERNAL MODULE: ./src/sign/windows/file-types.ts
var file_types = __webpack_require__(21);
;// CONCATENATED MODULE: ./src/sign/windows/base.ts








const SILENT = { info: () => undefined, warning: () => undefined };
/**
 * The file-by-file part every Windows method shares: check the file is what its name says, skip it when
 * already signed by this certificate, sign a copy in a private folder next to it, verify the copy, and
 * only then rename it over the original. A failure anywhere leaves the original byte for byte as it was.
 */
class WindowsSigner {
    options;
    run;
    log;
    declared = [];
    privateDir;
    /** Subject and thumbprint of the signing certificate, when known before signing. */
    certificate;
    constructor(options) {
        this.options = options;
        this.run = options.run ?? exec/* runTool */.q;
        this.log = options.log ?? SILENT;
    }
    declare(leftover) {
        this.declared.push(leftover);
        this.options.declare?.(leftover);
    }
    /** A folder only this user can read, under the temp root, declared before it exists. */
    async keyDir() {
        if (this.privateDir)
            return this.privateDir;
        const dir = external_node_path_default().join(this.options.tempRoot, `release-kit-sign-${(0,external_node_crypto_.randomUUID)()}`);
        this.declare({ kind: 'path', path: dir });
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
        await (0,promises_.chmod)(dir, 0o700);
        this.privateDir = dir;
        return dir;
    }
    /** Writes secret material with mode 0600 into the private folder. */
    async writeSecretFile(name, content) {
        const file = external_node_path_default().join(await this.keyDir(), name);
        await (0,promises_.writeFile)(file, content, { mode: 0o600, flag: 'wx' });
        return file;
    }
    /** How long one signing run may take: shorter when it waits on a timestamp server, which may hang. */
    signTimeoutMs(timestampUrl) {
        return timestampUrl ? (this.options.timestampTimeoutMs ?? 180_000) : 600_000;
    }
    /** A signing run stopped because it waited on the timestamp server too long: that server's failure. */
    timedOutOnTimestamp(error, timestampUrl) {
        if (!timestampUrl || !(error instanceof exec/* ToolError */.v) || !/did not finish within/.test(error.message))
            return undefined;
        return new TimestampServerError(`no answer within ${this.signTimeoutMs(timestampUrl) / 1000} s`);
    }
    /** The private folder (after prepare): verifier scratch files go there too. */
    workDirSync() {
        if (!this.privateDir)
            throw new Error('prepare() must run before signing');
        return this.privateDir;
    }
    /**
     * Signs up to `concurrency` files at once. The first failure stops new files from starting; the ones
     * under way finish (each is either signed and verified or unchanged), then the failure is thrown.
     */
    async signAll(files) {
        let failure;
        const results = await (0,map_limit/* mapLimit */.s)(files, Math.max(1, this.options.concurrency ?? 4), async (file) => {
            if (failure)
                return undefined;
            try {
                return await this.signOne(file);
            }
            catch (error) {
                failure ??= { error };
                return undefined;
            }
        });
        if (failure) {
            const done = results.filter((record) => record !== undefined).length;
            const { error } = failure;
            if (files.length > 1 && error instanceof errors/* UserError */.yo) {
                throw new errors/* UserError */.yo(`${error.message}\n(${done} of ${files.length} files were signed and verified before this; the others are unchanged.)`);
            }
            throw error;
        }
        return results;
    }
    async signOne(file) {
        const format = await (0,file_types/* checkAuthenticodeFile */.KF)(file);
        if (this.options.skipSigned) {
            const existing = await this.verifier.signerOf(file);
            if (existing && this.isOurs(existing)) {
                this.log.info(`${file} is already signed by ${existing.subject ?? existing.thumbprint}; left as it is.`);
                return this.record(file, existing, undefined, 'already-signed');
            }
        }
        const staging = external_node_path_default().join(external_node_path_default().dirname(file), `.release-kit-sign-${(0,external_node_crypto_.randomUUID)()}`);
        const leftover = { kind: 'path', path: staging };
        this.declare(leftover);
        await (0,promises_.mkdir)(staging, { mode: 0o700 });
        try {
            const target = external_node_path_default().join(staging, external_node_path_default().basename(file));
            const server = await this.signCopy(file, target, format);
            const check = await this.verifier.verify(target);
            if (this.options.dualSign && check.signatures < 2) {
                throw new errors/* UserError */.yo(`${file}: dual signing was asked for, but ${this.verifier.tool} found ${check.signatures} signature(s) on the signed copy; the original was left unchanged.`);
            }
            if ((this.options.timestamp || this.options.requireTimestamp) && !check.timestamped) {
                throw new errors/* UserError */.yo(`${file}: the signed copy carries no timestamp${server ? ` although ${server} answered` : ''}; the original was left unchanged.`);
            }
            if (this.certificate && check.thumbprint !== this.certificate.thumbprint) {
                throw new errors/* UserError */.yo(`${file}: the signed copy is signed by ${check.thumbprint ?? 'a certificate the verifier did not name'}, not by the configured certificate ${this.certificate.thumbprint}; the original was left unchanged.`);
            }
            await (0,promises_.chmod)(target, (await (0,promises_.stat)(file)).mode & 0o7777);
            await (0,promises_.rename)(target, file);
            this.log.info(`Signed ${file} (${this.method}${server ? `, timestamp ${server}` : ''}); ${this.verifier.tool} verified ${check.signatures} signature(s).`);
            return this.record(file, check, server);
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            this.declared.splice(this.declared.indexOf(leftover), 1);
            this.options.release?.(leftover);
        }
    }
    isOurs(existing) {
        return Boolean(this.certificate && existing.thumbprint === this.certificate.thumbprint);
    }
    record(file, check, server, skipped) {
        // The configured certificate's full subject when known (its thumbprint was checked against the signature).
        const subject = this.certificate?.subject ?? check.subject;
        const thumbprint = this.certificate?.thumbprint ?? check.thumbprint;
        return {
            file,
            method: this.method,
            ...(subject ? { subject } : {}),
            ...(thumbprint ? { thumbprint } : {}),
            ...(server ? { timestampServer: server } : {}),
            verified: true,
            ...(skipped ? { skipped } : {}),
        };
    }
    leftovers() {
        return [...this.declared];
    }
    async cleanup() {
        for (const leftover of this.declared)
            if (leftover.kind === 'path')
                await (0,promises_.rm)(leftover.path, { recursive: true, force: true });
    }
    /** Copies the original into place for tools that sign in place (signtool, AzureSignTool, user commands). */
    async copyForSigning(source, target) {
        await (0,promises_.copyFile)(source, target);
    }
    /**
     * For tools that sign a file in place: the copy is signed once per digest (dual signing: SHA-1, then
     * SHA-256 appended), each signature under the timestamp servers' failover. Returns the server used.
     */
    async signInPlace(source, target, signOnce) {
        await this.copyForSigning(source, target);
        const steps = this.options.dualSign
            ? [
                { hash: 'sha1', append: false },
                { hash: 'sha256', append: true },
            ]
            : [{ hash: 'sha256', append: false }];
        let server;
        for (const step of steps) {
            if (this.options.timestamp)
                server = (await this.options.timestamp.run((url) => signOnce(target, step.hash, step.append, url))).url;
            else
                await signOnce(target, step.hash, step.append, undefined);
        }
        return server;
    }
}

// EXTERNAL MODULE: ./src/sign/windows/certificate.ts
var windows_certificate = __webpack_require__(6744);
// EXTERNAL MODULE: ./src/sign/windows/verify.ts
var verify = __webpack_require__(9390);
;// CONCATENATED MODULE: ./src/sign/windows/osslsigncode.ts









const TIMESTAMP_FAILURE = /timestamping failed|HTTP failure|Failed to get data from|Unable to set unauthenticated attributes/i;
/** Checks a tool is there before anything is written: one clear error instead of one per file. */
async function requireTool(run, tool, args, install) {
    try {
        await run(tool, args, { allowFailure: true, timeoutMs: 30_000 });
    }
    catch {
        throw new errors/* UserError */.yo(`${tool} is needed to sign here and was not found on PATH. ${install}`);
    }
}
/**
 * Opens a PKCS#12 file with openssl (the password read from a 0600 file, never a command line) and
 * returns its end-entity certificate, checked for code signing. A wrong password, a file that is not
 * PKCS#12 and a legacy (RC2/3DES) file are told apart.
 */
async function readPfxCertificate(run, pfx, passFile) {
    const open = (legacy) => run('openssl', ['pkcs12', ...(legacy ? ['-legacy'] : []), '-in', pfx, '-passin', `file:${passFile}`, '-nokeys', '-clcerts'], { allowFailure: true, timeoutMs: 30_000 });
    let result = await open(false);
    if (result.exitCode !== 0 && /unsupported|RC2|legacy/i.test(result.stderr))
        result = await open(true);
    if (result.exitCode !== 0) {
        if (/mac verify|invalid password|wrong password|bad decrypt/i.test(result.stderr)) {
            throw new errors/* UserError */.yo('Input "certificate-password" does not open the certificate in "certificate" (PKCS#12 integrity check failed: wrong password?).');
        }
        throw new errors/* UserError */.yo(`Input "certificate" is not a PKCS#12 (.pfx/.p12) file openssl can read: ${result.stderr.trim().split('\n')[0] ?? 'no detail'}.`);
    }
    const [certificate] = (0,windows_certificate/* parsePemCertificates */.Qc)(result.stdout);
    if (!certificate)
        throw new errors/* UserError */.yo('Input "certificate" holds no end-entity certificate (a .pfx with the code-signing certificate and its private key is expected).');
    return certificate;
}
/** Writes the base64 .pfx and its password into the signer's private folder (0600) and checks the certificate. */
async function loadPfx(signer, run, base64, password) {
    const bytes = (0,windows_certificate/* decodeBase64Secret */.GI)(base64, 'Input "certificate"');
    if (bytes[0] !== 0x30)
        throw new errors/* UserError */.yo('Input "certificate" decodes to something that is not a PKCS#12 (.pfx/.p12) file (it does not start with an ASN.1 sequence).');
    const pfx = await signer.writeSecret('certificate.pfx', bytes);
    const passFile = await signer.writeSecret('certificate-password', password);
    const certificate = await readPfxCertificate(run, pfx, passFile);
    (0,windows_certificate/* checkCodeSigningCertificate */.ie)(certificate, 'Input "certificate"');
    return { pfx, passFile, certificate };
}
/** Authenticode with osslsigncode: a .pfx or a PKCS#11 key, on Linux (and macOS) runners. */
class OsslsigncodeSigner extends WindowsSigner {
    method;
    key;
    keyArgs = [];
    caBundle;
    verifierInstance;
    constructor(options) {
        super(options);
        this.key = options.key;
        this.method = options.key.kind;
    }
    get verifier() {
        this.verifierInstance ??= new verify/* OsslsigncodeVerifier */.EE({ run: this.run, ...(this.caBundle ? { caBundle: this.caBundle } : {}), workDir: () => this.workDirSync() });
        return this.verifierInstance;
    }
    async prepare() {
        await requireTool(this.run, 'osslsigncode', ['--version'], 'On Debian/Ubuntu: sudo apt-get install -y osslsigncode.');
        await requireTool(this.run, 'openssl', ['version'], 'On Debian/Ubuntu: sudo apt-get install -y openssl.');
        const writer = { writeSecret: (name, content) => this.writeSecretFile(name, content) };
        if (this.key.kind === 'pfx') {
            const { pfx, passFile, certificate } = await loadPfx(writer, this.run, this.key.certificateBase64, this.key.password);
            this.certificate = { subject: (0,windows_certificate/* subjectOf */.et)(certificate), thumbprint: (0,windows_certificate/* thumbprintOf */.rK)(certificate) };
            this.keyArgs = ['-pkcs12', pfx, '-readpass', passFile];
        }
        else {
            const module = this.key.module;
            if (!(await (0,promises_.stat)(module).catch(() => undefined))?.isFile()) {
                throw new errors/* UserError */.yo(`Input "pkcs11-module" names ${module}, which is not a file; give the path of the token's PKCS#11 library (e.g. /usr/lib/softhsm/libsofthsm2.so).`);
            }
            const certificate = (0,windows_certificate/* parseCertificateText */.Al)(this.key.certificate, 'Input "certificate"');
            (0,windows_certificate/* checkCodeSigningCertificate */.ie)(certificate, 'Input "certificate"');
            this.certificate = { subject: (0,windows_certificate/* subjectOf */.et)(certificate), thumbprint: (0,windows_certificate/* thumbprintOf */.rK)(certificate) };
            const certFile = await this.writeSecretFile('certificate.pem', certificate.toString());
            this.keyArgs = ['-pkcs11module', module, '-key', this.key.keyId, '-certs', certFile];
            if (this.key.pin)
                this.keyArgs.push('-readpass', await this.writeSecretFile('pin', this.key.pin));
        }
        if (this.options.caFile) {
            this.caBundle = external_node_path_default().join(await this.keyDir(), 'ca-bundle.pem');
            await (0,promises_.writeFile)(this.caBundle, await (0,verify/* caBundleText */.O9)(this.options.caFile), { mode: 0o600 });
        }
        if (this.options.timestamp === undefined)
            this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
    }
    /** The arguments of one `osslsigncode sign` run: exposed for tests of the command line. */
    signArguments(source, target, hash, nest, timestampUrl) {
        return [
            'sign',
            ...this.keyArgs,
            '-h', hash,
            ...(nest ? ['-nest'] : []),
            ...(this.options.description ? ['-n', this.options.description] : []),
            ...(this.options.descriptionUrl ? ['-i', this.options.descriptionUrl] : []),
            ...(timestampUrl ? ['-ts', timestampUrl] : []),
            '-in', source,
            '-out', target,
        ];
    }
    async signOnce(source, target, hash, nest, url) {
        await (0,promises_.rm)(target, { force: true });
        try {
            await this.run('osslsigncode', this.signArguments(source, target, hash, nest, url), { timeoutMs: this.signTimeoutMs(url) });
        }
        catch (error) {
            const hung = this.timedOutOnTimestamp(error, url);
            await (0,promises_.rm)(target, { force: true });
            if (hung)
                throw hung;
            if (url && error instanceof exec/* ToolError */.v && TIMESTAMP_FAILURE.test(`${error.result.stdout}\n${error.result.stderr}`)) {
                throw new TimestampServerError(describeTimestampFailure(`${error.result.stderr}\n${error.result.stdout}`));
            }
            if (error instanceof exec/* ToolError */.v && this.key.kind === 'pkcs11') {
                const said = `${error.result.stderr}\n${error.result.stdout}`;
                if (/PIN[_ ]INCORRECT|PIN incorrect|PIN_LOCKED/i.test(said)) {
                    throw new errors/* UserError */.yo(`The PKCS#11 token refused the PIN given as Input "certificate-password"${/LOCKED/i.test(said) ? ' and is locked' : ''}; ${source} was not signed and was left unchanged.`);
                }
                if (/private key was not found|Failed to load private key/i.test(said)) {
                    throw new errors/* UserError */.yo(`Input "pkcs11-key-id" has the value ${JSON.stringify(this.key.keyId)}, but the token (Input "pkcs11-module": ${this.key.module}) has no such private key; give its PKCS#11 URI (pkcs11:token=…;object=…;type=private) or id. ${source} was left unchanged.`);
                }
            }
            if (error instanceof exec/* ToolError */.v)
                throw new errors/* UserError */.yo(`Signing ${source} failed; the original was left unchanged.\n${error.message}`);
            throw error;
        }
    }
    async signCopy(source, target, _format) {
        const steps = this.options.dualSign
            ? [
                { hash: 'sha1', nest: false, from: source, to: `${target}.sha1` },
                { hash: 'sha256', nest: true, from: `${target}.sha1`, to: target },
            ]
            : [{ hash: 'sha256', nest: false, from: source, to: target }];
        let server;
        try {
            for (const step of steps) {
                if (this.options.timestamp)
                    server = (await this.options.timestamp.run((url) => this.signOnce(step.from, step.to, step.hash, step.nest, url))).url;
                else
                    await this.signOnce(step.from, step.to, step.hash, step.nest, undefined);
            }
        }
        finally {
            if (this.options.dualSign)
                await (0,promises_.rm)(`${target}.sha1`, { force: true });
        }
        return server;
    }
}

;// CONCATENATED MODULE: ./src/sign/windows/signtool.ts









const SIGNTOOL_TIMESTAMP_FAILURE = /timestamp server|time stamp server|timestamping|SignerTimeStamp/i;
function versionKey(name) {
    return name.split('.').map((part) => Number(part) || 0);
}
/** The newest x64 signtool.exe of the Windows 10/11 SDK, as GitHub's Windows images install it. */
async function findSigntool(run, kits) {
    const onPath = await run('signtool.exe', ['/?'], { allowFailure: true, timeoutMs: 30_000 }).then(() => true, () => false);
    if (onPath)
        return 'signtool.exe';
    const bin = external_node_path_default().join(kits, 'bin');
    const versions = (await (0,promises_.readdir)(bin).catch(() => [])).filter((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name));
    versions.sort((a, b) => {
        const [x, y] = [versionKey(a), versionKey(b)];
        for (let i = 0; i < 4; i++)
            if (x[i] !== y[i])
                return y[i] - x[i];
        return 0;
    });
    for (const version of versions) {
        const candidate = external_node_path_default().join(bin, version, 'x64', 'signtool.exe');
        if ((await (0,promises_.stat)(candidate).catch(() => undefined))?.isFile())
            return candidate;
    }
    throw new errors/* UserError */.yo(`signtool.exe was not found on PATH nor under ${bin}; install the Windows SDK or give its path in signtool-path.`);
}
/** Authenticode with signtool on Windows runners: a .pfx, or Azure Trusted Signing through its dlib. */
class SigntoolSigner extends WindowsSigner {
    method;
    key;
    signtool;
    keyArgs = [];
    secrets = [];
    verifierInstance;
    constructor(options) {
        super(options);
        this.key = options.key;
        this.method = options.key.kind;
        this.signtool = options.signtool ?? '';
    }
    get verifier() {
        this.verifierInstance ??= new verify/* SigntoolVerifier */.S4({ run: this.run, signtool: () => this.signtool });
        return this.verifierInstance;
    }
    async prepare() {
        const options = this.options;
        if (!this.signtool)
            this.signtool = await findSigntool(this.run, options.windowsKits ?? external_node_path_default().join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
        if (this.key.kind === 'pfx') {
            const writer = { writeSecret: (name, content) => this.writeSecretFile(name, content) };
            const { pfx, certificate } = await loadPfx(writer, this.run, this.key.certificateBase64, this.key.password);
            this.certificate = { subject: (0,windows_certificate/* subjectOf */.et)(certificate), thumbprint: (0,windows_certificate/* thumbprintOf */.rK)(certificate) };
            // signtool takes the password only on its command line; it is masked and hidden from every error.
            this.keyArgs = ['/f', pfx, '/p', this.key.password];
            this.secrets = [this.key.password];
        }
        else {
            const settings = this.key.settings;
            if (!(await (0,promises_.stat)(settings.dlib).catch(() => undefined))?.isFile()) {
                throw new errors/* UserError */.yo(`Input "azure-dlib" names ${settings.dlib}, which is not a file; give the path of Azure.CodeSigning.Dlib.dll (NuGet package Microsoft.Trusted.Signing.Client, bin/x64).`);
            }
            const metadata = external_node_path_default().join(await this.keyDir(), 'trusted-signing-metadata.json');
            await (0,promises_.writeFile)(metadata, JSON.stringify(trustedSigningMetadata(settings), null, 2), { mode: 0o600 });
            this.keyArgs = ['/dlib', settings.dlib, '/dmdf', metadata];
            if (this.options.skipSigned)
                this.log.warning('skip-signed needs the certificate before signing, which Trusted Signing only issues while signing: every file is signed.');
        }
        if (this.options.timestamp === undefined)
            this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
    }
    /** The arguments of one `signtool sign` run: exposed for tests of the command line. */
    signArguments(target, hash, append, timestampUrl) {
        return [
            'sign',
            '/v',
            '/fd', hash,
            ...(append ? ['/as'] : []),
            ...(timestampUrl ? ['/tr', timestampUrl, '/td', hash] : []),
            ...(this.options.description ? ['/d', this.options.description] : []),
            ...(this.options.descriptionUrl ? ['/du', this.options.descriptionUrl] : []),
            ...this.keyArgs,
            target,
        ];
    }
    async signOnce(target, hash, append, url) {
        try {
            await this.run(this.signtool, this.signArguments(target, hash, append, url), { timeoutMs: this.signTimeoutMs(url), secrets: this.secrets });
        }
        catch (error) {
            const hung = this.timedOutOnTimestamp(error, url);
            if (hung)
                throw hung;
            if (url && error instanceof exec/* ToolError */.v && SIGNTOOL_TIMESTAMP_FAILURE.test(`${error.result.stdout}\n${error.result.stderr}`)) {
                const said = `${error.result.stderr}\n${error.result.stdout}`.split(/\r?\n/).find((line) => /error/i.test(line)) ?? 'no usable answer';
                throw new TimestampServerError(said.trim());
            }
            if (error instanceof exec/* ToolError */.v)
                throw new errors/* UserError */.yo(`Signing ${target} failed; the original was left unchanged.\n${error.message}`);
            throw error;
        }
    }
    signCopy(source, target, _format) {
        return this.signInPlace(source, target, (file, hash, append, url) => this.signOnce(file, hash, append, url));
    }
}
/** The metadata.json signtool's Trusted Signing dlib reads (/dmdf). */
function trustedSigningMetadata(settings) {
    return {
        Endpoint: settings.endpoint,
        CodeSigningAccountName: settings.account,
        CertificateProfileName: settings.certificateProfile,
        ...(settings.correlationId ? { CorrelationId: settings.correlationId } : {}),
    };
}

;// CONCATENATED MODULE: ./src/sign/windows/azure-key-vault.ts







/**
 * Authenticode with a certificate whose key stays in Azure Key Vault, through AzureSignTool (Windows
 * runners). Auth: a service principal secret, the managed identity, or an access token from the Azure
 * CLI session that azure/login (OIDC) left on the runner. Verified with signtool afterwards.
 */
class AzureKeyVaultSigner extends WindowsSigner {
    method = 'azure-key-vault';
    keyVault;
    tool;
    authArgs = [];
    secrets = [];
    signtool;
    verifierInstance;
    /** Told of the access token obtained from the Azure CLI, so the caller can mask it. */
    onSecret = () => undefined;
    constructor(options) {
        super(options);
        this.keyVault = options.keyVault;
        this.tool = options.azureSignTool ?? 'AzureSignTool';
        this.signtool = options.signtool ?? '';
    }
    get verifier() {
        this.verifierInstance ??= new verify/* SigntoolVerifier */.S4({ run: this.run, signtool: () => this.signtool });
        return this.verifierInstance;
    }
    async prepare() {
        const options = this.options;
        if (!options.azureSignTool && options.setupAzureSignTool)
            this.tool = await options.setupAzureSignTool();
        await this.run(this.tool, ['--help'], { allowFailure: true, timeoutMs: 60_000 }).catch(() => {
            throw new errors/* UserError */.yo(`${this.tool} is needed for windows-method: azure-key-vault and was not found on PATH; install it with: dotnet tool install --global AzureSignTool.`);
        });
        if (!this.signtool)
            this.signtool = await findSigntool(this.run, options.windowsKits ?? external_node_path_default().join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
        const kv = this.keyVault;
        if (kv.clientSecret) {
            if (!kv.clientId || !kv.tenantId)
                throw new errors/* UserError */.yo('Input "azure-client-secret" needs "azure-client-id" and "azure-tenant-id" too.');
            this.authArgs = ['-kvi', kv.clientId, '-kvs', kv.clientSecret, '-kvt', kv.tenantId];
            this.secrets = [kv.clientSecret];
        }
        else if (kv.managedIdentity) {
            this.authArgs = ['-kvm'];
        }
        else {
            const token = await this.run('az', ['account', 'get-access-token', '--resource', 'https://vault.azure.net', '--query', 'accessToken', '--output', 'tsv'], { timeoutMs: 120_000 }).then((result) => result.stdout.trim(), (error) => {
                throw new errors/* UserError */.yo(`No Azure credentials for Key Vault: give azure-client-id, azure-tenant-id and azure-client-secret, set azure-managed-identity: true, or log in first with azure/login (az account get-access-token failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
            });
            if (!token)
                throw new errors/* UserError */.yo('az account get-access-token returned no token; log in with azure/login before this step.');
            this.onSecret(token);
            this.authArgs = ['-kva', token];
            this.secrets = [token];
        }
        if (this.options.skipSigned)
            this.log.warning('skip-signed needs the certificate before signing, which Key Vault does not hand out here: every file is signed.');
        if (this.options.timestamp === undefined)
            this.log.warning('Signing without a timestamp (timestamp: false): the signatures stop being valid when the certificate expires.');
    }
    /** The arguments of one `AzureSignTool sign` run: exposed for tests of the command line. */
    signArguments(target, hash, append, timestampUrl) {
        return [
            'sign',
            '-kvu', this.keyVault.vaultUrl,
            '-kvc', this.keyVault.certificateName,
            ...this.authArgs,
            '-fd', hash,
            ...(append ? ['-as'] : []),
            ...(timestampUrl ? ['-tr', timestampUrl, '-td', hash] : []),
            ...(this.options.description ? ['-d', this.options.description] : []),
            ...(this.options.descriptionUrl ? ['-du', this.options.descriptionUrl] : []),
            '-v',
            target,
        ];
    }
    async signOnce(target, hash, append, url) {
        try {
            await this.run(this.tool, this.signArguments(target, hash, append, url), { timeoutMs: this.signTimeoutMs(url), secrets: this.secrets });
        }
        catch (error) {
            const hung = this.timedOutOnTimestamp(error, url);
            if (hung)
                throw hung;
            const said = error instanceof exec/* ToolError */.v ? `${error.result.stdout}\n${error.result.stderr}` : '';
            if (url && /timestamp/i.test(said))
                throw new TimestampServerError(said.split(/\r?\n/).find((line) => /timestamp/i.test(line)).trim());
            if (error instanceof exec/* ToolError */.v)
                throw new errors/* UserError */.yo(`Signing ${target} failed; the original was left unchanged.\n${error.message}`);
            throw error;
        }
    }
    signCopy(source, target, _format) {
        return this.signInPlace(source, target, (file, hash, append, url) => this.signOnce(file, hash, append, url));
    }
}

;// CONCATENATED MODULE: ./src/sign/windows/command.ts








/**
 * Splits a command template into arguments at whitespace, without running a shell: single quotes keep
 * everything, double quotes keep spaces (with \" and \\ escapes inside them). A backslash outside quotes
 * is an ordinary character, so Windows paths (C:\tools\sign.exe) work as written. No expansion of any
 * kind happens ($VAR, `cmd`, globs and ; are passed on as they are).
 */
function splitCommand(template) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < template.length; i++) {
        const char = template[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                word += char;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === '\\' && (template[i + 1] === '"' || template[i + 1] === '\\'))
                word += template[++i];
            else
                word += char;
        }
        else if (char === "'" || char === '"') {
            quote = char;
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += char;
            inWord = true;
        }
    }
    if (quote)
        throw new errors/* UserError */.yo(`Input "sign-command" has an unclosed ${quote} quote: ${template}`);
    if (inWord)
        words.push(word);
    return words;
}
/** The user's own signing command, run once per file without a shell, its result verified like every other method's. */
class CommandSigner extends WindowsSigner {
    method = 'command';
    words;
    verifierInstance;
    caBundle;
    signtool;
    constructor(options) {
        super(options);
        this.words = splitCommand(options.template);
        if (this.words.length === 0)
            throw new errors/* UserError */.yo('Input "sign-command" is empty; give a command such as: jsign --keystore … {file}.');
        if (!this.words.some((word) => word.includes('{file}'))) {
            throw new errors/* UserError */.yo(`Input "sign-command" has the value ${JSON.stringify(options.template)}, but it must contain {file} (replaced by the path of the file to sign).`);
        }
        this.signtool = options.signtool ?? '';
    }
    get verifier() {
        const options = this.options;
        this.verifierInstance ??=
            options.verifyWith === 'signtool'
                ? new verify/* SigntoolVerifier */.S4({ run: this.run, signtool: () => this.signtool })
                : new verify/* OsslsigncodeVerifier */.EE({ run: this.run, ...(this.caBundle ? { caBundle: this.caBundle } : {}), workDir: () => this.workDirSync() });
        return this.verifierInstance;
    }
    async prepare() {
        const options = this.options;
        await this.keyDir();
        if (options.verifyWith === 'signtool') {
            if (!this.signtool)
                this.signtool = await findSigntool(this.run, options.windowsKits ?? external_node_path_default().join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'Windows Kits', '10'));
        }
        else {
            await requireTool(this.run, 'osslsigncode', ['--version'], 'It verifies what sign-command produced; on Debian/Ubuntu: sudo apt-get install -y osslsigncode.');
            if (this.options.caFile) {
                this.caBundle = external_node_path_default().join(await this.keyDir(), 'ca-bundle.pem');
                await (0,promises_.writeFile)(this.caBundle, await (0,verify/* caBundleText */.O9)(this.options.caFile), { mode: 0o600 });
            }
        }
        if (this.options.skipSigned)
            this.log.warning('skip-signed needs to know the certificate before signing, which sign-command does not tell: every file is signed.');
        if (this.options.dualSign)
            this.log.warning('dual-sign is up to sign-command itself; the verification below requires two signatures on every file.');
    }
    /** The command line for one file (the copy being signed). */
    commandFor(file) {
        const [command, ...args] = this.words.map((word) => word.split('{file}').join(file));
        return { command: command, args };
    }
    async signCopy(source, target, _format) {
        await this.copyForSigning(source, target);
        const { command, args } = this.commandFor(target);
        try {
            await this.run(command, args, { timeoutMs: 600_000, secrets: this.options.secrets ?? [] });
        }
        catch (error) {
            if (error instanceof exec/* ToolError */.v || error instanceof errors/* UserError */.yo)
                throw new errors/* UserError */.yo(`sign-command failed for ${source}; the original was left unchanged.\n${error.message}`);
            throw error;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/sign/windows/index.ts








const WINDOWS_METHODS = ['pfx', 'azure-trusted-signing', 'azure-key-vault', 'pkcs11', 'command'];
function need(value, input, method, example) {
    if (!value)
        throw new errors/* UserError */.yo(`windows-method: ${method} needs input "${input}" (${example}).`);
    return value;
}
/** The Windows signer for the method and runner: signtool on Windows runners, osslsigncode elsewhere. */
function createWindowsSigner(settings, context) {
    const log = context.log;
    const timestamp = settings.timestamp && settings.method !== 'command'
        ? new TimestampFailover({
            urls: settings.timestampUrls,
            ...(context.timestampDelayMs !== undefined ? { initialDelayMs: context.timestampDelayMs } : {}),
            onFailure: (url, answer, attempt, willRetry) => willRetry
                ? log?.info(`Timestamp server ${url} failed (attempt ${attempt}): ${answer}; retrying.`)
                : log?.warning(`Timestamp server ${url} failed ${attempt} times (last answer: ${answer}); using the next server from now on.`),
        })
        : undefined;
    const common = {
        ...(timestamp ? { timestamp } : {}),
        requireTimestamp: settings.timestamp,
        dualSign: settings.dualSign,
        skipSigned: settings.skipSigned,
        concurrency: settings.concurrency,
        tempRoot: context.tempRoot,
        ...(settings.caFile ? { caFile: settings.caFile } : {}),
        ...(settings.description ? { description: settings.description } : {}),
        ...(settings.descriptionUrl ? { descriptionUrl: settings.descriptionUrl } : {}),
        ...(context.run ? { run: context.run } : {}),
        ...(log ? { log } : {}),
        ...(context.declare ? { declare: context.declare } : {}),
        ...(context.release ? { release: context.release } : {}),
    };
    const onWindows = context.runnerOs === 'Windows';
    const tools = { ...(settings.signtoolPath ? { signtool: settings.signtoolPath } : {}), ...(context.windowsKits ? { windowsKits: context.windowsKits } : {}) };
    switch (settings.method) {
        case 'pfx': {
            need(settings.certificate, 'certificate', 'pfx', 'the .pfx as base64');
            const key = { kind: 'pfx', certificateBase64: settings.certificate, password: settings.certificatePassword };
            return onWindows ? new SigntoolSigner({ ...common, ...tools, key }) : new OsslsigncodeSigner({ ...common, key });
        }
        case 'pkcs11':
            return new OsslsigncodeSigner({
                ...common,
                key: {
                    kind: 'pkcs11',
                    module: need(settings.pkcs11Module, 'pkcs11-module', 'pkcs11', 'the path of the PKCS#11 library'),
                    keyId: need(settings.pkcs11KeyId, 'pkcs11-key-id', 'pkcs11', 'a pkcs11: URI or key id'),
                    certificate: need(settings.certificate, 'certificate', 'pkcs11', 'the certificate of the token key, PEM or base64'),
                    ...(settings.certificatePassword ? { pin: settings.certificatePassword } : {}),
                },
            });
        case 'azure-trusted-signing': {
            if (!onWindows)
                throw new errors/* UserError */.yo('windows-method: azure-trusted-signing runs signtool with the Trusted Signing dlib, which needs a Windows runner (runs-on: windows-latest).');
            const a = settings.azure;
            return new SigntoolSigner({
                ...common,
                ...tools,
                key: {
                    kind: 'azure-trusted-signing',
                    settings: {
                        endpoint: need(a.endpoint, 'azure-endpoint', 'azure-trusted-signing', 'e.g. https://eus.codesigning.azure.net'),
                        account: need(a.account, 'azure-account', 'azure-trusted-signing', 'the Trusted Signing account name'),
                        certificateProfile: need(a.certificateProfile, 'azure-certificate-profile', 'azure-trusted-signing', 'the certificate profile name'),
                        dlib: need(a.dlib, 'azure-dlib', 'azure-trusted-signing', 'the path of Azure.CodeSigning.Dlib.dll'),
                        ...(a.correlationId ? { correlationId: a.correlationId } : {}),
                    },
                },
            });
        }
        case 'azure-key-vault': {
            if (!onWindows)
                throw new errors/* UserError */.yo('windows-method: azure-key-vault runs AzureSignTool, which needs a Windows runner (runs-on: windows-latest); on Linux use windows-method: command with jsign.');
            const a = settings.azure;
            const signer = new AzureKeyVaultSigner({
                ...common,
                ...tools,
                keyVault: {
                    vaultUrl: need(a.vaultUrl, 'azure-key-vault-url', 'azure-key-vault', 'e.g. https://my-vault.vault.azure.net'),
                    certificateName: need(a.vaultCertificate, 'azure-key-vault-certificate', 'azure-key-vault', 'the certificate name in the vault'),
                    ...(a.clientId ? { clientId: a.clientId } : {}),
                    ...(a.clientSecret ? { clientSecret: a.clientSecret } : {}),
                    ...(a.tenantId ? { tenantId: a.tenantId } : {}),
                    managedIdentity: a.managedIdentity,
                },
                ...(context.toolCache
                    ? { setupAzureSignTool: () => setupAzureSignTool({ run: context.run ?? exec/* runTool */.q, toolCache: context.toolCache.folder, arch: context.toolCache.arch, windows: onWindows, ...(log ? { log } : {}) }) }
                    : {}),
            });
            if (context.mask)
                signer.onSecret = context.mask;
            return signer;
        }
        case 'command':
            return new CommandSigner({
                ...common,
                ...tools,
                template: need(settings.signCommand, 'sign-command', 'command', 'a command with {file}, e.g. jsign --keystore … {file}'),
                verifyWith: onWindows ? 'signtool' : 'osslsigncode',
                secrets: [settings.certificatePassword, settings.azure.clientSecret ?? ''].filter(Boolean),
            });
    }
}

;// CONCATENATED MODULE: ./src/actions/codesign/input-helper.ts








const LINUX_METHODS = ['gpg', 'minisign', 'both'];
function optional(value) {
    return value === '' ? undefined : value;
}
function pathInput(source, name, workspace) {
    const value = (0,inputs/* stringField */.OM)(source, name);
    return value ? external_node_path_default().resolve(workspace, value) : undefined;
}
function timestampUrls(source) {
    const raw = source.read('timestamp-urls');
    const urls = (0,inputs/* splitList */.ry)(raw);
    for (const url of urls) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
            throw new errors/* InputError */.dz(source.describe('timestamp-urls'), raw, `${JSON.stringify(url)} is not an http(s) URL; give RFC 3161 server URLs, one a line`);
        }
    }
    return urls.length ? urls : [...DEFAULT_TIMESTAMP_URLS];
}
/** `{ key: value }` when the value is set, `{}` otherwise: optional fields stay absent, not undefined. */
function present(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
/** Reads and checks every input once, into one typed settings object. Secrets are masked first. */
function getCodesignSettings(source, workspace) {
    const text = (name) => optional((0,inputs/* stringField */.OM)(source, name));
    const secret = (name) => (0,inputs/* secretField */.T2)(source, name);
    const file = (name) => pathInput(source, name, workspace);
    const patterns = (0,inputs/* linesField */.Qz)(source, 'files', { required: true });
    const platform = (0,inputs/* choiceField */.cM)(source, 'platform', sign_select/* PLATFORMS */.P4, { default: 'auto' });
    const timestamp = (0,inputs/* booleanField */.hQ)(source, 'timestamp', true);
    const urls = timestampUrls(source);
    const concurrency = (0,inputs/* integerField */.nm)(source, 'concurrency', { min: 1, max: 32 }, { default: 4 });
    const windows = {
        method: (0,inputs/* choiceField */.cM)(source, 'windows-method', WINDOWS_METHODS, { default: 'pfx' }),
        certificate: secret('certificate'),
        certificatePassword: secret('certificate-password'),
        ...present('caFile', file('ca-file')),
        timestamp,
        timestampUrls: urls,
        skipSigned: (0,inputs/* booleanField */.hQ)(source, 'skip-signed', false),
        dualSign: (0,inputs/* booleanField */.hQ)(source, 'dual-sign', false),
        concurrency,
        ...present('description', text('description')),
        ...present('descriptionUrl', text('description-url')),
        azure: {
            ...present('endpoint', text('azure-endpoint')),
            ...present('account', text('azure-account')),
            ...present('certificateProfile', text('azure-certificate-profile')),
            ...present('dlib', file('azure-dlib')),
            ...present('correlationId', text('azure-correlation-id')),
            ...present('vaultUrl', text('azure-key-vault-url')),
            ...present('vaultCertificate', text('azure-key-vault-certificate')),
            ...present('clientId', text('azure-client-id')),
            ...present('clientSecret', optional(secret('azure-client-secret'))),
            ...present('tenantId', text('azure-tenant-id')),
            managedIdentity: (0,inputs/* booleanField */.hQ)(source, 'azure-managed-identity', false),
        },
        ...present('pkcs11Module', file('pkcs11-module')),
        ...present('pkcs11KeyId', text('pkcs11-key-id')),
        ...present('signCommand', text('sign-command')),
        ...present('signtoolPath', text('signtool-path')),
    };
    const macos = {
        certificate: secret('macos-certificate'),
        certificatePassword: secret('macos-certificate-password'),
        installerCertificate: secret('macos-installer-certificate'),
        installerCertificatePassword: secret('macos-installer-certificate-password'),
        ...present('identity', text('macos-identity')),
        ...present('installerIdentity', text('macos-installer-identity')),
        ...present('entitlements', file('entitlements')),
        hardenedRuntime: (0,inputs/* booleanField */.hQ)(source, 'hardened-runtime', true),
    };
    const linux = {
        method: (0,inputs/* choiceField */.cM)(source, 'linux-method', LINUX_METHODS, { default: 'gpg' }),
        gpgPrivateKey: secret('gpg-private-key'),
        gpgPassphrase: secret('gpg-passphrase'),
        ...present('gpgKeyId', text('gpg-key-id')),
        minisignKey: secret('minisign-key'),
        minisignPassword: secret('minisign-password'),
        tauriSignature: (0,inputs/* booleanField */.hQ)(source, 'tauri-signature', false),
    };
    return { workspace, patterns, platform, allowEmpty: (0,inputs/* booleanField */.hQ)(source, 'allow-empty', false), timestamp, windows, macos, linux };
}
/**
 * With `target` (and `config`): the leg's release files the target's signer takes, its platform and
 * the non-secret settings of its `sign:` block from release-kit.yml; secrets stay inputs. Without:
 * the plain inputs. Either way through getCodesignSettings.
 */
async function getCodesignRequest(source, workspace) {
    const leg = await readTargetInput(source, workspace);
    if (!leg)
        return getCodesignSettings(source, workspace);
    const { target, configName } = leg;
    const platform = target.sign.platform;
    if (platform === 'none')
        throw new InputError(source.describe('target'), target.id, `the target has sign: none in ${configName}: nothing to sign`);
    const files = await signableFiles(platform, (await leg.files()).map((file) => ({ path: file, name: path.basename(file) })));
    if (files.length === 0) {
        throw new InputError(source.describe('target'), target.id, `sign: ${target.sign.written} can sign none of its files in ${path.relative(workspace, leg.legFolder) || '.'}: ${signerTakesInWords(platform)} (did matrix-build run?)`);
    }
    const where = `${configName}: target ${target.id}, sign: block`;
    const fixed = { files: files.map((f) => f.path).join('\n'), platform };
    return getCodesignSettings(blockSource(source, target.sign.settings, where, fixed, 'with target, the files and platform are the leg\'s release files its signer takes'), workspace);
}

// EXTERNAL MODULE: ./src/audit/formats.ts
var formats = __webpack_require__(1883);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/sign/private-files.ts
var private_files = __webpack_require__(4108);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/sign/linux/ar.ts



const MAGIC = '!<arch>\n';
const HEADER = 60;
/** Lists the members of an ar archive; undefined when the file is not one. */
async function readArMembers(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { size: total } = await handle.stat();
        const magic = Buffer.alloc(MAGIC.length);
        await handle.read(magic, 0, MAGIC.length, 0);
        if (magic.toString('latin1') !== MAGIC)
            return undefined;
        const members = [];
        let position = MAGIC.length;
        const header = Buffer.alloc(HEADER);
        while (position + HEADER <= total) {
            await handle.read(header, 0, HEADER, position);
            if (header.toString('latin1', 58, 60) !== '`\n')
                return undefined;
            const name = header.toString('latin1', 0, 16).trimEnd().replace(/\/$/, '');
            const size = Number(header.toString('latin1', 48, 58).trim());
            if (!Number.isSafeInteger(size) || size < 0 || position + HEADER + size > total)
                return undefined;
            members.push({ name, offset: position + HEADER, size });
            position += HEADER + size + (size % 2);
        }
        return members;
    }
    finally {
        await handle.close();
    }
}
/** Copies one member's data out of the archive. */
async function extractArMember(file, member, target) {
    if (member.size === 0) {
        await (0,promises_.writeFile)(target, '', { mode: 0o600 });
        return;
    }
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { start: member.offset, end: member.offset + member.size - 1 }), (0,external_node_fs_.createWriteStream)(target, { mode: 0o600 }));
}

// EXTERNAL MODULE: ./src/sign/linux/gpg-keyring.ts
var gpg_keyring = __webpack_require__(8860);
;// CONCATENATED MODULE: ./src/sign/linux/debsigs.ts







/** The members a debsigs signature covers, in the order debsig-verify concatenates them. */
function signedMembers(members) {
    const binary = members.find((m) => m.name === 'debian-binary');
    const control = members.find((m) => /^control\.tar(\.(gz|xz|zst|bz2|lzma))?$/.test(m.name));
    const data = members.find((m) => /^data\.tar(\.(gz|xz|zst|bz2|lzma))?$/.test(m.name));
    return binary && control && data ? [binary, control, data] : undefined;
}
/**
 * Signs .deb packages with `debsigs --sign=origin` (a `_gpgorigin` member: a detached signature
 * over `debian-binary`, `control.tar.*` and `data.tar.*` concatenated) using the key in a
 * temporary GNUPGHOME, and checks each the way debsig-verify does: that member, verified by gpg
 * over those three members.
 */
class DebsigsSigner {
    method = 'debsigs';
    keyring;
    options;
    signatureType;
    constructor(options) {
        this.options = options;
        this.keyring = new gpg_keyring/* GpgKeyring */.s7(options);
        this.signatureType = options.signatureType ?? 'origin';
        if (!/^[a-z]{1,10}$/.test(this.signatureType)) {
            throw new errors/* UserError */.yo(`The debsigs signature type ${JSON.stringify(this.signatureType)} is not allowed; use origin, maint or archive.`);
        }
    }
    get #debsigs() {
        return this.options.debsigs ?? 'debsigs';
    }
    async prepare() {
        const probe = await (0,exec/* runTool */.q)(this.#debsigs, ['--help'], { allowFailure: true, timeoutMs: 30_000 });
        if (!/debsigs/i.test(probe.stdout + probe.stderr))
            throw new errors/* UserError */.yo(`${this.#debsigs} does not look like debsigs (it printed no usage).`);
        await this.keyring.prepare();
    }
    async signAll(files) {
        await (0,private_files/* requireFiles */.PO)(files);
        for (const file of files) {
            const members = await readArMembers(file);
            if (!members || !signedMembers(members)) {
                throw new errors/* UserError */.yo(`${file} is not a Debian package (an ar archive with debian-binary, control.tar.* and data.tar.*); debsigs signs .deb files only.`);
            }
        }
        const records = [];
        const member = `_gpg${this.signatureType}`;
        for (const file of files) {
            await (0,private_files/* signCopyThenReplace */.W$)(file, async (copy) => {
                const env = this.keyring.env();
                // A package signed before (by another key, say) gets this signature instead of a second member.
                if ((await readArMembers(copy))?.some((m) => m.name === member)) {
                    await (0,exec/* runTool */.q)(this.#debsigs, [`--delete=${this.signatureType}`, copy], { env, timeoutMs: 120_000 });
                }
                await (0,exec/* runTool */.q)(this.#debsigs, [`--sign=${this.signatureType}`, '-k', this.keyring.key.fingerprint, copy], { env, timeoutMs: 600_000 });
                const problem = await this.verify(copy);
                if (problem)
                    throw new errors/* UserError */.yo(`The debsigs signature of ${file} does not verify: ${problem}`);
            });
            const { fingerprint, userId } = this.keyring.key;
            records.push({ file, method: 'debsigs', subject: userId, thumbprint: fingerprint, verified: true });
        }
        return records;
    }
    /** Undefined when the package's `_gpg<type>` member is a good signature by this key. */
    async verify(file) {
        const members = await readArMembers(file);
        if (!members)
            return 'not an ar archive';
        const signature = members.find((m) => m.name === `_gpg${this.signatureType}`);
        if (!signature)
            return `no _gpg${this.signatureType} member`;
        const covered = signedMembers(members);
        if (!covered)
            return 'debian-binary, control.tar.* or data.tar.* is missing';
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(this.keyring.home, 'deb-'));
        try {
            const sigFile = external_node_path_default().join(dir, signature.name);
            await extractArMember(file, signature, sigFile);
            const parts = [];
            for (const part of covered) {
                const target = external_node_path_default().join(dir, part.name);
                await extractArMember(file, part, target);
                parts.push(target);
            }
            return await this.keyring.verifyDetached(sigFile, parts);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    leftovers() {
        return this.keyring.leftovers();
    }
    async cleanup() {
        await this.keyring.cleanup();
    }
}

// EXTERNAL MODULE: ./src/sign/leftovers.ts
var leftovers = __webpack_require__(545);
;// CONCATENATED MODULE: ./src/sign/linux/gpg.ts






/**
 * Detached, ASCII-armored OpenPGP signatures: `<file>.asc` next to each file, made with the key
 * imported into a temporary GNUPGHOME and checked with `gpg --verify` before it is put in place.
 */
class GpgSigner {
    method = 'gpg';
    keyring;
    constructor(options) {
        this.keyring = new gpg_keyring/* GpgKeyring */.s7(options);
    }
    async prepare() {
        await this.keyring.prepare();
    }
    async signAll(files) {
        await (0,private_files/* requireFiles */.PO)(files);
        const records = [];
        for (const file of files) {
            const target = `${file}.asc`;
            await (0,leftovers/* withTemporarySibling */.II)(file, `.${external_node_path_default().basename(target)}.`, async (temp) => {
                await this.keyring.signDetached(file, temp);
                const problem = await this.keyring.verifyDetached(temp, [file]);
                if (problem)
                    throw new errors/* UserError */.yo(`The GPG signature of ${file} does not verify: ${problem}`);
                await (0,promises_.rename)(temp, target);
            });
            const { fingerprint, userId } = this.keyring.key;
            records.push({ file, method: 'gpg', subject: userId, thumbprint: fingerprint, signatureFiles: [target], verified: true });
        }
        return records;
    }
    leftovers() {
        return this.keyring.leftovers();
    }
    async cleanup() {
        await this.keyring.cleanup();
    }
}

;// CONCATENATED MODULE: ./src/sign/linux/minisign.ts







/** Bytes 2–3 of a secret key: the key-derivation algorithm, "Sc" (scrypt) or zero (no password). */
function isEncrypted(keyLine) {
    const raw = Buffer.from(keyLine, 'base64');
    return !(raw[2] === 0 && raw[3] === 0);
}
/** Normalises a secret key input into the text of a minisign secret key file. */
function secretKeyFile(value, input = 'minisign-key') {
    let text = value.trim();
    if (text === '')
        throw new errors/* UserError */.yo(`Input "${input}" is empty; give the minisign secret key file's content or base64 of it.`);
    if (!text.startsWith('untrusted comment:')) {
        const decoded = (0,private_files/* decodeBase64 */.y4)(text, `Input "${input}"`);
        const decodedText = decoded.toString('utf8').trim();
        if (decodedText.startsWith('untrusted comment:'))
            text = decodedText;
        // The key line alone (base64 of 158 bytes starting with "Ed").
        else if (decoded.length === 158 && decoded.toString('latin1', 0, 2) === 'Ed')
            text = `untrusted comment: minisign secret key\n${text.replace(/\s+/g, '')}`;
        else
            throw new errors/* UserError */.yo(`Input "${input}" is not a minisign secret key: expected "untrusted comment: …" and a key line, or base64 of them.`);
    }
    const lines = text.split(/\r?\n/);
    const keyLine = lines[1]?.trim() ?? '';
    const raw = Buffer.from(keyLine, 'base64');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyLine) || raw.length !== 158 || raw.toString('latin1', 0, 2) !== 'Ed') {
        throw new errors/* UserError */.yo(`Input "${input}" is not a minisign secret key: its second line is not a minisign key.`);
    }
    return { text: `${lines[0].trim()}\n${keyLine}\n`, encrypted: isEncrypted(keyLine) };
}
/** Normalises a public key: the .pub file's content, base64 of it (Tauri's form), or the bare key line. */
function publicKeyFile(value) {
    let text = value.trim();
    if (!text.startsWith('untrusted comment:') && !/^RW[A-Za-z0-9+/]{54}$/.test(text)) {
        const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8').trim();
        if (decoded.startsWith('untrusted comment:'))
            text = decoded;
    }
    if (/^RW[A-Za-z0-9+/]{54}$/.test(text))
        text = `untrusted comment: minisign public key\n${text}`;
    if (!text.startsWith('untrusted comment:'))
        throw new errors/* UserError */.yo('The minisign public key is neither a .pub file, base64 of one, nor a key line starting with RW.');
    return `${text}\n`;
}
/** The Tauri updater signature of a .minisig file: base64 of its whole content. */
function tauriSignatureOf(minisig) {
    return Buffer.from(minisig).toString('base64');
}
async function withTempDir(use) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'release-kit-minisign-'));
    try {
        return await use(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** `minisign -V`: undefined when `signature` (.minisig text) is good for `file` under `publicKey`; minisign's words when not. */
async function verifyMinisign(file, signature, publicKey, minisign = 'minisign') {
    return withTempDir(async (dir) => {
        const pub = external_node_path_default().join(dir, 'key.pub');
        const sig = external_node_path_default().join(dir, 'file.minisig');
        await (0,promises_.writeFile)(pub, publicKeyFile(publicKey));
        await (0,promises_.writeFile)(sig, signature);
        const result = await (0,exec/* runTool */.q)(minisign, ['-V', '-p', pub, '-x', sig, '-m', file], { allowFailure: true, timeoutMs: 600_000 });
        return result.exitCode === 0 ? undefined : (result.stderr.trim() || result.stdout.trim() || `minisign -V exit ${result.exitCode}`);
    });
}
/**
 * Checks a Tauri updater signature (the text of a `.sig` file: base64 of a .minisig) the way the
 * updater does: decoded back to the .minisig and verified with `minisign -V`.
 */
async function verifyTauriSignature(file, signature, publicKey, minisign = 'minisign') {
    const text = signature.trim();
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text))
        return 'the .sig is not base64';
    const minisig = Buffer.from(text, 'base64');
    if (!minisig.toString('utf8').startsWith('untrusted comment:'))
        return 'the .sig is not base64 of a minisign signature';
    return verifyMinisign(file, minisig, publicKey, minisign);
}
/**
 * minisign signatures: `<file>.minisig` next to each file (and, when asked, the Tauri updater
 * `<file>.sig`), made with the secret key written 0600 under the temporary root and checked with
 * `minisign -V` against the public key derived from it.
 */
class MinisignSigner {
    method = 'minisign';
    options;
    #dir;
    #keyFile = '';
    #encrypted = false;
    #publicKey = '';
    #keyId = '';
    #leftovers = [];
    constructor(options) {
        this.options = options;
    }
    get #minisign() {
        return this.options.minisign ?? 'minisign';
    }
    get #names() {
        return { secretKey: this.options.inputNames?.secretKey ?? 'minisign-key', password: this.options.inputNames?.password ?? 'minisign-password' };
    }
    /** The public key file's text (after prepare): publish it, or give it to the Tauri updater as base64. */
    get publicKey() {
        return this.#publicKey;
    }
    /** The key id minisign prints (16 hex digits). */
    get keyId() {
        return this.#keyId;
    }
    #password() {
        return (this.options.password ?? '').replace(/\r?\n$/, '');
    }
    /** Runs minisign with the password on standard input when the key is encrypted. */
    async #run(args, allowFailure = false) {
        const password = this.#password();
        return (0,exec/* runTool */.q)(this.#minisign, args, {
            timeoutMs: 600_000,
            allowFailure,
            secrets: password ? [password] : [],
            ...(this.#encrypted ? { input: `${password}\n` } : {}),
        });
    }
    #explain(result, what) {
        const said = `${result.stderr}\n${result.stdout}`;
        if (/Wrong password/i.test(said)) {
            return new errors/* UserError */.yo(this.#password() === ''
                ? `The minisign secret key in input "${this.#names.secretKey}" is protected by a password, but input "${this.#names.password}" is empty.`
                : `Input "${this.#names.password}" is not the password of the minisign secret key in input "${this.#names.secretKey}".`);
        }
        if (/loading the secret key|base64 conversion|Unsupported/i.test(said)) {
            return new errors/* UserError */.yo(`Input "${this.#names.secretKey}" is not a usable minisign secret key (${said.trim().split('\n').filter((l) => !/^Password:/.test(l)).join(' ').trim()}).`);
        }
        const lines = said.split('\n').map((l) => l.replace(/^Password:\s*/, '').trim()).filter((l) => l && !/^Deriving a key/.test(l));
        return new errors/* UserError */.yo(`${what} failed: ${lines.slice(-3).join(' ') || `exit ${result.exitCode}`}`);
    }
    async prepare() {
        const key = secretKeyFile(this.options.secretKey, this.#names.secretKey);
        this.#encrypted = key.encrypted;
        await (0,exec/* runTool */.q)(this.#minisign, ['-v'], { timeoutMs: 30_000 });
        const dir = (0,private_files/* privateDirPath */.eK)(this.options.tempRoot, 'release-kit-minisign-');
        this.#leftovers.push({ kind: 'path', path: dir });
        await (0,private_files/* createPrivateDir */.b4)(dir);
        this.#dir = dir;
        this.#keyFile = external_node_path_default().join(dir, 'minisign.key');
        await (0,private_files/* writePrivateFile */.Pl)(this.#keyFile, key.text);
        if (this.#encrypted) {
            // minisign derives the key from the password with scrypt at 1 GiB, seconds each time: do it
            // once and keep the decrypted key in the same private file for the few minutes of the job.
            const opened = await this.#run(['-C', '-s', this.#keyFile, '-W'], true);
            if (opened.exitCode !== 0 || !/Password removed/i.test(opened.stdout + opened.stderr))
                throw this.#explain(opened, 'Opening the minisign secret key');
            this.#encrypted = false;
        }
        const pub = external_node_path_default().join(dir, 'minisign.pub');
        const derived = await this.#run(['-R', '-s', this.#keyFile, '-p', pub], true);
        if (derived.exitCode !== 0)
            throw this.#explain(derived, 'Deriving the minisign public key');
        this.#publicKey = await (0,promises_.readFile)(pub, 'utf8');
        this.#keyId = /public key ([0-9A-F]{16})/i.exec(this.#publicKey)?.[1]?.toUpperCase() ?? '';
    }
    async signAll(files) {
        if (!this.#dir)
            throw new Error('MinisignSigner.signAll before prepare()');
        await (0,private_files/* requireFiles */.PO)(files);
        const records = [];
        for (const file of files) {
            const target = `${file}.minisig`;
            const keepMinisig = this.options.minisigFile !== false || !this.options.tauriSignature;
            const written = keepMinisig ? [target] : [];
            await (0,leftovers/* withTemporarySibling */.II)(file, `.${external_node_path_default().basename(target)}.`, async (temp) => {
                const args = ['-S', '-s', this.#keyFile, '-m', file, '-x', temp];
                if (this.options.trustedComment !== undefined)
                    args.push('-t', this.options.trustedComment);
                const signed = await this.#run(args, true);
                if (signed.exitCode !== 0)
                    throw this.#explain(signed, `minisign -S of ${file}`);
                const minisig = await (0,promises_.readFile)(temp);
                const problem = await verifyMinisign(file, minisig, this.#publicKey, this.#minisign);
                if (problem)
                    throw new errors/* UserError */.yo(`The minisign signature of ${file} does not verify: ${problem}`);
                if (this.options.tauriSignature) {
                    const sig = tauriSignatureOf(minisig);
                    const tauriProblem = await verifyTauriSignature(file, sig, this.#publicKey, this.#minisign);
                    if (tauriProblem)
                        throw new errors/* UserError */.yo(`The Tauri updater signature of ${file} does not verify: ${tauriProblem}`);
                    const sigTemp = `${temp}.sig`;
                    await (0,promises_.writeFile)(sigTemp, sig);
                    await (0,promises_.rename)(sigTemp, `${file}.sig`);
                    written.push(`${file}.sig`);
                }
                if (keepMinisig)
                    await (0,promises_.rename)(temp, target);
            }, ['.sig']);
            records.push({ file, method: 'minisign', subject: `minisign key ${this.#keyId}`, thumbprint: this.#keyId, signatureFiles: written, verified: true });
        }
        return records;
    }
    leftovers() {
        return [...this.#leftovers];
    }
    async cleanup() {
        const problems = await (0,leftovers/* removeLeftovers */.DA)(this.#leftovers);
        this.#leftovers = [];
        this.#dir = undefined;
        if (problems.length > 0)
            throw new errors/* UserError */.yo(`Cleaning up the minisign key: ${problems.join('; ')}`);
    }
}

;// CONCATENATED MODULE: ./src/sign/linux/rpm.ts







const RPM_MAGIC = Buffer.from([0xed, 0xab, 0xee, 0xdb]);
async function isRpm(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return bytesRead === 4 && head.equals(RPM_MAGIC);
    }
    finally {
        await handle.close();
    }
}
/**
 * Signs .rpm packages in place with `rpmsign --addsign` (a header signature made by the key in a
 * temporary GNUPGHOME) and checks each with `rpm -K` against a temporary rpm database that holds
 * only this key's public half: the system rpm database is never read or written.
 */
class RpmSigner {
    method = 'rpmsign';
    keyring;
    options;
    #gpgPath = '';
    #dbPath = '';
    constructor(options) {
        this.options = options;
        this.keyring = new gpg_keyring/* GpgKeyring */.s7(options);
    }
    get #rpmsign() {
        return this.options.rpmsign ?? 'rpmsign';
    }
    get #rpm() {
        return this.options.rpm ?? 'rpm';
    }
    async prepare() {
        // Tools first: a missing rpmsign should not cost a key import.
        await (0,exec/* runTool */.q)(this.#rpmsign, ['--version'], { timeoutMs: 30_000 });
        await (0,exec/* runTool */.q)(this.#rpm, ['--version'], { timeoutMs: 30_000 });
        const gpg = await (0,gpg_keyring/* resolveOnPath */.pO)(this.keyring.gpg);
        if (!gpg)
            throw new errors/* UserError */.yo(`${this.keyring.gpg} was not found on PATH: install gnupg or put it on PATH.`);
        this.#gpgPath = gpg;
        await this.keyring.prepare();
        // The verification database lives in the GNUPGHOME and goes with it.
        this.#dbPath = external_node_path_default().join(this.keyring.home, 'rpmdb');
        await (0,exec/* runTool */.q)(this.#rpm, ['--dbpath', this.#dbPath, '--initdb'], { timeoutMs: 60_000 });
        const publicKey = external_node_path_default().join(this.keyring.home, 'public-key.asc');
        await (0,promises_.writeFile)(publicKey, await this.keyring.exportPublicKey(), { mode: 0o600 });
        await (0,exec/* runTool */.q)(this.#rpm, ['--dbpath', this.#dbPath, '--import', publicKey], { timeoutMs: 60_000 });
    }
    /** The `--define` arguments that make rpmsign use this keyring's key, non-interactively. */
    signArguments(file) {
        const defines = [
            ['_gpg_name', this.keyring.key.fingerprint],
            ['_gpg_path', this.keyring.home],
            // rpm's default is /usr/bin/gpg2, which Debian and Ubuntu do not have.
            ['__gpg', this.#gpgPath],
        ];
        if (this.options.digestAlgorithm)
            defines.push(['_gpg_digest_algo', this.options.digestAlgorithm]);
        return ['--addsign', ...defines.flatMap(([name, value]) => ['--define', `${name} ${value}`]), file];
    }
    async signAll(files) {
        await (0,private_files/* requireFiles */.PO)(files);
        for (const file of files) {
            if (!(await isRpm(file)))
                throw new errors/* UserError */.yo(`${file} is not an rpm package (it does not start with the rpm lead); rpmsign signs .rpm files only.`);
        }
        const records = [];
        for (const file of files) {
            await (0,private_files/* signCopyThenReplace */.W$)(file, async (copy) => {
                await (0,exec/* runTool */.q)(this.#rpmsign, this.signArguments(copy), { env: this.keyring.env(), timeoutMs: 600_000 });
                const problem = await this.verify(copy);
                if (problem)
                    throw new errors/* UserError */.yo(`The rpm signature of ${file} does not verify: ${problem}`);
            });
            const { fingerprint, userId } = this.keyring.key;
            records.push({ file, method: 'rpmsign', subject: userId, thumbprint: fingerprint, verified: true });
        }
        return records;
    }
    /** `rpm -K` with the temporary database; undefined when digests and signatures are OK. */
    async verify(file) {
        const result = await (0,exec/* runTool */.q)(this.#rpm, ['--dbpath', this.#dbPath, '-K', file], { allowFailure: true, timeoutMs: 600_000, env: { LC_ALL: 'C' } });
        const line = result.stdout.trim().split('\n').pop() ?? '';
        if (result.exitCode === 0 && /\bsignatures OK\b/.test(line) && /\bdigests\b/.test(line))
            return undefined;
        return `${line || result.stderr.trim()}`.trim();
    }
    leftovers() {
        return this.keyring.leftovers();
    }
    async cleanup() {
        await this.keyring.cleanup();
    }
}

// EXTERNAL MODULE: ./src/sign/macos/apple-tools.ts
var apple_tools = __webpack_require__(6173);
;// CONCATENATED MODULE: ./src/sign/macos/bundle.ts


/** Folder extensions that are code bundles: each gets its own signature, after everything inside it. */
const BUNDLE_EXTENSIONS = new Set([
    '.app',
    '.framework',
    '.xpc',
    '.appex',
    '.bundle',
    '.plugin',
    '.kext',
    '.systemextension',
    '.dext',
    '.qlgenerator',
    '.mdimporter',
    '.saver',
    '.prefpane',
]);
const isBundlePath = (p) => BUNDLE_EXTENSIONS.has(external_node_path_default().extname(p).toLowerCase());
/** Mach-O (thin, either byte order, 32/64-bit) or a universal binary. */
async function isMachO(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch {
        return false;
    }
    try {
        const head = Buffer.alloc(8);
        const { bytesRead } = await handle.read(head, 0, 8, 0);
        if (bytesRead < 4)
            return false;
        const magic = head.readUInt32BE(0);
        if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic))
            return true;
        // A universal binary shares 0xCAFEBABE with Java class files: there the next word is a class
        // file version (45 or more), here the number of architectures (a handful).
        if (magic === 0xcafebabe || magic === 0xcafebabf)
            return bytesRead === 8 && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 40;
        return false;
    }
    finally {
        await handle.close();
    }
}
/** CFBundleExecutable from an XML Info.plist; undefined for a binary plist or when absent. */
function bundleExecutableFromPlist(xml) {
    const match = /<key>\s*CFBundleExecutable\s*<\/key>\s*<string>([^<]+)<\/string>/.exec(xml);
    return match?.[1]?.trim();
}
async function readPlistExecutable(plist) {
    try {
        const text = await (0,promises_.readFile)(plist, 'utf8');
        return text.startsWith('bplist') ? undefined : bundleExecutableFromPlist(text);
    }
    catch {
        return undefined;
    }
}
/**
 * The main executables of a bundle: signed as part of the bundle itself, not on their own.
 * `Contents/MacOS/<CFBundleExecutable>` for apps and the like, `Versions/<v>/<name>` for a framework.
 */
async function mainExecutables(bundle) {
    const stem = external_node_path_default().basename(bundle, external_node_path_default().extname(bundle));
    if (external_node_path_default().extname(bundle).toLowerCase() === '.framework') {
        const found = [external_node_path_default().join(bundle, stem)];
        const versions = await (0,promises_.readdir)(external_node_path_default().join(bundle, 'Versions')).catch(() => []);
        for (const version of versions) {
            const name = (await readPlistExecutable(external_node_path_default().join(bundle, 'Versions', version, 'Resources', 'Info.plist'))) ?? stem;
            found.push(external_node_path_default().join(bundle, 'Versions', version, name));
        }
        // A shallow framework (iOS style) keeps its binary at the top.
        const shallow = await readPlistExecutable(external_node_path_default().join(bundle, 'Info.plist'));
        if (shallow)
            found.push(external_node_path_default().join(bundle, shallow));
        return found;
    }
    const name = (await readPlistExecutable(external_node_path_default().join(bundle, 'Contents', 'Info.plist'))) ?? stem;
    return [external_node_path_default().join(bundle, 'Contents', 'MacOS', name)];
}
async function walk(dir, skip, out) {
    const entries = (await (0,promises_.readdir)(dir)).sort();
    for (const entry of entries) {
        if (entry === '_CodeSignature' || entry === 'CodeResources')
            continue;
        const full = external_node_path_default().join(dir, entry);
        const info = await (0,promises_.lstat)(full);
        // Symbolic links (Versions/Current, a framework's top-level links) point at code signed through its real path.
        if (info.isSymbolicLink())
            continue;
        if (info.isDirectory()) {
            if (isBundlePath(full))
                await walkBundle(full, out);
            else
                await walk(full, skip, out);
        }
        else if (info.isFile() && !skip.has(full) && (await isMachO(full))) {
            out.push(full);
        }
    }
}
async function walkBundle(bundle, out) {
    await walk(bundle, new Set(await mainExecutables(bundle)), out);
    out.push(bundle);
}
/**
 * Everything inside a bundle that needs its own signature, in the order to sign it: nested
 * bundles (frameworks, helper apps, login items, XPC services, plug-ins) after their own content,
 * and loose Mach-O files (dylibs, helper executables, Python extension modules) — every item
 * before the bundle that contains it. The bundle itself is not in the list; it is signed last.
 */
async function nestedCode(bundle) {
    const out = [];
    await walk(bundle, new Set(await mainExecutables(bundle)), out);
    return out;
}
/** `nestedCode` sorted deepest first (ties by path), which keeps every item before its container. */
function deepestFirst(paths) {
    const depth = (p) => p.split((external_node_path_default()).sep).length;
    return [...paths].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : a > b ? 1 : 0));
}

// EXTERNAL MODULE: ./src/sign/macos/keychain.ts
var keychain = __webpack_require__(3791);
;// CONCATENATED MODULE: ./src/sign/macos/macos.ts









const APPLE_TIMESTAMP = 'timestamp.apple.com';
const defaults = (given) => ({
    certificate: given?.certificate ?? 'macos-certificate',
    certificatePassword: given?.certificatePassword ?? 'macos-certificate-password',
    installerCertificate: given?.installerCertificate ?? 'macos-installer-certificate',
    installerCertificatePassword: given?.installerCertificatePassword ?? 'macos-installer-certificate-password',
    identity: given?.identity ?? 'macos-identity',
    installerIdentity: given?.installerIdentity ?? 'macos-installer-identity',
    entitlements: given?.entitlements ?? 'entitlements',
});
/** Chooses an identity by SHA-1 or name part, or the only (preferred) one. */
function chooseIdentity(identities, wanted, prefer, what, input) {
    const listed = identities.map((i) => `${i.name} (${i.sha1})`).join(', ') || 'none';
    if (wanted?.trim()) {
        const w = wanted.trim();
        const matches = identities.filter((i) => i.sha1 === w.toUpperCase() || i.name === w || i.name.toLowerCase().includes(w.toLowerCase()));
        if (matches.length === 1)
            return matches[0];
        throw new errors/* UserError */.yo(`Input "${input}" has the value ${JSON.stringify(w)}, but ${matches.length === 0 ? `no ${what} identity in the certificates matches it` : `${matches.length} ${what} identities in the certificates match it; give the SHA-1`}; they hold: ${listed}.`);
    }
    const preferred = identities.filter((i) => prefer.test(i.name));
    const pool = preferred.length > 0 ? preferred : identities;
    if (pool.length === 1)
        return pool[0];
    if (pool.length === 0)
        throw new errors/* UserError */.yo(`The certificates hold no valid ${what} identity (they hold: ${listed}).`);
    throw new errors/* UserError */.yo(`The certificates hold ${pool.length} ${what} identities (${listed}); choose one with input "${input}".`);
}
async function kindOf(file) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info)
        throw new errors/* UserError */.yo(`${file} does not exist.`);
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (info.isDirectory()) {
        if (isBundlePath(file))
            return 'bundle';
        throw new errors/* UserError */.yo(`${file} is a folder but not a code bundle (.app, .framework, .xpc, .appex, .bundle, .plugin); give the bundle itself.`);
    }
    if (!info.isFile())
        throw new errors/* UserError */.yo(`${file} is not a regular file or bundle.`);
    if (ext === '.pkg' || ext === '.mpkg')
        return 'pkg';
    if (ext === '.dmg')
        return 'dmg';
    if (await isMachO(file))
        return 'code';
    throw new errors/* UserError */.yo(`${file} is not something macOS signs: give an .app or other bundle, a Mach-O binary or .dylib, a .pkg or a .dmg (sign an app before zipping it).`);
}
const ORDER = { bundle: 0, code: 0, pkg: 1, dmg: 2 };
/**
 * macOS code signatures: the .p12 imported into a temporary keychain, every bundle signed
 * inside-out (nested code deepest first, then the bundle) with the hardened runtime and Apple's
 * timestamp, installer packages signed with `productsign`, disk images after the apps; each
 * checked with `codesign --verify --deep --strict` and Gatekeeper's `spctl -a -vv`. Each file is
 * signed as a copy (made with ditto) that replaces the original only once it verifies.
 */
class MacosSigner {
    method = 'codesign';
    options;
    tools;
    #leftovers = [];
    #keychain;
    #identities = [];
    #allIdentities = [];
    #assessments = [];
    constructor(options) {
        this.options = options;
        this.tools = options.tools ?? apple_tools/* realAppleTools */.C;
    }
    /** The Gatekeeper outcome of each file signed so far. */
    assessments() {
        return [...this.#assessments];
    }
    get #names() {
        return defaults(this.options.inputNames);
    }
    get keychain() {
        if (!this.#keychain)
            throw new Error('MacosSigner used before prepare()');
        return this.#keychain;
    }
    async prepare() {
        const names = this.#names;
        if (this.tools === apple_tools/* realAppleTools */.C && process.platform !== 'darwin') {
            throw new errors/* UserError */.yo(`macOS signing needs a macOS runner: security, codesign and productsign exist only there (this is ${process.platform}). Run this step on a macos-* runner.`);
        }
        const given = [];
        if (this.options.certificate?.trim()) {
            given.push({ base64: this.options.certificate, password: this.options.certificatePassword ?? '', input: names.certificate, passwordInput: names.certificatePassword });
        }
        if (this.options.installerCertificate?.trim()) {
            given.push({
                base64: this.options.installerCertificate,
                password: this.options.installerCertificatePassword ?? '',
                input: names.installerCertificate,
                passwordInput: names.installerCertificatePassword,
            });
        }
        if (given.length === 0)
            throw new errors/* UserError */.yo(`Input "${names.certificate}" is empty; give the signing certificate as base64 of a .p12 file.`);
        // Decode everything before creating anything: corrupt base64 fails with nothing to clean.
        const decoded = given.map((c) => {
            const bytes = (0,private_files/* decodeBase64 */.y4)(c.base64, `Input "${c.input}"`);
            if (bytes.length < 64 || bytes[0] !== 0x30)
                throw new errors/* UserError */.yo(`Input "${c.input}" is base64, but not of a .p12 (PKCS#12) file.`);
            return { ...c, bytes };
        });
        const dir = (0,private_files/* privateDirPath */.eK)(this.options.tempRoot, 'release-kit-p12-');
        this.#leftovers.push({ kind: 'path', path: dir });
        await (0,private_files/* createPrivateDir */.b4)(dir);
        const certificates = [];
        for (const [i, c] of decoded.entries()) {
            const file = external_node_path_default().join(dir, `certificate-${i}.p12`);
            await (0,private_files/* writePrivateFile */.Pl)(file, c.bytes);
            certificates.push({ file, password: c.password, input: c.input, passwordInput: c.passwordInput });
        }
        const keychainPath = `${(0,private_files/* privateDirPath */.eK)(this.options.tempRoot, 'release-kit-')}.keychain-db`;
        this.#keychain = await (0,keychain/* createSigningKeychain */.GW)(this.tools, keychainPath, certificates, (keychain) => this.#leftovers.push({ kind: 'keychain', path: keychain.path, searchList: keychain.searchList }), 
        // The .p12 is in the keychain now (or was refused): it has no reason to stay on disk.
        async (certificate) => (0,promises_.rm)(certificate.file, { force: true }), this.options.mask);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        this.#identities = (0,keychain/* parseIdentities */.go)((await this.tools.security(['find-identity', '-v', '-p', 'codesigning', keychainPath])).stdout);
        this.#allIdentities = (0,keychain/* parseIdentities */.go)((await this.tools.security(['find-identity', '-v', keychainPath])).stdout);
        if (this.#allIdentities.length === 0 && this.#identities.length === 0) {
            throw new errors/* UserError */.yo(`The certificate in input "${names.certificate}" holds no identity (a certificate together with its private key); export both from Keychain Access as a .p12.`);
        }
    }
    #applicationIdentity() {
        return chooseIdentity(this.#identities, this.options.identity, /^Developer ID Application:/, 'code signing', this.#names.identity);
    }
    #installerIdentity() {
        const installers = this.#allIdentities.filter((i) => /Installer/i.test(i.name));
        return chooseIdentity(installers, this.options.installerIdentity, /^Developer ID Installer:/, 'installer', this.#names.installerIdentity);
    }
    /** The codesign arguments for one item. */
    codesignArguments(target, identity, role) {
        const args = ['--force'];
        args.push(this.options.timestamp === false ? '--timestamp=none' : '--timestamp');
        if (role !== 'dmg' && this.options.hardenedRuntime !== false)
            args.push('--options', 'runtime');
        const entitlements = role === 'top' ? this.options.entitlements : role === 'nested' ? this.options.nestedEntitlements : undefined;
        if (entitlements)
            args.push('--entitlements', entitlements);
        args.push('--keychain', this.keychain.path, '--sign', identity.sha1, target);
        return args;
    }
    async signAll(files) {
        const kinds = new Map();
        for (const file of files)
            kinds.set(file, await kindOf(file));
        const needsCode = [...kinds.values()].some((k) => k !== 'pkg');
        const needsInstaller = [...kinds.values()].includes('pkg');
        // Both identities are resolved before the first file is touched.
        const application = needsCode ? this.#applicationIdentity() : undefined;
        const installer = needsInstaller ? this.#installerIdentity() : undefined;
        // Apps and binaries first, then installers, then disk images (which may hold either).
        const order = [...files].sort((a, b) => ORDER[kinds.get(a)] - ORDER[kinds.get(b)]);
        const records = new Map();
        for (const file of order) {
            const kind = kinds.get(file);
            const identity = kind === 'pkg' ? installer : application;
            await this.#signOne(file, kind, identity);
            records.set(file, {
                file,
                method: kind === 'pkg' ? 'productsign' : 'codesign',
                subject: identity.name,
                thumbprint: identity.sha1,
                ...(this.options.timestamp === false ? {} : { timestampServer: APPLE_TIMESTAMP }),
                verified: true,
            });
        }
        return files.map((file) => records.get(file));
    }
    async #signOne(file, kind, identity) {
        await (0,leftovers/* withTemporarySibling */.II)(file, '.release-kit-sign-', async (workDir) => {
            await (0,promises_.mkdir)(workDir, { mode: 0o700 });
            const copy = external_node_path_default().join(workDir, external_node_path_default().basename(file));
            if (kind === 'pkg') {
                const args = ['--sign', identity.sha1, '--keychain', this.keychain.path];
                if (this.options.timestamp !== false)
                    args.push('--timestamp');
                await this.tools.productsign([...args, file, copy]);
            }
            else {
                // ditto keeps symbolic links, permissions and extended attributes: a bundle copied any other way may not verify.
                await this.tools.ditto([file, copy]);
                if (kind === 'bundle') {
                    for (const nested of deepestFirst(await nestedCode(copy))) {
                        await this.tools.codesign(this.codesignArguments(nested, identity, 'nested'));
                    }
                }
                await this.tools.codesign(this.codesignArguments(copy, identity, kind === 'dmg' ? 'dmg' : 'top'));
            }
            await this.#verify(file, copy, kind);
            await this.#replace(file, copy, workDir);
        });
    }
    async #verify(file, copy, kind) {
        if (kind !== 'pkg') {
            const verified = await this.tools.codesign(['--verify', '--deep', '--strict', '--verbose=2', copy], { allowFailure: true });
            if (verified.exitCode !== 0) {
                throw new errors/* UserError */.yo(`The signature of ${file} does not verify (codesign --verify --deep --strict): ${verified.stderr.trim().split('\n').slice(-3).join(' ')}`);
            }
        }
        const type = kind === 'pkg' ? ['-t', 'install'] : kind === 'dmg' ? ['-t', 'open', '--context', 'context:primary-signature'] : external_node_path_default().extname(file).toLowerCase() === '.app' ? ['-t', 'execute'] : undefined;
        if (!type || this.options.assess === false) {
            this.#assessments.push({ file, outcome: 'not-assessed', detail: type ? 'assessment turned off' : 'Gatekeeper assesses apps, installers and disk images only' });
            return;
        }
        const assessed = await this.tools.spctl(['-a', '-vv', ...type, copy], { allowFailure: true });
        const said = `${assessed.stderr}\n${assessed.stdout}`.trim();
        if (assessed.exitCode === 0)
            this.#assessments.push({ file, outcome: 'accepted', detail: said });
        // Before notarization Gatekeeper rejects a Developer ID signature for that reason alone: expected here.
        else if (/Unnotarized Developer ID/i.test(said))
            this.#assessments.push({ file, outcome: 'unnotarized', detail: said });
        else
            throw new errors/* UserError */.yo(`Gatekeeper rejects ${file} (spctl -a -vv ${type.join(' ')}): ${said.split('\n').slice(-3).join(' ')}`);
    }
    /** Puts the signed copy where the original was; the original comes back if that fails. */
    async #replace(file, copy, workDir) {
        const old = external_node_path_default().join(workDir, `${external_node_path_default().basename(file)}.original`);
        await (0,promises_.rename)(file, old);
        try {
            await (0,promises_.rename)(copy, file);
        }
        catch (error) {
            await (0,promises_.rename)(old, file);
            throw new errors/* UserError */.yo(`Cannot put the signed ${file} in place: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    leftovers() {
        return [...this.#leftovers];
    }
    async cleanup() {
        const problems = await (0,leftovers/* removeLeftovers */.DA)(this.#leftovers, { apple: this.tools });
        this.#leftovers = [];
        this.#keychain = undefined;
        if (problems.length > 0)
            throw new errors/* UserError */.yo(`Cleaning up after macOS signing: ${problems.join('; ')}`);
    }
}

;// CONCATENATED MODULE: ./src/actions/codesign/signers.ts









function listed(files) {
    return files.slice(0, 3).join(', ') + (files.length > 3 ? `, … (${files.length} in all)` : '');
}
/**
 * One job per signer the files need, in the order they must run: signatures inside a file (rpmsign,
 * debsigs) before detached ones over its final bytes (gpg .asc, minisign).
 */
function buildJobs(groups, settings, context) {
    const jobs = [];
    for (const [platform, files] of groups) {
        if (platform === 'windows') {
            const signer = createWindowsSigner(settings.windows, context);
            const method = settings.windows.method;
            const tool = method === 'pfx' ? (context.runnerOs === 'Windows' ? 'signtool' : 'osslsigncode') : method === 'pkcs11' ? 'osslsigncode' : undefined;
            jobs.push({ label: `Authenticode (${method}${tool ? `, ${tool}` : ''})`, signer, files });
        }
        else if (platform === 'macos') {
            jobs.push(macosJob(files, settings, context));
        }
        else {
            jobs.push(...linuxJobs(files, settings, context));
        }
    }
    const resign = tauriResignJob(groups, settings, context);
    if (resign)
        jobs.push(resign);
    return jobs;
}
/**
 * Authenticode and Apple signatures change a Tauri bundle's bytes after the Tauri build wrote its updater
 * `.sig`: with tauri-signature, each such file that has a `.sig` beside it gets the `.sig` made again
 * over its final bytes (with the Tauri/minisign key), last, so clients accept the update.
 */
function tauriResignJob(groups, settings, context) {
    if (!settings.linux.tauriSignature)
        return undefined;
    const files = [...(groups.get('windows') ?? []), ...(groups.get('macos') ?? [])].filter((file) => (0,external_node_fs_.existsSync)(`${file}.sig`));
    if (files.length === 0)
        return undefined;
    if (!settings.linux.minisignKey) {
        throw new errors/* UserError */.yo(`${listed(files)} have a Tauri updater .sig that signing makes stale; tauri-signature is true, so give minisign-key (the Tauri signing private key) and minisign-password to make it again.`);
    }
    const signer = new MinisignSigner({
        secretKey: settings.linux.minisignKey,
        ...(settings.linux.minisignPassword ? { password: settings.linux.minisignPassword } : {}),
        tempRoot: context.tempRoot,
        tauriSignature: true,
        minisigFile: false,
    });
    return { label: 'Tauri updater .sig (made again after signing)', signer, files };
}
function macosJob(files, settings, context) {
    if (context.runnerOs !== 'macOS') {
        throw new errors/* UserError */.yo(`${listed(files)} need Apple's codesign/productsign, which only run on a macOS runner (runs-on: macos-latest); this runner is ${context.runnerOs}.`);
    }
    const m = settings.macos;
    if (!m.certificate && !m.installerCertificate) {
        throw new errors/* UserError */.yo(`${listed(files)} need a macOS signature: give macos-certificate (Developer ID Application .p12 as base64) and macos-certificate-password.`);
    }
    const signer = new MacosSigner({
        ...(m.certificate ? { certificate: m.certificate, certificatePassword: m.certificatePassword } : {}),
        ...(m.installerCertificate ? { installerCertificate: m.installerCertificate, installerCertificatePassword: m.installerCertificatePassword } : {}),
        ...(m.identity ? { identity: m.identity } : {}),
        ...(m.installerIdentity ? { installerIdentity: m.installerIdentity } : {}),
        ...(m.entitlements ? { entitlements: m.entitlements } : {}),
        hardenedRuntime: m.hardenedRuntime,
        timestamp: settings.timestamp,
        tempRoot: context.tempRoot,
        // The temporary keychain's random password is a secret too.
        mask: context.mask,
    });
    return { label: 'macOS (codesign, productsign)', signer, files };
}
function linuxJobs(files, settings, context) {
    const l = settings.linux;
    const gpg = l.method === 'gpg' || l.method === 'both';
    const minisign = l.method === 'minisign' || l.method === 'both';
    const jobs = [];
    if (gpg) {
        if (!l.gpgPrivateKey) {
            throw new errors/* UserError */.yo(`${listed(files)} get a Linux signature with linux-method: ${l.method}, which needs gpg-private-key (an ASCII-armored private key); or set linux-method: minisign.`);
        }
        const key = {
            privateKey: l.gpgPrivateKey,
            ...(l.gpgPassphrase ? { passphrase: l.gpgPassphrase } : {}),
            ...(l.gpgKeyId ? { keyId: l.gpgKeyId } : {}),
            tempRoot: context.tempRoot,
        };
        const rpms = files.filter((file) => external_node_path_default().extname(file).toLowerCase() === '.rpm');
        const debs = files.filter((file) => external_node_path_default().extname(file).toLowerCase() === '.deb');
        const others = files.filter((file) => !rpms.includes(file) && !debs.includes(file));
        if (rpms.length)
            jobs.push({ label: 'rpmsign (GPG)', signer: new RpmSigner({ ...key, digestAlgorithm: 'sha256' }), files: rpms });
        if (debs.length)
            jobs.push({ label: 'debsigs (GPG)', signer: new DebsigsSigner(key), files: debs });
        if (others.length)
            jobs.push({ label: 'GPG (.asc)', signer: new GpgSigner(key), files: others });
    }
    if (minisign) {
        if (!l.minisignKey)
            throw new errors/* UserError */.yo(`${listed(files)} get a minisign signature with linux-method: ${l.method}, which needs minisign-key.`);
        const signer = new MinisignSigner({
            secretKey: l.minisignKey,
            ...(l.minisignPassword ? { password: l.minisignPassword } : {}),
            tempRoot: context.tempRoot,
            tauriSignature: l.tauriSignature,
        });
        jobs.push({ label: l.tauriSignature ? 'minisign (.minisig, Tauri .sig)' : 'minisign (.minisig)', signer, files });
    }
    else if (l.tauriSignature) {
        throw new errors/* UserError */.yo('Input "tauri-signature" is true, but the Tauri .sig is made with minisign: set linux-method: minisign or both, and minisign-key.');
    }
    return jobs;
}

;// CONCATENATED MODULE: ./src/sign/sign-files.ts


function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** The leftovers of a run, persisted (for the post step) every time one is added or removed. */
class LeftoverBook {
    list = [];
    persist;
    constructor(persist) {
        this.persist = persist;
    }
    add(leftover) {
        if (this.list.some((known) => same(known, leftover)))
            return;
        this.list.push(leftover);
        this.persist([...this.list]);
    }
    remove(leftover) {
        const at = this.list.findIndex((known) => same(known, leftover));
        if (at === -1)
            return;
        this.list.splice(at, 1);
        this.persist([...this.list]);
    }
    addAll(leftovers) {
        for (const leftover of leftovers)
            this.add(leftover);
    }
    replace(leftovers) {
        this.list.splice(0, this.list.length, ...leftovers);
        this.persist([...this.list]);
    }
    get all() {
        return [...this.list];
    }
}
/** How often a running signer's leftovers are copied to the state (a signer may declare several in one prepare). */
const WATCH_INTERVAL_MS = 200;
/**
 * Runs `work` while copying the signer's declared leftovers to the book every WATCH_INTERVAL_MS, so a
 * job cancelled in the middle of a long prepare (a keychain being set up, a key being imported) still
 * hands what already exists to the post step.
 */
async function whileWatching(signer, book, work) {
    const timer = setInterval(() => book.addAll(signer.leftovers()), WATCH_INTERVAL_MS);
    try {
        return await work();
    }
    finally {
        clearInterval(timer);
        book.addAll(signer.leftovers());
    }
}
const pathExists = async (leftover) => (await (0,promises_.lstat)(leftover.path).catch(() => undefined)) !== undefined;
/**
 * Runs the jobs one after another: prepare (leftovers persisted as soon as known), sign and verify every
 * file, and — whatever happened — clean up every prepared signer. The leftovers stay persisted until they
 * were removed here, so a cancelled or crashed job still has them removed by the post step.
 */
async function signFiles(jobs, book, options = {}) {
    const records = [];
    const byJob = [];
    const prepared = [];
    let failure;
    try {
        for (const job of jobs) {
            if (job.files.length === 0)
                continue;
            prepared.push(job.signer);
            const signed = await whileWatching(job.signer, book, async () => {
                await job.signer.prepare();
                book.addAll(job.signer.leftovers());
                return job.signer.signAll(job.files);
            });
            records.push(...signed);
            byJob.push({ label: job.label, records: signed });
        }
    }
    catch (error) {
        failure = error;
    }
    for (const signer of prepared) {
        book.addAll(signer.leftovers());
        try {
            await signer.cleanup();
        }
        catch (error) {
            options.warn?.(`Cleaning up after ${signer.method} failed (the post step tries again): ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const remaining = [];
    for (const leftover of book.all)
        if (await (options.stillThere ?? pathExists)(leftover))
            remaining.push(leftover);
    book.replace(remaining);
    if (failure !== undefined)
        throw failure;
    return { records, byJob, remaining };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/sign.ts












/** The codesign settings that are secrets: read from the environment only, never from the command line. */
const SECRET_SETTINGS = [
    'certificate',
    'certificate-password',
    'azure-client-secret',
    'macos-certificate',
    'macos-certificate-password',
    'macos-installer-certificate',
    'macos-installer-certificate-password',
    'gpg-private-key',
    'gpg-passphrase',
    'minisign-key',
    'minisign-password',
];
/** Every other codesign setting: an option, or the same RELEASE_KIT_* variable (a build tool's hook passes none). */
const PLAIN_SETTINGS = [
    'config',
    'target',
    'platform',
    'allow-empty',
    'concurrency',
    'windows-method',
    'ca-file',
    'timestamp',
    'timestamp-urls',
    'skip-signed',
    'dual-sign',
    'description',
    'description-url',
    'signtool-path',
    'azure-endpoint',
    'azure-account',
    'azure-certificate-profile',
    'azure-dlib',
    'azure-correlation-id',
    'azure-key-vault-url',
    'azure-key-vault-certificate',
    'azure-client-id',
    'azure-tenant-id',
    'azure-managed-identity',
    'pkcs11-module',
    'pkcs11-key-id',
    'sign-command',
    'macos-identity',
    'macos-installer-identity',
    'entitlements',
    'hardened-runtime',
    'linux-method',
    'gpg-key-id',
    'tauri-signature',
];
/** `certificate-password` → `RELEASE_KIT_CERTIFICATE_PASSWORD`. */
function settingVariable(name) {
    return `RELEASE_KIT_${name.toUpperCase().replace(/-/g, '_')}`;
}
const SECRETS = new Set(SECRET_SETTINGS);
/** Options first, then RELEASE_KIT_* variables; secrets from the variables only. */
function signSource(values, env, files) {
    return {
        read: (name) => {
            if (name === 'files')
                return files.join('\n');
            const option = SECRETS.has(name) ? undefined : values[name];
            const value = option ?? env[settingVariable(name)];
            return typeof value === 'boolean' ? String(value) : (value ?? '').trim();
        },
        describe: (name) => (SECRETS.has(name) || values[name] === undefined ? `Variable ${settingVariable(name)}` : `Option --${name}`),
        mask: () => undefined,
    };
}
/** With a target (--target or RELEASE_KIT_TARGET): its signer and the settings of its sign: block, as the codesign action reads them. */
async function targetSource(source, cwd) {
    const leg = await (0,target_settings/* readTargetInput */.Gw)(source, cwd);
    if (!leg)
        return source;
    const { target, configName } = leg;
    if (target.sign.platform === 'none')
        throw new errors/* InputError */.dz(source.describe('target'), target.id, `the target has sign: none in ${configName}: nothing to sign with`);
    return (0,target_settings/* blockSource */.jE)(source, target.sign.settings, `${configName}: target ${target.id}, sign: block`, { platform: target.sign.platform }, "with a target, the platform is the target's signer");
}
async function regularFile(given) {
    const file = external_node_path_default().resolve(given);
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* UserError */.yo(`${given} ${info ? 'is not a regular file' : 'does not exist'}; give the files to sign.`);
    return file;
}
/** Signs the files with the codesign action's signers, in this process; every temporary key is removed before it returns. */
async function sign(source, given, cwd) {
    const settings = getCodesignSettings(source, cwd);
    const os = (0,sign_select/* runnerOs */.tg)();
    const tempRoot = external_node_path_default().resolve(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    // makensis hands !uninstfinalize a temporary uninstaller without an extension: a PE is signed as the .exe it is.
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(tempRoot, 'release-kit-sign-cli-'));
    try {
        const staged = new Map();
        const files = [];
        for (const [index, file] of given.entries()) {
            if (settings.platform !== 'windows' && settings.platform !== 'auto')
                files.push(file);
            else if ((0,file_types/* authenticodeFormatOf */.sv)(file) || (0,formats/* kindOf */.I)(file).kind !== 'pe')
                files.push(file);
            else {
                const copy = external_node_path_default().join(staging, String(index), `${external_node_path_default().basename(file)}.exe`);
                await (0,promises_.mkdir)(external_node_path_default().dirname(copy));
                await (0,promises_.copyFile)(file, copy);
                staged.set(copy, file);
                files.push(copy);
            }
        }
        await signStaged(settings, os, tempRoot, files, staged, cwd);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function signStaged(settings, os, tempRoot, files, staged, cwd) {
    const groups = await (0,sign_select/* groupByPlatform */.g2)(files, settings.platform, os);
    const book = new LeftoverBook(() => undefined);
    const jobs = buildJobs(groups, settings, {
        runnerOs: os,
        tempRoot,
        log: { info: (message) => console.error(message), warning: (message) => console.error(`warning: ${message}`) },
        declare: (leftover) => book.add(leftover),
        release: (leftover) => book.remove(leftover),
        mask: () => undefined,
    });
    const { records } = await signFiles(jobs, book, { warn: (message) => console.error(`warning: ${message}`) });
    for (const [copy, original] of staged)
        await (0,promises_.copyFile)(copy, original);
    for (const signed of records) {
        const record = { ...signed, file: staged.get(signed.file) ?? signed.file };
        const what = record.skipped ? 'already signed' : `signed (${record.method})`;
        const by = [record.subject, record.thumbprint && `thumbprint ${record.thumbprint}`, record.timestampServer && `timestamp ${record.timestampServer}`].filter(Boolean).join(', ');
        console.log(`${what}: ${external_node_path_default().relative(cwd, record.file) || record.file}${by ? ` — ${by}` : ''}${record.verified ? ', verified' : ''}`);
    }
}
const PLAIN_HELP = {
    config: ['FILE', 'release-kit.yml (with --target; default release-kit.yml)'],
    target: ['ID', "a target of release-kit.yml: its signer and its sign: block's settings"],
    platform: ['NAME', 'windows, macos, linux or auto (by each file\'s type)'],
    'windows-method': ['METHOD', 'pfx, azure-trusted-signing, azure-key-vault, pkcs11 or command'],
    'ca-file': ['FILE', 'extra CA certificates (PEM) the signature must chain to'],
    'timestamp-urls': ['URLS', 'RFC 3161 timestamp servers, tried in order (comma- or newline-separated)'],
    'sign-command': ['CMD', 'the command that signs one file ({file}), for windows-method command'],
};
const signCommand = (0,command/* defineCommand */.NB)({
    name: 'sign',
    synopsis: '[options] <file>...',
    summary: "Sign files with the codesign action's signers (a build tool's sign hook: electron-builder, Tauri's signCommand, makensis !finalize).",
    options: [
        ...PLAIN_SETTINGS.map((name) => {
            const [value, help] = PLAIN_HELP[name] ?? ['VALUE', `the codesign input ${name}`];
            return { name, type: 'string', value, help: `${help} (or ${settingVariable(name)})` };
        }),
        // Named so that a secret given on the command line gets a clear refusal, not "unknown option".
        ...SECRET_SETTINGS.map((name) => ({ name, type: 'string', value: 'never', help: `refused: a secret comes from ${settingVariable(name)} only` })),
    ],
    epilogue: `Every setting may come from its RELEASE_KIT_<NAME> variable instead (a build tool's hook passes no options);\nsecrets only from the environment: ${SECRET_SETTINGS.map(settingVariable).join(', ')}.`,
    async run(values, positionals) {
        const onArgv = SECRET_SETTINGS.filter((name) => values[name] !== undefined);
        if (onArgv.length) {
            throw new command/* UsageError */.eb(`--${onArgv[0]} would put a secret on the command line, where process lists and build logs show it; set ${onArgv.map(settingVariable).join(', ')} in the environment instead.`, signCommand);
        }
        if (positionals.length === 0)
            throw new command/* UsageError */.eb('sign needs the files to sign (the build tool passes the path: %1 for Tauri, the hook for electron-builder)', signCommand);
        const files = await Promise.all(positionals.map(regularFile));
        const cwd = process.cwd();
        const source = await targetSource(signSource(values, process.env, files), cwd);
        try {
            await sign(source, files, cwd);
        }
        catch (error) {
            // The signers name settings as the action's inputs; here they are options or variables.
            if (error instanceof errors/* UserError */.yo) {
                throw new errors/* UserError */.yo(error.message.replace(/\b([Ii])nput "([a-z0-9-]+)"/g, (_, initial, name) => {
                    const said = source.describe(name);
                    return initial === 'i' ? said[0].toLowerCase() + said.slice(1) : said;
                }));
            }
            throw error;
        }
    },
});


/***/ })

};
