export const id = 242;
export const ids = [242];
export const modules = {

/***/ 9242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notesCommand: () => (/* binding */ notesCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/actions/release-notes/inputs.ts
const RELEASE_NOTES_INPUTS = [
    { name: 'from', kind: 'text', value: 'REV', description: 'Start of the range (exclusive). Default: the previous release tag reachable from "to" (prereleases skipped when "to" is a stable release).' },
    { name: 'to', kind: 'text', value: 'REV', description: 'End of the range. Default: the pushed tag on a tag push, else HEAD.' },
    { name: 'tag-pattern', kind: 'text', value: 'PATTERN', default: 'v{version}', description: 'Tag naming scheme with {version}, e.g. v{version}, or my-package@{version} for one package of a monorepo.' },
    { name: 'paths', kind: 'lines', value: 'PATH', description: 'Only commits touching these paths (newline-separated): one package of a monorepo.' },
    { name: 'prerelease', kind: 'text', value: 'ID', description: 'Prerelease channel for an untagged release: beta gives 1.3.0-beta.1, then .2, counted from existing tags.' },
    { name: 'initial-version', kind: 'text', value: 'VERSION', description: 'Version of the first release, when no release tag exists yet (default 0.1.0).' },
    { name: 'breaking-below-1', kind: 'text', value: 'BUMP', description: 'Bump for a breaking change below 1.0.0: minor (the 0.x rule, default) or major.' },
    {
        name: 'bumps',
        kind: 'text',
        value: 'RULES',
        description: 'Bump per commit type, as type=bump pairs (comma- or newline-separated; bump is major, minor, patch or none), e.g. build=patch, deps=patch. Types not named keep the default: feat minor; fix, perf and revert patch; others none. A breaking change always bumps major (minor below 1.0.0).',
    },
    {
        name: 'squash-bodies',
        kind: 'text',
        value: 'MODE',
        description: 'non-conventional (default): a squash merge whose own subject is not conventional (GitHub\'s default squash title) stands for the "* type: ..." lines of its body, each listed once; never: every commit is one change. A conventional subject is never expanded.',
    },
    { name: 'hidden-types', kind: 'text', value: 'LIST', description: 'Commit types left out of the notes (comma-separated); they still count for the bump.' },
    { name: 'allow-mentions', kind: 'boolean', description: 'true: keep @user and @org/team in commit text as they are, so publishing the notes notifies them. Default: they are written @<zero-width space>user, which reads the same and notifies no one.' },
    { name: 'spec-url-template', kind: 'text', value: 'URL', description: 'Turns spec IDs into links, e.g. https://example.com/specs/{id}.' },
    {
        name: 'spec-id-patterns',
        kind: 'lines',
        value: 'REGEX',
        description: 'Regular expressions of spec IDs, one a line. Default: FR-401, NFR-1, AC-404, TASK-501-001-002, MILESTONE-503, US-1, REQ-1 and spec folders such as 007-packaging-distribution.',
    },
    { name: 'requirements', kind: 'boolean', description: 'true: add a "Requirements covered" list of every spec ID in the range.' },
    { name: 'changelog-file', kind: 'text', value: 'FILE', description: 'CHANGELOG.md to prepend the new section to (replaced, not repeated, when the version is already there). Not touched in pull requests.' },
    { name: 'notes-file', kind: 'text', value: 'FILE', description: 'Where to write the notes (Markdown). Default: release-notes.md in RUNNER_TEMP.' },
    { name: 'config-file', kind: 'text', value: 'FILE', description: 'release-kit.yml whose notes: block gives defaults for these inputs. Default: release-kit.yml when it exists.' },
    { name: 'working-directory', kind: 'text', value: 'DIR', description: 'The repository folder, relative to the workspace.' },
    { name: 'deepen', kind: 'boolean', default: 'true', description: 'Deepen a shallow clone with git fetch (true) or fail with a clear message (false).' },
    { name: 'github-token', kind: 'secret', value: 'TOKEN', description: 'Optional: looks up PRs of commits whose messages name none, author logins and first-time contributors.' },
];

// EXTERNAL MODULE: ./src/notes/git.ts
var notes_git = __webpack_require__(4505);
// EXTERNAL MODULE: ./src/notes/history-reading.ts
var history_reading = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/notes.ts





/** Small pieces gathered into writes of `size` characters: a thousand sections are a few writes. */
function chunked(write, size = 1 << 16) {
    let pending = '';
    const flush = () => {
        if (pending)
            write(pending);
        pending = '';
    };
    return {
        write(text) {
            pending += text;
            if (pending.length >= size)
                flush();
        },
        flush,
    };
}
/** owner/repo of the `origin` remote when it is on GitHub, for links in notes made locally. */
async function repositoryOf(git) {
    const url = (await git.run(['remote', 'get-url', 'origin'], { allowFailure: true })).trim();
    return /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)?.[1];
}
/** What the command line says differently from the action's input text. */
const CLI_HELP = {
    paths: 'Only commits touching these paths: one package of a monorepo (repeat the option, or separate with commas).',
    'spec-id-patterns': 'A regular expression of spec IDs (repeat the option for several). Default: FR-401, NFR-1, AC-404, TASK-501-001-002, MILESTONE-503, US-1, REQ-1 and spec folders such as 007-packaging-distribution.',
    requirements: 'Add a "Requirements covered" list of every spec ID in the range.',
    'allow-mentions': 'Keep @user and @org/team in commit text as they are (publishing the notes notifies them). Default: written @<zero-width space>user, which reads the same and notifies no one.',
    'changelog-file': 'The CHANGELOG.md that --write-changelog writes (default CHANGELOG.md); release-kit.yml may name it too.',
    'notes-file': 'Also write the notes (Markdown) to FILE.',
    deepen: 'Deepen a shallow clone with git fetch. Default here: fail with a clear message instead (the action deepens by default).',
    'github-token': 'Look up PRs of commits whose messages name none, author logins and first-time contributors (needs the origin remote on GitHub or GITHUB_REPOSITORY). The GITHUB_TOKEN environment variable is not read unless you pass it: --github-token "$GITHUB_TOKEN".',
};
/** Every input of the release-notes action, as `--name VALUE` (a flag for true/false inputs). */
const ACTION_OPTIONS = RELEASE_NOTES_INPUTS.map((input) => ({
    name: input.name,
    type: input.kind === 'boolean' ? 'boolean' : 'string',
    ...(input.kind === 'boolean' ? { negatable: true } : { value: input.value ?? 'VALUE' }),
    ...(input.kind === 'lines' ? { multiple: true } : {}),
    help: CLI_HELP[input.name] ?? input.description,
}));
const CLI_OPTIONS = [
    { name: 'json', type: 'boolean', help: 'Print version, bump, counts and notes as JSON.' },
    { name: 'all', type: 'boolean', help: 'The whole CHANGELOG.md, one section per release tag (prereleases included), streamed to stdout.' },
    { name: 'write-changelog', type: 'boolean', help: 'Write the changelog file: prepend this release\'s section (idempotent), or with --all replace the file with the whole history. Without it nothing is written: notes is a dry run.' },
    { name: 'fold-prereleases', type: 'boolean', negatable: true, help: 'With --all: list a prerelease under the stable release that follows it instead of a section of its own (one that no stable release follows keeps its section).' },
    { name: 'include-prereleases', type: 'boolean', help: 'With --all: prereleases get sections of their own; this is the default now, kept for old scripts.' },
];
const notesCommand = (0,command/* defineCommand */.NB)({
    name: 'notes',
    synopsis: '[options]',
    summary: 'Release notes and the next version, printed: a dry run before tagging. Takes every input of the release-notes action as --name VALUE.',
    options: [...ACTION_OPTIONS, ...CLI_OPTIONS],
    epilogue: 'Options win over the notes: block of release-kit.yml, which wins over the defaults.',
    async run(values) {
        const directory = external_node_path_default().resolve(typeof values['working-directory'] === 'string' ? values['working-directory'] : '.');
        const git = new notes_git/* Git */.T(directory);
        const given = values.paths;
        const pathList = (given ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
        // The whole history: git's walk of the graph starts before the settings and the rendering code load
        // (a release-kit.yml that changes the range makes writeChangelog start it again).
        const early = values.all ? new history_reading/* HistoryReading */.F(git, { ...(typeof values.to === 'string' && values.to ? { to: values.to } : {}), paths: pathList }) : undefined;
        try {
            await notes({ ...values, paths: pathList.join('\n'), deepen: values.deepen === true ? 'true' : 'false' }, git, early);
        }
        catch (error) {
            early?.cancel(error);
            throw error;
        }
    },
});
async function notes(values, git, early) {
    const cwd = process.cwd();
    const [{ getNotesSettings }, repository] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(163), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 838)), process.env.GITHUB_REPOSITORY || repositoryOf(git)]);
    const settings = await getNotesSettings((0,command/* optionSource */.Ns)(values), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
    const write = values['write-changelog'] === true;
    const changelogFile = settings.changelogFile ?? external_node_path_default().join(settings.directory, 'CHANGELOG.md');
    if (!write && typeof values['changelog-file'] === 'string')
        console.error(`release-kit: ${values['changelog-file']} was not written; add --write-changelog to write it.`);
    if (values.all) {
        // The atomic writer (and node:crypto with it) loads only when a file is written.
        const [{ writeChangelog }, atomic] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(163), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 7476)), write ? __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 9521)) : undefined]);
        // Streamed: each release's section is written as soon as it is complete, in pieces of 64 KiB.
        const file = atomic ? atomic.openAtomicFile(changelogFile) : undefined;
        const output = chunked(file ? file.write : (text) => void process.stdout.write(text));
        try {
            const history = await writeChangelog(git, {
                ...(settings.request.to ? { to: settings.request.to } : {}),
                tagPattern: settings.request.tagPattern,
                paths: settings.request.paths ?? [],
                foldPrereleases: values['fold-prereleases'] === undefined ? settings.foldPrereleases : values['fold-prereleases'] === true,
                ...(settings.request.squashBodies ? { squashBodies: settings.request.squashBodies } : {}),
                ...(settings.request.render ? { render: settings.request.render } : {}),
                ...(settings.request.describe ? { describe: settings.request.describe } : {}),
            }, output.write, early);
            output.flush();
            file?.commit();
            if (values.json)
                console.error(JSON.stringify({ releases: history.releases.length, commits: history.commits }));
        }
        catch (error) {
            file?.abort();
            throw error;
        }
        return;
    }
    const [{ buildReleaseNotes }, { updateChangelog }, { contributionLookupOf }, { writeFilesAtomically }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(163), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 2361)),
        __webpack_require__.e(/* import() */ 385).then(__webpack_require__.bind(__webpack_require__, 2385)),
        Promise.all(/* import() */[__webpack_require__.e(339), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 9676)),
        __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 9521)),
    ]);
    const lookup = contributionLookupOf(settings, (message) => console.error(message));
    const result = await buildReleaseNotes(git, { ...settings.request, ...(lookup ? { lookup } : {}) });
    if (write)
        await updateChangelog(changelogFile, result, settings.request.render?.repositoryUrl);
    if (typeof values['notes-file'] === 'string' && values['notes-file'])
        await writeFilesAtomically([{ path: settings.notesFile, content: result.markdown }]);
    if (values.json) {
        const { changes: _changes, changelogMarkdown: _whole, ...summary } = result;
        console.log(JSON.stringify(summary, null, 2));
    }
    else {
        console.log(`# ${result.tag} (${result.bump}${result.previousTag ? ` since ${result.previousTag}` : ', first release'})\n`);
        process.stdout.write(result.markdown);
    }
}


