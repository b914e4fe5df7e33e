export const id = 361;
export const ids = [361];
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

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const SemVer = __webpack_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 9464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `work` over `items` with at most `limit` at once; results in the order of `items`. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await work(items[i]);
    }));
    return results;
}


/***/ }),

/***/ 2361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReleaseNotes: () => (/* binding */ buildReleaseNotes)
});

// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/notes/commits.ts + 1 modules
var notes_commits = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/kit/map-limit.ts
var map_limit = __webpack_require__(9464);
;// CONCATENATED MODULE: ./src/notes/contributions.ts

const BOT = /\[bot\]$/;
/**
 * Looks up, for every commit of the range once: its PR (when the message named none) and its author's
 * login; then, for each login once, whether this release holds their first contribution.
 */
async function lookUpContributions(changes, lookup, previousTag) {
    const shas = [...new Set(changes.map((change) => change.sha))];
    const found = await (0,map_limit/* mapLimit */.s)(shas, 8, async (sha) => {
        const needsPr = changes.some((change) => change.sha === sha && change.pr === undefined);
        const pr = needsPr ? await lookup.pullRequestOf(sha) : undefined;
        const login = pr?.login ?? (await lookup.authorOf(sha));
        return { sha, pr, login };
    });
    const authors = new Map();
    const prOf = new Map();
    for (const { sha, pr, login } of found) {
        if (login)
            authors.set(sha, login);
        if (pr)
            prOf.set(sha, pr.number);
    }
    const enriched = changes.map((change) => (change.pr === undefined && prOf.has(change.sha) ? { ...change, pr: prOf.get(change.sha) } : change));
    const logins = [...new Set([...authors.values()].filter((login) => !BOT.test(login)))].sort();
    const newContributors = [];
    if (previousTag) {
        const isNew = await (0,map_limit/* mapLimit */.s)(logins, 8, (login) => lookup.isNewContributor(login, previousTag));
        logins.forEach((login, i) => {
            if (!isNew[i])
                return;
            // Their oldest change in the range is the one that made them a contributor.
            const first = [...enriched].reverse().find((change) => authors.get(change.sha) === login);
            newContributors.push({ login, ...(first?.pr !== undefined ? { pr: first.pr } : {}) });
        });
    }
    return { changes: enriched, authors, newContributors };
}

// EXTERNAL MODULE: ./src/notes/repository-checks.ts
var repository_checks = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/notes/render.ts
var render = __webpack_require__(6313);
// EXTERNAL MODULE: ./src/notes/tags.ts
var notes_tags = __webpack_require__(9944);
// EXTERNAL MODULE: ./src/notes/version.ts
var notes_version = __webpack_require__(6981);
;// CONCATENATED MODULE: ./src/notes/release-notes.ts







