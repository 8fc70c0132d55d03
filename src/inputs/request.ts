// Inputs (from the action or the command line) -> a typed Request. Pure: no I/O here, and every
// problem is collected so the user sees them all at once, before any request is sent.
import { ConfigurationError, type InputProblem, shown } from '../errors.js'
import { partitionOfRegion } from '../aws/partitions.js'
import { isLoopbackHost } from '../registry/registry-endpoint.js'
import { parseAuth, parseBoolean, usesCredentials, type RegistryAuth } from './request-auth.js'
import { parseRegions, type RegionSelection } from './request-regions.js'
import { parseCaBundle, type CaBundleResult } from './certificates.js'
import { oneOf, parseLayerInputs, PATH_COMPONENT, type LayerInputs } from './request-layer.js'
import { INPUT_NAMES, type InputName, type RawInputs } from './input-names.js'

export { INPUT_NAMES, SECRET_INPUTS, VERBATIM_INPUTS } from './input-names.js'
export type { InputName, RawInputs } from './input-names.js'

export type { RegistryAuth } from './request-auth.js'
export type { RegionalEndpoint, RegionSelection } from './request-regions.js'
export type { LayerInputs } from './request-layer.js'
export { checkChartName, checkExactVersion, MAX_REPOSITORY_LENGTH } from './request-layer.js'

/** What the edge read for inputs that name a file (see input-files.ts). */
export type InputFiles = Partial<
  Record<'ca-certificate', { path: string; text: string } | { path: string; error: string }>
>

import type { ChartRef } from '../helm/chart.js'
import { choiceFromInput, type KubernetesChoice } from '../palette/kubernetes-target.js'
import type { LayerType, OutputFormat } from '../palette/layer.js'
export type { ChartRef, LayerType, OutputFormat }

export interface Request {
  registry: {
    name: string
    uid?: string
    /** The endpoint in each region it is checked in, and the fallback. */
    endpoints: RegionSelection
    baseContentPath: string
    auth: RegistryAuth
  }
  /** caCertificates: a checked PEM bundle, trusted besides the default roots. */
  tls: { caCertificates?: string; insecureSkipVerify: boolean }
  chart: ChartRef
  layer: { type: LayerType; values?: string }
  deploy: DeploySettings
  output: { file?: string; format: OutputFormat }
  /** Each request's own timeout. */
  timeoutMs: number
  /** The whole run's: what is unanswered by then is reported as timed out. */
  deadlineMs: number
}

/** Whether "valid" means Helm will install the layer, and on which Kubernetes. */
export interface DeploySettings {
  /** deploy-checks: false keeps "valid" to "the chart version exists and is a Helm chart". */
  checks: boolean
  /** The Kubernetes the chart installs on: from kubernetes-version, or a profile's k8s layer. */
  kubernetes: KubernetesChoice
  /** Whether kubernetes-version set it, so that a profile's Kubernetes layer does not replace it. */
  fromInput: boolean
  /** Where the layer's values text starts in its profile file, to name the line of a value. */
  valuesAt?: { file: string; line: number; block: boolean } | undefined
  /** The profile variables the layer's profile declares; undefined where none can be (one chart). */
  variables?: readonly string[] | undefined
}

const DEFAULT_TIMEOUT_SECONDS = 30
const MAX_TIMEOUT_SECONDS = 600
const MAX_DEADLINE_SECONDS = 3600

