export const id = 551;
export const ids = [551];
export const modules = {

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ removeLeftovers),
/* harmony export */   II: () => (/* binding */ withTemporarySibling)
/* harmony export */ });
/* unused harmony exports describeLeftover, recordTemporariesWith */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var _linux_gpg_keyring_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8860);
/* harmony import */ var _macos_apple_tools_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6173);
/* harmony import */ var _macos_keychain_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3791);







/** How a leftover is named in a problem report. */
function describeLeftover(leftover) {
    switch (leftover.kind) {
        case 'path':
            return leftover.path;
        case 'gpg-home':
            return `GNUPGHOME ${leftover.path}`;
        case 'keychain':
            return `keychain ${leftover.path}`;
    }
}
/**
 * Removes everything the signers left behind — files and folders, temporary GNUPGHOMEs (their
 * agent stopped first), temporary keychains (deleted, the search list restored) — going on after
 * any one fails. Returns one sentence per thing that could not be removed; never throws.
 * Removing something already gone is not a problem, so it is safe to run twice.
 */
async function removeLeftovers(leftovers, tools = {}) {
    const problems = [];
    // Last created first: a keychain goes before the folder its certificate came from.
    for (const leftover of [...leftovers].reverse()) {
        try {
            switch (leftover.kind) {
                case 'path':
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(leftover.path, { recursive: true, force: true, maxRetries: 3 });
                    break;
                case 'gpg-home':
                    problems.push(...(await (0,_linux_gpg_keyring_js__WEBPACK_IMPORTED_MODULE_4__/* .removeGpgHome */ .mS)(leftover.path, tools.gpgconf)));
                    break;
                case 'keychain':
                    problems.push(...(await (0,_macos_keychain_js__WEBPACK_IMPORTED_MODULE_6__/* .removeKeychain */ .$d)(tools.apple ?? _macos_apple_tools_js__WEBPACK_IMPORTED_MODULE_5__/* .realAppleTools */ .C, leftover)));
                    break;
                default:
                    problems.push(`Unknown leftover ${JSON.stringify(leftover)}: nothing removed.`);
            }
        }
        catch (error) {
            problems.push(`Cannot remove ${describeLeftover(leftover)}: ${(0,_kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return problems;
}
let recorder;
/** Where temporary siblings are recorded from now on (undefined: nowhere, as in the CLI). */
function recordTemporariesWith(next) {
    recorder = next;
}
/**
 * A temporary path next to `file` — `<prefix><12 hex digits>` in the same folder, so a rename puts it
 * in place atomically — recorded before `work` creates it, removed (file or folder) when `work` is
 * done whatever happened, and unrecorded once gone. A process killed inside `work` leaves the path
 * recorded, for the post step to remove. `extra` suffixes name further paths `work` may create
 * (`<temp><suffix>`), recorded and removed alike.
 */
async function withTemporarySibling(file, prefix, work, extra = []) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `${prefix}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    const leftovers = [temp, ...extra.map((suffix) => temp + suffix)].map((p) => ({ kind: 'path', path: p }));
    for (const leftover of leftovers)
        recorder?.add(leftover);
    try {
        return await work(temp);
    }
    finally {
        for (const leftover of leftovers) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(leftover.path, { recursive: true, force: true });
            recorder?.remove(leftover);
        }
    }
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mS: () => (/* binding */ removeGpgHome),
/* harmony export */   pO: () => (/* binding */ resolveOnPath),
/* harmony export */   s7: () => (/* binding */ GpgKeyring)
/* harmony export */ });
/* unused harmony exports parseSecretKeys, agentPids */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3713);
/* harmony import */ var _kit_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9495);
/* harmony import */ var _private_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4108);







