export const id = 385;
export const ids = [385,521];
export const modules = {

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openAtomicFile: () => (/* binding */ openAtomicFile),
/* harmony export */   writeFilesAtomically: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3713);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





/** A temporary sibling of `target` to write before renaming it into place (same folder: the rename is atomic). */
function tempSibling(target) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
const folderInTheWay = (target) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Cannot write ${target}: a folder of that name is in the way.`);
/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so a reader never sees a half-written sums file.
 */
async function writeFilesAtomically(files) {
    const staged = [];
    try {
        for (const file of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file.path), { recursive: true });
            const temp = tempSibling(file.path);
            staged.push({ temp, path: file.path });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, file.content, { flag: 'wx' });
        }
        // Renames within a folder only fail when the target cannot be replaced: check them all first.
        for (const { path } of staged) {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).catch(() => undefined))?.isDirectory())
                throw folderInTheWay(path);
        }
        for (const { temp, path } of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
    }
    catch (error) {
        await Promise.all(staged.map(({ temp }) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true })));
        throw error;
    }
}
function openAtomicFile(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target).isDirectory())
        throw folderInTheWay(target);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), { recursive: true });
    const temp = tempSibling(target);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx');
    let open = true;
    const close = () => {
        if (open)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        open = false;
    };
    return {
        write: (text) => void (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, text),
        commit() {
            close();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, target);
        },
        abort() {
            close();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        },
    };
}


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ headingPattern),
/* harmony export */   Jf: () => (/* binding */ upsertChangelogSection),
/* harmony export */   UV: () => (/* binding */ changelogSection),
/* harmony export */   _0: () => (/* binding */ CHANGELOG_TITLE)
/* harmony export */ });
/* unused harmony export changelogHeading */
/** CHANGELOG.md sections, newest first; writing one version twice replaces it instead of repeating it. */
function changelogHeading(version, date, compareUrl) {
    return `## ${compareUrl ? `[${version}](${compareUrl})` : version} (${date})`;
}
function changelogSection(version, date, body, compareUrl) {
    return `${changelogHeading(version, date, compareUrl)}\n\n${body.trim()}\n`;
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line where the section of `version` starts: `## 1.2.3`, `## [1.2.3](…)`, `## v1.2.3 …`. */
function headingPattern(version) {
    return new RegExp(`^##\\s+\\[?v?${escape(version)}(?:\\]|\\s|$)`);
}
const CHANGELOG_TITLE = '# Changelog\n\nAll notable changes to this project are listed here, newest first.\n';
/**
 * Puts `section` into a changelog: replaces the section of the same version if there is one, else
 * inserts it above the newest section (below the title and introduction).
 */
function upsertChangelogSection(existing, version, section) {
    const text = existing.trim() ? existing.replace(/\r\n/g, '\n') : CHANGELOG_TITLE;
    const lines = text.split('\n');
    const pattern = headingPattern(version);
    const start = lines.findIndex((line) => pattern.test(line));
    const block = section.trimEnd().split('\n');
    if (start !== -1) {
        let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
        if (end === -1)
            end = lines.length;
        while (end > start + 1 && lines[end - 1].trim() === '')
            end--;
        lines.splice(start, end - start, ...block);
        return `${lines.join('\n').trimEnd()}\n`;
    }
    let at = lines.findIndex((line) => /^##\s/.test(line));
    if (at === -1) {
        return `${text.trimEnd()}\n\n${block.join('\n')}\n`;
    }
    lines.splice(at, 0, ...block, '');
    return `${lines.join('\n').trimEnd()}\n`;
}


/***/ }),

/***/ 2385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateChangelog: () => (/* binding */ updateChangelog)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9521);
/* harmony import */ var _changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3611);



/** Prepends (or replaces) this release's section in a CHANGELOG.md; returns whether the file changed. */
async function updateChangelog(file, result, repositoryUrl) {
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    });
    const compare = repositoryUrl && result.previousTag ? `${repositoryUrl}/compare/${result.previousTag}...${result.tag}` : undefined;
    const updated = (0,_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .upsertChangelogSection */ .Jf)(existing, result.version, (0,_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .changelogSection */ .UV)(result.version, result.date, result.changelogMarkdown, compare));
    if (updated === existing)
        return false;
    await (0,_kit_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__.writeFilesAtomically)([{ path: file, content: updated }]);
    return true;
}


/***/ })

};
