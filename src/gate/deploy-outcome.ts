// A checked outcome judged for installing: the deploy checks applied to the chart the regions
// agreed on, turning "it exists" into "it will install" (deploy-checks). Pure.
import type { DeploymentRecord } from '../palette/layer.js'
import type { DeploySettings } from '../inputs/request.js'
import { judgeDeployment, type DeployVerdict } from './deploy-checks.js'
import { hasSchema } from './values-checks.js'
import type { GateOutcome } from './region-verdict.js'

/**
 * A valid outcome judged for installing (deploy-checks on): invalid, in Helm's words, when Helm
 * would refuse the chosen chart; the evidence kept either way.
 */
export async function withDeployChecks(
  outcome: GateOutcome,
  settings: DeploySettings,
  valuesText: string | undefined
): Promise<GateOutcome> {
  if (!settings.checks || !outcome.valid) return outcome
  const { chosen } = outcome
  // The schema validator is loaded only for a chart that has a schema.
  const checkValues = hasSchema(chosen.chart)
    ? (await import('../helm/values-schema.js')).checkValues
    : undefined
  const deployment = judgeDeployment(chosen.chart, settings, valuesText, checkValues)
  const [first] = deployment.refusals
  if (first === undefined) {
    const document = {
      ...chosen.document,
      verification: { ...chosen.document.verification, deployment: deploymentRecord(deployment) }
    }
    return { ...outcome, chosen: { ...chosen, document }, deployment }
  }
  return {
    valid: false,
    checks: outcome.checks,
    verdict: 'will-not-install',
    message: `Helm will not install oci://${chosen.target.reference}: ${deployment.refusals.map(refusal => refusal.message).join('; ')}`,
    hint: deployment.refusals.map(refusal => refusal.hint).join(' '),
    deployment
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
