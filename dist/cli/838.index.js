export const id = 838;
export const ids = [838];
export const modules = {

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getNotesSettings: () => (/* binding */ getNotesSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);
/* harmony import */ var _kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7127);
/* harmony import */ var _notes_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6313);
/* harmony import */ var _notes_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6981);
/* harmony import */ var _notes_commits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2757);







/** `build=patch, deps=patch` (comma- or newline-separated) → type → bump. */
function bumpMap(source, name) {
    const items = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(source.read(name));
    if (!items.length)
        return undefined;
    const rules = {};
    for (const item of items) {
        const match = /^([a-z][\w-]*)\s*[=:]\s*(\w+)$/.exec(item);
        if (!match || !_notes_version_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMPS */ .ou.includes(match[2])) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe(name), source.read(name), `each item must be type=bump with bump one of ${_notes_version_js__WEBPACK_IMPORTED_MODULE_5__/* .BUMPS */ .ou.join(', ')} (e.g. "build=patch, deps=patch"); ${JSON.stringify(item)} is not`);
        }
        rules[match[1]] = match[2];
    }
    return rules;
}
function regexList(source, name, patterns) {
    return patterns.map((pattern) => {
        try {
            return new RegExp(pattern);
        }
        catch (error) {
            throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe(name), pattern, `it must be a valid regular expression (${error.message})`);
        }
    });
}
/** Inputs win over the `notes:` block of release-kit.yml, which wins over the defaults. */
async function getNotesSettings(source, env) {
    const directory = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.workspace, (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'working-directory') || '.');
    const configInput = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'config-file');
    const configPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(directory, configInput || 'release-kit.yml');
    if (configInput && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(configPath))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('config-file'), configInput, 'it must name an existing file');
    // The YAML parser and the config schema load only when there is a config file to read.
    const config = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(configPath) ? (await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(311), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 1104))).loadNotesConfig(configPath)) : {};
    const text = (name) => (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, name) || config[name];
    const list = (name) => {
        const raw = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .splitList */ .ry)(source.read(name));
        return raw.length ? raw : config[name];
    };
    const tagPattern = text('tag-pattern') ?? 'v{version}';
    if (!tagPattern.includes('{version}'))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('tag-pattern'), tagPattern, 'it must contain {version} (e.g. "v{version}")');
    const specUrlTemplate = text('spec-url-template');
    if (specUrlTemplate && !specUrlTemplate.includes('{id}')) {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('spec-url-template'), specUrlTemplate, 'it must contain {id} (e.g. "https://example.com/specs/{id}")');
    }
    const specPatterns = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .linesField */ .Qz)(source, 'spec-id-patterns');
    const prerelease = text('prerelease');
    if (prerelease && !/^[0-9A-Za-z-]+$/.test(prerelease))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('prerelease'), prerelease, 'it must be a prerelease identifier such as beta or rc (letters, digits, -)');
    const initialVersion = text('initial-version');
    if (initialVersion && !/^\d+\.\d+\.\d+$/.test(initialVersion))
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(source.describe('initial-version'), initialVersion, 'it must be a version such as 0.1.0');
    const breakingInput = source.read('breaking-below-1');
    const breakingBelowOne = breakingInput ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choiceField */ .cM)(source, 'breaking-below-1', ['minor', 'major']) : (config['breaking-below-1'] ?? 'minor');
    const requirementsInput = source.read('requirements');
    const requirements = requirementsInput ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanField */ .hQ)(source, 'requirements', false) : (config.requirements ?? false);
    const mentionsInput = source.read('allow-mentions');
    const allowMentions = mentionsInput ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanField */ .hQ)(source, 'allow-mentions', false) : (config['allow-mentions'] ?? false);
    const squashInput = source.read('squash-bodies');
    const squashBodies = squashInput ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choiceField */ .cM)(source, 'squash-bodies', _notes_commits_js__WEBPACK_IMPORTED_MODULE_6__/* .SQUASH_BODIES */ .BA) : config['squash-bodies'];
    const bumps = bumpMap(source, 'bumps') ?? config.bumps;
    const foldInput = source.read('fold-prereleases');
    const foldPrereleases = foldInput ? (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanField */ .hQ)(source, 'fold-prereleases', false) : (config['fold-prereleases'] ?? false);
    const pushedTag = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
    const from = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'from');
    const to = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'to') || pushedTag;
    const repository = env.repository;
    const token = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .secretField */ .T2)(source, 'github-token');
    const changelog = text('changelog-file');
    const paths = (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .linesField */ .Qz)(source, 'paths');
    const configPaths = config.paths ?? [];
    const specIdPatterns = specPatterns.length ? regexList(source, 'spec-id-patterns', specPatterns) : config['spec-id-patterns'] ? regexList(source, 'spec-id-patterns', config['spec-id-patterns']) : undefined;
    return {
        directory,
        request: {
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
            tagPattern,
            paths: paths.length ? paths : configPaths,
            ...(prerelease ? { prerelease } : {}),
            ...(initialVersion ? { initialVersion } : {}),
            bumpRules: {
                breakingBelowOne,
                minorTypes: list('minor-types') ?? _notes_version_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BUMP_RULES */ .rk.minorTypes,
                patchTypes: list('patch-types') ?? _notes_version_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_BUMP_RULES */ .rk.patchTypes,
                ...(bumps ? { types: bumps } : {}),
            },
            ...(squashBodies ? { squashBodies } : {}),
            deepen: (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanField */ .hQ)(source, 'deepen', true),
            describe: (name) => source.describe(name),
            render: {
                ...(repository ? { repositoryUrl: `${env.serverUrl ?? 'https://github.com'}/${repository}` } : {}),
                sections: config.sections ?? _notes_render_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SECTIONS */ .vu,
                ...(list('hidden-types') ? { hiddenTypes: list('hidden-types') } : {}),
                ...(config['breaking-title'] ? { breakingTitle: config['breaking-title'] } : {}),
                ...(config['other-title'] ? { otherTitle: config['other-title'] } : {}),
                ...(specIdPatterns ? { specIdPatterns } : {}),
                ...(specUrlTemplate ? { specUrlTemplate } : {}),
                requirements,
                ...(allowMentions ? { allowMentions } : {}),
                ...(changelog ? { changelogName: changelog } : {}),
            },
        },
        foldPrereleases,
        ...(changelog ? { changelogFile: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(directory, changelog) } : {}),
        notesFile: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.workspace, (0,_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringField */ .OM)(source, 'notes-file') || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.runnerTemp, 'release-notes.md')),
        ...(token ? { token } : {}),
        ...(repository ? { repository } : {}),
        ...(env.pullRequestTitle !== undefined ? { pullRequestTitle: env.pullRequestTitle } : {}),
    };
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   en: () => (/* binding */ durationIn),
/* harmony export */   fA: () => (/* binding */ durationAllowed)
/* harmony export */ });
/* unused harmony exports parseDuration, durationWords */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * A duration as people write it in a workflow: `90s`, `30m`, `1h`, `1h30m`, `250ms`; a bare number is
 * seconds. Returns milliseconds, or undefined when the text is not a duration.
 */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (!/^(\d+(\.\d+)?(ms|s|m|h)\s*)+$/.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
        total += Number(amount) * UNITS[unit];
    return Math.round(total);
}
/** `1h 05m 03s`, `4m 10s`, `12s`, `250 ms`: elapsed time in log lines. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const total = Math.floor(ms / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h)
        return `${h}h ${String(m).padStart(2, '0')}m ${String(s).padStart(2, '0')}s`;
    if (m)
        return `${m}m ${String(s).padStart(2, '0')}s`;
    return `${s}s`;
}
/** `90s`, `2m`, `1h`, `250ms`: a bound of a duration range, in words. */
function durationWords(ms) {
    if (ms === 0)
        return '0s';
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/** What a duration setting accepts, in words: the same text for release-kit.yml, action inputs and CLI options. */
const durationAllowed = (range) => `it must be a duration from ${durationWords(range.min)} to ${durationWords(range.max)}: seconds (90) or with a unit (90s, 2m, 1h, 1h30m)`;
/** Milliseconds of a duration written as a number of seconds or as text (`90`, `"90"`, `90s`, `2m`, `1h`), within the range; undefined otherwise. */
function durationIn(value, range) {
    if (typeof value !== 'number' && typeof value !== 'string')
        return undefined;
    const ms = typeof value === 'number' ? (Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined) : parseDuration(value);
    return ms !== undefined && ms >= range.min && ms <= range.max ? ms : undefined;
}


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
/* unused harmony export durationField */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(438);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


function fail(source, name, value, allowed, secret = false) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source.describe(name), value, allowed, { secret });
}
/** The raw text through `check`, with the defaults, the required rule and the error every field shares. */
function checked(source, name, check, allowed, options) {
    const raw = source.read(name);
    if (options.secret && raw !== '')
        source.mask(raw);
    if (raw === '') {
        if (options.default !== undefined)
            return options.default;
        if (options.required)
            fail(source, name, raw, `it is required: ${allowed}`, options.secret);
    }
    const result = check(raw);
    if (!result)
        fail(source, name, raw, allowed, options.secret);
    return result.value;
}
/**
 * Parses one input with a zod schema (one the caller built: schema-shaped inputs); `allowed` says in words
 * what the schema accepts. Read through the schema's Standard Schema interface, so plain inputs below do not
 * load zod.
 */
