// Whether a chart's kubeVersion admits the cluster's Kubernetes, as Helm decides at install, in
// Helm's words, with a hint: the usual failure is an EKS or GKE version (a prerelease to Helm)
// against a constraint such as ">=1.21.0", fixed by writing ">=1.21.0-0".
import { parseHelmVersion } from './semver.js'
import { readConstraint, satisfiesConstraint } from './version-constraint.js'

export interface KubernetesVersions {
  /** As the user names the target: "kubernetes-eks 1.31". */
  label: string
  /** The API server versions the target stands for, as they report them. */
  serverVersions: readonly string[]
}

export type Compatibility =
  | { verdict: 'compatible'; passing: readonly string[] }
  | {
      verdict: 'incompatible'
      message: string
      hint: string
      passing: readonly string[]
      failing: readonly string[]
    }
  | { verdict: 'unreadable'; message: string; hint: string }

export function judgeKubeVersion(kubeVersion: string, target: KubernetesVersions): Compatibility {
  const reading = readConstraint(kubeVersion)
  if (!reading.ok)
    return {
      verdict: 'unreadable',
      message: `the chart's kubeVersion ${JSON.stringify(kubeVersion)} is not a constraint Helm can read (${reading.reason})`,
      hint: 'Helm refuses to install a chart whose kubeVersion it cannot read: fix kubeVersion in Chart.yaml and push the chart again.'
    }
  const passing: string[] = []
  const failing: string[] = []
  let releaseWouldPass = true
  for (const text of target.serverVersions) {
    const version = parseHelmVersion(text)
    if (version !== undefined && satisfiesConstraint(reading, version)) {
      passing.push(text)
      continue
    }
    failing.push(text)
    const release = version === undefined ? undefined : { ...version, prerelease: '' }
    if (release === undefined || !satisfiesConstraint(reading, release)) releaseWouldPass = false
  }
  const [firstFailing] = failing
  if (firstFailing === undefined) return { verdict: 'compatible', passing }
  const message = `chart requires kubeVersion: ${kubeVersion} which is incompatible with Kubernetes ${firstFailing}${failing.length > 1 ? ` (and ${failing.length - 1} more of the versions ${target.label} stands for)` : ''}`
  const prerelease = parseHelmVersion(firstFailing)?.prerelease ?? ''
  const fixed = withPrereleaseFloor(kubeVersion)
  const example = admitsAll(fixed, failing)
    ? `${JSON.stringify(fixed)} instead of ${JSON.stringify(kubeVersion)}`
    : 'each version written with "-0" (">=1.21.0-0", not ">=1.21.0")'
  const hint =
    releaseWouldPass && prerelease !== ''
      ? `The API server of ${target.label} reports ${firstFailing}, a prerelease to Helm, which only a constraint that names a prerelease admits: ${example}. Use a chart version whose kubeVersion does so, or ask its maintainers to.`
      : `The chart supports other Kubernetes versions than ${target.label}${passing.length > 0 ? ` (of those it stands for, only ${summarise(passing)})` : ''}: choose a chart version made for it, or check the profile's Kubernetes version.`
  return { verdict: 'incompatible', message, hint, passing, failing }
}

function admitsAll(kubeVersion: string, versions: readonly string[]): boolean {
  const reading = readConstraint(kubeVersion)
  if (!reading.ok) return false
  return versions.every(text => {
    const version = parseHelmVersion(text)
    return version !== undefined && satisfiesConstraint(reading, version)
  })
}

/** ">=1.21.0" becomes ">=1.21.0-0": each full version without a prerelease gets the lowest one. */
function withPrereleaseFloor(kubeVersion: string): string {
  return kubeVersion.replace(/(\d+\.\d+\.\d+)(?![-.\d])/g, (version: string) => `${version}-0`)
}

/** "v1.31.3 to v1.31.39", or the list when they are few. */
function summarise(versions: readonly string[]): string {
  const first = versions[0] ?? ''
  const last = versions.at(-1) ?? ''
  return versions.length <= 3 ? versions.join(', ') : `${first} to ${last}`
}
