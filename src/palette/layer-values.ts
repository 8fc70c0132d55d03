// A layer's values as Helm receives them from Palette: Palette's own `pack:` section removed, and
// its macros ({{.spectro.system.*}}, {{.spectro.var.NAME}}, ...) resolved by Palette at deploy time,
// so unknown here: each stands in as a marker that a check must not judge. Pure.
import YAML, { isMap, isNode, isSeq, LineCounter } from 'yaml'
import { HELM_YAML } from '../helm/values-yaml.js'
import { QUIET_YAML } from '../yaml-text.js'

// Linear: a macro holds no brace and no line break, and is at most 256 characters long.
const MACRO = /\{\{\s*\.spectro\.([^{}\n]{0,256})\}\}/g
const MARKER = '__palette_macro__'

export interface LayerValues {
  /** The values Helm is given; a macro's place holds a marker (see holdsMacro). */
  values: Record<string, unknown>
  /** The profile variables the values use: {{.spectro.var.NAME}}. */
  variables: string[]
  /** The line, counted in the values text, that sets the value at a JSON pointer path. */
  lineOf(path: string): number | undefined
}

/** Whether a value is, or contains, a Palette macro: only Palette knows what it will be. */
export function holdsMacro(value: unknown): boolean {
  return typeof value === 'string' && value.includes(MARKER)
}

/** The profile variables a layer's values use, without parsing them. */
export function layerVariables(text: string | undefined): string[] {
  return markMacros(text ?? '').variables
}

/** The text with each macro replaced by the marker, and the variables the macros name. */
function markMacros(text: string): { marked: string; variables: string[] } {
  const variables = new Set<string>()
  const marked = text.replace(MACRO, (_, written: string) => {
    // `.spectro.var.NAME | default "x"` uses NAME too.
    const variable = /^var\.([A-Za-z0-9_-]+)/.exec(written.trim())?.[1]
    if (variable !== undefined) variables.add(variable)
    return MARKER
  })
  return { marked, variables: [...variables] }
}

/** The layer's values; undefined when the layer gives none (the chart's own values apply). */
export function readLayerValues(text: string | undefined): LayerValues | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const { marked, variables } = markMacros(text)
  const lines = new LineCounter()
  // The text was read strictly when the layer was planned (bounds, aliases, duplicate keys).
  // YAML 1.1, as Helm reads values (yes, no, on and off are booleans).
  const document = YAML.parseDocument(marked, {
    ...QUIET_YAML,
    ...HELM_YAML,
    lineCounter: lines,
    uniqueKeys: false
  })
  const parsed: unknown = document.toJS({ maxAliasCount: 0 })
  const values = new Map<string, unknown>(
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? Object.entries(parsed)
      : []
  )
  values.delete('pack')
  return {
    values: Object.fromEntries(values),
    variables,
    lineOf: path => {
      let node: unknown = document.contents
      for (const key of path.split('/').slice(1)) {
        const name = key.replaceAll('~1', '/').replaceAll('~0', '~')
        if (isMap(node)) node = node.get(name, true)
        else if (isSeq(node)) node = node.get(Number(name), true)
        else return undefined
      }
      const offset = isNode(node) ? node.range?.[0] : undefined
      return offset === undefined ? undefined : lines.linePos(offset).line
    }
  }
}
