// Will Helm install this chart version as Palette does, on the layer's Kubernetes, with the layer's
// values? Judged from the config and archive the check read anyway. Pure: the verified chart, the
// settings and the layer's values in; the checks that ran, the refusals in Helm's order (library,
// dependencies, values schema, kubeVersion) and the warnings out.
import { judgeInstallable, type DeployCheck, type InstallRefusal } from '../helm/installability.js'
import { judgeKubeVersion } from '../helm/kube-compatibility.js'
import type { DeploySettings } from '../inputs/request.js'
import type { KubernetesEvidence, VerifiedChart } from '../palette/layer.js'
import type { SchemaCheck } from '../helm/schema-runner.js'
import { judgeValues } from './values-checks.js'

export interface DeployVerdict {
  /** The checks that ran, in Helm's order. */
  ran: DeployCheck[]
  refusals: InstallRefusal[]
  /** Reasons Helm installs the chart with a warning (a deprecated chart), or a check not made. */
  warnings: string[]
  kubernetes: KubernetesEvidence
}

export async function judgeDeployment(
  chart: VerifiedChart,
  settings: DeploySettings,
  valuesText: string | undefined,
  checkValues: SchemaCheck | undefined
): Promise<DeployVerdict> {
  const { requirements } = chart
  const ran: DeployCheck[] = ['archive', 'api-version', 'chart-type', 'dependencies']
  const refusals = judgeInstallable(requirements, chart.contents)
  const warnings = requirements.deprecated
    ? [
        `${chart.metadata.name} ${chart.metadata.version} is deprecated (Chart.yaml says deprecated: true); Helm installs it with a warning`
      ]
    : []
  const values = await judgeValues(chart, settings, valuesText, checkValues)
  if (values.coalesced) ran.push('values')
  if (values.schemaChecked) ran.push('values-schema')
  if (values.variablesChecked) ran.push('profile-variables')
  refusals.push(...values.refusals)
  warnings.push(...values.warnings)
  const kubernetes = judgeKubernetes(chart, settings)
  if (kubernetes.checked) ran.push('kube-version')
  if (kubernetes.refusal !== undefined) refusals.push(kubernetes.refusal)
  return { ran, refusals, warnings, kubernetes: kubernetes.evidence }
}

function judgeKubernetes(
  chart: VerifiedChart,
  settings: DeploySettings
): { checked: boolean; evidence: KubernetesEvidence; refusal?: InstallRefusal } {
  const choice = settings.kubernetes
  if (!choice.known) return { checked: false, evidence: { checked: false, reason: choice.reason } }
  const { kubeVersion } = chart.requirements
  const evidence = {
    checked: true as const,
    target: choice.label,
    source: choice.source,
    kubeVersion: kubeVersion ?? null
  }
  if (kubeVersion === undefined)
    return { checked: true, evidence: { ...evidence, verdict: 'no-constraint', failing: [] } }
  const judged = choice.targets.map(target =>
    judgeKubeVersion(kubeVersion, { label: choice.label, serverVersions: target.serverVersions })
  )
  const failed = judged.find(
    (judgement): judgement is Exclude<typeof judgement, { verdict: 'compatible' }> =>
      judgement.verdict !== 'compatible'
  )
  const failing = judged.flatMap(judgement =>
    judgement.verdict === 'incompatible' ? judgement.failing : []
  )
  return {
    checked: true,
    evidence: { ...evidence, verdict: failed?.verdict ?? 'compatible', failing },
    ...(failed === undefined
      ? {}
      : { refusal: { check: 'kube-version', message: failed.message, hint: failed.hint } })
  }
}
