export const id = 969;
export const ids = [969];
export const modules = {

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
