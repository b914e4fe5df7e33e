export const id = 567;
export const ids = [567];
export const modules = {

/***/ 7567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notesCommand: () => (/* binding */ notesCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
;// CONCATENATED MODULE: ./src/notes/render.ts
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
/** FR-2 before FR-10. One collator for all comparisons: creating one per call is slow. */
const naturalCompare = new Intl.Collator('en', { numeric: true }).compare;
function renderNotes(changes, options) {
    const repo = options.repositoryUrl?.replace(/\/+$/, '');
    const specPattern = compileSpecPatterns(options);
    const hidden = new Set(options.hiddenTypes ?? []);
    const sections = options.sections ?? DEFAULT_SECTIONS;
    const otherTitle = options.otherTitle ?? 'Other changes';
    const breakingTitle = options.breakingTitle ?? '⚠ Breaking changes';
    const specIds = new Set();
    const specCounts = new Map();
    const specLink = (id) => (options.specUrlTemplate ? `[${id}](${options.specUrlTemplate.replaceAll('{id}', encodeURIComponent(id))})` : id);
    const issueLink = (n) => (repo ? `[#${n}](${repo}/issues/${n})` : `#${n}`);
    const DIGIT = /\d/;
    const escapeText = (text) => (/[<>]/.test(text) ? text.replace(/</g, '&lt;').replace(/>/g, '&gt;') : text);
    // Spec IDs and issue numbers all hold a digit: text without one needs no search.
    const linkText = (text) => DIGIT.test(text)
        ? escapeText(text)
            .replace(specPattern, (id) => specLink(id))
            .replace(/(^|[\s(])#(\d+)\b/g, (_, lead, n) => `${lead}${issueLink(Number(n))}`)
        : escapeText(text);
    function idsOf(change) {
        const ids = new Set();
        const collect = (text) => {
            if (DIGIT.test(text))
                for (const id of text.match(specPattern) ?? [])
                    ids.add(id);
        };
        collect(change.subject);
        collect(change.body);
        for (const footer of change.footers)
            collect(footer.value);
        for (const note of change.breakingNotes)
            collect(note);
        return [...ids];
    }
    function line(change, text) {
        const ids = idsOf(change);
        ids.forEach((id) => {
            specIds.add(id);
            specCounts.set(id, (specCounts.get(id) ?? 0) + 1);
        });
        const inSubject = new Set(DIGIT.test(change.subject) ? (change.subject.match(specPattern) ?? []) : []);
        const extraIds = ids.filter((id) => !inSubject.has(id));
        const parts = [`- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(text)}`];
        if (change.pr !== undefined)
            parts.push(repo ? `([#${change.pr}](${repo}/pull/${change.pr}))` : `(#${change.pr})`);
        parts.push(repo ? `([${change.sha.slice(0, 7)}](${repo}/commit/${change.sha}))` : `(${change.sha.slice(0, 7)})`);
        const login = options.authors?.get(change.sha);
        if (login)
            parts.push(`by @${login}`);
        if (change.issues.length)
            parts.push(`— closes ${change.issues.map(issueLink).join(', ')}`);
        if (extraIds.length)
            parts.push(`— ${extraIds.map(specLink).join(', ')}`);
        return parts.join(' ');
    }
    const counts = {};
    const blocks = [];
    const visible = changes.filter((change) => !(change.type && hidden.has(change.type)));
    const breaking = visible.filter((change) => change.breaking);
    if (breaking.length) {
        counts[breakingTitle] = breaking.length;
        const lines = breaking.flatMap((change) => change.breakingNotes.map((note) => `- ${change.scope ? `**${escapeText(change.scope)}:** ` : ''}${linkText(note.replace(/\n+/g, ' '))}`));
        blocks.push(`### ${breakingTitle}\n\n${lines.join('\n')}`);
    }
    const known = new Set(sections.flatMap((section) => section.types));
    for (const section of [...sections, { title: otherTitle, types: [] }]) {
        const members = visible.filter((change) => (section.title === otherTitle ? !change.type || !known.has(change.type) : section.types.includes(change.type ?? '')));
        if (!members.length)
            continue;
        counts[section.title] = members.length;
        blocks.push(`### ${section.title}\n\n${members.map((change) => line(change, change.subject)).join('\n')}`);
    }
    if (options.requirements && specIds.size) {
        const list = [...specIds].sort(naturalCompare).map((id) => `- ${specLink(id)} (${specCounts.get(id)} ${specCounts.get(id) === 1 ? 'change' : 'changes'})`);
        blocks.push(`### Requirements covered\n\n${list.join('\n')}`);
    }
    if (options.newContributors?.length) {
        const list = options.newContributors.map((c) => `- @${c.login} made their first contribution${c.pr !== undefined ? ` in ${repo ? `[#${c.pr}](${repo}/pull/${c.pr})` : `#${c.pr}`}` : ''}`);
        blocks.push(`### New contributors\n\n${list.join('\n')}`);
    }
    if (!blocks.length)
        blocks.push('_No changes._');
    const compare = repo ? (options.previousTag ? `${repo}/compare/${options.previousTag}...${options.tag}` : `${repo}/commits/${options.tag}`) : undefined;
    const footer = compare ? `**Full changelog**: [${options.previousTag ? `${options.previousTag}...${options.tag}` : options.tag}](${compare})` : '';
    let markdown = blocks.join('\n\n') + (footer ? `\n\n${footer}` : '') + '\n';
    let truncated = false;
    const limit = options.maxLength ?? GITHUB_BODY_LIMIT;
    if (markdown.length > limit) {
        truncated = true;
        const note = (hidden) => `\n\n_… ${hidden} more changes are not shown: the notes exceed GitHub's ${limit.toLocaleString('en')}-character limit.${compare ? ` See the [full changelog](${compare}).` : ''}_\n`;
        const lines = markdown.split('\n');
        const total = lines.filter((l) => l.startsWith('- ')).length;
        let kept = '';
        let shown = 0;
        for (const l of lines) {
            if ((kept + l + '\n').length + note(total).length > limit)
                break;
            kept += l + '\n';
            if (l.startsWith('- '))
                shown++;
        }
        markdown = kept.trimEnd() + note(total - shown);
    }
    return { markdown, counts, specIds: [...specIds].sort(naturalCompare), truncated };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/notes/version.ts

const DEFAULT_BUMP_RULES = { breakingBelowOne: 'minor', minorTypes: ['feat'], patchTypes: ['fix', 'perf', 'revert'] };
const ORDER = ['none', 'patch', 'minor', 'major'];
function bumpFor(commits, previous, rules = DEFAULT_BUMP_RULES) {
    let bump = 'none';
    const raise = (to) => {
        if (ORDER.indexOf(to) > ORDER.indexOf(bump))
            bump = to;
    };
    for (const commit of commits) {
        if (commit.breaking)
            raise(previous && previous.major === 0 && rules.breakingBelowOne === 'minor' ? 'minor' : 'major');
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
    const base = lastStable === undefined ? options.initialVersion : (0,semver.inc)(lastStable, bump);
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

;// CONCATENATED MODULE: ./src/actions/release-notes/input-helper.ts






function regexList(source, name, patterns) {
    return patterns.map((pattern) => {
        try {
            return new RegExp(pattern);
        }
        catch (error) {
            throw new errors/* InputError */.dz(source.describe(name), pattern, `it must be a valid regular expression (${error.message})`);
        }
    });
}
/** Inputs win over the `notes:` block of release-kit.yml, which wins over the defaults. */
async function getNotesSettings(source, env) {
    const directory = external_node_path_default().resolve(env.workspace, (0,inputs/* stringField */.OM)(source, 'working-directory') || '.');
    const configInput = (0,inputs/* stringField */.OM)(source, 'config-file');
    const configPath = external_node_path_default().resolve(directory, configInput || 'release-kit.yml');
    if (configInput && !(0,external_node_fs_.existsSync)(configPath))
        throw new errors/* InputError */.dz(source.describe('config-file'), configInput, 'it must name an existing file');
    // The YAML parser and the config schema load only when there is a config file to read.
    const config = (0,external_node_fs_.existsSync)(configPath) ? (await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 2969))).loadNotesConfig(configPath)) : {};
    const text = (name) => (0,inputs/* stringField */.OM)(source, name) || config[name];
    const list = (name) => {
        const raw = (0,inputs/* splitList */.ry)(source.read(name));
        return raw.length ? raw : config[name];
    };
    const tagPattern = text('tag-pattern') ?? 'v{version}';
    if (!tagPattern.includes('{version}'))
        throw new errors/* InputError */.dz(source.describe('tag-pattern'), tagPattern, 'it must contain {version} (e.g. "v{version}")');
    const specUrlTemplate = text('spec-url-template');
    if (specUrlTemplate && !specUrlTemplate.includes('{id}')) {
        throw new errors/* InputError */.dz(source.describe('spec-url-template'), specUrlTemplate, 'it must contain {id} (e.g. "https://example.com/specs/{id}")');
    }
    const specPatterns = (0,inputs/* linesField */.Qz)(source, 'spec-id-patterns');
    const prerelease = text('prerelease');
    if (prerelease && !/^[0-9A-Za-z-]+$/.test(prerelease))
        throw new errors/* InputError */.dz(source.describe('prerelease'), prerelease, 'it must be a prerelease identifier such as beta or rc (letters, digits, -)');
    const initialVersion = text('initial-version');
    if (initialVersion && !/^\d+\.\d+\.\d+$/.test(initialVersion))
        throw new errors/* InputError */.dz(source.describe('initial-version'), initialVersion, 'it must be a version such as 0.1.0');
    const breakingInput = source.read('breaking-below-1');
    const breakingBelowOne = breakingInput ? (0,inputs/* choiceField */.cM)(source, 'breaking-below-1', ['minor', 'major']) : (config['breaking-below-1'] ?? 'minor');
    const requirementsInput = source.read('requirements');
    const requirements = requirementsInput ? (0,inputs/* booleanField */.hQ)(source, 'requirements', false) : (config.requirements ?? false);
    const pushedTag = env.ref?.startsWith('refs/tags/') ? env.ref.slice('refs/tags/'.length) : undefined;
    const from = (0,inputs/* stringField */.OM)(source, 'from');
    const to = (0,inputs/* stringField */.OM)(source, 'to') || pushedTag;
    const repository = env.repository;
    const token = (0,inputs/* secretField */.T2)(source, 'github-token');
    const changelog = text('changelog-file');
    const paths = (0,inputs/* linesField */.Qz)(source, 'paths');
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
                minorTypes: list('minor-types') ?? DEFAULT_BUMP_RULES.minorTypes,
                patchTypes: list('patch-types') ?? DEFAULT_BUMP_RULES.patchTypes,
            },
            deepen: (0,inputs/* booleanField */.hQ)(source, 'deepen', true),
            render: {
                ...(repository ? { repositoryUrl: `${env.serverUrl ?? 'https://github.com'}/${repository}` } : {}),
                sections: config.sections ?? DEFAULT_SECTIONS,
                ...(list('hidden-types') ? { hiddenTypes: list('hidden-types') } : {}),
                ...(config['breaking-title'] ? { breakingTitle: config['breaking-title'] } : {}),
                ...(config['other-title'] ? { otherTitle: config['other-title'] } : {}),
                ...(specIdPatterns ? { specIdPatterns } : {}),
                ...(specUrlTemplate ? { specUrlTemplate } : {}),
                requirements,
            },
        },
        ...(changelog ? { changelogFile: external_node_path_default().resolve(directory, changelog) } : {}),
        notesFile: external_node_path_default().resolve(env.workspace, (0,inputs/* stringField */.OM)(source, 'notes-file') || external_node_path_default().join(env.runnerTemp, 'release-notes.md')),
        ...(token ? { token } : {}),
        ...(repository ? { repository } : {}),
        ...(env.pullRequestTitle !== undefined ? { pullRequestTitle: env.pullRequestTitle } : {}),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/notes/git.ts


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
            child.on('error', (error) => reject(new errors/* UserError */.yo(`Cannot run git: ${error.message}. Is git installed?`)));
            child.on('close', (code) => {
                if (code === 0 || options.allowFailure)
                    resolve(Buffer.concat(out).toString('utf8'));
                else
                    reject(new errors/* UserError */.yo(`git ${args.join(' ')} failed: ${Buffer.concat(err).toString('utf8').trim() || `exit ${code}`}`));
            });
        });
    }
    /**
     * Streams records of `git <args>` separated by `separator`, without holding the whole output:
     * memory stays flat in the size of the history.
     */
    stream(args, separator, onRecord) {
        return new Promise((resolve, reject) => {
            const child = this.spawn(args);
            let pending = '';
            const err = [];
            child.stdout.setEncoding('utf8');
            child.stdout.on('data', (chunk) => {
                pending += chunk;
                let at = pending.indexOf(separator);
                let start = 0;
                while (at !== -1) {
                    onRecord(pending.slice(start, at));
                    start = at + separator.length;
                    at = pending.indexOf(separator, start);
                }
                pending = pending.slice(start);
            });
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => reject(new errors/* UserError */.yo(`Cannot run git: ${error.message}. Is git installed?`)));
            child.on('close', (code) => {
                if (code !== 0)
                    return reject(new errors/* UserError */.yo(`git ${args.join(' ')} failed: ${Buffer.concat(err).toString('utf8').trim()}`));
                if (pending.trim())
                    onRecord(pending);
                resolve();
            });
        });
    }
    spawn(args) {
        return (0,external_node_child_process_.spawn)('git', [...STABLE_OUTPUT, ...args], { cwd: this.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
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
            const child = (0,external_node_child_process_.spawn)('git', ['merge-base', '--is-ancestor', ancestor, descendant], { cwd: this.cwd, stdio: 'ignore' });
            child.on('close', (code) => resolve(code === 0));
            child.on('error', () => resolve(false));
        });
    }
}

