// values.schema.json as Helm 4 applies it: draft 2020-12 when `$schema` is absent, the schema checked
// against its metaschema first, `format` asserted only up to draft 7, patterns with RE2 semantics
// (Go's, as Helm's validator uses, which also keeps a hostile pattern linear). Remote `$ref`s are
// never fetched. Loaded only for charts that have a schema: Ajv is the largest part of the checks.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' }
import addFormats, { type FormatName } from 'ajv-formats'
import { RE2JS } from 're2js'
import { isRecord } from '../json.js'
import { isEmail, isHostname } from './schema-formats.js'

export const MAX_SCHEMA_BYTES = 1024 * 1024

export interface SchemaViolation {
  /** The values path as a JSON pointer: '/image/tag'; '' for the values as a whole. */
  path: string
  message: string
  /** The value found there, so that a value only Palette knows can be passed over. */
  value: unknown
}

export type SchemaJudgement =
  | { kind: 'valid' }
  | { kind: 'violations'; violations: SchemaViolation[] }
  /** The schema itself is what Helm would refuse, or what the gate cannot apply as Helm does. */
  | { kind: 'unusable'; reason: string }
  /** A draft the gate does not apply (draft-04): not judged, said as a warning. */
  | { kind: 'not-checked'; reason: string }

type Draft = '2020-12' | '2019-09' | 'draft-07' | 'draft-06'

/** As Helm's validator reads `$schema`: http or https, `#` or not; the bare one is the latest. */
const DRAFTS: Readonly<Record<string, Draft | 'draft-04'>> = {
  'json-schema.org/schema': '2020-12',
  'json-schema.org/draft/2020-12/schema': '2020-12',
  'json-schema.org/draft/2019-09/schema': '2019-09',
  'json-schema.org/draft-07/schema': 'draft-07',
  'json-schema.org/draft-06/schema': 'draft-06',
  'json-schema.org/draft-04/schema': 'draft-04'
}

/** The URI Ajv knows each draft's metaschema by. */
const METASCHEMAS: Readonly<Record<Draft, string>> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  'draft-06': 'http://json-schema.org/draft-06/schema#'
}

/**
 * The formats asserted (drafts up to 7) with Ajv's checks, where they agree with Helm's validator;
 * email, hostname and regex are checked as Helm checks them; URIs, whose checks Helm makes looser
 * than Ajv, are not asserted: a false refusal would stop a release Helm installs.
 */
const HELM_FORMATS: readonly FormatName[] = [
  'date',
  'time',
  'date-time',
  'duration',
  'ipv4',
  'ipv6',
  'uuid',
  'json-pointer',
  'relative-json-pointer'
]

/** Go's RE2 syntax and linear time, in Ajv's shape. */
const re2 = Object.assign(
  (pattern: string) => {
    const compiled = RE2JS.compile(pattern)
    // Ajv keeps one compiled pattern per distinct toString().
    return { test: (text: string) => compiled.test(text), toString: () => `/${pattern}/` }
  },
  { code: 're2js' }
)

// A compiled schema can hold tens of MiB: few are kept.
const compiled = new Map<string, ValidateFunction | SchemaJudgement>()
const MAX_COMPILED = 8

/** Values checked against one chart's schema text. */
export function checkValues(schemaText: string, values: unknown): SchemaJudgement {
  const validate = compiledSchema(schemaText)
  if (typeof validate !== 'function') return validate
  try {
    if (validate(values)) return { kind: 'valid' }
  } catch (error) {
    return { kind: 'unusable', reason: `values.schema.json cannot be applied: ${messageOf(error)}` }
  }
  return { kind: 'violations', violations: (validate.errors ?? []).map(violationOf) }
}

function compiledSchema(schemaText: string): ValidateFunction | SchemaJudgement {
  const known = compiled.get(schemaText)
  if (known !== undefined) return known
  const result = compile(schemaText)
  if (compiled.size >= MAX_COMPILED) compiled.clear()
  compiled.set(schemaText, result)
  return result
}

