// One request, start to finish: plan, credentials, registry reads, verdict, layer.
import { readFile } from 'node:fs/promises'
import { inputCredentials, type CredentialSource } from './credentials.js'
import { ConfigurationError, isGateError } from './errors.js'
import { buildManifestDocument, buildPackEntry, type ManifestDocument, type PackEntry, type VerifiedChart } from './layer.js'
import { readChartValues } from './chart-archive.js'
import { RegistryAuthenticator } from './oci/auth.js'
import { HttpTransport, type RetryPolicy } from './oci/http.js'
import { RegistryClient } from './oci/registry.js'
import { planCheck, type ChartTarget } from './plan.js'
import type { Request } from './request.js'
import { describeFinding, inspectManifest, judgeChartConfig, MEDIA_TYPES, type Finding } from './verdict.js'
import { nearestVersions } from './versions.js'

export interface GateDependencies {
  /** Hides a secret from every log line from now on (core.setSecret in the action). */
  mask: (secret: string) => void
  debug: (message: string) => void
  warning: (message: string) => void
  now: () => Date
  credentials?: CredentialSource
  retry?: RetryPolicy
}

export type GateOutcome =
  | { valid: true; target: ChartTarget; chart: VerifiedChart; layer: PackEntry; document: ManifestDocument }
  | { valid: false; target: ChartTarget; finding: Finding; message: string; hint: string }

const MAX_CONFIG_BYTES = 1024 * 1024
const MAX_CHART_BYTES = 32 * 1024 * 1024

export async function runGate(request: Request, dependencies: GateDependencies): Promise<GateOutcome> {
  const target = planCheck(request)
  const caCertificates = await loadCaCertificate(request)
  const credentials = await (dependencies.credentials ?? inputCredentials)(request)
  const transport = new HttpTransport({
    timeoutMs: request.timeoutMs,
    insecureSkipVerify: request.tls.insecureSkipVerify,
    ...(caCertificates === undefined ? {} : { caCertificates }),
    ...(dependencies.retry === undefined ? {} : { retry: dependencies.retry }),
    debug: dependencies.debug
  })
  try {
    const authenticator = new RegistryAuthenticator(credentials, transport, dependencies.mask, target.endpoint.authority)
    const client = new RegistryClient(target.endpoint, transport, authenticator)
    const finding = await verifyChart(client, request, target, dependencies)
    if ('verdict' in finding) return { valid: false, target, finding, ...describeFinding(target, finding) }
    return {
      valid: true,
      target,
      chart: finding,
      layer: buildPackEntry(request, finding),
      document: buildManifestDocument(request, finding, dependencies.now())
    }
  } finally {
    transport.close()
  }
}

async function verifyChart(
  client: RegistryClient,
  request: Request,
  target: ChartTarget,
  dependencies: GateDependencies
): Promise<VerifiedChart | Finding> {
  dependencies.debug(`Checking oci://${target.reference}`)
  const lookup = await client.fetchManifest(target.repository, target.tag)
  if (!lookup.found) {
    dependencies.debug(`Manifest not found (${lookup.errorCode ?? 'no error code'}); listing tags`)
    return missingChart(client, target, dependencies)
  }
  const inspection = inspectManifest(lookup.bytes, lookup.contentType)
  if (inspection.kind === 'not-a-chart') return { verdict: 'not-a-chart', reason: inspection.reason }
  if (inspection.chartLayer.mediaType !== MEDIA_TYPES.helmChart) {
    dependencies.warning(`${target.reference} uses the legacy chart layer type ${inspection.chartLayer.mediaType}; Helm still pulls it, with a warning.`)
  }
  const config = await client.fetchBlob(target.repository, inspection.config, MAX_CONFIG_BYTES)
  const judgement = judgeChartConfig(target.chart, config)
  if (!judgement.ok) return judgement.finding
  const chartValues =
    request.layer.values === undefined
      ? readChartValues(await client.fetchBlob(target.repository, inspection.chartLayer, MAX_CHART_BYTES))
      : undefined
  return { target, digest: lookup.digest, manifest: inspection, metadata: judgement.metadata, chartValues }
}

async function missingChart(client: RegistryClient, target: ChartTarget, dependencies: GateDependencies): Promise<Finding> {
  try {
    const tags = await client.listTags(target.repository)
    if (tags === undefined) return { verdict: 'missing-repository' }
    return { verdict: 'missing-version', nearest: nearestVersions(target.chart.version, tags) }
  } catch (error) {
    // The version is missing either way; a registry that will not list tags only costs the suggestions.
    if (!isGateError(error)) throw error
    dependencies.warning(`Could not list the versions of ${target.repository}: ${error.message}`)
    return { verdict: 'missing-version', nearest: [] }
  }
}

async function loadCaCertificate(request: Request): Promise<string | undefined> {
  const ca = request.tls.caCertificate
  if (ca === undefined) return undefined
  if (ca.source === 'inline') return ca.pem
  try {
    const pem = await readFile(ca.path, 'utf8')
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new ConfigurationError([{ input: 'ca-certificate', message: `${ca.path} holds no PEM certificate` }])
    }
    return pem
  } catch (error) {
    if (isGateError(error)) throw error
    throw new ConfigurationError([
      { input: 'ca-certificate', message: `is neither PEM text nor a readable file: ${ca.path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }
    ])
  }
}
