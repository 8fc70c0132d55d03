// A layer's values against what the chart and the profile allow: the profile variables the values
// use are declared, every values.yaml of the chart loads, each subchart's values are a mapping,
// and the values Helm would install with meet each chart's values.schema.json. Pure but for a
// cache of parsed values.yaml per chart; the schema check is handed in (it runs in a worker).
import { readValuesYaml } from '../helm/values-yaml.js'
import type { Subchart } from '../helm/chart-archive.js'
import type { InstallRefusal } from '../helm/installability.js'
import { installValues, type Values } from '../helm/values-coalesce.js'
import type { SchemaCheck } from '../helm/schema-runner.js'
import type { SchemaViolation } from '../helm/values-schema.js'
import type { DeploySettings } from '../inputs/request.js'
import {
  holdsMacro,
  layerVariables,
  readLayerValues,
  type LayerValues
} from '../palette/layer-values.js'
import type { VerifiedChart } from '../palette/layer.js'

export interface ValuesVerdict {
  refusals: InstallRefusal[]
  warnings: string[]
  /** Whether the values were merged as Helm merges them (a chart with subcharts or a schema). */
  coalesced: boolean
  /** Whether the values were judged against a schema. */
  schemaChecked: boolean
  variablesChecked: boolean
}

const MAX_VIOLATIONS_SHOWN = 10

export function hasSchema(chart: VerifiedChart): boolean {
  const { contents } = chart
  return contents.schema !== undefined || contents.subcharts.some(sub => sub.schema !== undefined)
}

export async function judgeValues(
  chart: VerifiedChart,
  settings: DeploySettings,
  valuesText: string | undefined,
  checkValues: SchemaCheck | undefined
): Promise<ValuesVerdict> {
  const verdict: ValuesVerdict = {
    refusals: [],
    warnings: [],
    coalesced: false,
    schemaChecked: false,
    variablesChecked: false
  }
  if (settings.variables !== undefined) {
    verdict.variablesChecked = true
    const undeclared = layerVariables(valuesText).filter(
      name => !settings.variables?.includes(name)
    )
    if (undeclared.length > 0)
      verdict.refusals.push({
        check: 'profile-variables',
        message: `the values use ${undeclared.map(name => `{{.spectro.var.${name}}}`).join(', ')}, which the profile does not declare in spec.variables`,
        hint: 'Declare each variable in the profile (Profile variables in Palette, spec.variables in the export), or correct its name in the values.'
      })
  }
  // Helm loads every values.yaml before anything else: one it cannot read stops the install.
  const defaults = readDefaults(chart)
  if (typeof defaults === 'string') {
    verdict.refusals.push({
      check: 'archive',
      message: defaults,
      hint: "Fix the chart's values.yaml, package the chart and push it again."
    })
    return verdict
  }
  if (!hasSchema(chart) && chart.contents.subcharts.length === 0) return verdict
  verdict.coalesced = true
  // Parsed only here: most charts have neither a schema nor subcharts.
  const layer = readLayerValues(valuesText)
  const install = installValues(
    chart.contents,
    defaults.chart,
    defaults.subcharts,
    chart.requirements.dependencies,
    layer?.values ?? {}
  )
  if (install.mismatch !== undefined) {
    verdict.refusals.push({
      check: 'values',
      message: `type mismatch on ${install.mismatch}: the values of a subchart must be a mapping`,
      hint: `Write ${install.mismatch}: as a mapping of the subchart's values in the layer's values (or leave it out).`
    })
    return verdict
  }
  if (checkValues === undefined || !hasSchema(chart)) return verdict
  const judged: { chart: string; prefix: string; schema: string; values: unknown }[] = []
  if (chart.contents.schema !== undefined)
    judged.push({
      chart: chart.metadata.name,
      prefix: '',
      schema: chart.contents.schema,
      values: install.values
    })
  for (const { subchart, key } of install.subcharts)
    if (subchart.schema !== undefined)
      judged.push({
        // Helm names a subchart by its alias.
        chart: key,
        prefix: `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        schema: subchart.schema,
        values: install.values[key]
      })
  const failures: string[] = []
  for (const entry of judged) {
    const judgement = await checkValues(entry.schema, entry.values)
    if (judgement.kind !== 'not-checked') verdict.schemaChecked = true
    if (judgement.kind === 'not-checked')
      verdict.warnings.push(`${entry.chart}: ${judgement.reason}; its values were not checked`)
    if (judgement.kind === 'unusable') {
      verdict.refusals.push({
        check: 'values-schema',
        message: `${entry.chart}: ${judgement.reason}`,
        hint: 'Fix values.schema.json in the chart (Helm checks it against its metaschema before the values), package the chart and push it again.'
      })
      continue
    }
    if (judgement.kind !== 'violations') continue
    const shown = judgement.violations.filter(violation => !holdsMacro(violation.value))
    if (shown.length > 0)
      failures.push(`${entry.chart}: ${describeViolations(shown, entry.prefix, layer, settings)}`)
  }
  if (failures.length > 0)
    verdict.refusals.push({
      check: 'values-schema',
      message: `values don't meet the specifications of the schema(s) in the following chart(s): ${failures.join('; ')}`,
      hint: "Correct the layer's values at the paths named, or choose a chart version whose values.schema.json admits them; a value set by a Palette macro is not judged."
    })
  return verdict
}

function describeViolations(
  violations: readonly SchemaViolation[],
  prefix: string,
  layer: LayerValues | undefined,
  settings: DeploySettings
): string {
  const described = violations.slice(0, MAX_VIOLATIONS_SHOWN).map(violation => {
    const path = `${prefix}${violation.path}`
    const line = profileLine(path, layer, settings)
    return `at '${path}'${line === undefined ? '' : ` (${line})`}: ${violation.message}`
  })
  const more = violations.length - described.length
  return `${described.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
}

/** The profile line that sets the value at a path, when the layer's own values set it. */
function profileLine(
  path: string,
  layer: LayerValues | undefined,
  settings: DeploySettings
): string | undefined {
  const at = settings.valuesAt
  if (layer === undefined || at === undefined || path === '') return undefined
  const line = layer.lineOf(path)
  if (line === undefined) return undefined
  return `${at.file}:${at.block ? at.line + line : at.line}`
}

type Defaults = { chart: Values; subcharts: Map<Subchart, Values> } | string

/** Read once per chart, whatever the number of layers that use it (nothing mutates them). */
const defaultsOf = new WeakMap<VerifiedChart, Defaults>()

function readDefaults(chart: VerifiedChart): Defaults {
  const known = defaultsOf.get(chart)
  if (known !== undefined) return known
  const defaults = parseAllDefaults(chart)
  defaultsOf.set(chart, defaults)
  return defaults
}

/** The chart's and each subchart's values.yaml, or why Helm could not read them either. */
function parseAllDefaults(chart: VerifiedChart): Defaults {
  const own = readValuesYaml(chart.contents.values, chart.metadata.name)
  if (typeof own === 'string') return own
  const subcharts = new Map<Subchart, Values>()
  for (const subchart of chart.contents.subcharts) {
    const values = readValuesYaml(subchart.values, subchart.name)
    if (typeof values === 'string') return values
    subcharts.set(subchart, values)
  }
  return { chart: own, subcharts }
}
