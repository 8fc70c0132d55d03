// One request, start to finish: plan, credentials, registry reads, verdict, layer.
import { readChartValues } from '../helm/chart-archive.js'
import {
  credentialSourceFor,
  credentialsRequiredNotice,
  type CredentialContext
} from './credentials.js'
import { Deadline } from '../deadline.js'
import { ConfigurationError, isGateError, PermissionError } from '../errors.js'
import { buildManifestDocument, buildPackEntry, type VerifiedChart } from '../palette/layer.js'
import { RegistryAuthenticator } from '../registry/auth.js'
import { HttpTransport, type RetryPolicy } from '../registry/http.js'
import { proxySettingsFromEnv } from '../registry/proxy.js'
import { RegistryClient, type TagList } from '../registry/client.js'
import { packRegistryFor, planChecks, type ChartTarget } from './plan.js'
import {
  judgeRegions,
  warrantsFallback,
  type GateOutcome,
  type RegionCheck,
  type TargetResult
} from './region-verdict.js'
import type { Request } from '../inputs/request.js'
import {
  describeFinding,
  inspectManifest,
  judgeChartConfig,
  MEDIA_TYPES,
  type Finding
} from '../helm/verdict.js'
import { nearestVersions } from '../helm/versions.js'

export interface GateDependencies extends Omit<CredentialContext, 'timeoutMs' | 'deadline'> {
  warning: (message: string) => void
  now: () => Date
  retry?: RetryPolicy
}

export type { GateOutcome, RegionCheck, TargetResult } from './region-verdict.js'

const MAX_CONFIG_BYTES = 1024 * 1024
const MAX_CHART_BYTES = 32 * 1024 * 1024

export async function runGate(
  request: Request,
  dependencies: GateDependencies
): Promise<GateOutcome> {
  const plan = planChecks(request)
  const deadline = new Deadline(request.deadlineMs)
  const credentials = await credentialSourceFor(request, {
    ...dependencies,
    timeoutMs: request.timeoutMs,
    deadline
  })
  const transport = new HttpTransport({
    timeoutMs: request.timeoutMs,
    deadline,
    insecureSkipVerify: request.tls.insecureSkipVerify,
    ...(request.tls.caCertificates === undefined
      ? {}
      : { caCertificates: request.tls.caCertificates }),
    ...(dependencies.retry === undefined ? {} : { retry: dependencies.retry }),
    proxy: proxySettingsFromEnv(dependencies.environment),
    debug: dependencies.debug
  })
  const requiredNotice = credentialsRequiredNotice(request)
  const packRegistry = packRegistryFor(request)
  const check = async (target: ChartTarget): Promise<TargetResult> => {
    const authenticator = new RegistryAuthenticator(
      await credentials(target),
      transport,
      dependencies.mask,
      target.endpoint.authority,
      requiredNotice
    )
    const client = new RegistryClient(target.endpoint, transport, authenticator)
    const verified = await verifyChart(client, request, target, dependencies)
    if ('verdict' in verified)
      return { valid: false, target, finding: verified, ...describeFinding(target, verified) }
    return {
      valid: true,
      target,
      chart: verified,
      layer: buildPackEntry(request.layer, packRegistry, verified),
      document: buildManifestDocument(request.layer, packRegistry, verified, dependencies.now())
    }
  }
  try {
    let fallback: Promise<TargetResult> | undefined
    const checks: RegionCheck[] = []
    // With several regions (or a fallback), a failing region is one row of the verdict, not the end.
    const checkOrRecord = async (target: ChartTarget): Promise<TargetResult> => {
      try {
        return await check(target)
      } catch (error) {
        // A configuration error is the same in every region: it ends the run.
        if (!isGateError(error) || error instanceof ConfigurationError) throw error
        const reason = `${error.title}: ${error.message}`
        return {
          valid: false,
          target,
          finding: { verdict: 'error', reason },
          message: reason,
          hint: error.hint
        }
      }
    }
    for (const target of plan.deployment) {
      const result = await (plan.deployment.length > 1 ? checkOrRecord(target) : check(target))
      if (
        plan.fallback !== undefined &&
        plan.fallback.region !== target.region &&
        warrantsFallback(result)
      ) {
        dependencies.debug(
          `${target.reference} is missing; looking in the default region ${plan.fallback.region ?? ''}`
        )
        fallback ??= checkOrRecord(plan.fallback)
        checks.push({ region: target.region, result: await fallback, fellBackFrom: result })
      } else {
        checks.push({ region: target.region, result })
      }
    }
    const [first, ...rest] = checks
    if (first === undefined) throw new Error('runGate: the plan has no target')
    return judgeRegions([first, ...rest], plan.requireAll)
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
  const config = await client.fetchBlob(target.repository, inspection.config, MAX_CONFIG_BYTES)
  if (config === undefined)
    return {
      verdict: 'missing-content',
      reason: `its config blob ${inspection.config.digest} is missing`
    }
  const judgement = judgeChartConfig(target.chart, config)
  if (!judgement.ok) return judgement.finding
  // Always read the chart archive: a tag whose archive is gone cannot be deployed, values or not.
  const archive = await client.fetchBlob(target.repository, inspection.chartLayer, MAX_CHART_BYTES)
  if (archive === undefined)
    return {
      verdict: 'missing-content',
      reason: `its chart archive ${inspection.chartLayer.digest} is missing`
    }
  const chartValues = request.layer.values === undefined ? readChartValues(archive) : undefined
  return {
    target,
    digest: lookup.digest,
    manifest: inspection,
    metadata: judgement.metadata,
    chartValues
  }
}

async function missingChart(
  client: RegistryClient,
  target: ChartTarget,
  errorCode: string | undefined,
  dependencies: GateDependencies
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
      ...(list.incomplete === undefined ? {} : { incomplete: list.incomplete })
    }
  }
}
