// The action adapter for profile files (charts-file): every layer checked, each failure an
// annotation on the line that declares it, a per-layer job summary, the outputs and the profile
// document.
import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { resultRow, type BatchOutcome, type LayerResult } from './gate/batch.js'
import { checkProfiles } from './gate/profiles.js'
import type { GateDependencies } from './gate/run.js'
import { SECRET_INPUTS, type RawInputs } from './inputs/input-names.js'
import { saveLock } from './inputs/lock-file.js'
import { ProfileFilesError } from './inputs/profile-files.js'
import { isGateError } from './errors.js'
import { renderManifest } from './palette/layer.js'
import { writeDocumentFile } from './report/manifest-file.js'
import { summaryForBatch } from './report/profile-summary.js'
import { markdownCell } from './report/markdown.js'
import { pullRequestSettings, type PullRequestSettings } from './inputs/pull-request-settings.js'
import type { PullRequestReview } from './pull-request/review.js'

/** GitHub shows at most 10 error annotations per step; the rest are counted in the summary. */
const MAX_ANNOTATIONS = 10

export async function runProfiles(
  inputs: RawInputs,
  dependencies: GateDependencies,
  writeSummary: (markdown: string) => Promise<void>
): Promise<void> {
  // The comment is public and the runner masks only its log: every secret is kept out of it too.
  const secrets = new Set(
    SECRET_INPUTS.map(name => inputs[name] ?? '').filter(secret => secret !== '')
  )
  const recording: GateDependencies = {
    ...dependencies,
    mask: secret => {
      secrets.add(secret)
      dependencies.mask(secret)
    }
  }
  const settings = pullRequestSettings(inputs)
  const review = await openReview(settings, text => redact(text, secrets))
  const checksFile = !settings.changedOnly
    ? undefined
    : await review?.selectFiles([inputs['registries-file'] ?? '', inputs['lock-file'] ?? ''])
  let run
  try {
    run = await checkProfiles(inputs, recording, {
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      ...(checksFile === undefined ? {} : { checksFile })
    })
  } catch (error) {
    if (isGateError(error)) await review?.commentError(error, commentKey(inputs))
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
  const { outcome, document, output, lock } = run
  if (lock !== undefined) await saveLock(lock)
  if (checksFile !== undefined && run.files.length === 0)
    core.notice(
      'This pull request changes no profile file that charts-file matches: nothing to check.'
    )
  const failures = outcome.results.filter(
    result => result.status === 'invalid' || result.status === 'error'
  )
  for (const failure of failures.slice(0, MAX_ANNOTATIONS)) annotate(failure)
  const manifestFile = await writeDocumentFile(
    output.file ??
      path.join(
        process.env.RUNNER_TEMP ?? os.tmpdir(),
        'palette-chart-gate',
        `profile.${output.format}`
      ),
    renderManifest(document, output.format)
  )
  await writeSummary(summaryForBatch(outcome, Math.max(0, failures.length - MAX_ANNOTATIONS)))
  publishOutputs(outcome, manifestFile)
  await review?.comment(
    outcome,
    commentKey(inputs),
    checksFile === undefined ? undefined : run.files.length
  )
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

/** The pull request's review, when the run is for one and changed-only or comment asks for it. */
async function openReview(
  settings: PullRequestSettings,
  redactSecrets: (text: string) => string
): Promise<PullRequestReview | undefined> {
  if (!settings.changedOnly && !settings.comment) return undefined
  const event = process.env.GITHUB_EVENT_NAME ?? ''
  // pull_request_target checks out the base branch: its files are not the pull request's.
  if (event === 'pull_request_target') {
    core.notice(
      'changed-only and comment apply to pull_request runs; under pull_request_target the checkout is the base branch, so every profile file is checked and no comment is written.'
    )
    return undefined
  }
  if (event !== 'pull_request') return undefined
  // Loaded only here: runs outside pull requests start without the GitHub client.
  const { PullRequestReview } = await import('./pull-request/review.js')
  return PullRequestReview.open(settings, {
    info: message => core.info(message),
    notice: message => core.notice(message),
    warning: message => core.warning(message),
    redact: redactSecrets
  })
}

/** What tells this check's comment from another job's: its profiles, registries and regions. */
function commentKey(inputs: RawInputs): string {
  return [inputs['charts-file'], inputs['registries-file'], inputs.region]
    .map(value =>
      (value ?? '')
        .trim()
        .split(/\s*\n\s*/)
        .join(', ')
    )
    .filter(value => value !== '')
    .join('; ')
}

/** The text with each secret replaced by ***, as the runner shows its log. */
function redact(text: string, secrets: ReadonlySet<string>): string {
  let redacted = text
  // As given, and as a comment's table escapes it.
  for (const secret of secrets)
    for (const form of [secret, markdownCell(secret)]) redacted = redacted.replaceAll(form, '***')
  return redacted
}

function publishOutputs(outcome: BatchOutcome, manifestFile: string): void {
  core.setOutput('valid', String(outcome.valid))
  core.setOutput(
    'layers',
    JSON.stringify(
      outcome.results.flatMap(result => (result.pack === undefined ? [] : [result.pack]))
    )
  )
  core.setOutput('results', JSON.stringify(outcome.results.map(resultRow)))
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
