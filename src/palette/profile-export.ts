// A Palette cluster-profile export (spec.template.packs): its Helm packs as layers, its
// Kubernetes layer and variables given to each, every other pack listed as skipped. Pure.
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import { flavourOfPack, type KubernetesLayer } from './kubernetes-target.js'
import {
  CHECKED_TYPES,
  optionalLocation,
  readEntries,
  type DeclaredLayer,
  type ProfileContents,
  type SkippedPack
} from './profile-contents.js'
import { FieldProblem, nonEmpty, refuseCaseVariants, text, valuesText } from './profile-fields.js'
import { scalarText } from './yaml-lines.js'

/** spec.template.packs spelt with another case somewhere would be read by Palette, not by the gate. */
export function exportPathCase(document: Document): void {
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

export function readExport(
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number,
  document: Document
): ProfileContents {
  const result: ProfileContents = { kind: 'palette-export', layers: [], skipped: [], problems: [] }
  let kubernetes: KubernetesLayer | undefined
  readEntries(result, file, items, lineOf, 'pack', (item, line) => {
    const pack = readPack(file, line, item, document)
    kubernetes ??= kubernetesLayer(file, line, item)
    if (pack.kind === 'skipped') result.skipped.push(pack.skipped)
    else if (pack.kind === 'problem') result.problems.push({ file, line, message: pack.message })
    else result.layers.push({ ...pack.layer, ...optionalLocation(item, lineOf) })
  })
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

/** The names of the profile's variables (spec.variables[].name), which its values may use. */
function declaredVariables(document: Document): string[] {
  const variables: unknown = document.getIn(['spec', 'variables'], true)
  if (!isSeq(variables)) return []
  return variables.items.flatMap(item => {
    const name = isMap(item) ? scalarText(item.get('name', true)) : undefined
    return name === undefined || name === '' ? [] : [name]
  })
}
