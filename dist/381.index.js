export const id = 381;
export const ids = [381];
export const modules = {

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CACHE_KEY_PREFIX: () => (/* binding */ CACHE_KEY_PREFIX),
/* harmony export */   actionsArchiveStore: () => (/* binding */ actionsArchiveStore)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2243);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1494);
// Chart archives kept in the GitHub Actions cache, one entry per digest. Loaded only when the
// `cache` input asks for it, so that a step without it starts without this code.




const CACHE_KEY_PREFIX = 'palette-chart-gate-chart-';
/**
 * The store, or undefined when this runner has no cache service (a local run, GitHub Enterprise
 * Server without it): the run then reads every archive from the registry.
 */
function actionsArchiveStore(runnerTemp) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
        return undefined;
    return new ActionsArchiveStore(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(runnerTemp, 'palette-chart-gate', 'chart-cache'));
}
class ActionsArchiveStore {
    directory;
    name = 'the GitHub Actions cache';
    saved = new Set();
    constructor(directory) {
        this.directory = directory;
    }
    async restore(digest) {
        const file = this.fileOf(digest);
        // The cache restores a path exactly as it was saved: the same absolute file on every run.
        const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([file], this.keyOf(digest));
        if (hit === undefined)
            return undefined;
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    async save(digest, archive) {
        // One chart may sit in several registries: its archive is kept once.
        if (this.saved.has(digest))
            return;
        this.saved.add(digest);
        const file = this.fileOf(digest);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.directory, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, archive);
        await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([file], this.keyOf(digest));
    }
    fileOf(digest) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.directory, (0,_gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .archiveFileName */ .G)(digest));
    }
    keyOf(digest) {
        return `${CACHE_KEY_PREFIX}${(0,_gate_archive_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .archiveFileName */ .G)(digest)}`;
    }
}


/***/ })

};
