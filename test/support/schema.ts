// Validates manifest documents against the committed JSON Schema.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../schema/manifest.schema.json', import.meta.url), 'utf8')
)
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats.default(ajv)
const validate = ajv.compile(schema as object)

/** The schema errors of a document, as readable lines; empty when it is valid. */
export function manifestSchemaErrors(document: unknown): string[] {
  if (validate(document)) return []
  return (validate.errors ?? []).map(error => `${error.instancePath || '/'} ${error.message ?? ''}`)
}
