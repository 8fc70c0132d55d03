// The job summary: the verdict as a table, and a region-by-region table when regions were checked.
// Markdown from pure functions, so the action and tests share it. Within GitHub's limit: long cells
// are cut, and region rows past the limit are left out.
import type { GateError } from '../errors.js'
import type { DeployVerdict } from '../gate/deploy-checks.js'
import type { GateOutcome, RegionCheck } from '../gate/region-verdict.js'
import { linesThatFit, MAX_SUMMARY_BYTES, utf8Bytes } from './output-limits.js'
import { isAre } from './plural.js'

/**
 * A chart's description or a manifest's media types can be megabytes; a cell is cut well below
 * that, so that the verdict table stays far inside the summary's limit.
 */
const MAX_CELL_CHARACTERS = 4000

export function summaryForOutcome(outcome: GateOutcome, maxBytes = MAX_SUMMARY_BYTES): string {
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
      // One a line: cell() turns the line ends into <br> after any cut, never splitting one.
      [
        chart.manifest.config.mediaType,
        ...chart.manifest.layers.map(entry => entry.mediaType)
      ].join('\n')
    ])
    rows.push(['Layer', `${layer.type} / ${layer.layer}, registry ${layer.registry.metadata.name}`])
  } else {
    rows.push(['Problem', outcome.message], ['What to do', outcome.hint])
  }
  if (outcome.deployment !== undefined) rows.push(...deploymentRows(outcome.deployment))
  const regional =
    outcome.checks.length > 1 || outcome.checks.some(check => check.fellBackFrom !== undefined)
  const verdict = render(rows)
  return regional
    ? `${verdict}\n${regionTable(outcome.checks, maxBytes - utf8Bytes(verdict) - 1)}`
    : verdict
}

export function summaryForError(error: Pick<GateError, 'title' | 'message' | 'hint'>): string {
  return render([
    ['Verdict', `❌ ${error.title.toLowerCase()}`],
    ['Problem', error.message],
    ['What to do', error.hint]
  ])
}

/** The region rows that fit in `maxBytes`, then how many were left out. */
function regionTable(checks: readonly RegionCheck[], maxBytes: number): string {
  const head = [
    '| Region | Present | Digest | Fell back to default region |',
    '| --- | --- | --- | --- |'
  ]
  const rows = checks.map(check => {
    const own = check.fellBackFrom ?? check.result
    const present = own.valid ? '✅' : `❌ ${own.finding.verdict}`
    const used = check.result
    const digest = used.valid ? `\`${used.chart.digest}\`` : '—'
    const fellBack =
      check.fellBackFrom === undefined
        ? 'no'
        : `yes, ${used.target.region ?? ''}: ${used.valid ? 'found' : 'missing too'}`
    return `| ${cell(check.region ?? '—')} | ${cell(present)} | ${digest} | ${cell(fellBack)} |`
  })
  const whole = `${[...head, ...rows].join('\n')}\n`
  if (utf8Bytes(whole) <= maxBytes) return whole
  const note = (left: number): string =>
    `${left} of ${rows.length} regions ${isAre(left)} left out: GitHub shows at most 1 MiB of a job summary. The region-results output lists them.`
  const room = maxBytes - utf8Bytes(`${[...head, '', note(rows.length)].join('\n')}\n`)
  const kept = linesThatFit(rows, room)
  return `${[...head, ...rows.slice(0, kept), '', note(rows.length - kept)].join('\n')}\n`
}

function cell(text: string): string {
  return cut(text).replaceAll('|', '\\|').replaceAll('\n', '<br>')
}

function cut(text: string): string {
  if (text.length <= MAX_CELL_CHARACTERS) return text
  // Never between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_CELL_CHARACTERS - 1))
    ? MAX_CELL_CHARACTERS - 1
    : MAX_CELL_CHARACTERS
  return `${text.slice(0, end)}… (${text.length} characters)`
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

/** Which deploy checks ran, and the Kubernetes the chart was judged against or why it was not. */
function deploymentRows(deployment: DeployVerdict): Array<[string, string]> {
  const failed = deployment.refusals.map(refusal => refusal.check)
  const { kubernetes } = deployment
  return [
    [
      'Deploy checks',
      `${deployment.ran.join(', ')}${failed.length > 0 ? ` (failed: ${failed.join(', ')})` : ': passed'}`
    ],
    [
      'Kubernetes',
      kubernetes.checked
        ? `${kubernetes.verdict} with ${kubernetes.target} (kubeVersion ${kubernetes.kubeVersion ?? 'not set'})`
        : `not checked: ${kubernetes.reason}`
    ]
  ]
}
