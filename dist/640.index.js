export const id = 640;
export const ids = [640];
export const modules = {

/***/ 65640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PullRequestReview: () => (/* binding */ PullRequestReview)
});

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/profile-summary.ts
var profile_summary = __webpack_require__(76190);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts


const MAX_ROWS = 30;
const MAX_CELL_CHARACTERS = 400;
/** The comment for a run with failures; undefined when every layer is valid. */
function failureComment(outcome, context) {
    if (outcome.valid)
        return undefined;
    const failing = outcome.results.filter(result => result.status === 'invalid' || result.status === 'error');
    const shown = failing.slice(0, MAX_ROWS);
    const lines = [
        context.marker,
        `### ❌ palette-chart-gate: ${failing.length} of ${outcome.counts.layers - outcome.counts.skipped} layers are not valid`,
        '',
        counts(outcome, context),
        '',
        ...(0,profile_summary/* layerTable */._)(shown, text => (0,markdown/* codeCell */.M)(text, MAX_CELL_CHARACTERS))
    ];
    if (failing.length > shown.length)
        lines.push('', `${failing.length - shown.length} more failures are in the job summary.`);
    lines.push('', footer(context));
    return `${lines.join('\n')}\n`;
}
/** What an earlier failure comment becomes once every layer is valid. */
function passedComment(outcome, context) {
    return `${[
        context.marker,
        '### ✅ palette-chart-gate: every layer is valid',
        '',
        `${counts(outcome, context)} The failures reported here before are fixed.`,
        '',
        footer(context)
    ].join('\n')}\n`;
}
/** The comment for profile files that cannot be checked at all (a configuration error). */
function errorComment(error, context) {
    const problems = error.message.split(/\r\n|\r|\n/);
    const shown = problems
        .slice(0, MAX_ROWS)
        .map(problem => `- ${(0,markdown/* codeCell */.M)(problem, MAX_CELL_CHARACTERS, false)}`);
    return `${[
        context.marker,
        `### ❌ palette-chart-gate: ${error.title.toLowerCase()}; no layer was checked`,
        '',
        ...shown,
        ...(problems.length > shown.length
            ? [`- ${problems.length - shown.length} more in the job log`]
            : []),
        '',
        `Hint: ${(0,markdown/* markdownCell */.U)(error.hint, MAX_CELL_CHARACTERS)}`,
        '',
        footer(context)
    ].join('\n')}\n`;
}
function counts(outcome, context) {
    const { counts: c } = outcome;
    const scope = context.changedFiles === undefined
        ? ''
        : ` in the ${context.changedFiles} profile ${context.changedFiles === 1 ? 'file' : 'files'} this pull request changes`;
    return `${c.layers} layers${scope}: ${c.valid} valid, ${c.invalid} invalid, ${c.error} errors, ${c.skipped} skipped.`;
}
function footer(context) {
    return `[Job summary and annotations](${context.runUrl}) · commit ${context.headSha.slice(0, 12)}`;
}

;// CONCATENATED MODULE: ./src/pull-request/changed-files.ts
// Which profile files a pull request changes. GitHub names files from the repository root; the glob
// names them from the workspace, which is the repository root unless the checkout went elsewhere
// (actions/checkout `path:`), so a file is changed when its path ends with a changed one.
/** Whether a workspace-relative file is one of the pull request's (repository-relative) files. */
function changedFileTest(changed) {
    const names = new Set(changed.map(normalize));
    return file => suffixes(normalize(file)).some(suffix => names.has(suffix));
}
/**
 * The files to check: those the pull request changes, or every one when it changes a file all
 * layers depend on (the registries file, the lock). Undefined means every file.
 */
function filesToCheck(changed, sharedFiles) {
    const isChanged = changedFileTest(changed);
    if (sharedFiles.some(file => file.trim() !== '' && isChanged(file.trim())))
        return undefined;
    return isChanged;
}
function normalize(file) {
    return file.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
}
/** "a/b/c" -> ["a/b/c", "b/c", "c"]: the path and each tail after a slash. */
function suffixes(file) {
    const parts = file.split('/');
    return parts.map((_, index) => parts.slice(index).join('/'));
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 25 modules
var github = __webpack_require__(30542);
;// CONCATENATED MODULE: ./src/pull-request/bounded-fetch.ts
// GitHub's answers, read with a byte bound. A page of 100 files or comments is far below it; a
// larger answer (a broken proxy, a hostile GitHub Enterprise) would otherwise be buffered and parsed
// whole, and a 51 MB page ran the action out of memory.
/** The most the gate reads of one GitHub answer. */
const MAX_GITHUB_ANSWER_BYTES = 8 * 1024 * 1024;
/** A GitHub answer larger than the gate reads; names the request and the bound. */
class GitHubAnswerTooLargeError extends Error {
    request;
    maxBytes;
    constructor(request, maxBytes) {
        super(`GitHub's answer to ${request} is larger than ${sizeOf(maxBytes)}, the most the gate reads of one answer`);
        this.request = request;
        this.maxBytes = maxBytes;
        this.name = 'GitHubAnswerTooLargeError';
    }
}
/** Octokit types its fetch option loosely; a function there is the fetch it would call. */
function isFetch(value) {
    return typeof value === 'function';
}
/**
 * `fetch` that reads the whole body before it returns, and refuses one past `maxBytes`: first by
 * its content-length, then by the bytes that arrive, cancelling the stream there. Octokit parses
 * what it gets and takes a body that fails while it reads as empty, so the bound is kept here.
 */
