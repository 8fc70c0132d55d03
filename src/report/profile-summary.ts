// The job summary of a batch run: counts, then one row per layer, failures first. Valid and skipped
// rows fold away, so that 500 layers stay readable.
import type { BatchOutcome, LayerResult } from '../gate/batch.js'
import { markdownCell } from './markdown.js'

const ORDER: Record<LayerResult['status'], number> = { invalid: 0, error: 1, valid: 2, skipped: 3 }
const ICON: Record<LayerResult['status'], string> = {
  invalid: '❌ invalid',
  error: '⚠️ error',
  valid: '✅ valid',
  skipped: '➖ skipped'
}

export function summaryForBatch(outcome: BatchOutcome, unannotated: number): string {
  const { counts } = outcome
  const rows = [...outcome.results].sort((a, b) => ORDER[a.status] - ORDER[b.status])
  const failing = rows.filter(row => row.status === 'invalid' || row.status === 'error')
  const passing = rows.filter(row => row.status === 'valid' || row.status === 'skipped')
  const lines = [
    `## palette-chart-gate: ${outcome.valid ? '✅ every layer is valid' : `❌ ${failing.length} of ${counts.layers - counts.skipped} layers are not valid`}`,
    '',
    `${counts.layers} layers: ${counts.valid} valid, ${counts.invalid} invalid, ${counts.error} errors, ${counts.skipped} skipped.`
  ]
  if (unannotated > 0)
    lines.push(
      '',
      `${unannotated} more failures are listed here without an annotation (GitHub shows 10 per step).`
    )
  if (failing.length > 0) lines.push('', ...layerTable(failing))
  if (passing.length > 0) {
    const body = layerTable(passing)
    lines.push(
      '',
      ...(failing.length > 0 || passing.length > 20
        ? ['<details><summary>Valid and skipped layers</summary>', '', ...body, '', '</details>']
        : body)
    )
  }
  return `${lines.join('\n')}\n`
}

/** One row per layer; every cell from a file or a registry goes through `cell`. */
export function layerTable(
  rows: readonly LayerResult[],
  cell: (text: string) => string = text => markdownCell(text)
): string[] {
  return [
    '| Layer | Chart | Version | Registry | Status | Details |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      row =>
        `| ${[
          cell(`${row.file}:${row.line}`),
          cell(row.chart),
          cell(row.version),
          cell(row.registry + (row.region === null ? '' : ` (${row.region})`)),
          ICON[row.status],
          row.status === 'valid' ? `\`${row.digest ?? ''}\`` : cell(row.reason ?? '')
        ].join(' | ')} |`
    )
  ]
}
