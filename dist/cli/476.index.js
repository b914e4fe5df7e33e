export const id = 476;
export const ids = [476];
export const modules = {

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

/***/ 7476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HistoryReading: () => (/* reexport */ history_reading/* HistoryReading */.F),
  buildChangelog: () => (/* binding */ buildChangelog),
  writeChangelog: () => (/* binding */ writeChangelog)
});

// EXTERNAL MODULE: ./src/notes/changelog.ts
var changelog = __webpack_require__(3611);
// EXTERNAL MODULE: ./src/notes/commits.ts + 1 modules
var notes_commits = __webpack_require__(2757);
// EXTERNAL MODULE: ./src/notes/render.ts
var render = __webpack_require__(6313);
;// CONCATENATED MODULE: ./src/notes/changelog-sections.ts



/**
 * The sections of a whole CHANGELOG.md, written newest first as each release is closed. Release `i` is
 * `tags[i]` (oldest version first); `tags.length` is "Unreleased". A section is held until the next one
 * is known, because its heading links the compare view from that release.
 */
class ChangelogSections {
    releases = [];
    /** A tagged commit → the releases tagged on it, oldest first. */
    releasesTaggedOn = new Map();
    tags;
    render;
    /** The render options of every section, made once; each section sets its tag (renderNotes keeps nothing of them). */
    sectionOptions;
    to;
    write;
    repo;
    squashBodies;
    buckets = new Map();
    /** Releases whose tagged commit was read → the date of that commit. */
    tagDates = new Map();
    next;
    held;
    written = 0;
    toSha;
    /** `tags`: oldest version first. `to`: the revision the history was read from, for "Unreleased". */
    constructor(tags, options, write) {
        this.tags = tags;
        this.squashBodies = options.squashBodies;
        this.render = options.render ?? {};
        this.to = options.to;
        this.write = write;
        this.sectionOptions = { ...this.render, tag: '', maxLength: Number.MAX_SAFE_INTEGER, fullChangelogLink: false };
        this.repo = this.render.repositoryUrl?.replace(/\/+$/, '');
        this.next = tags.length;
        tags.forEach((tag, release) => {
            const on = this.releasesTaggedOn.get(tag.sha);
            if (on)
                on.push(release);
            else
                this.releasesTaggedOn.set(tag.sha, [release]);
        });
    }
    get unreleased() {
        return this.tags.length;
    }
    /** Every commit of the history, in stream order: the first is `to`; a tagged one dates its releases. */
    sawCommit(sha, date) {
        this.toSha ??= sha;
        const on = this.releasesTaggedOn.get(sha);
        // YYYY-MM-DD: a copy (a short string), so it does not keep git's whole output chunk alive until the end.
        if (on)
            for (const release of on)
                this.tagDates.set(release, date.slice(0, 10));
    }
    /** A commit listed under `release`. */
    add(release, commit) {
        if (release > this.next)
            throw new Error(`internal error: a commit of release ${release} came after that release was written`);
        const bucket = this.buckets.get(release);
        if (bucket)
            bucket.push(commit);
        else
            this.buckets.set(release, [commit]);
    }
    /** Writes every release above `open`: no commit still to come belongs to them. */
    closeAbove(open) {
        while (this.next > open)
            this.close(this.next--);
    }
    /** Writes what is left; the changelog is complete. */
    end() {
        this.closeAbove(-1);
        if (this.held)
            this.flush(this.held);
        else if (!this.written)
            this.write(`${changelog/* CHANGELOG_TITLE */._0}\n`);
        this.held = undefined;
    }
    close(release) {
        const bucket = this.buckets.get(release);
        this.buckets.delete(release);
        const tag = this.tags[release];
        const tagDate = this.tagDates.get(release);
        // A tag whose commit was never read is not reachable from `to`: it is another line's release.
        if (tag ? tagDate === undefined && !bucket : !bucket)
            return;
        // Messages are parsed only now, release by release; the mainline starts at the tag's commit.
        const changes = (0,notes_commits/* changesOf */.fs)((bucket ?? []).map(notes_commits/* commitOf */.D3), tag ? tag.sha : this.toSha, this.squashBodies ? { squashBodies: this.squashBodies } : {});
        this.sectionOptions.tag = tag?.name ?? this.to;
        const rendered = (0,render/* renderNotes */.IE)(changes, this.sectionOptions);
        if (tag)
            this.releases.push({ tag: tag.name, version: tag.version.version, changes: changes.length, counts: rendered.counts });
        // The tagged commit's date; the newest commit's when the tag's commit belongs to an older release.
        const section = { date: (tagDate ?? bucket?.[0]?.date ?? '').slice(0, 10), body: rendered.markdown };
        if (tag)
            section.tag = tag;
        if (this.held)
            this.flush(this.held, tag);
        this.held = section;
    }
    flush(section, previous) {
        const { tag } = section;
        const compare = tag && previous && this.repo ? `${this.repo}/compare/${previous.name}...${tag.name}` : undefined;
        const text = tag ? (0,changelog/* changelogSection */.UV)(tag.version.version, section.date, section.body, compare) : `## Unreleased\n\n${section.body.trim()}\n`;
        this.write(this.written++ ? `\n${text}` : `${changelog/* CHANGELOG_TITLE */._0}\n${text}`);
    }
}