const names = (given) => ({
    privateKey: given?.privateKey ?? 'gpg-private-key',
    passphrase: given?.passphrase ?? 'gpg-passphrase',
    keyId: given?.keyId ?? 'gpg-key-id',
});
/** Undoes gpg's C-style escapes in --with-colons fields (`\x3a` for a colon, UTF-8 bytes as they are). */
function unescapeColons(field) {
    const bytes = [];
    const raw = Buffer.from(field, 'utf8');
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] === 0x5c && raw[i + 1] === 0x78 && i + 3 < raw.length) {
            const hex = raw.subarray(i + 2, i + 4).toString('latin1');
            if (/^[0-9a-fA-F]{2}$/.test(hex)) {
                bytes.push(parseInt(hex, 16));
                i += 3;
                continue;
            }
        }
        bytes.push(raw[i]);
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Parses `gpg --with-colons --list-secret-keys` output. */
function parseSecretKeys(colons) {
    const keys = [];
    let current;
    let lastRecord = '';
    for (const line of colons.split('\n')) {
        const f = line.split(':');
        const type = f[0];
        if (type === 'sec') {
            current = { fingerprint: '', keyId: (f[4] ?? '').toUpperCase(), userId: '', capabilities: f[11] ?? '', keyIds: [(f[4] ?? '').toUpperCase()], fingerprints: [], userIds: [] };
            keys.push(current);
        }
        else if (type === 'ssb' && current) {
            current.keyIds.push((f[4] ?? '').toUpperCase());
        }
        else if (type === 'fpr' && current) {
            const fpr = (f[9] ?? '').toUpperCase();
            if (lastRecord === 'sec')
                current.fingerprint = fpr;
            current.fingerprints.push(fpr);
        }
        else if (type === 'uid' && current) {
            const uid = unescapeColons(f[9] ?? '');
            current.userIds.push(uid);
            if (!current.userId)
                current.userId = uid;
        }
        if (type && type !== 'grp')
            lastRecord = type === 'fpr' ? lastRecord : type;
    }
    return keys;
}
/** The key material as gpg --import takes it: armored text as is, base64 decoded. */
function keyMaterial(value, input) {
    const text = value.trim();
    if (text === '')
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input}" is empty; give an ASCII-armored private key (gpg --armor --export-secret-keys).`);
    if (text.includes('-----BEGIN PGP'))
        return `${text}\n`;
    const decoded = (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeBase64 */ .y4)(text, `Input "${input}"`);
    const asText = decoded.toString('utf8');
    if (asText.includes('-----BEGIN PGP'))
        return asText;
    // A binary OpenPGP packet starts with a byte whose high bit is set.
    if (decoded.length > 0 && (decoded[0] & 0x80) !== 0)
        return decoded;
    throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input}" is neither an ASCII-armored OpenPGP private key nor base64 of one.`);
}
/** The gpg error code in a `FAILURE`/`ERROR` status line (the low 16 bits of gpg-error's value). */
function gpgErrorCodes(status) {
    const codes = [];
    for (const match of status.matchAll(/^\[GNUPG:\] (?:FAILURE|ERROR) \S+ (\d+)/gm))
        codes.push(Number(match[1]) & 0xffff);
    return codes;
}
const GPG_ERR_BAD_PASSPHRASE = 11;
const GPG_ERR_NO_PASSPHRASE = 67;
const GPG_ERR_CANCELED = 99;
/** Searches PATH like a shell does: rpm runs gpg by absolute path only. */
async function resolveOnPath(command) {
    if (command.includes('/'))
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(command);
    for (const dir of (process.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, command);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** gpg-agent processes started for this home (Linux: read from /proc; elsewhere none can be found). */
async function agentPids(home) {
    const pids = [];
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)('/proc');
    }
    catch {
        return pids;
    }
    const wanted = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(home);
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        let argv;
        try {
            argv = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
        }
        catch {
            continue;
        }
        const program = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(argv[0] ?? '');
        if (!['gpg-agent', 'scdaemon', 'keyboxd', 'dirmngr'].includes(program))
            continue;
        const i = argv.indexOf('--homedir');
        const dir = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--homedir='))?.slice('--homedir='.length);
        if (dir && node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir) === wanted)
            pids.push(Number(entry));
    }
    return pids;
}
/**
 * Stops every daemon gpg started for `home` (gpg-agent, and scdaemon/dirmngr if any), removes its
 * socket folder under /run/user, and removes the home. Returns what could not be done.
 */
