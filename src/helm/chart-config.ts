// The chart's config (Chart.yaml's metadata as Helm stores it): does it name the chart and version
// asked for? Helm never checks this on pull; the gate does.
import { shown } from '../errors.js'
import { isRecord, parseJsonObject, stringField } from '../json.js'
import type {
  ChartMetadata,
  ChartRef,
  ChartRequirements,
  DeclaredDependency,
  Finding
} from './chart.js'

export type ConfigJudgement =
  | { ok: true; metadata: ChartMetadata; requirements: ChartRequirements }
  | { ok: false; finding: Finding }

export function judgeChartConfig(requested: ChartRef, configBytes: Buffer): ConfigJudgement {
  const config = parseJsonObject(configBytes)
  const name = config === undefined ? undefined : stringField(config, 'name')
  const version = config === undefined ? undefined : stringField(config, 'version')
  if (config === undefined || name === undefined || version === undefined) {
    return {
      ok: false,
      finding: {
        verdict: 'not-a-chart',
        reason: 'the Helm config is not JSON with a name and a version'
      }
    }
  }
  const appVersion = stringField(config, 'appVersion')
  const description = stringField(config, 'description')
  const metadata: ChartMetadata = {
    name,
    version,
    ...(appVersion === undefined ? {} : { appVersion }),
    ...(description === undefined ? {} : { description })
  }
  const differences = [
    name === requested.name
      ? undefined
      : `name ${shown(name)} (asked for ${shown(requested.name)})`,
    version === requested.version
      ? undefined
      : `version ${shown(version)} (asked for ${shown(requested.version)})`
  ].filter(difference => difference !== undefined)
  if (differences.length > 0) {
    return {
      ok: false,
      finding: {
        verdict: 'mismatch',
        reason: `the chart at this tag has ${differences.join(' and ')}`,
        metadata
      }
    }
  }
  return { ok: true, metadata, requirements: requirementsOf(config) }
}

/** Within the config's 1 MiB bound; a field of another shape counts as absent, as Helm's loader
 * would have refused to package it. */
function requirementsOf(config: Record<string, unknown>): ChartRequirements {
  const declared = Array.isArray(config.dependencies) ? config.dependencies : []
  const dependencies: DeclaredDependency[] = []
  for (const entry of declared) {
    if (!isRecord(entry)) continue
    const name = stringField(entry, 'name')
    if (name === undefined || name === '') continue
    const version = stringField(entry, 'version')
    const alias = stringField(entry, 'alias')
    const condition = stringField(entry, 'condition')
    dependencies.push({
      name,
      ...(version === undefined ? {} : { version }),
      ...(alias === undefined || alias === '' ? {} : { alias }),
      ...(condition === undefined || condition === '' ? {} : { condition })
    })
  }
  const apiVersion = stringField(config, 'apiVersion')
  const type = stringField(config, 'type')
  const kubeVersion = stringField(config, 'kubeVersion')
  return {
    ...(apiVersion === undefined || apiVersion === '' ? {} : { apiVersion }),
    ...(type === undefined || type === '' ? {} : { type }),
    ...(kubeVersion === undefined || kubeVersion === '' ? {} : { kubeVersion }),
    deprecated: config.deprecated === true,
    dependencies
  }
}
