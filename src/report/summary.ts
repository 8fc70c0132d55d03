// The job summary: the verdict as a table, and a region-by-region table when regions were checked.
// Markdown from pure functions, so the action and tests share it.
import type { GateError } from '../errors.js'
import type { GateOutcome, RegionCheck } from '../gate/region-verdict.js'

export function summaryForOutcome(outcome: GateOutcome): string {
  const [firstCheck] = outcome.checks
  const target = outcome.valid ? outcome.chosen.target : firstCheck?.result.target
  const rows: Array<[string, string]> = [
    ['Verdict', outcome.valid ? '✅ valid' : `❌ ${outcome.verdict}`]
  ]
  if (target !== undefined) {
    rows.push(
      ['Chart', `${target.chart.name} ${target.chart.version}`],
      ['Reference', `oci://${target.reference}`]
    )
  }
  if (outcome.valid) {
    const { chart, layer, target: chosenTarget } = outcome.chosen
    rows.push(['Digest', `\`${chart.digest}\``])
    if (chosenTarget.region !== undefined) {
      rows.push([
        'Region',
        outcome.usedDefaultRegion
          ? `${chosenTarget.region} (default region: the deployment region lacks the chart)`
          : chosenTarget.region
      ])
    }
    if (chart.metadata.appVersion !== undefined)
      rows.push(['App version', chart.metadata.appVersion])
    if (chart.metadata.description !== undefined)
      rows.push(['Description', chart.metadata.description])
    rows.push([
      'Media types',
      [
        chart.manifest.config.mediaType,
        ...chart.manifest.layers.map(entry => entry.mediaType)
      ].join('<br>')
    ])
    rows.push(['Layer', `${layer.type} / ${layer.layer}, registry ${layer.registry.metadata.name}`])
  } else {
    rows.push(['Problem', outcome.message], ['What to do', outcome.hint])
  }
  const regional =
    outcome.checks.length > 1 || outcome.checks.some(check => check.fellBackFrom !== undefined)
  return render(rows) + (regional ? `\n${regionTable(outcome.checks)}` : '')
}

export function summaryForError(error: GateError): string {
  return render([
    ['Verdict', `❌ ${error.title.toLowerCase()}`],
    ['Problem', error.message],
    ['What to do', error.hint]
  ])
}

function regionTable(checks: readonly RegionCheck[]): string {
  const lines = [
    '| Region | Present | Digest | Fell back to default region |',
    '| --- | --- | --- | --- |'
  ]
  for (const check of checks) {
    const own = check.fellBackFrom ?? check.result
    const present = own.valid ? '✅' : `❌ ${own.finding.verdict}`
    const used = check.result
    const digest = used.valid ? `\`${used.chart.digest}\`` : '—'
    const fellBack =
      check.fellBackFrom === undefined
        ? 'no'
        : `yes, ${used.target.region ?? ''}: ${used.valid ? 'found' : 'missing too'}`
    lines.push(
      `| ${cell(check.region ?? '—')} | ${cell(present)} | ${digest} | ${cell(fellBack)} |`
    )
  }
  return `${lines.join('\n')}\n`
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', '<br>')
}

function render(rows: Array<[string, string]>): string {
  return [
    '### Palette chart gate',
    '',
    '| Check | Result |',
    '| --- | --- |',
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
    ''
  ].join('\n')
}
