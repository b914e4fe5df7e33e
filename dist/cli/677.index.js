export const id = 677;
export const ids = [677];
export const modules = {

/***/ 2677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  distributeCommand: () => (/* binding */ distributeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
// EXTERNAL MODULE: ./src/kit/github.ts
var github = __webpack_require__(369);
;// CONCATENATED MODULE: ./src/kit/markdown.ts
/** Markdown pieces for job summaries and release notes; pure, so the CLI and tests use them too. */
/** Text safe inside a table cell: pipes escaped, line breaks shown as ⏎ (never breaking the row). */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '⏎');
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = '`'.repeat((text.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0) + 1);
    return fence.length > 1 ? `${fence} ${text} ${fence}` : `\`${text}\``;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
const UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
function bytes(size) {
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${size} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

// EXTERNAL MODULE: ./src/plan/load-config.ts
var load_config = __webpack_require__(142);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/release/api.ts
/** The GitHub release endpoints publish uses, behind one interface (tests replace it; the action uses Octokit). */
/** An HTTP failure from the API, with what a retry decision needs. */
class ApiError extends Error {
    name = 'ApiError';
    status;
    code;
    constructor(status, message, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
/** A 422 whose error code is `already_exists` (a release for the tag, or an asset of the name). */
function isAlreadyExists(error) {
    const e = error;
    return e.status === 422 && (e.code === 'already_exists' || Boolean(e.response?.data?.errors?.some((x) => x.code === 'already_exists')));
}

;// CONCATENATED MODULE: ./src/release/octokit-api.ts




/** Octokit errors carry `status` and `response.data.errors[].code`; normalise them. */
function apiError(error) {
    const e = error;
    if (typeof e.status !== 'number')
        throw error;
    const detail = e.response?.data?.errors?.map((x) => x.message ?? x.code).filter(Boolean).join('; ');
    throw new ApiError(e.status, `${e.response?.data?.message ?? e.message}${detail ? ` (${detail})` : ''}`, e.response?.data?.errors?.[0]?.code);
}
/**
 * Uploads stream the file with its length (GitHub requires Content-Length); the one request a file is
 * not retried here: the publish step decides, after cleaning up a half-uploaded asset.
 */
function streamUpload(url, token, file, userAgent) {
    return new Promise((resolve, reject) => {
        const target = new URL(url);
        // Looked up at call time (not bound at import), so interceptors such as nock see the request.
        const send = target.protocol === 'http:' ? (external_node_http_default()).request : (external_node_https_default()).request;
        const req = send(target, {
            method: 'POST',
            headers: {
                authorization: `token ${token}`,
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
                'content-type': file.contentType,
                'content-length': String(file.size),
                'user-agent': userAgent,
            },
        });
        req.on('response', (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                let body = {};
                try {
                    body = text ? JSON.parse(text) : {};
                }
                catch {
                    body = { message: text.slice(0, 200) };
                }
                if (res.statusCode === 201)
                    return resolve(body);
                const error = new ApiError(res.statusCode ?? 0, body.message ?? `HTTP ${res.statusCode}`, body.errors?.[0]?.code);
                error.retryAfter = Number(res.headers['retry-after']) || undefined;
                reject(error);
            });
            res.on('error', reject);
        });
        req.on('error', reject);
        const stream = (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: 1024 * 1024 });
        stream.on('error', (error) => req.destroy(error));
        stream.pipe(req);
    });
}
function octokitReleaseApi(client, owner, repo, token) {
    const call = async (work) => (await respond(work)).data;
    const respond = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            apiError(error);
        }
    };
    /** Every page, following the Link header: no extra request for an empty last page. */
    async function allPages(fetchPage) {
        const all = [];
        for (let page = 1;; page++) {
            const { data, headers } = await respond(() => fetchPage(page));
            all.push(...data);
            if (!/rel="next"/.test(headers.link ?? ''))
                return all;
        }
    }
    return {
        listReleases: () => allPages((page) => client.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100, page })),
        getRelease: (id) => call(() => client.request('GET /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id })),
        createRelease: (fields) => call(() => client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, ...fields })),
        updateRelease: (id, fields) => call(() => client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id, ...fields })),
        deleteRelease: async (id) => void (await call(() => client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: id }))),
        listAssets: (releaseId) => allPages((page) => client.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: releaseId, per_page: 100, page })),
        deleteAsset: async (assetId) => void (await call(() => client.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: assetId }))),
        uploadAsset(release, file) {
            const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
            url.searchParams.set('name', file.name);
            if (file.label)
                url.searchParams.set('label', file.label);
            return streamUpload(url.toString(), token, file, 'release-kit');
        },
    };
}

// EXTERNAL MODULE: ./src/notes/changelog.ts
var changelog = __webpack_require__(3611);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/distribute/repo-writer.ts
/**
 * Writing files to a GitHub repository through the API only (no clone): a set of files becomes one
 * commit on a branch (git data: blobs, tree, commit, ref), pushed to the branch itself or offered as a
 * pull request, from a fork when asked. Nothing is written when the files are already there, and an
 * open pull request for the same branch is reused: a re-run makes no second commit or pull request.
 */


