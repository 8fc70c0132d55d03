// Where a chart lives in each region: endpoint, repository and tag, as Helm and Palette compute them.
import type { Endpoint } from '../palette/endpoint.js'
import { tagForVersion } from '../helm/tags.js'
import { usesCredentials } from '../inputs/request-auth.js'
import type { PackRegistry } from '../palette/layer.js'
import type { ChartRef, RegionalEndpoint, Request } from '../inputs/request.js'

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

export function repositoryFor(baseContentPath: string, chartName: string): string {
  return baseContentPath === '' ? chartName : `${baseContentPath}/${chartName}`
}

/** The registry as the layer names it: Palette's name and uid, and whether it needs credentials. */
export function packRegistryFor(request: Request): PackRegistry {
  const { registry } = request
  return {
    name: registry.name,
    ...(registry.uid === undefined ? {} : { uid: registry.uid }),
    isPrivate: usesCredentials(registry.auth)
  }
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