async function removeGpgHome(home, gpgconf = 'gpgconf') {
    const problems = [];
    let gpgconfProblem;
    const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(home).then(() => true, () => false);
    if (exists) {
        for (const args of [['--kill', 'all'], ['--remove-socketdir']]) {
            try {
                await (0,_kit_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .q)(gpgconf, ['--homedir', home, ...args], { allowFailure: true, timeoutMs: 30_000, env: { GNUPGHOME: home } });
            }
            catch (error) {
                // gpgconf missing: the agent is stopped below by its process id.
                gpgconfProblem ??= `gpgconf ${args.join(' ')} for ${home}: ${(0,_kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`;
            }
        }
    }
    // gpgconf asks the agent to stop and returns; wait for it so nothing keeps the key in memory,
    // and stop it by signal when it does not go (or gpgconf could not ask it).
    for (let attempt = 0; attempt < 50; attempt++) {
        const pids = await agentPids(home);
        if (pids.length === 0)
            break;
        if (attempt === 20 || attempt === 40) {
            for (const pid of pids) {
                try {
                    process.kill(pid, attempt === 40 ? 'SIGKILL' : 'SIGTERM');
                }
                catch {
                    // already gone
                }
            }
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(100);
    }
    const still = await agentPids(home);
    if (still.length > 0) {
        problems.push(`gpg-agent for ${home} is still running (process ${still.join(', ')})${gpgconfProblem ? `; ${gpgconfProblem}` : ''}.`);
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(home, { recursive: true, force: true, maxRetries: 3 });
    }
    catch (error) {
        problems.push(`Cannot remove ${home}: ${(0,_kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    return problems;
}
/**
 * A temporary GNUPGHOME holding one imported signing key. Every gpg started with `env()` — by
 * this code, rpmsign or debsigs — runs in batch mode with loopback pinentry and reads the
 * passphrase from a 0600 file in the home, so nothing ever asks a terminal.
 */
class GpgKeyring {
    options;
    gpg;
    #home;
    #key;
    #leftovers = [];
    constructor(options) {
        this.options = options;
        this.gpg = options.gpg ?? 'gpg';
    }
    get home() {
        if (!this.#home)
            throw new Error('GpgKeyring used before prepare()');
        return this.#home;
    }
    get key() {
        if (!this.#key)
            throw new Error('GpgKeyring used before prepare()');
        return this.#key;
    }
    leftovers() {
        return [...this.#leftovers];
    }
    /** Environment for every process that must use this keyring. */
    env() {
        // GPG_TTY set (even empty) stops rpmsign's "Could not set GPG_TTY to stdin: Inappropriate ioctl for device".
        return { GNUPGHOME: this.home, GPG_TTY: '', LC_ALL: 'C' };
    }
    async run(args, options = {}) {
        return (0,_kit_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .q)(this.gpg, ['--homedir', this.home, ...args], {
            env: this.env(),
            timeoutMs: 120_000,
            ...options,
            secrets: this.options.passphrase ? [this.options.passphrase] : [],
        });
    }
    async prepare() {
        const input = names(this.options.inputNames);
        const material = keyMaterial(this.options.privateKey, input.privateKey);
        await (0,_kit_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .runTool */ .q)(this.gpg, ['--version'], { timeoutMs: 30_000 });
        const home = (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .privateDirPath */ .eK)(this.options.tempRoot, 'release-kit-gnupg-');
        this.#leftovers.push({ kind: 'gpg-home', path: home });
        await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .createPrivateDir */ .b4)(home);
        this.#home = home;
        // s2k-count: how hard the agent protects the key in this throwaway home (the passphrase sits
        // next to it anyway); the default is calibrated at start-up and costs about a second per signature.
        await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writePrivateFile */ .Pl)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'gpg-agent.conf'), 'allow-loopback-pinentry\ns2k-count 65536\n');
        const conf = ['batch', 'no-tty', 'pinentry-mode loopback', 'no-auto-key-retrieve'];
        // A secret pasted with its final line break still means the same passphrase.
        const passphrase = (this.options.passphrase ?? '').replace(/\r?\n$/, '');
        if (passphrase !== '') {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'passphrase');
            // gpg reads the first line of the file: a passphrase with a line break cannot be given this way.
            if (/[\r\n]/.test(passphrase))
                throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input.passphrase}" holds a line break; a GPG passphrase is one line.`);
            await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writePrivateFile */ .Pl)(file, passphrase);
            conf.push(`passphrase-file ${file}`);
        }
        await (0,_private_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writePrivateFile */ .Pl)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, 'gpg.conf'), `${conf.join('\n')}\n`);
        const imported = await this.run(['--status-fd', '1', '--import'], { input: material, allowFailure: true });
        if (!/^\[GNUPG:\] IMPORT_OK/m.test(imported.stdout)) {
            const said = imported.stderr.split('\n').find((line) => line.startsWith('gpg: ') && !/Total number|processed/.test(line));
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input.privateKey}" could not be imported as an OpenPGP private key${said ? ` (${said.replace(/^gpg: /, '').trim()})` : ''}.`);
        }
        const listed = parseSecretKeys((await this.run(['--with-colons', '--fixed-list-mode', '--list-secret-keys'])).stdout);
        if (listed.length === 0) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input.privateKey}" holds a public key only; export the private key with gpg --armor --export-secret-keys.`);
        }
        const key = this.#choose(listed, input);
        if (!key.capabilities.includes('S')) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`GPG key ${key.fingerprint} (${key.userId}) has no key that can sign (capabilities "${key.capabilities}").`);
        }
        this.#key = { fingerprint: key.fingerprint, keyId: key.fingerprint.slice(-16), userId: key.userId };
        await this.#checkPassphrase(input);
    }
    #choose(listed, input) {
        const wanted = this.options.keyId?.trim();
        if (wanted) {
            const hex = wanted.replace(/^0x/i, '').replace(/\s+/g, '').toUpperCase();
            const matches = listed.filter((key) => key.fingerprints.some((f) => /^[0-9A-F]{8,}$/.test(hex) && f.endsWith(hex)) ||
                key.keyIds.some((id) => /^[0-9A-F]{8,}$/.test(hex) && id.endsWith(hex)) ||
                key.userIds.some((uid) => uid.toLowerCase().includes(wanted.toLowerCase())));
            if (matches.length === 1)
                return matches[0];
            const have = listed.map((key) => `${key.fingerprint} (${key.userId})`).join(', ');
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input "${input.keyId}"`, wanted, matches.length === 0 ? `no private key matches it; the key holds ${have}` : `it matches ${matches.length} keys: ${have}; give a fingerprint`);
        }
        if (listed.length > 1) {
            const have = listed.map((key) => `${key.fingerprint} (${key.userId})`).join(', ');
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input.privateKey}" holds ${listed.length} private keys (${have}); name the one to sign with in input "${input.keyId}".`);
        }
        return listed[0];
    }
    /** Signs a few bytes: a wrong or missing passphrase fails here, before any file is touched. */
    async #checkPassphrase(input) {
        const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.home, 'passphrase-check.sig');
        const result = await this.run(['--status-fd', '1', '--local-user', this.key.fingerprint, '--detach-sign', '--output', out], {
            input: 'release-kit: passphrase check\n',
            allowFailure: true,
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(out, { force: true });
        if (result.exitCode === 0)
            return;
        const codes = gpgErrorCodes(result.stdout);
        const hasPassphrase = (this.options.passphrase ?? '') !== '';
        if (codes.includes(GPG_ERR_BAD_PASSPHRASE)) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Input "${input.passphrase}" is not the passphrase of GPG key ${this.key.fingerprint} (${this.key.userId}).`);
        }
        if (!hasPassphrase && (codes.includes(GPG_ERR_NO_PASSPHRASE) || codes.includes(GPG_ERR_CANCELED) || /NEED_PASSPHRASE|can't get input/.test(result.stdout + result.stderr))) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`GPG key ${this.key.fingerprint} (${this.key.userId}) is protected by a passphrase, but input "${input.passphrase}" is empty.`);
        }
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`GPG key ${this.key.fingerprint} cannot sign: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
    /** `gpg --armor --detach-sign` of `file` into `output`. */
    async signDetached(file, output) {
        await this.run(['--local-user', this.key.fingerprint, '--armor', '--detach-sign', '--output', output, '--', file]);
    }
    /**
     * Checks a detached signature over `files` (concatenated, as gpg does) and that it was made by
     * this key; returns gpg's words when it fails, undefined when it is good.
     */
    async verifyDetached(signature, files) {
        const result = await this.run(['--status-fd', '1', '--verify', '--', signature, ...files], { allowFailure: true });
        const valid = /^\[GNUPG:\] VALIDSIG (.*)$/m.exec(result.stdout);
        const fields = valid?.[1]?.trim().split(/\s+/) ?? [];
        const primary = (fields[fields.length - 1] ?? '').toUpperCase();
        if (result.exitCode === 0 && valid && /^\[GNUPG:\] GOODSIG /m.test(result.stdout) && primary === this.key.fingerprint)
            return undefined;
        if (valid && primary !== this.key.fingerprint)
            return `signed by ${primary}, not by ${this.key.fingerprint}`;
        return result.stderr.trim().split('\n').filter((line) => !/WARNING|no indication/.test(line)).slice(-2).join(' ') || `gpg --verify exit ${result.exitCode}`;
    }
    /** The public key, armored. */
    async exportPublicKey() {
        return (await this.run(['--armor', '--export', this.key.fingerprint])).stdout;
    }
    async cleanup() {
        const problems = [];
        for (const leftover of this.#leftovers) {
            if (leftover.kind === 'gpg-home')
                problems.push(...(await removeGpgHome(leftover.path)));
        }
        this.#leftovers = [];
        if (problems.length > 0)
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`Cleaning up the GPG keyring: ${problems.join('; ')}`);
    }
}