/** Git's object id of a blob with this content: what a tree lists for an identical file. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
function split(repository) {
    const [owner, repo] = repository.split('/');
    return { owner: owner, repo: repo };
}
/** The changes `files`/`remove` make to a tree; empty when it already holds them. */
async function changes(api, owner, repo, tree, request) {
    const existing = new Map((await api.listTree(owner, repo, tree)).filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
    const changed = [];
    for (const file of request.files)
        if (existing.get(file.path) !== gitBlobSha(file.content))
            changed.push(file);
    for (const path of request.remove ?? [])
        if (existing.has(path))
            changed.push({ path, content: null });
    return changed;
}
async function commitOnto(api, owner, repo, parent, baseTree, changed, message) {
    const entries = [];
    for (const change of changed)
        entries.push({ path: change.path, sha: change.content === null ? null : await api.createBlob(owner, repo, change.content) });
    const tree = await api.createTree(owner, repo, baseTree, entries);
    return api.createCommit(owner, repo, message, tree, parent);
}
async function writeToRepository(api, request) {
    const { owner, repo } = split(request.repository);
    const info = await api.getRepository(owner, repo);
    const base = request.branch ?? info.defaultBranch;
    const head = await api.getBranchHead(owner, repo, base);
    if (!head)
        throw new errors/* UserError */.yo(`${request.repository} has no branch ${base}.`);
    const baseTree = await api.getCommitTree(owner, repo, head);
    const changed = await changes(api, owner, repo, baseTree, request);
    if (request.mode === 'push') {
        if (changed.length === 0)
            return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
        const commit = await commitOnto(api, owner, repo, head, baseTree, changed, request.message);
        await api.updateBranch(owner, repo, base, commit, false);
        return { outcome: 'committed', commit, detail: `${request.repository}@${base}: ${commit.slice(0, 7)} (${changed.length} file${changed.length === 1 ? '' : 's'})` };
    }
    const branch = request.pullBranch;
    if (!branch)
        throw new Error('pull-request mode needs a branch name');
    const target = request.fork ? await api.fork(owner, repo) : { owner, name: repo };
    const headLabel = `${target.owner}:${branch}`;
    const open = await api.findOpenPull(owner, repo, headLabel, base);
    if (!open && changed.length === 0)
        return { outcome: 'unchanged', detail: `${request.repository}@${base} already has these files` };
    const existingHead = await api.getBranchHead(target.owner, target.name, branch);
    const upToDate = existingHead !== undefined && (await changes(api, target.owner, target.name, await api.getCommitTree(target.owner, target.name, existingHead), request)).length === 0;
    if (!upToDate) {
        const commit = await commitOnto(api, target.owner, target.name, head, baseTree, changed, request.message);
        if (existingHead)
            await api.updateBranch(target.owner, target.name, branch, commit, true);
        else
            await api.createBranch(target.owner, target.name, branch, commit);
    }
    if (open)
        return upToDate ? { outcome: 'pull-request-exists', pull: open, detail: `pull request #${open.number} is already open` } : { outcome: 'pull-request-updated', pull: open, detail: `pull request #${open.number} updated` };
    const pull = await api.createPull(owner, repo, { title: request.pullTitle ?? request.message, body: request.pullBody ?? '', head: headLabel, base });
    return { outcome: 'pull-request-opened', pull, detail: `pull request #${pull.number}` };
}

;// CONCATENATED MODULE: ./src/distribute/changelog-commit.ts
/**
 * Keeping CHANGELOG.md: after publishing, this release's section (as release-notes wrote it into the
 * job's checkout) is put into the default branch's changelog — read fresh through the API, so commits
 * made since the tag are kept — and committed there, or offered as a pull request. The same
 * repository writer as the Homebrew tap and the winget pull request; a re-run changes nothing.
 */



/** The section of `version` in a changelog (heading to the next `## `), or undefined. */
function sectionOf(text, version) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const pattern = (0,changelog/* headingPattern */.Df)(version);
    const start = lines.findIndex((line) => pattern.test(line));
    if (start === -1)
        return undefined;
    let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
    if (end === -1)
        end = lines.length;
    return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
}
async function commitChangelog(api, request) {
    const section = sectionOf(request.updated, request.version);
    if (!section)
        throw new errors/* UserError */.yo(`${request.file} has no section for ${request.version}: was it written by release-notes (changelog-file) in this job?`);
    const [owner, repo] = request.repository.split('/');
    const { defaultBranch } = await api.getRepository(owner, repo);
    const current = (await api.readFile(owner, repo, request.file, defaultBranch)) ?? '';
    const content = (0,changelog/* upsertChangelogSection */.Jf)(current, request.version, section);
    return writeToRepository(api, {
        repository: request.repository,
        files: [{ path: request.file, content }],
        message: `chore(release): ${request.file} for ${request.tag}`,
        mode: request.mode,
        pullBranch: `release-kit/changelog-${request.tag}`,
        pullTitle: `chore(release): ${request.file} for ${request.tag}`,
        pullBody: `The changelog section of ${request.tag}, as published.`,
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/distribute/assets.ts
/**
 * What each release asset is for (os, arch, kind), read from its name, and the choice of the assets
 * each package manager lists.
 */


const KINDS = [
    [/\.(tar\.gz|tgz)$/i, 'tar.gz'],
    [/\.(tar\.xz|txz)$/i, 'tar.xz'],
    [/\.zip$/i, 'zip'],
    [/\.dmg$/i, 'dmg'],
    [/\.msi$/i, 'msi'],
    // An .exe is an installer only when its name says so (electron-builder's "Setup", Tauri's "-setup"); a bare CLI .exe is not.
    [/(setup|install)[^/]*\.exe$/i, 'nsis'],
    [/\.(msix|msixbundle)$/i, 'msix'],
];
/** Name tokens, split at separators so "darwin" is not found in "mydarwinapp". */
function tokens(name) {
    return name.toLowerCase().split(/[^a-z0-9_]+/).flatMap((t) => [t, ...t.split('_')]);
}
function classify(asset) {
    const kind = KINDS.find(([pattern]) => pattern.test(asset.name))?.[1];
    const words = new Set(tokens(asset.name));
    const has = (...names) => names.some((n) => words.has(n));
    let os;
    if (has('macos', 'mac', 'darwin', 'osx', 'apple') || kind === 'dmg')
        os = 'macos';
    else if (has('windows', 'win', 'win32', 'win64') || kind === 'msi' || kind === 'nsis' || kind === 'msix')
        os = 'windows';
    else if (has('linux'))
        os = 'linux';
    let arch;
    if (has('universal'))
        arch = 'universal';
    else if (has('arm64', 'aarch64'))
        arch = 'arm64';
    else if (has('x64', 'x86_64', 'amd64', 'win64') || asset.name.toLowerCase().includes('x86_64'))
        arch = 'x64';
    else if (has('x86', 'i386', 'i686', '386', 'ia32', 'win32'))
        arch = 'x86';
    return { ...asset, ...(os ? { os } : {}), ...(arch ? { arch } : {}), ...(kind ? { kind } : {}) };
}
/** A glob over asset names: `*` and `?` only (names have no folders). */
function globMatcher(globs) {
    if (!globs?.length)
        return () => true;
    const regexes = globs.map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`));
    return (name) => regexes.some((r) => r.test(name));
}
/**
 * The assets of one os/kind set, one per architecture (the first in kind order wins). An asset whose
 * architecture is not in its name counts as x64 when it is the only one of its os and kind. Several
 * assets of one os, kind and architecture (the CLI and a completions tarball, say) are never chosen
 * between by their order: the one named after the product (`<product>-…`, `<product>_…`) is taken,
 * and when that does not decide, it is an error that lists them and says how to choose.
 */
function pickPerArch(assets, os, kinds, globs, product) {
    const allowed = globMatcher(globs);
    const candidates = assets.filter((a) => a.os === os && a.kind && kinds.includes(a.kind) && allowed(a.name) && !/\.(sig|asc|sha\d+|blockmap)$/i.test(a.name));
    const named = (a) => product !== undefined && new RegExp(`^${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[-_. ]`, 'i').test(a.name);
    const picked = new Map();
    for (const kind of kinds) {
        const ofKind = candidates.filter((a) => a.kind === kind);
        const byArch = new Map();
        for (const asset of ofKind) {
            const arch = asset.arch ?? (ofKind.length === 1 ? 'x64' : undefined);
            if (arch)
                byArch.set(arch, [...(byArch.get(arch) ?? []), asset]);
        }
        for (const [arch, group] of byArch) {
            if (picked.has(arch))
                continue;
            const chosen = group.length === 1 ? group : group.filter(named);
            if (chosen.length !== 1) {
                throw new errors/* UserError */.yo(`${group.length} ${os} ${arch} ${kind} assets could be the package: ${group.map((a) => a.name).join(', ')}; ` +
                    `name the one to use with this manager's assets: setting in release-kit.yml (a glob such as ${JSON.stringify(`${product ?? 'app'}-*`)})`);
            }
            picked.set(arch, chosen[0]);
        }
    }
    return picked;
}
/** `name` without its archive extension: the folder name archives usually unpack to. */
function stem(name) {
    return path.basename(name).replace(/\.(tar\.gz|tgz|tar\.xz|txz|zip)$/i, '');
}

;// CONCATENATED MODULE: ./src/distribute/context.ts

function homepageOf(context, own) {
    return own ?? context.homepage ?? `https://github.com/${context.repository}`;
}
function descriptionOf(context, own) {
    return own ?? context.description ?? context.product;
}
function missingAssets(manager, what, release) {
    return new errors/* UserError */.yo(`${manager}: release ${release.tag} has no ${what}; its assets are ${release.assets.map((a) => a.name).join(', ') || 'none'}. ` +
        `Name the assets in package-managers.${manager.toLowerCase()}.assets, or switch ${manager} off.`);
}

;// CONCATENATED MODULE: ./src/distribute/aur.ts
/** AUR: a `PKGBUILD` and its `.SRCINFO` for a `-bin` package over the release's Linux archives. */



const PACMAN_ARCH = { x64: 'x86_64', arm64: 'aarch64' };
/** A bash single-quoted word. */
function shellWord(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** pacman versions hold no '-' (it separates pkgrel): 1.2.0-beta.1 becomes 1.2.0_beta.1. */
function pacmanVersion(version) {
    return version.replace(/-/g, '_').replace(/[^A-Za-z0-9._+]/g, '');
}
function aurPackageName(product, settings) {
    return settings.package ?? `${product.toLowerCase()}-bin`;
}
function aurFiles(context, settings) {
    const pkgname = aurPackageName(context.product, settings);
    const provides = pkgname.replace(/-bin$/, '');
    const picked = pickPerArch(context.release.assets, 'linux', ['tar.gz', 'tar.xz'], settings.assets, context.product);
    const sources = [...picked].flatMap(([arch, asset]) => (PACMAN_ARCH[arch] ? [{ arch: PACMAN_ARCH[arch], asset }] : []));
    if (sources.length === 0)
        throw missingAssets('AUR', 'Linux tar.gz or tar.xz archive (x64 or arm64)', context.release);
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('AUR: a PKGBUILD needs a licence: set package-managers.license (or package-managers.aur.license), e.g. MIT.');
    const pkgver = pacmanVersion(context.release.version);
    const desc = descriptionOf(context, settings.description);
    const url = homepageOf(context, settings.homepage);
    const depends = settings.depends ?? [];
    const bins = settings.bin ?? [provides];
    const list = (items) => `(${items.map(shellWord).join(' ')})`;
    const lines = [
        '# Written by release-kit from the release ' + context.release.tag + '.',
        ...(settings.maintainer ? [`# Maintainer: ${settings.maintainer.replace(/\n/g, ' ')}`] : []),
        `pkgname=${shellWord(pkgname)}`,
        `pkgver=${shellWord(pkgver)}`,
        'pkgrel=1',
        `pkgdesc=${shellWord(desc)}`,
        `arch=${list(sources.map((s) => s.arch))}`,
        `url=${shellWord(url)}`,
        `license=${list([license])}`,
        `depends=${list(depends)}`,
        `provides=${list([provides])}`,
        `conflicts=${list([provides])}`,
        ...sources.flatMap(({ arch, asset }) => [`source_${arch}=${list([asset.url])}`, `sha256sums_${arch}=${list([asset.sha256])}`]),
        '',
        'package() {',
        ...bins.map((bin) => `  install -Dm755 "$srcdir/"${shellWord(bin)} "$pkgdir/usr/bin/"${shellWord(bin.split('/').pop())}`),
        '}',
        '',
    ];
    const info = [
        `pkgbase = ${pkgname}`,
        `\tpkgdesc = ${desc}`,
        `\tpkgver = ${pkgver}`,
        '\tpkgrel = 1',
        `\turl = ${url}`,
        ...sources.map((s) => `\tarch = ${s.arch}`),
        `\tlicense = ${license}`,
        ...depends.map((d) => `\tdepends = ${d}`),
        `\tprovides = ${provides}`,
        `\tconflicts = ${provides}`,
        ...sources.flatMap(({ arch, asset }) => [`\tsource_${arch} = ${asset.url}`, `\tsha256sums_${arch} = ${asset.sha256}`]),
        '',
        `pkgname = ${pkgname}`,
        '',
    ];
    return [
        { path: 'PKGBUILD', content: lines.join('\n') },
        { path: '.SRCINFO', content: info.join('\n') },
    ];
}

// EXTERNAL MODULE: ./src/kit/exec.ts
var exec = __webpack_require__(9495);
;// CONCATENATED MODULE: ./src/sign/private-files.ts




/** A name no other run picks: `<prefix><12 hex digits>`. */
function randomName(prefix) {
    return `${prefix}${randomBytes(6).toString('hex')}`;
}
/**
 * The path of a new private folder under `root` (RUNNER_TEMP): chosen first so the caller can
 * declare it as a leftover, then created with `createPrivateDir`.
 */
function privateDirPath(root, prefix) {
    return path.join(path.resolve(root), randomName(prefix));
}
/** Creates the folder readable by its owner only (0700, whatever the umask); fails if it exists. */
async function createPrivateDir(dir) {
    await mkdir(path.dirname(dir), { recursive: true });
    await mkdir(dir, { mode: 0o700 });
    await chmod(dir, 0o700);
}
/** Writes key material readable by its owner only (0600); never replaces an existing file. */
async function writePrivateFile(file, content) {
    await (0,promises_.writeFile)(file, content, { mode: 0o600, flag: 'wx' });
    await (0,promises_.chmod)(file, 0o600);
}
/**
 * Decodes base64 (standard or URL-safe alphabet, line breaks and spaces allowed) and fails with a
 * message naming the input — never its value — when it is not base64.
 */
function decodeBase64(value, what) {
    const compact = value.replace(/\s+/g, '');
    if (compact === '')
        throw new UserError(`${what} is empty; give its content as base64.`);
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
        throw new UserError(`${what} is not valid base64; give the file's content encoded with \`base64\` (one line or several).`);
    }
    return Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}
/**
 * Signs a file without ever leaving it half-signed: `sign` gets a copy next to the original (same
 * folder, so the final rename is atomic), and only when it resolves is the copy renamed over the
 * original. On failure the copy is removed and the original is as it was.
 */
async function signCopyThenReplace(file, sign) {
    const dir = path.join(path.dirname(file), randomName('.release-kit-sign-'));
    await mkdir(dir, { mode: 0o700 });
    const copy = path.join(dir, path.basename(file));
    try {
        await copyFile(file, copy);
        const result = await sign(copy);
        await rename(copy, file);
        return result;
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
/** Writes `content` to `target` through a temporary sibling and a rename. */
async function writeFileAtomically(target, content) {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temp, content, { flag: 'wx' });
        await rename(temp, target);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
/** Checks that every file exists and is a regular file before anything is signed. */
async function requireFiles(files) {
    for (const file of files) {
        const info = await stat(file).catch(() => undefined);
        if (!info)
            throw new UserError(`${file} does not exist.`);
        if (!info.isFile())
            throw new UserError(`${file} is not a regular file.`);
    }
}

;// CONCATENATED MODULE: ./src/distribute/aur-push.ts
/**
 * AUR delivery: clone the package's git remote, write PKGBUILD and .SRCINFO, and push one commit when
 * they changed (a re-run finds them equal and pushes nothing). An SSH key, when given, is written to a
 * private temporary file used through GIT_SSH_COMMAND and removed afterwards.
 */





async function pushToAur(push) {
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(push.tempRoot ?? external_node_os_default().tmpdir(), 'release-kit-aur-'));
    try {
        const env = { GIT_TERMINAL_PROMPT: '0' };
        if (push.sshKey) {
            const key = external_node_path_default().join(work, 'key');
            await writePrivateFile(key, push.sshKey.endsWith('\n') ? push.sshKey : `${push.sshKey}\n`);
            env.GIT_SSH_COMMAND = `ssh -i ${key} -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=${external_node_path_default().join(work, 'known_hosts')}`;
        }
        const clone = external_node_path_default().join(work, 'package');
        const git = (...args) => (0,exec/* runTool */.q)('git', ['-c', 'user.name=release-kit', '-c', 'user.email=release-kit@users.noreply.github.com', '-c', 'init.defaultBranch=master', ...args], { cwd: clone, env, ...(push.sshKey ? { secrets: [push.sshKey] } : {}) });
        await (0,exec/* runTool */.q)('git', ['clone', '--quiet', push.remote, clone], { env, timeoutMs: 120_000 });
        for (const file of push.files)
            await (0,promises_.writeFile)(external_node_path_default().join(clone, file.path), file.content);
        await git('add', '--', ...push.files.map((f) => f.path));
        const diff = await (0,exec/* runTool */.q)('git', ['diff', '--cached', '--quiet'], { cwd: clone, allowFailure: true });
        if (diff.exitCode === 0)
            return { outcome: 'unchanged' };
        await git('commit', '--quiet', '-m', push.message);
        await git('push', '--quiet', 'origin', 'HEAD:master');
        const commit = (await git('rev-parse', 'HEAD')).stdout.trim();
        return { outcome: 'committed', commit };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./src/distribute/chocolatey.ts
/**
 * Chocolatey: a `.nuspec` and `tools/chocolateyinstall.ps1` that downloads the release's MSI or NSIS
 * installer, checks its sha256 and runs it silently (`/qn` for MSI, `/S` for NSIS).
 */




function xmlText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A PowerShell single-quoted string literal. */
function psString(text) {
    return `'${text.replace(/'/g, "''")}'`;
}
/** NuGet v2 (Chocolatey) versions are SemVer 1: 1.2.0-beta.1 becomes 1.2.0-beta1. */
function chocolateyVersion(version) {
    const parsed = (0,semver.parse)(version);
    if (!parsed)
        throw new errors/* UserError */.yo(`Chocolatey: the version ${version} is not a semantic version.`);
    const core = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
    return parsed.prerelease.length ? `${core}-${parsed.prerelease.join('').replace(/[^0-9A-Za-z]/g, '')}` : core;
}
function chocolateyId(product, settings) {
    return settings.id ?? product.toLowerCase();
}
function installer(context, settings) {
    for (const kind of ['msi', 'nsis']) {
        const picked = pickPerArch(context.release.assets, 'windows', [kind], settings.assets, context.product);
        const x64 = picked.get('x64');
        const x86 = picked.get('x86');
        if (x64 || x86)
            return { fileType: kind === 'msi' ? 'msi' : 'exe', ...(x64 ? { x64 } : {}), ...(x86 ? { x86 } : {}) };
    }
    throw missingAssets('Chocolatey', 'Windows MSI or NSIS installer (x64 or x86)', context.release);
}
function chocolateyFiles(context, settings) {
    const id = chocolateyId(context.product, settings);
    const version = chocolateyVersion(context.release.version);
    const { fileType, x64, x86 } = installer(context, settings);
    const license = settings.license ?? context.license;
    const homepage = homepageOf(context, settings.homepage);
    const metadata = [
        ['id', id],
        ['version', version],
        ['title', settings.title ?? context.product],
        ['authors', settings.authors],
        ['projectUrl', homepage],
        ...(license ? [['licenseUrl', `https://spdx.org/licenses/${license}.html`]] : []),
        ['requireLicenseAcceptance', 'false'],
        ['description', descriptionOf(context, settings.description)],
        ['summary', descriptionOf(context, settings.description)],
        ['releaseNotes', context.release.htmlUrl],
        ...(settings.tags?.length ? [['tags', settings.tags.join(' ')]] : []),
    ];
    const nuspec = '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<!-- Written by release-kit. -->\n' +
        '<package xmlns="http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd">\n' +
        '  <metadata>\n' +
        metadata.map(([key, value]) => `    <${key}>${xmlText(value)}</${key}>\n`).join('') +
        '  </metadata>\n' +
        '  <files>\n    <file src="tools/**" target="tools" />\n  </files>\n' +
        '</package>\n';
    const silent = fileType === 'msi' ? '/qn /norestart' : '/S';
    const exitCodes = fileType === 'msi' ? '@(0, 3010, 1641)' : '@(0)';
    const args = [
        `  packageName    = $env:ChocolateyPackageName`,
        `  fileType       = ${psString(fileType)}`,
        ...(x86 ? [`  url            = ${psString(x86.url)}`, `  checksum       = ${psString(x86.sha256)}`, `  checksumType   = 'sha256'`] : []),
        ...(x64 ? [`  url64bit       = ${psString(x64.url)}`, `  checksum64     = ${psString(x64.sha256)}`, `  checksumType64 = 'sha256'`] : []),
        `  silentArgs     = ${psString(silent)}`,
        `  validExitCodes = ${exitCodes}`,
    ];
    const install = `# Written by release-kit from the release ${context.release.tag}.\n$ErrorActionPreference = 'Stop'\n\n$packageArgs = @{\n${args.join('\n')}\n}\n\nInstall-ChocolateyPackage @packageArgs\n`;
    return [
        { path: `${id}.nuspec`, content: nuspec },
        { path: 'tools/chocolateyinstall.ps1', content: install },
    ];
}

;// CONCATENATED MODULE: ./src/distribute/homebrew.ts
/**
 * Homebrew: a formula for the CLI archives (one url/sha256 per os and arch, `bin.install`, shell
 * completions) and, when asked, a cask for the macOS app (dmg or zip).
 */


/** A Ruby double-quoted string literal. */
function rubyString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/#\{/g, '\\#{').replace(/\n/g, '\\n')}"`;
}
/** Homebrew's class name for a formula file name: octo-cli → OctoCli, foo@2 → FooAT2. */
function formulaClassName(name) {
    return name
        .replace(/@/g, 'AT')
        .replace(/\+/g, 'x')
        .split(/[-_.\s]/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function urlBlock(asset, indent) {
    return `${indent}url ${rubyString(asset.url)}\n${indent}sha256 ${rubyString(asset.sha256)}\n`;
}
/** on_arm / on_intel blocks for one os (one plain url when the asset is universal). */
function archBlocks(picked, indent) {
    const universal = picked.get('universal');
    const arm = picked.get('arm64') ?? universal;
    const intel = picked.get('x64') ?? universal;
    if (arm && arm === intel)
        return urlBlock(arm, indent);
    let text = '';
    if (arm)
        text += `${indent}on_arm do\n${urlBlock(arm, `${indent}  `)}${indent}end\n`;
    if (intel)
        text += `${indent}on_intel do\n${urlBlock(intel, `${indent}  `)}${indent}end\n`;
    return text;
}
function homebrewFormula(context, settings) {
    const name = settings.formula ?? context.product.toLowerCase();
    const kinds = ['tar.gz', 'tar.xz', 'zip'];
    const mac = pickPerArch(context.release.assets, 'macos', kinds, settings.assets, context.product);
    const linux = pickPerArch(context.release.assets, 'linux', kinds, settings.assets, context.product);
    if (mac.size === 0 && linux.size === 0)
        return undefined;
    const bins = settings.bin ?? [name];
    const lines = [];
    lines.push(`# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).`);
    lines.push(`class ${formulaClassName(name)} < Formula`);
    lines.push(`  desc ${rubyString(descriptionOf(context, settings.description))}`);
    lines.push(`  homepage ${rubyString(homepageOf(context, settings.homepage))}`);
    lines.push(`  version ${rubyString(context.release.version)}`);
    const license = settings.license ?? context.license;
    if (license)
        lines.push(`  license ${rubyString(license)}`);
    lines.push('');
    let body = lines.join('\n') + '\n';
    if (mac.size)
        body += `  on_macos do\n${archBlocks(mac, '    ')}  end\n`;
    if (linux.size)
        body += `  on_linux do\n${archBlocks(linux, '    ')}  end\n`;
    body += '\n  def install\n';
    for (const bin of bins)
        body += `    bin.install ${rubyString(bin)}\n`;
    const completions = settings.completions ?? {};
    const command = bins[0].split('/').pop();
    if (completions.bash)
        body += `    bash_completion.install ${rubyString(completions.bash)} => ${rubyString(command)}\n`;
    if (completions.zsh)
        body += `    zsh_completion.install ${rubyString(completions.zsh)} => ${rubyString(`_${command}`)}\n`;
    if (completions.fish)
        body += `    fish_completion.install ${rubyString(completions.fish)} => ${rubyString(`${command}.fish`)}\n`;
    body += '  end\n\n';
    body += `  test do\n    assert_match version.to_s, shell_output("#{bin}/${command.replace(/["\\#]/g, '')} --version")\n  end\nend\n`;
    return { path: `Formula/${name}.rb`, content: body };
}
function homebrewCask(context, settings) {
    const cask = settings.cask;
    if (!cask)
        return undefined;
    const token = cask.name ?? context.product.toLowerCase();
    const picked = pickPerArch(context.release.assets, 'macos', ['dmg', 'zip'], cask.assets, context.product);
    if (picked.size === 0)
        throw missingAssets('Homebrew', 'macOS dmg or zip for the cask', context.release);
    let body = `# Written by release-kit from the release ${context.release.tag} (${context.release.htmlUrl}).\n`;
    body += `cask ${rubyString(token)} do\n`;
    body += `  version ${rubyString(context.release.version)}\n`;
    body += archBlocks(picked, '  ');
    body += '\n';
    body += `  name ${rubyString(context.product)}\n`;
    body += `  desc ${rubyString(descriptionOf(context, settings.description))}\n`;
    body += `  homepage ${rubyString(homepageOf(context, settings.homepage))}\n\n`;
    body += `  app ${rubyString(cask.app)}\nend\n`;
    return { path: `Casks/${token}.rb`, content: body };
}
function homebrewFiles(context, settings) {
    const files = [homebrewFormula(context, settings), homebrewCask(context, settings)].filter((f) => f !== undefined);
    if (files.length === 0)
        throw missingAssets('Homebrew', 'macOS or Linux CLI archive (tar.gz, tar.xz or zip)', context.release);
    return files;
}

;// CONCATENATED MODULE: ./src/distribute/nuget-feed.ts
/**
 * Chocolatey delivery: `nuget pack` turns the nuspec and tools/ into a .nupkg, which is pushed to a
 * NuGet v2 feed (PUT multipart to <feed>/api/v2/package with X-NuGet-ApiKey). A version the feed
 * already has (409) is not pushed again; a rollback unlists the rolled-back version (DELETE).
 */





/** Packs `<dir>/<id>.nuspec` (with `<dir>/tools`) into `<out>/<id>.<version>.nupkg`; answers its path. */
async function nugetPack(dir, nuspec, out) {
    await (0,promises_.mkdir)(out, { recursive: true });
    await (0,exec/* runTool */.q)('nuget', ['pack', external_node_path_default().join(dir, nuspec), '-OutputDirectory', out, '-NoDefaultExcludes', '-NonInteractive'], { cwd: dir, env: { HOME: process.env.HOME ?? dir } });
    const packed = (await (0,promises_.readdir)(out)).filter((f) => f.endsWith('.nupkg'));
    if (packed.length !== 1)
        throw new errors/* UserError */.yo(`nuget pack wrote ${packed.length} packages to ${out}, expected one.`);
    return external_node_path_default().join(out, packed[0]);
}
function feedUrl(feed, suffix) {
    return `${feed.replace(/\/+$/, '')}/api/v2/package${suffix}`;
}
async function nugetPush(nupkg, feed, apiKey) {
    const boundary = `release-kit-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="package"; filename="${external_node_path_default().basename(nupkg)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, await (0,promises_.readFile)(nupkg), tail]);
    const url = feedUrl(feed, '');
    let response;
    try {
        response = await fetch(url, { method: 'PUT', headers: { 'X-NuGet-ApiKey': apiKey, 'content-type': `multipart/form-data; boundary=${boundary}`, 'user-agent': 'release-kit' }, body });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Chocolatey: cannot reach the feed ${url}: ${error.message}`);
    }
    if (response.status === 409)
        return 'already-published';
    if (response.ok)
        return 'pushed';
    const text = (await response.text()).slice(0, 300).split(apiKey).join('***');
    throw new errors/* UserError */.yo(`Chocolatey: the feed ${url} refused ${external_node_path_default().basename(nupkg)}: HTTP ${response.status}${text ? ` ${text}` : ''}${response.status === 401 || response.status === 403 ? ' (check the API key)' : ''}`);
}
/** Unlists a version (NuGet v2 DELETE): installs of that version stop being offered. */
async function nugetUnlist(feed, id, version, apiKey) {
    const url = feedUrl(feed, `/${encodeURIComponent(id)}/${encodeURIComponent(version)}`);
    const response = await fetch(url, { method: 'DELETE', headers: { 'X-NuGet-ApiKey': apiKey, 'user-agent': 'release-kit' } }).catch((error) => {
        throw new errors/* UserError */.yo(`Chocolatey: cannot reach the feed ${url}: ${error.message}`);
    });
    if (response.status === 404)
        return 'not-found';
    if (response.ok)
        return 'unlisted';
    throw new errors/* UserError */.yo(`Chocolatey: the feed ${url} refused to unlist ${id} ${version}: HTTP ${response.status}`);
}

;// CONCATENATED MODULE: ./src/distribute/release.ts
/**
 * The published release as GitHub stores it: every manifest is written from this, never from local
 * files. Each asset's sha256 is GitHub's stored digest; an asset without one (uploaded before GitHub
 * kept digests) is downloaded and hashed. The digests are cross-checked against the release's own
 * SHA256SUMS and against what publish reported uploading: any difference is an error.
 */




function versionOfTag(tag) {
    return tag.replace(/^[^\d]*/, '');
}
async function sha256Of(download, id) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of await download(id))
        hash.update(chunk);
    return hash.digest('hex');
}
async function textOf(download, id) {
    const chunks = [];
    for await (const chunk of await download(id))
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** `<hex>  <name>` or `<hex> *<name>` lines of a sha256sum file. */
function parseSums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match)
            sums.set(match[2], match[1].toLowerCase());
    }
    return sums;
}
function find(releases, tag) {
    const release = releases.find((r) => r.tag_name === tag && !r.draft) ?? releases.find((r) => r.tag_name === tag);
    if (!release)
        throw new errors/* UserError */.yo(`No release for the tag ${tag}: package managers are updated from a published release.`);
    if (release.draft)
        throw new errors/* UserError */.yo(`The release ${tag} is a draft: package managers are updated from a published release only.`);
    return release;
}
async function readPublishedRelease(api, tag, download, options = {}) {
    const log = options.log ?? (() => undefined);
    const release = find(await api.listReleases(), tag);
    const stored = release.assets.filter((a) => a.state === 'uploaded');
    const assets = [];
    for (const asset of stored) {
        const digest = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')?.[1]?.toLowerCase();
        let sha256 = digest;
        if (!sha256) {
            log(`${asset.name}: GitHub stores no digest; downloading it to hash the stored bytes.`);
            sha256 = await sha256Of(download, asset.id);
        }
        assets.push(classify({ id: asset.id, name: asset.name, size: asset.size, url: asset.browser_download_url, sha256 }));
    }
    const problems = [];
    const sumsAsset = assets.find((a) => a.name === 'SHA256SUMS');
    if (sumsAsset) {
        for (const [name, sum] of parseSums(await textOf(download, sumsAsset.id))) {
            const asset = assets.find((a) => a.name === name);
            if (asset && asset.sha256 !== sum)
                problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but the release's SHA256SUMS says ${sum}`);
        }
    }
    for (const [name, sum] of options.uploaded ?? []) {
        const asset = assets.find((a) => a.name === name);
        if (!asset)
            problems.push(`${name}: publish uploaded it, but the release has no such asset`);
        else if (asset.sha256 !== sum.toLowerCase())
            problems.push(`${name}: GitHub's stored digest is ${asset.sha256}, but publish uploaded ${sum}`);
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`The checksums of release ${tag} do not agree; no package manager was updated:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return { tag: release.tag_name, version: versionOfTag(release.tag_name), prerelease: release.prerelease, htmlUrl: release.html_url, assets };
}
/** The release a rollback of `tag` goes back to: the highest published stable version below it. */
async function previousStableTag(api, tag) {
    const current = (0,semver.valid)(versionOfTag(tag));
    const candidates = (await api.listReleases())
        .filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag)
        .filter((r) => {
        const version = (0,semver.parse)(versionOfTag(r.tag_name));
        return version && (!current || (0,semver.compare)(version, current) < 0);
    })
        .sort((a, b) => (0,semver.compare)(versionOfTag(b.tag_name), versionOfTag(a.tag_name)));
    if (!candidates[0])
        throw new errors/* UserError */.yo(`No published stable release older than ${tag} to go back to.`);
    return candidates[0].tag_name;
}

;// CONCATENATED MODULE: ./src/distribute/scoop.ts
/** Scoop: a bucket manifest with one url/hash per architecture, `bin`, `checkver` and `autoupdate`. */



const SCOOP_ARCH = { x64: '64bit', x86: '32bit', arm64: 'arm64' };
/** The URL with the version replaced by Scoop's `$version`, so autoupdate finds the next release's asset. */
function autoupdateUrl(url, version) {
    return url.split(version).join('$version');
}
function scoopFiles(context, settings) {
    const name = settings.name ?? context.product.toLowerCase();
    const picked = pickPerArch(context.release.assets, 'windows', ['zip'], settings.assets, context.product);
    const architecture = {};
    const autoupdate = {};
    for (const [arch, asset] of picked) {
        const key = SCOOP_ARCH[arch];
        if (!key)
            continue;
        architecture[key] = { url: asset.url, hash: asset.sha256 };
        autoupdate[key] = { url: autoupdateUrl(asset.url, context.release.version) };
    }
    if (Object.keys(architecture).length === 0)
        throw missingAssets('Scoop', 'Windows zip (x64, x86 or arm64)', context.release);
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('Scoop: a manifest needs a licence: set package-managers.license (or package-managers.scoop.license), e.g. MIT.');
    const manifest = {
        version: context.release.version,
        description: descriptionOf(context, settings.description),
        homepage: homepageOf(context, settings.homepage),
        license,
        architecture,
        bin: settings.bin ?? [`${name}.exe`],
        checkver: { github: `https://github.com/${context.repository}` },
        autoupdate: { architecture: autoupdate },
    };
    return [{ path: `bucket/${name}.json`, content: `${JSON.stringify(manifest, null, 4)}\n` }];
}

