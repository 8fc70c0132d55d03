// A whole-profile run, parsed once at the edge: the inputs (action or command line), the profile
// files, the registries file and the lock become one plan; nothing below inputs/ reads them again.
// Every problem is reported before any request.
import { ConfigurationError } from '../errors.js'
import { DEFAULT_CONCURRENCY } from '../registry/pace.js'
import { parseCacheSettings, type CacheSettings } from './cache-settings.js'
import type { RawInputs } from './input-names.js'
import { lockFromInputs, type DigestLock } from './lock-file.js'
import { loadProfileBatch, type ProfileBatch } from './profile-files.js'
import { pullRequestSettings, type PullRequestSettings } from './pull-request-settings.js'
import { parseRequest, type OutputFormat } from './request.js'
import type { FileAccess } from '../workspace-files.js'

export interface ProfileRunPlan {
  readonly batch: ProfileBatch
  readonly concurrency: number
  /** Each request's own timeout, and the whole run's deadline. */
  readonly timeoutMs: number
  readonly deadlineMs: number
  readonly output: { readonly file?: string; readonly format: OutputFormat }
  /** The digest lock, when lock-file is given; the adapter saves it. */
  readonly lock?: DigestLock | undefined
  /** Where chart archives are kept between runs. */
  readonly cache: CacheSettings
  /** changed-only, comment and the token (the action only). */
  readonly pullRequest: PullRequestSettings
}

export interface ProfileRunContext {
  environment: NodeJS.ProcessEnv
  /** Masks each secret read from the environment before anything is logged. */
  mask: (secret: string) => void
  /** Where paths start, and (in the action) the folders every file must stay inside. */
  access: FileAccess
  /**
   * Which matched files' layers are checked (default all, see ProfileFileInputs), asked with the
   * pull-request settings once they are read: the action lists the pull request's files.
   */
  selectFiles?: (settings: PullRequestSettings) => Promise<((file: string) => boolean) | undefined>
}

const MAX_CONCURRENCY = 64

/** Inputs that describe one chart, not a profile: refused beside charts-file. */
const SINGLE_CHART_INPUTS = ['chart', 'version', 'values'] as const

export async function loadProfileRun(
  inputs: RawInputs,
  context: ProfileRunContext
): Promise<ProfileRunPlan> {
  const cache = parseCacheSettings(inputs)
  const pullRequest = pullRequestSettings(inputs)
  const checksFile = await context.selectFiles?.(pullRequest)
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
  // What every layer shares, whatever its registry: limits and what "valid" means.
  const limitInputs: RawInputs = {
    'timeout-seconds': inputs['timeout-seconds'] ?? '',
    'deadline-seconds': inputs['deadline-seconds'] ?? '',
    'deploy-checks': inputs['deploy-checks'] ?? '',
    'kubernetes-version': inputs['kubernetes-version'] ?? ''
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
    environment: context.environment,
    mask: context.mask,
    access: context.access,
    checksFile
  })
  const lock = await lockFromInputs(inputs, context.access)
  return {
    batch,
    concurrency,
    timeoutMs: settings.timeoutMs,
    deadlineMs: settings.deadlineMs,
    output: settings.output,
    lock,
    cache,
    pullRequest
  }
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
