// Which comments on a pull request are the gate's, and which of them this run takes over, deletes
// or marks superseded. Pure: the comments come in as GitHub lists them, the decisions go out.
import { SUPERSEDED_HEADING } from '../report/pr-comment.js'

const MARKER_PREFIX = '<!-- palette-chart-gate: '
const STAMP_PREFIX = '<!-- palette-chart-gate for '

/**
 * A comment the gate wrote starts with this line (invisible in the rendered comment). `key` names
 * the inputs that shape the verdict, so jobs checking other profiles keep a comment each.
 */
export function commentMarker(key: string): string {
  return `${MARKER_PREFIX}${hidden(key)} -->`
}

/**
 * The comment's second line, also hidden: the job that wrote it and the commit it reports on. A
 * later run of that job with other inputs supersedes it; another job never does.
 */
export function commentStamp(job: string, commit: string): string {
  return `${STAMP_PREFIX}${hidden(commit)} by ${hidden(job)} -->`
}

export interface ListedComment {
  id: number
  body?: string | undefined
  user: { login: string } | null
}

/** What this run does with the gate's comments already on the pull request. */
export interface CommentPlan<T> {
  /** This check's comment, to update; undefined when there is none yet. */
  existing: T | undefined
  /** Later copies of it (two runs racing each created one): deleted. */
  copies: T[]
  /** The same job's comments for other inputs, written for an earlier commit: superseded. */
  stale: T[]
}

/**
 * The plan for `comments` (oldest first). Only comments the token's own user wrote count, never a
 * person's, whatever it says; a reply quoting one starts with "> ", and an edit in the web page may
 * turn the line ends into CRLF.
 */
export function planComments<T extends ListedComment>(
  comments: readonly T[],
  self: { login: string; marker: string; job: string; commit: string }
): CommentPlan<T> {
  const plan: CommentPlan<T> = { existing: undefined, copies: [], stale: [] }
  for (const comment of comments) {
    if (comment.user?.login !== self.login) continue
    const [marker = '', second = ''] = (comment.body ?? '').split(/\r?\n/, 2)
    if (!marker.startsWith(MARKER_PREFIX) || !marker.endsWith(' -->')) continue
    if (marker === self.marker) {
      if (plan.existing === undefined) plan.existing = comment
      else plan.copies.push(comment)
    } else if (second !== SUPERSEDED_HEADING && isStale(second, self)) plan.stale.push(comment)
  }
  return plan
}

/**
 * Another check's comment is stale when the same job wrote it (or a version of the gate that wrote
 * no stamp) for another commit: a job running beside this one (a matrix) has written its comment
 * for this commit already, or writes it again when it finishes.
 */
function isStale(stampLine: string, self: { job: string; commit: string }): boolean {
  const stamp = readStamp(stampLine)
  if (stamp === undefined) return true
  return stamp.job === hidden(self.job) && stamp.commit !== hidden(self.commit)
}

function readStamp(line: string): { commit: string; job: string } | undefined {
  if (!line.startsWith(STAMP_PREFIX) || !line.endsWith(' -->')) return undefined
  const text = line.slice(STAMP_PREFIX.length, -' -->'.length)
  const at = text.indexOf(' by ')
  return at === -1 ? undefined : { commit: text.slice(0, at), job: text.slice(at + ' by '.length) }
}

/** Whether a comment, as read again just before it is edited, is still one to supersede. */
export function stillStale(
  body: string | undefined,
  self: { job: string; commit: string }
): boolean {
  const second = (body ?? '').split(/\r?\n/, 2)[1] ?? ''
  return second !== SUPERSEDED_HEADING && isStale(second, self)
}

/** Text inside an HTML comment: "--" would end it early, and input values are written by users. */
function hidden(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, ' ')
}
