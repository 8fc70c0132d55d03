// The pull-request comment: the failures and the counts, with a link to the run's job summary. It is
// read in the conversation, so it stays short: at most MAX_ROWS failures, each cell cut; and it is
// public, so what a profile file or a registry wrote is shown in code spans, where nothing renders.
import type { BatchOutcome } from '../gate/batch.js'
import { codeCell, markdownCell } from './markdown.js'
import { layerTable } from './profile-summary.js'

const MAX_ROWS = 30
const MAX_CELL_CHARACTERS = 400

export interface CommentContext {
  /** The hidden line that identifies the gate's comment. */
  marker: string
  runUrl: string
  headSha: string
  /** Files checked, when only those the pull request changes were. */
  changedFiles?: number
}

/** The comment for a run with failures; undefined when every layer is valid. */
export function failureComment(outcome: BatchOutcome, context: CommentContext): string | undefined {
  if (outcome.valid) return undefined
  const failing = outcome.results.filter(
    result => result.status === 'invalid' || result.status === 'error'
  )
  const shown = failing.slice(0, MAX_ROWS)
  const lines = [
    context.marker,
    `### ❌ palette-chart-gate: ${failing.length} of ${outcome.counts.layers - outcome.counts.skipped} layers are not valid`,
    '',
    counts(outcome, context),
    '',
    ...layerTable(shown, text => codeCell(text, MAX_CELL_CHARACTERS))
  ]
  if (failing.length > shown.length)
    lines.push('', `${failing.length - shown.length} more failures are in the job summary.`)
  lines.push('', footer(context))
  return `${lines.join('\n')}\n`
}

/** What an earlier failure comment becomes once every layer is valid. */
export function passedComment(outcome: BatchOutcome, context: CommentContext): string {
  return `${[
    context.marker,
    '### ✅ palette-chart-gate: every layer is valid',
    '',
    `${counts(outcome, context)} The failures reported here before are fixed.`,
    '',
    footer(context)
  ].join('\n')}\n`
}

/** The comment for profile files that cannot be checked at all (a configuration error). */
export function errorComment(
  error: { title: string; message: string; hint: string },
  context: CommentContext
): string {
  const problems = error.message.split(/\r\n|\r|\n/)
  const shown = problems
    .slice(0, MAX_ROWS)
    .map(problem => `- ${codeCell(problem, MAX_CELL_CHARACTERS, false)}`)
  return `${[
    context.marker,
    `### ❌ palette-chart-gate: ${error.title.toLowerCase()}; no layer was checked`,
    '',
    ...shown,
    ...(problems.length > shown.length
      ? [`- ${problems.length - shown.length} more in the job log`]
      : []),
    '',
    `Hint: ${markdownCell(error.hint, MAX_CELL_CHARACTERS)}`,
    '',
    footer(context)
  ].join('\n')}\n`
}

function counts(outcome: BatchOutcome, context: CommentContext): string {
  const { counts: c } = outcome
  const scope =
    context.changedFiles === undefined
      ? ''
      : ` in the ${context.changedFiles} profile ${context.changedFiles === 1 ? 'file' : 'files'} this pull request changes`
  return `${c.layers} layers${scope}: ${c.valid} valid, ${c.invalid} invalid, ${c.error} errors, ${c.skipped} skipped.`
}

function footer(context: CommentContext): string {
  return `[Job summary and annotations](${context.runUrl}) · commit ${context.headSha.slice(0, 12)}`
}