// EXTERNAL MODULE: ./src/notes/history-reading.ts
var history_reading = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/notes/git.ts
var notes_git = __webpack_require__(4505);
;// CONCATENATED MODULE: ./src/notes/release-walk.ts
/**
 * Which release each commit belongs to — the oldest release tag that contains it — worked out while
 * `git log --date-order` streams, which shows every commit after all of its children.
 *
 * Releases are numbered by version, oldest 0; `unreleased` (one above the newest) is for commits no
 * release tag contains. A commit's release is the lowest of its own tag and its children's releases,
 * so the walk only keeps the commits it has been told of but not yet seen (the frontier: one commit on
 * a straight history, one per open branch otherwise) — memory does not grow with the history.
 *
 * A commit still to come descends from a frontier commit, so it belongs to no release above the
 * highest one on the frontier: every release above `open()` is complete and can be written.
 */
class ReleaseWalk {
    /** Commits named as parents but not yet seen → the lowest release among their children seen so far. */
    frontier = new Map();
    /** How many frontier commits carry each release. */
    waiting;
    highest;
    releasesTaggedOn;
    unreleased;
    /** `releasesTaggedOn`: a tagged commit → the releases tagged on it, oldest first; `releases`: how many there are. */
    constructor(releasesTaggedOn, releases) {
        this.releasesTaggedOn = releasesTaggedOn;
        this.unreleased = releases;
        this.waiting = new Uint32Array(releases + 1);
        this.highest = releases;
    }
    /** The release of the next commit of the stream. */
    visit(sha, parents) {
        let release = this.frontier.get(sha);
        if (release === undefined) {
            release = this.unreleased; // the first commit (`to`), which no child leads to
            if (release > this.highest)
                this.highest = release;
        }
        else {
            this.frontier.delete(sha);
            this.waiting[release]--;
        }
        const tagged = this.releasesTaggedOn.get(sha)?.[0];
        if (tagged !== undefined && tagged < release)
            release = tagged;
        for (const parent of parents) {
            const known = this.frontier.get(parent);
            if (known === undefined) {
                this.frontier.set(parent, release);
                this.waiting[release]++;
            }
            else if (release < known) {
                this.frontier.set(parent, release);
                this.waiting[known]--;
                this.waiting[release]++;
            }
        }
        return release;
    }
    /** The highest release a commit still to come can belong to; -1 when none is to come. */
    open() {
        while (this.highest >= 0 && this.waiting[this.highest] === 0)
            this.highest--;
        return this.highest;
    }
}

