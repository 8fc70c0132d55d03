// Is the manifest at the tag a Helm chart, served as Helm pulls it? A pure judgement over its bytes.
import { quoted, shown } from '../errors.js'
import { isRecord, parseJsonObject, stringField } from '../json.js'
import { MEDIA_TYPES, type ChartManifest, type Descriptor } from './chart.js'

export type ManifestInspection =
  | ChartManifest
  | { kind: 'not-a-chart'; reason: string }
  | { kind: 'wrong-content-type'; contentType: string | undefined }

export function inspectManifest(
  bytes: Buffer,
  contentType: string | undefined
): ManifestInspection {
  const manifest = parseJsonObject(bytes)
  if (manifest === undefined)
    return { kind: 'not-a-chart', reason: 'the manifest is not a JSON object' }
  const mediaType = stringField(manifest, 'mediaType') ?? baseMediaType(contentType) ?? ''
  if (
    mediaType === MEDIA_TYPES.ociIndex ||
    mediaType === MEDIA_TYPES.dockerManifestList ||
    'manifests' in manifest
  ) {
    return {
      kind: 'not-a-chart',
      reason: `the tag holds an image index (${quoted(mediaType || 'manifests list')}), as multi-platform container images do`
    }
  }
  if (manifest.schemaVersion !== 2) {
    return {
      kind: 'not-a-chart',
      reason: `the manifest has ${manifest.schemaVersion === undefined ? 'no schemaVersion' : `schemaVersion ${shown(manifest.schemaVersion)}`}; Helm charts use 2`
    }
  }
  const config = descriptor(manifest.config)
  if (config === undefined)
    return { kind: 'not-a-chart', reason: 'the manifest has no config descriptor' }
  if (config.mediaType !== MEDIA_TYPES.helmConfig) {
    return {
      kind: 'not-a-chart',
      reason: `the config media type is ${quoted(config.mediaType)}, not ${MEDIA_TYPES.helmConfig}: this is a container image or another artifact`
    }
  }
  const layers = Array.isArray(manifest.layers) ? manifest.layers.map(descriptor) : []
  const validLayers = layers.filter((layer): layer is Descriptor => layer !== undefined)
  const chartLayer =
    validLayers.find(layer => layer.mediaType === MEDIA_TYPES.helmChart) ??
    validLayers.find(layer => layer.mediaType === MEDIA_TYPES.helmLegacyChart)
  if (chartLayer === undefined) {
    const found = quoted(validLayers.map(layer => layer.mediaType).join(', ') || 'none')
    return {
      kind: 'not-a-chart',
      reason: `no layer has the Helm chart media type ${MEDIA_TYPES.helmChart} (found: ${found})`
    }
  }
  // Helm (through ORAS) takes the manifest's type from Content-Type and pulls a chart only from an
  // OCI image manifest: text/html, application/json, a Docker type or none at all are refused.
  const served = baseMediaType(contentType)
  if (served?.toLowerCase() !== MEDIA_TYPES.ociManifest)
    return { kind: 'wrong-content-type', contentType: served }
  return {
    kind: 'chart',
    mediaType,
    config,
    chartLayer,
    layers: validLayers,
    annotations: stringRecord(manifest.annotations)
  }
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
}

function descriptor(value: unknown): Descriptor | undefined {
  if (!isRecord(value)) return undefined
  const mediaType = stringField(value, 'mediaType')
  const digest = stringField(value, 'digest')
  const size = value.size
  if (mediaType === undefined || digest === undefined || typeof size !== 'number') return undefined
  return { mediaType, digest, size }
}

function baseMediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim() || undefined
}