// EXTERNAL MODULE: ./src/distribute/settings.ts
var distribute_settings = __webpack_require__(2654);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/distribute/winget.ts
/**
 * winget: the multi-file manifest set (version, installer, defaultLocale) for an MSI, NSIS or MSIX
 * installer, at the newest released manifest schema, in the folder winget-pkgs keeps it in.
 */




/** The newest frozen schema of microsoft/winget-cli (schemas/JSON/manifests/v1.28.0); `latest/` is in development. */
const WINGET_MANIFEST_VERSION = '1.28.0';
const TYPES = { msi: 'msi', nullsoft: 'nsis', msix: 'msix' };
/** manifests/<first letter>/<Publisher>/<Package>/<version>: where winget-pkgs keeps a version. */
function wingetFolder(identifier, version) {
    return ['manifests', identifier[0].toLowerCase(), ...identifier.split('.'), version].join('/');
}
function winget_document(kind, body) {
    return `# Written by release-kit.\n# yaml-language-server: $schema=https://aka.ms/winget-manifest.${kind}.${WINGET_MANIFEST_VERSION}.schema.json\n\n${(0,dist/* stringify */.As)({ ...body, ManifestType: kind, ManifestVersion: WINGET_MANIFEST_VERSION }, { lineWidth: 0 })}`;
}
/** The installer type listed, and its assets per architecture. */
function installers(context, settings) {
    const order = settings['installer-type'] ? [settings['installer-type']] : ['msi', 'nullsoft', 'msix'];
    for (const type of order) {
        const picked = pickPerArch(context.release.assets, 'windows', [TYPES[type]], settings.assets, context.product);
        if (picked.size)
            return { type, assets: [...picked.values()] };
    }
    throw missingAssets('winget', settings['installer-type'] ? `Windows ${settings['installer-type']} installer` : 'Windows installer (MSI, NSIS .exe or MSIX)', context.release);
}
function wingetFiles(context, settings) {
    const id = settings['package-identifier'];
    const version = context.release.version;
    const license = settings.license ?? context.license;
    if (!license)
        throw new errors/* UserError */.yo('winget: the defaultLocale manifest needs a licence: set package-managers.license (or package-managers.winget.license), e.g. MIT.');
    const { type, assets } = installers(context, settings);
    const folder = wingetFolder(id, version);
    const head = { PackageIdentifier: id, PackageVersion: version };
    const installerEntries = assets.map((asset) => ({
        Architecture: asset.arch === 'universal' ? 'neutral' : (asset.arch ?? 'x64'),
        InstallerUrl: asset.url,
        InstallerSha256: asset.sha256.toUpperCase(),
    }));
    const versionDoc = winget_document('version', { ...head, DefaultLocale: 'en-US' });
    const installerDoc = winget_document('installer', {
        ...head,
        // winget runs msi and nullsoft installers silently by itself (/quiet, /S): no InstallerSwitches.
        InstallerType: type,
        Installers: installerEntries,
    });
    const localeDoc = winget_document('defaultLocale', {
        ...head,
        PackageLocale: 'en-US',
        Publisher: settings.publisher,
        PackageName: settings['package-name'] ?? context.product,
        PackageUrl: homepageOf(context, settings.homepage),
        License: license,
        ShortDescription: descriptionOf(context, settings.description),
        ReleaseNotesUrl: context.release.htmlUrl,
    });
    return [
        { path: `${folder}/${id}.yaml`, content: versionDoc },
        { path: `${folder}/${id}.installer.yaml`, content: installerDoc },
        { path: `${folder}/${id}.locale.en-US.yaml`, content: localeDoc },
    ];
}