function compile(schemaText: string): ValidateFunction | SchemaJudgement {
  if (Buffer.byteLength(schemaText) > MAX_SCHEMA_BYTES)
    return {
      kind: 'unusable',
      reason: `values.schema.json is larger than the ${MAX_SCHEMA_BYTES / 1024 / 1024} MiB the gate reads`
    }
  let schema: unknown
  try {
    schema = JSON.parse(schemaText)
  } catch (error) {
    return { kind: 'unusable', reason: `values.schema.json is not JSON: ${messageOf(error)}` }
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
    return typeof schema === 'boolean'
      ? compileWith('2020-12', schema)
      : { kind: 'unusable', reason: 'values.schema.json is neither an object nor a boolean' }
  const declared = '$schema' in schema ? schema.$schema : undefined
  if (declared === undefined) return compileWith('2020-12', schema)
  const draft =
    typeof declared === 'string'
      ? DRAFTS[declared.replace(/^https?:\/\//, '').replace(/#$/, '')]
      : undefined
  if (draft === undefined || draft === 'draft-04')
    return {
      kind: 'not-checked',
      reason: `values.schema.json declares $schema ${JSON.stringify(declared)}, a draft the gate does not apply (2020-12, 2019-09, draft-07 and draft-06 are)`
    }
  const canonical = { ...schema, $schema: METASCHEMAS[draft] }
  return compileWith(
    draft,
    draft === 'draft-07' || draft === 'draft-06' ? withoutRefSiblings(canonical) : canonical
  )
}

function compileWith(draft: Draft, schema: object | boolean): ValidateFunction | SchemaJudgement {
  const options: Options = {
    // Not strict: Helm's validator passes over keywords and formats it does not know.
    strict: false,
    allErrors: true,
    verbose: true,
    // Ajv would print warnings with text from the schema, which the runner may read as commands.
    logger: false,
    code: { regExp: re2 },
    validateFormats: draft === 'draft-07' || draft === 'draft-06'
  }
  const ajv =
    draft === '2020-12'
      ? new Ajv2020(options)
      : draft === '2019-09'
        ? new Ajv2019(options)
        : new Ajv(options)
  if (draft === 'draft-06') ajv.addMetaSchema(draft06)
  addFormats.default(ajv, [...HELM_FORMATS])
  ajv.addFormat('email', isEmail)
  ajv.addFormat('hostname', isHostname)
  // Go's regexp syntax, as Helm checks `format: regex`.
  ajv.addFormat('regex', text => {
    try {
      RE2JS.compile(text)
      return true
    } catch {
      return false
    }
  })
  try {
    return ajv.compile(schema)
  } catch (error) {
    const message = messageOf(error)
    if (/can't resolve reference/.test(message))
      return {
        kind: 'unusable',
        reason: `values.schema.json refers to a schema outside itself (${message}): the gate never fetches one, and Helm fetches it at install time; bundle the schema in the chart`
      }
    if (/call stack/i.test(message))
      return { kind: 'unusable', reason: 'values.schema.json nests too deep to be read' }
    return { kind: 'unusable', reason: `values.schema.json is not a valid schema: ${message}` }
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
]
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items']
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']

/** What stays beside a `$ref` up to draft 7: what a reference may point into, and the draft. */
const KEPT_BESIDE_REF = ['$ref', '$schema', 'definitions', '$defs']

/**
 * Up to draft 7 the keywords beside a `$ref` are ignored, by the spec and by Helm's validator;
 * Ajv applies them. They are removed, walking schema positions only (a property named `$ref` is a
 * name, not a reference), without recursion: a deep schema must not exhaust the stack.
 */
function withoutRefSiblings(root: Record<string, unknown>): Record<string, unknown> {
  const copy = (schema: Record<string, unknown>): Record<string, unknown> =>
    '$ref' in schema
      ? Object.fromEntries(Object.entries(schema).filter(([key]) => KEPT_BESIDE_REF.includes(key)))
      : { ...schema }
  const top = copy(root)
  const pending: Record<string, unknown>[] = [top]
  const visit = (value: unknown): unknown => {
    if (!isRecord(value)) return value
    const next = copy(value)
    pending.push(next)
    return next
  }
  for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
    for (const keyword of SCHEMA_KEYWORDS) {
      const value = schema[keyword]
      if (isRecord(value)) schema[keyword] = visit(value)
    }
    for (const keyword of SCHEMA_LISTS) {
      const list: unknown = schema[keyword]
      if (Array.isArray(list)) schema[keyword] = list.map(visit)
    }
    for (const keyword of SCHEMA_MAPS) {
      const map = schema[keyword]
      if (isRecord(map))
        schema[keyword] = Object.fromEntries(
          Object.entries(map).map(([name, value]) => [name, visit(value)])
        )
    }
  }
  return top
}

/** In the words of Helm 4's validator where they are known: "got string, want integer". */
function violationOf(error: ErrorObject): SchemaViolation {
  const path = error.instancePath
  switch (error.keyword) {
    case 'type':
      return {
        path,
        message: `got ${jsonType(error.data)}, want ${String(error.params.type)}`,
        value: error.data
      }
    case 'required':
      return {
        path,
        message: `missing property '${String(error.params.missingProperty)}'`,
        value: error.data
      }
    case 'additionalProperties':
      return {
        path,
        message: `additional properties '${String(error.params.additionalProperty)}' not allowed`,
        value: error.data
      }
    default:
      return { path, message: error.message ?? error.keyword, value: error.data }
  }
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'object' ? 'object' : typeof value
}

function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error
    ? String(error.message)
    : String(error)
}