export function parseRequest(raw: RawInputs, files: InputFiles = {}): Request {
  const problems: InputProblem[] = []
  const problem = (input: InputName, message: string): void => {
    problems.push({ input, message })
  }
  const text = (input: InputName): string => (raw[input] ?? '').trim()

  const auth = parseAuth(raw, problem)
  const endpoints = parseRegions(raw, auth.type === 'ecr' && auth.protected, problem)
  const everyEndpoint =
    endpoints === undefined
      ? []
      : [...endpoints.deployment, ...(endpoints.fallback === undefined ? [] : [endpoints.fallback])]
  const firstRegion = everyEndpoint.find(entry => entry.region !== undefined)?.region
  if (auth.type === 'ecr' && auth.protected && firstRegion !== undefined) {
    const partition = partitionOfRegion(firstRegion)
    for (const arn of auth.aws.roleChain) {
      const arnPartition = arn.split(':')[1]
      if (arnPartition !== partition) {
        problem(
          'role-arn',
          `${shown(arn)} is in the ${arnPartition ?? '?'} partition, the regions in ${partition}`
        )
      }
    }
  }
  for (const { endpoint } of everyEndpoint) {
    if (usesCredentials(auth) && endpoint.scheme === 'http' && !isLoopbackHost(endpoint.hostname)) {
      problem(
        'endpoint',
        `is plain http:// to ${endpoint.authority}; the credentials would travel in clear text: use https://`
      )
    }
  }

  const baseContentPath = text('base-content-path').replace(/^\/+|\/+$/g, '')
  if (baseContentPath !== '') {
    const bad = baseContentPath.split('/').find(component => !PATH_COMPONENT.test(component))
    if (bad !== undefined) {
      problem(
        'base-content-path',
        `${shown(baseContentPath)} is not a repository path: ${shown(bad)} must be lowercase letters and digits, separated by '.', '_' or '-'`
      )
    }
  }

  const layer = parseLayerInputs(
    {
      chart: text('chart'),
      version: text('version'),
      layerType: text('layer-type'),
      values: raw.values ?? ''
    },
    baseContentPath,
    problem
  )
  const outputFile = text('output-file')
  const outputFormat = oneOf(
    text('output-format') || (outputFile.toLowerCase().endsWith('.json') ? 'json' : 'yaml'),
    ['yaml', 'json'] as const,
    'output-format',
    problem
  )
  const insecureSkipVerify = parseBoolean(
    text('insecure-skip-tls-verify'),
    false,
    'insecure-skip-tls-verify',
    problem
  )
  const timeoutSeconds =
    parseSeconds(text('timeout-seconds'), MAX_TIMEOUT_SECONDS, 'timeout-seconds', problem) ??
    DEFAULT_TIMEOUT_SECONDS
  // Twice the request timeout by default: one stalled request and its retry, never four.
  const deadlineSeconds =
    parseSeconds(text('deadline-seconds'), MAX_DEADLINE_SECONDS, 'deadline-seconds', problem) ??
    2 * timeoutSeconds
  const caCertificates = parseCaInput(text('ca-certificate'), files, problem)
  const deploy = parseDeploySettings(
    text('deploy-checks'),
    raw['kubernetes-version'] ?? '',
    problem
  )
  if (problems.length > 0 || endpoints === undefined) throw inputOrder(problems)

  const registryUid = text('registry-uid')
  return {
    registry: {
      name: text('registry-name') || endpoints.deployment[0].endpoint.authority,
      ...(registryUid === '' ? {} : { uid: registryUid }),
      endpoints,
      baseContentPath,
      auth
    },
    tls: { ...(caCertificates === undefined ? {} : { caCertificates }), insecureSkipVerify },
    chart: layer.chart,
    layer: layer.layer,
    deploy,
    output: { ...(outputFile === '' ? {} : { file: outputFile }), format: outputFormat },
    timeoutMs: timeoutSeconds * 1000,
    deadlineMs: deadlineSeconds * 1000
  }
}

function parseDeploySettings(
  checks: string,
  kubernetesVersion: string,
  problem: (input: InputName, message: string) => void
): DeploySettings {
  const enabled = parseBoolean(checks, true, 'deploy-checks', problem)
  const choice = choiceFromInput(kubernetesVersion)
  if (choice !== undefined && 'problem' in choice) problem('kubernetes-version', choice.problem)
  return choice === undefined || 'problem' in choice
    ? {
        checks: enabled,
        kubernetes: { known: false, reason: 'kubernetes-version is not set' },
        fromInput: false
      }
    : { checks: enabled, kubernetes: choice, fromInput: true }
}

function parseCaInput(
  value: string,
  files: InputFiles,
  problem: (input: InputName, message: string) => void
): string | undefined {
  if (value === '') return undefined
  const file = files['ca-certificate']
  let bundle: CaBundleResult
  if (value.includes('-----BEGIN')) bundle = parseCaBundle(value, 'the PEM text')
  else if (file === undefined || file.path !== value)
    bundle = { ok: false, message: `the file ${value} was not read` }
  else if ('error' in file)
    bundle = {
      ok: false,
      message: `is neither PEM text nor a readable file: ${value} (${file.error})`
    }
  else bundle = parseCaBundle(file.text, value)
  if (bundle.ok) return bundle.pem
  problem('ca-certificate', bundle.message)
  return undefined
}

/** The problems in the order of the inputs, however the checks ran. */
export function inputOrder(problems: readonly InputProblem[]): ConfigurationError {
  const order = (problem: InputProblem): number =>
    INPUT_NAMES.findIndex(name => name === problem.input)
  return new ConfigurationError([...problems].sort((a, b) => order(a) - order(b)))
}

/**
 * The request for one layer of a registry whose settings are parsed already: only the layer's own
 * inputs (chart, version, layer type, values) are checked, with the registry's TLS material as read.
 */
export function requestForLayer(registry: Request, inputs: LayerInputs): Request {
  const problems: InputProblem[] = []
  const layer = parseLayerInputs(inputs, registry.registry.baseContentPath, (input, message) =>
    problems.push({ input, message })
  )
  if (problems.length > 0) throw inputOrder(problems)
  return { ...registry, chart: layer.chart, layer: layer.layer }
}

/**
 * timeout-seconds for calls outside the check (GitHub, the Actions cache): as the check reads it,
 * with the default for a value the check itself will refuse.
 */
export function timeoutSecondsOf(raw: RawInputs): number {
  const value = (raw['timeout-seconds'] ?? '').trim()
  return (
    parseSeconds(value, MAX_TIMEOUT_SECONDS, 'timeout-seconds', () => undefined) ??
    DEFAULT_TIMEOUT_SECONDS
  )
}

function parseSeconds(
  value: string,
  max: number,
  input: InputName,
  problem: (input: InputName, message: string) => void
): number | undefined {
  if (value === '') return undefined
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || seconds < 1 || seconds > max) {
    problem(input, `${shown(value)} is not a number of seconds between 1 and ${max}`)
    return undefined
  }
  return seconds
}