;// CONCATENATED MODULE: ./src/distribute/distribute.ts
/**
 * One run of `distribute`: for each package manager of the `package-managers:` block, the manifests of
 * the published release are generated and delivered (Homebrew tap and Scoop bucket commits, a winget
 * pull request, a Chocolatey package push, an AUR git push), or, in a dry run, written to a folder.
 * Prereleases update a manager only when its block says `prerelease: true`. A rollback re-points each
 * manager to the previous stable release.
 */














const LABEL = { homebrew: 'Homebrew', scoop: 'Scoop', winget: 'winget', chocolatey: 'Chocolatey', aur: 'AUR' };
function generate(manager, context, settings) {
    switch (manager) {
        case 'homebrew':
            return homebrewFiles(context, settings.homebrew);
        case 'scoop':
            return scoopFiles(context, settings.scoop);
        case 'winget':
            return wingetFiles(context, settings.winget);
        case 'chocolatey':
            return chocolateyFiles(context, settings.chocolatey);
        case 'aur':
            return aurFiles(context, settings.aur);
    }
}
function needRepos(request, manager) {
    if (!request.repos)
        throw new errors/* UserError */.yo(`${LABEL[manager]}: a token that can write to the repository is needed (input "repository-token").`);
    return request.repos;
}
function fromWrite(result) {
    return { outcome: result.outcome, detail: 'pull' in result ? `${result.detail}: ${result.pull.html_url}` : result.detail };
}
async function deliver(request, manager, release, files, rolledBack) {
    const { settings } = request;
    const what = rolledBack ? `${request.product} ${release.version} (${rolledBack} rolled back)` : `${request.product} ${release.version}`;
    switch (manager) {
        case 'homebrew':
        case 'scoop': {
            const block = manager === 'homebrew' ? { repository: settings.homebrew.tap, branch: settings.homebrew.branch } : { repository: settings.scoop.bucket, branch: settings.scoop.branch };
            return fromWrite(await writeToRepository(needRepos(request, manager), { repository: block.repository, ...(block.branch ? { branch: block.branch } : {}), files, mode: 'push', message: `${what}\n\nFrom ${release.htmlUrl}` }));
        }
        case 'winget': {
            const winget = settings.winget;
            const id = winget['package-identifier'];
            if (rolledBack) {
                const folder = wingetFolder(id, rolledBack.replace(/^[^\d]*/, ''));
                const remove = [`${folder}/${id}.yaml`, `${folder}/${id}.installer.yaml`, `${folder}/${id}.locale.en-US.yaml`];
                const version = rolledBack.replace(/^[^\d]*/, '');
                const removal = fromWrite(await writeToRepository(needRepos(request, manager), {
                    repository: winget.repository,
                    files: [],
                    remove,
                    mode: 'pull-request',
                    fork: winget.fork,
                    pullBranch: `release-kit/${id}-${version}-removal`,
                    message: `Remove version: ${id} version ${version}`,
                    pullBody: `The release ${rolledBack} was rolled back; ${release.tag} is the current version (${release.htmlUrl}).`,
                }));
                // Never merged: there is nothing to remove, but its pull request may still be open.
                if (removal.outcome === 'unchanged')
                    removal.detail = `${winget.repository} has no manifests of ${id} ${version}; if its pull request is still open, close it`;
                return removal;
            }
            return fromWrite(await writeToRepository(needRepos(request, manager), {
                repository: winget.repository,
                files,
                mode: 'pull-request',
                fork: winget.fork,
                pullBranch: `release-kit/${id}-${release.version}`,
                message: `New version: ${id} version ${release.version}`,
                pullBody: `Release: ${release.htmlUrl}\n\nInstaller URLs and SHA256 come from the assets GitHub stores for ${release.tag}.`,
            }));
        }
        case 'chocolatey': {
            const choco = settings.chocolatey;
            if (!request.chocolateyApiKey)
                throw new errors/* UserError */.yo('Chocolatey: the feed API key is needed (input "chocolatey-api-key").');
            const id = chocolateyId(request.product, choco);
            if (rolledBack) {
                const version = chocolateyVersion(rolledBack.replace(/^[^\d]*/, ''));
                const outcome = await nugetUnlist(choco.feed, id, version, request.chocolateyApiKey);
                return { outcome: outcome === 'unlisted' ? 'unlisted' : 'unchanged', detail: outcome === 'unlisted' ? `${id} ${version} unlisted from ${choco.feed}; ${release.version} is the newest listed` : `${choco.feed} has no ${id} ${version}` };
            }
            const work = await (0,promises_.mkdtemp)(external_node_path_default().join(request.tempRoot ?? external_node_os_default().tmpdir(), 'release-kit-choco-'));
            try {
                await writeFiles(external_node_path_default().join(work, 'package'), files);
                const nupkg = await nugetPack(external_node_path_default().join(work, 'package'), files[0].path, external_node_path_default().join(work, 'out'));
                const outcome = await nugetPush(nupkg, choco.feed, request.chocolateyApiKey);
                return { outcome, detail: `${external_node_path_default().basename(nupkg)} ${outcome === 'pushed' ? 'pushed to' : 'is already on'} ${choco.feed}` };
            }
            finally {
                await (0,promises_.rm)(work, { recursive: true, force: true });
            }
        }
        case 'aur': {
            const aur = settings.aur;
            const result = await pushToAur({ remote: aur.remote, files, message: `${what}`, ...(request.aurSshKey ? { sshKey: request.aurSshKey } : {}), ...(request.tempRoot ? { tempRoot: request.tempRoot } : {}) });
            return { outcome: result.outcome, detail: result.commit ? `${aurPackageName(request.product, aur)}: ${result.commit.slice(0, 7)} pushed to ${aur.remote}` : `${aur.remote} already has these files` };
        }
    }
}
async function writeFiles(dir, files) {
    for (const file of files) {
        const target = external_node_path_default().join(dir, file.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, file.content);
    }
}
async function distribute(request) {
    const log = request.log ?? (() => undefined);
    const managers = distribute_settings/* MANAGERS */.TN.filter((m) => request.settings[m] !== undefined);
    if (managers.length === 0)
        throw new errors/* UserError */.yo('release-kit.yml has no package-managers block with a manager (homebrew, scoop, winget, chocolatey or aur): nothing to distribute.');
    // A rolled-back release is usually a draft again: only its tag is needed, to find the one before it.
    const tag = request.mode === 'rollback' ? await previousStableTag(request.releases, request.tag) : request.tag;
    if (request.mode === 'rollback')
        log(`${request.tag} was rolled back: package managers go back to ${tag}.`);
    const release = await readPublishedRelease(request.releases, tag, request.download, { ...(request.uploaded && request.mode === 'publish' ? { uploaded: request.uploaded } : {}), log });
    const { settings } = request;
    const context = {
        release,
        product: request.product,
        repository: request.repository,
        ...(settings.description ? { description: settings.description } : {}),
        ...(settings.homepage ? { homepage: settings.homepage } : {}),
        ...(settings.license ? { license: settings.license } : {}),
    };
    const results = [];
    for (const manager of managers) {
        const block = settings[manager];
        if (request.mode === 'publish' && release.prerelease && !block.prerelease) {
            results.push({ manager, tag: release.tag, outcome: 'not-for-prereleases', detail: `${release.tag} is a prerelease; set package-managers.${manager}.prerelease: true to update ${LABEL[manager]} for prereleases`, files: [] });
            continue;
        }
        try {
            const files = generate(manager, context, settings);
            if (request.dryRunDir) {
                await writeFiles(external_node_path_default().join(request.dryRunDir, manager), files);
                results.push({ manager, tag: release.tag, outcome: 'written', detail: `written to ${external_node_path_default().join(request.dryRunDir, manager)}`, files: files.map((f) => f.path) });
                continue;
            }
            const done = await deliver(request, manager, release, files, request.mode === 'rollback' ? request.tag : undefined);
            log(`${LABEL[manager]}: ${done.detail}`);
            results.push({ manager, tag: release.tag, ...done, files: files.map((f) => f.path) });
        }
        catch (error) {
            results.push({ manager, tag: release.tag, outcome: 'failed', detail: (0,errors/* errorMessage */.gJ)(error), files: [] });
        }
    }
    return { release, results };
}
function managerLabel(manager) {
    return LABEL[manager];
}

