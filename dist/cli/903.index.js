export const id = 903;
export const ids = [903];
export const modules = {

/***/ 3903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   notesCommand: () => (/* binding */ notesCommand)
/* harmony export */ });
/* harmony import */ var _notes_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4505);
/* harmony import */ var _notes_history_reading_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7028);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);



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
const notesCommand = {
    name: 'notes',
    usage: `release-kit notes [options]   release notes and the next version, printed (a dry run before tagging)
  --from REV / --to REV   the range (default: previous release tag .. HEAD)
  --tag-pattern P         v{version} (default), or my-package@{version}
  --paths LIST            only commits touching these paths (comma separated)
  --prerelease ID         next version on a prerelease channel (beta → 1.3.0-beta.1)
  --spec-url-template U   link spec IDs: https://example.com/specs/{id}
  --requirements          add the "Requirements covered" list
  --json                  print version, bump, counts and notes as JSON
  --changelog-file FILE   also prepend the section to FILE (idempotent)
  --all                   the whole CHANGELOG.md, one section per release tag, streamed to stdout
                          (or written to --changelog-file, replacing it)`,
    options: {
        from: { type: 'string' },
        to: { type: 'string' },
        'tag-pattern': { type: 'string' },
        paths: { type: 'string' },
        prerelease: { type: 'string' },
        'spec-url-template': { type: 'string' },
        'spec-id-patterns': { type: 'string' },
        requirements: { type: 'boolean' },
        'hidden-types': { type: 'string' },
        'changelog-file': { type: 'string' },
        'config-file': { type: 'string' },
        'include-prereleases': { type: 'boolean' },
        json: { type: 'boolean' },
        all: { type: 'boolean' },
    },
    async run(values) {
        const cwd = process.cwd();
        const git = new _notes_git_js__WEBPACK_IMPORTED_MODULE_0__/* .Git */ .T(cwd);
        const pathList = typeof values.paths === 'string' ? values.paths.split(',').map((p) => p.trim()).filter(Boolean) : [];
        const paths = pathList.join('\n'); // the action's input form: one a line
        // The whole history: git's walk of the graph starts before the settings and the rendering code load
        // (a release-kit.yml that changes the range makes writeChangelog start it again).
        const early = values.all ? new _notes_history_reading_js__WEBPACK_IMPORTED_MODULE_1__/* .HistoryReading */ .F(git, { ...(typeof values.to === 'string' && values.to ? { to: values.to } : {}), paths: pathList }) : undefined;
        try {
            await notes(values, git, paths, early);
        }
        catch (error) {
            early?.cancel(error);
            throw error;
        }
    },
};
async function notes(values, git, paths, early) {
    const cwd = git.cwd;
    const [{ getNotesSettings }, repository] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(164), __webpack_require__.e(88), __webpack_require__.e(343), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 838)), process.env.GITHUB_REPOSITORY || repositoryOf(git)]);
    const settings = await getNotesSettings((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .optionSource */ .N)({ ...values, paths }), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
    if (values.all) {
        const [{ writeChangelog }, { openAtomicFile }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 7476)), __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 9521))]);
        // Streamed: each release's section is written as soon as it is complete, in pieces of 64 KiB.
        const file = settings.changelogFile ? openAtomicFile(settings.changelogFile) : undefined;
        const output = chunked(file ? file.write : (text) => void process.stdout.write(text));
        try {
            const history = await writeChangelog(git, {
                ...(settings.request.to ? { to: settings.request.to } : {}),
                tagPattern: settings.request.tagPattern,
                paths: settings.request.paths ?? [],
                includePrereleases: Boolean(values['include-prereleases']),
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
    const [{ buildReleaseNotes }, { updateChangelog }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(361)]).then(__webpack_require__.bind(__webpack_require__, 2361)), __webpack_require__.e(/* import() */ 385).then(__webpack_require__.bind(__webpack_require__, 2385))]);
    const result = await buildReleaseNotes(git, { ...settings.request, deepen: false });
    if (settings.changelogFile)
        await updateChangelog(settings.changelogFile, result, settings.request.render?.repositoryUrl);
    if (values.json) {
        const { changes: _changes, ...summary } = result;
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
  er: () => (/* binding */ COMMIT_GRAPH_LOG),
  BE: () => (/* binding */ COMMIT_LOG),
  Ep: () => (/* binding */ COMMIT_RECORD),
  fs: () => (/* binding */ changesOf),
  D3: () => (/* binding */ commitOf),
  Fe: () => (/* binding */ readCommits),
  Iw: () => (/* binding */ splitRecord)
});

