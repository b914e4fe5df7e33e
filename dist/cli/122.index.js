export const id = 122;
export const ids = [122];
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

/***/ 5122:
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/actions/target-settings.ts
var target_settings = __webpack_require__(4966);
// EXTERNAL MODULE: ./src/smoke/settings.ts
var settings = __webpack_require__(5608);
;// CONCATENATED MODULE: ./src/actions/smoke-test/input-helper.ts






/** Plain inputs: one smoke test, every setting an input (no release-kit.yml). */
function getSmokeTestSettings(source, workspace, runnerTemp) {
    const version = (0,inputs/* stringField */.OM)(source, 'version') || undefined;
    return (0,settings/* resolveSmokeSettings */.zd)((0,settings/* readSmokeInputs */.Pe)(source), { workspace, runnerTemp, ...(version ? { version } : {}), describe: (key) => source.describe(key), raw: (key) => source.read(key) });
}
/**
 * With `target` (and `config`): the target's smoke checks from release-kit.yml, each resolved against
 * the leg's release files; without: the plain inputs. Either way through the same schema and reader.
 */
async function getSmokeRuns(source, workspace, runnerTemp) {
    const leg = await (0,target_settings/* readTargetInput */.Gw)(source, workspace);
    if (!leg)
        return [getSmokeTestSettings(source, workspace, runnerTemp(0))];
    const given = settings/* SMOKE_KEYS */.BL.filter((key) => source.read(key) !== '');
    if (given.length)
        throw new errors/* InputError */.dz(source.describe(given[0]), source.read(given[0]), `with target, the smoke settings come from the target's smoke: block in ${leg.configName}; set it there`);
    const { target, configName, legFolder } = leg;
    if (!target.smoke?.length)
        throw new errors/* InputError */.dz(source.describe('target'), target.id, `the target has no smoke: block in ${configName}`);
    const version = (0,inputs/* stringField */.OM)(source, 'version', { required: true });
    const runs = [];
    for (const [index, smoke] of target.smoke.entries()) {
        const at = target.smoke.length > 1 ? `smoke[${index}]` : 'smoke';
        const scratch = external_node_path_default().join(workspace, '.release-kit', 'smoke', target.id, String(index));
        await (0,promises_.mkdir)(scratch, { recursive: true });
        runs.push((0,settings/* resolveSmokeSettings */.zd)(smoke, {
            workspace,
            runnerTemp: runnerTemp(index),
            version,
            artifactsDir: legFolder,
            defaultWorkingDirectory: scratch,
            extraEnv: { RELEASE_KIT_ARTIFACTS: legFolder, RELEASE_KIT_VERSION: version },
            describe: (key) => `${configName}: target ${target.id}, ${at}.${key}`,
        }));
    }
    return runs;
}

