// Every layer of every profile in one run: identical charts checked once, at most `concurrency`
// requests in flight to each registry, one session (deadline, connections, tokens) for all. Never stops at the first
// failure: each layer gets its own result, and a registry that is down fails only its own layers.
import { Deadline } from '../deadline.js'
import { isGateError } from '../errors.js'
import type { PlannedLayer } from '../inputs/layer-plan.js'
import type { ProfileBatch } from '../inputs/profile-files.js'
import {
  buildPackEntry,
  type DeploymentRecord,
  type PackEntry,
  type VerifiedChart
} from '../palette/layer.js'
import { deploymentRecord, withDeployChecks } from './deploy-outcome.js'
import type { DeclaredLayer, SkippedPack } from '../palette/profile.js'
import { packRegistryFor, repositoryFor } from './plan.js'
import type { GateOutcome } from './region-verdict.js'
import { GateSession, type GateDependencies } from './session.js'

/** Checks in flight at once over all registries; each holds at most one chart archive. */
const MAX_CHECKS_AT_ONCE = 64

export type LayerStatus = 'valid' | 'invalid' | 'skipped' | 'error'

export interface LayerResult {
  file: string
  line: number
  registry: string
  chart: string
  version: string
  region: string | null
  status: LayerStatus
  digest: string | null
  reason: string | null
  hint: string | null
  /** The deploy checks that ran and failed; null when none ran (deploy-checks: false, not found). */
  deploy: DeploymentRecord | null
  /** The validated pack entry, with the layer's own values (valid layers only). */
  pack?: PackEntry
  /** oci:// reference of the chart checked (valid layers only). */
  reference?: string
}

/** A result as outputs and JSON show it: where, what, the verdict, its evidence and what to do. */
export function resultRow(result: LayerResult) {
  const { file, line, registry, chart, version, region, status, digest, reason, hint, deploy } =
    result
  return { file, line, registry, chart, version, region, status, digest, reason, hint, deploy }
}

export interface BatchOutcome {
  results: LayerResult[]
  /** Every checked layer is valid (skipped packs do not count). */
  valid: boolean
  counts: Record<LayerStatus, number> & { layers: number }
}

export interface BatchSettings {
  concurrency: number
  timeoutMs: number
  deadlineMs: number
  /** Called as each layer gets its result. */
  onProgress?: ((done: number, total: number) => void) | undefined
}

