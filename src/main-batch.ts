// The action adapter for profile files (charts-file): every layer checked, each failure an
// annotation on the line that declares it, a per-layer job summary, the outputs and the profile
// document.
import * as core from '@actions/core'
import { ConfigurationError } from './errors.js'
import { runBatch, type BatchOutcome, type LayerResult } from './gate/batch.js'
import type { GateDependencies } from './gate/run.js'
import type { RawInputs } from './inputs/input-names.js'
import { loadProfileBatch, ProfileFilesError } from './inputs/profile-files.js'
import { parseRequest } from './inputs/request.js'
import { renderManifest } from './palette/layer.js'
import { buildProfileDocument } from './palette/profile-document.js'
import { writeDocumentFile } from './report/manifest-file.js'
import { summaryForBatch } from './report/profile-summary.js'
import path from 'node:path'
import os from 'node:os'

/** GitHub shows at most 10 error annotations per step; the rest are counted in the summary. */
const MAX_ANNOTATIONS = 10
const DEFAULT_CONCURRENCY = 8
const MAX_CONCURRENCY = 64

/** Inputs that describe one chart, not a profile: refused beside charts-file. */
const SINGLE_CHART_INPUTS = ['chart', 'version', 'values'] as const

export async function runProfiles(
  inputs: RawInputs,
  dependencies: GateDependencies,
  writeSummary: (markdown: string) => Promise<void>
): Promise<void> {
  const mixed = SINGLE_CHART_INPUTS.filter(name => (inputs[name] ?? '').trim() !== '')
  if (mixed.length > 0) {
    throw new ConfigurationError(
      mixed.map(input => ({
        input,
        message: 'is for one chart; with charts-file, each layer comes from the profile files'
      }))
    )
  }
  const concurrency = parseConcurrency(inputs.concurrency ?? '')
  // Limits and output settings are checked as the single-chart step checks them.
  const limits = parseRequest({
    'timeout-seconds': inputs['timeout-seconds'] ?? '',
    'deadline-seconds': inputs['deadline-seconds'] ?? '',
    'output-file': inputs['output-file'] ?? '',
    'output-format': inputs['output-format'] ?? '',
    chart: 'probe',
    version: '0.0.0',
    endpoint: 'probe.invalid'
  })
  const { 'charts-file': chartsFile = '', 'registries-file': registriesFile = '' } = inputs
  let batch
  try {
    batch = await loadProfileBatch({
      chartsFile,
      registriesFile,
      defaultRegistry: registryInputs(inputs),
      limits: {
        'timeout-seconds': inputs['timeout-seconds'] ?? '',
        'deadline-seconds': inputs['deadline-seconds'] ?? ''
      },
      environment: dependencies.environment,
      mask: dependencies.mask,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd()
    })
  } catch (error) {
    if (error instanceof ProfileFilesError) {
      for (const location of error.locations.slice(0, MAX_ANNOTATIONS))
        core.error(location.message, {
          title: 'palette-chart-gate: configuration error',
          file: location.file,
          ...(location.line > 0 ? { startLine: location.line } : {})
        })
    }
    throw error
  }
  const outcome = await runBatch(batch, dependencies, {
    concurrency,
    timeoutMs: limits.timeoutMs,
    deadlineMs: limits.deadlineMs
  })
  const failures = outcome.results.filter(
    result => result.status === 'invalid' || result.status === 'error'
  )
  for (const failure of failures.slice(0, MAX_ANNOTATIONS)) annotate(failure)
  const document = buildProfileDocument(
    outcome.results.flatMap(result =>
      result.pack === undefined || result.digest === null
        ? []
        : [
            {
              pack: result.pack,
              evidence: {
                file: result.file,
                line: result.line,
                name: result.chart,
                tag: result.version,
                registry: result.registry,
                region: result.region,
                digest: result.digest,
                reference: result.reference ?? ''
              }
            }
          ]
    ),
    batch.files,
    dependencies.now()
  )
  const manifestFile = await writeDocumentFile(
    limits.output.file ??
      path.join(
        process.env.RUNNER_TEMP ?? os.tmpdir(),
        'palette-chart-gate',
        `profile.${limits.output.format}`
      ),
    renderManifest(document, limits.output.format)
  )
  await writeSummary(summaryForBatch(outcome, Math.max(0, failures.length - MAX_ANNOTATIONS)))
  publishOutputs(outcome, manifestFile)
  if (!outcome.valid) {
    core.setFailed(
      `${failures.length} of ${outcome.counts.layers - outcome.counts.skipped} layers are not valid (see the annotations and the job summary)`
    )
  } else {
    core.info(
      `✅ ${outcome.counts.valid} layers valid, ${outcome.counts.skipped} skipped; profile written to ${manifestFile}`
    )
  }
}

function publishOutputs(outcome: BatchOutcome, manifestFile: string): void {
  core.setOutput('valid', String(outcome.valid))
  core.setOutput(
    'layers',
    JSON.stringify(
      outcome.results.flatMap(result => (result.pack === undefined ? [] : [result.pack]))
    )
  )
  core.setOutput(
    'results',
    JSON.stringify(
      outcome.results.map(
        ({ file, line, registry, chart, version, region, status, digest, reason }) => ({
          file,
          line,
          registry,
          chart,
          version,
          region,
          status,
          digest,
          reason
        })
      )
    )
  )
  core.setOutput('counts', JSON.stringify(outcome.counts))
  core.setOutput('manifest-file', manifestFile)
}

function annotate(failure: LayerResult): void {
  core.error(
    `${failure.chart} ${failure.version}: ${failure.reason ?? ''}${failure.hint === null ? '' : `\nHint: ${failure.hint}`}`,
    {
      title: `palette-chart-gate: ${failure.status === 'error' ? 'could not check' : 'invalid'} layer`,
      file: failure.file,
      startLine: failure.line
    }
  )
}

/** The action's registry inputs: the default registry for layers that name none or name it. */
function registryInputs(inputs: RawInputs): RawInputs {
  return Object.fromEntries(
    Object.entries(inputs).filter(([name]) => !SINGLE_CHART_INPUTS.some(single => single === name))
  )
}

function parseConcurrency(value: string): number {
  if (value.trim() === '') return DEFAULT_CONCURRENCY
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1 || count > MAX_CONCURRENCY) {
    throw new ConfigurationError([
      {
        input: 'concurrency',
        message: `${JSON.stringify(value)} is not a whole number from 1 to ${MAX_CONCURRENCY}`
      }
    ])
  }
  return count
}
