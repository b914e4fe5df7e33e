export const id = 752;
export const ids = [752];
export const modules = {

/***/ 9384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/plan/load-config.ts
var load_config = __webpack_require__(142);
// EXTERNAL MODULE: ./src/plan/checks.ts + 1 modules
var checks = __webpack_require__(6586);
// EXTERNAL MODULE: ./src/plan/describe.ts
var describe = __webpack_require__(8122);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/notes/tags.ts
var tags = __webpack_require__(9944);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/plan/toml-version.ts
/**
 * Just enough TOML to read a version: `[table]` / `[a.b]` headers and `key = "string"` pairs
 * (basic and literal strings). Arrays, inline tables and multi-line values are skipped, not parsed.
 */
function parse(text) {
    const root = {};
    let table = root;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const header = /^\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
        if (header) {
            table = root;
            for (const key of header[1].split('.').map((k) => k.trim().replace(/^"(.*)"$/, '$1'))) {
                table = (table[key] ??= {});
            }
            continue;
        }
        const pair = /^([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*(#.*)?$/.exec(line);
        if (pair)
            table[pair[1]] = pair[2] !== undefined ? JSON.parse(`"${pair[2]}"`) : pair[3];
    }
    return root;
}

;// CONCATENATED MODULE: ./src/plan/version-source.ts




function field(value, ...keys) {
    let at = value;
    for (const key of keys)
        at = at && typeof at === 'object' ? at[key] : undefined;
    return at;
}
/**
 * The version a product's own files declare: package.json `version`, Cargo.toml `[package] version`
 * (or `[workspace.package]`), pyproject.toml `[project] version` (or `[tool.poetry]`), tauri.conf.json
 * `version` (or the package.json it points to).
 */
async function versionFromFile(source, root, file) {
    const at = external_node_path_default().resolve(root, file ?? (source === 'tauri.conf.json' ? 'src-tauri/tauri.conf.json' : source));
    const text = await (0,promises_.readFile)(at, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(`product.version-from is ${source}, but ${external_node_path_default().relative(root, at) || at} cannot be read (${error.code === 'ENOENT' ? 'it does not exist; set product.version-file' : error.message}).`);
    });
    let version;
    try {
        if (source === 'package.json')
            version = field(JSON.parse(text), 'version');
        else if (source === 'tauri.conf.json') {
            version = field(JSON.parse(text), 'version');
            if (typeof version === 'string' && version.endsWith('.json'))
                return versionFromFile('package.json', external_node_path_default().dirname(at), version);
        }
        else if (source === 'Cargo.toml') {
            const toml = parse(text);
            version = field(toml, 'package', 'version') ?? field(toml, 'workspace', 'package', 'version');
        }
        else {
            const toml = parse(text);
            version = field(toml, 'project', 'version') ?? field(toml, 'tool', 'poetry', 'version');
        }
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${external_node_path_default().relative(root, at)}: cannot be parsed: ${error.message}`);
    }
    if (typeof version !== 'string' || !version)
        throw new errors/* UserError */.yo(`${external_node_path_default().relative(root, at)} declares no version.`);
    return { version, file: at };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts




const TAG_REF = /^refs\/tags\/(.+)$/;
/** The channel of a version: its prerelease identifier's channel (beta → beta), stable otherwise. */
function channelOf(version, config) {
    const id = semver_default().prerelease(version)?.[0];
    if (id === undefined)
        return 'stable';
    const rule = config.channels.find((c) => c.prerelease === String(id));
    return rule?.channel ?? String(id);
}
async function resolveVersion(config, request) {
    const pattern = (0,tags/* compileTagPattern */.aE)(config.notes?.['tag-pattern'] ?? 'v{version}', 'notes.tag-pattern');
    const tagName = TAG_REF.exec(request.ref)?.[1];
    const kind = request.event === 'pull_request' || request.event === 'pull_request_target' ? 'pr-check' : tagName ? 'release' : 'dry-run';
    const fromTag = tagName ? pattern.versionOf(tagName)?.version : undefined;
    if (kind === 'release' && !fromTag) {
        throw new errors/* UserError */.yo(`The tag ${tagName} does not match the tag pattern ${pattern.template} (notes.tag-pattern): it is not a release tag of this product.`);
    }
    const source = config.product['version-from'];
    if (source === 'tag') {
        if (fromTag)
            return { kind, version: fromTag, tag: tagName, source: `tag ${tagName}` };
        const pr = /^refs\/pull\/(\d+)\//.exec(request.ref)?.[1];
        return pr ? { kind, version: `0.0.0-pr.${pr}`, source: `pull request #${pr} (no release tag: a check build)` } : { kind, version: '0.0.0-dev', source: 'no release tag (a check build)' };
    }
    const declared = await versionFromFile(source, request.root, config.product['version-file']);
    if (fromTag && fromTag !== declared.version) {
        throw new errors/* UserError */.yo(`The tag ${tagName} says version ${fromTag}, but ${source} says ${declared.version}: bump the file or move the tag so they agree.`);
    }
    if (!semver_default().valid(declared.version))
        throw new errors/* UserError */.yo(`${source} declares the version ${JSON.stringify(declared.version)}, which is not semantic versioning (e.g. 1.2.0 or 1.2.0-beta.1).`);
    return { kind, version: declared.version, ...(tagName ? { tag: tagName } : {}), source };
}
/**
 * What a run will do, before anything is built: the matrix legs and their steps, the version and
 * channel, and the release job's steps. A PR check builds and smoke-tests without signing or
 * publishing; a release does everything the config asks.
 */
async function planRelease(config, request) {
    const { kind, version, tag, source } = await resolveVersion(config, request);
    const releasing = kind === 'release';
    const noSigning = releasing ? undefined : 'not a release: nothing is signed';
    const targets = config.targets.map((target) => ({
        target,
        steps: [
            { step: 'build', run: true },
            target.sign.platform === 'none' ? { step: 'codesign', run: false, why: 'sign: none' } : noSigning ? { step: 'codesign', run: false, why: noSigning } : { step: 'codesign', run: true },
            !target.notarize ? { step: 'notarize', run: false, why: 'notarize: false' } : noSigning ? { step: 'notarize', run: false, why: noSigning } : { step: 'notarize', run: true },
            { step: 'checksum', run: true },
            target.smoke ? { step: 'smoke-test', run: true } : { step: 'smoke-test', run: false, why: 'no smoke: block' },
        ],
    }));
    const notRelease = releasing ? undefined : kind === 'pr-check' ? 'a PR check publishes nothing' : 'not a release tag';
    const sumsSign = config.checksum?.sign ?? 'none';
    const feeds = [config.feeds?.electron && 'electron', config.feeds?.tauri && 'tauri'].filter(Boolean);
    const step = (name, why) => (why ? { step: name, run: false, why } : { step: name, run: true });
    return {
        kind,
        product: config.product.name,
        version,
        ...(tag ? { tag } : {}),
        prerelease: semver_default().prerelease(version) !== null,
        channel: channelOf(version, config),
        versionSource: source,
        matrix: { include: config.targets.map((t) => ({ target: t.id, runner: t.runner, os: t.os, arch: t.arch })) },
        targets,
        release: [
            step('download', notRelease),
            step('checksum', notRelease),
            step('sign-checksums', notRelease ?? (sumsSign === 'none' ? 'checksum.sign: none' : undefined)),
            step('update-feed', notRelease ?? (feeds.length ? undefined : 'no feeds configured')),
            step('release-notes'),
            step('publish-draft', notRelease),
            step('verify', notRelease),
            step('publish', notRelease),
        ],
    };
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/check.ts






const checkCommand = (0,command/* defineCommand */.NB)({
    name: 'check',
    synopsis: '[options]',
    summary: 'Validate release-kit.yml and print the planned release (nothing is built).',
    options: [
        { name: 'config', type: 'string', value: 'FILE', help: 'the config (default: release-kit.yml)' },
        { name: 'ref', type: 'string', value: 'REF', help: 'plan as for this ref: refs/tags/v1.2.0 (a release), refs/pull/7/merge (a PR check); default: a dry run from HEAD' },
        { name: 'json', type: 'boolean', help: 'print the plan as JSON' },
    ],
    async run(values) {
        const file = external_node_path_default().resolve(typeof values.config === 'string' ? values.config : 'release-kit.yml');
        const config = await (0,load_config/* loadReleaseKitConfig */.A)(file);
        for (const warning of (0,checks/* configWarnings */.O)(config))
            process.stderr.write(`release-kit: warning: ${external_node_path_default().relative(process.cwd(), file) || file}: ${warning}\n`);
        const ref = typeof values.ref === 'string' ? values.ref : 'HEAD';
        const plan = await planRelease(config, { ref, event: /^refs\/pull\//.test(ref) ? 'pull_request' : 'push', root: external_node_path_default().dirname(file) });
        process.stdout.write(values.json ? `${JSON.stringify(plan, null, 2)}\n` : `${external_node_path_default().relative(process.cwd(), file) || file}: valid\n\n${(0,describe/* planText */.Pt)(plan, config)}`);
    },
});


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


/***/ }),

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   Sd: () => (/* binding */ releaseTagsOf),
/* harmony export */   aE: () => (/* binding */ compileTagPattern),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   eb: () => (/* binding */ Reachability)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function compileTagPattern(template, inputName = 'Input "tag-pattern"') {
    const parts = template.split('{version}');
    if (parts.length !== 2) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${inputName} has the value ${JSON.stringify(template)}, but it must contain {version} exactly once (e.g. "v{version}" or "my-package@{version}").`);
    }
    const regex = new RegExp(`^${escape(parts[0])}(.+)${escape(parts[1])}$`);
    return {
        template,
        versionOf(tag) {
            const match = regex.exec(tag);
            const version = match ? (0,semver__WEBPACK_IMPORTED_MODULE_0__.parse)(match[1]) : null;
            return version && version.version === match[1] ? version : undefined;
        },
        tagFor: (version) => `${parts[0]}${version}${parts[1]}`,
    };
}
/** The release tags of this scheme among `refs`, newest version first. */
function releaseTagsOf(refs, pattern) {
    const tags = [];
    for (const { name, sha } of refs) {
        const version = pattern.versionOf(name);
        if (version)
            tags.push({ name, version, sha });
    }
    return tags.sort((a, b) => b.version.compare(a.version) || a.name.localeCompare(b.name));
}
/** Every release tag of this scheme, newest version first. */
async function releaseTags(git, pattern) {
    return releaseTagsOf(await git.tags(), pattern);
}
/**
 * Whether commits are ancestors of `to`, asked of git only for the tags that matter (the newest few),
 * so a repository with a thousand tags costs a handful of checks, not a walk of every tag.
 */
class Reachability {
    known = new Map();
    git;
    to;
    constructor(git, to) {
        this.git = git;
        this.to = to;
    }
    has(sha) {
        let answer = this.known.get(sha);
        if (!answer) {
            answer = sha === this.to ? Promise.resolve(true) : this.git.isAncestor(sha, this.to);
            this.known.set(sha, answer);
        }
        return answer;
    }
}
/**
 * The newest release tag that passes the filter and is reachable from `to` — never a tag on another
 * branch. Prereleases are skipped unless asked for: a stable release's notes cover all its betas.
 */
async function previousRelease(tags, reachable, filter) {
    for (const tag of tags) {
        if (filter.below !== undefined && tag.version.compare(filter.below) >= 0)
            continue;
        if (tag.sha === filter.excludeSha)
            continue;
        if (!filter.includePrereleases && tag.version.prerelease.length > 0)
            continue;
        if (await reachable.has(tag.sha))
            return tag;
    }
    return undefined;
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ configProblems),
  O: () => (/* binding */ configWarnings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/notarize/archive.ts




/** What the notary service takes, by file name; undefined for anything else. */
function kindOf(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.app')
        return 'app';
    if (ext === '.dmg')
        return 'dmg';
    if (ext === '.pkg' || ext === '.mpkg')
        return 'pkg';
    if (ext === '.zip')
        return 'zip';
    return undefined;
}
/** A zip can be notarized but not stapled; apps, disk images and installer packages can. */
const canStaple = (kind) => kind !== 'zip';
async function onPath(tool) {
    const result = await runTool('which', [tool], { allowFailure: true }).catch(() => undefined);
    return result?.exitCode === 0;
}
/**
 * Zips an .app the way `ditto -c -k --keepParent` does: the .app folder is the top entry, symbolic
 * links stay links (frameworks rely on them) and executable bits are kept. On macOS it is ditto
 * itself; elsewhere Info-ZIP `zip -r -y`. Returns the zip's path, inside a new folder under `tempDir`.
 */
async function zipApp(app, tempDir, platform) {
    const dir = await mkdtemp(path.join(tempDir, 'notarize-zip-'));
    const zip = path.join(dir, `${path.basename(app, '.app')}.zip`);
    if (platform === 'macos') {
        await runTool('ditto', ['-c', '-k', '--sequesterRsrc', '--keepParent', app, zip]);
        return zip;
    }
    if (!(await onPath('zip'))) {
        throw new UserError(`${app} must be zipped for notarization and Info-ZIP "zip" is not installed on this runner (apt-get install zip); ` +
            'or pass a .zip, .dmg or .pkg you built yourself.');
    }
    await runTool('zip', ['-r', '-y', '-q', '-X', zip, path.basename(app)], { cwd: path.dirname(app) });
    return zip;
}

// EXTERNAL MODULE: ./src/sign/settings.ts + 2 modules
var settings = __webpack_require__(9962);
// EXTERNAL MODULE: ./src/smoke/settings.ts
var smoke_settings = __webpack_require__(5608);
// EXTERNAL MODULE: ./src/plan/artifact-name.ts
var artifact_name = __webpack_require__(1933);
// EXTERNAL MODULE: ./src/plan/describe.ts
var describe = __webpack_require__(8122);
;// CONCATENATED MODULE: ./src/plan/checks.ts
/**
 * What `release-kit check` refuses beyond the schema: every rule the run applies that needs no built
 * file. The run applies the same rules again to the real files (collectArtifacts, the smoke reader,
 * the leg's signer selection).
 */






/** The version names are planned with: collisions do not depend on it. */
const SAMPLE_VERSION = '1.0.0';
const OPEN = /[*?[\]{}]/;
/** A file a notary service takes (a bare .app is zipped by the notarize step; the leg ships the zip). */
const notarizable = (name) => (OPEN.test(external_node_path_default().extname(name)) || /\*$/.test(name) ? undefined : kindOf(name) !== undefined && kindOf(name) !== 'app');
function targetProblems(config, target, index) {
    const problems = [];
    const at = (...rest) => ['targets', index, ...rest];
    const planned = target.artifacts.map((glob) => (0,describe/* plannedName */.EM)(config, target, SAMPLE_VERSION, glob).name);
    planned.forEach((name, j) => {
        const first = planned.indexOf(name);
        if (first < j) {
            problems.push({
                path: at('artifacts', j),
                message: `${target.artifacts[first]} and ${target.artifacts[j]} would both be released as ${name}: add {basename} to the artifact-name template (e.g. '{basename}-{os}-{arch}.{ext}'), or give each its own extension`,
            });
        }
    });
    const bundles = target.artifacts.filter((glob) => !(0,artifact_name/* companionOf */._M)(glob));
    const signer = target.sign.platform;
    if (signer !== 'none' && bundles.length && bundles.every((glob) => (0,settings/* signerTakes */.zd)(signer, external_node_path_default().basename(glob)) === false)) {
        problems.push({
            path: at('sign'),
            message: `sign: ${target.sign.written} can sign none of this target's files (${bundles.join(', ')}): ${(0,settings/* signerTakesInWords */.lp)(signer)}. Sign the program inside before packing it, ship a format the signer takes, or set sign: none`,
        });
    }
    if (target.notarize && bundles.every((glob) => notarizable(external_node_path_default().basename(glob)) === false)) {
        problems.push({ path: at('notarize'), message: `notarize: true, but none of this target's files is a .dmg, .pkg or .zip (what Apple's notary service takes): ${bundles.join(', ')}` });
    }
    const names = planned.filter((_, j) => !(0,artifact_name/* companionOf */._M)(target.artifacts[j]));
    const open = names.some((name) => name.endsWith('*'));
    (target.smoke ?? []).forEach((smoke, j) => {
        const where = target.smoke.length > 1 ? ['smoke', j] : ['smoke'];
        for (const problem of (0,smoke_settings/* smokeProblems */.mB)(smoke, SAMPLE_VERSION)) {
            problems.push({ path: at(...where, ...(problem.key === 'checks' ? [] : [problem.key])), message: problem.allowed });
        }
        const install = smoke.install;
        if (install && !/[\\/]/.test(install) && !open && !names.some((name) => external_node_path_default().matchesGlob(name.replaceAll('*', 'x'), install))) {
            problems.push({ path: at(...where, 'install'), message: `${install} matches none of this target's release files (${names.join(', ')}); it is matched against their release names` });
        }
    });
    return problems;
}
/** Names two targets would both release (a merged download keeps only one of them). */
function collisions(config) {
    const owner = new Map();
    const problems = [];
    config.targets.forEach((target, index) => {
        const mine = new Set(target.artifacts.map((glob) => (0,describe/* plannedName */.EM)(config, target, SAMPLE_VERSION, glob).name).filter((name) => !OPEN.test(name)));
        for (const name of mine) {
            const other = owner.get(name);
            if (other !== undefined) {
                problems.push({
                    path: ['targets', index, 'artifacts'],
                    message: `${other} and ${target.id} would both release ${name.replace(SAMPLE_VERSION, '{version}')}: give one of them its own artifact-name (e.g. '{name}-{target}-{version}.{ext}' or with {basename})`,
                });
            }
            else
                owner.set(name, target.id);
        }
    });
    return problems;
}
function feedProblems(config) {
    const feeds = config.feeds;
    if (!feeds)
        return [];
    const problems = [];
    const ids = config.targets.map((t) => t.id);
    for (const name of ['electron', 'tauri']) {
        const feed = feeds[name];
        if (typeof feed !== 'object')
            continue;
        (feed.targets ?? []).forEach((id, j) => {
            if (!ids.includes(id))
                problems.push({ path: ['feeds', name, 'targets', j], message: `${id} is not a target id (${ids.join(', ')})` });
        });
        if (!feed.targets && !feed.files)
            problems.push({ path: ['feeds', name], message: 'give targets, files, or both (or write true for every file)' });
    }
    if (feeds.electron === true && feeds.tauri === true) {
        problems.push({
            path: ['feeds'],
            message: 'both feeds cover every file, so the Electron and the Tauri installers would collide in them: scope each to its targets, e.g. electron: { targets: [win-electron, mac-electron] } and tauri: { targets: [win-tauri] }',
        });
    }
    return problems;
}
/** Keys and values that still work under an old name: each a warning that says the new one. */
function configWarnings(config) {
    return config.targets.filter((target) => target.sign.written === 'gpg').map((target) => `targets[${target.id}].sign: gpg is now called linux (as the codesign action names it); gpg keeps working`);
}
/** Every problem of a parsed config that the schema cannot see, each with its key path. */
function configProblems(config) {
    return [...config.targets.flatMap((target, index) => targetProblems(config, target, index)), ...collisions(config), ...feedProblems(config)];
}


