// One chart at one target: manifest, config and archive read and judged, or the tags listed to
// say what exists instead.
import { isGateError, PermissionError } from '../errors.js'
import { readChartArchive } from '../helm/chart-archive.js'
import { MEDIA_TYPES, type Finding } from '../helm/chart.js'
import { judgeChartConfig } from '../helm/chart-config.js'
import { inspectManifest } from '../helm/manifest.js'
import { nearestVersions } from '../helm/versions.js'
import type { VerifiedChart } from '../palette/layer.js'
import type { RegistryClient, TagList } from '../registry/client.js'
import type { ArchiveCache } from './archive-cache.js'
import type { ChartTarget } from './plan.js'

export interface VerifyDependencies {
  debug: (message: string) => void
  warning: (message: string) => void
  /** Archives kept between runs, when a cache is configured. */
  archives?: ArchiveCache | undefined
}

const MAX_CONFIG_BYTES = 1024 * 1024
export const MAX_CHART_BYTES = 32 * 1024 * 1024

export async function verifyChart(
  client: RegistryClient,
  target: ChartTarget,
  dependencies: VerifyDependencies
): Promise<VerifiedChart | Finding> {
  dependencies.debug(`Checking oci://${target.reference}`)
  const lookup = await client.fetchManifest(target.repository, target.tag)
  if (!lookup.found) {
    dependencies.debug(`Manifest not found (${lookup.errorCode ?? 'no error code'}); listing tags`)
    return missingChart(client, target, lookup.errorCode, dependencies)
  }
  const inspection = inspectManifest(lookup.bytes, lookup.contentType)
  if (inspection.kind === 'not-a-chart')
    return { verdict: 'not-a-chart', reason: inspection.reason }
  if (inspection.kind === 'wrong-content-type')
    return { verdict: 'wrong-content-type', contentType: inspection.contentType }
  if (inspection.chartLayer.mediaType !== MEDIA_TYPES.helmChart) {
    dependencies.warning(
      `${target.reference} uses the legacy chart layer type ${inspection.chartLayer.mediaType}; Helm still pulls it, with a warning.`
    )
  }
  // The config and the archive both follow from the manifest: ask for both at once, one round trip.
  // Always read the archive: a tag whose archive is gone cannot be deployed, values or not.
  // The config decides first; the archive's answer is awaited too, so that it never goes unheard.
  const [configRead, archiveRead] = await Promise.allSettled([
    client.fetchBlob(target.repository, inspection.config, MAX_CONFIG_BYTES),
    dependencies.archives === undefined
      ? client.fetchBlob(target.repository, inspection.chartLayer, MAX_CHART_BYTES)
      : dependencies.archives.read(
          client,
          target.repository,
          inspection.chartLayer,
          MAX_CHART_BYTES
        )
  ])
  if (configRead.status === 'rejected') throw configRead.reason
  const config = configRead.value
  if (config === undefined)
    return {
      verdict: 'missing-content',
      reason: `its config blob ${inspection.config.digest} is missing`
    }
  const judgement = judgeChartConfig(target.chart, config)
  if (!judgement.ok) return judgement.finding
  if (archiveRead.status === 'rejected') throw archiveRead.reason
  const archive = archiveRead.value
  if (archive === undefined)
    return {
      verdict: 'missing-content',
      reason: `its chart archive ${inspection.chartLayer.digest} is missing`
    }
  return {
    target,
    digest: lookup.digest,
    manifest: inspection,
    metadata: judgement.metadata,
    requirements: judgement.requirements,
    // Read whatever the layer says: one check may serve layers with and without their own values.
    contents: readChartArchive(archive)
  }
}

async function missingChart(
  client: RegistryClient,
  target: ChartTarget,
  errorCode: string | undefined,
  dependencies: VerifyDependencies
): Promise<Finding> {
  let list: TagList | undefined
  try {
    list = await client.listTags(target.repository)
  } catch (error) {
    // The version is missing either way; a registry that will not list tags only costs the suggestions.
    if (!isGateError(error)) throw error
    dependencies.warning(`Could not list the versions of ${target.repository}: ${error.message}`)
    if (errorCode === 'NAME_UNKNOWN') return { verdict: 'missing-repository' }
    return {
      verdict: 'missing-version',
      nearest: [],
      listing: { listed: false, reason: error.message, denied: error instanceof PermissionError }
    }
  }
  if (list === undefined) return { verdict: 'missing-repository' }
  if (list.incomplete !== undefined)
    dependencies.warning(
      `The versions of ${target.repository} were not all listed: ${list.incomplete}`
    )
  return {
    verdict: 'missing-version',
    nearest: nearestVersions(target.chart.version, list.tags),
    listing: {
      listed: true,
      tags: list.tags,
      incomplete: list.incomplete
    }
  }
}
