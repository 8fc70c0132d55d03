export const id = 91;
export const ids = [91,106];
export const modules = {

/***/ 91:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkChartLock: () => (/* binding */ checkChartLock)
/* harmony export */ });
/* harmony import */ var _inputs_lock_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3106);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3819);


function checkChartLock(lock, reference, digest, now) {
    const verdict = (0,_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeAgainstLock */ .M)(reference, digest, lock.entries, now);
    const { added } = verdict;
    return {
        mismatch: verdict.changed ?? verdict.incomparable,
        record: async () => (added === undefined ? undefined : (0,_inputs_lock_file_js__WEBPACK_IMPORTED_MODULE_0__.addToLock)(lock, reference, added))
    };
}


/***/ }),

/***/ 3819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ judgeAgainstLock)
/* harmony export */ });
function judgeAgainstLock(reference, digest, entries, now) {
    const entry = entries.get(reference);
    if (entry === undefined)
        return { added: { digest, locked: now.toISOString() } };
    if (entry.digest === digest)
        return {};
    const locked = algorithmOf(entry.digest);
    const served = algorithmOf(digest);
    if (locked !== served)
        return {
            incomparable: {
                message: `the lock records oci://${reference} as a ${locked} digest, and the registry names it by its ${served} digest ${digest}: the two cannot be compared`,
                hint: `Record the ${served} digest: remove the entry from lock-file and run with update-lock: true after review.`
            }
        };
    return {
        changed: {
            message: `oci://${reference} now holds ${digest}, but the lock${entry.locked === undefined ? '' : ` written ${entry.locked}`} says ${entry.digest}: the same version was pushed again with other content`,
            hint: 'Clusters deployed from now on would get the new content under the old version. Push it under a new version; or, once reviewed, remove the entry from lock-file and run with update-lock: true.'
        }
    };
}
function algorithmOf(digest) {
    return digest.slice(0, Math.max(0, digest.indexOf(':')));
}


/***/ }),

/***/ 3106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addToLock: () => (/* binding */ addToLock),
  loadLock: () => (/* binding */ loadLock),
  lockFromInputs: () => (/* binding */ lockFromInputs),
  lockSaveFailure: () => (/* binding */ lockSaveFailure),
  parseLock: () => (/* binding */ parseLock),
  renderLock: () => (/* binding */ renderLock),
  saveLock: () => (/* binding */ saveLock)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/palette/yaml-lines.ts
