export const id = 176;
export const ids = [176];
export const modules = {

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

// EXTERNAL MODULE: ./src/sign/settings.ts
var settings = __webpack_require__(196);
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
/** A planned name as messages show it: with {version}, since the version is not known when the config is read. */
const shown = (name) => name.split(SAMPLE_VERSION).join('{version}');
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
                message: `${target.artifacts[first]} and ${target.artifacts[j]} would both be released as ${shown(name)}: add {basename} to the artifact-name template (e.g. '{basename}-{os}-{arch}.{ext}'), or give each its own extension`,
            });
        }
    });
    // A template without {ext} suits a program with no extension (a Unix binary); a file that has one would lose it.
    const template = target['artifact-name'] ?? config['artifact-name'];
    if (!template.includes('{ext}')) {
        target.artifacts.forEach((glob, j) => {
            const extension = (0,artifact_name/* companionOf */._M)(glob) ? '' : (0,artifact_name/* extensionOf */.je)(external_node_path_default().basename(glob));
            if (extension && !OPEN.test(extension) && !planned[j].endsWith(`.${extension}`)) {
                problems.push({
                    path: target['artifact-name'] ? at('artifact-name') : at('artifacts', j),
                    message: `'${template}' has no {ext}, so ${glob} would be released without its .${extension} (as ${shown(planned[j])}): add .{ext} to the template, or give this target a template of its own`,
                });
            }
        });
    }
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
            problems.push({ path: at(...where, 'install'), message: `${install} matches none of this target's release files (${names.map(shown).join(', ')}); it is matched against their release names` });
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
                    message: `${other} and ${target.id} would both release ${shown(name)}: give one of them its own artifact-name (e.g. '{name}-{target}-{version}.{ext}' or with {basename})`,
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
        const env = Object.entries(target['build-env']);
        if (env.length)
            lines.push(`    build-env: ${env.map(([name, secret]) => `${name} ← secret ${secret}`).join(', ')}`);
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
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1104);


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
