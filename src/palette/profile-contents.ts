// What a profile file declares, as its readers give it: the Helm layers with their lines, the
// packs not checked, and the problems found on their lines. Types shared by the two readers.
import { isMap, type Node, type YAMLMap } from 'yaml'
import type { KubernetesLayer } from './kubernetes-target.js'
import type { LayerType } from './layer.js'
import { FieldProblem, lineOfUnknown, valuesLocation } from './profile-fields.js'

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

/** The pack types that are Helm charts from an OCI registry: the layers the gate checks. */
export const CHECKED_TYPES: readonly string[] = ['oci', 'helm']

export function optionalLocation(
  item: YAMLMap,
  lineOf: (node: Node) => number
): { valuesAt?: { line: number; block: boolean } } {
  const valuesAt = valuesLocation(item, lineOf)
  return valuesAt === undefined ? {} : { valuesAt }
}

/**
 * Each entry of a pack or chart list that is a mapping, read by `read`; any other entry, and a
 * field read as it cannot be taken, is a problem on its own line.
 */
export function readEntries(
  result: ProfileContents,
  file: string,
  items: readonly unknown[],
  lineOf: (node: Node) => number,
  noun: string,
  read: (item: YAMLMap, line: number) => void
): void {
  for (const item of items) {
    if (!isMap(item)) {
      result.problems.push({
        file,
        line: lineOfUnknown(item, lineOf),
        message: `a ${noun} that is not a mapping`
      })
      continue
    }
    try {
      read(item, lineOf(item))
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error
      result.problems.push({ file, line: lineOf(error.node), message: error.message })
    }
  }
}
