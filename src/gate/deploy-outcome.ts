// A checked outcome judged for installing: the deploy checks applied to each distinct chart the
// regions hold, turning "it exists" into "it will install" (deploy-checks). Pure but for loading
// the schema validator, which only a chart with a schema needs.
import type { DeploymentRecord } from '../palette/layer.js'
import type { DeploySettings } from '../inputs/request.js'
import { judgeDeployment, type DeployVerdict } from './deploy-checks.js'
import { schemaChecker, type SchemaCheck } from '../helm/schema-runner.js'
import { hasSchema } from './values-checks.js'
import type { GateOutcome, ValidResult } from './region-verdict.js'

/**
 * A valid outcome judged for installing (deploy-checks on): invalid, in Helm's words, when Helm
 * would refuse the chosen chart or another build a region holds; the evidence kept either way.
 */
export async function withDeployChecks(
  outcome: GateOutcome,
  settings: DeploySettings,
  valuesText: string | undefined
): Promise<GateOutcome> {
  if (!settings.checks || !outcome.valid) return outcome
  const { chosen } = outcome
  // Regions may hold other builds (without require-all-regions): each is installed somewhere.
  const builds = new Map<string, ValidResult>([[chosen.chart.digest, chosen]])
  for (const { result } of outcome.checks)
    if (result.valid && !builds.has(result.chart.digest)) builds.set(result.chart.digest, result)
  const checkValues: SchemaCheck | undefined = [...builds.values()].some(build =>
    hasSchema(build.chart)
  )
    ? await schemaChecker()
    : undefined
  const judged = []
  for (const build of builds.values())
    judged.push({
      build,
      deployment: await judgeDeployment(build.chart, settings, valuesText, checkValues)
    })
  const refused = judged.find(({ deployment }) => deployment.refusals.length > 0)
  const deployment = judged[0]?.deployment
  if (deployment === undefined) throw new Error('withDeployChecks: no chart was judged')
  if (refused === undefined) {
    const document = {
      ...chosen.document,
      verification: { ...chosen.document.verification, deployment: deploymentRecord(deployment) }
    }
    return { ...outcome, chosen: { ...chosen, document }, deployment }
  }
  const region = refused.build === chosen ? '' : ` (region ${refused.build.target.region ?? ''})`
  return {
    valid: false,
    checks: outcome.checks,
    verdict: 'will-not-install',
    message: `Helm will not install oci://${refused.build.target.reference}${region}: ${refused.deployment.refusals.map(refusal => refusal.message).join('; ')}`,
    hint: refused.deployment.refusals.map(refusal => refusal.hint).join(' '),
    deployment: refused.deployment
  }
}

/** The deploy checks as the manifest's verification and the results record them. */
export function deploymentRecord(deployment: DeployVerdict): DeploymentRecord {
  return {
    checks: deployment.ran,
    failed: deployment.refusals.map(refusal => refusal.check),
    kubernetes: deployment.kubernetes
  }
}
