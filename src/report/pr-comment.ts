// The pull-request comment: the failures and the counts, with a link to the run's job summary. It is
// read in the conversation, so it stays short: at most MAX_ROWS failures, each cell cut; and it is
// public, so what a profile file or a registry wrote is shown in code spans, where nothing renders.
import type { BatchOutcome } from '../gate/batch.js'
import { codeCell, markdownCell } from './markdown.js'
import { counted, isAre } from './plural.js'
import { layerTable } from './profile-summary.js'

const MAX_ROWS = 30
const MAX_CELL_CHARACTERS = 400

/** The heading of a comment marked superseded; such a comment is not marked again. */
export const SUPERSEDED_HEADING = '### ↪️ palette-chart-gate: superseded'

export interface CommentContext {
  /** The hidden line that identifies the gate's comment. */
  marker: string
  /** The hidden second line: the job that writes it and the commit it reports on. */
  stamp: string
  runUrl: string
  headSha: string
  /** Files checked, when only those the pull request changes were. */
  changedFiles?: number | undefined
}

/** The comment for a run with failures; undefined when every layer is valid. */
export function failureComment(outcome: BatchOutcome, context: CommentContext): string | undefined {
  if (outcome.valid) return undefined
  const failing = outcome.results.filter(
    result => result.status === 'invalid' || result.status === 'error'
  )
  const shown = failing.slice(0, MAX_ROWS)
  const checked = outcome.counts.layers - outcome.counts.skipped
  const lines = [
    context.marker,
    context.stamp,
    `### ❌ palette-chart-gate: ${failing.length} of ${counted(checked, 'layer')} ${isAre(failing.length)} not valid`,
    '',
    counts(outcome, context),
    '',
    ...layerTable(shown, text => codeCell(text, MAX_CELL_CHARACTERS))
  ]
  if (failing.length > shown.length)
    lines.push(
      '',
      `${counted(failing.length - shown.length, 'more failure', 'more failures')} ${isAre(failing.length - shown.length)} in the job summary.`
    )
  lines.push('', footer(context))
  return `${lines.join('\n')}\n`
}

/** What an earlier failure comment becomes once every layer is valid. */
export function passedComment(outcome: BatchOutcome, context: CommentContext): string {
  return `${[
    context.marker,
    context.stamp,
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
    context.stamp,
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
      : ` in the ${counted(context.changedFiles, 'profile file')} this pull request changes`
  return `${counted(c.layers, 'layer')}${scope}: ${c.valid} valid, ${c.invalid} invalid, ${counted(c.error, 'error')}, ${c.skipped} skipped.`
}

/**
 * What an earlier comment of the same job becomes once its inputs changed (it would otherwise keep
 * showing results nobody checks any more): its own marker, so that it is recognised, and a link to
 * the comment that replaces it, or to the run when every layer passes and there is none.
 */
export function supersededComment(
  marker: string,
  context: CommentContext,
  replacementUrl: string | undefined
): string {
  const where =
    replacementUrl === undefined
      ? `Under the new inputs every layer is valid: [job summary](${context.runUrl}).`
      : `The results are in [the new comment](${replacementUrl}).`
  return `${[
    marker,
    SUPERSEDED_HEADING,
    '',
    `This check's inputs changed (profiles, registries, endpoint, regions or lock) in commit ${context.headSha.slice(0, 12)}. ${where}`
  ].join('\n')}\n`
}

function footer(context: CommentContext): string {
  return `[Job summary and annotations](${context.runUrl}) · commit ${context.headSha.slice(0, 12)}`
}