function boundedFetch(inner, maxBytes) {
    return async (input, init) => {
        const response = await inner(input, init);
        const { body } = response;
        if (body === null)
            return response;
        const request = `${init?.method ?? 'GET'} ${pathOf(input)}`;
        const declared = Number(response.headers.get('content-length') ?? '');
        if (declared > maxBytes) {
            await body.cancel();
            throw new GitHubAnswerTooLargeError(request, maxBytes);
        }
        const chunks = [];
        let received = 0;
        const reader = body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            received += value.byteLength;
            if (received > maxBytes) {
                await reader.cancel();
                throw new GitHubAnswerTooLargeError(request, maxBytes);
            }
            chunks.push(value);
        }
        const read = new Response(Buffer.concat(chunks), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers
        });
        // Octokit reports the URL an answer came from; a Response made here has none of its own.
        Object.defineProperty(read, 'url', { value: response.url });
        return read;
    };
}
/** The path alone: the query and host add nothing to a message. */
function pathOf(input) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
function sizeOf(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/pull-request/github.ts
// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.


/** A comment the gate wrote starts with this line (invisible in the rendered comment). */
function commentMarker(key) {
    // "--" would end the HTML comment early; the key holds input values, which users write.
    return `<!-- palette-chart-gate: ${key.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, ' ')} -->`;
}
/** The pull request a `pull_request` run is for, from the event payload; undefined otherwise. */
function currentPullRequest() {
    const pull = github/* context */._.payload.pull_request;
    if (typeof pull !== 'object' || pull === null || !('number' in pull))
        return undefined;
    const { number } = pull;
    if (typeof number !== 'number')
        return undefined;
    const head = 'head' in pull ? pull.head : undefined;
    const headSha = typeof head === 'object' && head !== null && 'sha' in head && typeof head.sha === 'string'
        ? head.sha
        : github/* context */._.sha;
    const changedFiles = 'changed_files' in pull && typeof pull.changed_files === 'number'
        ? pull.changed_files
        : undefined;
    return {
        ...github/* context */._.repo,
        number,
        headSha,
        ...(changedFiles === undefined ? {} : { changedFiles })
    };
}
/** The run's page, where the job summary and the annotations are. */
function runUrl() {
    const { serverUrl, runId } = github/* context */._;
    const { owner, repo } = github/* context */._.repo;
    const attempt = process.env.GITHUB_RUN_ATTEMPT;
    return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt === undefined || attempt === '' ? '' : `/attempts/${attempt}`}`;
}
/** A GitHub API call that got no answer within timeout-seconds. */
class GitHubTimeoutError extends Error {
    constructor(seconds) {
        super(`GitHub did not answer within ${seconds} s`);
        this.name = 'GitHubTimeoutError';
    }
}
class PullRequestApi {
    pull;
    timeoutMs;
    octokit;
    constructor(token, pull, timeoutMs) {
        this.pull = pull;
        this.timeoutMs = timeoutMs;
        // The base URL comes from GITHUB_API_URL (GitHub Enterprise Server, or a test's fake API).
        this.octokit = github/* getOctokit */.Q(token);
        // Every request, each page of a paged list included, gets its own time limit: paginate passes
        // no per-call options on, and a GitHub that never answers must not hold the job. Its body is
        // read within a byte bound, through the fetch @actions/github set up (it knows the proxy).
        this.octokit.hook.before('request', options => {
            const inner = options.request?.fetch;
            options.request = {
                ...options.request,
                signal: AbortSignal.timeout(timeoutMs),
                fetch: boundedFetch(isFetch(inner) ? inner : fetch, MAX_GITHUB_ANSWER_BYTES)
            };
        });
        // A body cut off by the time limit reads as empty, not as an error: a page of comments would
        // then look like none. An aborted request is a timeout, whatever it returned.
        this.octokit.hook.after('request', (_response, options) => {
            if (options.request?.signal?.aborted === true)
                throw new GitHubTimeoutError(Math.round(timeoutMs / 1000));
        });
        this.octokit.hook.error('request', (error, options) => {
            if (options.request?.signal?.aborted === true)
                throw new GitHubTimeoutError(Math.round(timeoutMs / 1000));
            // Octokit wraps what fetch throws as an HTTP 500; the answer was too large, not a failure.
            if ('cause' in error && error.cause instanceof GitHubAnswerTooLargeError)
                throw error.cause;
            throw error;
        });
    }
    /** Every file the pull request changes, page by page (GitHub lists at most 3000). */
    async changedFiles() {
        const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
            owner: this.pull.owner,
            repo: this.pull.repo,
            pull_number: this.pull.number,
            per_page: 100
        });
        // A renamed file counts under both names: checking its old path is harmless, missing it is not.
        return {
            paths: files.flatMap(file => file.previous_filename === undefined
                ? [file.filename]
                : [file.filename, file.previous_filename]),
            listed: files.length
        };
    }
    /**
     * Creates the comment that starts with `marker`, or updates the one already there (and deletes
     * copies two runs racing may have left). With `body` undefined (everything passed), an existing
     * comment gets `passedBody` and none is created.
     */
    async upsertComment(marker, body, passedBody) {
        const { owner, repo } = this.pull;
        const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: this.pull.number,
            per_page: 100
        });
        const [existing, ...copies] = ownComments(comments, marker, await this.login());
        if (existing !== undefined && (await this.updated(existing.id, body ?? passedBody))) {
            for (const copy of copies) {
                try {
                    await this.octokit.rest.issues.deleteComment({ owner, repo, comment_id: copy.id });
                }
                catch (error) {
                    // A run racing this one deleted it first.
                    if (statusOf(error) !== 404)
                        throw error;
                }
            }
            return { action: 'updated', id: existing.id };
        }
        if (body === undefined)
            return { action: 'none' };
        const created = await this.octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: this.pull.number,
            body
        });
        return { action: 'created', id: created.data.id };
    }
    /** False when the comment was deleted between the listing and the update. */
    async updated(id, body) {
        try {
            await this.octokit.rest.issues.updateComment({
                owner: this.pull.owner,
                repo: this.pull.repo,
                comment_id: id,
                body
            });
            return true;
        }
        catch (error) {
            if (statusOf(error) !== 404)
                throw error;
            return false;
        }
    }
    /**
     * Who the token writes as. The job's token cannot read /user (403): it writes as
     * github-actions[bot]. A personal token writes as its owner.
     */
    async login() {
        try {
            return (await this.octokit.rest.users.getAuthenticated()).data.login;
        }
        catch (error) {
            const status = statusOf(error);
            if (status === 403 || status === 404)
                return JOB_TOKEN_LOGIN;
            throw error;
        }
    }
}
const JOB_TOKEN_LOGIN = 'github-actions[bot]';
/**
 * The gate's comments, oldest first: those the token's own user wrote (never a person's, whatever
 * it says) that start with the marker (a reply quoting one starts with "> "; an edit in the web
 * page may turn the line end into CRLF).
 */
function ownComments(comments, marker, login) {
    return comments.filter(comment => comment.user?.login === login &&
        (comment.body?.startsWith(`${marker}\n`) === true ||
            comment.body?.startsWith(`${marker}\r\n`) === true));
}
/** The HTTP status of a failed GitHub API call, when it got that far. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/pull-request/review.ts



class PullRequestReview {
    api;
    pull;
    settings;
    log;
    constructor(api, pull, settings, log) {
        this.api = api;
        this.pull = pull;
        this.settings = settings;
        this.log = log;
    }
    /** The review of the event's pull request; undefined outside one or without a token. */
    static open(settings, log) {
        const pull = currentPullRequest();
        if (pull === undefined)
            return undefined;
        if (settings.token === '') {
            log.notice('github-token is empty: every profile file is checked and no pull-request comment is written.');
            return undefined;
        }
        return new PullRequestReview(new PullRequestApi(settings.token, pull, settings.timeoutMs), pull, settings, log);
    }
    /**
     * Whether each matched file is checked: those the pull request changes, or every one (undefined)
     * when it changes a file all layers share, or when its file list cannot be read.
     */
    async selectFiles(sharedFiles) {
        let changed;
        try {
            changed = await this.api.changedFiles();
        }
        catch (error) {
            this.log.warning(`Could not list the files of pull request #${this.pull.number} (${describe(error)}); every profile file is checked.`);
            return undefined;
        }
        // GitHub lists at most 3000 files: a longer pull request may change profiles not listed.
        if (this.pull.changedFiles !== undefined && changed.listed < this.pull.changedFiles) {
            this.log.info(`GitHub listed ${changed.listed} of the ${this.pull.changedFiles} files pull request #${this.pull.number} changes; every profile file is checked.`);
            return undefined;
        }
        const select = filesToCheck(changed.paths, sharedFiles);
        this.log.info(select === undefined
            ? `Pull request #${this.pull.number} changes a file every layer depends on; every profile file is checked.`
            : `Checking only the profile files pull request #${this.pull.number} changes (${changed.listed} files changed; changed-only: false checks all).`);
        return select;
    }
    /** Creates or updates the one comment; marks it passed when every layer is valid. */
    async comment(outcome, key, changedFiles) {
        const context = this.contextFor(key, changedFiles);
        await this.post(context, failureComment(outcome, context), passedComment(outcome, context));
    }
    /** Files that cannot be checked at all: the comment says so, instead of keeping old results. */
    async commentError(error, key) {
        const context = this.contextFor(key, undefined);
        const body = errorComment(error, context);
        await this.post(context, body, body);
    }
    /** `key` tells this check's comment from other jobs' (see commentMarker). */
    contextFor(key, changedFiles) {
        return {
            marker: commentMarker(key),
            runUrl: runUrl(),
            headSha: this.pull.headSha,
            ...(changedFiles === undefined ? {} : { changedFiles })
        };
    }
    async post(context, body, passedBody) {
        if (!this.settings.comment)
            return;
        try {
            const posted = await this.api.upsertComment(context.marker, body, passedBody);
            if (posted.action !== 'none')
                this.log.info(`Pull request #${this.pull.number}: comment ${posted.action}.`);
        }
        catch (error) {
            const status = statusOf(error);
            const message = `Could not comment on pull request #${this.pull.number} (${describe(error)}).`;
            // A pull request from a fork gets a read-only token: expected, and no fault of the check.
            if (status === 403 || status === 404)
                this.log.notice(`${message} The token cannot write to it: pull requests from forks get a read-only token, and the job needs \`permissions: pull-requests: write\`. The job summary has the report.`);
            else
                this.log.warning(`${message} The job summary has the report.`);
        }
    }
}
function describe(error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}


/***/ })

};
