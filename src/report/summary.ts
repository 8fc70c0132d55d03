// The job summary: the verdict as a table, in Markdown. Pure, so the action and tests share it.
import type { GateError } from '../errors.js'
import type { GateOutcome } from '../gate.js'

export function summaryForOutcome(outcome: GateOutcome): string {
  const { target } = outcome
  const rows: Array<[string, string]> = [
    ['Verdict', outcome.valid ? '✅ valid' : `❌ ${outcome.finding.verdict}`],
    ['Chart', `${target.chart.name} ${target.chart.version}`],
    ['Reference', `oci://${target.reference}`]
  ]
  if (outcome.valid) {
    const { metadata, digest, manifest } = outcome.chart
    rows.push(['Digest', `\`${digest}\``])
    if (metadata.appVersion !== undefined) rows.push(['App version', metadata.appVersion])
    if (metadata.description !== undefined) rows.push(['Description', metadata.description])
    rows.push([
      'Media types',
      [manifest.config.mediaType, ...manifest.layers.map(layer => layer.mediaType)].join('<br>')
    ])
    rows.push([
      'Layer',
      `${outcome.layer.type} / ${outcome.layer.layer}, registry ${outcome.layer.registry.metadata.name}`
    ])
  } else {
    rows.push(['Problem', outcome.message], ['What to do', outcome.hint])
  }
  return render(rows)
}

export function summaryForError(error: GateError): string {
  return render([
    ['Verdict', `❌ ${error.title.toLowerCase()}`],
    ['Problem', error.message],
    ['What to do', error.hint]
  ])
}

function render(rows: Array<[string, string]>): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', '<br>')
  return [
    '### Palette chart gate',
    '',
    '| Check | Result |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
    ''
  ].join('\n')
}