var yaml_lines = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/digest.ts
var src_digest = __webpack_require__(2187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/helm/tags.ts
var tags = __webpack_require__(1343);
// EXTERNAL MODULE: ./src/palette/endpoint.ts
var endpoint = __webpack_require__(4274);
// EXTERNAL MODULE: ./src/inputs/request.ts + 4 modules
var request = __webpack_require__(3494);
;// CONCATENATED MODULE: ./src/inputs/lock-keys.ts
// Lock keys: each must be the reference the gate looks up (gate/plan.ts builds it as
// host[:port]/repository:tag), or its chart would pass as new. Why a key is not, and the key meant.




/** A key as the gate builds it (gate/plan.ts), shown in hints. */
const KEY_EXAMPLE = 'registry.example.com/charts/nginx:1.2.3';
/**
 * Why a lock key can never equal a reference the gate looks up, which gate/plan.ts builds as
 * `${endpoint.authority}/${repository}:${tag}`: the host as URL writes it (lower case, no default
 * port), a repository checked as base-content-path and chart are, the tag Helm makes of an exact
 * version. Undefined for a key in that form. A key in any other form matches nothing, so the chart
 * it was written for would pass as new.
 */
function lockKeyProblem(key, hosts = new Map()) {
    const unusual = /[^\x21-\x7e]/u.exec(key);
    if (unusual !== null) {
        const code = `U+${(unusual[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        return {
            reasons: [
                `it holds the character ${code} at position ${unusual.index + 1}, which no chart reference has`
            ]
        };
    }
    const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.exec(key)?.[0];
    const bare = key.slice(scheme?.length ?? 0);
    const slash = bare.indexOf('/');
    const colon = bare.lastIndexOf(':');
    if (slash <= 0 || colon < slash)
        return { reasons: ['it is not host/repository:tag'] };
    const parts = [
        hostForm(bare.slice(0, slash), hosts),
        repositoryForm(bare.slice(slash + 1, colon)),
        tagForm(bare.slice(colon + 1))
    ];
    const reasons = [
        ...(scheme === undefined ? [] : [`it starts with ${scheme}, which the gate leaves out`]),
        ...parts.flatMap(part => (part.reason === undefined ? [] : [part.reason]))
    ];
    if (reasons.length === 0)
        return undefined;
    const [host, repository, tag] = parts.map(part => part.fixed);
    const corrected = host === undefined || repository === undefined || tag === undefined
        ? undefined
        : `${host}/${repository}:${tag}`;
    // Offered only when it is itself a key the gate looks up.
    return corrected !== undefined && lockKeyProblem(corrected) === undefined
        ? { reasons, corrected }
        : { reasons };
}
function hostForm(authority, hosts) {
    // A lock names few hosts many times over, and parsing one is most of what a key costs.
    const known = hosts.get(authority);
    if (known !== undefined)
        return known;
    const form = parsedHostForm(authority);
    hosts.set(authority, form);
    return form;
}
function parsedHostForm(authority) {
    // The scheme is the endpoint's, not the key's: https drops :443, http drops :80.
    const written = ['https', 'http'].flatMap(scheme => {
        const parsed = (0,endpoint/* parseEndpoint */.B)(`${scheme}://${authority}`);
        return parsed.ok ? [parsed.endpoint.authority] : [];
    });
    if (written.includes(authority))
        return { fixed: authority };
    const parsed = (0,endpoint/* parseEndpoint */.B)(authority);
    if (!parsed.ok)
        return { reason: `its host ${parsed.message}` };
    const fixed = written.find(form => form === authority.toLowerCase()) ?? parsed.endpoint.authority;
    return {
        reason: `its host ${(0,errors/* shown */.SP)(authority)} is not written as the gate writes it (${(0,errors/* shown */.SP)(fixed)})`,
        fixed
    };
}
function repositoryForm(repository) {
    if (repository.length > request/* MAX_REPOSITORY_LENGTH */.lh)
        return {
            reason: `its repository is ${repository.length} characters long; registries allow ${request/* MAX_REPOSITORY_LENGTH */.lh}`
        };
    const bad = (path) => path.split('/').find(component => (0,request/* checkChartName */.UW)(component) !== undefined);
    if (bad(repository) === undefined)
        return { fixed: repository };
    const lower = repository.toLowerCase();
    if (bad(lower) === undefined)
        return {
            reason: `its repository ${(0,errors/* shown */.SP)(repository)} has capitals, and a repository is lower case`,
            fixed: lower
        };
    return {
        reason: `its repository ${(0,errors/* shown */.SP)(repository)} is not a repository path: ${(0,errors/* shown */.SP)(bad(repository))} must be lowercase letters and digits, separated by '.', '_' or '-'`
    };
}
function tagForm(tag) {
    // Helm writes a version's '+' as '_' in the tag (helm/tags.ts); '+' never reaches a registry.
    const fixed = tag.replaceAll('+', '_');
    const versionProblem = fixed.includes('_', fixed.indexOf('_') + 1)
        ? "a tag has at most one '_', where the version has its '+'"
        : (0,request/* checkExactVersion */.ex)((0,tags/* versionForTag */.S)(fixed));
    if (versionProblem !== undefined)
        return {
            reason: `its tag ${(0,errors/* shown */.SP)(tag)} is not the tag of an exact chart version: ${versionProblem}`
        };
    if (fixed === tag)
        return { fixed };
    return { reason: `its tag ${(0,errors/* shown */.SP)(tag)} has '+', which Helm writes as '_' in a tag`, fixed };
}

// EXTERNAL MODULE: ./src/inputs/request-auth.ts
var request_auth = __webpack_require__(7595);
// EXTERNAL MODULE: ./src/workspace-files.ts
var workspace_files = __webpack_require__(7076);
;// CONCATENATED MODULE: ./src/inputs/lock-file.ts
// The digest lock: a committed file mapping each chart reference (host/repository:tag) to the
// digest it held when it was locked. Read and written here, at the edge; judged in gate/lock.ts.