function field(source, name, schema, allowed, options = {}) {
    const check = (raw) => {
        const result = schema['~standard'].validate(raw);
        if (result instanceof Promise)
            throw new Error(`the schema of ${name} is asynchronous`);
        return result.issues ? undefined : { value: result.value };
    };
    return checked(source, name, check, allowed, options);
}
const anyText = (raw) => ({ value: raw });
function stringField(source, name, options = {}) {
    return checked(source, name, anyText, 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return checked(source, name, anyText, 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    const check = (raw) => (TRUE.includes(raw) ? { value: true } : FALSE.includes(raw) ? { value: false } : undefined);
    return checked(source, name, check, 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    const check = (raw) => (choices.includes(raw) ? { value: raw } : undefined);
    return checked(source, name, check, `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const check = (raw) => {
        if (!/^[+-]?\d+$/.test(raw))
            return undefined;
        const value = Number(raw);
        return Number.isSafeInteger(value) && value >= range.min && value <= range.max ? { value } : undefined;
    };
    return checked(source, name, check, `it must be a whole number from ${range.min} to ${range.max}`, options);
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
/** A duration (`90s`, `30m`, `1h30m`, `250ms`; a bare number is seconds) in milliseconds, within a range. */
function durationField(source, name, fallback, range, allowed) {
    const raw = source.read(name);
    const ms = parseDuration(raw === '' ? fallback : raw);
    if (ms === undefined || ms < range.min || ms > range.max)
        fail(source, name, raw, allowed);
    return ms;
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IE: () => (/* binding */ renderNotes),
/* harmony export */   vu: () => (/* binding */ DEFAULT_SECTIONS)
/* harmony export */ });
/* unused harmony exports DEFAULT_SPEC_ID_PATTERNS, GITHUB_BODY_LIMIT, MENTION_BREAK, quietMentions, naturalCompare */
const DEFAULT_SECTIONS = [
    { title: 'Features', types: ['feat'] },
    { title: 'Bug fixes', types: ['fix'] },
    { title: 'Performance', types: ['perf'] },
    { title: 'Reverts', types: ['revert'] },
    { title: 'Documentation', types: ['docs'] },
    { title: 'Refactoring', types: ['refactor'] },
    { title: 'Tests', types: ['test'] },
    { title: 'Build and CI', types: ['build', 'ci'] },
    { title: 'Chores', types: ['chore', 'style'] },
];
/** Requirement IDs from specs: FR-401, NFR-12, AC-404, TASK-501-001-002, MILESTONE-503, US-7, REQ-3, and spec folders such as 007-packaging-distribution. */
const DEFAULT_SPEC_ID_PATTERNS = ['\\b(?:FR|NFR|AC|TASK|MILESTONE|US|REQ)-\\d+(?:-\\d+)*\\b', '\\b\\d{3}-[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b'];
/** GitHub refuses release bodies longer than this. */
const GITHUB_BODY_LIMIT = 125_000;
function compileSpecPatterns(options) {
    const sources = (options.specIdPatterns ?? DEFAULT_SPEC_ID_PATTERNS.map((p) => new RegExp(p))).map((p) => `(?:${p.source})`);
    return new RegExp(sources.join('|'), 'g');
}
/** U+200B ZERO WIDTH SPACE: invisible, but GitHub no longer reads what follows `@` as a login. */
const MENTION_BREAK = '\u200b';
/** `@` where GitHub starts a mention: not after a word character (e-mail addresses), `/`, `.`, `@` or a backtick. */
const MENTION = /(^|[^\w@./`])@(?=[A-Za-z0-9])/g;
const CODE_SPAN = /(`+)[^`]*?\1/g;
/**
 * `@user` and `@org/team` in commit text become `@\u200buser`: they read the same, but publishing the notes
 * (release body, CHANGELOG.md, a PR comment) does not notify anyone, because GitHub's mention needs the
 * login right after the `@`. Code spans and e-mail addresses are left as they are (GitHub mentions in neither).
 */
function quietMentions(text) {
    if (!text.includes('@'))
        return text;
    let out = '';
    let last = 0;
    for (const span of text.matchAll(CODE_SPAN)) {
        out += text.slice(last, span.index).replace(MENTION, `$1@${MENTION_BREAK}`) + span[0];
        last = span.index + span[0].length;
    }
    return out + text.slice(last).replace(MENTION, `$1@${MENTION_BREAK}`);
}
const RUNS = /\d+|\D+/g;
/** Made once: a regular expression literal in a function is a new object at each call. */
const DIGIT = /\d/;
const MARKUP = /[<>]/;
const ISSUE_REFERENCE = /(^|[\s(])#(\d+)\b/g;
const NEWLINES = /\n+/g;
const NO_IDS = [];
/** `ids` with the spec IDs `text` names added (made when the first is found). */
function collectIds(text, specPattern, ids) {
    if (!DIGIT.test(text))
        return ids;
    const found = text.match(specPattern);
    if (!found)
        return ids;
    ids ??= new Set();
    for (const id of found)
        ids.add(id);
    return ids;
}
/**
 * FR-2 before FR-10: runs of digits compare as numbers, other runs case-insensitively. Spec IDs are
 * ASCII, so this needs no ICU collator (creating one costs ~15 ms, a tenth of a whole changelog).
 */
function naturalCompare(a, b) {
    const left = a.toLowerCase().match(RUNS) ?? [];
    const right = b.toLowerCase().match(RUNS) ?? [];
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
        const x = left[i];
        const y = right[i];
        if (x === y)
            continue;
        const numeric = x.charCodeAt(0) <= 57 && y.charCodeAt(0) <= 57 && x.charCodeAt(0) >= 48 && y.charCodeAt(0) >= 48;
        if (numeric) {
            const difference = Number(x) - Number(y);
            if (difference)
                return difference;
            return x.length - y.length; // 007 after 7
        }
        return x < y ? -1 : 1;
    }
    return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}
/** Spec-ID patterns compiled once per list (a changelog renders a thousand releases with the same one). */
let compiledSpecPatterns;
/** Type → the indexes of the sections that list it, made once per section list. */
const sectionIndexes = new WeakMap();
function sectionIndex(sections) {
    let index = sectionIndexes.get(sections);
    if (!index) {
        index = new Map();
        sections.forEach((section, i) => {
            for (const type of section.types)
                index.set(type, [...(index.get(type) ?? []), i]);
        });
        sectionIndexes.set(sections, index);
    }
    return index;
}
function renderNotes(changes, options) {
    const repo = options.repositoryUrl?.replace(/\/+$/, '');
    if (!compiledSpecPatterns || compiledSpecPatterns.key !== options.specIdPatterns)
        compiledSpecPatterns = { key: options.specIdPatterns, regex: compileSpecPatterns(options) };
    const specPattern = compiledSpecPatterns.regex;
    const hidden = new Set(options.hiddenTypes ?? []);
    const sections = options.sections ?? DEFAULT_SECTIONS;
    const otherTitle = options.otherTitle ?? 'Other changes';
    const breakingTitle = options.breakingTitle ?? '⚠ Breaking changes';
    const specIds = new Set();
    const specCounts = new Map();
    const specLink = (id) => (options.specUrlTemplate ? `[${id}](${options.specUrlTemplate.replaceAll('{id}', encodeURIComponent(id))})` : id);
    const issueLink = (n) => (repo ? `[#${n}](${repo}/issues/${n})` : `#${n}`);
    const escapeMarkup = (text) => (MARKUP.test(text) ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : text);
    const escapeText = options.allowMentions ? escapeMarkup : (text) => quietMentions(escapeMarkup(text));
    // Spec IDs and issue numbers all hold a digit: text without one needs no search.
    const linkText = (text) => DIGIT.test(text)
        ? escapeText(text)
            .replace(specPattern, (id) => specLink(id))
            .replace(ISSUE_REFERENCE, (_, lead, n) => `${lead}${issueLink(Number(n))}`)
        : escapeText(text);
    /** Spec IDs a change names anywhere in its message, in order; none without a digit to look at. */
    function idsOf(change) {
        let ids = collectIds(change.subject, specPattern, undefined);
        ids = collectIds(change.body, specPattern, ids);
        for (const footer of change.footers)
            ids = collectIds(footer.value, specPattern, ids);
        for (const note of change.breakingNotes)
            ids = collectIds(note, specPattern, ids);
        return ids ? [...ids] : NO_IDS;
    }
    function line(change, text) {
        const ids = idsOf(change);
        for (const id of ids) {
            specIds.add(id);
            specCounts.set(id, (specCounts.get(id) ?? 0) + 1);
        }
        let line = `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(text)}`;
        if (change.pr !== undefined)
            line += repo ? ` ([#${change.pr}](${repo}/pull/${change.pr}))` : ` (#${change.pr})`;
        line += repo ? ` ([${change.sha.slice(0, 7)}](${repo}/commit/${change.sha}))` : ` (${change.sha.slice(0, 7)})`;
        const login = options.authors?.get(change.sha);
        if (login)
            line += ` by @${login}`;
        if (change.issues.length)
            line += ` — closes ${change.issues.map(issueLink).join(', ')}`;
        if (ids.length) {
            const inSubject = new Set(DIGIT.test(change.subject) ? (change.subject.match(specPattern) ?? []) : []);
            const extraIds = ids.filter((id) => !inSubject.has(id));
            if (extraIds.length)
                line += ` — ${extraIds.map(specLink).join(', ')}`;
        }
        return line;
    }
    const counts = {};
    /** Each block: its title and lines; `tail` blocks (requirements, contributors) are kept first when the body is cut. */
    const blocks = [];
    const visible = changes.filter((change) => !(change.type && hidden.has(change.type)));
    const breaking = visible.filter((change) => change.breaking);
    if (breaking.length) {
        counts[breakingTitle] = breaking.length;
        const lines = breaking.flatMap((change) => change.breakingNotes.map((note) => `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(note.replace(NEWLINES, ' '))}`));
        blocks.push({ title: breakingTitle, lines });
    }
    // One pass puts each change in its section(s); a type no section lists goes to the "other" one.
    const other = sections.length;
    const members = Array.from({ length: other + 1 }, () => []);
    const sectionsOfType = sectionIndex(sections);
    for (const change of visible) {
        for (const index of sectionsOfType.get(change.type ?? '') ?? [other])
            members[index].push(change);
    }
    members.forEach((list, index) => {
        if (!list.length)
            return;
        const title = index === other ? otherTitle : sections[index].title;
        counts[title] = list.length;
        blocks.push({ title, lines: list.map((change) => line(change, change.subject)) });
    });
    if (options.requirements && specIds.size) {
        const list = [...specIds].sort(naturalCompare).map((id) => `- ${specLink(id)} (${specCounts.get(id)} ${specCounts.get(id) === 1 ? 'change' : 'changes'})`);
        blocks.push({ title: 'Requirements covered', lines: list, tail: true });
    }
    if (options.newContributors?.length) {
        const list = options.newContributors.map((c) => `- @${c.login} made their first contribution${c.pr !== undefined ? ` in ${repo ? `[#${c.pr}](${repo}/pull/${c.pr})` : `#${c.pr}`}` : ''}`);
        blocks.push({ title: 'New contributors', lines: list, tail: true });
    }
    const compare = repo ? (options.previousTag ? `${repo}/compare/${options.previousTag}...${options.tag}` : `${repo}/commits/${options.tag}`) : undefined;
    const footer = compare && options.fullChangelogLink !== false ? `**Full changelog**: [${options.previousTag ? `${options.previousTag}...${options.tag}` : options.tag}](${compare})` : '';
    const assemble = (shown, note = '') => (shown.length ? shown.map((block) => `### ${block.title}\n\n${block.lines.join('\n')}`).join('\n\n') : '_No changes._') + note + (footer ? `\n\n${footer}` : '') + '\n';
    let markdown = assemble(blocks);
    let truncated = false;
    const limit = options.maxLength ?? GITHUB_BODY_LIMIT;
    if (markdown.length > limit) {
        truncated = true;
        const cut = cutToFit(blocks, limit, (omitted) => noteOf(omitted, { limit, ...(compare ? { compare } : {}), ...(options.changelogName ? { changelogName: options.changelogName } : {}) }), assemble);
        markdown = cut;
    }
    return { markdown, counts, specIds: [...specIds].sort(naturalCompare), truncated };
}
function noteOf(omitted, where) {
    const hidden = omitted.reduce((sum, o) => sum + o.hidden, 0);
    const total = omitted.reduce((sum, o) => sum + o.total, 0);
    const detail = omitted.map((o) => `${o.title}: ${o.hidden.toLocaleString('en')} of ${o.total.toLocaleString('en')}`).join('; ');
    const rest = [where.changelogName ? `${where.changelogName} lists them all` : '', where.compare ? `every commit is in the [full changelog](${where.compare})` : ''].filter(Boolean).join('; ');
    return `\n\n_${hidden.toLocaleString('en')} of ${total.toLocaleString('en')} entries are not shown here (${detail}): the notes exceed GitHub's ${where.limit.toLocaleString('en')}-character limit.${rest ? ` ${rest[0].toUpperCase()}${rest.slice(1)}.` : ''}_`;
}
/**
 * The blocks cut to fit `limit`, every heading kept: the requirements and contributors lists are filled
 * first (with at most half the room), then the changes in order, as far as they fit; the note names what
 * each block lost.
 */
function cutToFit(blocks, limit, note, assemble) {
    // The note's length with the largest numbers it can hold: the real one is never longer.
    const worst = note(blocks.filter((b) => b.lines.length).map((b) => ({ title: b.title, hidden: b.lines.length, total: b.lines.length })));
    // Each block may end with a `- …` line.
    let budget = limit - assemble(blocks.map((b) => ({ title: b.title, lines: [] })), worst).length - 5 * blocks.length;
    const kept = blocks.map(() => 0);
    // The lists at the end take at most half the room, so a long requirements list leaves room for changes.
    const tailShare = Math.floor(budget / 2);
    for (const tail of [true, false]) {
        const floor = tail ? budget - tailShare : 0;
        blocks.forEach((block, i) => {
            if (Boolean(block.tail) !== tail)
                return;
            for (const line of block.lines) {
                if (budget - (line.length + 1) < floor)
                    return;
                budget -= line.length + 1;
                kept[i]++;
            }
        });
    }
    const shown = blocks.map((block, i) => ({ title: block.title, lines: [...block.lines.slice(0, kept[i]), ...(kept[i] < block.lines.length ? ['- …'] : [])] }));
    const omitted = blocks.flatMap((block, i) => (kept[i] < block.lines.length ? [{ title: block.title, hidden: block.lines.length - kept[i], total: block.lines.length }] : []));
    return assemble(shown, note(omitted));
}


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ bumpBetween),
/* harmony export */   W: () => (/* binding */ bumpFor),
/* harmony export */   ou: () => (/* binding */ BUMPS),
/* harmony export */   rk: () => (/* binding */ DEFAULT_BUMP_RULES),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2338);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_0__);

