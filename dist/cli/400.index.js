export const id = 400;
export const ids = [400,110];
export const modules = {

/***/ 9400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveSchemaChecks: () => (/* binding */ serveSchemaChecks)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _values_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4110);
// The other side of schema-runner.ts: a worker thread that applies values.schema.json, so that a
// schema that compiles or validates for minutes, or fills memory, costs its own layer only.


function serveSchemaChecks() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (port === null)
        return;
    port.on('message', (request) => {
        port.postMessage({ id: request.id, judgement: (0,_values_schema_js__WEBPACK_IMPORTED_MODULE_1__.checkValues)(request.schemaText, request.values) });
    });
}


/***/ }),

/***/ 4110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkValues: () => (/* binding */ checkValues)
/* harmony export */ });
/* unused harmony exports MAX_SCHEMA_BYTES, jsonType */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6012);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2856);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8301);
// values.schema.json as Helm 4 applies it: draft 2020-12 when `$schema` is absent, the schema checked
// against its metaschema first, `format` asserted only up to draft 7, patterns with RE2 semantics
// (Go's, as Helm's validator uses, which also keeps a hostile pattern linear). Remote `$ref`s are
// never fetched. Loaded only for charts that have a schema: Ajv is the largest part of the checks.







const MAX_SCHEMA_BYTES = 1024 * 1024;
/** As Helm's validator reads `$schema`: http or https, `#` or not; the bare one is the latest. */
const DRAFTS = {
    'json-schema.org/schema': '2020-12',
    'json-schema.org/draft/2020-12/schema': '2020-12',
    'json-schema.org/draft/2019-09/schema': '2019-09',
    'json-schema.org/draft-07/schema': 'draft-07',
    'json-schema.org/draft-06/schema': 'draft-06',
    'json-schema.org/draft-04/schema': 'draft-04'
};
/** The URI Ajv knows each draft's metaschema by. */
const METASCHEMAS = {
    '2020-12': 'https://json-schema.org/draft/2020-12/schema',
    '2019-09': 'https://json-schema.org/draft/2019-09/schema',
    'draft-07': 'http://json-schema.org/draft-07/schema#',
    'draft-06': 'http://json-schema.org/draft-06/schema#'
};
/** The formats Helm's validator asserts (drafts up to 7); it passes over any other name. */
const HELM_FORMATS = [
    'date',
    'time',
    'date-time',
    'duration',
    'uri',
    'uri-reference',
    'uri-template',
    'email',
    'hostname',
    'ipv4',
    'ipv6',
    'uuid',
    'json-pointer',
    'relative-json-pointer'
];
/** Go's RE2 syntax and linear time, in Ajv's shape. */
const re2 = Object.assign((pattern) => {
    const compiled = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
    // Ajv keeps one compiled pattern per distinct toString().
    return { test: (text) => compiled.test(text), toString: () => `/${pattern}/` };
}, { code: 're2js' });
// A compiled schema can hold tens of MiB: few are kept.
const compiled = new Map();
const MAX_COMPILED = 8;
/** Values checked against one chart's schema text. */
function checkValues(schemaText, values) {
    const validate = compiledSchema(schemaText);
    if (typeof validate !== 'function')
        return validate;
    try {
        if (validate(values))
            return { kind: 'valid' };
    }
    catch (error) {
        return { kind: 'unusable', reason: `values.schema.json cannot be applied: ${messageOf(error)}` };
    }
    return { kind: 'violations', violations: (validate.errors ?? []).map(violationOf) };
}
function compiledSchema(schemaText) {
    const known = compiled.get(schemaText);
    if (known !== undefined)
        return known;
    const result = compile(schemaText);
    if (compiled.size >= MAX_COMPILED)
        compiled.clear();
    compiled.set(schemaText, result);
    return result;
}
function compile(schemaText) {
    if (Buffer.byteLength(schemaText) > MAX_SCHEMA_BYTES)
        return {
            kind: 'unusable',
            reason: `values.schema.json is larger than the ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB the gate reads`
        };
    let schema;
    try {
        schema = JSON.parse(schemaText);
    }
    catch (error) {
        return { kind: 'unusable', reason: `values.schema.json is not JSON: ${messageOf(error)}` };
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return typeof schema === 'boolean'
            ? compileWith('2020-12', schema)
            : { kind: 'unusable', reason: 'values.schema.json is neither an object nor a boolean' };
    const declared = '$schema' in schema ? schema.$schema : undefined;
    if (declared === undefined)
        return compileWith('2020-12', schema);
    const draft = typeof declared === 'string'
        ? DRAFTS[declared.replace(/^https?:\/\//, '').replace(/#$/, '')]
        : undefined;
    if (draft === undefined || draft === 'draft-04')
        return {
            kind: 'not-checked',
            reason: `values.schema.json declares $schema ${JSON.stringify(declared)}, a draft the gate does not apply (2020-12, 2019-09, draft-07 and draft-06 are)`
        };
    const canonical = { ...schema, $schema: METASCHEMAS[draft] };
    return compileWith(draft, draft === 'draft-07' || draft === 'draft-06' ? withoutRefSiblings(canonical) : canonical);
}
function compileWith(draft, schema) {
    const options = {
        // Not strict: Helm's validator passes over keywords and formats it does not know.
        strict: false,
        allErrors: true,
        verbose: true,
        // Ajv would print warnings with text from the schema, which the runner may read as commands.
        logger: false,
        code: { regExp: re2 },
        validateFormats: draft === 'draft-07' || draft === 'draft-06'
    };
    const ajv = draft === '2020-12'
        ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020(options)
        : draft === '2019-09'
            ? new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2019(options)
            : new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv(options);
    if (draft === 'draft-06')
        ajv.addMetaSchema(ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_5__);
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv, [...HELM_FORMATS]);
    // Go's regexp syntax, as Helm checks `format: regex`.
    ajv.addFormat('regex', text => {
        try {
            re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(text);
            return true;
        }
        catch {
            return false;
        }
    });
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        const message = messageOf(error);
        if (/can't resolve reference/.test(message))
            return {
                kind: 'unusable',
                reason: `values.schema.json refers to a schema outside itself (${message}): the gate never fetches one, and Helm fetches it at install time; bundle the schema in the chart`
            };
        if (/call stack/i.test(message))
            return { kind: 'unusable', reason: 'values.schema.json nests too deep to be read' };
        return { kind: 'unusable', reason: `values.schema.json is not a valid schema: ${message}` };
    }
}
/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas (draft-07). */
const SCHEMA_KEYWORDS = [
    'additionalItems',
    'additionalProperties',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'items'
];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
/** What stays beside a `$ref` up to draft 7: what a reference may point into, and the draft. */
const KEPT_BESIDE_REF = ['$ref', '$schema', 'definitions'];
/**
 * Up to draft 7 the keywords beside a `$ref` are ignored, by the spec and by Helm's validator;
 * Ajv applies them. They are removed, walking schema positions only (a property named `$ref` is a
 * name, not a reference), without recursion: a deep schema must not exhaust the stack.
 */
function withoutRefSiblings(root) {
    const copy = (schema) => '$ref' in schema
        ? Object.fromEntries(Object.entries(schema).filter(([key]) => KEPT_BESIDE_REF.includes(key)))
        : { ...schema };
    const top = copy(root);
    const pending = [top];
    const visit = (value) => {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(value))
            return value;
        const next = copy(value);
        pending.push(next);
        return next;
    };
    for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
        for (const keyword of SCHEMA_KEYWORDS) {
            const value = schema[keyword];
            if ((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(value))
                schema[keyword] = visit(value);
        }
        for (const keyword of SCHEMA_LISTS) {
            const list = schema[keyword];
            if (Array.isArray(list))
                schema[keyword] = list.map(visit);
        }
        for (const keyword of SCHEMA_MAPS) {
            const map = schema[keyword];
            if ((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecord */ .u4)(map))
                schema[keyword] = Object.fromEntries(Object.entries(map).map(([name, value]) => [name, visit(value)]));
        }
    }
    return top;
}
/** In the words of Helm 4's validator where they are known: "got string, want integer". */
function violationOf(error) {
    const path = error.instancePath;
    switch (error.keyword) {
        case 'type':
            return {
                path,
                message: `got ${jsonType(error.data)}, want ${String(error.params.type)}`,
                value: error.data
            };
        case 'required':
            return {
                path,
                message: `missing property '${String(error.params.missingProperty)}'`,
                value: error.data
            };
        case 'additionalProperties':
            return {
                path,
                message: `additional properties '${String(error.params.additionalProperty)}' not allowed`,
                value: error.data
            };
        default:
            return { path, message: error.message ?? error.keyword, value: error.data };
    }
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value === 'object' ? 'object' : typeof value;
}
function messageOf(error) {
    return typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error);
}


/***/ })

};
