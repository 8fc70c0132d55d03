// The endpoint and the regions it is checked in: Palette's region variable, the region an ECR host
// names, the deployment regions, the default-region fallback and the all-regions release gate. Pure.
import { parseEcrHost, partitionOfRegion } from '../aws/partitions.js'
import { shown } from '../errors.js'
import { parseEndpoint, type Endpoint } from '../palette/endpoint.js'
import { parseBoolean, type Problem } from './request-auth.js'
import type { InputName, RawInputs } from './input-names.js'
import {
  fillRegion,
  hasRegionVariable,
  isRegion,
  parseRegionList,
  unknownTemplateVariables
} from '../palette/regions.js'

export interface RegionalEndpoint {
  /** The AWS region this endpoint stands for; undefined for a registry outside AWS. */
  region: string | undefined
  endpoint: Endpoint
}

export interface RegionSelection {
  /** One entry per deployment region (one entry without region for a plain registry). */
  deployment: [RegionalEndpoint, ...RegionalEndpoint[]]
  /** Where Palette looks when a deployment region lacks the chart. */
  fallback?: RegionalEndpoint | undefined
  /** The release gate: every region holds the chart with one digest, no fallback. */
  requireAll: boolean
}

/**
 * `needsRegion`: ECR with credentials must know the region to ask for a token.
 * Returns undefined when the endpoint cannot be used (the problems say why).
 */
export function parseRegions(
  raw: RawInputs,
  needsRegion: boolean,
  problem: Problem
): RegionSelection | undefined {
  const text = (input: InputName): string => (raw[input] ?? '').trim()
  const endpointText = text('endpoint')
  const regions = parseRegionList(text('region'))
  const defaultRegion = text('default-region')
  const requireAll = parseBoolean(
    text('require-all-regions'),
    false,
    'require-all-regions',
    problem
  )
  for (const region of regions.filter(region => !isRegion(region)))
    problem('region', `${shown(region)} is not an AWS region (e.g. us-east-1)`)
  if (defaultRegion !== '' && !isRegion(defaultRegion))
    problem('default-region', `${shown(defaultRegion)} is not an AWS region (e.g. us-east-1)`)
  const valid = regions.filter(isRegion)
  const fallbackRegion = defaultRegion !== '' && isRegion(defaultRegion) ? defaultRegion : undefined
  const partitions = new Set(
    [...valid, ...(fallbackRegion === undefined ? [] : [fallbackRegion])].map(partitionOfRegion)
  )
  if (partitions.size > 1) {
    problem(
      'region',
      `mixes AWS partitions (${[...partitions].join(', ')}) with default-region; one run checks one partition`
    )
  }

  const unknown = unknownTemplateVariables(endpointText)
  for (const variable of unknown) {
    problem(
      'endpoint',
      `${shown(variable)} is not a variable Palette fills; only {{.spectro.system.aws.region}} is`
    )
  }
  if (unknown.length > 0) return undefined

  if (hasRegionVariable(endpointText)) {
    const filled = valid.length > 0 ? valid : fallbackRegion === undefined ? [] : [fallbackRegion]
    if (filled.length === 0 && regions.length === 0) {
      problem(
        'region',
        'is required: the endpoint holds {{.spectro.system.aws.region}} and no region (or default-region) fills it'
      )
    }
    const at = (region: string): RegionalEndpoint | undefined =>
      regional(fillRegion(endpointText, region), region, problem)
    const deployment = filled
      .map(at)
      .filter((entry): entry is RegionalEndpoint => entry !== undefined)
    // The release gate never falls back; a default-region kept from Palette's settings is fine.
    const fallback = fallbackRegion === undefined || requireAll ? undefined : at(fallbackRegion)
    const [first, ...rest] = deployment
    if (first === undefined) return undefined
    return {
      deployment: [first, ...rest],
      fallback,
      requireAll
    }
  }

  const parsed = parseEndpoint(endpointText)
  if (!parsed.ok) {
    problem('endpoint', parsed.message)
    return undefined
  }
  if (requireAll)
    problem(
      'require-all-regions',
      'needs {{.spectro.system.aws.region}} in the endpoint, so that each region has its registry'
    )
  const ecr = parseEcrHost(parsed.endpoint.hostname)
  if (ecr !== undefined) {
    if (valid.some(region => region !== ecr.region)) {
      problem(
        'region',
        `lists ${valid.join(', ')}, but the endpoint is the ECR registry of ${ecr.region}; put {{.spectro.system.aws.region}} in the endpoint to check other regions`
      )
    }
    if (fallbackRegion !== undefined) {
      problem(
        'default-region',
        'only applies when the endpoint holds {{.spectro.system.aws.region}}; this endpoint names one region'
      )
    }
    return { deployment: [{ region: ecr.region, endpoint: parsed.endpoint }], requireAll }
  }
  // A registry outside ECR's host names (a pull-through proxy, a local registry): the region, if
  // any is needed, comes from the inputs.
  if (valid.length > 1)
    problem(
      'region',
      'lists several regions, which needs {{.spectro.system.aws.region}} in the endpoint'
    )
  const region = valid[0] ?? fallbackRegion
  if (!needsRegion && region !== undefined) {
    problem(
      valid.length > 0 ? 'region' : 'default-region',
      'applies to protected ECR or to an endpoint that holds {{.spectro.system.aws.region}}'
    )
  }
  if (needsRegion && region === undefined && regions.length === 0) {
    problem(
      'region',
      `is required: ${parsed.endpoint.hostname} is not an ECR host name, so the region to ask ECR for a token cannot be read from it`
    )
  }
  return { deployment: [{ region, endpoint: parsed.endpoint }], requireAll }
}

function regional(
  endpointText: string,
  region: string,
  problem: Problem
): RegionalEndpoint | undefined {
  const parsed = parseEndpoint(endpointText)
  if (!parsed.ok) {
    problem('endpoint', `with region ${region}: ${parsed.message}`)
    return undefined
  }
  const ecr = parseEcrHost(parsed.endpoint.hostname)
  if (ecr !== undefined && ecr.region !== region) {
    problem('endpoint', `with region ${region} names the ECR region ${ecr.region}`)
  }
  return { region, endpoint: parsed.endpoint }
}
