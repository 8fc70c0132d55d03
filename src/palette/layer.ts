// The Palette cluster-profile pack entry for a verified chart, and the manifest document that
// carries it with the evidence of the check.
import YAML from 'yaml'
import type { ChartContents } from '../helm/chart-archive.js'
import type { DeployCheck } from '../helm/installability.js'
import type {
  ChartLocation,
  ChartManifest,
  ChartMetadata,
  ChartRequirements
} from '../helm/chart.js'

/** Palette sources disagree on the pack type of a Helm chart from an OCI registry. */
export type LayerType = 'oci' | 'helm'
export type OutputFormat = 'yaml' | 'json'

/** What the pack entry says of the layer: its type, and values when the profile gives them. */
export interface LayerSettings {
  type: LayerType
  values?: string
}

/** The registry as the pack entry names it (Palette matches packs by name, tag and registry). */
export interface PackRegistry {
  name: string
  uid?: string
  isPrivate: boolean
}

/** One entry of `spec.template.packs` in Palette's cluster-profile import format. */
export interface PackEntry {
  name: string
  type: LayerType
  layer: 'addon'
  tag: string
  version: string
  values: string
  registry: {
    metadata: { uid?: string; name: string; kind: 'oci'; providerType: 'helm'; isPrivate: boolean }
  }
}

/** What the manifest and the results record of the Kubernetes compatibility. */
export type KubernetesEvidence =
  | { checked: false; reason: string }
  | {
      checked: true
      /** As the profile or the input names it: "kubernetes-eks 1.31". */
      target: string
      /** Where the target comes from: a profile line, or kubernetes-version. */
      source: string
      kubeVersion: string | null
      verdict: 'compatible' | 'incompatible' | 'unreadable' | 'no-constraint'
      /** API server versions the chart refuses, when it refuses some. */
      failing: string[]
    }

/** Which deploy checks ran on the chart and which failed (deploy-checks), in Helm's order. */
export interface DeploymentRecord {
  checks: DeployCheck[]
  failed: DeployCheck[]
  kubernetes: KubernetesEvidence
}

export interface Verification {
  valid: true
  checkedAt: string
  resolvedEndpoint: string
  repository: string
  tag: string
  reference: string
  digest: string
  mediaTypes: { manifest: string; config: string; layers: string[] }
  chart: ChartMetadata
  annotations: Record<string, string>
  /** Absent with deploy-checks: false. */
  deployment?: DeploymentRecord
}

export interface ManifestDocument {
  apiVersion: 'palette-chart-gate/v1'
  kind: 'ValidatedLayer'
  layer: PackEntry
  verification: Verification
}

export interface VerifiedChart {
  target: ChartLocation
  digest: string
  manifest: ChartManifest
  metadata: ChartMetadata
  /** What Chart.yaml says of installing it (kubeVersion, type, dependencies...). */
  requirements: ChartRequirements
  /** What the archive holds: values.yaml, values.schema.json, the subcharts in charts/. */
  contents: ChartContents
}

export function buildPackEntry(
  layer: LayerSettings,
  registry: PackRegistry,
  chart: VerifiedChart
): PackEntry {
  return {
    name: chart.metadata.name,
    type: layer.type,
    layer: 'addon',
    tag: chart.metadata.version,
    version: chart.metadata.version,
    values: layer.values ?? chart.contents.values ?? '',
    registry: {
      metadata: {
        ...(registry.uid === undefined ? {} : { uid: registry.uid }),
        name: registry.name,
        kind: 'oci',
        providerType: 'helm',
        isPrivate: registry.isPrivate
      }
    }
  }
}

export function buildManifestDocument(
  layer: LayerSettings,
  registry: PackRegistry,
  chart: VerifiedChart,
  checkedAt: Date
): ManifestDocument {
  const { target, manifest } = chart
  return {
    apiVersion: 'palette-chart-gate/v1',
    kind: 'ValidatedLayer',
    layer: buildPackEntry(layer, registry, chart),
    verification: {
      valid: true,
      checkedAt: checkedAt.toISOString(),
      resolvedEndpoint: target.endpoint.authority,
      repository: target.repository,
      tag: target.tag,
      reference: `oci://${target.reference}`,
      digest: chart.digest,
      mediaTypes: {
        manifest: manifest.mediaType,
        config: manifest.config.mediaType,
        layers: manifest.layers.map(layer => layer.mediaType)
      },
      chart: chart.metadata,
      annotations: manifest.annotations
    }
  }
}

export function renderManifest(document: object, format: OutputFormat): string {
  return format === 'json'
    ? `${JSON.stringify(document, null, 2)}\n`
    : YAML.stringify(document, { lineWidth: 0 })
}