const BUMPS = ['major', 'minor', 'patch', 'none'];
const DEFAULT_BUMP_RULES = { breakingBelowOne: 'minor', minorTypes: ['feat'], patchTypes: ['fix', 'perf', 'revert'] };
const ORDER = ['none', 'patch', 'minor', 'major'];
function bumpFor(commits, previous, rules = DEFAULT_BUMP_RULES) {
    let bump = 'none';
    const raise = (to) => {
        if (ORDER.indexOf(to) > ORDER.indexOf(bump))
            bump = to;
    };
    for (const commit of commits) {
        const ruled = commit.type && rules.types && Object.hasOwn(rules.types, commit.type) ? rules.types[commit.type] : undefined;
        if (commit.breaking)
            raise(previous && previous.major === 0 && rules.breakingBelowOne === 'minor' ? 'minor' : 'major');
        else if (ruled)
            raise(ruled === 'major' && previous && previous.major === 0 && rules.breakingBelowOne === 'minor' ? 'minor' : ruled);
        else if (commit.type && rules.minorTypes.includes(commit.type))
            raise('minor');
        else if (commit.type && rules.patchTypes.includes(commit.type))
            raise('patch');
    }
    return bump;
}
/**
 * The next version: the last stable version bumped, then, for a prerelease channel, `-<id>.<n>` with n
 * one above the highest such prerelease already tagged.
 */
function nextVersion(options) {
    const { lastStable, bump, prereleaseId } = options;
    if (lastStable !== undefined && bump === 'none')
        return lastStable.version; // nothing to release
    const base = lastStable === undefined ? options.initialVersion : semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_0___default()(lastStable, bump);
    if (!prereleaseId)
        return base;
    const numbers = options.existing
        .filter((v) => `${v.major}.${v.minor}.${v.patch}` === base && v.prerelease[0] === prereleaseId && typeof v.prerelease[1] === 'number')
        .map((v) => v.prerelease[1]);
    return `${base}-${prereleaseId}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}
/** The bump between two released versions (for a pushed tag, whose version is given). */
function bumpBetween(previous, version) {
    if (!previous)
        return version.major > 0 ? 'major' : version.minor > 0 ? 'minor' : 'patch';
    if (version.major !== previous.major)
        return 'major';
    if (version.minor !== previous.minor)
        return 'minor';
    if (version.patch !== previous.patch)
        return 'patch';
    return version.compare(previous) === 0 ? 'none' : 'patch';
}


/***/ })

};
