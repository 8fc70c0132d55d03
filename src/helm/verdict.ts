// Is what the registry holds at the tag the requested Helm chart? Pure judgements over bytes read.
import { quoted, shown } from '../errors.js'
import { isRecord, parseJsonObject } from '../json.js'
import { MANIFEST_MEDIA_TYPES } from '../registry/media-types.js'

export const MEDIA_TYPES = {
  ...MANIFEST_MEDIA_TYPES,
  helmConfig: 'application/vnd.cncf.helm.config.v1+json',
  helmChart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  helmLegacyChart: 'application/tar+gzip',
  helmProvenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov'
} as const

/** A chart by name and exact version, as Palette pins it. */
export interface ChartRef {
  name: string
  version: string
}

/** Where a chart was looked for: what a message about it names. */
export interface ChartLocation {
  chart: ChartRef
  endpoint: { authority: string }
  repository: string
  tag: string
  /** host[:port]/repository:tag */
  reference: string
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
}

export interface ChartManifest {
  kind: 'chart'
  mediaType: string
  config: Descriptor
  chartLayer: Descriptor
  layers: Descriptor[]
  annotations: Record<string, string>
}

export interface ChartMetadata {
  name: string
  version: string
  appVersion?: string
  description?: string
}

/** Why a chart target is not valid. */
export type Finding =
  | { verdict: 'missing-repository' }
  | { verdict: 'missing-version'; nearest: string[]; listing: TagListing }
  | { verdict: 'not-a-chart'; reason: string }
  | { verdict: 'missing-content'; reason: string }
  | { verdict: 'mismatch'; reason: string; metadata: ChartMetadata }
  | { verdict: 'wrong-content-type'; contentType: string | undefined }

/** What the tag list said, for the hint of a missing version. */
export type TagListing =
  | { listed: true; tags: readonly string[]; incomplete?: string }
  | { listed: false; reason: string; denied: boolean }

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

export type ConfigJudgement =
  { ok: true; metadata: ChartMetadata } | { ok: false; finding: Finding }

/** Helm never checks on pull that the config names the chart and version asked for; the gate does. */
export function judgeChartConfig(requested: ChartRef, configBytes: Buffer): ConfigJudgement {
  const config = parseJsonObject(configBytes)
  const name = config === undefined ? undefined : stringField(config, 'name')
  const version = config === undefined ? undefined : stringField(config, 'version')
  if (config === undefined || name === undefined || version === undefined) {
    return {
      ok: false,
      finding: {
        verdict: 'not-a-chart',
        reason: 'the Helm config is not JSON with a name and a version'
      }
    }
  }
  const appVersion = stringField(config, 'appVersion')
  const description = stringField(config, 'description')
  const metadata: ChartMetadata = {
    name,
    version,
    ...(appVersion === undefined ? {} : { appVersion }),
    ...(description === undefined ? {} : { description })
  }
  const differences = [
    name === requested.name
      ? undefined
      : `name ${shown(name)} (asked for ${shown(requested.name)})`,
    version === requested.version
      ? undefined
      : `version ${shown(version)} (asked for ${shown(requested.version)})`
  ].filter(difference => difference !== undefined)
  if (differences.length > 0) {
    return {
      ok: false,
      finding: {
        verdict: 'mismatch',
        reason: `the chart at this tag has ${differences.join(' and ')}`,
        metadata
      }
    }
  }
  return { ok: true, metadata }
}

export function describeFinding(
  target: ChartLocation,
  finding: Finding
): { message: string; hint: string } {
  const where = `oci://${target.reference}`
  switch (finding.verdict) {
    case 'missing-repository':
      return {
        message: `Repository ${target.repository} does not exist on ${target.endpoint.authority}`,
        hint: 'Check the chart name and base-content-path (the path under which the charts live, e.g. "charts" or a Harbor project).'
      }
    case 'missing-version':
      return {
        message: `Chart ${target.chart.name} version ${target.chart.version} is not in ${target.endpoint.authority}/${target.repository}`,
        hint: missingVersionHint(finding.nearest, finding.listing)
      }
    case 'missing-content':
      return {
        message: `oci://${target.reference} cannot be pulled: ${finding.reason}`,
        hint: 'The manifest points at content the registry no longer has (garbage-collected or a broken push); push the chart again.'
      }
    case 'not-a-chart':
      return {
        message: `${where} is not a Helm chart: ${finding.reason}`,
        hint: 'Push the chart with `helm push` (Helm 3.8+) to this tag, or point the gate at the repository that holds the chart.'
      }
    case 'wrong-content-type':
      return {
        message: `oci://${target.reference} cannot be pulled by Helm: the registry serves its manifest ${finding.contentType === undefined ? 'without a Content-Type' : `as ${quoted(finding.contentType)}`}, not as ${MEDIA_TYPES.ociManifest}`,
        hint: 'Helm, and so Palette, refuses a chart manifest served with any other Content-Type. A proxy, CDN or web server in front of the registry may rewrite it: fix that, or point the endpoint at the registry itself. A chart stored under another manifest type (pushed by another tool): push it again with `helm push`.'
      }
    case 'mismatch':
      return {
        message: `${where} does not hold ${target.chart.name} ${target.chart.version}: ${finding.reason}`,
        hint: 'Palette matches the chart name and version exactly: push the right chart to this tag, or fix the chart and version inputs.'
      }
  }
}

function missingVersionHint(nearest: readonly string[], listing: TagListing): string {
  if (!listing.listed) {
    return listing.denied
      ? `The versions could not be listed (${listing.reason}); with permission to list tags the gate names the nearest ones.`
      : `The versions could not be listed (${listing.reason}), so the gate cannot name the nearest ones that exist.`
  }
  const partly =
    listing.incomplete === undefined
      ? ''
      : ` The listing was cut short (${listing.incomplete}); this is from the ${listing.tags.length} tags read.`
  if (nearest.length > 0) return `Nearest versions that exist: ${nearest.join(', ')}.${partly}`
  if (listing.tags.length === 0)
    return listing.incomplete === undefined
      ? 'The repository has no tags at all; push the chart first.'
      : `No tags could be read (${listing.incomplete}).`
  const sample = quoted(listing.tags.slice(0, 5).join(', '))
  return `No tag of the repository is a semantic version (found: ${sample}${listing.tags.length > 5 ? ', …' : ''}).${partly}`
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key]
  return typeof value === 'string' ? value : undefined
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
