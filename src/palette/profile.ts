// The layers a profile file declares, with the line each is declared on: a Palette cluster-profile
// export (JSON or YAML: metadata, spec.template.packs[]) or the gate's own chart list (charts:).
// Pure: the text in, layers, skipped packs and problems out.
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import type { LayerType } from './layer.js'
import {
  FieldProblem,
  lineOfUnknown,
  nonEmpty,
  refuseCaseVariants,
  text,
  valuesLocation,
  valuesText
} from './profile-fields.js'
import { flavourOfPack, type KubernetesLayer } from './kubernetes-target.js'
import { parseWithLines, scalarText } from './yaml-lines.js'

/** A Helm layer to check, where the file declares it. */
export interface DeclaredLayer {
  file: string
  line: number
  chart: string
  /** The tag the pack pins (Palette's `tag`), or the list's `version`. */
  version: string
  /** The registry by Palette name or uid; undefined: the default registry (the action's inputs). */
  registry: { name?: string; uid?: string } | undefined
  layerType: LayerType
  /** The pack's own values, kept as they are. */
  values?: string
  /** Why the layer is invalid before any request (a tag and version that disagree). */
  conflict?: string
  /** The Kubernetes layer of the same profile, which the chart must install on. */
  kubernetes?: KubernetesLayer
  /** Where the values text starts, to name the line that sets a value. */
  valuesAt?: { line: number; block: boolean }
  /** The profile variables the export declares (spec.variables); absent for a chart list. */
  variables?: string[]
}

/** A pack that is not a Helm chart from an OCI registry: listed, never checked. */
export interface SkippedPack {
  file: string
  line: number
  name: string
  type: string
}

export interface FileProblem {
  /** The input that names the file, when not charts-file (registries-file). */
  input?: string | undefined
  file: string
  line: number
  message: string
}

export interface ProfileContents {
  kind: 'palette-export' | 'chart-list'
  layers: DeclaredLayer[]
  skipped: SkippedPack[]
  problems: FileProblem[]
  /** A chart list's own `registries:` section, as a node for the registries reader. */
  registries?: { node: YAMLMap; lineOf: (node: Node) => number }
}

const CHECKED_TYPES: readonly string[] = ['oci', 'helm']

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

/** spec.template.packs spelt with another case somewhere would be read by Palette, not by the gate. */
function exportPathCase(document: Document): void {
  let map: unknown = document.contents
  for (const field of ['spec', 'template', 'packs']) {
    if (!isMap(map)) return
    refuseCaseVariants(map, [field])
    map = map.get(field, true)
  }
}

/** The fields of a pack the gate reads; Palette would read their case variants as the same. */
const PACK_FIELDS: readonly string[] = [
  'name',
  'type',
  'tag',
  'version',
  'values',
  'registry',
  'registry_uid'
]

function readExport(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number,
  document: Document
): ProfileContents {
  const result: ProfileContents = { kind: 'palette-export', layers: [], skipped: [], problems: [] }
  let kubernetes: KubernetesLayer | undefined
  for (const item of items) {
    if (!isMap(item)) {
      result.problems.push({
        file,
        line: lineOfUnknown(item, lineOf),
        message: 'a pack that is not a mapping'
      })
      continue
    }
    const line = lineOf(item)
    try {
      const pack = readPack(file, line, item, document)
      kubernetes ??= kubernetesLayer(file, line, item)
      if (pack.kind === 'skipped') result.skipped.push(pack.skipped)
      else if (pack.kind === 'problem') result.problems.push({ file, line, message: pack.message })
      else result.layers.push({ ...pack.layer, ...optionalLocation(item, lineOf) })
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error
      result.problems.push({ file, line: lineOf(error.node), message: error.message })
    }
  }
  // The Kubernetes layer may come after the add-ons: it is theirs whatever the order.
  const variables = declaredVariables(document)
  for (const layer of result.layers) {
    if (kubernetes !== undefined) layer.kubernetes = kubernetes
    layer.variables = variables
  }
  return result
}

/** A pack of layer k8s, or one of Palette's Kubernetes packs by name. */
function kubernetesLayer(file: string, line: number, item: YAMLMap): KubernetesLayer | undefined {
  const pack = text(item, 'name') ?? ''
  if (text(item, 'layer') !== 'k8s' && flavourOfPack(pack) === undefined) return undefined
  return { file, line, pack, tag: text(item, 'tag') ?? '' }
}

