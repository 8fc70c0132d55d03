// Whether Helm will install the chart at all, whatever the cluster: what its loader and install
// refuse before rendering, in Helm 4's own words (checked against Helm 4.1.4 in the e2e tests).
// Pure: Chart.yaml's requirements and the archive's contents in, the refusals out, in Helm's order.
import type { ChartContents } from './chart-archive.js'
import type { ChartRequirements } from './chart.js'

/** The checks of "will it deploy", named as results and the manifest record them. */
export type DeployCheck =
  | 'archive'
  | 'api-version'
  | 'chart-type'
  | 'dependencies'
  | 'values'
  | 'values-schema'
  | 'profile-variables'
  | 'kube-version'

export interface InstallRefusal {
  check: DeployCheck
  message: string
  hint: string
}

/** The chart apiVersions Helm 4 loads: v3 is its experimental format, off by default. */
const LOADED_API_VERSIONS: readonly string[] = ['v1', 'v2']

export function judgeInstallable(
  requirements: ChartRequirements,
  contents: ChartContents
): InstallRefusal[] {
  const refusals: InstallRefusal[] = []
  if (contents.unreadable !== undefined)
    refusals.push({
      check: 'archive',
      message: `Helm cannot load the chart archive: it ${contents.unreadable}`,
      hint: 'Package the chart with `helm package` and push it again with `helm push`.'
    })
  const { apiVersion } = requirements
  if (apiVersion !== undefined && !LOADED_API_VERSIONS.includes(apiVersion))
    refusals.push({
      check: 'api-version',
      message: `the chart's apiVersion ${JSON.stringify(apiVersion)} is not one Helm loads (${LOADED_API_VERSIONS.join(' or ')}): ${apiVersion === 'v3' ? 'invalid chart apiVersion' : 'unsupported chart version'}`,
      hint: 'Write apiVersion: v2 in Chart.yaml (Helm 3 and 4 charts), package the chart and push it again.'
    })
  const { type } = requirements
  if (type === 'library')
    refusals.push({
      check: 'chart-type',
      message: 'library charts are not installable',
      hint: 'A library chart only lends templates to the charts that depend on it: make the layer the application chart that uses it.'
    })
  else if (type !== undefined && type !== 'application')
    refusals.push({
      check: 'chart-type',
      message: `validation: chart.metadata.type must be application or library (it is ${JSON.stringify(type)})`,
      hint: 'Write type: application in Chart.yaml (or leave it out), package the chart and push it again.'
    })
  // Helm matches each declared name with the name in a subchart's own Chart.yaml; a false
  // condition only disables a dependency that is there.
  if (contents.unreadable === undefined) {
    const missing = requirements.dependencies
      .map(dependency => dependency.name)
      .filter(name => !contents.subcharts.some(subchart => subchart.name === name))
    if (missing.length > 0)
      refusals.push({
        check: 'dependencies',
        message: `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
        hint: 'Run `helm dependency build` before `helm package`, so that the archive carries its dependencies in charts/, and push the chart again. A false condition does not excuse a missing dependency.'
      })
  }
  return refusals
}
