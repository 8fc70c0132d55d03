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
/* harmony import */ var _directory_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56113);
// Chart archives kept in the GitHub Actions cache. One cache entry per run holds a directory of
// archives named by digest: restored once before the check, saved once after it when the run
// added archives. One call each way, so a cache service that fails costs one message, not one per
// chart. Loaded only for `cache: true`: the cache client is the largest part of the bundle.





const CACHE_KEY_PREFIX = 'palette-chart-gate-charts-';
/**
 * The store, its archives restored; undefined when this runner has no cache service (a local
 * run, GitHub Enterprise Server without it): the run then reads every archive from the registry.
 */
async function actionsArchiveStore(options) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
        return undefined;
    const directory = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.runnerTemp, 'palette-chart-gate', 'chart-cache');
    const prefix = `${CACHE_KEY_PREFIX}${hash(options.scope).slice(0, 16)}-`;
    // The newest entry of this scope: its key is only a prefix of theirs.
    const restored = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([directory], prefix, [], {
        timeoutInMs: options.timeoutMs,
        segmentTimeoutInMs: options.timeoutMs
    });
    options.debug(restored === undefined
        ? 'No chart archives in the GitHub Actions cache yet'
        : `Chart archives restored from the GitHub Actions cache (${restored})`);
    return new ActionsArchiveStore(directory, prefix, restored, options.debug);
}
class ActionsArchiveStore {
    directory;
    prefix;
    restoredKey;
    debug;
    name = 'the GitHub Actions cache';
    files;
    added = false;
    constructor(directory, prefix, restoredKey, debug) {
        this.directory = directory;
        this.prefix = prefix;
        this.restoredKey = restoredKey;
        this.debug = debug;
        this.files = new _directory_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DirectoryArchiveStore */ .l(directory);
    }
    restore(digest) {
        return this.files.restore(digest);
    }
    async save(digest, archive) {
        await this.files.save(digest, archive);
        this.added = true;
    }
    /** Saves the directory as a new entry, named after the archives it holds, when the run added any. */
    async flush() {
        if (!this.added)
            return;
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(this.directory)).filter(name => name.endsWith('.tgz')).sort();
        const key = `${this.prefix}${hash(names.join('\n')).slice(0, 32)}`;
        if (key === this.restoredKey)
            return;
        // The cache library reports its own failures (a warning) and answers -1.
        const saved = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([this.directory], key);
        this.debug(saved === -1
            ? 'The chart archives were not saved to the GitHub Actions cache'
            : `${names.length} chart archives saved to the GitHub Actions cache as ${key}`);
    }
}
function hash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(text).digest('hex');
}


/***/ })

};
