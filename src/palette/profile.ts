// The layers a profile file declares, with the line each is declared on: a Palette cluster-profile
// export (JSON or YAML: metadata, spec.template.packs[]) or the gate's own chart list (charts:).
// Pure: the text in, layers, skipped packs and problems out.
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import {
  CHECKED_TYPES,
  optionalLocation,
  readEntries,
  type DeclaredLayer,
  type FileProblem,
  type ProfileContents
} from './profile-contents.js'
import { exportPathCase, readExport } from './profile-export.js'
import { FieldProblem, lineOfUnknown, nonEmpty, text, valuesText } from './profile-fields.js'
import { parseWithLines } from './yaml-lines.js'

export type {
  DeclaredLayer,
  FileProblem,
  ProfileContents,
  SkippedPack
} from './profile-contents.js'

export function readProfile(file: string, text: string): ProfileContents {
  // Duplicate keys are errors: Palette's JSON decoder would take the last `tag`, a lenient reader the first.
  const { document, lineOf, syntax } = parseWithLines(text)
  const empty = (problem: FileProblem): ProfileContents => ({
    kind: 'chart-list',
    layers: [],
    skipped: [],
    problems: [problem]
  })
  if (syntax !== undefined) return empty({ file, ...syntax })
  try {
    exportPathCase(document)
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error
    return empty({ file, line: lineOf(error.node), message: error.message })
  }
  const packs = document.getIn(['spec', 'template', 'packs'], true)
  if (isSeq(packs)) return readExport(file, packs.items, lineOf, document)
  const charts = document.get('charts', true)
  if (isSeq(charts)) {
    const root = document.contents
    const section = isMap(root)
      ? root.items.find(pair => isScalar(pair.key) && pair.key.value === 'registries')
      : undefined
    const registries: unknown = section?.value
    const list = readChartList(file, charts.items, lineOf, document)
    if (isMap(registries)) return { ...list, registries: { node: registries, lineOf } }
    // Dropped, a registries: written as a list or a name would send its layers to the default registry.
    if (
      section !== undefined &&
      !(registries === null || (isScalar(registries) && registries.value === null))
    )
      list.problems.unshift({
        file,
        line: lineOfUnknown(section.key, lineOf),
        message: `registries must be a mapping of Palette registry names to settings, not ${isSeq(registries) ? 'a list' : 'a single value'}`
      })
    return list
  }
  return empty({
    file,
    line: 1,
    message:
      'is neither a Palette cluster-profile export (spec.template.packs) nor a chart list (charts:)'
  })
}

function readChartList(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number,
  document: Document
): ProfileContents {
  const result: ProfileContents = { kind: 'chart-list', layers: [], skipped: [], problems: [] }
  readEntries(result, file, items, lineOf, 'chart entry', (item, line) => {
    const entry = readChartEntry(file, line, item, document)
    if (typeof entry === 'string') result.problems.push({ file, line, message: entry })
    else result.layers.push({ ...entry, ...optionalLocation(item, lineOf) })
  })
  return result
}

/** Keys of a chart list entry: a misspelt one (regsitry:) must not fall back to a default. */
const CHART_ENTRY_KEYS: readonly string[] = ['chart', 'version', 'registry', 'values', 'layer-type']

/** The layer a chart list entry declares, or why it declares none. */
function readChartEntry(
  file: string,
  line: number,
  item: YAMLMap,
  document: Document
): DeclaredLayer | string {
  const unknown = item.items
    .map(pair => (isScalar(pair.key) ? String(pair.key.value) : '(a complex key)'))
    .filter(key => !CHART_ENTRY_KEYS.includes(key))
  if (unknown.length > 0)
    return `${unknown.map(key => shown(key)).join(', ')} is not a chart entry key (${CHART_ENTRY_KEYS.join(', ')})`
  const chart = text(item, 'chart')
  const version = text(item, 'version')
  if (chart === undefined || chart === '' || version === undefined || version === '')
    return 'a chart entry needs chart and version'
  const registry = nonEmpty(text(item, 'registry'))
  const values = valuesText(item, document)
  const layerType = text(item, 'layer-type') || 'oci'
  if (!CHECKED_TYPES.includes(layerType))
    return `layer-type ${shown(layerType)} is not one of: oci, helm`
  return {
    file,
    line,
    chart,
    version,
    registry: registry === undefined ? undefined : { name: registry },
    layerType: layerType === 'helm' ? 'helm' : 'oci',
    ...(values === undefined ? {} : { values })
  }
}