/***/ }),

/***/ 6173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ realAppleTools)
/* harmony export */ });
/* unused harmony export APPLE_TOOL_PATHS */
/* harmony import */ var _kit_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9495);

/** Where macOS keeps each tool: called by absolute path, so nothing earlier on PATH stands in for them. */
const APPLE_TOOL_PATHS = {
    security: '/usr/bin/security',
    codesign: '/usr/bin/codesign',
    productsign: '/usr/bin/productsign',
    spctl: '/usr/sbin/spctl',
    ditto: '/usr/bin/ditto',
};
const run = (tool) => (args, options = {}) => (0,_kit_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .runTool */ .q)(APPLE_TOOL_PATHS[tool], args, { timeoutMs: 30 * 60_000, ...options });
/** The real tools (macOS only). */
const realAppleTools = {
    security: run('security'),
    codesign: run('codesign'),
    productsign: run('productsign'),
    spctl: run('spctl'),
    ditto: run('ditto'),
};


/***/ }),

/***/ 3791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ removeKeychain),
/* harmony export */   GW: () => (/* binding */ createSigningKeychain),
/* harmony export */   go: () => (/* binding */ parseIdentities)
/* harmony export */ });
/* unused harmony exports parseKeychainList, restoredSearchList */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);




/** Parses `security list-keychains` output: one quoted path a line. */
function parseKeychainList(stdout) {
    const list = [];
    for (const line of stdout.split('\n')) {
        const match = /^\s*"(.*)"\s*$/.exec(line);
        if (match?.[1])
            list.push(match[1]);
    }
    return list;
}
/** Parses `security find-identity -v` output (`  1) <SHA-1> "<name>"` lines). */
function parseIdentities(stdout) {
    const identities = [];
    const seen = new Set();
    for (const line of stdout.split('\n')) {
        const match = /^\s*\d+\)\s+([0-9A-Fa-f]{40})\s+"(.*)"(?:\s+\(.*\))?\s*$/.exec(line);
        if (!match || seen.has(match[1].toUpperCase()))
            continue;
        seen.add(match[1].toUpperCase());
        identities.push({ sha1: match[1].toUpperCase(), name: match[2] });
    }
    return identities;
}
const sameKeychain = (a, b) => a === b || node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(a) === node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(b);
/** The user search list after our keychain is gone: the saved list, plus any keychain added since by someone else. */
function restoredSearchList(saved, current, ours) {
    const list = saved.filter((entry) => !sameKeychain(entry, ours));
    for (const entry of current)
        if (!sameKeychain(entry, ours) && !list.includes(entry))
            list.push(entry);
    return list;
}
function explainImport(result, certificate) {
    const said = `${result.stderr}\n${result.stdout}`;
    if (/MAC verification failed|wrong password|passphrase.*(incorrect|wrong)|-25264|-25293/i.test(said)) {
        return new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Input "${certificate.passwordInput}" is not the password of the .p12 certificate in input "${certificate.input}".`);
    }
    const line = said.split('\n').map((l) => l.trim()).filter(Boolean).pop() ?? `exit ${result.exitCode}`;
    return new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The certificate in input "${certificate.input}" could not be imported as a .p12 (PKCS#12) file: ${line}`);
}
/**
 * A fresh keychain for one job: created with a random password, never locking on its own,
 * unlocked, holding the imported identities with a partition list that lets codesign and
 * productsign use the keys without a prompt, and first on the user's search list.
 * `declare` is called with the keychain and the list to restore before anything is created.
 */