// EXTERNAL MODULE: ./src/notes/repository-checks.ts
var repository_checks = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/notes/tags.ts
var notes_tags = __webpack_require__(9944);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/notes/history.ts








/** A record of nothing but whitespace (what `trim()` would empty), found without copying it. */
const BLANK = /^\s*$/;

/**
 * Writes a whole CHANGELOG.md to `write`, piece by piece: one section per release tag, newest first,
 * each commit under the oldest release that contains it (commits after the newest tag: "Unreleased").
 *
 * One `git log --date-order` pass, which `ReleaseWalk` follows: a section is rendered and written as
 * soon as no commit still to come can belong to it, so memory holds the releases being read, not the
 * history. With `paths`, the package's commits come from a path-limited log and are placed by a
 * light stream of the whole graph (the limited log skips the commits that carry the tags); they are
 * kept until both streams end.
 *
 * `started`: the git processes, when the caller started them early (see `HistoryReading`); one of
 * another range is cancelled and a new one started.
 */
async function writeChangelog(git, request, write, started) {
    const pattern = (0,notes_tags/* compileTagPattern */.aE)(request.tagPattern);
    let reading = started;
    if (!reading?.isOf(request)) {
        reading?.cancel(new Error('superseded'));
        reading = new history_reading/* HistoryReading */.F(git, request);
    }
    try {
        const [shallow, refs] = await Promise.all([reading.shallow, reading.tags]);
        if (shallow)
            throw new errors/* UserError */.yo(repository_checks/* SHALLOW_CLONE */.Lr);
        const all = (0,notes_tags/* releaseTagsOf */.Sd)(refs, pattern); // newest first
        const newestStable = all.find((tag) => tag.version.prerelease.length === 0);
        const tags = all.filter((tag) => !request.foldPrereleases || tag.version.prerelease.length === 0 || !newestStable || tag.version.compare(newestStable.version) > 0).reverse();
        const sections = new ChangelogSections(tags, { to: reading.to, ...(request.render ? { render: request.render } : {}), ...(request.squashBodies ? { squashBodies: request.squashBodies } : {}) }, write);
        const walk = new ReleaseWalk(sections.releasesTaggedOn, tags.length);
        if (!reading.touching) {
            let commits = 0;
            await reading.commits.read((record) => {
                if (BLANK.test(record))
                    return;
                const commit = (0,notes_commits/* splitRecord */.Iw)(record);
                commits++;
                sections.sawCommit(commit.sha, commit.date);
                sections.add(walk.visit(commit.sha, commit.parents), commit);
                sections.closeAbove(walk.open());
            });
            sections.end();
            return { releases: sections.releases, commits };
        }
        const releaseOf = new Map();
        const touching = [];
        await Promise.all([
            reading.commits.read((record) => {
                if (BLANK.test(record))
                    return;
                const { sha, parents, date } = (0,notes_commits/* splitRecord */.Iw)(record);
                sections.sawCommit(sha, date);
                releaseOf.set(sha, walk.visit(sha, parents));
            }),
            reading.touching.read((record) => void (!BLANK.test(record) && touching.push((0,notes_commits/* splitRecord */.Iw)(record)))),
        ]);
        for (const commit of touching)
            sections.add(releaseOf.get(commit.sha) ?? sections.unreleased, commit);
        sections.end();
        return { releases: sections.releases, commits: touching.length };
    }
    catch (error) {
        reading.cancel(error);
        if (error instanceof errors/* UserError */.yo && !(error instanceof notes_git/* NotARepository */.v) && !(await git.resolve(reading.to)))
            throw (0,repository_checks/* unknownRevision */.EX)('to', reading.to, request.describe);
        throw error;
    }
}
/** The whole changelog as one string (for callers that write it elsewhere, and tests). */
async function buildChangelog(git, request) {
    const parts = [];
    const summary = await writeChangelog(git, request, (text) => parts.push(text));
    return { ...summary, markdown: parts.join('') };
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


/***/ })

};
