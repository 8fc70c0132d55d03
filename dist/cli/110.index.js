export const id = 110;
export const ids = [110];
export const modules = {

/***/ 4110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SCHEMA_BYTES: () => (/* binding */ MAX_SCHEMA_BYTES),
/* harmony export */   checkValues: () => (/* binding */ checkValues),
/* harmony export */   jsonType: () => (/* binding */ jsonType)
/* harmony export */ });
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
// values.schema.json as Helm 4 applies it: draft 2020-12 when `$schema` is absent, the schema checked
// against its metaschema first, `format` asserted only up to draft 7, patterns with RE2 semantics
// (Go's, as Helm's validator uses, which also keeps a hostile pattern linear). Remote `$ref`s are
// never fetched. Loaded only for charts that have a schema: Ajv is the largest part of the checks.






const MAX_SCHEMA_BYTES = 1024 * 1024;
const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'http://json-schema.org/draft-06/schema': 'draft-06'
};
/** Go's RE2 syntax and linear time, in Ajv's shape. */
const re2 = Object.assign((pattern) => {
    const compiled = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(pattern);
    // Ajv keeps one compiled pattern per distinct toString().
    return { test: (text) => compiled.test(text), toString: () => `/${pattern}/` };
}, { code: 're2js' });
const compiled = new Map();
const MAX_COMPILED = 64;
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
    const draft = typeof declared === 'string' ? DRAFTS[declared.replace(/#$/, '')] : undefined;
    if (draft === undefined)
        return {
            kind: 'not-checked',
            reason: `values.schema.json declares $schema ${JSON.stringify(declared)}, a draft the gate does not apply (2020-12, 2019-09, draft-07 and draft-06 are)`
        };
    return compileWith(draft, schema);
}
function compileWith(draft, schema) {
    // Not strict: Helm's validator passes over keywords and formats it does not know.
    const options = {
        strict: false,
        allErrors: true,
        verbose: true,
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
    ajv_formats__WEBPACK_IMPORTED_MODULE_0___default()["default"](ajv);
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
