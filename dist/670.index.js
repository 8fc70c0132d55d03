export const id = 670;
export const ids = [670,106];
export const modules = {

/***/ 52670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProfiles: () => (/* binding */ runProfiles)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(86683);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/palette/layer.ts
var palette_layer = __webpack_require__(23266);
// EXTERNAL MODULE: ./src/gate/deploy-outcome.ts + 9 modules
var deploy_outcome = __webpack_require__(56621);
// EXTERNAL MODULE: ./src/gate/plan.ts
var plan = __webpack_require__(36132);
// EXTERNAL MODULE: ./src/gate/session.ts + 9 modules
var gate_session = __webpack_require__(91350);
;// CONCATENATED MODULE: ./src/gate/batch.ts
// Every layer of every profile in one run: identical charts checked once, at most `concurrency`
// requests in flight to each registry, one session (deadline, connections, tokens) for all. Never stops at the first
// failure: each layer gets its own result, and a registry that is down fails only its own layers.






/** Checks in flight at once over all registries; each holds at most one chart archive. */
const MAX_CHECKS_AT_ONCE = 64;
/** A result as outputs and JSON show it: where, what, the verdict, its evidence and what to do. */
function resultRow(result) {
    const { file, line, registry, chart, version, region, status, digest, reason, hint, deploy } = result;
    return { file, line, registry, chart, version, region, status, digest, reason, hint, deploy };
}
async function runBatch(batch, dependencies, settings) {
    const session = new gate_session/* GateSession */.a(dependencies, new deadline/* Deadline */.B(settings.deadlineMs), settings.timeoutMs, settings.concurrency);
    const registries = new Set();
    for (const planned of batch.layers) {
        if (planned.request === undefined)
            continue;
        const { baseContentPath } = planned.request.registry;
        registries.add(planned.registry);
        session.expectRepositories(planned.registry, [
            (0,plan/* repositoryFor */.cL)(baseContentPath, planned.request.chart.name)
        ]);
    }
    // Requests are paced per registry (`concurrency` in flight to each); checks in flight are bounded
    // for the whole run, so that a profile naming many registries cannot hold many archives at once.
    const limit = limiter(Math.min(MAX_CHECKS_AT_ONCE, settings.concurrency * registries.size));
    const checks = new Map();
    const checkOnce = (planned) => {
        const { request } = planned;
        const key = [planned.registry, request.chart.name, request.chart.version].join('\n');
        let check = checks.get(key);
        if (check === undefined) {
            // A registry's first exchange runs alone (see RegistryAuthenticator.exchange), not its first check.
            check = limit(() => session.check(request, planned.registry)).catch((error) => {
                // A registry that fails (unreachable, refused, timed out) fails its own layers only.
                if ((0,errors/* isGateError */.Wc)(error))
                    return error;
                throw error;
            });
            checks.set(key, check);
        }
        return check;
    };
    const resultFor = async (planned) => {
        const { request } = planned;
        if (request === undefined)
            return finding(planned, planned.finding);
        const checked = await checkOnce({ ...planned, request });
        if (checked instanceof Error) {
            const title = (0,errors/* isGateError */.Wc)(checked) ? `${checked.title}: ` : '';
            return {
                ...base(planned.layer, planned.registry),
                status: 'error',
                reason: `${title}${checked.message}`,
                hint: (0,errors/* isGateError */.Wc)(checked) ? checked.hint : null
            };
        }
        // One check may serve several layers; each is judged on its own Kubernetes.
        const outcome = await (0,deploy_outcome/* withDeployChecks */.F)(checked, request.deploy, request.layer.values);
        const deploy = outcome.deployment === undefined ? null : (0,deploy_outcome/* deploymentRecord */.l)(outcome.deployment);
        for (const warning of outcome.deployment?.warnings ?? [])
            dependencies.warning(`${planned.layer.file}:${planned.layer.line}: ${warning}`);
        if (!outcome.valid) {
            const allErrors = outcome.checks.every(check => check.result.valid === false &&
                'finding' in check.result &&
                check.result.finding.verdict === 'error');
            return {
                ...base(planned.layer, planned.registry),
                status: allErrors ? 'error' : 'invalid',
                // Found, and refused by the deploy checks: the digest is the evidence of what was judged.
                digest: checked.valid ? checked.chosen.chart.digest : null,
                reason: outcome.message,
                hint: outcome.hint,
                deploy
            };
        }
        const { chosen } = outcome;
        return {
            ...base(planned.layer, planned.registry),
            region: chosen.target.region ?? null,
            status: 'valid',
            digest: chosen.chart.digest,
            deploy,
            pack: (0,palette_layer/* buildPackEntry */.wI)(request.layer, (0,plan/* packRegistryFor */.uR)(request), chosen.chart),
            reference: `oci://${chosen.target.reference}`
        };
    };
    let done = 0;
    const report = (result) => {
        settings.onProgress?.(++done, batch.layers.length);
        return result;
    };
    try {
        // A run with nothing to check (a pull request that changes no profile) fetches no archives.
        if (batch.layers.some(planned => planned.request !== undefined))
            await session.openArchives();
        // Every check settles before the session (and its shared agent) closes, even after a bug.
        const settled = await Promise.allSettled(batch.layers.map(async (planned) => report(await resultFor(planned))));
        const results = settled.map(outcome => {
            if (outcome.status === 'rejected')
                throw outcome.reason;
            return outcome.value;
        });
        await session.keepArchives();
        return outcomeOf([...results, ...batch.skipped.map(skippedResult)]);
    }
    finally {
        session.close();
    }
}
/** The verdict over every result: valid when none is invalid or an error. */
function outcomeOf(results) {
    const counts = { layers: results.length, valid: 0, invalid: 0, skipped: 0, error: 0 };
    for (const result of results)
        counts[result.status]++;
    return { results, valid: counts.invalid === 0 && counts.error === 0, counts };
}
function base(layer, registry) {
    return {
        file: layer.file,
        line: layer.line,
        registry,
        chart: layer.chart,
        version: layer.version,
        region: null,
        status: 'invalid',
        digest: null,
        reason: null,
        hint: null,
        deploy: null
    };
}
function finding(planned, { reason, hint }) {
    return { ...base(planned.layer, planned.registry), status: 'invalid', reason, hint };
}
function skippedResult(pack) {
    return {
        file: pack.file,
        line: pack.line,
        registry: '',
        chart: pack.name,
        version: '',
        region: null,
        status: 'skipped',
        digest: null,
        reason: `a ${pack.type} pack is not a Helm chart from an OCI registry; not checked`,
        hint: null,
        deploy: null
    };
}
/** Runs at most `limit` tasks at once, in the order they were asked for. */
function limiter(limit) {
    let running = 0;
    const waiting = [];
    return async (task) => {
        if (running >= limit)
            await new Promise(resolve => waiting.push(resolve));
        running++;
        try {
            return await task();
        }
        finally {
            running--;
            waiting.shift()?.();
        }
    };
}

;// CONCATENATED MODULE: ./src/palette/profile-document.ts
function buildProfileDocument(layers, files, checkedAt) {
    return {
        apiVersion: 'palette-chart-gate/v1',
        kind: 'ValidatedProfile',
        metadata: { checkedAt: checkedAt.toISOString(), files: [...files] },
        spec: { template: { packs: layers.map(layer => layer.pack) } },
        verification: layers.map(layer => layer.evidence)
    };
}

// EXTERNAL MODULE: ./src/gate/lock.ts
var gate_lock = __webpack_require__(76200);
;// CONCATENATED MODULE: ./src/gate/profiles.ts
// Profile files checked end to end, for the action and the command line alike: every layer of the
// parsed run plan checked, the lock applied, and the profile document built from the valid ones.




async function checkProfiles(plan, dependencies, onProgress) {
    const { batch, lock } = plan;
    // No file to check (a pull request that changes none) is said by the adapter, not warned here.
    if (batch.layers.length === 0 && batch.files.length > 0)
        dependencies.warning(`The profile files hold no Helm layer (oci or helm pack) to check: ${batch.files.map(errors/* escapeControls */.UN).join(', ')}`);
    const checked = await runBatch(batch, dependencies, {
        concurrency: plan.concurrency,
        timeoutMs: plan.timeoutMs,
        deadlineMs: plan.deadlineMs,
        onProgress
    });
    const outcome = lock === undefined ? checked : applyLock(checked, lock, dependencies.now());
    const document = buildProfileDocument(outcome.results.flatMap(result => result.pack === undefined || result.digest === null
        ? []
        : [
            {
                pack: result.pack,
                evidence: {
                    file: result.file,
                    line: result.line,
                    name: result.chart,
                    tag: result.version,
                    registry: result.registry,
                    region: result.region,
                    digest: result.digest,
                    reference: result.reference ?? '',
                    ...(result.deploy === null ? {} : { deployment: result.deploy })
                }
            }
        ]), batch.files, dependencies.now());
    return {
        files: batch.files,
        everyFile: batch.everyFile,
        outcome,
        document,
        output: plan.output,
        lock
    };
}
/** A valid layer whose tag now holds another digest than the lock recorded is invalid. */
function applyLock(outcome, lock, now) {
    const results = outcome.results.map((result) => {
        if (result.status !== 'valid' || result.digest === null || result.reference === undefined)
            return result;
        const reference = result.reference.replace(/^oci:\/\//, '');
        const verdict = (0,gate_lock/* judgeAgainstLock */.M)(reference, result.digest, lock.entries, now);
        if (verdict.added !== undefined && lock.update)
            lock.entries.set(reference, verdict.added);
        const failure = verdict.changed ?? verdict.incomparable;
        if (failure === undefined)
            return result;
        const invalid = {
            ...result,
            status: verdict.changed === undefined ? 'error' : 'invalid',
            reason: failure.message,
            hint: failure.hint
        };
        delete invalid.pack;
        return invalid;
    });
    return outcomeOf(results);
}

// EXTERNAL MODULE: ./src/inputs/input-names.ts
var input_names = __webpack_require__(23760);
// EXTERNAL MODULE: ./src/inputs/lock-file.ts + 1 modules
var lock_file = __webpack_require__(23106);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/palette/yaml-lines.ts
var yaml_lines = __webpack_require__(69034);
;// CONCATENATED MODULE: ./src/palette/profile-fields.ts
// The fields of a pack or chart entry, read as written: a scalar stays the text the file holds (a
// version 1.10 is not 1.1), values may be text or YAML, and a field of the wrong shape is a
// problem on its own line.



/** A field that holds something the gate cannot take as written, on that field's line. */
class FieldProblem extends Error {
    node;
    constructor(message, node) {
        super(message);
        this.node = node;
    }
}
/**
 * A scalar field as written (a YAML version 1.10 must not become 1.1); undefined when absent,
 * empty when null. A mapping or a list is a problem, never taken for an absent field.
 */
function profile_fields_text(map, key) {
    const node = map.get(key, true);
    if (node === undefined)
        return undefined;
    const value = (0,yaml_lines/* scalarText */.ws)(node);
    if (value !== undefined)
        return value;
    if ((0,dist.isMap)(node) || (0,dist.isSeq)(node))
        throw new FieldProblem(`${key} must be a single value, not a ${(0,dist.isMap)(node) ? 'mapping' : 'list'}`, node);
    throw new FieldProblem(`${key} must be a single value`, map);
}
/** The pack's values as YAML text: as written when text, rendered when a mapping or a list. */
function valuesText(map, document) {
    const node = map.get('values', true);
    if (node === undefined)
        return undefined;
    if ((0,dist.isMap)(node) || (0,dist.isSeq)(node)) {
        // Aliases, keys that are mappings and nesting past 100 are refused before this, so the text
        // rendered is about the size of what the file holds.
        const rendered = node.toJS(document);
        return dist.stringify(rendered, { lineWidth: 0 });
    }
    const value = profile_fields_text(map, 'values');
    return value === '' ? undefined : value;
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
}
function lineOfUnknown(item, lineOf) {
    return (0,dist.isMap)(item) || (0,dist.isSeq)(item) || (0,dist.isScalar)(item) ? lineOf(item) : 1;
}
/**
 * Palette reads exports with Go's JSON decoder, which takes a key that differs from a field's name
 * only in case (`Tag`, `TYPE`, `ſpec`) as that field, the last one winning. The gate reads names
 * as written, so such a key would make the two read different packs: it is refused on its line.
 */
function refuseCaseVariants(map, fields) {
    for (const pair of map.items) {
        if (!(0,dist.isScalar)(pair.key) || typeof pair.key.value !== 'string')
            continue;
        const key = pair.key.value;
        if (fields.includes(key))
            continue;
        const field = fields.find(name => goFold(key) === name);
        if (field !== undefined)
            throw new FieldProblem(`${(0,errors/* shown */.SP)(key)} is read by Palette as ${field} (its JSON decoder ignores the case of field names): write it ${field}, once`, pair.key);
    }
}
/** Go's case folding of a key against ASCII field names: the Kelvin sign folds to k, the long s to s. */
function goFold(key) {
    return key
        .replace(/\u212a/g, 'k')
        .replace(/\u017f/g, 's')
        .replace(/[A-Z]/g, c => c.toLowerCase());
}
/**
 * Where the values text starts in the file: the line after `values: |` for a block (its lines
 * follow one for one), else the line of the field (a JSON string, or values written as YAML).
 */
function valuesLocation(map, lineOf) {
    const node = map.get('values', true);
    if (!(0,dist.isNode)(node))
        return undefined;
    const block = (0,dist.isScalar)(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
    return { line: lineOf(node), block };
}

;// CONCATENATED MODULE: ./src/palette/profile-contents.ts
// What a profile file declares, as its readers give it: the Helm layers with their lines, the
// packs not checked, and the problems found on their lines. Types shared by the two readers.


/** The pack types that are Helm charts from an OCI registry: the layers the gate checks. */
const CHECKED_TYPES = ['oci', 'helm'];
function optionalLocation(item, lineOf) {
    const valuesAt = valuesLocation(item, lineOf);
    return valuesAt === undefined ? {} : { valuesAt };
}
/**
 * Each entry of a pack or chart list that is a mapping, read by `read`; any other entry, and a
 * field read as it cannot be taken, is a problem on its own line.
 */
function readEntries(result, file, items, lineOf, noun, read) {
    for (const item of items) {
        if (!(0,dist.isMap)(item)) {
            result.problems.push({
                file,
                line: lineOfUnknown(item, lineOf),
                message: `a ${noun} that is not a mapping`
            });
            continue;
        }
        try {
            read(item, lineOf(item));
        }
        catch (error) {
            if (!(error instanceof FieldProblem))
                throw error;
            result.problems.push({ file, line: lineOf(error.node), message: error.message });
        }
    }
}

// EXTERNAL MODULE: ./src/palette/kubernetes-target.ts
var kubernetes_target = __webpack_require__(30933);
;// CONCATENATED MODULE: ./src/palette/profile-export.ts
// A Palette cluster-profile export (spec.template.packs): its Helm packs as layers, its
// Kubernetes layer and variables given to each, every other pack listed as skipped. Pure.






/** spec.template.packs spelt with another case somewhere would be read by Palette, not by the gate. */
function exportPathCase(document) {
    let map = document.contents;
    for (const field of ['spec', 'template', 'packs']) {
        if (!(0,dist.isMap)(map))
            return;
        refuseCaseVariants(map, [field]);
        map = map.get(field, true);
    }
}
/** The fields of a pack the gate reads; Palette would read their case variants as the same. */
const PACK_FIELDS = [
    'name',
    'type',
    'tag',
    'version',
    'values',
    'registry',
    'registry_uid'
];
function readExport(file, items, lineOf, document) {
    const result = { kind: 'palette-export', layers: [], skipped: [], problems: [] };
    let kubernetes;
    readEntries(result, file, items, lineOf, 'pack', (item, line) => {
        const pack = readPack(file, line, item, document);
        kubernetes ??= kubernetesLayer(file, line, item);
        if (pack.kind === 'skipped')
            result.skipped.push(pack.skipped);
        else if (pack.kind === 'problem')
            result.problems.push({ file, line, message: pack.message });
        else
            result.layers.push({ ...pack.layer, ...optionalLocation(item, lineOf) });
    });
    // The Kubernetes layer may come after the add-ons: it is theirs whatever the order.
    const variables = declaredVariables(document);
    for (const layer of result.layers) {
        if (kubernetes !== undefined)
            layer.kubernetes = kubernetes;
        layer.variables = variables;
    }
    return result;
}
/** A pack of layer k8s, or one of Palette's Kubernetes packs by name. */
function kubernetesLayer(file, line, item) {
    const pack = profile_fields_text(item, 'name') ?? '';
    if (profile_fields_text(item, 'layer') !== 'k8s' && (0,kubernetes_target/* flavourOfPack */.WR)(pack) === undefined)
        return undefined;
    return { file, line, pack, tag: profile_fields_text(item, 'tag') ?? '' };
}
function readPack(file, line, item, document) {
    refuseCaseVariants(item, PACK_FIELDS);
    const name = profile_fields_text(item, 'name');
    const type = profile_fields_text(item, 'type') ?? '';
    if (!CHECKED_TYPES.includes(type)) {
        return {
            kind: 'skipped',
            skipped: { file, line, name: name || '(no name)', type: type || '(no type)' }
        };
    }
    const tag = profile_fields_text(item, 'tag');
    if (name === undefined || name === '' || tag === undefined || tag === '') {
        return {
            kind: 'problem',
            message: name === undefined || name === ''
                ? `a ${type} pack without a name: Palette pins a pack by name and tag`
                : `the ${type} pack ${(0,errors/* shown */.SP)(name)} has no tag: Palette pins a pack by name and tag`
        };
    }
    const version = profile_fields_text(item, 'version');
    const metadata = packRegistryMetadata(item);
    const registryName = metadata === undefined ? undefined : nonEmpty(profile_fields_text(metadata, 'name'));
    const registryUid = (metadata === undefined ? undefined : nonEmpty(profile_fields_text(metadata, 'uid'))) ??
        nonEmpty(profile_fields_text(item, 'registry_uid'));
    const values = valuesText(item, document);
    const layer = {
        file,
        line,
        chart: name,
        version: tag,
        registry: registryName === undefined && registryUid === undefined
            ? undefined
            : {
                ...(registryName === undefined ? {} : { name: registryName }),
                ...(registryUid === undefined ? {} : { uid: registryUid })
            },
        layerType: type === 'helm' ? 'helm' : 'oci',
        ...(values === undefined ? {} : { values }),
        ...(version !== undefined && version !== '' && version !== tag
            ? {
                conflict: `its tag ${(0,errors/* shown */.SP)(tag)} and version ${(0,errors/* shown */.SP)(version)} disagree; Palette pulls the tag`
            }
            : {})
    };
    return { kind: 'layer', layer };
}
/** A pack's registry.metadata; undefined when the pack names no registry that way. */
function packRegistryMetadata(item) {
    const registry = item.get('registry', true);
    if (registry === undefined || ((0,dist.isScalar)(registry) && registry.value === null))
        return undefined;
    if (!(0,dist.isMap)(registry))
        throw new FieldProblem('registry must be a mapping with metadata.name or metadata.uid', registry);
    refuseCaseVariants(registry, ['metadata']);
    const metadata = registry.get('metadata', true);
    if (metadata === undefined || ((0,dist.isScalar)(metadata) && metadata.value === null))
        return undefined;
    if (!(0,dist.isMap)(metadata))
        throw new FieldProblem('registry.metadata must be a mapping with name or uid', metadata);
    refuseCaseVariants(metadata, ['name', 'uid']);
    return metadata;
}
/** The names of the profile's variables (spec.variables[].name), which its values may use. */
function declaredVariables(document) {
    const variables = document.getIn(['spec', 'variables'], true);
    if (!(0,dist.isSeq)(variables))
        return [];
    return variables.items.flatMap(item => {
        const name = (0,dist.isMap)(item) ? (0,yaml_lines/* scalarText */.ws)(item.get('name', true)) : undefined;
        return name === undefined || name === '' ? [] : [name];
    });
}

;// CONCATENATED MODULE: ./src/palette/profile.ts
// The layers a profile file declares, with the line each is declared on: a Palette cluster-profile
// export (JSON or YAML: metadata, spec.template.packs[]) or the gate's own chart list (charts:).
// Pure: the text in, layers, skipped packs and problems out.






function readProfile(file, text) {
    // Duplicate keys are errors: Palette's JSON decoder would take the last `tag`, a lenient reader the first.
    const { document, lineOf, syntax } = (0,yaml_lines/* parseWithLines */.Nb)(text);
    const empty = (problem) => ({
        kind: 'chart-list',
        layers: [],
        skipped: [],
        problems: [problem]
    });
    if (syntax !== undefined)
        return empty({ file, ...syntax });
    try {
        exportPathCase(document);
    }
    catch (error) {
        if (!(error instanceof FieldProblem))
            throw error;
        return empty({ file, line: lineOf(error.node), message: error.message });
    }
    const packs = document.getIn(['spec', 'template', 'packs'], true);
    if ((0,dist.isSeq)(packs))
        return readExport(file, packs.items, lineOf, document);
    const charts = document.get('charts', true);
    if ((0,dist.isSeq)(charts)) {
        const root = document.contents;
        const section = (0,dist.isMap)(root)
            ? root.items.find(pair => (0,dist.isScalar)(pair.key) && pair.key.value === 'registries')
            : undefined;
        const registries = section?.value;
        const list = readChartList(file, charts.items, lineOf, document);
        if ((0,dist.isMap)(registries))
            return { ...list, registries: { node: registries, lineOf } };
        // Dropped, a registries: written as a list or a name would send its layers to the default registry.
        if (section !== undefined &&
            !(registries === null || ((0,dist.isScalar)(registries) && registries.value === null)))
            list.problems.unshift({
                file,
                line: lineOfUnknown(section.key, lineOf),
                message: `registries must be a mapping of Palette registry names to settings, not ${(0,dist.isSeq)(registries) ? 'a list' : 'a single value'}`
            });
        return list;
    }
    return empty({
        file,
        line: 1,
        message: 'is neither a Palette cluster-profile export (spec.template.packs) nor a chart list (charts:)'
    });
}
function readChartList(file, items, lineOf, document) {
    const result = { kind: 'chart-list', layers: [], skipped: [], problems: [] };
    readEntries(result, file, items, lineOf, 'chart entry', (item, line) => {
        const entry = readChartEntry(file, line, item, document);
        if (typeof entry === 'string')
            result.problems.push({ file, line, message: entry });
        else
            result.layers.push({ ...entry, ...optionalLocation(item, lineOf) });
    });
    return result;
}
/** Keys of a chart list entry: a misspelt one (regsitry:) must not fall back to a default. */
const CHART_ENTRY_KEYS = ['chart', 'version', 'registry', 'values', 'layer-type'];
/** The layer a chart list entry declares, or why it declares none. */
function readChartEntry(file, line, item, document) {
    const unknown = item.items
        .map(pair => ((0,dist.isScalar)(pair.key) ? String(pair.key.value) : '(a complex key)'))
        .filter(key => !CHART_ENTRY_KEYS.includes(key));
    if (unknown.length > 0)
        return `${unknown.map(key => (0,errors/* shown */.SP)(key)).join(', ')} is not a chart entry key (${CHART_ENTRY_KEYS.join(', ')})`;
    const chart = profile_fields_text(item, 'chart');
    const version = profile_fields_text(item, 'version');
    if (chart === undefined || chart === '' || version === undefined || version === '')
        return 'a chart entry needs chart and version';
    const registry = nonEmpty(profile_fields_text(item, 'registry'));
    const values = valuesText(item, document);
    const layerType = profile_fields_text(item, 'layer-type') || 'oci';
    if (!CHECKED_TYPES.includes(layerType))
        return `layer-type ${(0,errors/* shown */.SP)(layerType)} is not one of: oci, helm`;
    return {
        file,
        line,
        chart,
        version,
        registry: registry === undefined ? undefined : { name: registry },
        layerType: layerType === 'helm' ? 'helm' : 'oci',
        ...(values === undefined ? {} : { values })
    };
}

// EXTERNAL MODULE: ./src/inputs/input-files.ts
var input_files = __webpack_require__(6731);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/workspace-files.ts
var workspace_files = __webpack_require__(37076);
;// CONCATENATED MODULE: ./src/inputs/profile-globs.ts





async function matchFiles(value, access, problems) {
    const patterns = value
        .split('\n')
        .map(pattern => pattern.trim())
        .filter(pattern => pattern !== '');
    const files = new Set();
    // A folder linked twice (or a link to a folder above) lists one file under several names.
    const realFiles = new Set();
    let seen = 0;
    for (const pattern of patterns) {
        const problemsBefore = problems.length;
        const matches = (0,tinyglobby_dist/* isDynamicPattern */.ey)(pattern)
            ? await confinedGlob(pattern, access, problems)
            : await plainPath(pattern, access);
        seen += matches.length;
        if (seen > workspace_files/* MAX_PROFILE_FILES */.zU) {
            problems.push({
                file: pattern,
                line: 0,
                message: `matches more than ${workspace_files/* MAX_PROFILE_FILES */.zU} files, the most the gate checks in one run; narrow the glob`
            });
            return [];
        }
        if (matches.length === 0 && problems.length === problemsBefore)
            problems.push({
                file: pattern,
                line: 0,
                message: 'matches no file (paths and globs are relative to the workspace)'
            });
        // Shortest name first: a file seen again through a link keeps the name it has without one.
        const kept = [];
        for (const match of matches.sort((a, b) => a.length - b.length || a.localeCompare(b))) {
            const within = await (0,workspace_files/* realPathWithin */.Nm)(external_node_path_default().resolve(access.workspace, match), access);
            if ('problem' in within) {
                problems.push({ file: match, line: 0, message: within.problem });
                continue;
            }
            if (realFiles.has(within.real))
                continue;
            realFiles.add(within.real);
            kept.push(match);
        }
        for (const match of kept.sort())
            files.add(match);
    }
    return [...files];
}
/**
 * A path with no glob in it is the file it names (relative to the workspace when it is in there,
 * else as written), when there is something at that path: reading it then says what is wrong with
 * it (a folder, a link loop, a link out), instead of "matches no file".
 */
async function plainPath(pattern, access) {
    const absolute = external_node_path_default().resolve(access.workspace, pattern);
    const exists = await (0,promises_.lstat)(absolute).then(() => true, (error) => (0,workspace_files/* fileSystemCode */.BN)(error, '') !== 'ENOENT');
    if (!exists)
        return [];
    const workspace = external_node_path_default().resolve(access.workspace);
    if (leavesFolder(workspace, absolute))
        return [pattern];
    return [external_node_path_default().relative(workspace, absolute).split((external_node_path_default()).sep).join('/')];
}
function leavesFolder(folder, absolute) {
    const relative = external_node_path_default().relative(folder, absolute);
    return relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative);
}
/** The folders a glob names before its first magic segment (`../outside` of `../outside/*.yaml`). */
function staticFolder(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if ((0,tinyglobby_dist/* isDynamicPattern */.ey)(segment))
            break;
        fixed.push(segment);
    }
    if (pattern.startsWith('/') && fixed.length <= 1)
        return '/';
    return fixed.length === 0 ? '.' : fixed.join('/');
}
/** The glob's matches; a folder outside the confinement is never listed, its link refused. */
async function confinedGlob(pattern, access, problems) {
    const options = { cwd: access.workspace, onlyFiles: true, expandDirectories: false };
    if (access.confinedTo === undefined)
        return (0,tinyglobby_dist/* glob */.TI)(pattern, options);
    const workspace = external_node_path_default().resolve(access.workspace);
    // `../outside/*.yaml` starts its walk above the workspace: refuse it by the folder as written.
    const folder = staticFolder(pattern);
    if (leavesFolder(workspace, external_node_path_default().resolve(workspace, folder))) {
        problems.push({
            file: folder,
            line: 0,
            message: 'is a folder outside the workspace; the action does not look inside it'
        });
        return [];
    }
    // The walk lists a linked folder by its real path: remember the link that leads there.
    const linkOf = new Map();
    const refused = new Set();
    const listFolder = async (folder) => {
        const within = await (0,workspace_files/* realPathWithin */.Nm)(folder, access);
        // A folder that is not there (or cannot be read) holds no match, as for any glob.
        if ('problem' in within && within.code !== undefined)
            return [];
        if ('problem' in within) {
            const link = linkOf.get(external_node_path_default().resolve(folder));
            const name = external_node_path_default().relative(workspace, link ?? folder)
                .split((external_node_path_default()).sep)
                .join('/');
            if (!refused.has(name)) {
                refused.add(name);
                problems.push({
                    file: name,
                    line: 0,
                    message: `${link === undefined ? 'is a folder' : 'is a link to a folder'} outside the workspace; the action does not look inside it`
                });
            }
            return [];
        }
        const entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
        for (const entry of entries) {
            if (!entry.isSymbolicLink())
                continue;
            const link = external_node_path_default().join(folder, entry.name);
            const target = await (0,promises_.realpath)(link).catch(() => undefined);
            if (target !== undefined && !linkOf.has(target))
                linkOf.set(target, link);
        }
        return entries;
    };
    const confinedReaddir = (folder, _options, callback) => {
        listFolder(pathText(folder)).then(entries => callback(null, entries), (error) => callback(error instanceof Error ? error : new Error(String(error)), []));
    };
    return (0,tinyglobby_dist/* glob */.TI)(pattern, {
        ...options,
        // The walk always asks with withFileTypes; node:fs's overloads cannot say "only that call".
        fs: { readdir: confinedReaddir }
    });
}
function pathText(location) {
    return location instanceof URL ? (0,external_node_url_.fileURLToPath)(location) : location.toString();
}

;// CONCATENATED MODULE: ./src/inputs/registry-index.ts
const SHOWN_REGISTRY_NAMES = 20;
/** Registries that layers may name: by uid first (Palette's identity), then by name. */
class RegistryIndex {
    fallback;
    all;
    /** The defined names as a finding shows them: a few, not a thousand per layer. */
    names;
    byUid = new Map();
    byName = new Map();
    constructor(defined, fallback) {
        this.fallback = fallback;
        this.all = fallback === undefined ? defined : [...defined, fallback];
        for (const registry of [...this.all].reverse()) {
            if (registry.uid !== undefined)
                this.byUid.set(registry.uid, registry);
            this.byName.set(registry.name, registry);
        }
        const shown = this.all.slice(0, SHOWN_REGISTRY_NAMES).map(registry => registry.name);
        const more = this.all.length - shown.length;
        this.names =
            shown.length === 0 ? 'none' : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    find(layer) {
        if (layer.registry === undefined)
            return this.fallback;
        const { uid, name } = layer.registry;
        return ((uid === undefined ? undefined : this.byUid.get(uid)) ??
            (name === undefined ? undefined : this.byName.get(name)));
    }
}
function defaultRegistry(inputs) {
    const endpoint = (inputs.endpoint ?? '').trim();
    if (endpoint === '')
        return undefined;
    const uid = (inputs['registry-uid'] ?? '').trim();
    return {
        name: (inputs['registry-name'] ?? '').trim() || endpoint,
        ...(uid === '' ? {} : { uid }),
        file: 'action inputs',
        line: 0,
        inputs
    };
}

;// CONCATENATED MODULE: ./src/inputs/registries.ts
// Named registries for profile files, keyed by the Palette registry name packs carry in
// registry.metadata.name: the action's registry inputs under the same names, except secrets. A
// secret never sits in the file: an entry names the environment variable that holds it. Pure.




/** Entry keys taken as they are: the action's registry inputs. */
const PLAIN_KEYS = [
    'endpoint',
    'base-content-path',
    'auth-type',
    'username',
    'protected',
    'role-arn',
    'external-id',
    'role-session-name',
    'role-duration-seconds',
    'region',
    'default-region',
    'require-all-regions',
    'ca-certificate',
    'insecure-skip-tls-verify'
];
/** The registry's secrets (the action's secret inputs but its own token), each as `<input>-env`. */
const SECRET_KEYS = input_names/* SECRET_INPUTS */.pH.filter((name) => input_names/* INPUT_NAMES */.Qh.some(input => input === name));
function readRegistriesText(file, text, environment) {
    const { document, lineOf, syntax } = (0,yaml_lines/* parseWithLines */.Nb)(text);
    if (syntax !== undefined)
        return failed({ file, ...syntax });
    const section = document.get('registries', true);
    const root = (0,dist.isMap)(section) ? section : document.contents;
    if (!(0,dist.isMap)(root))
        return failed({
            file,
            line: 1,
            message: 'holds no registries: a mapping of Palette registry names to settings'
        });
    return readRegistries(file, root, lineOf, environment);
}
function readRegistries(file, node, lineOf, environment) {
    const reading = { registries: [], problems: [], secrets: [] };
    for (const pair of node.items) {
        const name = (0,dist.isScalar)(pair.key) ? String(pair.key.value) : '';
        const line = (0,dist.isScalar)(pair.key) ? lineOf(pair.key) : 1;
        const problem = (message) => {
            reading.problems.push({ file, line, message: `registry ${(0,errors/* shown */.SP)(name)}: ${message}` });
        };
        if (!(0,dist.isMap)(pair.value)) {
            problem('needs settings (endpoint, auth-type, ...)');
            continue;
        }
        const inputs = { 'registry-name': name };
        let uid;
        for (const field of pair.value.items) {
            const key = (0,dist.isScalar)(field.key) ? String(field.key.value) : '';
            const value = (0,yaml_lines/* scalarText */.ws)(field.value);
            if (value === undefined) {
                problem(`${(0,errors/* shown */.SP)(key)} must be a single value`);
                continue;
            }
            if (key === 'uid') {
                uid = value;
                inputs['registry-uid'] = value;
                continue;
            }
            const plain = PLAIN_KEYS.find(input => input === key);
            if (plain !== undefined) {
                inputs[plain] = value;
                continue;
            }
            const secret = SECRET_KEYS.find(input => input === key);
            if (secret !== undefined) {
                problem(`holds ${key} in the file, where anyone who reads the repository sees it. Store it as a secret, pass it to the step as an environment variable (env: NAME: \${{ secrets.NAME }}) and write ${key}-env: NAME here`);
                continue;
            }
            const fromEnvironment = SECRET_KEYS.find(input => `${input}-env` === key);
            if (fromEnvironment === undefined) {
                problem(`${(0,errors/* shown */.SP)(key)} is not a registry setting (${[...PLAIN_KEYS, 'uid', ...SECRET_KEYS.map(input => `${input}-env`)].join(', ')})`);
                continue;
            }
            const secretValue = environment[value];
            if (secretValue === undefined || secretValue === '') {
                problem(`${key} names the environment variable ${value}, which is not set: map the secret to it in the step's env`);
                continue;
            }
            reading.secrets.push(secretValue);
            inputs[fromEnvironment] = secretValue;
        }
        reading.registries.push({ name, ...(uid === undefined ? {} : { uid }), file, line, inputs });
    }
    return reading;
}
function failed(problem) {
    return { registries: [], problems: [problem], secrets: [] };
}

;// CONCATENATED MODULE: ./src/inputs/secrets-context.ts
// The secrets a registries file may name by variable: the environment's, and the reusable
// workflow's, handed over as one JSON object.

/**
 * The variables `<secret>-env` may name: the environment, and the reusable workflow's secrets,
 * which it hands over as one JSON object in PALETTE_CHART_GATE_SECRETS (`toJSON(secrets)`). Only the
 * names a registries file gives are read, and each is masked then.
 */
function withSecretsContext(environment) {
    const text = environment.PALETTE_CHART_GATE_SECRETS;
    if (text === undefined || text.trim() === '')
        return environment;
    let secrets;
    try {
        secrets = JSON.parse(text);
    }
    catch {
        secrets = undefined;
    }
    if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
        throw new errors/* ConfigurationError */.j1([
            {
                input: 'registries-file',
                message: 'PALETTE_CHART_GATE_SECRETS is not a JSON object of secrets'
            }
        ], 'Set it to ${{ toJSON(secrets) }}, as the reusable workflow does, or leave it unset.');
    }
    const strings = Object.entries(secrets).filter((entry) => typeof entry[1] === 'string');
    return { ...Object.fromEntries(strings), ...environment };
}

// EXTERNAL MODULE: ./src/inputs/request.ts + 4 modules
var inputs_request = __webpack_require__(33494);
;// CONCATENATED MODULE: ./src/inputs/layer-plan.ts
// One declared layer planned for checking: the request for its chart on the registry it names, or
// why it cannot be checked as declared (a finding with its hint, on the layer's own line).



function planLayer(layer, known, parsed) {
    const registry = known.find(layer);
    const wanted = layer.registry?.name ?? layer.registry?.uid ?? '(none)';
    if (registry === undefined)
        return {
            layer,
            registry: wanted,
            finding: layer.registry === undefined
                ? {
                    reason: 'the layer names no registry and the action has no endpoint for a default one',
                    hint: "Name the layer's registry (defined in registries-file), or set endpoint for the default registry."
                }
                : {
                    reason: `registry ${JSON.stringify(wanted)} is not defined (defined: ${known.names}); add it to registries-file`,
                    hint: "Define the registry in registries-file under the name (or uid) the layer gives, or correct the layer's registry."
                }
        };
    if (layer.conflict !== undefined)
        return {
            layer,
            registry: registry.name,
            finding: {
                reason: layer.conflict,
                hint: 'Give the pack one version: its tag and version the same, as Palette pulls the tag.'
            }
        };
    const settings = parsed.get(registry);
    // Every registry was parsed, or the run stopped on its problems before planning a layer.
    if (settings === undefined)
        throw new Error(`registry ${registry.name} was not parsed`);
    try {
        const request = (0,inputs_request/* requestForLayer */.y5)(settings, {
            chart: layer.chart,
            version: layer.version,
            layerType: layer.layerType,
            values: layer.values
        });
        // kubernetes-version overrides; otherwise the layer installs on its profile's Kubernetes layer.
        const deploy = {
            ...request.deploy,
            kubernetes: request.deploy.fromInput
                ? (0,kubernetes_target/* choiceOverLayer */.TL)(request.deploy.kubernetes, layer.kubernetes)
                : (0,kubernetes_target/* choiceFromLayer */.L0)(layer.kubernetes, layer.file),
            valuesAt: layer.valuesAt === undefined ? undefined : { file: layer.file, ...layer.valuesAt },
            variables: layer.variables
        };
        return { layer, registry: registry.name, request: { ...request, deploy } };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return {
            layer,
            registry: registry.name,
            finding: {
                reason: error.message.replaceAll('\n', '; '),
                // The parser's own hint speaks of action inputs; here the layer in its file is at fault.
                hint: 'Correct the layer in its file (chart name, version or values) as the reason says.'
            }
        };
    }
}

;// CONCATENATED MODULE: ./src/inputs/profile-files.ts
// charts-file and registries-file, read at the edge: the files a glob names, the layers each
// declares, the registry each layer names, and one Request per layer. File problems (unreadable,
// neither format, a literal secret, a glob that matches nothing) are configuration errors naming
// the file and line; a layer that cannot be checked as declared is a finding on its own line.









class ProfileFilesError extends errors/* ConfigurationError */.j1 {
    locations;
    constructor(locations) {
        super(locations.map(location => ({
            input: location.input ?? 'charts-file',
            // A file name comes from the pull request: a new line in it must not start a log line.
            message: `${(0,errors/* escapeControls */.UN)(location.file)}${location.line > 0 ? `:${location.line}` : ''}: ${location.message}`
        })), 'Fix the files and lines named above and run again.');
        this.locations = locations;
    }
}
/** Layers one run checks at most: each holds its values and results in memory until the end. */
const MAX_LAYERS = 10_000;
/** Registries one run reads at most; each is validated before any request. */
const MAX_REGISTRIES = 1000;
const PROBE = { chart: 'probe', version: '0.0.0' };
async function loadProfileBatch(inputs) {
    const problems = [];
    const secretsEnvironment = withSecretsContext(inputs.environment);
    const files = await matchFiles(inputs.chartsFile, inputs.access, problems);
    const checksFile = inputs.checksFile ?? (() => true);
    // By name: each name once, found in one step however many a file defines.
    const registries = new Map();
    // The registries-file's own, so that their problems name that input (a profile may be that file).
    const fromRegistriesFile = new Set();
    const addRegistries = (reading, input) => {
        reading.secrets.forEach(inputs.mask);
        keepProblems(problems, reading.problems, input);
        for (const registry of reading.registries) {
            const twin = registries.get(registry.name);
            if (twin !== undefined) {
                problems.push({
                    file: registry.file,
                    line: registry.line,
                    message: `registry ${JSON.stringify(registry.name)} is defined twice (also ${twin.file}:${twin.line})`,
                    input
                });
                continue;
            }
            if (registries.size === MAX_REGISTRIES) {
                problems.push({
                    file: registry.file,
                    line: registry.line,
                    message: `is past the ${MAX_REGISTRIES} registries the gate reads in one run; a Palette tenant has far fewer, so define only those the profiles use`,
                    input
                });
                return;
            }
            registries.set(registry.name, registry);
            if (input !== undefined)
                fromRegistriesFile.add(registry);
        }
    };
    const registriesFile = inputs.registriesFile.trim();
    if (registriesFile !== '') {
        const reading = await (0,workspace_files/* readTextFile */.Gu)(registriesFile, inputs.access, workspace_files/* FILE_LIMITS */.SK.registries);
        if ('problem' in reading)
            problems.push({
                file: registriesFile,
                line: 0,
                message: reading.problem,
                input: 'registries-file'
            });
        else
            addRegistries(readRegistriesText(registriesFile, reading.text, secretsEnvironment), 'registries-file');
    }
    const declared = [];
    const skipped = [];
    const profiles = [];
    let profileBytes = 0;
    for (const file of files) {
        const text = await readText(file, inputs.access, workspace_files/* FILE_LIMITS */.SK.profile, problems);
        if (text === undefined)
            continue;
        profileBytes += Buffer.byteLength(text);
        if (profileBytes > workspace_files/* FILE_LIMITS */.SK.profiles) {
            problems.push({
                file,
                line: 0,
                message: `brings the profile files past ${workspace_files/* FILE_LIMITS */.SK.profiles / (1024 * 1024)} MiB together, the most the gate reads in one run; check fewer files per run`
            });
            break;
        }
        const contents = readProfile(file, text);
        profiles.push({ file, contents });
        keepProblems(problems, contents.problems);
        if (contents.registries !== undefined)
            addRegistries(readRegistries(file, contents.registries.node, contents.registries.lineOf, secretsEnvironment));
    }
    // A selected file that defines registries, or a registry's CA file among the selected (changed)
    // ones, may change what the layers of every file pull.
    const widened = profiles.some(({ file, contents }) => contents.registries !== undefined && checksFile(file)) ||
        [...registries.values()].some(registry => {
            const certificate = (0,input_files/* caCertificateFile */.i)(registry.inputs['ca-certificate']);
            return certificate !== undefined && checksFile(certificate);
        });
    const checked = widened ? () => true : checksFile;
    for (const { file, contents } of profiles) {
        if (!checked(file))
            continue;
        declared.push(...contents.layers);
        skipped.push(...contents.skipped);
    }
    if (declared.length > MAX_LAYERS)
        problems.push({
            file: inputs.chartsFile.trim(),
            line: 0,
            message: `declares ${declared.length} Helm layers, more than the ${MAX_LAYERS} the gate checks in one run; check the profiles in several runs`
        });
    const fallback = defaultRegistry(inputs.defaultRegistry);
    const labelOf = (registry) => fromRegistriesFile.has(registry) ? { input: 'registries-file' } : {};
    const twin = fallback === undefined ? undefined : registries.get(fallback.name);
    if (twin !== undefined)
        problems.push({
            file: twin.file,
            line: twin.line,
            message: `registry ${JSON.stringify(twin.name)} is also the action's own registry (registry-name, or its endpoint); rename one, so that each layer has one registry`,
            ...labelOf(twin)
        });
    const known = new RegistryIndex([...registries.values()], fallback);
    // A registry already refused (a literal secret, say) would only repeat the problem.
    const refusedLines = new Set(problems.map(problem => `${problem.file}:${problem.line}`));
    // Each registry parsed once, its CA file read once: a layer adds only its chart and values.
    const parsed = new Map();
    for (const registry of known.all) {
        if (refusedLines.has(`${registry.file}:${registry.line}`))
            continue;
        try {
            parsed.set(registry, await (0,input_files/* loadRequest */.W)({ ...registry.inputs, ...inputs.limits, ...PROBE }, inputs.access));
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            for (const problem of error.problems)
                problems.push({
                    file: registry.file,
                    line: registry.line,
                    message: `registry ${JSON.stringify(registry.name)}: ${problem.input}: ${problem.message}`,
                    ...labelOf(registry)
                });
        }
    }
    if (problems.length > 0)
        throw new ProfileFilesError(problems);
    const layers = [];
    for (const layer of declared)
        layers.push(planLayer(layer, known, parsed));
    return {
        files: files.filter(checked),
        everyFile: widened || inputs.checksFile === undefined,
        layers,
        skipped
    };
}
/** Problems kept from one file: enough to fix a file, never a message of megabytes. */
const MAX_PROBLEMS_PER_FILE = 50;
function keepProblems(problems, found, input) {
    const labelled = input === undefined ? found : found.map(problem => ({ ...problem, input }));
    for (const problem of labelled.slice(0, MAX_PROBLEMS_PER_FILE))
        problems.push(problem);
    const [first] = found;
    if (first !== undefined && found.length > MAX_PROBLEMS_PER_FILE)
        problems.push({
            file: first.file,
            line: 0,
            message: `and ${found.length - MAX_PROBLEMS_PER_FILE} more problems in this file`,
            input
        });
}
async function readText(file, access, maxBytes, problems) {
    const reading = await (0,workspace_files/* readTextFile */.Gu)(file, access, maxBytes);
    if ('text' in reading)
        return reading.text;
    problems.push({ file, line: 0, message: reading.problem });
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/pace.ts
var pace = __webpack_require__(99740);
// EXTERNAL MODULE: ./src/inputs/cache-settings.ts
var cache_settings = __webpack_require__(1737);
// EXTERNAL MODULE: ./src/inputs/request-auth.ts
var request_auth = __webpack_require__(27595);
;// CONCATENATED MODULE: ./src/inputs/pull-request-settings.ts
// The pull-request inputs of the action: changed-only, comment and the token both use.



function pullRequestSettings(inputs) {
    const problems = [];
    const problem = (input, message) => void problems.push({ input, message });
    const changedOnly = (0,request_auth/* parseBoolean */.yG)((inputs['changed-only'] ?? '').trim(), true, 'changed-only', problem);
    const comment = (0,request_auth/* parseBoolean */.yG)((inputs.comment ?? '').trim(), false, 'comment', problem);
    if (problems.length > 0)
        throw new errors/* ConfigurationError */.j1(problems);
    return {
        changedOnly,
        comment,
        token: (inputs['github-token'] ?? '').trim(),
        timeoutMs: (0,inputs_request/* timeoutSecondsOf */.IX)(inputs) * 1000
    };
}

;// CONCATENATED MODULE: ./src/inputs/profile-run.ts
// A whole-profile run, parsed once at the edge: the inputs (action or command line), the profile
// files, the registries file and the lock become one plan; nothing below inputs/ reads them again.
// Every problem is reported before any request.







const MAX_CONCURRENCY = 64;
/** Inputs that describe one chart, not a profile: refused beside charts-file. */
const SINGLE_CHART_INPUTS = ['chart', 'version', 'values'];
async function loadProfileRun(inputs, context) {
    const cache = (0,cache_settings/* parseCacheSettings */.l)(inputs);
    const pullRequest = pullRequestSettings(inputs);
    const checksFile = await context.selectFiles?.(pullRequest);
    const mixed = SINGLE_CHART_INPUTS.filter(name => (inputs[name] ?? '').trim() !== '');
    if (mixed.length > 0) {
        throw new errors/* ConfigurationError */.j1(mixed.map(input => ({
            input,
            message: 'is for one chart; with charts-file, each layer comes from the profile files'
        })));
    }
    const concurrency = parseConcurrency(inputs.concurrency ?? '');
    // What every layer shares, whatever its registry: limits and what "valid" means.
    const limitInputs = {
        'timeout-seconds': inputs['timeout-seconds'] ?? '',
        'deadline-seconds': inputs['deadline-seconds'] ?? '',
        'deploy-checks': inputs['deploy-checks'] ?? '',
        'kubernetes-version': inputs['kubernetes-version'] ?? ''
    };
    // Limits and output settings are checked as the single-chart step checks them.
    const settings = (0,inputs_request/* parseRequest */.TR)({
        ...limitInputs,
        'output-file': inputs['output-file'] ?? '',
        'output-format': inputs['output-format'] ?? '',
        chart: 'probe',
        version: '0.0.0',
        endpoint: 'probe.invalid'
    });
    const batch = await loadProfileBatch({
        chartsFile: inputs['charts-file'] ?? '',
        registriesFile: inputs['registries-file'] ?? '',
        defaultRegistry: Object.fromEntries(Object.entries(inputs).filter(([name]) => !SINGLE_CHART_INPUTS.some(single => single === name))),
        limits: limitInputs,
        environment: context.environment,
        mask: context.mask,
        access: context.access,
        checksFile
    });
    const lock = await (0,lock_file.lockFromInputs)(inputs, context.access);
    return {
        batch,
        concurrency,
        timeoutMs: settings.timeoutMs,
        deadlineMs: settings.deadlineMs,
        output: settings.output,
        lock,
        cache,
        pullRequest
    };
}
function parseConcurrency(value) {
    if (value.trim() === '')
        return pace/* DEFAULT_CONCURRENCY */.WH;
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > MAX_CONCURRENCY) {
        throw new errors/* ConfigurationError */.j1([
            {
                input: 'concurrency',
                message: `${JSON.stringify(value)} is not a whole number from 1 to ${MAX_CONCURRENCY}`
            }
        ]);
    }
    return count;
}

// EXTERNAL MODULE: ./src/report/manifest-file.ts
var manifest_file = __webpack_require__(68652);
// EXTERNAL MODULE: ./src/report/output-limits.ts
var output_limits = __webpack_require__(51286);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/report/profile-summary.ts
var profile_summary = __webpack_require__(76190);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/report/redaction.ts
class SecretRedactor {
    secrets = new Set();
    add(secret) {
        if (secret === '')
            return;
        this.secrets.add(secret);
        // A comment shows one line of a multi-line secret (a JSON key) at a time: each line is secret.
        for (const line of secret.split(/\r?\n/).map(part => part.trim()))
            if (line.length >= 6)
                this.secrets.add(line);
    }
    text(value) {
        // Every place any secret occurs, merged where they overlap or touch: two secrets sharing
        // characters must not leave a part of either.
        const ranges = [];
        for (const secret of this.secrets)
            for (let at = value.indexOf(secret); at !== -1; at = value.indexOf(secret, at + 1))
                ranges.push([at, at + secret.length]);
        if (ranges.length === 0)
            return value;
        ranges.sort((a, b) => a[0] - b[0]);
        let redacted = '';
        let end = 0;
        let open;
        for (const range of ranges) {
            if (open !== undefined && range[0] <= open[1]) {
                open[1] = Math.max(open[1], range[1]);
                continue;
            }
            if (open !== undefined) {
                redacted += `${value.slice(end, open[0])}***`;
                end = open[1];
            }
            open = [range[0], range[1]];
        }
        if (open !== undefined)
            redacted += `${value.slice(end, open[0])}***`;
        return redacted + value.slice(open?.[1] ?? end);
    }
    outcome(outcome) {
        const nullable = (value) => value === null ? null : this.text(value);
        return {
            ...outcome,
            results: outcome.results.map((result) => ({
                ...result,
                file: this.text(result.file),
                registry: this.text(result.registry),
                chart: this.text(result.chart),
                version: this.text(result.version),
                region: nullable(result.region),
                reason: nullable(result.reason),
                hint: nullable(result.hint)
            }))
        };
    }
    error(error) {
        return { ...error, message: this.text(error.message), hint: this.text(error.hint) };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/pull-request/repository-paths.ts
// A workspace file's path from the root of its repository, the name GitHub gives it in a pull
// request. The workspace is that root, unless actions/checkout put the repository in a subfolder
// (`path:`): then it is the nearest folder above the file that holds a `.git` folder. A `.git` file
// marks a submodule, whose files are another repository's and never the pull request's. The walk
// stays inside the workspace and passes over a folder whose real path leads out of it. Where no
// `.git` folder is found at all (a workspace filled from an archive), the root is not known.


/**
 * Names workspace-relative (or absolute) paths from their repository's root; undefined for a path
 * outside the workspace, which no pull request changes.
 */
function repositoryFiles(workspace) {
    const top = external_node_path_default().resolve(workspace);
    const realTop = realPath(top) ?? top;
    const topIsRepository = holdsRepository(top, realTop);
    // Synchronous, as the selection is asked file by file; each folder is looked at once.
    const roots = new Map();
    const rootOf = (start) => {
        const walked = [];
        let folder = start;
        let root = topIsRepository ? top : undefined;
        // Bounded: upwards from inside the workspace, it ends at the workspace.
        while (folder !== top && isWithin(folder, top)) {
            const known = roots.get(folder);
            if (known !== undefined) {
                root = known;
                break;
            }
            if (holdsRepository(folder, realTop)) {
                root = folder;
                break;
            }
            walked.push(folder);
            folder = external_node_path_default().dirname(folder);
        }
        for (const seen of walked)
            roots.set(seen, root);
        return root;
    };
    return file => {
        const absolute = external_node_path_default().resolve(top, file);
        if (absolute === top || !isWithin(absolute, top))
            return undefined;
        const root = rootOf(external_node_path_default().dirname(absolute));
        return {
            path: external_node_path_default().relative(root ?? top, absolute)
                .split((external_node_path_default()).sep)
                .join('/'),
            rootFound: root !== undefined
        };
    };
}
function holdsRepository(folder, realTop) {
    const real = realPath(folder);
    if (real === undefined || !isWithin(real, realTop))
        return false;
    try {
        return (0,external_node_fs_.lstatSync)(external_node_path_default().join(real, '.git')).isDirectory();
    }
    catch {
        return false;
    }
}
function isWithin(absolute, folder) {
    const relative = external_node_path_default().relative(folder, absolute);
    return relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
}
function realPath(absolute) {
    try {
        return (0,external_node_fs_.realpathSync)(absolute);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts
// The action in a pull request, for profile files: which files to check and the sticky comment,
// around the check main-batch runs. The GitHub client is loaded only in a pull_request run that
// asks for either; whatever GitHub does, the verdict is that of the layers.



class PullRequestRun {
    review;
    settings;
    inputs;
    secrets;
    warning;
    constructor(review, settings, inputs, secrets, warning) {
        this.review = review;
        this.settings = settings;
        this.inputs = inputs;
        this.secrets = secrets;
        this.warning = warning;
    }
    /**
     * `secrets` collects every secret the run reads: none may reach the comment. `warning` is the
     * step's, which keeps count of GitHub's 10 warning annotations.
     */
    static async open(settings, inputs, secrets, warning) {
        const review = await openReview(settings, warning);
        return new PullRequestRun(review, settings, inputs, secrets, warning);
    }
    /**
     * Which matched files (named from the workspace) to check; undefined for every one. GitHub names
     * the pull request's files from the repository root, which may be a subfolder of the workspace.
     */
    async selectFiles(workspace) {
        if (!this.settings.changedOnly || this.review === undefined)
            return undefined;
        const repositoryFile = repositoryFiles(workspace);
        const select = await this.review.selectFiles(sharedFiles(this.inputs, file => repositoryFile(file)?.path));
        if (select === undefined)
            return undefined;
        let warned = false;
        return file => {
            const named = repositoryFile(file);
            if (named === undefined)
                return false;
            if (named.rootFound)
                return select(named.path);
            // Named from a guessed root, a changed file could be missed and the run pass unchecked.
            if (!warned) {
                warned = true;
                this.warning(`No .git folder in the workspace above ${file}: the gate cannot name it as the pull request does, so it checks such files whether or not the pull request changes them. Check the repository out with actions/checkout (its path: may be a subfolder).`);
            }
            return true;
        };
    }
    async comment(outcome, changedFiles) {
        await this.review?.comment(this.secrets.outcome(outcome), commentKey(this.inputs), changedFiles);
    }
    async commentError(error) {
        await this.review?.commentError(this.secrets.error(error), commentKey(this.inputs));
    }
}
async function openReview(settings, warning) {
    if (!settings.changedOnly && !settings.comment)
        return undefined;
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    // pull_request_target checks out the base branch: its files are not the pull request's.
    if (event === 'pull_request_target') {
        core/* notice */.lm('changed-only and comment apply to pull_request runs; under pull_request_target the checkout is the base branch, so every profile file is checked and no comment is written.');
        return undefined;
    }
    if (event !== 'pull_request')
        return undefined;
    const { PullRequestReview } = await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(387)]).then(__webpack_require__.bind(__webpack_require__, 25387));
    return PullRequestReview.open(settings, {
        info: message => core/* info */.pq(message),
        notice: message => core/* notice */.lm(message),
        warning
    });
}
/**
 * Files every layer depends on, named from the repository root: when the pull request changes one,
 * every profile is checked. The registries file, the lock, a CA file, and the workflow itself (it
 * holds the other inputs; GitHub names it from the repository root already).
 */
function sharedFiles(inputs, repositoryPath) {
    const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    return [
        ...[
            inputs['registries-file'] ?? '',
            inputs['lock-file'] ?? '',
            (0,input_files/* caCertificateFile */.i)(inputs['ca-certificate']) ?? ''
        ]
            .map(file => file.trim())
            .filter(file => file !== '')
            .map(file => repositoryPath(file) ?? ''),
        workflow ?? ''
    ].filter(file => file !== '');
}
/** The inputs that shape a verdict: they tell this check's comment from another job's. */
const COMMENT_KEY_INPUTS = [
    'charts-file',
    'registries-file',
    'endpoint',
    'base-content-path',
    'region',
    'default-region',
    'require-all-regions',
    'lock-file'
];
function commentKey(inputs) {
    return COMMENT_KEY_INPUTS.map(name => (inputs[name] ?? '')
        .trim()
        .split(/\s*\n\s*/)
        .join(', '))
        .filter(value => value !== '' && value !== 'false')
        .join('; ');
}

// EXTERNAL MODULE: ./src/action/runner-temp.ts
var runner_temp = __webpack_require__(26257);
;// CONCATENATED MODULE: ./src/action/charts-file.ts
// The action adapter for profile files (charts-file): every layer checked, each failure an
// annotation on the line that declares it, a per-layer job summary, the outputs and the profile
// document.



















async function runProfiles(inputs, { dependencies, archivesFor, writeSummary, access }) {
    // The comment is public and the runner masks only its log: every secret is kept out of it too.
    const secrets = new SecretRedactor();
    for (const name of input_names/* SECRET_INPUTS */.pH)
        secrets.add(inputs[name] ?? '');
    const mask = (secret) => {
        secrets.add(secret);
        dependencies.mask(secret);
    };
    let pullRequest;
    let run;
    try {
        const plan = await loadProfileRun(inputs, {
            environment: dependencies.environment,
            mask,
            access,
            selectFiles: async (settings) => {
                pullRequest = await PullRequestRun.open(settings, inputs, secrets, dependencies.warning);
                return pullRequest.selectFiles(access.workspace);
            }
        });
        const archiveStore = await archivesFor(plan.cache);
        run = await checkProfiles(plan, { ...dependencies, mask, archiveStore });
    }
    catch (error) {
        if ((0,errors/* isGateError */.Wc)(error))
            await pullRequest?.commentError(error);
        if (error instanceof ProfileFilesError) {
            // The step's failure, which lists every problem, is the last error annotation.
            for (const location of error.locations.slice(0, (0,annotations/* annotatedFailures */.ch)(error.locations.length)))
                core/* error */.z3(location.message, {
                    title: 'palette-chart-gate: configuration error',
                    file: location.file,
                    ...(location.line > 0 ? { startLine: location.line } : {})
                });
        }
        throw error;
    }
    const { outcome, document, output, lock } = run;
    if (!run.everyFile && run.files.length === 0)
        core/* notice */.lm('This pull request changes no profile file that charts-file matches: nothing to check.');
    const failures = outcome.results.filter(result => result.status === 'invalid' || result.status === 'error');
    const annotated = (0,annotations/* annotatedFailures */.ch)(failures.length);
    for (const failure of failures.slice(0, annotated))
        annotate(failure);
    const manifestFile = await (0,manifest_file/* writeDocumentFile */.fQ)(output.file ?? external_node_path_default().join((0,runner_temp/* gateTempFolder */.wD)(process.env), `profile.${output.format}`), (0,palette_layer/* renderManifest */.sB)(document, output.format), access);
    await writeSummary((0,profile_summary/* summaryForBatch */.u)(outcome, failures.length - annotated, {
        maxBytes: output_limits/* MAX_SUMMARY_BYTES */.Q0,
        manifestFile
    }));
    publishOutputs(outcome, manifestFile, dependencies.warning);
    // A lock that cannot be written fails the step, after the results are out: they are not lost.
    const lockFailure = lock === undefined ? undefined : await (0,lock_file.lockSaveFailure)(lock);
    await pullRequest?.comment(outcome, run.everyFile ? undefined : run.files.length);
    if (lockFailure !== undefined) {
        core/* setOutput */.uH('valid', 'false');
        await writeSummary((0,summary/* summaryForError */.E)(lockFailure));
    }
    if (!outcome.valid) {
        const checked = outcome.counts.layers - outcome.counts.skipped;
        // The last error annotation GitHub shows: it counts the failures that have none.
        const verdict = annotated < failures.length
            ? `${failures.length} of ${(0,plural/* counted */.h)(checked, 'layer')} ${(0,plural/* isAre */.x)(failures.length)} not valid; ${(0,plural/* counted */.h)(failures.length - annotated, 'more failure')} ${failures.length - annotated === 1 ? 'has' : 'have'} no annotation (GitHub shows 10 per step): see the job summary and the results output.`
            : `${failures.length} of ${(0,plural/* counted */.h)(checked, 'layer')} ${(0,plural/* isAre */.x)(failures.length)} not valid (see the annotations and the job summary)`;
        // One failure message for both: the verdict, and why the lock was not written.
        core/* setFailed */.C1(lockFailure === undefined ? verdict : `${verdict}\n${(0,errors/* failureText */.kY)(lockFailure)}`);
    }
    else if (lockFailure !== undefined) {
        core/* setFailed */.C1((0,errors/* failureText */.kY)(lockFailure));
    }
    else {
        core/* info */.pq(`✅ ${(0,plural/* counted */.h)(outcome.counts.valid, 'layer')} valid, ${outcome.counts.skipped} skipped; profile written to ${manifestFile}`);
    }
}
/** Each output within GitHub's limit: the JSON arrays keep their first entries, each whole. */
function publishOutputs(outcome, manifestFile, warning) {
    const layers = (0,output_limits/* fitJsonArray */.dZ)(outcome.results.flatMap(result => (result.pack === undefined ? [] : [result.pack])), output_limits/* MAX_OUTPUT_BYTES */.$q);
    const results = (0,output_limits/* fitJsonArray */.dZ)(outcome.results.map(resultRow), output_limits/* MAX_OUTPUT_BYTES */.$q);
    core/* setOutput */.uH('valid', String(outcome.valid));
    core/* setOutput */.uH('layers', layers.json);
    core/* setOutput */.uH('results', results.json);
    core/* setOutput */.uH('counts', JSON.stringify(outcome.counts));
    core/* setOutput */.uH('manifest-file', manifestFile);
    core/* setOutput */.uH('truncated', String(layers.kept < layers.total || results.kept < results.total));
    if (layers.kept < layers.total)
        warning((0,output_limits/* cutOutputWarning */.MG)('layers', layers, `the manifest file ${manifestFile} (output manifest-file) holds every layer`));
    if (results.kept < results.total)
        warning((0,output_limits/* cutOutputWarning */.MG)('results', results, `failures come first in the job summary, and the manifest file ${manifestFile} (output manifest-file) holds every valid layer`));
}
function annotate(failure) {
    core/* error */.z3(`${failure.chart} ${failure.version}: ${failure.reason ?? ''}${failure.hint === null ? '' : `\nHint: ${failure.hint}`}`, {
        title: `palette-chart-gate: ${failure.status === 'error' ? 'could not check' : 'invalid'} layer`,
        file: failure.file,
        startLine: failure.line
    });
}


/***/ }),

/***/ 76200:
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

/***/ 23106:
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
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/palette/yaml-lines.ts
var yaml_lines = __webpack_require__(69034);
// EXTERNAL MODULE: ./src/digest.ts
var src_digest = __webpack_require__(12187);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/helm/tags.ts
var tags = __webpack_require__(81343);
// EXTERNAL MODULE: ./src/palette/endpoint.ts
var endpoint = __webpack_require__(54274);
// EXTERNAL MODULE: ./src/inputs/request.ts + 4 modules
var request = __webpack_require__(33494);
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
var request_auth = __webpack_require__(27595);
// EXTERNAL MODULE: ./src/workspace-files.ts
var workspace_files = __webpack_require__(37076);
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


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ codeCell),
/* harmony export */   U: () => (/* binding */ markdownCell)
/* harmony export */ });
// Text from profile files and registries, made safe to place in a Markdown table cell: it renders
// as the text it is, never as a link, an image, HTML, a hidden comment or a mention.
/** Characters Markdown would read as formatting, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!#|]/g;
function markdownCell(text, maxCharacters = Number.POSITIVE_INFINITY) {
    return (cut(text, maxCharacters)
        .replaceAll('&', '&amp;')
        .replaceAll('<', '&lt;')
        .replaceAll('>', '&gt;')
        .replace(MARKDOWN_PUNCTUATION, character => `\\${character}`)
        // A zero-width space after @ keeps "@org/team" from notifying anyone, as Dependabot does.
        .replaceAll('@', '@&#8203;')
        .replace(/\s*(?:\r\n|\r|\n)\s*/g, '<br>'));
}
/**
 * Text from profile files and registries for the public pull-request comment: a code span, inside
 * which nothing renders (no mention, link, autolink, issue reference, HTML or hidden comment).
 */
