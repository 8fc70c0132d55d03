export const id = 155;
export const ids = [155];
export const modules = {

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkValues: () => (/* binding */ checkValues)
});

// UNUSED EXPORTS: MAX_SCHEMA_BYTES, jsonType

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-draft-06.json
var json_schema_draft_06 = __webpack_require__(6012);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/helm/schema-formats.ts
// The `format` checks where Ajv's own differ from Helm's validator (santhosh-tekuri/jsonschema v6):
// an email and a host name as that validator judges them, looser than Ajv's (admin@localhost is an
// email there). Pure.

/** A host name: at most 253 characters, labels of letters, digits and inner hyphens, up to 63. */
function isHostname(text) {
    const name = text.endsWith('.') ? text.slice(0, -1) : text;
    if (name.length === 0 || name.length > 253)
        return false;
    return name
        .split('.')
        .every(label => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}
const LOCAL_SPECIALS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/;
/** An email address: a local part of up to 64 characters, and a host name or a bracketed IP. */
function isEmail(text) {
    if (text.length > 254)
        return false;
    const at = text.lastIndexOf('@');
    if (at === -1)
        return false;
    const local = text.slice(0, at);
    const domain = text.slice(at + 1);
    if (local.length > 64)
        return false;
    if (local.length > 1 && local.startsWith('"') && local.endsWith('"')) {
        if (/["\\]/.test(local.slice(1, -1)))
            return false;
    }
    else if (local.startsWith('.') ||
        local.endsWith('.') ||
        local.includes('..') ||
        !LOCAL_SPECIALS.test(local))
        return false;
    if (domain.startsWith('[') && domain.endsWith(']')) {
        const address = domain.slice(1, -1);
        return address.startsWith('IPv6:') ? (0,external_node_net_.isIP)(address.slice(5)) === 6 : (0,external_node_net_.isIP)(address) === 4;
    }
    return isHostname(domain);
}

;// CONCATENATED MODULE: ./src/helm/values-schema.ts
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
/**
 * The formats asserted (drafts up to 7) with Ajv's checks, where they agree with Helm's validator;
 * email, hostname and regex are checked as Helm checks them; URIs, whose checks Helm makes looser
 * than Ajv, are not asserted: a false refusal would stop a release Helm installs.
 */
const HELM_FORMATS = [
    'date',
    'time',
    'date-time',
    'duration',
    'ipv4',
    'ipv6',
    'uuid',
    'json-pointer',
    'relative-json-pointer'
];
/** Go's RE2 syntax and linear time, in Ajv's shape. */
const re2 = Object.assign((pattern) => {
    const compiled = build/* RE2JS */.L3.compile(pattern);
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
        ? new _2020.Ajv2020(options)
        : draft === '2019-09'
            ? new _2019.Ajv2019(options)
            : new dist_ajv.Ajv(options);
    if (draft === 'draft-06')
        ajv.addMetaSchema(json_schema_draft_06);
    dist_default()["default"](ajv, [...HELM_FORMATS]);
    ajv.addFormat('email', isEmail);
    ajv.addFormat('hostname', isHostname);
    // Go's regexp syntax, as Helm checks `format: regex`.
    ajv.addFormat('regex', text => {
        try {
            build/* RE2JS */.L3.compile(text);
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
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];
/** What stays beside a `$ref` up to draft 7: what a reference may point into, and the draft. */
const KEPT_BESIDE_REF = ['$ref', '$schema', 'definitions', '$defs'];
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
        if (!(0,json/* isRecord */.u4)(value))
            return value;
        const next = copy(value);
        pending.push(next);
        return next;
    };
    for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
        for (const keyword of SCHEMA_KEYWORDS) {
            const value = schema[keyword];
            if ((0,json/* isRecord */.u4)(value))
                schema[keyword] = visit(value);
        }
        for (const keyword of SCHEMA_LISTS) {
            const list = schema[keyword];
            if (Array.isArray(list))
                schema[keyword] = list.map(visit);
        }
        for (const keyword of SCHEMA_MAPS) {
            const map = schema[keyword];
            if ((0,json/* isRecord */.u4)(map))
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