;// CONCATENATED MODULE: ./src/distribute/octokit-repo-api.ts

/** A failed call names the request and GitHub's message (a 403/404 usually means the token cannot write there). */
async function call(what, work) {
    try {
        return (await work()).data;
    }
    catch (error) {
        const e = error;
        if (typeof e.status !== 'number')
            throw error;
        const hint = e.status === 403 || e.status === 404 ? ' (does the token have write access to it?)' : '';
        throw new errors/* UserError */.yo(`${what}: HTTP ${e.status} ${e.response?.data?.message ?? e.message ?? ''}${hint}`.trim());
    }
}
function octokitRepoApi(client, forkWait = { attempts: 20, delayMs: 3000 }) {
    return {
        async getRepository(owner, repo) {
            const data = await call(`Reading ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}', { owner, repo }));
            return { owner: data.owner.login, name: data.name, defaultBranch: data.default_branch };
        },
        async getBranchHead(owner, repo, branch) {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `heads/${branch}` });
                return data.object.sha;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                return call(`Reading ${owner}/${repo} branch ${branch}`, () => Promise.reject(error));
            }
        },
        async getCommitTree(owner, repo, sha) {
            return (await call(`Reading commit ${sha} of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner, repo, commit_sha: sha }))).tree.sha;
        },
        async readFile(owner, repo, path, branch) {
            try {
                const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { owner, repo, path, ref: branch });
                if (Array.isArray(data) || data.type !== 'file')
                    throw new errors/* UserError */.yo(`${owner}/${repo}: ${path} is not a file.`);
                return Buffer.from(data.content, 'base64').toString('utf8');
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                return call(`Reading ${path} of ${owner}/${repo}`, () => Promise.reject(error));
            }
        },
        async listTree(owner, repo, sha) {
            const data = await call(`Reading the files of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: 'true' }));
            if (data.truncated)
                throw new errors/* UserError */.yo(`${owner}/${repo}: GitHub truncated the file list; cannot compare the manifests with what is there.`);
            return data.tree.map((e) => ({ path: e.path, type: e.type, sha: e.sha }));
        },
        async createBlob(owner, repo, content) {
            return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/blobs', { owner, repo, content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' }))).sha;
        },
        async createTree(owner, repo, baseTree, entries) {
            const tree = entries.map((e) => ({ path: e.path, mode: '100644', type: 'blob', sha: e.sha }));
            return (await call(`Writing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/trees', { owner, repo, base_tree: baseTree, tree }))).sha;
        },
        async createCommit(owner, repo, message, tree, parent) {
            return (await call(`Committing to ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/commits', { owner, repo, message, tree, parents: [parent] }))).sha;
        },
        async createBranch(owner, repo, branch, sha) {
            await call(`Creating branch ${branch} in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha }));
        },
        async updateBranch(owner, repo, branch, sha, force) {
            await call(`Moving branch ${branch} of ${owner}/${repo}`, () => client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `heads/${branch}`, sha, force }));
        },
        async findOpenPull(owner, repo, head, base) {
            const data = await call(`Listing pull requests of ${owner}/${repo}`, () => client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head, base, state: 'open', per_page: 100 }));
            const found = data.find((p) => `${p.head.repo?.owner.login ?? ''}:${p.head.ref}` === head || p.head.label === head);
            return found ? { number: found.number, html_url: found.html_url } : undefined;
        },
        async createPull(owner, repo, fields) {
            const data = await call(`Opening a pull request in ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, ...fields, maintainer_can_modify: true }));
            return { number: data.number, html_url: data.html_url };
        },
        async fork(owner, repo) {
            const data = await call(`Forking ${owner}/${repo}`, () => client.request('POST /repos/{owner}/{repo}/forks', { owner, repo, default_branch_only: true }));
            // GitHub creates a fork in the background (202): wait until its default branch can be read.
            for (let attempt = 0;; attempt++) {
                const ready = await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: data.owner.login, repo: data.name, ref: `heads/${data.default_branch}` }).then(() => true, () => false);
                if (ready)
                    break;
                if (attempt >= forkWait.attempts)
                    throw new errors/* UserError */.yo(`The fork ${data.full_name} of ${owner}/${repo} was not ready after ${(forkWait.attempts * forkWait.delayMs) / 1000} s; run again.`);
                await new Promise((resolve) => setTimeout(resolve, forkWait.delayMs));
            }
            return { owner: data.owner.login, name: data.name };
        },
    };
}

;// CONCATENATED MODULE: ./src/distribute/run.ts
/**
 * `distribute` from release-kit.yml, shared by the action and the CLI: reads the settings, builds the
 * GitHub clients from the tokens given, updates the package managers and keeps CHANGELOG.md.
 */











/** Streams a stored asset through the API (GitHub answers with a redirect to the bytes). */
function assetDownloader(apiUrl, repository, token) {
    return async (id) => {
        const url = `${apiUrl.replace(/\/+$/, '')}/repos/${repository}/releases/assets/${id}`;
        const response = await fetch(url, { headers: { authorization: `token ${token}`, accept: 'application/octet-stream', 'user-agent': 'release-kit', 'x-github-api-version': '2022-11-28' } });
        if (!response.ok || !response.body)
            throw new errors/* UserError */.yo(`Downloading release asset ${id} of ${repository} failed: HTTP ${response.status}`);
        return response.body;
    };
}
/** The publish step's `assets` output as name → sha256. */
function parseUploaded(json, describe) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        throw new UserError(`${describe} is not JSON: give the assets output of publish ([{ "name", "sha256", … }]).`);
    }
    if (!Array.isArray(parsed) || parsed.some((a) => typeof a?.name !== 'string' || !/^[0-9a-f]{64}$/i.test(String(a?.sha256)))) {
        throw new UserError(`${describe} must be the assets output of publish: a JSON array of { "name", "sha256" }.`);
    }
    return new Map(parsed.map((a) => [a.name, a.sha256.toLowerCase()]));
}
async function runDistribute(settings) {
    const config = await (0,load_config/* loadReleaseKitConfig */.A)(settings.configFile, settings.configShown ?? settings.configFile);
    const managers = config['package-managers'];
    const changelogMode = config.notes?.['changelog-commit'] ?? 'off';
    const hasManager = Boolean(managers && ['homebrew', 'scoop', 'winget', 'chocolatey', 'aur'].some((m) => managers[m]));
    if (!hasManager && changelogMode === 'off') {
        throw new errors/* UserError */.yo(`${settings.configShown ?? settings.configFile} sets up no package manager (package-managers: homebrew, scoop, winget, chocolatey, aur) and notes.changelog-commit is off: nothing to do.`);
    }
    const apiUrl = settings.apiUrl ?? 'https://api.github.com';
    const client = (0,github/* githubClient */.$)({ token: settings.githubToken, baseUrl: apiUrl, log: settings.log });
    const [owner, repo] = settings.repository.split('/');
    const report = { failures: [] };
    if (hasManager) {
        const distribution = await distribute({
            settings: managers,
            product: config.product.name,
            repository: settings.repository,
            tag: settings.tag,
            mode: settings.mode,
            ...(settings.dryRunDir ? { dryRunDir: settings.dryRunDir } : {}),
            ...(settings.uploaded ? { uploaded: settings.uploaded } : {}),
            releases: octokitReleaseApi(client, owner, repo, settings.githubToken),
            download: assetDownloader(apiUrl, settings.repository, settings.githubToken),
            ...(settings.repositoryToken ? { repos: octokitRepoApi((0,github/* githubClient */.$)({ token: settings.repositoryToken, baseUrl: apiUrl, log: settings.log })) } : {}),
            ...(settings.chocolateyApiKey ? { chocolateyApiKey: settings.chocolateyApiKey } : {}),
            ...(settings.aurSshKey ? { aurSshKey: settings.aurSshKey } : {}),
            ...(settings.tempRoot ? { tempRoot: settings.tempRoot } : {}),
            log: settings.log,
        });
        report.distribution = distribution;
        for (const result of distribution.results)
            if (result.outcome === 'failed')
                report.failures.push(`${managerLabel(result.manager)}: ${result.detail}`);
    }
    if (changelogMode !== 'off' && settings.mode === 'publish' && !settings.dryRunDir) {
        const file = config.notes?.['changelog-file'] ?? 'CHANGELOG.md';
        const local = external_node_path_default().resolve(settings.workspace, file);
        if (external_node_path_default().relative(settings.workspace, local).startsWith('..'))
            throw new errors/* UserError */.yo(`notes.changelog-file ${file} is outside the workspace.`);
        const updated = await (0,promises_.readFile)(local, 'utf8').catch(() => {
            throw new errors/* UserError */.yo(`notes.changelog-commit is ${changelogMode}, but ${file} does not exist in the workspace: run release-notes with changelog-file first.`);
        });
        try {
            const result = await commitChangelog(octokitRepoApi(client), { repository: settings.repository, file: external_node_path_default().relative(settings.workspace, local).split((external_node_path_default()).sep).join('/'), updated, version: versionOfTag(settings.tag), tag: settings.tag, mode: changelogMode });
            report.changelog = { file, result };
            settings.log(`${file}: ${result.detail}`);
        }
        catch (error) {
            report.failures.push(`${file}: ${error.message}`);
        }
    }
    return report;
}
/** Markdown for the job summary (and the CLI's closing lines). */
function reportMarkdown(report) {
    let text = '';
    if (report.distribution) {
        const { release, results } = report.distribution;
        text += `### Package managers for [${release.tag}](${release.htmlUrl})\n\n`;
        text += table(['Manager', 'Release', 'Outcome', 'Detail'], results.map((r) => [managerLabel(r.manager), r.tag ?? '', r.outcome === 'failed' ? '❌ failed' : r.outcome, cell(r.detail)]));
    }
    if (report.changelog)
        text += `\n${report.changelog.file}: ${report.changelog.result.outcome} — ${cell(report.changelog.result.detail)}\n`;
    return text;
}

