// The inputs of one layer: chart, version, layer type and values, checked alone so that a registry's
// settings are parsed once and each layer of a profile only adds its own. Pure.
import semver from 'semver'
import { shown } from '../errors.js'
import type { ChartRef } from '../helm/chart.js'
import type { LayerType } from '../palette/layer.js'
import { parseWithLines } from '../palette/yaml-lines.js'
import type { InputName } from './input-names.js'

// OCI repository path component; a chart name is one such component.
export const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
export const MAX_REPOSITORY_LENGTH = 255

/** A layer's own inputs, as text (an empty layer type is oci). */
export interface LayerInputs {
  chart: string
  version: string
  layerType: string
  values?: string | undefined
}

export interface ParsedLayer {
  chart: ChartRef
  layer: { type: LayerType; values?: string }
}

export function parseLayerInputs(
  inputs: LayerInputs,
  baseContentPath: string,
  problem: (input: InputName, message: string) => void
): ParsedLayer {
  const chartName = inputs.chart.trim()
  const chartMessage = checkChartName(chartName)
  if (chartMessage !== undefined) problem('chart', chartMessage)
  const repositoryLength =
    (baseContentPath === '' ? 0 : baseContentPath.length + 1) + chartName.length
  if (repositoryLength > MAX_REPOSITORY_LENGTH) {
    // Blame the input that makes the path long, not whichever comes last.
    problem(
      baseContentPath.length >= chartName.length ? 'base-content-path' : 'chart',
      `makes the repository path ${repositoryLength} characters long (base-content-path ${baseContentPath.length}, chart ${chartName.length}); registries allow ${MAX_REPOSITORY_LENGTH}`
    )
  }
  const version = inputs.version.trim()
  const versionMessage = checkExactVersion(version)
  if (versionMessage !== undefined) problem('version', versionMessage)
  const type = oneOf(
    inputs.layerType.trim() || 'oci',
    ['oci', 'helm'] as const,
    'layer-type',
    problem
  )
  const values = inputs.values ?? ''
  // The values come from a profile too: read as strictly as the file that holds them (no aliases,
  // bounded nesting and size, duplicate keys in one pass, the first error only).
  const valuesProblem = values.trim() === '' ? undefined : parseWithLines(values).syntax
  if (valuesProblem !== undefined)
    problem('values', `line ${valuesProblem.line} of the values ${valuesProblem.message}`)
  return {
    chart: { name: chartName, version },
    layer: { type, ...(values.trim() === '' ? {} : { values }) }
  }
}

export function checkChartName(name: string): string | undefined {
  if (name === '')
    return 'is required: the chart name exactly as it is in the registry (e.g. nginx)'
  if (name.includes('/')) {
    return `${shown(name)} contains '/': put the path before the chart name in base-content-path`
  }
  if (!PATH_COMPONENT.test(name)) {
    return `${shown(name)} is not a valid chart name: lowercase letters and digits, separated by '.', '_' or '-'`
  }
  return undefined
}

/** Palette pins a chart by exact version: no ranges, no "latest". */
export function checkExactVersion(version: string): string | undefined {
  if (version === '') return 'is required: the exact chart version (e.g. 15.4.2)'
  if (/^latest$/i.test(version))
    return '"latest" is not a version: give the exact chart version (e.g. 15.4.2)'
  if (/^v?\d/.test(version) && semver.valid(version) !== null) return undefined
  if (semver.validRange(version) !== null) {
    return `${shown(version)} is a range; Palette pins an exact version, so give one (e.g. 15.4.2)`
  }
  return `${shown(version)} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 15.4.2 or 1.2.3+build.1)`
}

export function oneOf<T extends string>(
  value: string,
  allowed: readonly [T, ...T[]],
  input: InputName,
  problem: (input: InputName, message: string) => void
): T {
  const [fallback] = allowed
  const match = allowed.find(candidate => candidate === value.toLowerCase())
  if (match !== undefined) return match
  problem(input, `${shown(value)} is not one of: ${allowed.join(', ')}`)
  return fallback
}
