export const id = 384;
export const ids = [384];
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
        { name: 'ref', type: 'string', value: 'REF', help: 'plan as for this ref: refs/tags/v1.2.0 (a release), refs/pull/7/merge (a PR check); default: a dry run from HEAD. The version and channel come from the ref; the config is the one given (the working tree\'s), not the ref\'s' },
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

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   Sd: () => (/* binding */ releaseTagsOf),
/* harmony export */   aE: () => (/* binding */ compileTagPattern),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   eb: () => (/* binding */ Reachability)
/* harmony export */ });
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
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
            const version = match ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(match[1]) : null;
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


/***/ })

};