type PackReading =
  | { kind: 'skipped'; skipped: SkippedPack }
  | { kind: 'problem'; message: string }
  | { kind: 'layer'; layer: DeclaredLayer }

function readPack(file: string, line: number, item: YAMLMap, document: Document): PackReading {
  refuseCaseVariants(item, PACK_FIELDS)
  const name = text(item, 'name')
  const type = text(item, 'type') ?? ''
  if (!CHECKED_TYPES.includes(type)) {
    return {
      kind: 'skipped',
      skipped: { file, line, name: name || '(no name)', type: type || '(no type)' }
    }
  }
  const tag = text(item, 'tag')
  if (name === undefined || name === '' || tag === undefined || tag === '') {
    return {
      kind: 'problem',
      message:
        name === undefined || name === ''
          ? `a ${type} pack without a name: Palette pins a pack by name and tag`
          : `the ${type} pack ${shown(name)} has no tag: Palette pins a pack by name and tag`
    }
  }
  const version = text(item, 'version')
  const metadata = packRegistryMetadata(item)
  const registryName = metadata === undefined ? undefined : nonEmpty(text(metadata, 'name'))
  const registryUid =
    (metadata === undefined ? undefined : nonEmpty(text(metadata, 'uid'))) ??
    nonEmpty(text(item, 'registry_uid'))
  const values = valuesText(item, document)
  const layer: DeclaredLayer = {
    file,
    line,
    chart: name,
    version: tag,
    registry:
      registryName === undefined && registryUid === undefined
        ? undefined
        : {
            ...(registryName === undefined ? {} : { name: registryName }),
            ...(registryUid === undefined ? {} : { uid: registryUid })
          },
    layerType: type === 'helm' ? 'helm' : 'oci',
    ...(values === undefined ? {} : { values }),
    ...(version !== undefined && version !== '' && version !== tag
      ? {
          conflict: `its tag ${shown(tag)} and version ${shown(version)} disagree; Palette pulls the tag`
        }
      : {})
  }
  return { kind: 'layer', layer }
}

/** A pack's registry.metadata; undefined when the pack names no registry that way. */
function packRegistryMetadata(item: YAMLMap): YAMLMap | undefined {
  const registry = item.get('registry', true)
  if (registry === undefined || (isScalar(registry) && registry.value === null)) return undefined
  if (!isMap(registry))
    throw new FieldProblem(
      'registry must be a mapping with metadata.name or metadata.uid',
      registry
    )
  refuseCaseVariants(registry, ['metadata'])
  const metadata = registry.get('metadata', true)
  if (metadata === undefined || (isScalar(metadata) && metadata.value === null)) return undefined
  if (!isMap(metadata))
    throw new FieldProblem('registry.metadata must be a mapping with name or uid', metadata)
  refuseCaseVariants(metadata, ['name', 'uid'])
  return metadata
}

function readChartList(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number,
  document: Document
): ProfileContents {
  const result: ProfileContents = { kind: 'chart-list', layers: [], skipped: [], problems: [] }
  for (const item of items) {
    if (!isMap(item)) {
      result.problems.push({
        file,
        line: lineOfUnknown(item, lineOf),
        message: 'a chart entry that is not a mapping'
      })
      continue
    }
    const line = lineOf(item)
    try {
      const entry = readChartEntry(file, line, item, document)
      if (typeof entry === 'string') result.problems.push({ file, line, message: entry })
      else result.layers.push({ ...entry, ...optionalLocation(item, lineOf) })
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error
      result.problems.push({ file, line: lineOf(error.node), message: error.message })
    }
  }
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

function optionalLocation(
  item: YAMLMap,
  lineOf: (node: Node) => number
): { valuesAt?: { line: number; block: boolean } } {
  const valuesAt = valuesLocation(item, lineOf)
  return valuesAt === undefined ? {} : { valuesAt }
}

/** The names of the profile's variables (spec.variables[].name), which its values may use. */
function declaredVariables(document: Document): string[] {
  const variables: unknown = document.getIn(['spec', 'variables'], true)
  if (!isSeq(variables)) return []
  return variables.items.flatMap(item => {
    const name = isMap(item) ? scalarText(item.get('name', true)) : undefined
    return name === undefined || name === '' ? [] : [name]
  })
}
