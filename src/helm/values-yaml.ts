// Values YAML as Helm reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1, so yes, no, on and
// off are booleans and 0755 is octal; but a date stays text, 1:30 is not base 60, and 0o17 is 15.
// A chart's values.yaml is read as Helm loads it: bounded, its documents merged, each a mapping.
import YAML, { type ScalarTag, type Tags } from 'yaml'
import { errorMessage } from '../errors.js'
import { blockNestingProblem, QUIET_YAML } from '../yaml-text.js'
import { isTable, type Values } from './values-coalesce.js'

const OCTAL_O: ScalarTag = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^0o[0-7]+$/,
  resolve: text => Number.parseInt(text.slice(2), 8)
}

function helmTags(tags: Tags): Tags {
  return [
    OCTAL_O,
    ...tags.filter(
      tag =>
        typeof tag === 'string' ||
        (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME')
    )
  ]
}

export const HELM_YAML = { version: '1.1', customTags: helmTags } as const

const MAX_VALUES_YAML_BYTES = 8 * 1024 * 1024

/** A chart's values.yaml, or why Helm could not load it either. */
export function readValuesYaml(text: string | undefined, chart: string): Values | string {
  if (text === undefined || text.trim() === '') return {}
  if (Buffer.byteLength(text) > MAX_VALUES_YAML_BYTES)
    return `${chart}: values.yaml is larger than the ${MAX_VALUES_YAML_BYTES / 1024 / 1024} MiB the gate reads`
  // As Helm reads values.yaml: YAML 1.1, its documents merged in order, each a mapping.
  const nesting = blockNestingProblem(text)
  if (nesting !== undefined) return `${chart}: values.yaml ${nesting}`
  let merged: Values = {}
  try {
    for (const document of YAML.parseAllDocuments(text, {
      ...QUIET_YAML,
      ...HELM_YAML,
      uniqueKeys: false
    })) {
      if (document.errors.length > 0) throw document.errors[0]
      const parsed: unknown = document.toJS({ maxAliasCount: 1000 })
      if (parsed === null || parsed === undefined) continue
      if (!isTable(parsed)) return `${chart}: values.yaml holds a document that is not a mapping`
      merged = mergeTables(merged, parsed)
    }
  } catch (error) {
    return `${chart}: values.yaml cannot be read: ${errorMessage(error).split('\n')[0] ?? ''}`
  }
  return merged
}

/** A later document's tables merged into the earlier's, key by key. */
function mergeTables(base: Values, over: Values): Values {
  const merged = new Map<string, unknown>(Object.entries(base))
  for (const [key, value] of Object.entries(over)) {
    const current = merged.get(key)
    merged.set(key, isTable(current) && isTable(value) ? mergeTables(current, value) : value)
  }
  return Object.fromEntries(merged)
}