function codeCell(text, maxCharacters = Number.POSITIVE_INFINITY, inTable = true) {
    // Every line ending CommonMark knows, a lone CR too: a new line would leave the span.
    const line = cut(text, maxCharacters).replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
    if (line.trim() === '')
        return '';
    // A fence longer than any run of backticks inside; a space where the text touches the fence.
    const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(run => run[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
    // GitHub splits table cells at | before it reads code spans, so | is escaped inside them too.
    return `${fence}${pad}${inTable ? line.replaceAll('|', '\\|') : line}${pad}${fence}`;
}
function cut(text, maxCharacters) {
    return text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…`;
}


/***/ }),

/***/ 76190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ layerTable),
/* harmony export */   u: () => (/* binding */ summaryForBatch)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _output_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51286);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1190);



const ORDER = { invalid: 0, error: 1, valid: 2, skipped: 3 };
const ICON = {
    invalid: '❌ invalid',
    error: '⚠️ error',
    valid: '✅ valid',
    skipped: '➖ skipped'
};
function summaryForBatch(outcome, unannotated, bound) {
    const { counts } = outcome;
    const rows = [...outcome.results].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    const failing = layerRows(rows.filter(row => row.status === 'invalid' || row.status === 'error'));
    const passing = layerRows(rows.filter(row => row.status === 'valid' || row.status === 'skipped'));
    const head = [
        `## palette-chart-gate: ${outcome.valid ? '✅ every layer is valid' : `❌ ${failing.length} of ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .h)(counts.layers - counts.skipped, 'layer')} ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .isAre */ .x)(failing.length)} not valid`}`,
        '',
        `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .h)(counts.layers, 'layer')}: ${counts.valid} valid, ${counts.invalid} invalid, ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .h)(counts.error, 'error')}, ${counts.skipped} skipped.`
    ];
    const unjudged = kubernetesNotChecked(outcome.results);
    if (unjudged !== undefined)
        head.push('', unjudged);
    if (unannotated > 0)
        head.push('', `${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .h)(unannotated, 'more failure')} ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .isAre */ .x)(unannotated)} listed here without an annotation (GitHub shows 10 per step).`);
    const folded = failing.length > 0 || passing.length > 20;
    // The tables keep their headers and the fold stays closed whatever rows are cut.
    const render = (keptFailing, keptPassing, note) => {
        const lines = [...head];
        if (failing.length > 0)
            lines.push('', ...TABLE_HEAD, ...failing.slice(0, keptFailing));
        if (passing.length > 0) {
            const body = [...TABLE_HEAD, ...passing.slice(0, keptPassing)];
            lines.push('', ...(folded
                ? ['<details><summary>Valid and skipped layers</summary>', '', ...body, '', '</details>']
                : body));
        }
        if (note !== undefined)
            lines.push('', note);
        return `${lines.join('\n')}\n`;
    };
    const whole = render(failing.length, passing.length);
    if (bound === undefined || (0,_output_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(whole) <= bound.maxBytes)
        return whole;
    // Failures first, then the valid rows, as many as fit beside the note.
    const total = failing.length + passing.length;
    const note = (left) => `${left} of ${total} rows ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .isAre */ .x)(left)} left out: GitHub shows at most 1 MiB of a job summary. Every valid layer is in the manifest file ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeCell */ .M)(bound.manifestFile, undefined, false)} (output \`manifest-file\`).`;
    const room = bound.maxBytes - (0,_output_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8Bytes */ .dy)(render(0, 0, note(total)));
    const kept = (0,_output_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .linesThatFit */ .yc)([...failing, ...passing], room);
    const keptFailing = Math.min(kept, failing.length);
    return render(keptFailing, kept - keptFailing, note(total - kept));
}
const TABLE_HEAD = [
    '| Layer | Chart | Version | Registry | Status | Details |',
    '| --- | --- | --- | --- | --- | --- |'
];
/** One row per layer; every cell from a file or a registry goes through `cell`. */
function layerTable(rows, cell = text => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .U)(text)) {
    return [...TABLE_HEAD, ...layerRows(rows, cell)];
}
function layerRows(rows, cell = text => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .U)(text)) {
    return rows.map(row => `| ${[
        cell(`${row.file}:${row.line}`),
        cell(row.chart),
        cell(row.version),
        cell(row.registry + (row.region === null ? '' : ` (${row.region})`)),
        ICON[row.status],
        row.status === 'valid' ? `\`${row.digest ?? ''}\`` : details(row, cell)
    ].join(' | ')} |`);
}
/** The reason, then on a line of its own what to do: the hint may hold registry text, so a cell. */
function details(row, cell) {
    const reason = cell(row.reason ?? '');
    return row.hint === null || row.hint === '' ? reason : `${reason}<br>Hint: ${cell(row.hint)}`;
}
/** Layers whose Kubernetes is not known were not judged for kubeVersion: the summary says so. */
function kubernetesNotChecked(results) {
    const unjudged = results.flatMap(result => result.deploy !== null && !result.deploy.kubernetes.checked ? [result.deploy.kubernetes] : []);
    const [first] = unjudged;
    if (first === undefined)
        return undefined;
    return `Kubernetes compatibility (the chart's kubeVersion) was not checked for ${(0,_plural_js__WEBPACK_IMPORTED_MODULE_0__/* .counted */ .h)(unjudged.length, 'layer')}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .U)(first.reason, 300)}${unjudged.length > 1 ? ' (the first reason of those)' : ''}. Set \`kubernetes-version\` to check them.`;
}


/***/ })

};