async function buildReleaseNotes(git, request) {
    const pattern = (0,notes_tags/* compileTagPattern */.aE)(request.tagPattern);
    const to = request.to || 'HEAD';
    await (0,repository_checks/* ensureFullHistory */.qr)(git, request.deepen ?? true); // before reading tags: deepening fetches them
    const describe = request.describe ?? repository_checks/* actionInput */.jD;
    const [toSha, tags] = await Promise.all([(0,repository_checks/* resolveRevision */.eZ)(git, 'to', to, describe), (0,notes_tags/* releaseTags */.dt)(git, pattern)]);
    const reachable = new notes_tags/* Reachability */.eb(git, toSha);
    const toTag = pattern.versionOf(to)
        ? tags.find((t) => t.name === to)
        : tags.find((t) => t.sha === toSha && (!request.prerelease || t.version.prerelease[0] === request.prerelease));
    const toVersion = toTag?.version;
    let previous;
    let fromSha;
    if (request.from) {
        fromSha = await (0,repository_checks/* resolveRevision */.eZ)(git, 'from', request.from, describe);
        if (!(await git.isAncestor(fromSha, toSha))) {
            throw new errors/* UserError */.yo(`${describe('from')} has the value ${JSON.stringify(request.from)}, but it must be an ancestor of ${describe('to').replace(/^\w+ /, '')} (${to}); it is on another line of history.`);
        }
        previous = tags.find((t) => t.name === request.from);
    }
    else {
        const includePrereleases = toVersion ? toVersion.prerelease.length > 0 : Boolean(request.prerelease);
        previous = await (0,notes_tags/* previousRelease */.Fi)(tags, reachable, { ...(toVersion ? { below: toVersion } : { excludeSha: toSha }), includePrereleases });
        fromSha = previous?.sha;
    }
    const paths = request.paths ?? [];
    const commits = await (0,notes_commits/* readCommits */.Fe)(git, fromSha ? `${fromSha}..${toSha}` : toSha, paths);
    const changeOptions = request.squashBodies ? { squashBodies: request.squashBodies } : {};
    let changes = (0,notes_commits/* changesOf */.fs)(commits, commits[0]?.sha, changeOptions);
    let contributions = {};
    if (request.lookup) {
        const found = await lookUpContributions(changes, request.lookup, previous?.name ?? fromSha);
        changes = found.changes;
        contributions = { authors: found.authors, newContributors: found.newContributors };
    }
    const lastStable = previous && previous.version.prerelease.length === 0 ? previous : await (0,notes_tags/* previousRelease */.Fi)(tags, reachable, { ...(toVersion ? { below: toVersion } : {}), excludeSha: toSha, includePrereleases: false });
    let version;
    let bump;
    if (toVersion) {
        version = toVersion.version;
        bump = (0,notes_version/* bumpBetween */.HQ)(lastStable?.version, toVersion);
    }
    else {
        // The bump counts everything since the last stable release, even when the notes start at a prerelease.
        const sinceStable = lastStable && lastStable.sha !== fromSha ? (0,notes_commits/* changesOf */.fs)(await (0,notes_commits/* readCommits */.Fe)(git, `${lastStable.sha}..${toSha}`, paths), toSha, changeOptions) : changes;
        bump = (0,notes_version/* bumpFor */.W)(sinceStable, lastStable?.version, request.bumpRules ?? notes_version/* DEFAULT_BUMP_RULES */.rk);
        version = (0,notes_version/* nextVersion */.yU)({
            lastStable: lastStable?.version,
            bump,
            initialVersion: request.initialVersion ?? '0.1.0',
            ...(request.prerelease ? { prereleaseId: request.prerelease } : {}),
            existing: tags.map((t) => t.version),
        });
    }
    const tag = toTag?.name ?? pattern.tagFor(version);
    const date = (await git.run(['log', '-1', '--format=%cs', toSha])).trim();
    const renderOptions = { ...request.render, ...contributions, tag, ...(previous ? { previousTag: previous.name } : fromSha && request.from ? { previousTag: request.from } : {}) };
    const rendered = (0,render/* renderNotes */.IE)(changes, renderOptions);
    // CHANGELOG.md has no length limit: it lists every change (its heading links the compare view).
    const whole = (0,render/* renderNotes */.IE)(changes, { ...renderOptions, maxLength: Number.MAX_SAFE_INTEGER, fullChangelogLink: false });
    return {
        ...rendered,
        changelogMarkdown: whole.markdown,
        version,
        tag,
        ...(previous ? { previousVersion: previous.version.version, previousTag: previous.name } : {}),
        bump,
        isPrerelease: version.includes('-'),
        date,
        changes,
        commits: commits.length,
    };
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

/***/ 3387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ unknownRevision),
/* harmony export */   Lr: () => (/* binding */ SHALLOW_CLONE),
/* harmony export */   eZ: () => (/* binding */ resolveRevision),
/* harmony export */   jD: () => (/* binding */ actionInput),
/* harmony export */   qr: () => (/* binding */ ensureFullHistory)
/* harmony export */ });
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3713);

/** What release notes need of the checkout before they can be trusted: full history, revisions that exist. */
const SHALLOW_CLONE = 'The repository is a shallow clone, so earlier releases and commits are missing. Check it out with full history (actions/checkout with fetch-depth: 0).';
/** A shallow clone is deepened (`deepen`) or refused: notes from part of the history would be wrong. */
async function ensureFullHistory(git, deepen) {
    if (!(await git.isShallow()))
        return;
    if (!deepen)
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(SHALLOW_CLONE);
    await git.run(['fetch', '--unshallow', '--tags', '--quiet']).catch((error) => {
        throw new _kit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The repository is a shallow clone and deepening it failed (${error.message}). Check it out with full history: actions/checkout with fetch-depth: 0.`);
    });
}
const actionInput = (name) => `Input "${name}"`;
function unknownRevision(input, revision, describe = actionInput) {
    return new _kit_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${describe(input)} has the value ${JSON.stringify(revision)}, but it must name a commit or tag of this repository (no such revision was found).`);
}
/** The full SHA of `revision`, or one error naming the input when it names no commit. */
async function resolveRevision(git, input, revision, describe = actionInput) {
    const sha = await git.resolve(revision);
    if (!sha)
        throw unknownRevision(input, revision, describe);
    return sha;
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
