export const id = 381;
export const ids = [381];
export const modules = {

/***/ 30381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CACHE_KEY_PREFIX: () => (/* binding */ CACHE_KEY_PREFIX),
/* harmony export */   actionsArchiveStore: () => (/* binding */ actionsArchiveStore)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32243);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31494);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37076);
/* harmony import */ var _directory_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56113);
// Chart archives kept in the GitHub Actions cache. One cache entry holds a directory of archives
// named by digest: restored once before the check (when it has layers), saved once after it when
// the run downloaded archives it did not have, with only the archives this run used (so an entry
// does not grow forever). One call each way, so a cache service that fails costs one warning, not
// one per chart. Loaded only for `cache: true`: the cache client is the largest part of the bundle.
// The folder is the gate's own, in the runner's temp; a link there was put by someone else (a step
// before this one), and restoring, writing or clearing through it would reach wherever it leads, so
// the store then warns and the run goes on without the cache.







const CACHE_KEY_PREFIX = 'palette-chart-gate-charts-';
/** The store; undefined when this runner has no cache service (a local run, some GHES). */
function actionsArchiveStore(options) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
        return undefined;
    return new ActionsArchiveStore(options);
}
class ActionsArchiveStore {
    options;
    name = 'the GitHub Actions cache';
    directory;
    prefix;
    /** Only the runner's temp: the workspace, which a pull request fills, is no place for it either. */
    access;
    files;
    /** File names of the archives this run read or added: what the next entry holds. */
    used = new Set();
    added = false;
    /** Its folder was refused: the store restores, keeps and saves nothing for the rest of the run. */
    refused = false;
    constructor(options) {
        this.options = options;
        this.directory = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.runnerTemp, 'palette-chart-gate', 'chart-cache');
        this.prefix = `${CACHE_KEY_PREFIX}${hash(options.scope).slice(0, 16)}-`;
        this.access = { workspace: options.runnerTemp, confinedTo: [options.runnerTemp] };
        this.files = new _directory_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DirectoryArchiveStore */ .l(this.directory, this.access);
    }
    /** Restores the newest entry of this scope: its key is only a prefix of theirs. */
    async open() {
        // The library extracts into the folder: a link there would take the archives elsewhere.
        if (!(await this.usable()))
            return;
        const key = await this.quietly('restore', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([this.directory], this.prefix, [], {
            timeoutInMs: this.options.timeoutMs,
            segmentTimeoutInMs: this.options.timeoutMs
        }));
        // What an entry holds was written by earlier runs, not checked by this one.
        if (key !== undefined && !(await this.usable()))
            return;
        this.options.debug(key === undefined
            ? 'No chart archives in the GitHub Actions cache yet'
            : `Chart archives restored from the GitHub Actions cache (${key})`);
    }
    async restore(digest) {
        if (this.refused)
            return undefined;
        const name = (0,_gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveFileName */ .G)(digest);
        const archive = await this.files.restore(digest);
        if (archive !== undefined)
            this.used.add(name);
        return archive;
    }
    async save(digest, archive) {
        if (this.refused)
            return;
        await this.files.save(digest, archive);
        this.used.add((0,_gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveFileName */ .G)(digest));
        this.added = true;
    }
    async flush() {
        // Checked again just before clearing: what is listed and deleted must be the gate's own.
        if (!this.added || !(await this.usable()))
            return;
        const stale = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(this.directory)).filter(name => !this.used.has(name));
        await Promise.all(stale.map(name => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.directory, name), { force: true })));
        const key = `${this.prefix}${hash([...this.used].sort().join('\n')).slice(0, 32)}`;
        const saved = await this.quietly('save', () => _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([this.directory], key));
        this.options.debug(saved === -1
            ? 'The chart archives were not saved to the GitHub Actions cache'
            : `${this.used.size} chart archives saved to the GitHub Actions cache as ${key}`);
    }
    /** Whether the folder may be used; the first refusal is a warning, and the cache is left alone. */
    async usable() {
        if (this.refused)
            return false;
        const problem = await this.folderProblem();
        if (problem === undefined)
            return true;
        this.refused = true;
        this.options.warning(`Chart archive cache (the GitHub Actions cache): ${problem}. The archives are read from the registry instead.`);
        return false;
    }
    /** Why the folder may not be used: a link, not a folder, or leading out of the runner's temp. */
    async folderProblem() {
        // Both folders are the gate's: the runner's temp itself may be a link (macOS /tmp), these not.
        for (const folder of [node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.directory), this.directory]) {
            let stats;
            try {
                stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(folder);
            }
            catch (error) {
                const code = (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_5__/* .fileSystemCode */ .BN)(error, 'unreadable');
                // Not made yet: writing an archive makes it, no further than writeWholeFile allows.
                if (code === 'ENOENT')
                    return undefined;
                return `${folder} cannot be read (${code})`;
            }
            if (stats.isSymbolicLink())
                return `${folder} is a symbolic link, and the gate never writes through one`;
            if (!stats.isDirectory())
                return `${folder} is not a folder`;
        }
        const within = await (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathWithin */ .Nm)(this.directory, this.access);
        return 'problem' in within ? `${this.directory} ${within.problem}` : undefined;
    }
    /**
     * Runs a cache call with its failure messages turned into one warning. The library reports its
     * own failures as warnings, or as error annotations for a server error, and carries on; an error
     * annotation would count against the ten a step shows, which belong to the layers. Only called
     * before and after the checks, when nothing else writes to the log.
     */
    async quietly(what, call) {
        const reported = [];
        const write = process.stdout.write.bind(process.stdout);
        process.stdout.write = ((chunk, ...rest) => {
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            const failure = /^::(?:error|warning)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd());
            if (failure === null)
                return write(chunk, ...rest);
            // As @actions/core escapes command data: %, CR and LF.
            reported.push((failure[1] ?? '').replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%'));
            return true;
        });
        try {
            return await call();
        }
        finally {
            process.stdout.write = write;
            if (reported.length > 0)
                this.options.warning(`Chart archive cache (the GitHub Actions cache): could not ${what}: ${reported.join('; ')}. The archives are read from the registry instead.`);
        }
    }
}
function hash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(text).digest('hex');
}


/***/ })

};
