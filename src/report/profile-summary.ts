// The job summary of a batch run: counts, then one row per layer, failures first. Valid and skipped
// rows fold away, so that 500 layers stay readable; past GitHub's limit the last rows are left out.
import type { BatchOutcome, LayerResult } from '../gate/batch.js'
import { codeCell, markdownCell } from './markdown.js'
import { linesThatFit, utf8Bytes } from './output-limits.js'
import { counted, isAre } from './plural.js'

const ORDER: Record<LayerResult['status'], number> = { invalid: 0, error: 1, valid: 2, skipped: 3 }
const ICON: Record<LayerResult['status'], string> = {
  invalid: '❌ invalid',
  error: '⚠️ error',
  valid: '✅ valid',
  skipped: '➖ skipped'
}

/** Where the summary is cut: its byte bound, and the manifest file that holds every valid layer. */
export interface SummaryBound {
  maxBytes: number
  manifestFile: string
}

export function summaryForBatch(
  outcome: BatchOutcome,
  unannotated: number,
  bound?: SummaryBound
): string {
  const { counts } = outcome
  const rows = [...outcome.results].sort((a, b) => ORDER[a.status] - ORDER[b.status])
  const failing = layerRows(rows.filter(row => row.status === 'invalid' || row.status === 'error'))
  const passing = layerRows(rows.filter(row => row.status === 'valid' || row.status === 'skipped'))
  const head = [
    `## palette-chart-gate: ${outcome.valid ? '✅ every layer is valid' : `❌ ${failing.length} of ${counted(counts.layers - counts.skipped, 'layer')} ${isAre(failing.length)} not valid`}`,
    '',
    `${counted(counts.layers, 'layer')}: ${counts.valid} valid, ${counts.invalid} invalid, ${counted(counts.error, 'error')}, ${counts.skipped} skipped.`
  ]
  const unjudged = kubernetesNotChecked(outcome.results)
  if (unjudged !== undefined) head.push('', unjudged)
  if (unannotated > 0)
    head.push(
      '',
      `${counted(unannotated, 'more failure')} ${isAre(unannotated)} listed here without an annotation (GitHub shows 10 per step).`
    )
  const folded = failing.length > 0 || passing.length > 20
  // The tables keep their headers and the fold stays closed whatever rows are cut.
  const render = (keptFailing: number, keptPassing: number, note?: string): string => {
    const lines = [...head]
    if (failing.length > 0) lines.push('', ...TABLE_HEAD, ...failing.slice(0, keptFailing))
    if (passing.length > 0) {
      const body = [...TABLE_HEAD, ...passing.slice(0, keptPassing)]
      lines.push(
        '',
        ...(folded
          ? ['<details><summary>Valid and skipped layers</summary>', '', ...body, '', '</details>']
          : body)
      )
    }
    if (note !== undefined) lines.push('', note)
    return `${lines.join('\n')}\n`
  }
  const whole = render(failing.length, passing.length)
  if (bound === undefined || utf8Bytes(whole) <= bound.maxBytes) return whole
  // Failures first, then the valid rows, as many as fit beside the note.
  const total = failing.length + passing.length
  const note = (left: number): string =>
    `${left} of ${total} rows ${isAre(left)} left out: GitHub shows at most 1 MiB of a job summary. Every valid layer is in the manifest file ${codeCell(bound.manifestFile, undefined, false)} (output \`manifest-file\`).`
  const room = bound.maxBytes - utf8Bytes(render(0, 0, note(total)))
  const kept = linesThatFit([...failing, ...passing], room)
  const keptFailing = Math.min(kept, failing.length)
  return render(keptFailing, kept - keptFailing, note(total - kept))
}

const TABLE_HEAD = [
  '| Layer | Chart | Version | Registry | Status | Details |',
  '| --- | --- | --- | --- | --- | --- |'
]

/** One row per layer; every cell from a file or a registry goes through `cell`. */
export function layerTable(
  rows: readonly LayerResult[],
  cell: (text: string) => string = text => markdownCell(text)
): string[] {
  return [...TABLE_HEAD, ...layerRows(rows, cell)]
}

function layerRows(
  rows: readonly LayerResult[],
  cell: (text: string) => string = text => markdownCell(text)
): string[] {
  return rows.map(
    row =>
      `| ${[
        cell(`${row.file}:${row.line}`),
        cell(row.chart),
        cell(row.version),
        cell(row.registry + (row.region === null ? '' : ` (${row.region})`)),
        ICON[row.status],
        row.status === 'valid' ? `\`${row.digest ?? ''}\`` : details(row, cell)
      ].join(' | ')} |`
  )
}

/** The reason, then on a line of its own what to do: the hint may hold registry text, so a cell. */
function details(row: LayerResult, cell: (text: string) => string): string {
  const reason = cell(row.reason ?? '')
  return row.hint === null || row.hint === '' ? reason : `${reason}<br>Hint: ${cell(row.hint)}`
}

/** Layers whose Kubernetes is not known were not judged for kubeVersion: the summary says so. */
function kubernetesNotChecked(results: readonly LayerResult[]): string | undefined {
  const unjudged = results.flatMap(result =>
    result.deploy !== null && !result.deploy.kubernetes.checked ? [result.deploy.kubernetes] : []
  )
  const [first] = unjudged
  if (first === undefined) return undefined
  return `Kubernetes compatibility (the chart's kubeVersion) was not checked for ${counted(unjudged.length, 'layer')}: ${markdownCell(first.reason, 300)}${unjudged.length > 1 ? ' (the first reason of those)' : ''}. Set \`kubernetes-version\` to check them.`
}
