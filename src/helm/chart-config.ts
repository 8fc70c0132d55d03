// The chart's config (Chart.yaml's metadata as Helm stores it): does it name the chart and version
// asked for? Helm never checks this on pull; the gate does.
import { shown } from '../errors.js'
import { parseJsonObject, stringField } from '../json.js'
import type { ChartMetadata, ChartRef, Finding } from './chart.js'

export type ConfigJudgement =
  { ok: true; metadata: ChartMetadata } | { ok: false; finding: Finding }

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
  return { ok: true, metadata }
}
