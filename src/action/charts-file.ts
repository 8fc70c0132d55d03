// The action adapter for profile files (charts-file): every layer checked, each failure an
// annotation on the line that declares it, a per-layer job summary, the outputs and the profile
// document.
import * as core from '@actions/core'
import path from 'node:path'
import { resultRow, type BatchOutcome, type LayerResult } from '../gate/batch.js'
import { checkProfiles } from '../gate/profiles.js'
import type { GateDependencies } from '../gate/run.js'
import { SECRET_INPUTS, type RawInputs } from '../inputs/input-names.js'
import { lockSaveFailure } from '../inputs/lock-file.js'
import { ProfileFilesError } from '../inputs/profile-files.js'
import { loadProfileRun } from '../inputs/profile-run.js'
import type { FileAccess } from '../workspace-files.js'
import { failureText, isGateError } from '../errors.js'
import { renderManifest } from '../palette/layer.js'
import { writeDocumentFile } from '../report/manifest-file.js'
import {
  cutOutputWarning,
  fitJsonArray,
  MAX_OUTPUT_BYTES,
  MAX_SUMMARY_BYTES
} from '../report/output-limits.js'
import { annotatedFailures } from '../report/annotations.js'
import { counted, isAre } from '../report/plural.js'
import { summaryForBatch } from '../report/profile-summary.js'
import { summaryForError } from '../report/summary.js'
import { SecretRedactor } from '../report/redaction.js'
import type { ArchiveStoreOpener } from '../cache/archive-store.js'
import { PullRequestRun } from './pull-request.js'
import { gateTempFolder } from './runner-temp.js'

/** What the action's entry hands the profile adapter. */
export interface ProfileAdapterContext {
  /** Everything the gate needs but the archive store, which follows from the plan. */
  dependencies: GateDependencies
  archivesFor: ArchiveStoreOpener
  writeSummary: (markdown: string) => Promise<void>
  access: FileAccess
}

export async function runProfiles(
  inputs: RawInputs,
  { dependencies, archivesFor, writeSummary, access }: ProfileAdapterContext
): Promise<void> {
  // The comment is public and the runner masks only its log: every secret is kept out of it too.
  const secrets = new SecretRedactor()
  for (const name of SECRET_INPUTS) secrets.add(inputs[name] ?? '')
  const mask = (secret: string): void => {
    secrets.add(secret)
    dependencies.mask(secret)
  }
  let pullRequest: PullRequestRun | undefined
  let run
  try {
    const plan = await loadProfileRun(inputs, {
      environment: dependencies.environment,
      mask,
      access,
      selectFiles: async settings => {
        pullRequest = await PullRequestRun.open(settings, inputs, secrets, dependencies.warning)
        return pullRequest.selectFiles(access.workspace)
      }
    })
    const archiveStore = await archivesFor(plan.cache)
    run = await checkProfiles(plan, { ...dependencies, mask, archiveStore })
  } catch (error) {
    if (isGateError(error)) await pullRequest?.commentError(error)
    if (error instanceof ProfileFilesError) {
      // The step's failure, which lists every problem, is the last error annotation.
      for (const location of error.locations.slice(0, annotatedFailures(error.locations.length)))
        core.error(location.message, {
          title: 'palette-chart-gate: configuration error',
          file: location.file,
          ...(location.line > 0 ? { startLine: location.line } : {})
        })
    }
    throw error
  }
  const { outcome, document, output, lock } = run
  if (!run.everyFile && run.files.length === 0)
    core.notice(
      'This pull request changes no profile file that charts-file matches: nothing to check.'
    )
  const failures = outcome.results.filter(
    result => result.status === 'invalid' || result.status === 'error'
  )
  const annotated = annotatedFailures(failures.length)
  for (const failure of failures.slice(0, annotated)) annotate(failure)
  const manifestFile = await writeDocumentFile(
    output.file ?? path.join(gateTempFolder(process.env), `profile.${output.format}`),
    renderManifest(document, output.format),
    access
  )
  await writeSummary(
    summaryForBatch(outcome, failures.length - annotated, {
      maxBytes: MAX_SUMMARY_BYTES,
      manifestFile
    })
  )
  publishOutputs(outcome, manifestFile, dependencies.warning)
  // A lock that cannot be written fails the step, after the results are out: they are not lost.
  const lockFailure = lock === undefined ? undefined : await lockSaveFailure(lock)
  await pullRequest?.comment(outcome, run.everyFile ? undefined : run.files.length)
  if (lockFailure !== undefined) {
    core.setOutput('valid', 'false')
    await writeSummary(summaryForError(lockFailure))
  }
  if (!outcome.valid) {
    const checked = outcome.counts.layers - outcome.counts.skipped
    // The last error annotation GitHub shows: it counts the failures that have none.
    const verdict =
      annotated < failures.length
        ? `${failures.length} of ${counted(checked, 'layer')} ${isAre(failures.length)} not valid; ${counted(failures.length - annotated, 'more failure')} ${failures.length - annotated === 1 ? 'has' : 'have'} no annotation (GitHub shows 10 per step): see the job summary and the results output.`
        : `${failures.length} of ${counted(checked, 'layer')} ${isAre(failures.length)} not valid (see the annotations and the job summary)`
    // One failure message for both: the verdict, and why the lock was not written.
    core.setFailed(lockFailure === undefined ? verdict : `${verdict}\n${failureText(lockFailure)}`)
  } else if (lockFailure !== undefined) {
    core.setFailed(failureText(lockFailure))
  } else {
    core.info(
      `✅ ${counted(outcome.counts.valid, 'layer')} valid, ${outcome.counts.skipped} skipped; profile written to ${manifestFile}`
    )
  }
}

/** Each output within GitHub's limit: the JSON arrays keep their first entries, each whole. */
function publishOutputs(
  outcome: BatchOutcome,
  manifestFile: string,
  warning: (message: string) => void
): void {
  const layers = fitJsonArray(
    outcome.results.flatMap(result => (result.pack === undefined ? [] : [result.pack])),
    MAX_OUTPUT_BYTES
  )
  const results = fitJsonArray(outcome.results.map(resultRow), MAX_OUTPUT_BYTES)
  core.setOutput('valid', String(outcome.valid))
  core.setOutput('layers', layers.json)
  core.setOutput('results', results.json)
  core.setOutput('counts', JSON.stringify(outcome.counts))
  core.setOutput('manifest-file', manifestFile)
  core.setOutput('truncated', String(layers.kept < layers.total || results.kept < results.total))
  if (layers.kept < layers.total)
    warning(
      cutOutputWarning(
        'layers',
        layers,
        `the manifest file ${manifestFile} (output manifest-file) holds every layer`
      )
    )
  if (results.kept < results.total)
    warning(
      cutOutputWarning(
        'results',
        results,
        `failures come first in the job summary, and the manifest file ${manifestFile} (output manifest-file) holds every valid layer`
      )
    )
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