// EXTERNAL MODULE: ./src/smoke/checks/health.ts
var health = __webpack_require__(1389);
// EXTERNAL MODULE: ./src/smoke/checks/port.ts
var port = __webpack_require__(3840);
// EXTERNAL MODULE: ./src/smoke/app.ts + 2 modules
var smoke_app = __webpack_require__(2525);
// EXTERNAL MODULE: ./src/smoke/check.ts
var smoke_check = __webpack_require__(3829);
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
            throw new Error(`the app ${(0,smoke_app/* describeExit */.KE)(exit)}, expected code ${expected}`);
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
                throw new Error(`the app ${(0,smoke_app/* describeExit */.KE)(context.app.exitInfo)} without printing a match for /${source}/`);
            throw new smoke_check/* NotYet */.QH(`no match yet in ${context.app.output().length} characters of output`);
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
                throw new Error(`the app ${(0,smoke_app/* describeExit */.KE)(context.app.exitInfo)} after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`);
            return `running after ${((Date.now() - context.app.startedAt) / 1000).toFixed(1)} s`;
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
        throw new smoke_check/* NotYet */.QH(`${command} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
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
                throw new smoke_check/* NotYet */.QH(titles.length ? `windows: ${titles.slice(0, 10).map((t) => JSON.stringify(t)).join(', ')}` : 'no visible window');
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
                throw new smoke_check/* NotYet */.QH(`the ${image.width}×${image.height} screenshot is a single colour`);
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
        checks.push((0,port/* portCheck */.sy)(settings.waitForPort, t['wait-for-port']));
    if (settings.healthUrl)
        checks.push((0,health/* healthCheck */.bZ)({ ...settings.healthUrl, timeoutMs: t['health-url'] }));
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

// EXTERNAL MODULE: ./src/smoke/installers.ts
var installers = __webpack_require__(3524);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/kit/retry.ts
var retry = __webpack_require__(1834);
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
        await (0,retry/* withRetry */.bD)(() => (0,exec/* runTool */.q)('xdpyinfo', ['-display', display], { timeoutMs: 5000 }), { attempts: 10, initialDelayMs: 100, maxDelayMs: 1000 });
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
const attemptCount = (n) => `${n} attempt${n === 1 ? '' : 's'}`;
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
            results.push((0,smoke_check/* skipped */.hT)(check, reason));
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
            installed = await (0,installers/* install */.ai)(installOptions, hooks.stepRunner?.(logFile) ?? (0,installers/* loggingRunner */.Y5)(logFile));
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
        const app = new smoke_app/* RunningApp */.vK({ command: settings.run, cwd: settings.cwd, env, logDir: settings.workDir, platform });
        logFiles.push(app.stdoutPath, app.stderrPath);
        hooks.onLaunch?.(app);
        log(`Started ${JSON.stringify(settings.run)} (pid ${app.pid}).`);
        try {
            let failed = false;
            for (const check of settings.checks) {
                if (failed) {
                    results.push((0,smoke_check/* skipped */.hT)(check, 'not run: an earlier check failed'));
                    continue;
                }
                const result = await (0,smoke_check/* runCheck */.k_)(check, { app, ...(displayName ? { display: displayName } : {}), log }, settings.timing);
                if (hooks.onCheck)
                    hooks.onCheck(result);
                else
                    log(`${result.passed ? '✓' : '✗'} ${check.name}: ${result.detail} (${attemptCount(result.attempts)}, ${result.durationMs} ms)`);
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
            // Say where the search could look: under a subreaper every descendant; otherwise only those still
            // linked to the app (its tree, its process group, its environment marker).
            const reach = outcome.contained ? 'every descendant was followed (subreaper)' : "only processes still in the app's tree, group or environment could be found";
            const detail = outcome.survivors.length > 0
                ? `${outcome.survivors.length} processes survived SIGKILL: ${outcome.survivors.join(', ')}`
                : outcome.found.length === 0
                    ? `no process of the app was left; ${reach}`
                    : `stopped ${outcome.found.length} processes${outcome.forced.length ? ` (${outcome.forced.length} needed SIGKILL)` : ''}; ${reach}`;
            results.push(step('cleanup', 'the whole process tree is gone', started, { ok: outcome.survivors.length === 0, detail }));
        }
    }
    finally {
        await display?.stop();
    }
    if (settings.install?.uninstall && installed && installOptions) {
        const started = Date.now();
        try {
            const detail = await (0,installers/* uninstall */.JC)(installOptions, installed, hooks.stepRunner?.(installOptions.logFile) ?? (0,installers/* loggingRunner */.Y5)(installOptions.logFile));
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









/** What a value looks like in the help, per setting. */
const PLACEHOLDER = {
    run: 'CMD', 'working-directory': 'DIR', env: 'NAME=value', install: 'FILE|GLOB', 'install-type': 'TYPE', 'install-dir': 'DIR',
    'install-timeout': 'DURATION', 'expect-exit-code': 'N', 'expect-output': 'REGEX', 'wait-for-port': '[HOST:]PORT', 'health-url': 'URL',
    'expect-status': 'N', 'expect-body': 'REGEX|json:a.b=value', 'wait-for-window': 'REGEX', screenshot: 'true|FILE', 'stay-alive': 'DURATION',
    timeout: 'DURATION', timeouts: 'CHECK=DURATION', 'kill-grace': 'DURATION',
};
/**
 * Every smoke setting is an option of the same name, its help the setting's own description, and it is read
 * through the same schema as the action's inputs and release-kit.yml's smoke block (upload-screenshot is the
 * action's artifact upload: nothing to upload to here).
 */
/** Where the command line behaves differently from the action (which runs in a leg's workspace). */
const CLI_HELP = {
    'working-directory': 'Folder to run it in (default: the current folder).',
};
const SETTING_OPTIONS = settings/* SMOKE_KEYS */.BL.filter((key) => key !== 'upload-screenshot').map((key) => {
    const description = CLI_HELP[key] ?? settings/* SMOKE_FIELDS */.w[key].description;
    return key === 'uninstall'
        ? { name: key, type: 'boolean', help: description }
        : { name: key, type: 'string', value: PLACEHOLDER[key] ?? 'VALUE', ...(key === 'env' || key === 'timeouts' ? { multiple: true } : {}), help: description };
});
const TARGET_OPTIONS = [
    { name: 'target', type: 'string', value: 'ID', help: 'Run the smoke checks of this target of release-kit.yml on its release files (instead of --run and checks).' },
    { name: 'version', type: 'string', value: 'V', help: 'The version the app should report: {version} in expect-output and expect-body.' },
    { name: 'config', type: 'string', value: 'FILE', help: 'The config with --target (default: release-kit.yml).' },
    { name: 'artifacts-dir', type: 'string', value: 'DIR', help: 'The target\'s release files, for install globs (default: .release-kit/artifacts/ID, where matrix-build puts them).' },
];
const smokeCommand = (0,command/* defineCommand */.NB)({
    name: 'smoke',
    synopsis: '--run CMD [checks] | --target ID --version V',
    summary: 'The smoke-test action on this machine: start the app (installing it first if asked), probe it, always clean up.',
    options: [...SETTING_OPTIONS, ...TARGET_OPTIONS],
    epilogue: `Durations: seconds (90) or with a unit (90s, 2m, 1h). Checks run in this order: ${settings/* CHECK_INPUTS */.$d.join(', ')}.`,
    async run(values) {
        const cwd = process.cwd();
        const env = values.env?.join('\n') ?? '';
        const stem = external_node_path_default().join((0,external_node_os_.tmpdir)(), `release-kit-smoke-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        const runs = await getSmokeRuns((0,command/* optionSource */.Ns)({ ...values, env }), cwd, (index) => `${stem}-${index}`);
        const failures = [];
        for (const [index, settings] of runs.entries()) {
            if (runs.length > 1)
                console.log(`${settings.run}`);
            const report = await runSmokeTest(smokeRunOf(settings, `${stem}-${index}`), { log: (message) => { if (!/^[✓✗] /.test(message))
                    console.error(message); } });
            for (const check of report.checks) {
                const mark = check.status === 'passed' ? '✅' : check.status === 'failed' ? '❌' : '⏭';
                console.log(`${mark} ${check.name.padEnd(18)} ${`${(check.durationMs / 1000).toFixed(1)} s`.padStart(7)}  ${check.attempts} attempt${check.attempts === 1 ? '' : 's'}  ${check.detail}`);
            }
            console.log(`logs: ${report.logFiles.join(', ')}${report.screenshot ? `; screenshot: ${report.screenshot}` : ''}`);
            if (!report.passed)
                failures.push(smokeFailure(report));
        }
        if (failures.length)
            throw new errors/* UserError */.yo(failures.join('\n\n'));
    },
});


/***/ })

};
