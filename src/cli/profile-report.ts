// The command line over profile files: a table (or JSON) of every layer on stdout, a progress line
// on stderr when it is a terminal and the run is long, the profile document with --output-file.
import { escapeControls } from '../errors.js'
import { resultRow, type LayerResult } from '../gate/batch.js'
import { checkProfiles } from '../gate/profiles.js'
import { loadProfileRun } from '../inputs/profile-run.js'
import type { ArchiveStoreOpener } from '../cache/archive-store.js'
import type { GateDependencies } from '../gate/session.js'
import type { RawInputs } from '../inputs/input-names.js'
import { saveLock } from '../inputs/lock-file.js'
import type { FileAccess } from '../workspace-files.js'
import { renderManifest } from '../palette/layer.js'
import { writeDocumentFile } from '../report/manifest-file.js'
import { counted } from '../report/plural.js'

export interface ProfileStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Standard error is a terminal: a progress line may be redrawn on it. */
  isTerminal?: boolean
}

/** Below this many layers a run is quick enough to need no progress line. */
const PROGRESS_FROM_LAYERS = 20
const ORDER: Record<LayerResult['status'], number> = { invalid: 0, error: 1, valid: 2, skipped: 3 }

/** Exit code: 0 every layer valid, 1 a layer invalid, 2 a layer could not be checked. */
export async function runProfilesCli(
  inputs: RawInputs,
  {
    dependencies,
    archivesFor,
    streams
  }: {
    /** Everything the gate needs but the archive store, which follows from the plan. */
    dependencies: GateDependencies
    archivesFor: ArchiveStoreOpener
    streams: ProfileStreams
  },
  access: FileAccess
): Promise<number> {
  const progress = (done: number, total: number): void => {
    if (streams.isTerminal !== true || total < PROGRESS_FROM_LAYERS) return
    streams.stderr(`\rchecked ${done}/${total} layers${done === total ? '\n' : ''}`)
  }
  const plan = await loadProfileRun(inputs, {
    environment: dependencies.environment,
    mask: dependencies.mask,
    access
  })
  const archiveStore = await archivesFor(plan.cache)
  const { outcome, document, output, lock } = await checkProfiles(
    plan,
    { ...dependencies, archiveStore },
    progress
  )
  if (output.file !== undefined)
    await writeDocumentFile(output.file, renderManifest(document, output.format), access)
  if (output.format === 'json') {
    const { valid, counts, results } = outcome
    const json = JSON.stringify({ valid, counts, results: results.map(resultRow) }, null, 2)
    // JSON escapes C0 controls in strings but not DEL, C1, separators or bidi controls; its only
    // raw control characters are the new lines between its own lines.
    streams.stdout(`${json.split('\n').map(escapeControls).join('\n')}\n`)
  } else {
    streams.stdout(table([...outcome.results].sort((a, b) => ORDER[a.status] - ORDER[b.status])))
    const { counts } = outcome
    streams.stderr(
      `${counted(counts.layers, 'layer')}: ${counts.valid} valid, ${counts.invalid} invalid, ${counted(counts.error, 'error')}, ${counts.skipped} skipped\n`
    )
  }
  // After the results are printed: a lock that cannot be written does not lose them.
  if (lock !== undefined) await saveLock(lock)
  if (outcome.counts.invalid > 0) return 1
  return outcome.counts.error > 0 ? 2 : 0
}

function table(results: readonly LayerResult[]): string {
  const header = ['STATUS', 'LAYER', 'CHART', 'VERSION', 'REGISTRY', 'DETAIL']
  // Every cell comes from profile files (or a registry): escaped, so no row can start a line of
  // its own (a `::add-mask::` workflow command) or send a terminal an escape sequence.
  const rows = results.map(result =>
    [
      result.status,
      `${result.file}:${result.line}`,
      result.chart,
      result.version,
      result.registry + (result.region === null ? '' : ` (${result.region})`),
      detail(result).replace(/\s+/g, ' ')
    ].map(escapeControls)
  )
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map(row => (row[column] ?? '').length))
  )
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)
      )
      .join('  ')
  return `${[header, ...rows].map(line).join('\n')}\n`
}

/** The digest of a valid layer; the reason of any other, and its hint (one row per layer). */
function detail(result: LayerResult): string {
  if (result.status === 'valid') return result.digest ?? ''
  const reason = result.reason ?? ''
  return result.hint === null || result.hint === '' ? reason : `${reason}; hint: ${result.hint}`
}
