export const id = 676;
export const ids = [676];
export const modules = {

/***/ 9676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contributionLookupOf: () => (/* binding */ contributionLookupOf)
});

// EXTERNAL MODULE: ./src/kit/github.ts
var github = __webpack_require__(369);
// EXTERNAL MODULE: ./src/kit/errors.ts
var errors = __webpack_require__(3713);
;// CONCATENATED MODULE: ./src/kit/github-contributions.ts

function apiError(error) {
    const status = error.status;
    const hint = status === 401 || status === 403 ? ' Check github-token: it needs contents: read and pull-requests: read.' : '';
    return new errors/* UserError */.yo(`GitHub API lookup for the release notes failed${status ? ` (HTTP ${status})` : ''}: ${error.message}.${hint}`);
}
/** A commit GitHub does not know (not pushed, or force-pushed away) has no PR and no login: 404/422 → undefined. */
async function unlessUnknown(request) {
    try {
        return await request;
    }
    catch (error) {
        const status = error.status;
        if (status === 404 || status === 422)
            return undefined;
        throw apiError(error);
    }
}
/** ContributionLookup over the REST API: two calls a commit at most, one a contributor. */
function githubContributionLookup(client, owner, repo) {
    return {
        async pullRequestOf(sha) {
            const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha, per_page: 10 }));
            const data = response?.data ?? [];
            const merged = data.find((pr) => pr.merged_at) ?? data[0];
            return merged ? { number: merged.number, ...(merged.user?.login ? { login: merged.user.login } : {}) } : undefined;
        },
        async authorOf(sha) {
            const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits/{ref}', { owner, repo, ref: sha }));
            return response?.data.author?.login ?? undefined;
        },
        async isNewContributor(login, before) {
            const response = await unlessUnknown(client.request('GET /repos/{owner}/{repo}/commits', { owner, repo, sha: before, author: login, per_page: 1 }));
            return response !== undefined && response.data.length === 0;
        },
    };
}

;// CONCATENATED MODULE: ./src/actions/release-notes/lookup.ts


/** The GitHub lookups of PRs, logins and first-time contributors, when a token and the repository are known. */
function contributionLookupOf(settings, log) {
    if (!settings.token || !settings.repository)
        return undefined;
    const { owner, repo } = (0,github/* splitRepository */.T8)(settings.repository);
    return githubContributionLookup((0,github/* githubClient */.$f)({ token: settings.token, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}), log }), owner, repo);
}


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   T8: () => (/* binding */ splitRepository)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




const Client = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** A stand-in for the throttling plugin's spacing group that lets every request through at once. */
const UNSPACED = { key: () => ({ schedule: (_options, job) => job() }) };
/** An API on this machine: 127.0.0.1, ::1 or localhost. */
function isLoopback(baseUrl) {
    try {
        return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(baseUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * An Octokit that retries server errors and waits out primary and secondary rate limits, honouring
 * `Retry-After` and `x-ratelimit-reset`, up to `retries` times. Writes are spaced per credential (GitHub
 * counts its secondary limits per token): clients of one token in a process share the spacing, clients
 * of different tokens (jobs of their own) do not wait for each other; an API on loopback is not spaced.
 */
function githubClient(options) {
    const retries = options.retries ?? 3;
    const log = options.log ?? (() => undefined);
    const baseUrl = options.baseUrl ?? 'https://api.github.com';
    return new Client({
        auth: options.token,
        baseUrl,
        userAgent: 'release-kit',
        retry: { retries },
        throttle: {
            // A GitHub on this machine (the embedded emulator of `release-kit rehearse`) has no secondary limits:
            // writes there are not spaced a second apart (three for those that notify), which only slowed a rehearsal.
            ...(isLoopback(baseUrl) ? { write: UNSPACED, notifications: UNSPACED } : {}),
            id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${baseUrl}\n${options.token}`).digest('hex').slice(0, 16),
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


/***/ })

};
