export const id = 387;
export const ids = [387];
export const modules = {

/***/ 25387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PullRequestReview: () => (/* binding */ PullRequestReview)
});

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/report/profile-summary.ts
var profile_summary = __webpack_require__(76190);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts



const MAX_ROWS = 30;
const MAX_CELL_CHARACTERS = 400;
/** The heading of a comment marked superseded; such a comment is not marked again. */
const SUPERSEDED_HEADING = '### ↪️ palette-chart-gate: superseded';
/** The comment for a run with failures; undefined when every layer is valid. */
function failureComment(outcome, context) {
    if (outcome.valid)
        return undefined;
    const failing = outcome.results.filter(result => result.status === 'invalid' || result.status === 'error');
    const shown = failing.slice(0, MAX_ROWS);
    const checked = outcome.counts.layers - outcome.counts.skipped;
    const lines = [
        context.marker,
        context.stamp,
        `### ❌ palette-chart-gate: ${failing.length} of ${(0,plural/* counted */.h)(checked, 'layer')} ${(0,plural/* isAre */.x)(failing.length)} not valid`,
        '',
        counts(outcome, context),
        '',
        ...(0,profile_summary/* layerTable */._)(shown, text => (0,markdown/* codeCell */.M)(text, MAX_CELL_CHARACTERS))
    ];
    if (failing.length > shown.length)
        lines.push('', `${(0,plural/* counted */.h)(failing.length - shown.length, 'more failure', 'more failures')} ${(0,plural/* isAre */.x)(failing.length - shown.length)} in the job summary.`);
    lines.push('', footer(context));
    return `${lines.join('\n')}\n`;
}
/** What an earlier failure comment becomes once every layer is valid. */
function passedComment(outcome, context) {
    return `${[
        context.marker,
        context.stamp,
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
        context.stamp,
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
        : ` in the ${(0,plural/* counted */.h)(context.changedFiles, 'profile file')} this pull request changes`;
    return `${(0,plural/* counted */.h)(c.layers, 'layer')}${scope}: ${c.valid} valid, ${c.invalid} invalid, ${(0,plural/* counted */.h)(c.error, 'error')}, ${c.skipped} skipped.`;
}
/**
 * What an earlier comment of the same job becomes once its inputs changed (it would otherwise keep
 * showing results nobody checks any more): its own marker, so that it is recognised, and a link to
 * the comment that replaces it, or to the run when every layer passes and there is none.
 */
function supersededComment(marker, context, replacementUrl) {
    const where = replacementUrl === undefined
        ? `Under the new inputs every layer is valid: [job summary](${context.runUrl}).`
        : `The results are in [the new comment](${replacementUrl}).`;
    return `${[
        marker,
        SUPERSEDED_HEADING,
        '',
        `This check's inputs changed (profiles, registries, endpoint, regions or lock) in commit ${context.headSha.slice(0, 12)}. ${where}`
    ].join('\n')}\n`;
}
function footer(context) {
    return `[Job summary and annotations](${context.runUrl}) · commit ${context.headSha.slice(0, 12)}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/pull-request/changed-files.ts
// Which profile files a pull request changes. GitHub names each file by its path from the
// repository root, and a file is changed only when that exact path is listed: matching a tail would
// take a root-level dev.json for profiles/dev.json and check (and fail on) a file nobody changed.
// The caller names files from the repository root too (repository-paths.ts), as a checkout may sit
// in a subfolder of the workspace.

/** Whether a file, named from the repository root, is one of the pull request's files. */
function changedFileTest(changed) {
    const names = new Set(changed.map(normalize));
    return file => names.has(normalize(file));
}
/**
 * The files to check: those the pull request changes, or every one when it changes a file all
 * layers depend on (the registries file, the lock). Undefined means every file. Every path is named
 * from the repository root.
 */
function filesToCheck(changed, sharedFiles) {
    const isChanged = changedFileTest(changed);
    if (sharedFiles.some(file => file.trim() !== '' && isChanged(file.trim())))
        return undefined;
    return isChanged;
}
/** One spelling per path: forward slashes, no `./` or `a/../`. */
function normalize(file) {
    return external_node_path_default().posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/pull-request/comment-identity.ts
// Which comments on a pull request are the gate's, and which of them this run takes over, deletes
// or marks superseded. Pure: the comments come in as GitHub lists them, the decisions go out.

const MARKER_PREFIX = '<!-- palette-chart-gate: ';
const STAMP_PREFIX = '<!-- palette-chart-gate for ';
/**
 * A comment the gate wrote starts with this line (invisible in the rendered comment). `key` names
 * the inputs that shape the verdict, so jobs checking other profiles keep a comment each.
 */
function commentMarker(key) {
    return `${MARKER_PREFIX}${comment_identity_hidden(key)} -->`;
}
/**
 * The comment's second line, also hidden: the job that wrote it and the commit it reports on. A
 * later run of that job with other inputs supersedes it; another job never does.
 */
function commentStamp(job, commit) {
    return `${STAMP_PREFIX}${comment_identity_hidden(commit)} by ${comment_identity_hidden(job)} -->`;
}
/**
 * The plan for `comments` (oldest first). Only comments the token's own user wrote count, never a
 * person's, whatever it says; a reply quoting one starts with "> ", and an edit in the web page may
 * turn the line ends into CRLF.
 */
function planComments(comments, self) {
    const plan = { existing: undefined, copies: [], stale: [] };
    for (const comment of comments) {
        if (comment.user?.login !== self.login)
            continue;
        const [marker = '', second = ''] = (comment.body ?? '').split(/\r?\n/, 2);
        if (!marker.startsWith(MARKER_PREFIX) || !marker.endsWith(' -->'))
            continue;
        if (marker === self.marker) {
            if (plan.existing === undefined)
                plan.existing = comment;
            else
                plan.copies.push(comment);
        }
        else if (second !== SUPERSEDED_HEADING && isStale(second, self))
            plan.stale.push(comment);
    }
    return plan;
}
/**
 * Another check's comment is stale when the same job wrote it (or a version of the gate that wrote
 * no stamp) for another commit: a job running beside this one (a matrix) has written its comment
 * for this commit already, or writes it again when it finishes.
 */
function isStale(stampLine, self) {
    const stamp = readStamp(stampLine);
    if (stamp === undefined)
        return true;
    return stamp.job === comment_identity_hidden(self.job) && stamp.commit !== comment_identity_hidden(self.commit);
}
function readStamp(line) {
    if (!line.startsWith(STAMP_PREFIX) || !line.endsWith(' -->'))
        return undefined;
    const text = line.slice(STAMP_PREFIX.length, -' -->'.length);
    const at = text.indexOf(' by ');
    return at === -1 ? undefined : { commit: text.slice(0, at), job: text.slice(at + ' by '.length) };
}
/** Whether a comment, as read again just before it is edited, is still one to supersede. */
function stillStale(body, self) {
    const second = (body ?? '').split(/\r?\n/, 2)[1] ?? '';
    return second !== SUPERSEDED_HEADING && isStale(second, self);
}
/** Text inside an HTML comment: "--" would end it early, and input values are written by users. */
function comment_identity_hidden(text) {
    return text.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, ' ');
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 25 modules
var github = __webpack_require__(30542);
;// CONCATENATED MODULE: ./src/pull-request/event.ts
// The run's pull request and job, as the runner describes them (the event payload, GITHUB_*).

/**
 * The workflow file and job that run the gate: what tells a comment of this job with other inputs
 * (superseded) from another job's (left alone). A matrix shares it; see planComments.
 */
function jobIdentity() {
    const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? '';
    return `${workflow}#${github/* context */._.job}`;
}
/** The address of a comment in the pull request's conversation. */
function commentUrl(pull, id) {
    return `${github/* context */._.serverUrl}/${pull.owner}/${pull.repo}/pull/${pull.number}#issuecomment-${id}`;
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
        changedFiles
    };
}
/** The run's page, where the job summary and the annotations are. */
function runUrl() {
    const { serverUrl, runId } = github/* context */._;
    const { owner, repo } = github/* context */._.repo;
    const attempt = process.env.GITHUB_RUN_ATTEMPT;
    return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt === undefined || attempt === '' ? '' : `/attempts/${attempt}`}`;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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

;// CONCATENATED MODULE: ./src/pull-request/octokit.ts
// The Octokit client of a pull-request run: every GitHub API call within a time limit and a byte
// bound, and its failures in words a log line can hold.



/** A GitHub API call that got no answer within timeout-seconds. */
class GitHubTimeoutError extends Error {
    constructor(seconds) {
        super(`GitHub did not answer within ${seconds} s`);
        this.name = 'GitHubTimeoutError';
    }
}
/** An Octokit for the workflow's token whose every call ends within `timeoutMs`. */
function boundedOctokit(token, timeoutMs) {
    // The base URL comes from GITHUB_API_URL (GitHub Enterprise Server, or a test's fake API).
    const octokit = github/* getOctokit */.Q(token);
    // Every request gets its own time limit, and a shorter one when a list or the clean-up has
    // less time left (their signal): a GitHub that never answers must not hold the job. Its body
    // is read within a byte bound, through the fetch @actions/github set up (it knows the proxy).
    octokit.hook.before('request', options => {
        const inner = options.request?.fetch;
        const given = options.request?.signal;
        const own = AbortSignal.timeout(timeoutMs);
        options.request = {
            ...options.request,
            signal: given instanceof AbortSignal ? AbortSignal.any([own, given]) : own,
            fetch: boundedFetch(isFetch(inner) ? inner : fetch, MAX_GITHUB_ANSWER_BYTES)
        };
    });
    // A body cut off by the time limit reads as empty, not as an error: a page of comments would
    // then look like none. An aborted request is a timeout, whatever it returned.
    octokit.hook.after('request', (_response, options) => {
        if (options.request?.signal?.aborted === true)
            throw new GitHubTimeoutError(Math.round(timeoutMs / 1000));
    });
    octokit.hook.error('request', (error, options) => {
        if (options.request?.signal?.aborted === true)
            throw new GitHubTimeoutError(Math.round(timeoutMs / 1000));
        // Octokit wraps what fetch throws as an HTTP 500; the answer was too large, not a failure.
        if ('cause' in error && error.cause instanceof GitHubAnswerTooLargeError)
            throw error.cause;
        throw error;
    });
    return octokit;
}
/** A failed GitHub call, for a message: its status and what it said. */
function describeError(error) {
    const status = statusOf(error);
    const message = (0,errors/* errorMessage */.gJ)(error);
    return status === undefined ? message : `HTTP ${status}: ${message}`;
}
/** The HTTP status of a failed GitHub API call, when it got that far. */
function statusOf(error) {
    if (typeof error !== 'object' || error === null || !('status' in error))
        return undefined;
    return typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/pull-request/answers.ts
/** What GitHub answered that is not what the gate asked for. */
class GitHubAnswerError extends Error {
    constructor(url, expected) {
        super(`GitHub's answer to GET ${answers_pathOf(url)} is not ${expected}`);
        this.name = 'GitHubAnswerError';
    }
}
function filesOf(data, url) {
    if (!Array.isArray(data))
        throw new GitHubAnswerError(url, 'a list of files');
    return data.map((file) => {
        if (!isRecord(file) || typeof file.filename !== 'string')
            throw new GitHubAnswerError(url, 'a list of files');
        return typeof file.previous_filename === 'string'
            ? { name: file.filename, previous: file.previous_filename }
            : { name: file.filename };
    });
}
function commentsOf(data, url) {
    if (!Array.isArray(data))
        throw new GitHubAnswerError(url, 'a list of comments');
    return data.flatMap((comment) => {
        if (!isRecord(comment) || typeof comment.id !== 'number')
            throw new GitHubAnswerError(url, 'a list of comments');
        const { user } = comment;
        const login = isRecord(user) && typeof user.login === 'string' ? user.login : undefined;
        return [
            {
                id: comment.id,
                body: typeof comment.body === 'string' ? comment.body : undefined,
                user: login === undefined ? null : { login }
            }
        ];
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null;
}
function answers_pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}

// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(86683);
;// CONCATENATED MODULE: ./src/pull-request/bounded-steps.ts
// Writes that tidy up after the comment (deleting copies, marking stale comments superseded), run
// within a count and a time: 10,000 copies must not cost 10,000 requests and minutes of the job.

/**
 * Runs `steps` one after another, at most `maxSteps` and within `timeMs` in all: each step gets a
 * signal that aborts when the time is up. Stops at the first step that fails.
 */
async function runWithin(steps, maxSteps, timeMs, now = Date.now) {
    const deadline = new src_deadline/* Deadline */.B(timeMs, now);
    const time = { reason: 'time', seconds: Math.round(timeMs / 1000) };
    const done = [];
    for (const [index, step] of steps.entries()) {
        const left = () => steps.slice(index).map(({ kind }) => kind);
        if (index >= maxSteps)
            return { done, left: left(), stop: { reason: 'count', maxSteps } };
        if (deadline.remainingMs() === 0)
            return { done, left: left(), stop: time };
        const signal = deadline.signal();
        try {
            await step.run(signal);
        }
        catch (error) {
            return { done, left: left(), stop: signal.aborted ? time : { reason: 'failed', error } };
        }
        done.push(step.kind);
    }
    return { done, left: [] };
}

;// CONCATENATED MODULE: ./src/pull-request/paging.ts
// GitHub's paged lists (a pull request's files, its comments), read within bounds. Each page names
// the next in a `Link: rel="next"` header; a GitHub that keeps naming one (or names the page itself)
// would otherwise be followed for ever. No bound is reached against github.com: its lists end.

/**
 * Every item of a paged list, from `first` on, until the last page or a bound. A page that fails
 * fails the list; a later page that does not come before the list's time is up ends it instead.
 */
async function readPages(first, readPage, itemsOf, bounds, now = Date.now) {
    const deadline = new src_deadline/* Deadline */.B(bounds.timeMs, now);
    const seen = new Set();
    const items = [];
    let url = new URL(first).href;
    for (let pages = 0;;) {
        seen.add(url);
        const signal = deadline.signal();
        let page;
        try {
            page = await readPage(url, signal);
        }
        catch (error) {
            // The first page has the whole time: its failure is that of any one GitHub call.
            if (pages > 0 && signal.aborted)
                return { items, pages, cut: timeCut(bounds) };
            throw error;
        }
        pages++;
        for (const item of itemsOf(page.data, url))
            items.push(item);
        if (items.length > bounds.maxItems) {
            items.length = bounds.maxItems;
            return { items, pages, cut: { reason: 'items', maxItems: bounds.maxItems } };
        }
        const next = nextPage(page.link, url);
        if (next === undefined)
            return { items, pages };
        const cut = items.length >= bounds.maxItems
            ? { reason: 'items', maxItems: bounds.maxItems }
            : pages >= bounds.maxPages
                ? { reason: 'pages', maxPages: bounds.maxPages }
                : deadline.remainingMs() === 0
                    ? timeCut(bounds)
                    : undefined;
        if (cut !== undefined)
            return { items, pages, cut };
        // The token goes with every request: never to another address than the API's.
        if (next === null)
            return { items, pages, cut: { reason: 'unreadable', page: pages } };
        if (new URL(next).origin !== new URL(first).origin)
            return { items, pages, cut: { reason: 'elsewhere', page: pages } };
        if (seen.has(next))
            return { items, pages, cut: { reason: 'loop', page: pages } };
        url = next;
    }
}
/**
 * The page a `Link` header names as next, resolved against the page's own address; undefined on
 * the last page, null when the link is not an address.
 */
function nextPage(link, url) {
    const target = /<([^<>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
    if (target === undefined)
        return undefined;
    try {
        return new URL(target, url).href;
    }
    catch {
        return null;
    }
}
/** Why the list stopped, for a message: "…(it stopped at 100 pages)". */
function describeCut(cut, noun) {
    switch (cut.reason) {
        case 'pages':
            return `it stopped at ${cut.maxPages} pages`;
        case 'items':
            return `it stopped at ${cut.maxItems.toLocaleString('en-US')} ${noun}`;
        case 'time':
            return `the whole list did not come within ${cut.seconds} s (timeout-seconds)`;
        case 'loop':
            return `page ${cut.page} links back to a page already read`;
        case 'elsewhere':
            return `page ${cut.page} links to another address than the GitHub API`;
        case 'unreadable':
            return `page ${cut.page} links to a next page whose address cannot be read`;
    }
}
function timeCut(bounds) {
    return { reason: 'time', seconds: Math.round(bounds.timeMs / 1000) };
}

;// CONCATENATED MODULE: ./src/pull-request/github.ts
// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.






class PullRequestApi {
    pull;
    timeoutMs;
    octokit;
    constructor(token, pull, timeoutMs) {
        this.pull = pull;
        this.timeoutMs = timeoutMs;
        this.octokit = boundedOctokit(token, timeoutMs);
    }
    /** Every file the pull request changes, page by page (GitHub lists at most 3000). */
    async changedFiles() {
        const { url } = this.octokit.rest.pulls.listFiles.endpoint({
            owner: this.pull.owner,
            repo: this.pull.repo,
            pull_number: this.pull.number,
            per_page: 100
        });
        const files = await readPages(url, this.readPage, filesOf, this.bounds(FILE_LIST));
        // A renamed file counts under both names: checking its old path is harmless, missing it is not.
        return {
            paths: files.items.flatMap(file => file.previous === undefined ? [file.name] : [file.name, file.previous]),
            listed: files.items.length,
            cut: files.cut
        };
    }
    /**
     * Creates the comment, or updates this check's comment already there; then marks the same job's
     * comments for other inputs superseded and deletes copies two racing runs left, at most
     * MAX_CLEANUP of them and within timeout-seconds.
     */
    async upsertComment(request) {
        const { url } = this.octokit.rest.issues.listComments.endpoint({
            owner: this.pull.owner,
            repo: this.pull.repo,
            issue_number: this.pull.number,
            per_page: 100
        });
        const listing = await readPages(url, this.readPage, commentsOf, this.bounds(COMMENT_LIST));
        const self = { ...request, login: await this.login() };
        const plan = planComments(listing.items, self);
        const posted = await this.write(plan.existing?.id, request);
        const replacement = posted.id === undefined ? undefined : commentUrl(this.pull, posted.id);
        // Stale results first: they mislead, where a copy only repeats this comment's older state.
        const steps = [
            ...plan.stale.map(comment => ({
                kind: 'stale',
                run: (signal) => this.supersede(comment.id, request.supersededBody(markerOf(comment), replacement), self, signal)
            })),
            ...(posted.action === 'updated' ? plan.copies : []).map(comment => ({
                kind: 'copy',
                run: (signal) => this.delete(comment.id, signal)
            }))
        ];
        const cleanup = await runWithin(steps, MAX_CLEANUP, this.timeoutMs);
        const count = (kinds, kind) => kinds.filter(each => each === kind).length;
        return {
            ...posted,
            superseded: count(cleanup.done, 'stale'),
            deleted: count(cleanup.done, 'copy'),
            ...(cleanup.stop === undefined
                ? {}
                : {
                    left: {
                        copies: count(cleanup.left, 'copy'),
                        stale: count(cleanup.left, 'stale'),
                        stop: cleanup.stop
                    }
                }),
            cut: listing.cut
        };
    }
    /** Updates the existing comment, or creates one when there is none (or it was just deleted). */
    async write(existing, request) {
        if (existing !== undefined &&
            (await this.updated(existing, request.body ?? request.passedBody)))
            return { action: 'updated', id: existing };
        if (request.body === undefined)
            return { action: 'none' };
        const created = await this.octokit.rest.issues.createComment({
            owner: this.pull.owner,
            repo: this.pull.repo,
            issue_number: this.pull.number,
            body: request.body
        });
        return { action: 'created', id: created.data.id };
    }
    readPage = async (url, signal) => {
        const response = await this.octokit.request({
            method: 'GET',
            url,
            request: { signal }
        });
        return { data: response.data, link: response.headers.link };
    };
    bounds(list) {
        return { ...list, timeMs: this.timeoutMs };
    }
    /** False when the comment was deleted between the listing and the update. */
    async updated(id, body, signal) {
        try {
            await this.octokit.rest.issues.updateComment({
                owner: this.pull.owner,
                repo: this.pull.repo,
                comment_id: id,
                body,
                ...(signal === undefined ? {} : { request: { signal } })
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
     * Marks a stale comment superseded. It is read again first: a job running beside this one (a
     * matrix) may have written its results into it since the listing.
     */
    async supersede(id, body, self, signal) {
        try {
            const current = await this.octokit.rest.issues.getComment({
                owner: this.pull.owner,
                repo: this.pull.repo,
                comment_id: id,
                request: { signal }
            });
            if (!stillStale(current.data.body, self))
                return;
        }
        catch (error) {
            // Deleted since the listing: nothing left to mark.
            if (statusOf(error) === 404)
                return;
            throw error;
        }
        await this.updated(id, body, signal);
    }
    async delete(id, signal) {
        try {
            await this.octokit.rest.issues.deleteComment({
                owner: this.pull.owner,
                repo: this.pull.repo,
                comment_id: id,
                request: { signal }
            });
        }
        catch (error) {
            // A run racing this one deleted it first.
            if (statusOf(error) !== 404)
                throw error;
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
/** GitHub lists at most 3000 files of a pull request; 100 pages allow for 30 a page. */
const FILE_LIST = { maxPages: 100, maxItems: 3000 };
/** A pull request with more comments than this is not one people read. */
const COMMENT_LIST = { maxPages: 100, maxItems: 10_000 };
/**
 * At most this many earlier comments are deleted or marked superseded in one run, one request (or
 * two) each; the rest are left for later runs. GitHub limits how fast a token may write.
 */
const MAX_CLEANUP = 20;
function markerOf(comment) {
    return (comment.body ?? '').split(/\r?\n/, 1)[0] ?? '';
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
            this.log.warning(`Could not list the files of pull request #${this.pull.number} (${describeError(error)}); every profile file is checked.`);
            return undefined;
        }
        if (changed.cut !== undefined) {
            this.log.warning(`Could not list every file of pull request #${this.pull.number} (${describeCut(changed.cut, 'files')}; ${(0,plural/* counted */.h)(changed.listed, 'file')} read); every profile file is checked.`);
            return undefined;
        }
        // GitHub lists at most 3000 files: a longer pull request may change profiles not listed.
        if (this.pull.changedFiles !== undefined && changed.listed < this.pull.changedFiles) {
            this.log.info(`GitHub listed ${changed.listed} of the ${(0,plural/* counted */.h)(this.pull.changedFiles, 'file')} pull request #${this.pull.number} changes; every profile file is checked.`);
            return undefined;
        }
        const select = filesToCheck(changed.paths, sharedFiles);
        this.log.info(select === undefined
            ? `Pull request #${this.pull.number} changes a file every layer depends on; every profile file is checked.`
            : `Checking only the profile files pull request #${this.pull.number} changes (${(0,plural/* counted */.h)(changed.listed, 'file')} changed; changed-only: false checks all).`);
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
            stamp: commentStamp(jobIdentity(), this.pull.headSha),
            runUrl: runUrl(),
            headSha: this.pull.headSha,
            changedFiles
        };
    }
    async post(context, body, passedBody) {
        if (!this.settings.comment)
            return;
        const pull = `Pull request #${this.pull.number}`;
        try {
            const posted = await this.api.upsertComment({
                marker: context.marker,
                job: jobIdentity(),
                commit: this.pull.headSha,
                body,
                passedBody,
                supersededBody: (marker, replacementUrl) => supersededComment(marker, context, replacementUrl)
            });
            const done = doneText(posted);
            if (done !== undefined)
                this.log.info(`${pull}: ${done}.`);
            if (posted.cut !== undefined)
                this.log.warning(`${pull}: the list of its comments was cut short (${describeCut(posted.cut, 'comments')}); an earlier comment of the gate past it is neither updated nor marked superseded.`);
            if (posted.left !== undefined)
                this.log.warning(`${pull}: ${leftText(posted.left)}; later runs go on.`);
        }
        catch (error) {
            const status = statusOf(error);
            const message = `Could not comment on pull request #${this.pull.number} (${describeError(error)}).`;
            // A pull request from a fork gets a read-only token: expected, and no fault of the check.
            if (status === 403 || status === 404)
                this.log.notice(`${message} The token cannot write to it: pull requests from forks get a read-only token, and the job needs \`permissions: pull-requests: write\`. The job summary has the report.`);
            else
                this.log.warning(`${message} The job summary has the report.`);
        }
    }
}
/** "comment updated; 1 earlier comment marked superseded; 2 copies deleted", or nothing done. */
function doneText(posted) {
    const parts = [
        ...(posted.action === 'none' ? [] : [`comment ${posted.action}`]),
        ...(posted.superseded === 0
            ? []
            : [`${(0,plural/* counted */.h)(posted.superseded, 'earlier comment')} marked superseded`]),
        ...(posted.deleted === 0 ? [] : [`${(0,plural/* counted */.h)(posted.deleted, 'copy', 'copies')} deleted`])
    ];
    return parts.length === 0 ? undefined : parts.join('; ');
}
/** How many earlier comments are left as they were, and why. */
function leftText(left) {
    const what = [
        ...(left.stale === 0
            ? []
            : [`${(0,plural/* counted */.h)(left.stale, 'earlier comment')} not marked superseded`]),
        ...(left.copies === 0
            ? []
            : [`${(0,plural/* counted */.h)(left.copies, 'copy', 'copies')} of the gate's comment not deleted`])
    ].join(' and ');
    const why = left.stop.reason === 'count'
        ? `the gate deletes or marks at most ${left.stop.maxSteps} comments in one run`
        : left.stop.reason === 'time'
            ? `timeout-seconds (${left.stop.seconds} s) passed`
            : describeError(left.stop.error);
    return `${what} (${why})`;
}


/***/ })

};