export async function runBatch(
  batch: ProfileBatch,
  dependencies: GateDependencies,
  settings: BatchSettings
): Promise<BatchOutcome> {
  const session = new GateSession(
    dependencies,
    new Deadline(settings.deadlineMs),
    settings.timeoutMs,
    settings.concurrency
  )
  const registries = new Set<string>()
  for (const planned of batch.layers) {
    if (planned.request === undefined) continue
    const { baseContentPath } = planned.request.registry
    registries.add(planned.registry)
    session.expectRepositories(planned.registry, [
      repositoryFor(baseContentPath, planned.request.chart.name)
    ])
  }
  // Requests are paced per registry (`concurrency` in flight to each); checks in flight are bounded
  // for the whole run, so that a profile naming many registries cannot hold many archives at once.
  const limit = limiter(Math.min(MAX_CHECKS_AT_ONCE, settings.concurrency * registries.size))
  const checks = new Map<string, Promise<GateOutcome | Error>>()
  const checkOnce = (planned: Extract<PlannedLayer, { request: object }>) => {
    const { request } = planned
    const key = [planned.registry, request.chart.name, request.chart.version].join('\n')
    let check = checks.get(key)
    if (check === undefined) {
      // A registry's first exchange runs alone (see RegistryAuthenticator.exchange), not its first check.
      check = limit(() => session.check(request, planned.registry)).catch((error: unknown) => {
        // A registry that fails (unreachable, refused, timed out) fails its own layers only.
        if (isGateError(error)) return error
        throw error
      })
      checks.set(key, check)
    }
    return check
  }
  const resultFor = async (planned: PlannedLayer): Promise<LayerResult> => {
    const { request } = planned
    if (request === undefined) return finding(planned, planned.finding)
    const checked = await checkOnce({ ...planned, request })
    if (checked instanceof Error) {
      const title = isGateError(checked) ? `${checked.title}: ` : ''
      return {
        ...base(planned.layer, planned.registry),
        status: 'error',
        reason: `${title}${checked.message}`,
        hint: isGateError(checked) ? checked.hint : null
      }
    }
    // One check may serve several layers; each is judged on its own Kubernetes.
    const outcome = await withDeployChecks(checked, request.deploy, request.layer.values)
    const deploy = outcome.deployment === undefined ? null : deploymentRecord(outcome.deployment)
    for (const warning of outcome.deployment?.warnings ?? [])
      dependencies.warning(`${planned.layer.file}:${planned.layer.line}: ${warning}`)
    if (!outcome.valid) {
      const allErrors = outcome.checks.every(
        check =>
          check.result.valid === false &&
          'finding' in check.result &&
          check.result.finding.verdict === 'error'
      )
      return {
        ...base(planned.layer, planned.registry),
        status: allErrors ? 'error' : 'invalid',
        // Found, and refused by the deploy checks: the digest is the evidence of what was judged.
        digest: checked.valid ? checked.chosen.chart.digest : null,
        reason: outcome.message,
        hint: outcome.hint,
        deploy
      }
    }
    const { chosen } = outcome
    return {
      ...base(planned.layer, planned.registry),
      region: chosen.target.region ?? null,
      status: 'valid',
      digest: chosen.chart.digest,
      deploy,
      pack: buildPackEntry(
        request.layer,
        packRegistryFor(request),
        chosen.chart satisfies VerifiedChart
      ),
      reference: `oci://${chosen.target.reference}`
    }
  }
  let done = 0
  const report = (result: LayerResult): LayerResult => {
    settings.onProgress?.(++done, batch.layers.length)
    return result
  }
  try {
    // A run with nothing to check (a pull request that changes no profile) fetches no archives.
    if (batch.layers.some(planned => planned.request !== undefined)) await session.openArchives()
    // Every check settles before the session (and its shared agent) closes, even after a bug.
    const settled = await Promise.allSettled(
      batch.layers.map(async (planned): Promise<LayerResult> => report(await resultFor(planned)))
    )
    const results = settled.map(outcome => {
      if (outcome.status === 'rejected') throw outcome.reason
      return outcome.value
    })
    await session.keepArchives()
    return outcomeOf([...results, ...batch.skipped.map(skippedResult)])
  } finally {
    session.close()
  }
}

/** The verdict over every result: valid when none is invalid or an error. */
export function outcomeOf(results: LayerResult[]): BatchOutcome {
  const counts = { layers: results.length, valid: 0, invalid: 0, skipped: 0, error: 0 }
  for (const result of results) counts[result.status]++
  return { results, valid: counts.invalid === 0 && counts.error === 0, counts }
}

function base(layer: DeclaredLayer, registry: string): LayerResult {
  return {
    file: layer.file,
    line: layer.line,
    registry,
    chart: layer.chart,
    version: layer.version,
    region: null,
    status: 'invalid',
    digest: null,
    reason: null,
    hint: null,
    deploy: null
  }
}

function finding(
  planned: PlannedLayer,
  { reason, hint }: { reason: string; hint: string }
): LayerResult {
  return { ...base(planned.layer, planned.registry), status: 'invalid', reason, hint }
}

function skippedResult(pack: SkippedPack): LayerResult {
  return {
    file: pack.file,
    line: pack.line,
    registry: '',
    chart: pack.name,
    version: '',
    region: null,
    status: 'skipped',
    digest: null,
    reason: `a ${pack.type} pack is not a Helm chart from an OCI registry; not checked`,
    hint: null,
    deploy: null
  }
}

/** Runs at most `limit` tasks at once, in the order they were asked for. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>(resolve => waiting.push(resolve))
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}