/***/ }),

/***/ 8122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ plannedName),
/* harmony export */   Pt: () => (/* binding */ planText)
/* harmony export */ });
/* unused harmony exports nameRuleOf, planMarkdown, expectedAssets, feedPlan */
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1933);


/** How one target's files are named, from the config. */
function nameRuleOf(config, target, version) {
    return {
        template: target['artifact-name'] ?? config['artifact-name'],
        parts: { name: config.product.name, version, os: target.os, arch: target.arch, target: target.id },
        shipsWheel: target.artifacts.some((glob) => glob.toLowerCase().endsWith('.whl')),
    };
}
const WILDCARD = /[*?[\]{}!]/;
/** The release name of the files a glob matches: a pattern where the build decides (`*` for a {basename} or an extension the glob leaves open). */
function plannedFileName(base, rule) {
    const companion = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .companionOf */ ._M)(base);
    if (companion) {
        const bundle = plannedFileName(companion.bundle, rule);
        return { ...bundle, name: `${bundle.name}${companion.suffix}` };
    }
    const ext = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .extensionOf */ .je)(base);
    if (!WILDCARD.test(ext) && (ext !== '' || !WILDCARD.test(base)))
        return (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseName */ ["do"])(base, rule);
    // The extension is not known before the build (`dist/*`): the name ends in whatever it is.
    const stem = ext ? base.slice(0, base.length - ext.length - 1) : base;
    const name = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactName */ .Cs)(rule.template.replace(/\.?\{ext\}/g, '\u0000'), rule.parts, `${stem}.x`).replaceAll('\u0000', '*');
    return { name: name.replace(/\*+/g, '*') };
}
/** The release name of a glob's files, from the glob's own file name part. */
function plannedName(config, target, version, glob) {
    return plannedFileName(glob.split('/').pop() ?? glob, nameRuleOf(config, target, version));
}
const stepList = (steps) => steps.map((s) => (s.run ? s.step : `(${s.step}: ${s.why})`)).join(' → ');
/** The plan as `release-kit check` prints it: stable text, no timestamps, nothing built. */
function planText(plan, config) {
    const lines = [
        `${plan.product} ${plan.version} — ${plan.kind}${plan.tag ? ` of ${plan.tag}` : ''}`,
        `  version from: ${plan.versionSource}`,
        `  channel: ${plan.channel}${plan.prerelease ? ' (prerelease)' : ''}`,
        '',
        `Targets (${plan.targets.length} matrix legs):`,
    ];
    for (const { target, steps } of plan.targets) {
        lines.push(`  ${target.id}  runs-on ${target.runner}  (${target.os}/${target.arch})`);
        lines.push(`    build: ${target.build}`);
        for (const glob of target.artifacts) {
            const planned = plannedName(config, target, plan.version, glob);
            lines.push(`    ${glob} → ${planned.name}${planned.kept ? ` (${planned.kept})` : ''}`);
        }
        lines.push(`    steps: ${stepList(steps)}`);
    }
    lines.push('', 'Release job:', `  ${stepList(plan.release)}`);
    return `${lines.join('\n')}\n`;
}
/** The plan action's job summary. */
function planMarkdown(plan, config) {
    const rows = plan.targets.map(({ target, steps }) => [
        code(target.id),
        code(target.runner),
        target.artifacts.map((g) => `${code(g)} → ${code(plannedName(config, target, plan.version, g).name)}`).join('<br>'),
        steps.map((s) => (s.run ? s.step : `~~${s.step}~~`)).join(' → '),
    ]);
    return [
        `### Plan: ${plan.product} ${plan.version} (${plan.kind}${plan.tag ? ` of ${code(plan.tag)}` : ''})`,
        '',
        `Channel ${code(plan.channel)}${plan.prerelease ? ' (prerelease)' : ''}; version from ${plan.versionSource}.`,
        '',
        table(['Target', 'Runner', 'Artifacts', 'Steps'], rows),
        '',
        `Release job: ${plan.release.map((s) => (s.run ? s.step : `~~${s.step}~~`)).join(' → ')}`,
        '',
    ].join('\n');
}
/** Globs of the release files every target must deliver: what publish checks before going public. */
function expectedAssets(plan, config) {
    const patterns = plan.targets.flatMap(({ target }) => target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).name));
    return [...new Set(patterns)];
}
/** The update feeds of a release, each scoped to the release names of its targets (and its own globs). */
function feedPlan(plan, config) {
    const scope = (feed) => {
        if (typeof feed !== 'object')
            return [];
        const targets = plan.targets.filter(({ target }) => feed.targets?.includes(target.id));
        const names = targets.flatMap(({ target }) => target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).name));
        return [...new Set([...names, ...(feed.files ?? [])])];
    };
    const electron = Boolean(config.feeds?.electron);
    const tauri = Boolean(config.feeds?.tauri);
    return {
        feeds: electron && tauri ? 'both' : electron ? 'electron' : tauri ? 'tauri' : '',
        electronFiles: scope(config.feeds?.electron),
        tauriFiles: scope(config.feeds?.tauri),
    };
}


/***/ }),

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadReleaseKitConfig)
/* harmony export */ });
/* unused harmony export parseReleaseKitConfig */
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6586);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5547);


/**
 * release-kit.yml as every reader takes it: the schema, then every check the run would make that
 * needs no built file (names, collisions, signers, feeds, smoke settings). Any error names the file,
 * line and column, and the key path.
 */
function parseReleaseKitConfig(text, file) {
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_1__.parseWithSchema)(_config_js__WEBPACK_IMPORTED_MODULE_1__.ReleaseKitConfigSchema, text, file, _checks_js__WEBPACK_IMPORTED_MODULE_0__/* .configProblems */ .r);
}
async function loadReleaseKitConfig(file, shownAs = file) {
    return parseReleaseKitConfig(await (0,_config_js__WEBPACK_IMPORTED_MODULE_1__.readConfig)(file), shownAs);
}


/***/ })

};
