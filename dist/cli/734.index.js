export const id = 734;
export const ids = [734,969];
export const modules = {

/***/ 4734:
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
// EXTERNAL MODULE: ./src/plan/config.ts + 1 modules
var plan_config = __webpack_require__(2969);
// EXTERNAL MODULE: ./src/plan/artifact-name.ts
var artifact_name = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/plan/describe.ts


/** The file name a glob's files get: the extension is read off the glob when it names one. */
function plannedName(config, target, version, glob) {
    const template = target['artifact-name'] ?? config['artifact-name'];
    const ext = (0,artifact_name/* extensionOf */.je)(glob);
    const sample = ext && !ext.includes('*') ? `file.${ext}` : 'file.{ext}';
    return (0,artifact_name/* artifactName */.Cs)(template, { name: config.product.name, version, os: target.os, arch: target.arch, target: target.id }, sample).replace('{basename}', '<name>');
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
        for (const glob of target.artifacts)
            lines.push(`    ${glob} → ${plannedName(config, target, plan.version, glob)}`);
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
        target.artifacts.map((g) => `${code(g)} → ${code(plannedName(config, target, plan.version, g))}`).join('<br>'),
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
    const patterns = plan.targets.flatMap(({ target }) => target.artifacts.map((glob) => plannedName(config, target, plan.version, glob).replace('<name>', '*').replace('{ext}', '*')));
    return [...new Set(patterns)];
}

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
            target.sign === 'none' ? { step: 'codesign', run: false, why: 'sign: none' } : noSigning ? { step: 'codesign', run: false, why: noSigning } : { step: 'codesign', run: true },
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

;// CONCATENATED MODULE: ./src/cli/check.ts




const checkCommand = {
    name: 'check',
    usage: `release-kit check [options]   validate release-kit.yml and print the planned release (nothing is built)
  --config FILE   the config (default: release-kit.yml)
  --ref REF       plan as for this ref: refs/tags/v1.2.0 (a release), refs/pull/7/merge (a PR check);
                  default: a dry run from HEAD
  --json          print the plan as JSON`,
    options: {
        config: { type: 'string' },
        ref: { type: 'string' },
        json: { type: 'boolean' },
    },
    async run(values) {
        const file = external_node_path_default().resolve(typeof values.config === 'string' ? values.config : 'release-kit.yml');
        const config = await (0,plan_config.loadReleaseKitConfig)(file);
        const ref = typeof values.ref === 'string' ? values.ref : 'HEAD';
        const plan = await planRelease(config, { ref, event: /^refs\/pull\//.test(ref) ? 'pull_request' : 'push', root: external_node_path_default().dirname(file) });
        process.stdout.write(values.json ? `${JSON.stringify(plan, null, 2)}\n` : `${external_node_path_default().relative(process.cwd(), file) || file}: valid\n\n${planText(plan, config)}`);
    },
};


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

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   FM: () => (/* binding */ NAME_PLACEHOLDERS),
/* harmony export */   je: () => (/* binding */ extensionOf)
/* harmony export */ });
/** Extensions of more than one part that name one kind of file. */
const COMPOUND = ['.app.tar.gz', '.AppImage.tar.gz', '.nsis.zip', '.msi.zip', '.tar.gz', '.tar.xz', '.tar.zst', '.tar.bz2', '.exe.blockmap', '.dmg.blockmap'];
/** The extension of a file as a release engineer means it: `app.tar.gz` → `tar.gz`, `setup.exe` → `exe`. */
function extensionOf(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const lower = base.toLowerCase();
    const compound = COMPOUND.find((ext) => lower.endsWith(ext.toLowerCase()));
    if (compound)
        return base.slice(base.length - compound.length + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1) : '';
}
/** Fills `{name}-{version}-{os}-{arch}.{ext}`; unknown placeholders are left for the config check to refuse. */
function artifactName(template, parts, file) {
    const ext = extensionOf(file);
    const base = file.split(/[\\/]/).pop() ?? file;
    const values = { ...parts, ext, basename: ext ? base.slice(0, base.length - ext.length - 1) : base };
    const name = template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
    return ext ? name : name.replace(/\.$/, '');
}
const NAME_PLACEHOLDERS = ['name', 'version', 'os', 'arch', 'target', 'ext', 'basename'];


/***/ }),

/***/ 2969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ReleaseKitConfigSchema: () => (/* binding */ ReleaseKitConfigSchema),
  TargetSchema: () => (/* binding */ TargetSchema),
  VERSION_SOURCES: () => (/* binding */ VERSION_SOURCES),
  loadNotesConfig: () => (/* binding */ loadNotesConfig),
  loadReleaseKitConfig: () => (/* binding */ loadReleaseKitConfig),
  parseNotesConfig: () => (/* binding */ parseNotesConfig),
  parseReleaseKitConfig: () => (/* binding */ parseReleaseKitConfig),
  releaseKitJsonSchema: () => (/* binding */ releaseKitJsonSchema)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(9133);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
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
    sections: schemas/* array */.YOg(schemas/* object */.Ikc({ title: schemas/* string */.YjP().min(1), types: typeList.min(1) }).strict()).min(1).describe('Sections in order, each with the commit types it lists.'),
    'hidden-types': typeList.describe('Types left out of the notes (still counted for the bump).'),
    'breaking-title': schemas/* string */.YjP().min(1),
    'other-title': schemas/* string */.YjP().min(1),
    'spec-url-template': schemas/* string */.YjP().regex(/\{id\}/, 'must contain {id}').describe('Link for spec IDs, e.g. https://example.com/specs/{id}.'),
    'spec-id-patterns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Regular expressions of spec IDs.'),
    requirements: schemas/* boolean */.zMY().describe('Add a "Requirements covered" list.'),
    'changelog-file': schemas/* string */.YjP().min(1).describe('CHANGELOG.md to prepend the new section to.'),
})
    .partial()
    .strict();