;// CONCATENATED MODULE: ./src/notes/conventional.ts
/**
 * Conventional Commits 1.0, read the way release engineers need them: type, scope, `!`, footers
 * (`BREAKING CHANGE:`, `Refs:`, `Closes #12`), reverts, PR merge commits and squash-merge bodies that
 * list several commits. A message that is not conventional is kept (as type `undefined`), never dropped.
 */
/** type(scope)!: subject — groups 1 to 4, unnamed (named groups cost a little on every one of 10,000 commits). */
const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: +(\S.*)$/;
const FOOTER = /^(?<token>BREAKING[ -]CHANGE|[A-Za-z][\w-]*)(?<separator>: | #)(?<value>.*)$/;
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
                found.push({ token: match.groups.token, value: `${match.groups.separator === ' #' ? '#' : ''}${match.groups.value.trim()}` });
            else if (found.length)
                found[found.length - 1].value += `\n${line.trim()}`;
        }
        footers.unshift(...found);
        firstFooter = i;
    }
    return { text: paragraphs.slice(0, firstFooter).join('\n\n').trim(), footers };
}
function parseHeader(header) {
    let text = header;
    let pr;
    if (header.trimEnd().endsWith(')')) {
        const suffix = PR_SUFFIX.exec(header);
        if (suffix) {
            pr = Number(suffix[1]);
            text = header.slice(0, suffix.index);
        }
    }
    text = text.trim();
    const result = { breaking: false, subject: text };
    if (pr !== undefined)
        result.pr = pr;
    const match = HEADER.exec(text);
    if (match) {
        result.type = match[1].toLowerCase();
        const scope = match[2]?.trim();
        if (scope)
            result.scope = scope;
        result.breaking = match[3] === '!';
        result.subject = match[4].trim();
    }
    return result;
}
const NO_FOOTERS = { text: '', footers: [] };
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
    const breakingNotes = [];
    const issues = new Set();
    let refSha;
    for (const footer of footers) {
        if (footer.token === 'BREAKING CHANGE' || footer.token === 'BREAKING-CHANGE')
            breakingNotes.push(footer.value);
        const token = footer.token.toLowerCase();
        if (ISSUE_TOKENS.has(token))
            for (const n of numbers(footer.value))
                issues.add(n);
        if ((token === 'refs' || token === 'ref') && SHA.test(footer.value))
            refSha ??= footer.value;
    }
    if (MAY_CLOSE.test(header) || MAY_CLOSE.test(text)) {
        for (const match of `${header}\n${text}`.matchAll(CLOSING))
            for (const n of numbers(match.groups.refs))
                issues.add(n);
    }
    const revertHeader = header.startsWith('Revert "') ? REVERT_HEADER.exec(header) : null;
    const revertedSha = (rest.includes('This reverts commit') ? REVERTS_COMMIT.exec(rest)?.groups?.sha : undefined) ?? refSha;
    const pr = mergedPr ?? parsed.pr;
    if (pr !== undefined)
        issues.delete(pr);
    const result = {
        ...parsed,
        breaking: parsed.breaking || breakingNotes.length > 0,
        breakingNotes: breakingNotes.length ? breakingNotes : parsed.breaking ? [parsed.subject] : [],
        body: text,
        footers,
        issues: issues.size ? [...issues].sort((a, b) => a - b) : [],
        squashed: text ? squashedCommits(text, parsed) : [],
    };
    if (revertHeader) {
        result.type = 'revert';
        result.subject = result.revertedHeader = revertHeader.groups.header;
    }
    if (pr !== undefined)
        result.pr = pr;
    if (revertedSha && (revertHeader || parsed.type === 'revert'))
        result.reverts = revertedSha;
    return result;
}