// UNUSED EXPORTS: parseRecord

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
/** Footers: the trailing paragraph(s) made of `Token: value` / `Token #value` lines (values may wrap). */
function splitFooters(body) {
    const paragraphs = body.split(/\n\s*\n/);
    const footers = [];
    let firstFooter = paragraphs.length;
    for (let i = paragraphs.length - 1; i >= 0; i--) {
        const lines = paragraphs[i].split('\n');
        if (!FOOTER.test(lines[0].trim()))
            break;
        const found = [];
        for (const line of lines) {
            const match = FOOTER.exec(line.trim());
            // `Closes #12`: the `#` belongs to the value.
            if (match)
                found.push({ token: match[1], value: `${match[2] === ' #' ? '#' : ''}${match[3].trim()}` });
            else if (found.length)
                found[found.length - 1].value += `\n${line.trim()}`;
        }
        footers.unshift(...found);
        firstFooter = i;
    }
    return { text: paragraphs.slice(0, firstFooter).join('\n\n').trim(), footers };
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
/** Lines of a squash-merge body that are conventional headers of their own: `* fix: …`. */
function squashedCommits(text, parsed) {
    if (!text.includes('* '))
        return [];
    const found = [];
    for (const line of text.split('\n')) {
        const item = /^\s*\* (.+)$/.exec(line)?.[1];
        if (item === undefined || !HEADER.test(item.replace(PR_SUFFIX, '').trim()))
            continue;
        const commit = parseMessage(item);
        if (commit.subject !== parsed.subject || commit.type !== parsed.type)
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
        if (footer.token === 'BREAKING CHANGE' || footer.token === 'BREAKING-CHANGE')
            (breakingNotes ??= []).push(footer.value);
        const token = footer.token.toLowerCase();
        if (ISSUE_TOKENS.has(token))
            for (const n of numbers(footer.value))
                (issues ??= new Set()).add(n);
        if ((token === 'refs' || token === 'ref') && SHA.test(footer.value))
            refSha ??= footer.value;
    }
    if (MAY_CLOSE.test(header) || MAY_CLOSE.test(text)) {
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
        squashed: text ? squashedCommits(text, parsed) : NONE,
    };
}

;// CONCATENATED MODULE: ./src/notes/commits.ts

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%P', '%an', '%ae', '%cI', '%B'].join('%x1f') + '%x1e';
function splitRecord(record) {
    let start = 0;
    while (record.charCodeAt(start) === 10)
        start++; // the newline git prints between records
    const fields = [];
    for (let i = 0; i < 5; i++) {
        const end = record.indexOf(FIELD, start);
        if (end === -1)
            break;
        fields.push(record.slice(start, end));
        start = end + 1;
    }
    const [sha = '', parents = '', authorName = '', authorEmail = '', date = ''] = fields;
    return { sha, parents: parents ? parents.split(' ') : [], authorName, authorEmail, date, message: fields.length === 5 ? record.slice(start) : '' };
}
function commitOf(record) {
    return { ...parseMessage(record.message), sha: record.sha, parents: record.parents, authorName: record.authorName, authorEmail: record.authorEmail, date: record.date };
}
function parseRecord(record) {
    return commitOf(splitRecord(record));
}
/** `git log` arguments whose records `parseRecord` reads, separated by `COMMIT_RECORD`. */
const COMMIT_LOG = [`--format=${FORMAT}`];
/** The same records with only SHA, parents and date (names and message empty): the graph, for `splitRecord`. */
const COMMIT_GRAPH_LOG = [`--format=${['%H', '%P', '', '', '%cI', ''].join('%x1f')}%x1e`];
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
/**
 * Turns the commits of a range into the changes the notes list:
 * - a revert whose target is in the range cancels both;
 * - a PR merge commit with a conventional title is one change standing for its branch's commits;
 *   with a non-conventional title it is no change, and its branch's commits are listed (with its PR link);
 * - other merge commits are no change; the commits they brought in are listed;
 * - a squash-merge body listing further conventional commits adds one change for each.
 */
function changesOf(commits, head = commits[0]?.sha) {
    // Most releases have neither reverts nor merges: then every commit is a change as it is.
    const graph = commits.some((commit) => commit.reverts !== undefined || commit.parents.length > 1) ? placeCommits(commits, head) : undefined;
    const changes = [];
    for (const commit of commits) {
        if (graph && (graph.cancelled.has(commit.sha) || graph.foldedInto.has(commit.sha)))
            continue;
        const isMerge = commit.parents.length > 1;
        if (isMerge && !(commit.pr !== undefined && commit.type !== undefined))
            continue;
        const pr = commit.pr ?? graph?.prOf.get(commit.sha);
        // A commit is a change as it is (its extra fields do no harm); copied only to add a PR link.
        changes.push(pr === commit.pr ? commit : { ...commit, pr: pr });
        for (const extra of commit.squashed) {
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
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...STABLE_OUTPUT, ...args], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
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
        this.commits = new HeldStream(git, ['log', '--date-order', ...(this.paths.length ? _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_GRAPH_LOG */ .er : _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LOG */ .BE), this.to, '--'], _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RECORD */ .Ep, signal);
        this.touching = this.paths.length ? new HeldStream(git, ['log', ..._commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LOG */ .BE, this.to, '--', ...this.paths], _commits_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_RECORD */ .Ep, signal) : undefined;
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