async function createSigningKeychain(tools, keychainPath, certificates, declare, afterImport = async () => { }, mask = () => { }) {
    const searchList = parseKeychainList((await tools.security(['list-keychains', '-d', 'user'])).stdout);
    declare({ path: keychainPath, searchList });
    const password = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24).toString('base64url');
    mask(password);
    const secrets = [password, ...certificates.map((c) => c.password).filter(Boolean)];
    await tools.security(['create-keychain', '-p', password, keychainPath], { secrets });
    // No -t: the keychain never locks on a timeout; no -l: nor when the machine sleeps.
    await tools.security(['set-keychain-settings', keychainPath], { secrets });
    await tools.security(['unlock-keychain', '-p', password, keychainPath], { secrets });
    for (const certificate of certificates) {
        const imported = await tools.security(['import', certificate.file, '-k', keychainPath, '-f', 'pkcs12', '-P', certificate.password, '-T', '/usr/bin/codesign', '-T', '/usr/bin/productsign'], { secrets, allowFailure: true });
        await afterImport(certificate);
        if (imported.exitCode !== 0)
            throw explainImport(imported, certificate);
    }
    await tools.security(['set-key-partition-list', '-S', 'apple-tool:,apple:,codesign:', '-s', '-k', password, keychainPath], { secrets });
    await tools.security(['list-keychains', '-d', 'user', '-s', keychainPath, ...searchList.filter((entry) => !sameKeychain(entry, keychainPath))], { secrets });
    return { path: keychainPath, password, searchList };
}
/**
 * Deletes the keychain (if still there) and puts the user search list back as it was, keeping any
 * keychain another step added meanwhile. Returns what could not be done.
 */