;// CONCATENATED MODULE: ./src/notes/commits.ts

const FIELD = '\x1f';
const RECORD = '\x1e';
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%B'].join('%x1f') + '%x1e';
function parseRecord(record) {
    const [sha, parents, authorName, authorEmail, date, message] = (record.charCodeAt(0) === 10 ? record.replace(/^\n+/, '') : record).split(FIELD);
    // Fields added to the parsed message in place: no copy of every commit.
    return Object.assign(parseMessage(message ?? ''), { sha, parents: parents ? parents.split(' ') : [], authorName, authorEmail, date });
}
/**
 * Streams the commits of `range`, newest first, limited to `paths` when given. Topological order (the
 * default) makes git walk the whole range before the first commit; `order: 'date'` streams at once.
 */
async function readCommits(git, range, paths = [], onCommit, order = 'topo') {
    const commits = [];
    await git.stream(['log', ...(order === 'topo' ? ['--topo-order'] : []), `--format=${FORMAT}`, range, ...(paths.length ? ['--', ...paths] : [])], RECORD, (record) => {
        if (!record.trim())
            return;
        const commit = parseRecord(record);
        if (onCommit)
            onCommit(commit);
        else
            commits.push(commit);
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
    const changes = [];
    for (const commit of commits) {
        if (cancelled.has(commit.sha) || foldedInto.has(commit.sha))
            continue;
        const isMerge = commit.parents.length > 1;
        if (isMerge && !(commit.pr !== undefined && commit.type !== undefined))
            continue;
        const pr = commit.pr ?? prOf.get(commit.sha);
        // A commit is a change as it is (its extra fields do no harm); copied only to add a PR link.
        changes.push(pr === commit.pr ? commit : { ...commit, pr: pr });
        for (const extra of commit.squashed) {
            changes.push(Object.assign({}, extra, { sha: commit.sha, authorName: commit.authorName, authorEmail: commit.authorEmail }, pr !== undefined && extra.pr === undefined ? { pr } : {}));
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/notes/changelog.ts
/** CHANGELOG.md sections, newest first; writing one version twice replaces it instead of repeating it. */
function changelogHeading(version, date, compareUrl) {
    return `## ${compareUrl ? `[${version}](${compareUrl})` : version} (${date})`;
}
function changelogSection(version, date, body, compareUrl) {
    return `${changelogHeading(version, date, compareUrl)}\n\n${body.trim()}\n`;
}
const changelog_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The line where the section of `version` starts: `## 1.2.3`, `## [1.2.3](…)`, `## v1.2.3 …`. */
function headingPattern(version) {
    return new RegExp(`^##\\s+\\[?v?${changelog_escape(version)}(?:\\]|\\s|$)`);
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

// EXTERNAL MODULE: ./src/notes/tags.ts
var notes_tags = __webpack_require__(9944);
;// CONCATENATED MODULE: ./src/notes/history.ts




/**
 * A whole CHANGELOG.md, one section per release tag, from one `git log` pass: each commit belongs to
 * the oldest release that contains it (commits after the newest tag are "Unreleased").
 */
async function buildChangelog(git, request) {
    const pattern = (0,notes_tags/* compileTagPattern */.aE)(request.tagPattern);
    const to = request.to || 'HEAD';
    const toSha = (await git.resolve(to)) ?? to;
    const commits = [];
    const bySha = new Map();
    // The tag list, the history and (with paths) the full graph are read at once, each in one pass.
    const [allTags, , graph] = await Promise.all([
        (0,notes_tags/* releaseTags */.dt)(git, pattern),
        readCommits(git, toSha, request.paths ?? [], (commit) => {
            commits.push(commit);
            bySha.set(commit.sha, commit);
        }, 'date'),
        request.paths?.length ? parentGraph(git, toSha) : Promise.resolve(undefined),
    ]);
    // Reachable from `to` = in the history just read: no per-tag graph walk.
    const reachable = (sha) => (graph ? graph.has(sha) : bySha.has(sha));
    const tags = allTags.filter((t) => reachable(t.sha) && (request.includePrereleases || t.version.prerelease.length === 0));
    const ascending = [...tags].reverse();
    const parentsOf = (sha) => graph?.get(sha) ?? bySha.get(sha)?.parents ?? [];
    const release = new Map(); // sha → tag
    for (const tag of ascending) {
        const stack = [tag.sha];
        while (stack.length) {
            const sha = stack.pop();
            if (release.has(sha))
                continue;
            release.set(sha, tag.name);
            for (const parent of parentsOf(sha))
                if (!release.has(parent))
                    stack.push(parent);
        }
    }
    const buckets = new Map();
    for (const commit of commits) {
        const key = release.get(commit.sha) ?? '';
        let bucket = buckets.get(key);
        if (!bucket)
            buckets.set(key, (bucket = []));
        bucket.push(commit);
    }
    const sections = [];
    const releases = [];
    const repo = request.render?.repositoryUrl?.replace(/\/+$/, '');
    const shaOfTag = new Map(tags.map((t) => [t.name, t.sha]));
    const ordered = [...(buckets.has('') ? [{ name: '', version: undefined }] : []), ...tags.map((t) => ({ name: t.name, version: t.version.version }))];
    for (const [index, entry] of ordered.entries()) {
        const previousTag = ordered[index + 1]?.name;
        const changes = changesOf(buckets.get(entry.name) ?? [], entry.name ? shaOfTag.get(entry.name) : toSha);
        const tag = entry.name || to;
        const rendered = renderNotes(changes, { ...request.render, tag, ...(previousTag ? { previousTag } : {}), maxLength: Number.MAX_SAFE_INTEGER });
        const compare = repo && previousTag ? `${repo}/compare/${previousTag}...${tag}` : undefined;
        const body = rendered.markdown.replace(/\n\*\*Full changelog\*\*: .*\n$/, '\n');
        const tagSha = shaOfTag.get(entry.name);
        const date = dateOf((tagSha && bySha.get(tagSha)) || buckets.get(entry.name)?.[0]);
        sections.push(entry.version ? changelogSection(entry.version, date, body, compare) : `## Unreleased\n\n${body.trim()}\n`);
        if (entry.version)
            releases.push({ tag: entry.name, version: entry.version, changes: changes.length, counts: rendered.counts });
    }
    return { markdown: `${CHANGELOG_TITLE}\n${sections.join('\n')}`, releases, commits: commits.length };
}
function dateOf(commit) {
    return commit ? commit.date.slice(0, 10) : '';
}
async function parentGraph(git, to) {
    const graph = new Map();
    await git.stream(['rev-list', '--parents', to], '\n', (line) => {
        const [sha, ...parents] = line.trim().split(' ');
        if (sha)
            graph.set(sha, parents);
    });
    return graph;
}

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

;// CONCATENATED MODULE: ./src/notes/release-notes.ts






async function ensureFullHistory(git, deepen) {
    if (!(await git.isShallow()))
        return;
    if (!deepen) {
        throw new errors/* UserError */.yo('The repository is a shallow clone, so earlier releases and commits are missing. Check it out with full history (actions/checkout with fetch-depth: 0).');
    }
    await git.run(['fetch', '--unshallow', '--tags', '--quiet']).catch((error) => {
        throw new errors/* UserError */.yo(`The repository is a shallow clone and deepening it failed (${error.message}). Check it out with full history: actions/checkout with fetch-depth: 0.`);
    });
}
async function resolveRevision(git, input, revision) {
    const sha = await git.resolve(revision);
    if (!sha)
        throw new errors/* UserError */.yo(`Input "${input}" has the value ${JSON.stringify(revision)}, but it must name a commit or tag of this repository (no such revision was found).`);
    return sha;
}
async function buildReleaseNotes(git, request) {
    const pattern = (0,notes_tags/* compileTagPattern */.aE)(request.tagPattern);
    const to = request.to || 'HEAD';
    await ensureFullHistory(git, request.deepen ?? true); // before reading tags: deepening fetches them
    const [toSha, tags] = await Promise.all([resolveRevision(git, 'to', to), (0,notes_tags/* releaseTags */.dt)(git, pattern)]);
    const reachable = new notes_tags/* Reachability */.eb(git, toSha);
    const toTag = pattern.versionOf(to)
        ? tags.find((t) => t.name === to)
        : tags.find((t) => t.sha === toSha && (!request.prerelease || t.version.prerelease[0] === request.prerelease));
    const toVersion = toTag?.version;
    let previous;
    let fromSha;
    if (request.from) {
        fromSha = await resolveRevision(git, 'from', request.from);
        if (!(await git.isAncestor(fromSha, toSha))) {
            throw new errors/* UserError */.yo(`Input "from" has the value ${JSON.stringify(request.from)}, but it must be an ancestor of "to" (${to}); it is on another line of history.`);
        }
        previous = tags.find((t) => t.name === request.from);
    }
    else {
        const includePrereleases = toVersion ? toVersion.prerelease.length > 0 : Boolean(request.prerelease);
        previous = await (0,notes_tags/* previousRelease */.Fi)(tags, reachable, { ...(toVersion ? { below: toVersion } : { excludeSha: toSha }), includePrereleases });
        fromSha = previous?.sha;
    }
    const paths = request.paths ?? [];
    const commits = await readCommits(git, fromSha ? `${fromSha}..${toSha}` : toSha, paths);
    let changes = changesOf(commits);
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
        bump = bumpBetween(lastStable?.version, toVersion);
    }
    else {
        // The bump counts everything since the last stable release, even when the notes start at a prerelease.
        const sinceStable = lastStable && lastStable.sha !== fromSha ? changesOf(await readCommits(git, `${lastStable.sha}..${toSha}`, paths)) : changes;
        bump = bumpFor(sinceStable, lastStable?.version, request.bumpRules ?? DEFAULT_BUMP_RULES);
        version = nextVersion({
            lastStable: lastStable?.version,
            bump,
            initialVersion: request.initialVersion ?? '0.1.0',
            ...(request.prerelease ? { prereleaseId: request.prerelease } : {}),
            existing: tags.map((t) => t.version),
        });
    }
    const tag = toTag?.name ?? pattern.tagFor(version);
    const date = (await git.run(['log', '-1', '--format=%cs', toSha])).trim();
    const rendered = renderNotes(changes, { ...request.render, ...contributions, tag, ...(previous ? { previousTag: previous.name } : fromSha && request.from ? { previousTag: request.from } : {}) });
    return {
        ...rendered,
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

// EXTERNAL MODULE: ./src/kit/atomic-write.ts
var atomic_write = __webpack_require__(9521);
;// CONCATENATED MODULE: ./src/notes/write-changelog.ts



/** Prepends (or replaces) this release's section in a CHANGELOG.md; returns whether the file changed. */
async function updateChangelog(file, result, repositoryUrl) {
    const existing = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    });
    const compare = repositoryUrl && result.previousTag ? `${repositoryUrl}/compare/${result.previousTag}...${result.tag}` : undefined;
    const body = result.markdown.replace(/\n\*\*Full changelog\*\*: .*\n$/, '\n');
    const updated = upsertChangelogSection(existing, result.version, changelogSection(result.version, result.date, body, compare));
    if (updated === existing)
        return false;
    await (0,atomic_write/* writeFilesAtomically */.i)([{ path: file, content: updated }]);
    return true;
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/notes.ts







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
  --all                   the whole CHANGELOG.md, one section per release tag (to stdout or --changelog-file)`,
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
        const git = new Git(cwd);
        const repository = process.env.GITHUB_REPOSITORY || (await repositoryOf(git)); // one quick git call
        const paths = typeof values.paths === 'string' ? values.paths.split(',').join('\n') : '';
        const settings = await getNotesSettings((0,command/* optionSource */.N)({ ...values, paths }), { workspace: cwd, runnerTemp: cwd, ...(repository ? { repository } : {}) });
        if (values.all) {
            const history = await buildChangelog(git, {
                ...(settings.request.to ? { to: settings.request.to } : {}),
                tagPattern: settings.request.tagPattern,
                paths: settings.request.paths ?? [],
                includePrereleases: Boolean(values['include-prereleases']),
                ...(settings.request.render ? { render: settings.request.render } : {}),
            });
            if (settings.changelogFile)
                await (0,promises_.writeFile)(settings.changelogFile, history.markdown);
            else
                process.stdout.write(history.markdown);
            if (values.json)
                console.error(JSON.stringify({ releases: history.releases.length, commits: history.commits }));
            return;
        }
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
    },
};


/***/ }),

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3713);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes every file or none: each goes to a temporary sibling first and is renamed into place only
 * after all of them were written, so a reader never sees a half-written sums file.
 */
async function writeFilesAtomically(files) {
    const staged = [];
    try {
        for (const file of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file.path), { recursive: true });
            const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file.path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file.path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
            staged.push({ temp, path: file.path });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, file.content, { flag: 'wx' });
        }
        // Renames within a folder only fail when the target cannot be replaced: check them all first.
        for (const { path } of staged) {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined))?.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write ${path}: a folder of that name is in the way.`);
        }
        for (const { temp, path } of staged)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await Promise.all(staged.map(({ temp }) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true })));
        throw error;
    }
}


