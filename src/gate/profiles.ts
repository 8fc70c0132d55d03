// Profile files checked end to end, for the action and the command line alike: every layer of the
// parsed run plan checked, the lock applied, and the profile document built from the valid ones.
import { escapeControls } from '../errors.js'
import type { DigestLock } from '../inputs/lock-file.js'
import type { ProfileRunPlan } from '../inputs/profile-run.js'
import type { OutputFormat } from '../inputs/request.js'
import { buildProfileDocument, type ProfileDocument } from '../palette/profile-document.js'
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
  lock?: DigestLock | undefined
}

export async function checkProfiles(
  plan: ProfileRunPlan,
  dependencies: GateDependencies,
  onProgress?: (done: number, total: number) => void
): Promise<ProfileRun> {
  const { batch, lock } = plan
  // No file to check (a pull request that changes none) is said by the adapter, not warned here.
  if (batch.layers.length === 0 && batch.files.length > 0)
    dependencies.warning(
      `The profile files hold no Helm layer (oci or helm pack) to check: ${batch.files.map(escapeControls).join(', ')}`
    )
  const checked = await runBatch(batch, dependencies, {
    concurrency: plan.concurrency,
    timeoutMs: plan.timeoutMs,
    deadlineMs: plan.deadlineMs,
    onProgress
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
                reference: result.reference ?? '',
                ...(result.deploy === null ? {} : { deployment: result.deploy })
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
    output: plan.output,
    lock
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
