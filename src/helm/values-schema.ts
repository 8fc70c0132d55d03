// values.schema.json as Helm 4 applies it: draft 2020-12 when `$schema` is absent, the schema checked
// against its metaschema first, `format` asserted only up to draft 7, patterns with RE2 semantics
// (Go's, as Helm's validator uses, which also keeps a hostile pattern linear). Remote `$ref`s are
// never fetched. Loaded only for charts that have a schema: Ajv is the largest part of the checks.
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' }
import addFormats from 'ajv-formats'
import { RE2JS } from 're2js'

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

const DRAFTS: Readonly<Record<string, Draft>> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'http://json-schema.org/draft-06/schema': 'draft-06'
}

/** Go's RE2 syntax and linear time, in Ajv's shape. */
const re2 = Object.assign(
  (pattern: string) => {
    const compiled = RE2JS.compile(pattern)
    // Ajv keeps one compiled pattern per distinct toString().
    return { test: (text: string) => compiled.test(text), toString: () => `/${pattern}/` }
  },
  { code: 're2js' }
)

const compiled = new Map<string, ValidateFunction | SchemaJudgement>()
const MAX_COMPILED = 64

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
  const draft = typeof declared === 'string' ? DRAFTS[declared.replace(/#$/, '')] : undefined
  if (draft === undefined)
    return {
      kind: 'not-checked',
      reason: `values.schema.json declares $schema ${JSON.stringify(declared)}, a draft the gate does not apply (2020-12, 2019-09, draft-07 and draft-06 are)`
    }
  return compileWith(draft, schema)
}

function compileWith(draft: Draft, schema: object | boolean): ValidateFunction | SchemaJudgement {
  // Not strict: Helm's validator passes over keywords and formats it does not know.
  const options: Options = {
    strict: false,
    allErrors: true,
    verbose: true,
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
  addFormats.default(ajv)
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
