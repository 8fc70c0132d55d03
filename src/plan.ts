// Where a chart lives in each region: endpoint, repository and tag, as Helm and Palette compute them.
import type { Endpoint } from './endpoint.js'
import type { ChartRef, RegionalEndpoint, Request } from './request.js'

export interface ChartTarget {
  chart: ChartRef
  endpoint: Endpoint
  /** The AWS region this target stands for; undefined for a registry outside AWS. */
  region: string | undefined
  /** base-content-path/chart */
  repository: string
  /** The OCI tag: the version with '+' written as '_'. */
  tag: string
  /** host[:port]/repository:tag, as `helm pull oci://` would name it. */
  reference: string
}

export interface CheckPlan {
  deployment: [ChartTarget, ...ChartTarget[]]
  fallback?: ChartTarget
  requireAll: boolean
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

export function planChecks(request: Request): CheckPlan {
  const { endpoints } = request.registry
  const [first, ...rest] = endpoints.deployment
  return {
    deployment: [targetFor(request, first), ...rest.map(entry => targetFor(request, entry))],
    ...(endpoints.fallback === undefined
      ? {}
      : { fallback: targetFor(request, endpoints.fallback) }),
    requireAll: endpoints.requireAll
  }
}

function targetFor(request: Request, { region, endpoint }: RegionalEndpoint): ChartTarget {
  const repository = repositoryFor(request.registry.baseContentPath, request.chart.name)
  const tag = tagForVersion(request.chart.version)
  return {
    chart: request.chart,
    endpoint,
    region,
    repository,
    tag,
    reference: `${endpoint.authority}/${repository}:${tag}`
  }
}
