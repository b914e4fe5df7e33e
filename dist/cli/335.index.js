export const id = 335;
export const ids = [335];
export const modules = {

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeCommand: () => (/* binding */ smokeCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/kit/retry.ts
var retry = __webpack_require__(1834);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
    constructor(rootPid, options = {}) {
        this.rootPid = rootPid;
        this.pgid = rootPid;
        this.marker = options.marker;
        this.procRoot = options.procRoot ?? '/proc';
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
            if (!isAlive(p) || p.pid === process.pid)
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
    return { found: [...found], forced: [...forced], survivors };
}
/** The Windows equivalent: `taskkill` ends the process and every descendant (/T), forcibly (/F). */
function windowsKillCommand(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        throw new Error(`Not a process id: ${pid}`);
    return { command: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
}

;// CONCATENATED MODULE: ./src/smoke/app.ts






/** Every process of a smoke-tested app carries this variable, so a later step finds escaped ones. */
const MARKER_VARIABLE = 'RELEASE_KIT_SMOKE_ID';
/** Text kept in memory for output checks; the log files hold everything. */
const KEEP_BYTES = 8 * 1024 * 1024;
function describeExit(exit) {
    return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}
/**
 * The app under test, started in its own process group (POSIX) with its output streamed to log files.
 * `stop()` ends the whole tree, however the app forked.
 */
class RunningApp {
    pid;
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
        this.child = (0,external_node_child_process_.spawn)(shell, args, {
            cwd: options.cwd,
            env: { ...inherited, ...options.env, [MARKER_VARIABLE]: id },
            // POSIX: the shell leads a new process group (and session), so one signal reaches the whole group.
            detached: !windows,
            windowsHide: true,
            windowsVerbatimArguments: windows,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        this.startedAt = Date.now();
        const spawnError = new Promise((resolve) => this.child.once('error', () => resolve({ code: 127, signal: null })));
        this.exited = Promise.race([
            new Promise((resolve) => this.child.once('exit', (code, sig) => resolve({ code, signal: sig }))),
            spawnError,
        ]).then((info) => (this.exitInfo = info));
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
            this.tracker = new ProcessTreeTracker(this.pid, { marker: this.marker });
            this.tracker.start();
        }
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
            outcome = { found, forced: found, survivors: [] };
        }
        else if (this.tracker) {
            const tracker = this.tracker;
            outcome = await killTree(() => tracker.members(), this.pid, options);
            tracker.stop();
        }
        else {
            outcome = { found: [], forced: [], survivors: [] };
        }
        await Promise.race([this.streamsDone, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        await Promise.all(this.streams.map((stream) => new Promise((resolve) => stream.end(() => resolve()))));
        return outcome;
    }
}

;// CONCATENATED MODULE: ./src/smoke/check.ts


/** Not there yet (port closed, 503, window missing): worth another attempt until the check's time is up. */
class NotYet extends Error {
    name = 'NotYet';
}
const DEFAULT_TIMING = { initialDelayMs: 250, maxDelayMs: 2000 };
class TimedOut extends Error {
}
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
    const appGone = () => check.needsRunningApp && base.app.exitInfo ? `the app ${describeExit(base.app.exitInfo)} after ${seconds(Date.now() - base.app.startedAt)}` : undefined;
    try {
        const detail = await (0,retry/* withRetry */.b)(async (attempt) => {
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
        return typeof detail === 'string' ? result('passed', detail) : result('passed', detail.detail, detail.file ? { file: detail.file } : {});
    }
    catch (error) {
        const gone = appGone();
        if (error instanceof TimedOut || (error instanceof NotYet && !gone)) {
            return result('failed', `no success within ${seconds(check.timeoutMs)} (${attempts} attempts)${lastNotYet ? `; last attempt: ${lastNotYet}` : ''}`);
        }
        if (error instanceof NotYet && gone)
            return result('failed', `${gone}; last attempt: ${error.message}`);
        return result('failed', error instanceof Error ? error.message : String(error));
    }
}
function skipped(check, reason) {
    return { name: check.name, describe: check.describe, status: 'skipped', passed: false, attempts: 0, durationMs: 0, detail: reason };
}

;// CONCATENATED MODULE: ./src/smoke/checks/health.ts

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
/** Passes when the URL answers with the expected status (and body); connection errors and other answers are retried. */
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
                throw new NotYet(`${options.url}: ${cause?.code ?? cause?.message ?? error.message}`);
            }
            if (response.status !== options.expectStatus)
                throw new NotYet(`HTTP ${response.status}, expected ${options.expectStatus}: ${excerpt(body)}`);
            if (options.expectBody) {
                const verdict = matchBody(body, options.expectBody);
                if (!verdict.ok)
                    throw new NotYet(`HTTP ${response.status}, but ${verdict.why}`);
                return `HTTP ${response.status}, ${verdict.why}`;
            }
            return `HTTP ${response.status}`;
        },
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/smoke/checks/port.ts


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
        const socket = (0,external_node_net_.connect)({ host: target.host, port: target.port });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new NotYet(`connecting to ${target.host}:${target.port} took over ${timeoutMs} ms`));
        }, timeoutMs);
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.destroy();
            resolve();
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(new NotYet(`${target.host}:${target.port}: ${error.code ?? error.message}`));
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

;// CONCATENATED MODULE: ./src/smoke/installers.ts





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
function loggingRunner(logFile, run = exec/* runTool */.q) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(logFile), { recursive: true });
    return async (command, args, options = {}) => {
        (0,external_node_fs_.appendFileSync)(logFile, `$ ${[command, ...args].map(shellQuote).join(' ')}\n`);
        try {
            const result = await run(command, args, { ...options, allowFailure: true });
            (0,external_node_fs_.appendFileSync)(logFile, `${result.stdout}${result.stderr}${result.stdout + result.stderr === '' || (result.stdout + result.stderr).endsWith('\n') ? '' : '\n'}[exit ${result.exitCode}]\n\n`);
            if (result.exitCode !== 0 && !options.allowFailure) {
                const said = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-15).join('\n');
                throw new errors/* UserError */.yo(`${command} ${args.join(' ')} failed (exit ${result.exitCode})${said ? `:\n${said}` : '.'}\nFull log: ${logFile}`);
            }
            return result;
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo && /failed \(exit/.test(error.message)))
                (0,external_node_fs_.appendFileSync)(logFile, `${error.message}\n\n`);
            throw error;
        }
    };
}
/**
 * dpkg fails at once when another dpkg or apt holds its lock (unattended upgrades on a fresh runner do):
 * wait for it, with back-off, for about a minute.
 */