// EXTERNAL MODULE: ./src/plan/artifact-name.ts
var artifact_name = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/plan/config.ts






const ID = /^[a-z0-9][a-z0-9-]*$/;
/** The checks of smoke-test, as its inputs are named; each value is the input's text. */
const SmokeSchema = schemas/* object */.Ikc({
    run: schemas/* string */.YjP().min(1).describe('Command that starts the built program (app, backend, CLI).'),
    install: schemas/* string */.YjP().min(1).describe('Installer to install first (path or glob into the artifacts).'),
    'working-directory': schemas/* string */.YjP().min(1),
    'expect-exit-code': schemas/* number */.aig().int().min(0).max(255),
    'expect-output': schemas/* string */.YjP().min(1).describe('Regular expression; {version} is the version.'),
    'wait-for-port': schemas/* number */.aig().int().min(1).max(65535),
    'health-url': schemas/* url */.OZ5(),
    'expect-status': schemas/* number */.aig().int().min(100).max(599),
    'expect-body': schemas/* string */.YjP().min(1),
    'wait-for-window': schemas/* string */.YjP().min(1),
    screenshot: schemas/* boolean */.zMY(),
    'stay-alive': schemas/* number */.aig().int().min(1).max(600),
    timeout: schemas/* string */.YjP().regex(/^\d+(ms|s|m)?$/, 'a duration such as 30s or 2m'),
})
    .partial()
    .strict()
    .refine((s) => s.run !== undefined, { message: 'a smoke test needs run: (the command that starts the program)' });
const TargetSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().regex(ID, 'lower-case letters, digits and dashes, e.g. windows-x64').describe('Unique id: names the matrix leg and its artifact.'),
    runner: schemas/* string */.YjP().min(1).describe('runs-on label, e.g. ubuntu-24.04, windows-2025, macos-15.'),
    os: schemas/* enum */.k5n(['linux', 'windows', 'macos']).describe('Operating system the artifacts are for.'),
    arch: schemas/* enum */.k5n(['x64', 'arm64', 'x86', 'universal']).describe('CPU architecture of the artifacts.'),
    build: schemas/* string */.YjP().min(1).describe('Build command, run with bash from the repository root; {version} is the version.'),
    artifacts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the files this build produces.'),
    'artifact-name': schemas/* string */.YjP().min(1).optional().describe('Naming template; default: the top-level artifact-name.'),
    sign: schemas/* enum */.k5n(['windows', 'macos', 'gpg', 'none']).default('none').describe('Signer for the artifacts of this leg.'),
    notarize: schemas/* boolean */.zMY().default(false).describe('Notarize (macOS) after signing.'),
    smoke: SmokeSchema.optional().describe('Smoke test run on this runner after signing.'),
})
    .strict();
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
        electron: schemas/* boolean */.zMY().default(false),
        tauri: schemas/* boolean */.zMY().default(false),
        'tauri-platforms': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional(),
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
async function readConfig(file) {
    return (0,promises_.readFile)(file, 'utf8').catch((error) => {
        throw new errors/* UserError */.yo(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
    });
}
/** Reads the whole release-kit.yml; any error names the file, line and column, and the key path. */
async function loadReleaseKitConfig(file, shownAs = file) {
    return parseReleaseKitConfig(await readConfig(file), shownAs);
}
/** Reads only the notes block of release-kit.yml (the rest is not checked). */
async function loadNotesConfig(file) {
    return parseNotesConfig(await readConfig(file), file);
}
function parseNotesConfig(text, file) {
    return parseWithSchema(NotesOnlySchema, text, file).notes ?? {};
}
function parseReleaseKitConfig(text, file) {
    return parseWithSchema(ReleaseKitConfigSchema, text, file);
}
function parseWithSchema(schema, text, file) {
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
    const result = schema.safeParse(document.toJS() ?? {});
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.map(String);
        let node = document.getIn(path, true);
        // For an unknown key, point at the key itself.
        if (issue.code === 'unrecognized_keys')
            node = document.getIn([...path, issue.keys[0]], true);
        // A missing key: point at the block that lacks it.
        for (let up = path.length - 1; !(0,dist/* isNode */.Ll)(node) && up >= 0; up--)
            node = document.getIn(path.slice(0, up), true);
        const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
        const key = [...path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.');
        return `${where(offset)}: ${key || '(top level)'}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`;
    });
    throw new errors/* UserError */.yo(messages.join('\n'));
}


/***/ })

};
