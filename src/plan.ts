// Where a chart lives: endpoint, repository and tag, as Helm and Palette compute them.
import type { Endpoint } from './endpoint.js'
import type { ChartRef, Request } from './request.js'

export interface ChartTarget {
  chart: ChartRef
  endpoint: Endpoint
  /** base-content-path/chart */
  repository: string
  /** The OCI tag: the version with '+' written as '_'. */
  tag: string
  /** host[:port]/repository:tag, as `helm pull oci://` would name it. */
  reference: string
}

// OCI tags cannot hold '+', so Helm stores build metadata with '_' instead.
export function tagForVersion(version: string): string {
  return version.replaceAll('+', '_')
}

export function versionForTag(tag: string): string {
  return tag.replaceAll('_', '+')
}

export function repositoryFor(baseContentPath: string, chartName: string): string {
  return baseContentPath === '' ? chartName : `${baseContentPath}/${chartName}`
}

export function planCheck(request: Request): ChartTarget {
  const { endpoint, baseContentPath } = request.registry
  const repository = repositoryFor(baseContentPath, request.chart.name)
  const tag = tagForVersion(request.chart.version)
  return {
    chart: request.chart,
    endpoint,
    repository,
    tag,
    reference: `${endpoint.authority}/${repository}:${tag}`
  }
}
