// The fields of a pack or chart entry, read as written: a scalar stays the text the file holds (a
// version 1.10 is not 1.1), values may be text or YAML, and a field of the wrong shape is a
// problem on its own line.
import YAML, { isMap, isNode, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import { scalarText } from './yaml-lines.js'

/** A field that holds something the gate cannot take as written, on that field's line. */
export class FieldProblem extends Error {
  constructor(
    message: string,
    readonly node: Node
  ) {
    super(message)
  }
}

/**
 * A scalar field as written (a YAML version 1.10 must not become 1.1); undefined when absent,
 * empty when null. A mapping or a list is a problem, never taken for an absent field.
 */
export function text(map: YAMLMap, key: string): string | undefined {
  const node: unknown = map.get(key, true)
  if (node === undefined) return undefined
  const value = scalarText(node)
  if (value !== undefined) return value
  if (isMap(node) || isSeq(node))
    throw new FieldProblem(
      `${key} must be a single value, not a ${isMap(node) ? 'mapping' : 'list'}`,
      node
    )
  throw new FieldProblem(`${key} must be a single value`, map)
}

/** The pack's values as YAML text: as written when text, rendered when a mapping or a list. */
export function valuesText(map: YAMLMap, document: Document): string | undefined {
  const node: unknown = map.get('values', true)
  if (node === undefined) return undefined
  if (isMap(node) || isSeq(node)) {
    // Aliases, keys that are mappings and nesting past 100 are refused before this, so the text
    // rendered is about the size of what the file holds.
    const rendered: unknown = node.toJS(document)
    return YAML.stringify(rendered, { lineWidth: 0 })
  }
  const value = text(map, 'values')
  return value === '' ? undefined : value
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

export function lineOfUnknown(item: unknown, lineOf: (node: Node) => number): number {
  return isMap(item) || isSeq(item) || isScalar(item) ? lineOf(item) : 1
}

/**
 * Palette reads exports with Go's JSON decoder, which takes a key that differs from a field's name
 * only in case (`Tag`, `TYPE`, `ſpec`) as that field, the last one winning. The gate reads names
 * as written, so such a key would make the two read different packs: it is refused on its line.
 */
export function refuseCaseVariants(map: YAMLMap, fields: readonly string[]): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue
    const key = pair.key.value
    if (fields.includes(key)) continue
    const field = fields.find(name => goFold(key) === name)
    if (field !== undefined)
      throw new FieldProblem(
        `${shown(key)} is read by Palette as ${field} (its JSON decoder ignores the case of field names): write it ${field}, once`,
        pair.key
      )
  }
}

/** Go's case folding of a key against ASCII field names: the Kelvin sign folds to k, the long s to s. */
function goFold(key: string): string {
  return key
    .replace(/\u212a/g, 'k')
    .replace(/\u017f/g, 's')
    .replace(/[A-Z]/g, c => c.toLowerCase())
}

/**
 * Where the values text starts in the file: the line after `values: |` for a block (its lines
 * follow one for one), else the line of the field (a JSON string, or values written as YAML).
 */
export function valuesLocation(
  map: YAMLMap,
  lineOf: (node: Node) => number
): { line: number; block: boolean } | undefined {
  const node: unknown = map.get('values', true)
  if (!isNode(node)) return undefined
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
  return { line: lineOf(node), block }
}
