// The Palette cluster-profile pack entry for a verified chart, and the manifest document that
// carries it with the evidence of the check.
import YAML from 'yaml'
import type { ChartTarget } from './plan.js'
import { usesCredentials } from './request-auth.js'
import type { LayerType, OutputFormat, Request } from './request.js'
import type { ChartManifest, ChartMetadata } from './verdict.js'

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
}

export interface ManifestDocument {
  apiVersion: 'palette-chart-gate/v1'
  kind: 'ValidatedLayer'
  layer: PackEntry
  verification: Verification
}

export interface VerifiedChart {
  target: ChartTarget
  digest: string
  manifest: ChartManifest
  metadata: ChartMetadata
  /** The chart's own values.yaml, when the archive has one. */
  chartValues: string | undefined
}

export function buildPackEntry(request: Request, chart: VerifiedChart): PackEntry {
  const { registry } = request
  return {
    name: chart.metadata.name,
    type: request.layer.type,
    layer: 'addon',
    tag: chart.metadata.version,
    version: chart.metadata.version,
    values: request.layer.values ?? chart.chartValues ?? '',
    registry: {
      metadata: {
        ...(registry.uid === undefined ? {} : { uid: registry.uid }),
        name: registry.name,
        kind: 'oci',
        providerType: 'helm',
        isPrivate: usesCredentials(registry.auth)
      }
    }
  }
}

export function buildManifestDocument(
  request: Request,
  chart: VerifiedChart,
  checkedAt: Date
): ManifestDocument {
  const { target, manifest } = chart
  return {
    apiVersion: 'palette-chart-gate/v1',
    kind: 'ValidatedLayer',
    layer: buildPackEntry(request, chart),
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

export function renderManifest(document: ManifestDocument, format: OutputFormat): string {
  return format === 'json'
    ? `${JSON.stringify(document, null, 2)}\n`
    : YAML.stringify(document, { lineWidth: 0 })
}
