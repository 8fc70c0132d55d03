// A Helm chart as it lives in an OCI registry: the media types Helm pushes, the chart asked for and
// where it was looked for, and why a target is not a valid chart.
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

/** A dependency as Chart.yaml declares it: Helm installs only when charts/ holds it. */
export interface DeclaredDependency {
  name: string
  version?: string
  alias?: string
  /** Values paths (comma-separated) whose first boolean turns the dependency on or off. */
  condition?: string
}

/**
 * What Chart.yaml says of installing the chart, as Helm copies it into the OCI config: read from
 * the config blob the gate reads anyway, so no request is added.
 */
export interface ChartRequirements {
  /** Absent: v1, as Helm's loader reads a Chart.yaml without one. */
  apiVersion?: string
  /** Absent or "application": installable; "library" is not. */
  type?: string
  kubeVersion?: string
  deprecated: boolean
  dependencies: DeclaredDependency[]
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
  | { listed: true; tags: readonly string[]; incomplete?: string | undefined }
  | { listed: false; reason: string; denied: boolean }
