export const id = 63;
export const ids = [63];
export const modules = {

/***/ 4063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NotesConfigSchema: () => (/* binding */ NotesConfigSchema),
/* harmony export */   ReleaseKitConfigSchema: () => (/* binding */ ReleaseKitConfigSchema),
/* harmony export */   loadReleaseKitConfig: () => (/* binding */ loadReleaseKitConfig),
/* harmony export */   parseReleaseKitConfig: () => (/* binding */ parseReleaseKitConfig),
/* harmony export */   releaseKitJsonSchema: () => (/* binding */ releaseKitJsonSchema)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2311);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8439);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);




const typeList = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[a-z][\w-]*$/, 'a commit type such as feat or fix'));
/** The `notes:` block of release-kit.yml; every key may also be given as an action input of the same name. */
const NotesConfigSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    'tag-pattern': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/\{version\}/, 'must contain {version}').describe('Tag naming scheme, e.g. v{version} or my-package@{version}.'),
    paths: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).describe('Only commits touching these paths (a monorepo package).'),
    prerelease: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9A-Za-z-]+$/).describe('Prerelease channel of untagged releases: beta → 1.3.0-beta.1.'),
    'initial-version': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d+\.\d+\.\d+$/).describe('Version of the first release.'),
    'breaking-below-1': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['minor', 'major']).describe('Bump for a breaking change below 1.0.0.'),
    'minor-types': typeList.describe('Commit types that make a minor release.'),
    'patch-types': typeList.describe('Commit types that make a patch release.'),
    sections: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), types: typeList.min(1) }).strict()).min(1).describe('Sections in order, each with the commit types it lists.'),
    'hidden-types': typeList.describe('Types left out of the notes (still counted for the bump).'),
    'breaking-title': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    'other-title': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    'spec-url-template': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/\{id\}/, 'must contain {id}').describe('Link for spec IDs, e.g. https://example.com/specs/{id}.'),
    'spec-id-patterns': zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1)).describe('Regular expressions of spec IDs.'),
    requirements: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().describe('Add a "Requirements covered" list.'),
    'changelog-file': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).describe('CHANGELOG.md to prepend the new section to.'),
})
    .partial()
    .strict();
/** release-kit.yml. Blocks other capabilities read are added by them; unknown top-level keys are errors. */
const ReleaseKitConfigSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ notes: NotesConfigSchema.optional() }).strict();
/** The JSON Schema editors use for release-kit.yml (published as docs/release-kit.schema.json). */
function releaseKitJsonSchema() {
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'release-kit.yml', ...zod__WEBPACK_IMPORTED_MODULE_4__/* .toJSONSchema */ .bl(ReleaseKitConfigSchema) };
}
/** Reads release-kit.yml; any error names the file, line and column, and the key path. */
async function loadReleaseKitConfig(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch((error) => {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot read the config file ${file}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
    });
    return parseReleaseKitConfig(text, file);
}
function parseReleaseKitConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    const where = (offset) => {
        if (offset === undefined)
            return file;
        const { line, col } = lineCounter.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const [syntax] = document.errors;
    if (syntax)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${where(syntax.pos[0])}: ${syntax.message.split('\n')[0]}`);
    const result = ReleaseKitConfigSchema.safeParse(document.toJS() ?? {});
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.map(String);
        let node = document.getIn(path, true);
        // For an unknown key, point at the key itself.
        if (issue.code === 'unrecognized_keys')
            node = document.getIn([...path, issue.keys[0]], true);
        const offset = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isNode */ .Ll)(node) ? node.range?.[0] : undefined;
        const key = [...path, ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(', ')] : [])].join('.');
        return `${where(offset)}: ${key || '(top level)'}: ${issue.code === 'unrecognized_keys' ? 'unknown key' : issue.message}`;
    });
    throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(messages.join('\n'));
}


/***/ })

};