// EXTERNAL MODULE: ./src/kit/inputs.ts
var inputs = __webpack_require__(7127);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/distribute.ts





const distributeCommand = (0,command/* defineCommand */.NB)({
    name: 'distribute',
    synopsis: '[options]',
    summary: 'Package manager manifests (Homebrew, Scoop, winget, Chocolatey, AUR) from a published release, delivered or written for review.',
    options: [
        { name: 'tag', type: 'string', value: 'TAG', help: 'The published release (default: GITHUB_REF\'s tag).' },
        { name: 'repository', type: 'string', value: 'OWNER/REPO', help: 'The product\'s repository (default: GITHUB_REPOSITORY).' },
        { name: 'config', type: 'string', value: 'FILE', help: 'The config with the package-managers block (default: release-kit.yml).' },
        { name: 'dry-run', type: 'boolean', help: 'Write the manifests to --out for review; deliver nothing.' },
        { name: 'out', type: 'string', value: 'DIR', help: 'The dry run\'s folder (default: package-manifests).' },
        { name: 'mode', type: 'string', value: 'MODE', help: 'publish (default) or rollback (point each manager back at the release before --tag).' },
    ],
    epilogue: `Tokens come from the environment: GITHUB_TOKEN (reads the release), RELEASE_KIT_REPOSITORY_TOKEN
(tap, bucket, winget fork), CHOCOLATEY_API_KEY, AUR_SSH_KEY; GITHUB_API_URL for GitHub Enterprise.`,
    async run(values) {
        const source = (0,command/* optionSource */.Ns)(values);
        const env = process.env;
        const tag = (0,inputs/* stringField */.OM)(source, 'tag') || (env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : '');
        if (!tag)
            throw new errors/* InputError */.dz(source.describe('tag'), '', 'it is required: the tag of a published release');
        const repository = (0,inputs/* stringField */.OM)(source, 'repository') || env.GITHUB_REPOSITORY || '';
        if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
            throw new errors/* InputError */.dz(source.describe('repository'), repository, 'it must be owner/repo (or set GITHUB_REPOSITORY)');
        const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
        if (!token)
            throw new errors/* UserError */.yo('GITHUB_TOKEN (or GH_TOKEN) must hold a token that can read the release.');
        const dryRun = values['dry-run'] === true;
        if (values.out !== undefined && !dryRun)
            throw new errors/* InputError */.dz(source.describe('out'), String(values.out), '--out is only for --dry-run');
        const config = (0,inputs/* stringField */.OM)(source, 'config', { default: 'release-kit.yml' });
        const report = await runDistribute({
            configFile: external_node_path_default().resolve(config),
            configShown: config,
            workspace: process.cwd(),
            repository,
            tag,
            mode: (0,inputs/* choiceField */.cM)(source, 'mode', ['publish', 'rollback'], { default: 'publish' }),
            ...(dryRun ? { dryRunDir: external_node_path_default().resolve((0,inputs/* stringField */.OM)(source, 'out', { default: 'package-manifests' })) } : {}),
            githubToken: token,
            ...(env.RELEASE_KIT_REPOSITORY_TOKEN ? { repositoryToken: env.RELEASE_KIT_REPOSITORY_TOKEN } : {}),
            ...(env.CHOCOLATEY_API_KEY ? { chocolateyApiKey: env.CHOCOLATEY_API_KEY } : {}),
            ...(env.AUR_SSH_KEY ? { aurSshKey: env.AUR_SSH_KEY } : {}),
            ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
            log: (message) => console.error(message),
        });
        console.log(reportMarkdown(report).trim());
        if (report.failures.length)
            throw new errors/* UserError */.yo(`not every package manager was updated:\n${report.failures.map((f) => `  ${f}`).join('\n')}`);
    },
});


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   T: () => (/* binding */ splitRepository)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



