// The values Helm installs a chart with: the user's values coalesced over the chart's values.yaml,
// each enabled subchart's over its own under its key, as Helm 4's CoalesceValues and
// ProcessDependencies do. Pure; keys are own properties whatever their name (`__proto__` too).
import type { ChartFiles, Subchart } from './chart-archive.js'
import type { DeclaredDependency } from './chart.js'

export type Values = Record<string, unknown>

export function isTable(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The user's values over the defaults: tables merge key by key, the user's value wins, and the
 * user's null deletes the default (a null for a key without default stays null).
 */
export function coalesce(defaults: Values, user: Values): Values {
  const merged = new Map<string, unknown>(Object.entries(user))
  for (const [key, fallback] of Object.entries(defaults)) {
    if (!merged.has(key)) {
      merged.set(key, fallback)
      continue
    }
    const given = merged.get(key)
    // Helm 4.1 deletes a default the user sets to null only when the default is not null itself.
    if (given === null) {
      if (fallback !== null) merged.delete(key)
    } else if (isTable(given) && isTable(fallback)) merged.set(key, coalesce(fallback, given))
  }
  return Object.fromEntries(merged)
}

/** A subchart Helm installs with its parent, and the key its values live under. */
export interface EnabledSubchart {
  subchart: Subchart
  key: string
}

export interface InstallValues {
  /** The parent's values, the enabled subcharts' coalesced under their keys. */
  values: Values
  subcharts: EnabledSubchart[]
  /** A subchart's key that holds no mapping: Helm stops with "type mismatch on <key>". */
  mismatch?: string
}

/**
 * The values of an install: the subcharts a declared condition turns off (first boolean found on
 * its comma-separated paths) are left out, as Helm removes them before coalescing again.
 */
export function installValues(
  chart: ChartFiles & { subcharts: readonly Subchart[] },
  chartDefaults: Values,
  subchartDefaults: ReadonlyMap<Subchart, Values>,
  dependencies: readonly DeclaredDependency[],
  user: Values
): InstallValues {
  // A subchart declared twice under two aliases is installed twice, once under each.
  const every = chart.subcharts.flatMap(subchart => {
    const declared = dependencies.filter(dependency => dependency.name === subchart.name)
    if (declared.length === 0) return [{ subchart, key: subchart.name, condition: undefined }]
    return declared.map(dependency => ({
      subchart,
      key: dependency.alias ?? subchart.name,
      condition: dependency.condition
    }))
  })
  const parent = coalesce(chartDefaults, user)
  const all = withSubcharts(parent, every, subchartDefaults)
  const enabled = every.filter(entry => conditionHolds(all.values, entry.condition))
  const install = withSubcharts(parent, enabled, subchartDefaults)
  // Helm coalesces every subchart before it applies conditions: a disabled one's key counts too.
  const mismatch = all.mismatch ?? install.mismatch
  return {
    values: install.values,
    subcharts: enabled.map(({ subchart, key }) => ({ subchart, key })),
    ...(mismatch === undefined ? {} : { mismatch })
  }
}

function withSubcharts(
  parent: Values,
  subcharts: readonly EnabledSubchart[],
  defaults: ReadonlyMap<Subchart, Values>
): { values: Values; mismatch?: string } {
  const merged = new Map<string, unknown>(Object.entries(parent))
  const globals = isTable(parent.global) ? parent.global : {}
  let mismatch: string | undefined
  for (const { subchart, key } of subcharts) {
    const given = merged.get(key)
    if (given !== undefined && !isTable(given)) {
      mismatch ??= key
      continue
    }
    const own = coalesce(defaults.get(subchart) ?? {}, given ?? {})
    // The parent's globals reach every subchart, over the subchart's own.
    const subGlobals = isTable(own.global) ? own.global : {}
    merged.set(key, { ...own, global: coalesce(subGlobals, globals) })
  }
  const values = Object.fromEntries(merged)
  return mismatch === undefined ? { values } : { values, mismatch }
}

/** Helm trims the condition, not each path in it: "a.enabled, b.enabled" never finds " b". */
function conditionHolds(values: Values, condition: string | undefined): boolean {
  for (const path of (condition ?? '').trim().split(',')) {
    const found = valueAt(values, path)
    if (typeof found === 'boolean') return found
  }
  return true
}

function valueAt(values: Values, path: string): unknown {
  if (path === '') return undefined
  let current: unknown = values
  for (const key of path.split('.')) {
    if (!isTable(current) || !Object.hasOwn(current, key)) return undefined
    current = current[key]
  }
  return current
}
