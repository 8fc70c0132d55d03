// Profile files checked end to end, for the action and the command line alike: the inputs read,
// every layer checked, and the profile document built from the valid ones.
import { ConfigurationError, escapeControls } from '../errors.js'
import type { RawInputs } from '../inputs/input-names.js'
import { loadProfileBatch } from '../inputs/profile-files.js'
import { parseRequest, type OutputFormat } from '../inputs/request.js'
import { buildProfileDocument, type ProfileDocument } from '../palette/profile-document.js'
import { lockFromInputs, type DigestLock } from '../inputs/lock-file.js'
import type { FileAccess } from '../inputs/workspace-files.js'
import { outcomeOf, runBatch, type BatchOutcome, type LayerResult } from './batch.js'
import { judgeAgainstLock } from './lock.js'
import type { GateDependencies } from './session.js'

export interface ProfileRun {
  /** The profile files whose layers were checked. */
  files: string[]
  /** Whether those are every file charts-file matches. */
  everyFile: boolean
  outcome: BatchOutcome
  document: ProfileDocument
  output: { file?: string; format: OutputFormat }
  /** The digest lock with this run's new entries, when lock-file is given; the adapter saves it. */
  lock?: DigestLock
}

const DEFAULT_CONCURRENCY = 8
const MAX_CONCURRENCY = 64

/** Inputs that describe one chart, not a profile: refused beside charts-file. */
const SINGLE_CHART_INPUTS = ['chart', 'version', 'values'] as const

export async function checkProfiles(
  inputs: RawInputs,
  dependencies: GateDependencies,
  options: {
    /** Where paths start, and (in the action) the folders every file must stay inside. */
    access: FileAccess
    onProgress?: (done: number, total: number) => void
    /** Whether a matched file's layers are checked; default all (see ProfileFileInputs). */
    checksFile?: (file: string) => boolean
  }
): Promise<ProfileRun> {
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
  const limitInputs: RawInputs = {
    'timeout-seconds': inputs['timeout-seconds'] ?? '',
    'deadline-seconds': inputs['deadline-seconds'] ?? ''
  }
  // Limits and output settings are checked as the single-chart step checks them.
  const settings = parseRequest({
    ...limitInputs,
    'output-file': inputs['output-file'] ?? '',
    'output-format': inputs['output-format'] ?? '',
    chart: 'probe',
    version: '0.0.0',
    endpoint: 'probe.invalid'
  })
  const batch = await loadProfileBatch({
    chartsFile: inputs['charts-file'] ?? '',
    registriesFile: inputs['registries-file'] ?? '',
    defaultRegistry: Object.fromEntries(
      Object.entries(inputs).filter(
        ([name]) => !SINGLE_CHART_INPUTS.some(single => single === name)
      )
    ),
    limits: limitInputs,
    environment: dependencies.environment,
    mask: dependencies.mask,
    access: options.access,
    ...(options.checksFile === undefined ? {} : { checksFile: options.checksFile })
  })
  // No file to check (a pull request that changes none) is said by the adapter, not warned here.
  if (batch.layers.length === 0 && batch.files.length > 0)
    dependencies.warning(
      `The profile files hold no Helm layer (oci or helm pack) to check: ${batch.files.map(escapeControls).join(', ')}`
    )
  const lock = await lockFromInputs(inputs, options.access)
  const checked = await runBatch(batch, dependencies, {
    concurrency,
    timeoutMs: settings.timeoutMs,
    deadlineMs: settings.deadlineMs,
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress })
  })
  const outcome = lock === undefined ? checked : applyLock(checked, lock, dependencies.now())
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
  return {
    files: batch.files,
    everyFile: batch.everyFile,
    outcome,
    document,
    output: settings.output,
    ...(lock === undefined ? {} : { lock })
  }
}

/** A valid layer whose tag now holds another digest than the lock recorded is invalid. */
function applyLock(outcome: BatchOutcome, lock: DigestLock, now: Date): BatchOutcome {
  const results = outcome.results.map((result): LayerResult => {
    if (result.status !== 'valid' || result.digest === null || result.reference === undefined)
      return result
    const reference = result.reference.replace(/^oci:\/\//, '')
    const verdict = judgeAgainstLock(reference, result.digest, lock.entries, now)
    if (verdict.added !== undefined && lock.update) lock.entries.set(reference, verdict.added)
    const failure = verdict.changed ?? verdict.incomparable
    if (failure === undefined) return result
    const invalid: LayerResult = {
      ...result,
      status: verdict.changed === undefined ? 'error' : 'invalid',
      reason: failure.message,
      hint: failure.hint
    }
    delete invalid.pack
    return invalid
  })
  return outcomeOf(results)
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
