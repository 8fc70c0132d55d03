// One verdict over every region checked: Palette's default-region fallback, and the release gate's
// "every region, one digest". Pure.
import type { ManifestDocument, PackEntry, VerifiedChart } from '../palette/layer.js'
import type { ChartTarget } from './plan.js'
import type { Finding } from '../helm/chart.js'
import type { DeployVerdict } from './deploy-checks.js'

export type TargetResult =
  | {
      valid: true
      target: ChartTarget
      chart: VerifiedChart
      layer: PackEntry
      document: ManifestDocument
    }
  | { valid: false; target: ChartTarget; finding: RegionFinding; message: string; hint: string }

/** What was wrong with the chart, or, for one region of several, that it could not be checked at all. */
export type RegionFinding = Finding | { verdict: 'error'; reason: string }

export type ValidResult = Extract<TargetResult, { valid: true }>

export interface RegionCheck {
  /** The deployment region asked for (undefined for a registry outside AWS). */
  region: string | undefined
  /** The result where the chart was looked for last: the default region after a fallback. */
  result: TargetResult
  /** The deployment region's own result, when the gate fell back to the default region. */
  fellBackFrom?: TargetResult
}

export type GateOutcome =
  | {
      valid: true
      checks: RegionCheck[]
      /** The first region's result: its digest and layer are the outputs. */
      chosen: ValidResult
      /** Whether the chosen region's chart came from the default region. */
      usedDefaultRegion: boolean
      /** More than one means the regions hold different builds (allowed without require-all-regions). */
      distinctDigests: number
      /** The deploy checks of the chosen chart (absent with deploy-checks: false). */
      deployment?: DeployVerdict
    }
  | {
      valid: false
      checks: RegionCheck[]
      verdict: string
      message: string
      hint: string
      /** Present when the chart was found and Helm would refuse it. */
      deployment?: DeployVerdict
    }

/** Palette falls back to the default region when the deployment region lacks the chart. */
export function warrantsFallback(result: TargetResult): boolean {
  return (
    !result.valid &&
    (result.finding.verdict === 'missing-version' ||
      result.finding.verdict === 'missing-repository')
  )
}

export function judgeRegions(
  checks: [RegionCheck, ...RegionCheck[]],
  requireAll: boolean
): GateOutcome {
  const failed = checks.filter(check => !check.result.valid)
  const [firstFailed] = failed
  if (firstFailed !== undefined && !firstFailed.result.valid) {
    const { result } = firstFailed
    if (checks.length === 1) {
      const primary = firstFailed.fellBackFrom
      const message =
        primary === undefined || primary.valid
          ? result.message
          : result.finding.verdict === 'error'
            ? `${primary.message}; the default region ${result.target.region ?? ''} could not be checked: ${result.message}`
            : `${primary.message}; the default region ${result.target.region ?? ''} does not have it either (${result.finding.verdict})`
      const hint = primary === undefined || primary.valid ? result.hint : primary.hint
      return { valid: false, checks, verdict: result.finding.verdict, message, hint }
    }
    const lines = failed.map(check =>
      check.result.valid ? '' : `${check.region ?? 'registry'}: ${check.result.message}`
    )
    const present = checks
      .filter(check => check.result.valid)
      .map(check => check.region ?? 'registry')
    return {
      valid: false,
      checks,
      verdict: result.finding.verdict,
      message: `The chart is not valid in ${failed.length} of ${checks.length} regions${present.length > 0 ? ` (valid in ${present.join(', ')})` : ''}:\n${lines.join('\n')}`,
      hint: result.hint
    }
  }
  const valid = checks
    .map(check => check.result)
    .filter((result): result is ValidResult => result.valid)
  const [chosen] = valid
  if (chosen === undefined) throw new Error('judgeRegions: no region was checked')
  const digests = new Set(valid.map(result => result.chart.digest))
  if (requireAll && digests.size > 1) {
    return {
      valid: false,
      checks,
      verdict: 'regions-disagree',
      message: `The regions hold different charts under ${chosen.target.chart.name} ${chosen.target.chart.version}:\n${valid
        .map(result => `${result.target.region ?? 'registry'}: ${result.chart.digest}`)
        .join('\n')}`,
      hint: 'A release needs one identical chart in every region: push the same chart everywhere (or replicate it from one region with ECR replication), then run the gate again.'
    }
  }
  return {
    valid: true,
    checks,
    chosen,
    usedDefaultRegion: checks[0].fellBackFrom !== undefined,
    distinctDigests: digests.size
  }
}

/** Region by region, for the region-results output: where the chart is, with which digest. */
export function regionResults(
  checks: readonly RegionCheck[]
): Array<Record<string, string | boolean | null>> {
  return checks.map(check => {
    const own = check.fellBackFrom ?? check.result
    return {
      region: check.region ?? null,
      present: own.valid,
      digest: check.result.valid ? check.result.chart.digest : null,
      usedDefaultRegion: check.fellBackFrom !== undefined,
      resolvedRegion: check.result.valid ? (check.result.target.region ?? null) : null
    }
  })
}