const Client = _octokit_core__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
/**
 * An Octokit that retries server errors and waits out primary and secondary rate limits, honouring
 * `Retry-After` and `x-ratelimit-reset`, up to `retries` times.
 */
function githubClient(options) {
    const retries = options.retries ?? 3;
    const log = options.log ?? (() => undefined);
    return new Client({
        auth: options.token,
        baseUrl: options.baseUrl ?? 'https://api.github.com',
        userAgent: 'release-kit',
        retry: { retries },
        throttle: {
            onRateLimit: (after, request, _octokit, count) => {
                log(`Rate limit reached for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
                return count < retries;
            },
            onSecondaryRateLimit: (after, request, _octokit, count) => {
                log(`Secondary rate limit for ${request.method} ${request.url}; retrying in ${after} s (attempt ${count + 1}).`);
                return count < retries;
            },
        },
        log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    });
}
/** `owner/repo` → parts, or an error message naming the value. */
function splitRepository(repository) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repository);
    if (!match)
        throw new Error(`"${repository}" is not an owner/repo name`);
    return { owner: match[1], repo: match[2] };
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
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4196);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4343);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
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
    const result = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .xL(schema, raw);
    if (!result.success)
        fail(source, name, raw, allowed, options.secret);
    return result.data;
}
function stringField(source, name, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), 'any text is allowed', options);
}
/** A secret: masked before anything else happens, never echoed in an error. */
function secretField(source, name, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), 'a secret value is expected', { ...options, secret: true });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function booleanField(source, name, defaultValue) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([...TRUE, ...FALSE]), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi((value) => TRUE.includes(value))), 'it must be true or false', { default: defaultValue });
}
function choiceField(source, name, choices, options = {}) {
    return field(source, name, zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(choices), `it must be one of: ${choices.join(', ')}`, options);
}
function integerField(source, name, range, options = {}) {
    const schema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^[+-]?\d+$/)), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(Number)), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(range.min), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(range.max)));
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

// EXTERNAL MODULE: ./src/sign/settings.ts + 2 modules
var settings = __webpack_require__(9962);
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
                message: `${target.artifacts[first]} and ${target.artifacts[j]} would both be released as ${name}: add {basename} to the artifact-name template (e.g. '{basename}-{os}-{arch}.{ext}'), or give each its own extension`,
            });
        }
    });
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
            problems.push({ path: at(...where, 'install'), message: `${install} matches none of this target's release files (${names.join(', ')}); it is matched against their release names` });
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
                    message: `${other} and ${target.id} would both release ${name.replace(SAMPLE_VERSION, '{version}')}: give one of them its own artifact-name (e.g. '{name}-{target}-{version}.{ext}' or with {basename})`,
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
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5547);


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