async function removeKeychain(tools, keychain) {
    const problems = [];
    try {
        const deleted = await tools.security(['delete-keychain', keychain.path], { allowFailure: true });
        if (deleted.exitCode !== 0 && !/could not be found|does not exist|No such/i.test(deleted.stderr)) {
            problems.push(`security delete-keychain ${keychain.path} failed: ${deleted.stderr.trim() || `exit ${deleted.exitCode}`}`);
        }
    }
    catch (error) {
        problems.push(`security delete-keychain ${keychain.path}: ${(0,_kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    // security deletes the file too; one it could not open (damaged, say) is removed all the same.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(keychain.path, { force: true }).catch((error) => problems.push(`Cannot remove ${keychain.path}: ${error.message}`));
    try {
        const current = await tools.security(['list-keychains', '-d', 'user'], { allowFailure: true });
        const list = restoredSearchList(keychain.searchList, current.exitCode === 0 ? parseKeychainList(current.stdout) : [], keychain.path);
        await tools.security(['list-keychains', '-d', 'user', '-s', ...list]);
    }
    catch (error) {
        problems.push(`Restoring the keychain search list: ${(0,_kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
    }
    return problems;
}


/***/ }),

/***/ 4108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ requireFiles),
/* harmony export */   Pl: () => (/* binding */ writePrivateFile),
/* harmony export */   W$: () => (/* binding */ signCopyThenReplace),
/* harmony export */   b4: () => (/* binding */ createPrivateDir),
/* harmony export */   eK: () => (/* binding */ privateDirPath),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* unused harmony exports randomName, writeFileAtomically */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var _leftovers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(545);