/***/ }),

/***/ 7127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qz: () => (/* binding */ linesField),
/* harmony export */   T2: () => (/* binding */ secretField),
/* harmony export */   WB: () => (/* binding */ choiceListField),
/* harmony export */   cM: () => (/* binding */ choiceField),
/* harmony export */   hQ: () => (/* binding */ booleanField),
/* harmony export */   nm: () => (/* binding */ integerField),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
/* unused harmony export field */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3713);


function fail(source, name, value, allowed, secret = false) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(source.describe(name), value, allowed, { secret });
}
/** Parses one input with a zod schema; `allowed` says in words what the schema accepts. */
function field(source, name, schema, allowed, options = {}) {
    const raw = source.read(name);
    if (options.secret && raw !== '')
        source.mask(raw);
    if (raw === '') {
        if (options.default !== undefined)
            return options.default;
        if (options.required)
            fail(source, name, raw, `it is required: ${allowed}`, options.secret);
    }
    const result = schema.safeParse(raw);
    if (!result.success)
        fail(source, name, raw, allowed, options.secret);
    return result.data;
}
function stringField(source, name, options = {}) {
    return field(source, name, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return field(source, name, zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    return field(source, name, zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n([...TRUE, ...FALSE]).transform((value) => TRUE.includes(value)), 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    return field(source, name, zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(choices), `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[+-]?\d+$/)
        .transform(Number)
        .pipe(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(range.min).max(range.max));
    return field(source, name, schema, `it must be a whole number from ${range.min} to ${range.max}`, options);
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

/***/ 9944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ previousRelease),
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
/** Every release tag of this scheme, newest version first (one `for-each-ref`, no graph walk). */
async function releaseTags(git, pattern) {
    const out = await git.run(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    const tags = [];
    for (const line of out.split('\n')) {
        if (!line)
            continue;
        const [name, object, peeled] = line.split('\0');
        const version = pattern.versionOf(name);
        if (version)
            tags.push({ name, version, sha: peeled || object });
    }
    return tags.sort((a, b) => b.version.compare(a.version) || a.name.localeCompare(b.name));
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