function waitingForDpkgLock(work, sleep) {
    return (0,retry/* withRetry */.b)(work, {
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
        throw new errors/* UserError */.yo(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
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
        throw new errors/* UserError */.yo(`A ${options.type} installer runs on Windows, or through wine elsewhere: wine is not on PATH.`);
    if (/\s/.test(exe))
        throw new errors/* UserError */.yo(`Under wine the installer path must not hold spaces: ${exe}`);
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
            const exe = options.platform !== 'win32' && /\s/.test(options.file) ? external_node_path_default().join(external_node_path_default().dirname(options.logFile), `nsis-setup-${process.pid}.exe`) : options.file;
            if (exe !== options.file)
                (0,external_node_fs_.copyFileSync)(options.file, exe);
            try {
                const [command, all] = nsisCommand(options, exe, args);
                await run(command, all, { timeoutMs });
            }
            finally {
                if (exe !== options.file)
                    (0,external_node_fs_.rmSync)(exe, { force: true });
            }
            const uninstaller = options.installDir ? findUninstaller(options.installDir) : undefined;
            if (options.installDir && !(0,external_node_fs_.existsSync)(options.installDir))
                throw new errors/* UserError */.yo(`The installer exited 0 but ${options.installDir} does not exist: it did not install there (does it honour /D=?).`);
            const files = options.installDir ? listFiles(options.installDir) : [];
            if (files.length)
                (0,external_node_fs_.appendFileSync)(options.logFile, `Installed files:\n${files.map((f) => `  ${f}`).join('\n')}\n\n`);
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
            const mount = external_node_path_default().join(external_node_path_default().dirname(options.logFile), 'dmg-mount');
            (0,external_node_fs_.mkdirSync)(mount, { recursive: true });
            await run('hdiutil', ['attach', '-nobrowse', '-readonly', '-noautoopen', '-mountpoint', mount, options.file], { timeoutMs });
            try {
                const apps = (0,external_node_fs_.readdirSync)(mount).filter((name) => name.endsWith('.app'));
                if (apps.length === 0)
                    throw new errors/* UserError */.yo(`${external_node_path_default().basename(options.file)} holds no .app bundle at its top level.`);
                (0,external_node_fs_.mkdirSync)(target, { recursive: true });
                for (const app of apps)
                    await run('cp', ['-R', external_node_path_default().join(mount, app), target], { timeoutMs });
                const installed = apps.map((app) => external_node_path_default().join(target, app));
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
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
            (0,external_node_fs_.chmodSync)(options.file, 0o755);
            // Extracting needs no FUSE (often missing on CI machines); the AppRun inside starts the app.
            await run(options.file, ['--appimage-extract'], { timeoutMs, cwd: target });
            return { detail: `extracted to ${external_node_path_default().join(target, 'squashfs-root')}`, logFiles, installDir: external_node_path_default().join(target, 'squashfs-root'), state: { installed: [external_node_path_default().join(target, 'squashfs-root')] } };
        }
        case 'tarball': {
            const target = requireDir(options);
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
            await run('tar', ['-xf', options.file, '-C', target], { timeoutMs });
            return { detail: `extracted ${listFiles(target).length} files to ${target}`, logFiles, installDir: target, state: { installed: [target] } };
        }
    }
}
function requireDir(options) {
    if (!options.installDir)
        throw new errors/* UserError */.yo(`A ${options.type} is extracted: give install-dir.`);
    return options.installDir;
}
function listFiles(dir, base = dir) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
    return entries.flatMap((name) => {
        const full = external_node_path_default().join(dir, name);
        return (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isDirectory() ? listFiles(full, base) : [external_node_path_default().relative(base, full)];
    });
}
/** NSIS writes its uninstaller where the script says; by convention uninstall.exe or Uninstall <App>.exe. */
function findUninstaller(installDir) {
    try {
        const name = (0,external_node_fs_.readdirSync)(installDir).find((entry) => /^un(install|inst).*\.exe$/i.test(entry));
        return name ? external_node_path_default().join(installDir, name) : undefined;
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
                throw new errors/* UserError */.yo(`dpkg -r ${packageName} exited 0 but dpkg still reports it: ${status.stdout.trim()}`);
            }
            const left = (installed.state.installed ?? []).filter((file) => {
                const info = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
                return info !== undefined && !info.isDirectory() && !file.startsWith('/etc/');
            });
            if (left.length)
                throw new errors/* UserError */.yo(`dpkg -r ${packageName} left files behind: ${left.slice(0, 10).join(', ')}`);
            return `package ${packageName} removed (${status.stdout.trim() || 'unknown to dpkg'})`;
        }
        case 'rpm': {
            const [command, args] = sudo(options.isRoot, 'rpm', ['-e', packageName]);
            await run(command, args, { timeoutMs });
            const query = await run('rpm', ['-q', packageName], { timeoutMs, allowFailure: true });
            if (query.exitCode === 0)
                throw new errors/* UserError */.yo(`rpm -e ${packageName} exited 0 but rpm -q still finds it: ${query.stdout.trim()}`);
            return `package ${packageName} removed`;
        }
        case 'msi': {
            const msiLog = msiLogFile(options.logFile, 'uninstall');
            const [command, args] = windowsTool(options, 'msiexec', ['/x', hostPath(options, options.file), '/qn', '/norestart', '/l*v', hostPath(options, msiLog)]);
            await run(command, args, { timeoutMs });
            installed.logFiles.push(msiLog);
            if (options.installDir && listFiles(options.installDir).length)
                throw new errors/* UserError */.yo(`msiexec /x exited 0 but files remain in ${options.installDir}.`);
            return 'msiexec /x succeeded';
        }
        case 'nsis': {
            if (!uninstaller)
                throw new errors/* UserError */.yo(`No uninstaller (uninstall*.exe) was found in ${options.installDir ?? 'the install folder'}.`);
            const dir = external_node_path_default().dirname(uninstaller);
            // Run from a copy, with `_?=` naming the install folder: the uninstaller then neither copies itself
            // to %TEMP% and returns before it is done, nor holds its own file open while deleting it.
            const copy = external_node_path_default().join(external_node_path_default().dirname(options.logFile), `nsis-uninstall-${process.pid}.exe`);
            (0,external_node_fs_.copyFileSync)(uninstaller, copy);
            try {
                const [command, all] = nsisCommand(options, copy, `/S _?=${hostPath(options, dir)}`);
                await run(command, all, { timeoutMs });
            }
            finally {
                (0,external_node_fs_.rmSync)(copy, { force: true });
            }
            const left = listFiles(dir);
            if (left.length)
                throw new errors/* UserError */.yo(`The uninstaller exited 0 but left ${left.length} files in ${dir}: ${left.slice(0, 10).join(', ')}`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            return `uninstaller removed every installed file from ${dir}`;
        }
        case 'dmg':
        case 'appimage':
        case 'tarball': {
            for (const target of installed.state.installed ?? []) {
                await run('rm', ['-rf', target], { timeoutMs });
                if ((0,external_node_fs_.existsSync)(target))
                    throw new errors/* UserError */.yo(`${target} is still there after removal.`);
            }
            return `removed ${(installed.state.installed ?? []).join(', ')}`;
        }
        case 'pkg':
            throw new errors/* UserError */.yo('A .pkg has no uninstaller.');
        case 'squirrel':
            throw new errors/* UserError */.yo('A Squirrel installer is removed through its app\'s Update.exe --uninstall, which this action does not know.');
    }
}

;// CONCATENATED MODULE: ./src/actions/smoke-test/input-helper.ts







/** The check inputs, in the order the checks run. */
const CHECK_INPUTS = ['wait-for-port', 'health-url', 'expect-output', 'wait-for-window', 'screenshot', 'stay-alive', 'expect-exit-code'];
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function regexField(source, name, raw) {
    try {
        return new RegExp(raw, 'm');
    }
    catch (error) {
        throw new errors/* InputError */.dz(source.describe(name), raw, `it must be a valid JavaScript regular expression (${error.message})`);
    }
}
function parseEnv(source) {
    const env = {};
    for (const line of (0,inputs/* splitLines */.uz)(source.read('env'))) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            throw new errors/* InputError */.dz(source.describe('env'), line, 'each line must be NAME=value (NAME: letters, digits and _, not starting with a digit)');
        env[match[1]] = match[2];
    }
    return env;
}
function parseTimeouts(source, fallbackMs) {
    const names = [...CHECK_INPUTS, 'install'];
    const timeouts = Object.fromEntries(names.map((name) => [name, fallbackMs]));
    if (!source.read('install-timeout'))
        timeouts.install = Math.max(fallbackMs, 300_000);
    else
        timeouts.install = (0,inputs/* integerField */.nm)(source, 'install-timeout', { min: 1, max: 7200 }) * 1000;
    for (const line of (0,inputs/* splitLines */.uz)(source.read('timeouts'))) {
        const match = /^([a-z-]+)\s*[=:]\s*(\d+)$/.exec(line);
        const timed = CHECK_INPUTS.filter((name) => name !== 'stay-alive');
        if (!match || !timed.includes(match[1]) || Number(match[2]) < 1 || Number(match[2]) > 3600) {
            throw new errors/* InputError */.dz(source.describe('timeouts'), line, `each line must be <check>=<seconds> (1 to 3600), the check one of: ${timed.join(', ')} (stay-alive waits the seconds it is given)`);
        }
        timeouts[match[1]] = Number(match[2]) * 1000;
    }
    return timeouts;
}
/** Reads and checks every input once; any problem is one InputError naming the input, the value and what is allowed. */
function getSmokeTestSettings(source, workspace, runnerTemp) {
    const run = (0,inputs/* stringField */.OM)(source, 'run', { required: true });
    const workingDirectory = external_node_path_default().resolve(workspace, (0,inputs/* stringField */.OM)(source, 'working-directory', { default: '.' }));
    if (!(0,external_node_fs_.statSync)(workingDirectory, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors/* InputError */.dz(source.describe('working-directory'), source.read('working-directory'), 'it must name an existing folder (relative to the workspace)');
    }
    const env = parseEnv(source);
    const version = (0,inputs/* stringField */.OM)(source, 'version') || undefined;
    const timeoutMs = (0,inputs/* integerField */.nm)(source, 'timeout', { min: 1, max: 3600 }, { default: 60 }) * 1000;
    const settings = {
        run,
        workingDirectory,
        env,
        ...(version ? { version } : {}),
        timeouts: parseTimeouts(source, timeoutMs),
        killGraceMs: (0,inputs/* integerField */.nm)(source, 'kill-grace', { min: 0, max: 300 }, { default: 5 }) * 1000,
        uploadScreenshot: (0,inputs/* booleanField */.hQ)(source, 'upload-screenshot', true),
    };
    const installInput = (0,inputs/* stringField */.OM)(source, 'install');
    const uninstall = (0,inputs/* booleanField */.hQ)(source, 'uninstall', false);
    const typeInput = (0,inputs/* choiceField */.cM)(source, 'install-type', ['auto', ...INSTALLER_TYPES], { default: 'auto' });
    const installDirInput = (0,inputs/* stringField */.OM)(source, 'install-dir');
    if (installInput) {
        const file = external_node_path_default().resolve(workspace, installInput);
        if (!(0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile())
            throw new errors/* InputError */.dz(source.describe('install'), installInput, 'it must name an existing installer file (relative to the workspace)');
        const type = typeInput === 'auto' ? installerTypeOf(file) : typeInput;
        if (!type) {
            throw new errors/* InputError */.dz(source.describe('install-type'), typeInput, `the type of ${external_node_path_default().basename(file)} cannot be told from its extension (.msi, .exe, .dmg, .pkg, .deb, .rpm, .AppImage, .tar.gz/.tgz/.tar.xz/.tar.bz2/.tar.zst); set install-type to one of: ${INSTALLER_TYPES.join(', ')}`);
        }
        const installDir = installDirInput ? external_node_path_default().resolve(workspace, installDirInput) : type === 'appimage' || type === 'tarball' ? external_node_path_default().join(runnerTemp, 'install') : undefined;
        if (uninstall && !UNINSTALLABLE.includes(type))
            throw new errors/* InputError */.dz(source.describe('uninstall'), 'true', `a ${type} has no uninstaller; set it to false`);
        if (uninstall && type === 'nsis' && !installDir)
            throw new errors/* InputError */.dz(source.describe('install-dir'), '', 'uninstalling an NSIS installer needs the folder it installs to (passed as /D=)');
        settings.install = { file, type, ...(installDir ? { installDir } : {}), uninstall };
    }
    else {
        if (uninstall)
            throw new errors/* InputError */.dz(source.describe('uninstall'), 'true', 'there is nothing to uninstall without install');
        if (typeInput !== 'auto')
            throw new errors/* InputError */.dz(source.describe('install-type'), typeInput, 'it is used only with install');
    }
    const port = (0,inputs/* stringField */.OM)(source, 'wait-for-port');
    if (port) {
        const target = parsePortTarget(port);
        if (!target)
            throw new errors/* InputError */.dz(source.describe('wait-for-port'), port, 'it must be a port from 1 to 65535, optionally as host:port');
        settings.waitForPort = target;
    }
    const url = (0,inputs/* stringField */.OM)(source, 'health-url');
    const status = (0,inputs/* stringField */.OM)(source, 'expect-status');
    const body = (0,inputs/* stringField */.OM)(source, 'expect-body');
    if (url) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
            throw new errors/* InputError */.dz(source.describe('health-url'), url, 'it must be an http:// or https:// URL');
        if (parsed.port && (Number(parsed.port) < 1 || Number(parsed.port) > 65535))
            throw new errors/* InputError */.dz(source.describe('health-url'), url, 'its port must be from 1 to 65535');
        const expectStatus = (0,inputs/* integerField */.nm)(source, 'expect-status', { min: 100, max: 599 }, { default: 200 });
        let expectBody;
        if (body) {
            try {
                expectBody = parseBodyExpectation(substitute(source, 'expect-body', body, version, body.startsWith('json:') ? 'text' : 'regex'));
            }
            catch (error) {
                throw new errors/* InputError */.dz(source.describe('expect-body'), body, error.message);
            }
        }
        settings.healthUrl = { url, expectStatus, ...(expectBody ? { expectBody } : {}) };
    }
    else {
        if (status)
            throw new errors/* InputError */.dz(source.describe('expect-status'), status, 'it is used only with health-url');
        if (body)
            throw new errors/* InputError */.dz(source.describe('expect-body'), body, 'it is used only with health-url');
    }
    const output = (0,inputs/* stringField */.OM)(source, 'expect-output');
    if (output) {
        const text = substitute(source, 'expect-output', output, version, 'regex');
        settings.expectOutput = { pattern: regexField(source, 'expect-output', text), source: text };
    }
    const window = (0,inputs/* stringField */.OM)(source, 'wait-for-window');
    if (window)
        settings.waitForWindow = { pattern: regexField(source, 'wait-for-window', window), source: window };
    const screenshot = (0,inputs/* stringField */.OM)(source, 'screenshot');
    if (screenshot && !['false', 'False', 'FALSE'].includes(screenshot)) {
        settings.screenshot = ['true', 'True', 'TRUE'].includes(screenshot) ? 'default' : external_node_path_default().resolve(workspace, screenshot);
        if (settings.screenshot !== 'default' && !/\.png$/i.test(settings.screenshot))
            throw new errors/* InputError */.dz(source.describe('screenshot'), screenshot, 'it must be true or a path ending in .png');
    }
    const stayAlive = source.read('stay-alive');
    if (stayAlive)
        settings.stayAliveSeconds = (0,inputs/* integerField */.nm)(source, 'stay-alive', { min: 1, max: 3600 });
    const exitCode = source.read('expect-exit-code');
    if (exitCode)
        settings.expectExitCode = (0,inputs/* integerField */.nm)(source, 'expect-exit-code', { min: 0, max: 255 });
    if (settings.stayAliveSeconds !== undefined && settings.expectExitCode !== undefined) {
        throw new errors/* InputError */.dz(source.describe('stay-alive'), stayAlive, 'it cannot be combined with expect-exit-code (one expects the app to keep running, the other to exit)');
    }
    const given = CHECK_INPUTS.filter((name) => source.read(name) !== '' && !(name === 'screenshot' && !settings.screenshot));
    if (given.length === 0) {
        throw new errors/* InputError */.dz('The check inputs', '', `at least one check must be given: ${CHECK_INPUTS.join(', ')}`);
    }
    return settings;
}
/**
 * `{version}` → the version input without a leading `v` (a tag `v1.2.3` stands for `1.2.3`); an error when
 * the placeholder is used without one. In a regex the version is escaped and the `v` optional, so it
 * matches an app printing either `1.2.3` or `v1.2.3`.
 */
function substitute(source, name, text, version, kind) {
    if (!text.includes('{version}'))
        return text;
    if (!version)
        throw new errors/* InputError */.dz(source.describe(name), text, 'it uses {version}, so the version input must be set');
    const bare = version.replace(/^v(?=\d)/, '');
    return text.split('{version}').join(kind === 'regex' ? `v?${escapeRegExp(bare)}` : bare);
}

;// CONCATENATED MODULE: ./src/smoke/checks/process.ts


/** Passes when the app exits with this code (a CLI's `--version`, say) before the timeout. */
function exitCodeCheck(expected, timeoutMs) {
    return {
        name: 'expect-exit-code',
        describe: `exits with code ${expected}`,
        timeoutMs,
        needsRunningApp: false,
        async attempt(context) {
            const exit = await context.app.exited;
            if (exit.code === expected)
                return `exited with code ${expected} after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`;
            throw new Error(`the app ${describeExit(exit)}, expected code ${expected}`);
        },
    };
}
/** Passes once stdout or stderr holds a match; fails at once when the app exited without printing one. */
function outputCheck(pattern, source, timeoutMs) {
    return {
        name: 'expect-output',
        describe: `output matches /${source}/`,
        timeoutMs,
        needsRunningApp: false,
        async attempt(context) {
            const exitedBefore = !context.app.running;
            if (exitedBefore)
                await context.app.settled();
            const match = pattern.exec(context.app.output());
            if (match)
                return `matched ${JSON.stringify(match[0].length > 120 ? `${match[0].slice(0, 120)}…` : match[0])}`;
            if (exitedBefore)
                throw new Error(`the app ${describeExit(context.app.exitInfo)} without printing a match for /${source}/`);
            throw new NotYet(`no match yet in ${context.app.output().length} characters of output`);
        },
    };
}
/** Passes when the app is still running `seconds` after it started: catches a crash on start. */
function stayAliveCheck(seconds) {
    const ms = seconds * 1000;
    return {
        name: 'stay-alive',
        describe: `still running after ${seconds} s`,
        // The wait itself, plus room for the last look.
        timeoutMs: ms + 5000,
        needsRunningApp: true,
        async attempt(context) {
            const left = context.app.startedAt + ms - Date.now();
            if (left > 0) {
                await Promise.race([context.app.exited, new Promise((resolve) => setTimeout(resolve, left))]);
            }
            if (!context.app.running)
                throw new Error(`the app ${describeExit(context.app.exitInfo)} after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`);
            return `running after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`;
        },
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/smoke/png.ts

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function chunk(type, data) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE((0,external_node_zlib_.crc32)(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
}
/** 8-bit RGB PNG, no filtering (the deflate does the work). */
function encodePng(image) {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(image.width, 0);
    ihdr.writeUInt32BE(image.height, 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    const stride = image.width * 3;
    const raw = Buffer.alloc((stride + 1) * image.height);
    for (let y = 0; y < image.height; y++)
        image.pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
    return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', (0,external_node_zlib_.deflateSync)(raw, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };
function paeth(a, b, c) {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
/**
 * Decodes the PNGs screenshot tools write (8-bit grey, grey+alpha, RGB, RGBA; not interlaced) into RGB;
 * throws on anything else, which the caller reports.
 */
function decodePng(file) {
    if (!file.subarray(0, 8).equals(SIGNATURE))
        throw new Error('not a PNG file');
    let offset = 8;
    let width = 0;
    let height = 0;
    let colourType = -1;
    const idat = [];
    while (offset + 8 <= file.length) {
        const length = file.readUInt32BE(offset);
        const type = file.toString('ascii', offset + 4, offset + 8);
        const data = file.subarray(offset + 8, offset + 8 + length);
        if (type === 'IHDR') {
            width = data.readUInt32BE(0);
            height = data.readUInt32BE(4);
            const depth = data[8];
            colourType = data[9];
            if (depth !== 8 || CHANNELS[colourType] === undefined || data[12] !== 0)
                throw new Error(`unsupported PNG (bit depth ${depth}, colour type ${colourType}, interlace ${data[12]})`);
        }
        else if (type === 'IDAT')
            idat.push(data);
        else if (type === 'IEND')
            break;
        offset += 12 + length;
    }
    const channels = CHANNELS[colourType];
    if (!channels || width === 0 || height === 0)
        throw new Error('PNG without an image header');
    const raw = (0,external_node_zlib_.inflateSync)(Buffer.concat(idat));
    const stride = width * channels;
    const pixels = Buffer.alloc(width * height * 3);
    let previous = Buffer.alloc(stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
        for (let x = 0; x < stride; x++) {
            const a = x >= channels ? line[x - channels] : 0;
            const b = previous[x];
            const c = x >= channels ? previous[x - channels] : 0;
            const add = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : -1;
            if (add < 0)
                throw new Error(`bad PNG filter ${filter}`);
            line[x] = (line[x] + add) & 0xff;
        }
        for (let x = 0; x < width; x++) {
            const at = x * channels;
            const out = (y * width + x) * 3;
            if (channels <= 2)
                pixels.fill(line[at], out, out + 3);
            else
                line.copy(pixels, out, at, at + 3);
        }
        previous = line;
    }
    return { width, height, pixels };
}
/** Distinct colours, counted up to `cap`: 1 means a blank (single-colour) image. */
function countColours(image, cap = 4096) {
    const seen = new Set();
    const { pixels } = image;
    for (let i = 0; i + 2 < pixels.length && seen.size < cap; i += 3)
        seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return seen.size;
}

;// CONCATENATED MODULE: ./src/smoke/x11.ts



function parseDisplay(display) {
    const match = /^(?:unix)?([^:]*):(\d+)(?:\.\d+)?$/.exec(display.trim());
    if (!match)
        throw new Error(`DISPLAY ${JSON.stringify(display)} is not host:number[.screen]`);
    const number = Number(match[2]);
    const host = match[1] ?? '';
    return host === '' || host === 'unix' ? { number, socket: `/tmp/.X11-unix/X${number}` } : { number, host };
}
/** The cookie for a display from an Xauthority file (family, address, display number, name, data records). */
function findCookie(authority, displayNumber, host = (0,external_node_os_.hostname)()) {
    let offset = 0;
    const field = () => {
        const length = authority.readUInt16BE(offset);
        const value = authority.subarray(offset + 2, offset + 2 + length);
        offset += 2 + length;
        return value;
    };
    try {
        while (offset < authority.length) {
            const family = authority.readUInt16BE(offset);
            offset += 2;
            const address = field().toString('latin1');
            const number = field().toString('latin1');
            const name = field().toString('latin1');
            const data = field();
            const local = family === 256 && address === host;
            if ((local || family === 65535) && (number === '' || Number(number) === displayNumber) && name === 'MIT-MAGIC-COOKIE-1')
                return { name, data };
        }
    }
    catch {
        // truncated file: no cookie
    }
    return undefined;
}
const pad = (n) => (4 - (n % 4)) % 4;
class Reader {
    buffered = Buffer.alloc(0);
    waiting;
    failure;
    constructor(socket) {
        socket.on('data', (chunk) => {
            this.buffered = Buffer.concat([this.buffered, chunk]);
            this.pump();
        });
        const fail = (error) => {
            this.failure = error;
            this.waiting?.reject(error);
            this.waiting = undefined;
        };
        socket.on('error', fail);
        socket.on('close', () => fail(new Error('the X server closed the connection')));
    }
    pump() {
        if (this.waiting && this.buffered.length >= this.waiting.bytes) {
            const { bytes, resolve } = this.waiting;
            this.waiting = undefined;
            const out = this.buffered.subarray(0, bytes);
            this.buffered = this.buffered.subarray(bytes);
            resolve(out);
        }
    }
    read(bytes) {
        if (this.failure && this.buffered.length < bytes)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting = { bytes, resolve, reject };
            this.pump();
        });
    }
}
/** Captures the whole root window of the first screen as RGB. */
async function captureRootWindow(display, options = {}) {
    const address = parseDisplay(display);
    const socket = address.socket ? (0,external_node_net_.createConnection)(address.socket) : (0,external_node_net_.createConnection)({ host: address.host, port: 6000 + address.number });
    const timer = setTimeout(() => socket.destroy(new Error(`no answer from the X server ${display}`)), options.timeoutMs ?? 15_000);
    try {
        await new Promise((resolve, reject) => {
            socket.once('connect', resolve);
            socket.once('error', reject);
        });
        const reader = new Reader(socket);
        let cookie;
        try {
            cookie = findCookie((0,external_node_fs_.readFileSync)(process.env.XAUTHORITY || `${(0,external_node_os_.homedir)()}/.Xauthority`), address.number);
        }
        catch {
            cookie = undefined;
        }
        const authName = Buffer.from(cookie?.name ?? '', 'latin1');
        const authData = cookie?.data ?? Buffer.alloc(0);
        const setup = Buffer.alloc(12);
        setup.write('l', 0, 'latin1'); // little-endian requests and replies
        setup.writeUInt16LE(11, 2);
        setup.writeUInt16LE(0, 4);
        setup.writeUInt16LE(authName.length, 6);
        setup.writeUInt16LE(authData.length, 8);
        socket.write(Buffer.concat([setup, authName, Buffer.alloc(pad(authName.length)), authData, Buffer.alloc(pad(authData.length))]));
        const head = await reader.read(8);
        const rest = await reader.read(head.readUInt16LE(6) * 4);
        if (head[0] !== 1) {
            const reason = head[0] === 0 ? rest.subarray(0, head[1]).toString('latin1') : 'more authentication required';
            throw new Error(`the X server ${display} refused the connection: ${reason.trim()}`);
        }
        // `rest` starts at byte 8 of the setup reply.
        const vendorLength = rest.readUInt16LE(16);
        const formatCount = rest[21];
        const imageByteOrder = rest[22];
        let at = 32 + vendorLength + pad(vendorLength);
        const bitsPerPixel = new Map();
        for (let i = 0; i < formatCount; i++, at += 8)
            bitsPerPixel.set(rest[at], rest[at + 1]);
        const root = rest.readUInt32LE(at);
        const width = rest.readUInt16LE(at + 20);
        const height = rest.readUInt16LE(at + 22);
        const rootVisual = rest.readUInt32LE(at + 32);
        const depthCount = rest[at + 39];
        let masks = { red: 0xff0000, green: 0xff00, blue: 0xff };
        at += 40;
        for (let d = 0; d < depthCount; d++) {
            const visuals = rest.readUInt16LE(at + 2);
            at += 8;
            for (let v = 0; v < visuals; v++, at += 24) {
                if (rest.readUInt32LE(at) === rootVisual)
                    masks = { red: rest.readUInt32LE(at + 8), green: rest.readUInt32LE(at + 12), blue: rest.readUInt32LE(at + 16) };
            }
        }
        const request = Buffer.alloc(20);
        request[0] = 73; // GetImage
        request[1] = 2; // ZPixmap
        request.writeUInt16LE(5, 2);
        request.writeUInt32LE(root, 4);
        request.writeInt16LE(0, 8);
        request.writeInt16LE(0, 10);
        request.writeUInt16LE(width, 12);
        request.writeUInt16LE(height, 14);
        request.writeUInt32LE(0xffffffff, 16);
        socket.write(request);
        const reply = await reader.read(32);
        if (reply[0] === 0)
            throw new Error(`the X server ${display} refused GetImage (error code ${reply[1]})`);
        const depth = reply[1];
        const data = await reader.read(reply.readUInt32LE(4) * 4);
        const bpp = bitsPerPixel.get(depth);
        if (bpp !== 32 && bpp !== 24)
            throw new Error(`the display ${display} has ${depth}-bit colour at ${bpp} bits a pixel; only true colour (24/32 bits a pixel) can be captured`);
        const bytesPerPixel = bpp / 8;
        const stride = Math.ceil((width * bpp) / 32) * 4;
        const pixels = Buffer.alloc(width * height * 3);
        const shift = (mask) => (mask === 0 ? 0 : 31 - Math.clz32(mask & -mask));
        const [rs, gs, bs] = [shift(masks.red), shift(masks.green), shift(masks.blue)];
        for (let y = 0; y < height; y++) {
            for (let x = 0; x < width; x++) {
                const p = y * stride + x * bytesPerPixel;
                const value = bytesPerPixel === 4
                    ? imageByteOrder === 0
                        ? data.readUInt32LE(p)
                        : data.readUInt32BE(p)
                    : imageByteOrder === 0
                        ? data[p] | (data[p + 1] << 8) | (data[p + 2] << 16)
                        : (data[p] << 16) | (data[p + 1] << 8) | data[p + 2];
                const o = (y * width + x) * 3;
                pixels[o] = ((value & masks.red) >>> rs) & 0xff;
                pixels[o + 1] = ((value & masks.green) >>> gs) & 0xff;
                pixels[o + 2] = ((value & masks.blue) >>> bs) & 0xff;
            }
        }
        return { width, height, pixels };
    }
    finally {
        clearTimeout(timer);
        socket.destroy();
    }
}

;// CONCATENATED MODULE: ./src/smoke/checks/window.ts






/** How to list the titles of visible top-level windows on each platform. */
function windowListCommand(platform) {
    if (platform === 'win32') {
        return {
            command: 'powershell.exe',
            args: ['-NoProfile', '-NonInteractive', '-Command', 'Get-Process | Where-Object { $_.MainWindowTitle } | ForEach-Object { $_.MainWindowTitle }'],
        };
    }
    if (platform === 'darwin') {
        return { command: 'osascript', args: ['-l', 'JavaScript', '-e', "JSON.stringify(Application('System Events').processes.windows.name())"] };
    }
    // Every visible window with a non-empty name, and that name, in one call.
    return { command: 'xdotool', args: ['search', '--onlyvisible', '--name', '.', 'getwindowname', '%@'] };
}
/** The titles a window-list command printed. */
function parseWindowList(platform, stdout) {
    if (platform === 'darwin') {
        const flatten = (value) => (Array.isArray(value) ? value.flatMap(flatten) : typeof value === 'string' ? [value] : []);
        try {
            return flatten(JSON.parse(stdout));
        }
        catch {
            return [];
        }
    }
    return stdout
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
async function listWindows(platform, display, timeoutMs) {
    const { command, args } = windowListCommand(platform);
    const result = await (0,exec/* runTool */.q)(command, args, { allowFailure: true, timeoutMs, ...(display ? { env: { DISPLAY: display } } : {}) });
    // xdotool exits 1 when no window matches; anything printed on stderr then is the real failure.
    if (result.exitCode !== 0 && (result.stdout.trim() !== '' || result.stderr.trim() !== '')) {
        throw new NotYet(`${command} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return parseWindowList(platform, result.stdout);
}
/** Passes once a visible window's title matches. */
function windowCheck(pattern, source, timeoutMs, platform = process.platform) {
    return {
        name: 'wait-for-window',
        describe: `a window titled /${source}/`,
        timeoutMs,
        needsRunningApp: true,
        async attempt(context) {
            const titles = await listWindows(platform, context.display, Math.max(1000, Math.min(10_000, context.remainingMs())));
            const match = titles.find((title) => pattern.test(title));
            if (match === undefined)
                throw new NotYet(titles.length ? `windows: ${titles.slice(0, 10).map((t) => JSON.stringify(t)).join(', ')}` : 'no visible window');
            return `window ${JSON.stringify(match)}`;
        },
    };
}
/** The command that saves a PNG of the screen on macOS and Windows (Linux reads the X server directly). */
function screenshotCommand(platform, file) {
    if (platform === 'darwin')
        return { command: 'screencapture', args: ['-x', '-t', 'png', file] };
    if (platform === 'win32') {
        const quoted = `'${file.replace(/'/g, "''")}'`;
        const script = [
            'Add-Type -AssemblyName System.Windows.Forms, System.Drawing',
            '$b = [System.Windows.Forms.SystemInformation]::VirtualScreen',
            '$bmp = New-Object System.Drawing.Bitmap $b.Width, $b.Height',
            '$g = [System.Drawing.Graphics]::FromImage($bmp)',
            '$g.CopyFromScreen($b.Left, $b.Top, 0, 0, $bmp.Size)',
            `$bmp.Save(${quoted}, [System.Drawing.Imaging.ImageFormat]::Png)`,
        ].join('; ');
        return { command: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', script] };
    }
    return undefined;
}
/** Why an image is blank, or undefined when it shows something (more than one colour). */
function blankness(image) {
    const colours = countColours(image);
    return { colours, blank: colours < 2 };
}
/** Saves a PNG of the whole screen and passes when it is not a single colour (a blank or black screen). */
function screenshotCheck(file, timeoutMs, platform = process.platform) {
    return {
        name: 'screenshot',
        describe: 'screenshot shows more than one colour',
        timeoutMs,
        needsRunningApp: true,
        async attempt(context) {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            let image;
            const command = screenshotCommand(platform, file);
            if (command) {
                await (0,exec/* runTool */.q)(command.command, command.args, { timeoutMs: Math.max(1000, context.remainingMs()) });
                image = decodePng((0,external_node_fs_.readFileSync)(file));
            }
            else {
                const display = context.display ?? process.env.DISPLAY;
                if (!display)
                    throw new Error('no X display to capture (DISPLAY is not set)');
                image = await captureRootWindow(display, { timeoutMs: Math.max(1000, context.remainingMs()) });
                (0,external_node_fs_.writeFileSync)(file, encodePng(image));
            }
            const { colours, blank } = blankness(image);
            // A window may still be painting: a blank screen is retried until the timeout.
            if (blank)
                throw new NotYet(`the ${image.width}×${image.height} screenshot is a single colour`);
            return { detail: `${image.width}×${image.height}, ${colours >= 4096 ? '4096+' : colours} colours`, file };
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/smoke-test/smoke-run.ts





/** The checks asked for, in the order they run: reachability first, the exit code last. */
function buildChecks(settings, workDir) {
    const t = settings.timeouts;
    const checks = [];
    if (settings.waitForPort)
        checks.push(portCheck(settings.waitForPort, t['wait-for-port']));
    if (settings.healthUrl)
        checks.push(healthCheck({ ...settings.healthUrl, timeoutMs: t['health-url'] }));
    if (settings.expectOutput)
        checks.push(outputCheck(settings.expectOutput.pattern, settings.expectOutput.source, t['expect-output']));
    if (settings.waitForWindow)
        checks.push(windowCheck(settings.waitForWindow.pattern, settings.waitForWindow.source, t['wait-for-window']));
    if (settings.screenshot)
        checks.push(screenshotCheck(settings.screenshot === 'default' ? external_node_path_default().join(workDir, 'screenshot.png') : settings.screenshot, t.screenshot));
    if (settings.stayAliveSeconds !== undefined)
        checks.push(stayAliveCheck(settings.stayAliveSeconds));
    if (settings.expectExitCode !== undefined)
        checks.push(exitCodeCheck(settings.expectExitCode, t['expect-exit-code']));
    return checks;
}
/** The checked inputs as one smoke run: what the action and `release-kit smoke` both hand to runSmokeTest. */
function smokeRunOf(settings, workDir) {
    return {
        run: settings.run,
        cwd: settings.workingDirectory,
        env: settings.env,
        ...(settings.install
            ? {
                install: {
                    type: settings.install.type,
                    file: settings.install.file,
                    ...(settings.install.installDir ? { installDir: settings.install.installDir } : {}),
                    uninstall: settings.install.uninstall,
                    timeoutMs: settings.timeouts.install,
                },
            }
            : {}),
        checks: buildChecks(settings, workDir),
        needsDisplay: settings.waitForWindow !== undefined || settings.screenshot !== undefined,
        workDir,
        killGraceMs: settings.killGraceMs,
    };
}
/** Why a smoke run failed, in one message: the failed checks, the ones not run, the app's last lines. */
function smokeFailure(report) {
    const failed = report.checks.filter((c) => c.status === 'failed');
    const skipped = report.checks.filter((c) => c.status === 'skipped');
    const lines = report.lastLines.length
        ? `\n\nLast ${report.lastLines.length} lines of the app's output:\n${report.lastLines.join('\n')}`
        : report.checks.some((c) => c.name === 'cleanup')
            ? '\n\nThe app printed nothing.'
            : '';
    return (`Smoke test failed: ${failed.map((c) => `${c.name}: ${c.detail}`).join('; ')}` +
        `${skipped.length ? ` (not run: ${skipped.map((c) => c.name).join(', ')})` : ''}.${lines}`);
}

;// CONCATENATED MODULE: ./src/smoke/xvfb.ts





const XVFB_SCREEN = '1280x800x24';
/** The Xvfb command line: `-displayfd` lets the server pick a free display number and say when it is ready; `-br` makes the empty screen one colour (black), so a blank screenshot is recognised. */
function xvfbArgs(displayFd = 3) {
    return ['-displayfd', String(displayFd), '-screen', '0', XVFB_SCREEN, '-nolisten', 'tcp', '-br'];
}
/**
 * Starts Xvfb on a free display and waits until it accepts clients: the server writes its display
 * number to the `-displayfd` pipe once it listens (it skips numbers whose /tmp/.X<N>-lock is taken),
 * and `xdpyinfo` then confirms a client can connect.
 */
async function startXvfb(logFile, options = {}) {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const log = (0,external_node_fs_.openSync)(logFile, 'a');
    let child;
    try {
        child = (0,external_node_child_process_.spawn)('Xvfb', xvfbArgs(3), {
            stdio: ['ignore', log, log, 'pipe'],
            detached: true,
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(log);
    }
    const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        const gone = new Promise((resolve) => child.once('exit', resolve));
        try {
            process.kill(-child.pid, 'SIGTERM');
        }
        catch {
            child.kill('SIGTERM');
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await gone;
        clearTimeout(timer);
    };
    const number = await new Promise((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new errors/* UserError */.yo(`Xvfb did not start within ${timeoutMs} ms; see ${logFile}.`)), timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(new errors/* UserError */.yo(error.code === 'ENOENT' ? 'Xvfb was not found: install it (Debian/Ubuntu: apt-get install xvfb) or set DISPLAY.' : `Cannot start Xvfb: ${error.message}`));
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new errors/* UserError */.yo(`Xvfb exited with code ${code} before it was ready; see ${logFile}.`));
        });
        const fd = child.stdio[3];
        fd?.on('data', (chunk) => {
            text += chunk.toString();
            const match = /^(\d+)\n/.exec(text);
            if (match) {
                clearTimeout(timer);
                resolve(Number(match[1]));
            }
        });
    }).catch(async (error) => {
        await stop();
        throw error;
    });
    const display = `:${number}`;
    try {
        await (0,retry/* withRetry */.b)(() => (0,exec/* runTool */.q)('xdpyinfo', ['-display', display], { timeoutMs: 5000 }), { attempts: 10, initialDelayMs: 100, maxDelayMs: 1000 });
    }
    catch (error) {
        // xdpyinfo missing is not a reason to fail: Xvfb already said it listens.
        if (!(error instanceof errors/* UserError */.yo && /not found on PATH/.test(error.message))) {
            await stop();
            throw new errors/* UserError */.yo(`Xvfb started on ${display} but does not accept clients: ${error.message}`);
        }
    }
    return { display, pid: child.pid, logFile, stop };
}

;// CONCATENATED MODULE: ./src/smoke/smoke.ts







const LAST_LINES = 50;
function step(name, describe, started, outcome) {
    return { name, describe, status: outcome.ok ? 'passed' : 'failed', passed: outcome.ok, attempts: 1, durationMs: Date.now() - started, detail: outcome.detail };
}
/**
 * Installs (optionally), starts the app, runs the checks in order (the first failure skips the rest),
 * then always ends the app's whole process tree, stops the display it started and uninstalls.
 */
async function runSmokeTest(settings, hooks = {}) {
    const platform = settings.platform ?? process.platform;
    const log = hooks.log ?? (() => undefined);
    (0,external_node_fs_.mkdirSync)(settings.workDir, { recursive: true });
    const results = [];
    const logFiles = [];
    const report = { passed: false, checks: results, logFiles, lastLines: [] };
    const skipAll = (reason) => {
        for (const check of settings.checks)
            results.push(skipped(check, reason));
    };
    let installed;
    let installOptions;
    if (settings.install) {
        const logFile = external_node_path_default().join(settings.workDir, 'install.log');
        installOptions = {
            type: settings.install.type,
            file: settings.install.file,
            ...(settings.install.installDir ? { installDir: settings.install.installDir } : {}),
            platform,
            isRoot: process.getuid?.() === 0,
            wine: platform === 'linux' && hasOnPath('wine'),
            logFile,
            timeoutMs: settings.install.timeoutMs,
        };
        report.installLog = logFile;
        logFiles.push(logFile);
        const started = Date.now();
        log(`Installing ${external_node_path_default().basename(settings.install.file)} (${settings.install.type})…`);
        try {
            installed = await install(installOptions, hooks.stepRunner?.(logFile) ?? loggingRunner(logFile));
            for (const file of installed.logFiles)
                if (!logFiles.includes(file))
                    logFiles.push(file);
            if (installed.installDir)
                report.installDir = installed.installDir;
            results.push(step('install', `install ${external_node_path_default().basename(settings.install.file)}`, started, { ok: true, detail: installed.detail }));
        }
        catch (error) {
            results.push(step('install', `install ${external_node_path_default().basename(settings.install.file)}`, started, { ok: false, detail: (0,errors/* errorMessage */.gJ)(error) }));
            skipAll('not run: the installation failed');
            return finish(report);
        }
    }
    let display;
    let displayName = process.env.DISPLAY || undefined;
    try {
        if (settings.needsDisplay && platform === 'linux' && !displayName) {
            const started = Date.now();
            const xvfbLog = external_node_path_default().join(settings.workDir, 'xvfb.log');
            logFiles.push(xvfbLog);
            try {
                display = await startXvfb(xvfbLog);
                hooks.onDisplay?.(display);
                displayName = display.display;
                report.display = displayName;
                log(`Started Xvfb on ${displayName} (${external_node_path_default().basename(xvfbLog)}).`);
            }
            catch (error) {
                results.push(step('display', 'start Xvfb', started, { ok: false, detail: (0,errors/* errorMessage */.gJ)(error) }));
                skipAll('not run: no display');
                return finish(report);
            }
        }
        const env = { ...settings.env, ...(displayName && platform === 'linux' ? { DISPLAY: displayName } : {}), ...(report.installDir ? { RELEASE_KIT_INSTALL_DIR: report.installDir } : {}) };
        const app = new RunningApp({ command: settings.run, cwd: settings.cwd, env, logDir: settings.workDir, platform });
        logFiles.push(app.stdoutPath, app.stderrPath);
        hooks.onLaunch?.(app);
        log(`Started ${JSON.stringify(settings.run)} (pid ${app.pid}).`);
        try {
            let failed = false;
            for (const check of settings.checks) {
                if (failed) {
                    results.push(skipped(check, 'not run: an earlier check failed'));
                    continue;
                }
                const result = await runCheck(check, { app, ...(displayName ? { display: displayName } : {}), log }, settings.timing);
                log(`${result.passed ? '✓' : '✗'} ${check.name}: ${result.detail} (${result.attempts} attempts, ${result.durationMs} ms)`);
                if (result.file)
                    report.screenshot = result.file;
                results.push(result);
                failed = !result.passed;
            }
        }
        finally {
            const started = Date.now();
            if (app.exitInfo)
                report.exit = app.exitInfo;
            const outcome = await app.stop({ graceMs: settings.killGraceMs });
            report.cleanup = outcome;
            report.lastLines = app.lastLines(LAST_LINES);
            const detail = outcome.survivors.length > 0
                ? `${outcome.survivors.length} processes survived SIGKILL: ${outcome.survivors.join(', ')}`
                : outcome.found.length === 0
                    ? 'no process of the app was left'
                    : `stopped ${outcome.found.length} processes${outcome.forced.length ? ` (${outcome.forced.length} needed SIGKILL)` : ''}`;
            results.push(step('cleanup', 'the whole process tree is gone', started, { ok: outcome.survivors.length === 0, detail }));
        }
    }
    finally {
        await display?.stop();
    }
    if (settings.install?.uninstall && installed && installOptions) {
        const started = Date.now();
        try {
            const detail = await uninstall(installOptions, installed, hooks.stepRunner?.(installOptions.logFile) ?? loggingRunner(installOptions.logFile));
            for (const file of installed.logFiles)
                if (!logFiles.includes(file))
                    logFiles.push(file);
            results.push(step('uninstall', 'uninstall and prove removal', started, { ok: true, detail }));
        }
        catch (error) {
            results.push(step('uninstall', 'uninstall and prove removal', started, { ok: false, detail: (0,errors/* errorMessage */.gJ)(error) }));
        }
    }
    return finish(report);
}
function finish(report) {
    // Skipped counts as not passed: a smoke test passes only when every step ran and passed.
    report.passed = report.checks.length > 0 && report.checks.every((check) => check.status === 'passed');
    return report;
}
/** Whether an executable of that name is on PATH. */
function hasOnPath(command) {
    return (process.env.PATH ?? '').split((external_node_path_default()).delimiter).some((dir) => {
        if (dir === '')
            return false;
        try {
            (0,external_node_fs_.accessSync)(external_node_path_default().join(dir, command), external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/smoke.ts








const STRING_OPTIONS = ['run', 'working-directory', 'version', 'install', 'install-type', 'install-dir', 'install-timeout', 'expect-exit-code', 'expect-output', 'wait-for-port', 'health-url', 'expect-status', 'expect-body', 'wait-for-window', 'screenshot', 'stay-alive', 'timeout', 'timeouts', 'kill-grace'];
const smokeCommand = {
    name: 'smoke',
    usage: `release-kit smoke --run CMD [checks]   the smoke-test action on this machine: start, probe, always clean up
  --run CMD                the command that starts the app, backend or CLI (/bin/sh -c)
  --expect-exit-code N     --expect-output REGEX ({version} is --version)
  --wait-for-port P        --health-url URL [--expect-status N] [--expect-body REGEX|json:a.b=value]
  --wait-for-window REGEX  --screenshot true|FILE  (Xvfb is started when there is no display)
  --stay-alive SECONDS     --install FILE [--install-type T] [--uninstall]
  --env NAME=value (repeatable), --working-directory DIR, --timeout SECONDS (60), --kill-grace SECONDS (5)`,
    options: {
        ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' }])),
        env: { type: 'string', multiple: true },
        uninstall: { type: 'boolean' },
    },
    async run(values) {
        const cwd = process.cwd();
        const env = values.env?.join('\n') ?? '';
        const workDir = external_node_path_default().join((0,external_node_os_.tmpdir)(), `release-kit-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        const settings = getSmokeTestSettings((0,command/* optionSource */.N)({ ...values, env, 'upload-screenshot': 'false' }), cwd, workDir);
        const report = await runSmokeTest(smokeRunOf(settings, workDir), { log: (message) => console.error(message) });
        for (const check of report.checks) {
            const mark = check.status === 'passed' ? '✅' : check.status === 'failed' ? '❌' : '⏭';
            console.log(`${mark} ${check.name.padEnd(18)} ${`${(check.durationMs / 1000).toFixed(1)} s`.padStart(7)}  ${check.attempts} attempt${check.attempts === 1 ? '' : 's'}  ${check.detail}`);
        }
        console.log(`logs: ${report.logFiles.join(', ')}${report.screenshot ? `; screenshot: ${report.screenshot}` : ''}`);
        if (!report.passed)
            throw new errors/* UserError */.yo(smokeFailure(report));
    },
};


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
/* harmony export */   cM: () => (/* binding */ choiceField),
/* harmony export */   hQ: () => (/* binding */ booleanField),
/* harmony export */   nm: () => (/* binding */ integerField),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony export field */
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