/***/ }),

/***/ 2757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fK: () => (/* binding */ CHANGELOG_GRAPH_LOG),
  yG: () => (/* binding */ CHANGELOG_LOG),
  Ep: () => (/* binding */ COMMIT_RECORD),
  BA: () => (/* binding */ SQUASH_BODIES),
  fs: () => (/* binding */ changesOf),
  D3: () => (/* binding */ commitOf),
  Fe: () => (/* binding */ readCommits),
  Iw: () => (/* binding */ splitRecord)
});

// UNUSED EXPORTS: COMMIT_LOG, parseRecord

;// CONCATENATED MODULE: ./src/notes/conventional.ts
/**
 * Conventional Commits 1.0, read the way release engineers need them: type, scope, `!`, footers
 * (`BREAKING CHANGE:`, `Refs:`, `Closes #12`), reverts, PR merge commits and squash-merge bodies that
 * list several commits. A message that is not conventional is kept (as type `undefined`), never dropped.
 */
/** type(scope)!: subject — groups 1 to 4, unnamed (named groups cost a little on every one of 10,000 commits). */
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
/** Token, separator, value — groups 1 to 3, unnamed like HEADER's. */
const FOOTER = /^(BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(: | #)(.*)$/;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
const PR_MERGE = /^Merge pull request #(?<pr>\d+) from \S+/;
const REVERT_HEADER = /^Revert "(?<header>.+)"\s*$/;
const REVERTS_COMMIT = /This reverts commit (?<sha>[0-9a-f]{7,40})/;
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?<refs>#\d+(?:\s*(?:,|and)\s*#\d+)*)/gi;
const SHA = /^[0-9a-f]{7,40}$/;
const ISSUE_TOKENS = new Set(['refs', 'ref', 'closes', 'fixes', 'resolves', 'see', 'issue', 'issues']);
function numbers(text) {
    return [...text.matchAll(/#(\d+)/g)].map((m) => Number(m[1]));
}
const BREAKING_LINE = /^BREAKING[ -]CHANGE:(?: |$)/;
const BREAKING_ANYWHERE = /^BREAKING[ -]CHANGE:(?: |$)/m;
/** Where the trailing paragraphs made of footer lines start (`body.length` when none), read from the end. */
function trailingFootersStart(body) {
    let first = body.length;
    let end = body.length; // end (exclusive) of the line being read
    let top = -1; // first line of the paragraph being read; -1 between paragraphs
    for (;;) {
        const newline = end === 0 ? -1 : body.lastIndexOf('\n', end - 1);
        const start = newline + 1;
        const blank = body.slice(start, end).trim() === '';
        if (!blank)
            top = start;
        if ((blank || newline === -1) && top !== -1) {
            const eol = body.indexOf('\n', top);
            if (!FOOTER.test(body.slice(top, eol === -1 ? body.length : eol).trim()))
                return first;
            first = top;
            top = -1;
        }
        if (newline === -1)
            return first;
        end = newline;
    }
}
/**
 * Footers, as Conventional Commits 1.0 and git trailers define them:
 * - a `BREAKING CHANGE:` (or `BREAKING-CHANGE:`) line starts the footers wherever it stands, and its
 *   value runs on — over blank lines and further paragraphs — until the next `Token: value` line;
 * - otherwise the footers are the trailing paragraph(s) made of `Token: value` / `Token #value` lines
 *   (git trailers such as `Signed-off-by:`), whose values may wrap.
 * Only the footers are cut into lines: a long body costs one scan of its end.
 */
function splitFooters(body) {
    let first = trailingFootersStart(body);
    // A breaking-change footer before them starts the footers there: nothing after it is body text.
    if (body.includes('BREAKING')) {
        const breaking = BREAKING_ANYWHERE.exec(body);
        if (breaking && breaking.index < first)
            first = breaking.index;
    }
    if (first === body.length)
        return { text: body.trim(), footers: NONE };
    const footers = [];
    for (const line of body.slice(first).split('\n')) {
        const trimmed = line.trim();
        const match = FOOTER.exec(trimmed);
        // `Closes #12`: the `#` belongs to the value.
        if (match)
            footers.push({ token: match[1], value: `${match[2] === ' #' ? '#' : ''}${match[3].trim()}` });
        else if (BREAKING_LINE.test(trimmed))
            footers.push({ token: trimmed.slice(0, 'BREAKING CHANGE'.length), value: '' }); // the note on the next lines
        else if (footers.length)
            footers[footers.length - 1].value += `\n${trimmed}`;
    }
    for (const footer of footers)
        if (footer.value.includes('\n'))
            footer.value = footer.value.replace(/\n{3,}/g, '\n\n').trim();
    return { text: body.slice(0, first).trim(), footers };
}
/** `header`: trimmed. */
function parseHeader(header) {
    let text = header;
    let pr;
    if (header.charCodeAt(header.length - 1) === 41 /* ) */) {
        const suffix = PR_SUFFIX.exec(header);
        if (suffix) {
            pr = Number(suffix[1]);
            text = header.slice(0, suffix.index);
        }
    }
    text = text.trim();
    const match = HEADER.exec(text);
    // One literal with every field: each header has the same shape.
    return match
        ? { type: match[1].toLowerCase(), scope: match[2]?.trim() || undefined, breaking: match[3] === '!', subject: match[4].trim(), pr }
        : { type: undefined, scope: undefined, breaking: false, subject: text, pr };
}
/** The empty list every message without footers, issues or squashed commits shares (frozen: read only). */
const NONE = Object.freeze([]);
const NO_FOOTERS = { text: '', footers: NONE };
const MAY_CLOSE = /clos|fix|resolv/i;
/**
 * The changes listed in the body of a squash merge whose own header is not conventional (GitHub's default
 * squash title is the PR title, and its body lists the branch's commits as `* fix: …` lines): each
 * conventional line once. A conventional header already names the change, so its body is not read.
 */
function squashedCommits(text) {
    if (!text.includes('* '))
        return NONE;
    const found = [];
    const seen = new Set();
    for (const line of text.split('\n')) {
        const item = /^\s*\* (.+)$/.exec(line)?.[1];
        if (item === undefined || !HEADER.test(item.replace(PR_SUFFIX, '').trim()))
            continue;
        const commit = parseMessage(item);
        const key = `${commit.type}\0${commit.scope ?? ''}\0${commit.breaking}\0${commit.subject.toLowerCase()}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        found.push(commit);
    }
    return found;
}
function parseMessage(message) {
    const normalized = (message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message).trim();
    const newline = normalized.indexOf('\n');
    let header = newline === -1 ? normalized : normalized.slice(0, newline);
    let rest = newline === -1 ? '' : normalized.slice(newline + 1);
    let mergedPr;
    const merge = header.startsWith('Merge pull request #') ? PR_MERGE.exec(header) : null;
    if (merge) {
        // GitHub's merge commit: the PR title is the first line of the body.
        mergedPr = Number(merge.groups.pr);
        const body = rest.trim();
        const titleEnd = body.indexOf('\n');
        header = titleEnd === -1 ? body || header : body.slice(0, titleEnd);
        rest = titleEnd === -1 ? '' : body.slice(titleEnd + 1);
    }
    header = header.trim();
    rest = rest.trim();
    const parsed = parseHeader(header);
    // Most commits are a subject alone: skip the body's work for them.
    const { text, footers } = rest ? splitFooters(rest) : NO_FOOTERS;
    let breakingNotes;
    let issues;
    let refSha;
    for (const footer of footers) {
        // The same note twice (a squash of commits that each carried it) is one breaking change.
        if ((footer.token === 'BREAKING CHANGE' || footer.token === 'BREAKING-CHANGE') && !breakingNotes?.includes(footer.value))
            (breakingNotes ??= []).push(footer.value);
        const token = footer.token.toLowerCase();
        if (ISSUE_TOKENS.has(token))
            for (const n of numbers(footer.value))
                (issues ??= new Set()).add(n);
        if ((token === 'refs' || token === 'ref') && SHA.test(footer.value))
            refSha ??= footer.value;
    }
    // A closing reference names `#n`: text without a `#` needs no search.
    if ((header.includes('#') || text.includes('#')) && (MAY_CLOSE.test(header) || MAY_CLOSE.test(text))) {
        for (const match of `${header}\n${text}`.matchAll(CLOSING))
            for (const n of numbers(match.groups.refs))
                (issues ??= new Set()).add(n);
    }
    const revertHeader = header.startsWith('Revert "') ? REVERT_HEADER.exec(header) : null;
    const revertedSha = (rest.includes('This reverts commit') ? REVERTS_COMMIT.exec(rest)?.groups?.sha : undefined) ?? refSha;
    const pr = mergedPr ?? parsed.pr;
    if (pr !== undefined)
        issues?.delete(pr);
    const reverted = revertHeader?.groups.header;
    // One object literal with every field: each parsed message has the same shape.
    return {
        type: reverted !== undefined ? 'revert' : parsed.type,
        scope: parsed.scope,
        breaking: parsed.breaking || breakingNotes !== undefined,
        breakingNotes: breakingNotes ?? (parsed.breaking ? [parsed.subject] : NONE),
        subject: reverted ?? parsed.subject,
        body: text,
        footers,
        pr,
        issues: issues?.size ? [...issues].sort((a, b) => a - b) : NONE,
        reverts: revertedSha && (revertHeader || parsed.type === 'revert') ? revertedSha : undefined,
        revertedHeader: reverted,
        squashed: rest && parsed.type === undefined && reverted === undefined ? squashedCommits(rest) : NONE,
    };
}

;// CONCATENATED MODULE: ./src/notes/commits.ts

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%P', '%an', '%ae', '%cI', '%B'].join('%x1f') + '%x1e';
/** The parents of a record: one SHA (the common case) without a split. */
function parentsOf(text) {
    if (!text)
        return [];
    return text.indexOf(' ') === -1 ? [text] : text.split(' ');
}
function splitRecord(record) {
    let start = 0;
    while (record.charCodeAt(start) === 10)
        start++; // the newline git prints between records
    // Five fields, each ended by FIELD, then the message; a field whose end is missing is empty, as are those after it.
    const e1 = record.indexOf(FIELD, start);
    const e2 = e1 === -1 ? -1 : record.indexOf(FIELD, e1 + 1);
    const e3 = e2 === -1 ? -1 : record.indexOf(FIELD, e2 + 1);
    const e4 = e3 === -1 ? -1 : record.indexOf(FIELD, e3 + 1);
    const e5 = e4 === -1 ? -1 : record.indexOf(FIELD, e4 + 1);
    return {
        sha: e1 === -1 ? '' : record.slice(start, e1),
        parents: e2 === -1 ? [] : parentsOf(record.slice(e1 + 1, e2)),
        authorName: e3 === -1 ? '' : record.slice(e2 + 1, e3),
        authorEmail: e4 === -1 ? '' : record.slice(e3 + 1, e4),
        date: e5 === -1 ? '' : record.slice(e4 + 1, e5),
        message: e5 === -1 ? '' : record.slice(e5 + 1),
    };
}
function commitOf(record) {
    const m = parseMessage(record.message);
    // Every field named (no spread): each commit gets the same shape in one allocation.
    return {
        type: m.type,
        scope: m.scope,
        breaking: m.breaking,
        breakingNotes: m.breakingNotes,
        subject: m.subject,
        body: m.body,
        footers: m.footers,
        pr: m.pr,
        issues: m.issues,
        reverts: m.reverts,
        revertedHeader: m.revertedHeader,
        squashed: m.squashed,
        sha: record.sha,
        parents: record.parents,
        authorName: record.authorName,
        authorEmail: record.authorEmail,
        date: record.date,
    };
}
function parseRecord(record) {
    return commitOf(splitRecord(record));
}
/** `git log` arguments whose records `parseRecord` reads, separated by `COMMIT_RECORD`. */
const COMMIT_LOG = [`--format=${FORMAT}`];
/**
 * The same records for a whole-history changelog, which names no authors and dates a release by its day:
 * names empty, the date as YYYY-MM-DD (`%cs`, the day of `%cI`). A third less for git to write and to read.
 */
const CHANGELOG_LOG = [`--format=${['%H', '%P', '', '', '%cs', '%B'].join('%x1f')}%x1e`];
/** The graph alone for `splitRecord`: SHA, parents and day (names and message empty). */
const CHANGELOG_GRAPH_LOG = [`--format=${['%H', '%P', '', '', '%cs', ''].join('%x1f')}%x1e`];
const COMMIT_RECORD = RECORD;
/** The commits of `range`, newest first (children before parents), limited to `paths` when given. */
async function readCommits(git, range, paths = []) {
    const commits = [];
    await git.stream(['log', '--topo-order', ...COMMIT_LOG, range, ...(paths.length ? ['--', ...paths] : [])], RECORD, (record) => {
        if (record.trim())
            commits.push(parseRecord(record));
    });
    return commits;
}
const SQUASH_BODIES = ['non-conventional', 'never'];
/**
 * Turns the commits of a range into the changes the notes list:
 * - a revert whose target is in the range cancels both;
 * - a PR merge commit with a conventional title is one change standing for its branch's commits;
 *   with a non-conventional title it is no change, and its branch's commits are listed (with its PR link);
 * - other merge commits are no change; the commits they brought in are listed;
 * - a squash merge with a non-conventional header and conventional `* type: …` lines in its body is
 *   those changes, each once (see `SquashBodies`); it stays itself too when it alone carries a break.
 */
function changesOf(commits, head = commits[0]?.sha, options = {}) {
    // Most releases have neither reverts nor merges: then every commit is a change as it is.
    const graph = commits.some((commit) => commit.reverts !== undefined || commit.parents.length > 1) ? placeCommits(commits, head) : undefined;
    const expand = options.squashBodies !== 'never';
    const changes = [];
    for (const commit of commits) {
        if (graph && (graph.cancelled.has(commit.sha) || graph.foldedInto.has(commit.sha)))
            continue;
        const isMerge = commit.parents.length > 1;
        if (isMerge && !(commit.pr !== undefined && commit.type !== undefined))
            continue;
        const pr = commit.pr ?? graph?.prOf.get(commit.sha);
        const squashed = expand && !isMerge ? commit.squashed : [];
        // A break named only by the squash's own footer must not be lost with it.
        if (!squashed.length || (commit.breaking && !squashed.some((extra) => extra.breaking))) {
            // A commit is a change as it is (its extra fields do no harm); copied only to add a PR link.
            changes.push(pr === commit.pr ? commit : { ...commit, pr: pr });
        }
        for (const extra of squashed) {
            changes.push(Object.assign({}, extra, { sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail }, pr !== undefined && extra.pr === undefined ? { pr } : {}));
        }
    }
    return changes;
}
/** Reverts cancelled within the range, and what each merge brought in. */
function placeCommits(commits, head) {
    const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
    const cancelled = new Set();
    for (const commit of commits) {
        if (cancelled.has(commit.sha) || !commit.reverts)
            continue;
        const target = commit.reverts.length === 40 ? bySha.get(commit.reverts) : commits.find((c) => c.sha.startsWith(commit.reverts));
        if (target && !cancelled.has(target.sha)) {
            cancelled.add(commit.sha);
            cancelled.add(target.sha);
        }
    }
    // The branch a merge brought in: from its second parent along first parents, until the mainline.
    const mainline = new Set();
    for (let sha = head; sha && bySha.has(sha); sha = bySha.get(sha).parents[0])
        mainline.add(sha);
    const foldedInto = new Map();
    const prOf = new Map();
    for (const commit of commits) {
        if (commit.parents.length < 2)
            continue;
        const conventionalPr = commit.pr !== undefined && commit.type !== undefined;
        for (let sha = commit.parents[1]; sha && bySha.has(sha) && !mainline.has(sha) && !foldedInto.has(sha) && !prOf.has(sha); sha = bySha.get(sha).parents[0]) {
            if (conventionalPr)
                foldedInto.set(sha, commit);
            else if (commit.pr !== undefined)
                prOf.set(sha, commit.pr);
        }
    }
    return { cancelled, foldedInto, prOf };
}


/***/ }),

/***/ 4505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git),
/* harmony export */   v: () => (/* binding */ NotARepository)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3713);


/** git was run outside a repository: no revision can be looked up, so no other error applies. */
class NotARepository extends _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
/** A git repository on disk, read through the `git` command (the same one a developer uses). */
/** Paths printed as they are, no signature checks in `git log`: output parsed the same on every machine. */
const STABLE_OUTPUT = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false'];
/**
 * The environment git runs in: ours, with `GIT_FLUSH=0`. Into a pipe git otherwise flushes its output after
 * every commit (a write and a wake-up of the reader for each of 10,000 commits); every output is read to its
 * end here, so it is written in full buffers instead.
 */
let environment;
function gitEnvironment() {
    return (environment ??= { ...process.env, GIT_FLUSH: '0' });
}
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs git and returns its standard output; a failure is a UserError carrying git's own message. */
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = this.spawn(args);
            const out = [];
            const err = [];
            child.stdout.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => reject(new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot run git: ${error.message}. Is git installed?`)));
            child.on('close', (code) => {
                if (code === 0 || options.allowFailure)
                    resolve(Buffer.concat(out).toString('utf8'));
                else
                    reject(this.failure(args, Buffer.concat(err).toString('utf8').trim() || `exit ${code}`));
            });
        });
    }
    /**
     * Streams records of `git <args>` separated by `separator`, without holding the whole output:
     * memory stays flat in the size of the history. A throw from `onRecord`, or `signal`, stops git and
     * rejects with that error.
     */
    stream(args, separator, onRecord, options = {}) {
        return new Promise((resolve, reject) => {
            const child = this.spawn(args);
            let pending = '';
            let failed = false;
            const err = [];
            const fail = (error) => {
                if (failed)
                    return;
                failed = true;
                options.signal?.removeEventListener('abort', onAbort);
                child.kill();
                reject(error);
            };
            const onAbort = () => fail(options.signal.reason);
            if (options.signal?.aborted)
                return fail(options.signal.reason);
            options.signal?.addEventListener('abort', onAbort, { once: true });
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (chunk) => {
                if (failed)
                    return;
                pending += chunk;
                let at = pending.indexOf(separator);
                let start = 0;
                try {
                    while (at !== -1) {
                        onRecord(pending.slice(start, at));
                        start = at + separator.length;
                        at = pending.indexOf(separator, start);
                    }
                }
                catch (error) {
                    return fail(error);
                }
                pending = pending.slice(start);
            });
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => fail(new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Cannot run git: ${error.message}. Is git installed?`)));
            child.on('close', (code) => {
                if (failed)
                    return;
                if (code !== 0)
                    return fail(this.failure(args, Buffer.concat(err).toString('utf8').trim() || `exit ${code}`));
                try {
                    if (pending.trim())
                        onRecord(pending);
                }
                catch (error) {
                    return fail(error);
                }
                options.signal?.removeEventListener('abort', onAbort);
                resolve();
            });
        });
    }
    /** git's own message; outside a repository, what to do about it. */
    failure(args, stderr) {
        if (/not a git repository/i.test(stderr)) {
            return new NotARepository(`${this.cwd} is not in a git repository (${stderr.split('\n')[0]}). Run this inside the repository's checkout (in a workflow: actions/checkout with fetch-depth: 0 first).`);
        }
        return new _kit_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git ${args.join(' ')} failed: ${stderr}`);
    }
    spawn(args) {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...STABLE_OUTPUT, ...args], { cwd: this.cwd, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    }
    /** Every tag of the repository (one `for-each-ref`, no graph walk). */
    async tags() {
        const out = await this.run(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
        const refs = [];
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const [name, object, peeled] = line.split('\0');
            refs.push({ name, sha: peeled || object });
        }
        return refs;
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The full SHA of a revision, or undefined when it does not name a commit. */
    async resolve(revision) {
        const out = await this.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { allowFailure: true });
        return out.trim() || undefined;
    }
    async isAncestor(ancestor, descendant) {
        return new Promise((resolve) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['merge-base', '--is-ancestor', ancestor, descendant], { cwd: this.cwd, stdio: 'ignore' });
            child.on('close', (code) => resolve(code === 0));
            child.on('error', () => resolve(false));
        });
    }
}


/***/ }),

/***/ 7028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ HistoryReading)
/* harmony export */ });
/* harmony import */ var _commits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2757);

/** A `git` stream whose records wait until a reader is attached. */
class HeldStream {
    done;
    reader;
    early = [];
    constructor(git, args, separator, signal) {
        this.done = git.stream(args, separator, (record) => (this.reader ? this.reader(record) : this.early.push(record)), { signal });
        this.done.catch(() => undefined); // a failure is reported to whoever reads, not as an unhandled rejection
    }
    /** Hands every record, those already read first, to `reader`; resolves when git is done. */
    read(reader) {
        this.reader = reader;
        for (const record of this.early.splice(0))
            reader(record);
        return this.done;
    }
}
/**
 * The git processes of a whole-history changelog, started at once. `git log --date-order` walks the
 * whole graph before it prints anything; started before the settings and the rendering code load, that
 * wait overlaps them instead of adding to them.
 *
 * - `commits`: every commit from `to`, children before parents — with messages (no `paths`), or the
 *   graph alone (with `paths`: SHA, parents, date), to place the package's commits.
 * - `touching`: with `paths`, the commits that touch them, with messages.
 */
class HistoryReading {
    to;
    paths;
    commits;
    touching;
    tags;
    shallow;
    stop = new AbortController();
    constructor(git, source) {
        this.to = source.to || 'HEAD';
        this.paths = source.paths ?? [];
        const { signal } = this.stop;
        this.commits = new HeldStream(git, ['log', '--date-order', ...(this.paths.length ? _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGELOG_GRAPH_LOG */ .fK : _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGELOG_LOG */ .yG), this.to, '--'], _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RECORD */ .Ep, signal);
        this.touching = this.paths.length ? new HeldStream(git, ['log', ..._commits_js__WEBPACK_IMPORTED_MODULE_0__/* .CHANGELOG_LOG */ .yG, this.to, '--', ...this.paths], _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RECORD */ .Ep, signal) : undefined;
        this.tags = git.tags();
        this.shallow = git.isShallow();
        for (const answer of [this.tags, this.shallow])
            answer.catch(() => undefined);
    }
    /** Whether this reading is of `source`. */
    isOf(source) {
        const paths = source.paths ?? [];
        return (source.to || 'HEAD') === this.to && paths.length === this.paths.length && paths.every((p, i) => p === this.paths[i]);
    }
    /** Stops git; a reader waiting on a stream gets `reason`. */
    cancel(reason) {
        this.stop.abort(reason);
    }
}


/***/ })

};
