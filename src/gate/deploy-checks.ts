// Will Helm install this chart version as Palette does, on the layer's Kubernetes? Judged from the
// config and archive the check read anyway. Pure: the verified chart and the settings in, the
// checks that ran, the refusals in Helm's order and the warnings out.
import { judgeInstallable, type DeployCheck, type InstallRefusal } from '../helm/installability.js'
import { judgeKubeVersion } from '../helm/kube-compatibility.js'
import type { DeploySettings } from '../inputs/request.js'
import type { KubernetesEvidence, VerifiedChart } from '../palette/layer.js'

export interface DeployVerdict {
  /** The checks that ran, in Helm's order. */
  ran: DeployCheck[]
  refusals: InstallRefusal[]
  /** Reasons Helm installs the chart with a warning (a deprecated chart). */
  warnings: string[]
  kubernetes: KubernetesEvidence
}

const ALWAYS_RUN: readonly DeployCheck[] = ['archive', 'api-version', 'chart-type', 'dependencies']

export function judgeDeployment(chart: VerifiedChart, settings: DeploySettings): DeployVerdict {
  const { requirements } = chart
  const refusals = judgeInstallable(requirements, chart.contents)
  const warnings = requirements.deprecated
    ? [
        `${chart.metadata.name} ${chart.metadata.version} is deprecated (Chart.yaml says deprecated: true); Helm installs it with a warning`
      ]
    : []
  const choice = settings.kubernetes
  if (!choice.known)
    return {
      ran: [...ALWAYS_RUN],
      refusals,
      warnings,
      kubernetes: { checked: false, reason: choice.reason }
    }
  const evidence = {
    checked: true as const,
    target: choice.label,
    source: choice.source,
    kubeVersion: requirements.kubeVersion ?? null
  }
  if (requirements.kubeVersion === undefined)
    return {
      ran: [...ALWAYS_RUN, 'kube-version'],
      refusals,
      warnings,
      kubernetes: { ...evidence, verdict: 'no-constraint', failing: [] }
    }
  const judged = choice.targets.map(target =>
    judgeKubeVersion(requirements.kubeVersion ?? '', {
      label: choice.label,
      serverVersions: target.serverVersions
    })
  )
  const failed = judged.find(
    (judgement): judgement is Exclude<typeof judgement, { verdict: 'compatible' }> =>
      judgement.verdict !== 'compatible'
  )
  const failing = judged.flatMap(judgement =>
    judgement.verdict === 'incompatible' ? judgement.failing : []
  )
  if (failed !== undefined)
    refusals.push({ check: 'kube-version', message: failed.message, hint: failed.hint })
  return {
    ran: [...ALWAYS_RUN, 'kube-version'],
    refusals,
    warnings,
    kubernetes: { ...evidence, verdict: failed?.verdict ?? 'compatible', failing }
  }
}