/** A name no other run picks: `<prefix><12 hex digits>`. */
function randomName(prefix) {
    return `${prefix}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
}
/**
 * The path of a new private folder under `root` (RUNNER_TEMP): chosen first so the caller can
 * declare it as a leftover, then created with `createPrivateDir`.
 */
function privateDirPath(root, prefix) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root), randomName(prefix));
}
/** Creates the folder readable by its owner only (0700, whatever the umask); fails if it exists. */
async function createPrivateDir(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { mode: 0o700 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, 0o700);
}
/** Writes key material readable by its owner only (0600); never replaces an existing file. */
async function writePrivateFile(file, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, content, { mode: 0o600, flag: 'wx' });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(file, 0o600);
}
/**
 * Decodes base64 (standard or URL-safe alphabet, line breaks and spaces allowed) and fails with a
 * message naming the input — never its value — when it is not base64.
 */
function decodeBase64(value, what) {
    const compact = value.replace(/\s+/g, '');
    if (compact === '')
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} is empty; give its content as base64.`);
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} is not valid base64; give the file's content encoded with \`base64\` (one line or several).`);
    }
    return Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
/**
 * Signs a file without ever leaving it half-signed: `sign` gets a copy next to the original (same
 * folder, so the final rename is atomic), and only when it resolves is the copy renamed over the
 * original. On failure the copy is removed and the original is as it was.
 */
async function signCopyThenReplace(file, sign) {
    return (0,_leftovers_js__WEBPACK_IMPORTED_MODULE_4__/* .withTemporarySibling */ .II)(file, '.release-kit-sign-', async (dir) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { mode: 0o700 });
        const copy = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file, copy);
        const result = await sign(copy);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(copy, file);
        return result;
    });
}
/** Writes `content` to `target` through a temporary sibling and a rename. */
async function writeFileAtomically(target, content) {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temp, content, { flag: 'wx' });
        await rename(temp, target);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
/** Checks that every file exists and is a regular file before anything is signed. */
async function requireFiles(files) {
    for (const file of files) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => undefined);
        if (!info)
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file} does not exist.`);
        if (!info.isFile())
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file} is not a regular file.`);
    }
}


/***/ })

};
