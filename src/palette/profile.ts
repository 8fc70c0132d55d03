// The layers a profile file declares, with the line each is declared on: a Palette cluster-profile
// export (JSON or YAML: metadata, spec.template.packs[]) or the gate's own chart list (charts:).
// Pure: the text in, layers, skipped packs and problems out.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import type { LayerType } from './layer.js'
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
}

/** A pack that is not a Helm chart from an OCI registry: listed, never checked. */
export interface SkippedPack {
  file: string
  line: number
  name: string
  type: string
}

export interface FileProblem {
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
  const packs = document.getIn(['spec', 'template', 'packs'], true)
  if (isSeq(packs)) return readExport(file, packs.items, lineOf)
  const charts = document.get('charts', true)
  if (isSeq(charts)) {
    const registries = document.get('registries', true)
    return {
      ...readChartList(file, charts.items, lineOf),
      ...(isMap(registries) ? { registries: { node: registries, lineOf } } : {})
    }
  }
  return empty({
    file,
    line: 1,
    message:
      'is neither a Palette cluster-profile export (spec.template.packs) nor a chart list (charts:)'
  })
}

function readExport(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number
): ProfileContents {
  const result: ProfileContents = { kind: 'palette-export', layers: [], skipped: [], problems: [] }
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
    const name = text(item, 'name')
    const type = text(item, 'type') ?? ''
    if (!CHECKED_TYPES.includes(type)) {
      result.skipped.push({ file, line, name: name ?? '(no name)', type: type || '(no type)' })
      continue
    }
    const tag = text(item, 'tag')
    if (name === undefined || name === '' || tag === undefined || tag === '') {
      result.problems.push({
        file,
        line,
        message:
          name === undefined || name === ''
            ? `a ${type} pack without a name: Palette pins a pack by name and tag`
            : `the ${type} pack ${shown(name)} has no tag: Palette pins a pack by name and tag`
      })
      continue
    }
    const version = text(item, 'version')
    const metadata = item.getIn(['registry', 'metadata'])
    const registryName = isMap(metadata) ? text(metadata, 'name') : undefined
    const registryUid =
      (isMap(metadata) ? text(metadata, 'uid') : undefined) ?? text(item, 'registry_uid')
    const values = text(item, 'values')
    result.layers.push({
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
    })
  }
  return result
}

function readChartList(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number
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
    const chart = text(item, 'chart')
    const version = text(item, 'version')
    if (chart === undefined || chart === '' || version === undefined || version === '') {
      result.problems.push({ file, line, message: 'a chart entry needs chart and version' })
      continue
    }
    const registry = text(item, 'registry')
    const values = text(item, 'values')
    const layerType = text(item, 'layer-type') ?? 'oci'
    if (!CHECKED_TYPES.includes(layerType)) {
      result.problems.push({
        file,
        line,
        message: `layer-type ${shown(layerType)} is not one of: oci, helm`
      })
      continue
    }
    result.layers.push({
      file,
      line,
      chart,
      version,
      registry: registry === undefined ? undefined : { name: registry },
      layerType: layerType === 'helm' ? 'helm' : 'oci',
      ...(values === undefined ? {} : { values })
    })
  }
  return result
}

/** A scalar field as written (a YAML version 1.10 must not become 1.1); undefined when absent. */
function text(map: YAMLMap, key: string): string | undefined {
  const node = map.get(key, true)
  return isScalar(node) && node.value !== null && node.value !== undefined
    ? scalarText(node)
    : undefined
}

function lineOfUnknown(item: unknown, lineOf: (node: Node) => number): number {
  return isMap(item) || isSeq(item) || isScalar(item) ? lineOf(item) : 1
}