/** The lock the inputs name (lock-file, update-lock); undefined without lock-file. */
async function lockFromInputs(inputs, access) {
    const file = (inputs['lock-file'] ?? '').trim();
    if (file === '')
        return undefined;
    const problems = [];
    const update = (0,request_auth/* parseBoolean */.yG)((inputs['update-lock'] ?? '').trim(), false, 'update-lock', (input, message) => problems.push({ input, message }));
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems);
    return loadLock(file, update, access);
}
async function loadLock(file, update, access) {
    const reading = await (0,workspace_files/* readTextFile */.Gu)(file, access, workspace_files/* FILE_LIMITS */.SK.lock);
    // A lock that cannot be written is refused before any request, not after every check.
    const unwritable = update
        ? await (0,workspace_files/* writeProblem */.bi)(external_node_path_default().resolve(access.workspace, file), access)
        : undefined;
    if (unwritable !== undefined && (!('problem' in reading) || reading.code === 'ENOENT'))
        throw lockError(file, 0, unwritable);
    if ('problem' in reading) {
        // A lock is born from update-lock; without it, a missing lock is a mistake in the path.
        const missing = reading.code === 'ENOENT';
        if (missing && update)
            return { file, access, entries: new Map(), update };
        throw lockError(file, 0, `${reading.problem}${missing ? '; set update-lock: true to create it' : ''}`);
    }
    return { file, access, entries: parseLock(file, reading.text, update), update };
}
function parseLock(file, text, update = false) {
    const { document, lineOf, syntax } = (0,yaml_lines/* parseWithLines */.Nb)(text);
    if (syntax !== undefined)
        throw lockError(file, syntax.line, syntax.message);
    const entries = new Map();
    const root = document.contents;
    // An empty file is a lock still to be written only when this run writes it; otherwise it may
    // be a lock someone emptied, and every version would pass as new.
    if (root === null || ((0,dist.isScalar)(root) && root.value === null)) {
        if (update)
            return entries;
        throw lockError(file, 1, `is empty; ${NOT_A_LOCK}`);
    }
    if (!(0,dist.isMap)(root))
        throw lockError(file, lineOf(root), `is not a lock; ${NOT_A_LOCK}`);
    for (const pair of root.items) {
        const key = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
        if (key !== 'charts')
            throw lockError(file, (0,dist.isScalar)(pair.key) ? lineOf(pair.key) : lineOf(root), `${JSON.stringify(key)} is not a lock key; ${NOT_A_LOCK}`);
    }
    const chartsPair = root.items.find(pair => (0,dist.isScalar)(pair.key) && pair.key.value === 'charts');
    const charts = chartsPair?.value;
    if (chartsPair === undefined)
        throw lockError(file, lineOf(root), `has no charts:; ${NOT_A_LOCK}`);
    // charts: without an entry is an empty lock, with the same danger as an empty file.
    if (charts === null ||
        ((0,dist.isScalar)(charts) && charts.value === null) ||
        ((0,dist.isMap)(charts) && charts.items.length === 0)) {
        if (update)
            return entries;
        throw lockError(file, (0,dist.isScalar)(chartsPair.key) ? lineOf(chartsPair.key) : lineOf(root), `is empty (charts: holds no entry); ${NOT_A_LOCK}`);
    }
    if (!(0,dist.isMap)(charts))
        throw lockError(file, (0,dist.isScalar)(charts) || (0,dist.isSeq)(charts) ? lineOf(charts) : lineOf(root), 'charts must map host/repository:tag to a digest');
    const hosts = new Map();
    for (const pair of charts.items) {
        const line = (0,dist.isScalar)(pair.key) ? lineOf(pair.key) : lineOf(charts);
        const reference = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
        const problem = lockKeyProblem(reference, hosts);
        if (problem !== undefined)
            throw lockError(file, line, `${(0,errors/* shown */.SP)(reference)} is not a chart reference the gate looks up: ${problem.reasons.join(', and ')}`, `Write each key as host[:port]/repository:tag, as the gate names the chart (e.g. ${KEY_EXAMPLE})${problem.corrected === undefined ? '' : `; here ${(0,errors/* shown */.SP)(problem.corrected)}`}. A key that matches no chart would let that chart pass as new.`);
        entries.set(reference, readEntry(file, line, reference, pair.value, lineOf));
    }
    return entries;
}
/** The fields an entry may hold: a misspelt one must not leave the entry half read. */
const ENTRY_KEYS = ['digest', 'locked'];
function readEntry(file, line, reference, value, lineOf) {
    const needsDigest = `${(0,errors/* shown */.SP)(reference)} needs a digest (sha256:<64 hex>)`;
    // The short form people write by hand: the digest alone, with no time.
    if ((0,dist.isScalar)(value)) {
        if (typeof value.value === 'string' && src_digest/* CONTENT_DIGEST */.xL.test(value.value))
            return { digest: value.value };
        throw lockError(file, line, needsDigest);
    }
    if (!(0,dist.isMap)(value))
        throw lockError(file, line, needsDigest);
    for (const field of value.items) {
        const key = (0,dist.isScalar)(field.key) ? String(field.key.value) : '';
        if (!ENTRY_KEYS.includes(key))
            throw lockError(file, (0,dist.isScalar)(field.key) ? lineOf(field.key) : line, `${(0,errors/* shown */.SP)(key)} is not a lock entry key (${ENTRY_KEYS.join(', ')})`);
    }
    const digest = value.get('digest');
    if (typeof digest !== 'string' || !src_digest/* CONTENT_DIGEST */.xL.test(digest))
        throw lockError(file, line, needsDigest);
    const lockedNode = value.get('locked', true);
    const locked = (0,yaml_lines/* scalarText */.ws)(lockedNode);
    if (lockedNode !== undefined && locked === undefined)
        throw lockError(file, (0,dist.isMap)(lockedNode) || (0,dist.isSeq)(lockedNode) ? lineOf(lockedNode) : line, 'locked must be a single value: when the entry was written (ISO 8601)');
    // Without a recorded time, none is made up: messages then leave the time out.
    return { digest, ...(locked === undefined || locked === '' ? {} : { locked }) };
}
function renderLock(entries, file) {
    // An entry with no time keeps the short form (the digest alone) it was written in by hand.
    const charts = Object.fromEntries([...entries]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([reference, entry]) => [reference, entry.locked === undefined ? entry.digest : entry]));
    const body = { charts };
    if (file.toLowerCase().endsWith('.json'))
        return `${JSON.stringify(body, null, 2)}\n`;
    return `# palette-chart-gate digest lock: the digest each chart version held when it was locked.\n${dist.stringify(body, { lineWidth: 0 })}`;
}
/** Writes the lock back, old entries kept, when update-lock is on. */
async function saveLock(lock) {
    if (!lock.update)
        return;
    try {
        await (0,workspace_files/* writeWholeFile */.R0)(lock.file, renderLock(lock.entries, lock.file), lock.access);
    }
    catch (error) {
        if (!(error instanceof workspace_files/* FileWriteError */.M$))
            throw error;
        throw lockError(lock.file, 0, error.reason, undefined, { cause: error });
    }
}
/** Adds the entry of a new chart version to the lock and writes it, when update-lock is on. */
async function addToLock(lock, reference, entry) {
    if (!lock.update)
        return undefined;
    lock.entries.set(reference, entry);
    return lockSaveFailure(lock);
}
/**
 * Writes the lock back and returns why it could not be, rather than throwing: a lock that fails at
 * the end must not take the results of the run with it.
 */
async function lockSaveFailure(lock) {
    try {
        await saveLock(lock);
        return undefined;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return error;
        throw error;
    }
}
const NOT_A_LOCK = 'a lock is a mapping with one key, charts:, that maps host/repository:tag to its digest (update-lock: true writes one)';
function lockError(file, line, message, hint = 'Fix the lock file (or remove the entry and run with update-lock: true after review).', options) {
    return new errors/* ConfigurationError */.j1([{ input: 'lock-file', message: `${file}${line > 0 ? `:${line}` : ''}: ${message}` }], hint, options);
}


/***/ })

};
