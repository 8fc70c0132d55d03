// A profiles run inside a pull request: which files to check (changed-only) and the sticky comment.
// Nothing here may fail the check: GitHub refusing or failing is a notice or a warning, and the
// verdict stays that of the layers.
import type { BatchOutcome } from '../gate/batch.js'
import type { PullRequestSettings } from '../inputs/pull-request-settings.js'
import {
  errorComment,
  failureComment,
  passedComment,
  supersededComment,
  type CommentContext
} from '../report/pr-comment.js'
import { counted } from '../report/plural.js'
import type { StepsStop } from './bounded-steps.js'
import { filesToCheck } from './changed-files.js'
import { commentMarker, commentStamp } from './comment-identity.js'
import { currentPullRequest, jobIdentity, runUrl, type PullRequest } from './event.js'
import { PullRequestApi, type ChangedFiles, type PostedComment } from './github.js'
import { describeError, statusOf } from './octokit.js'
import { describeCut } from './paging.js'

export interface ReviewLog {
  info: (message: string) => void
  notice: (message: string) => void
  warning: (message: string) => void
}

export class PullRequestReview {
  private constructor(
    private readonly api: PullRequestApi,
    private readonly pull: PullRequest,
    private readonly settings: PullRequestSettings,
    private readonly log: ReviewLog
  ) {}

  /** The review of the event's pull request; undefined outside one or without a token. */
  static open(settings: PullRequestSettings, log: ReviewLog): PullRequestReview | undefined {
    const pull = currentPullRequest()
    if (pull === undefined) return undefined
    if (settings.token === '') {
      log.notice(
        'github-token is empty: every profile file is checked and no pull-request comment is written.'
      )
      return undefined
    }
    return new PullRequestReview(
      new PullRequestApi(settings.token, pull, settings.timeoutMs),
      pull,
      settings,
      log
    )
  }

  /**
   * Whether each matched file is checked: those the pull request changes, or every one (undefined)
   * when it changes a file all layers share, or when its file list cannot be read.
   */
  async selectFiles(
    sharedFiles: readonly string[]
  ): Promise<((file: string) => boolean) | undefined> {
    let changed: ChangedFiles
    try {
      changed = await this.api.changedFiles()
    } catch (error) {
      this.log.warning(
        `Could not list the files of pull request #${this.pull.number} (${describeError(error)}); every profile file is checked.`
      )
      return undefined
    }
    if (changed.cut !== undefined) {
      this.log.warning(
        `Could not list every file of pull request #${this.pull.number} (${describeCut(changed.cut, 'files')}; ${counted(changed.listed, 'file')} read); every profile file is checked.`
      )
      return undefined
    }
    // GitHub lists at most 3000 files: a longer pull request may change profiles not listed.
    if (this.pull.changedFiles !== undefined && changed.listed < this.pull.changedFiles) {
      this.log.info(
        `GitHub listed ${changed.listed} of the ${counted(this.pull.changedFiles, 'file')} pull request #${this.pull.number} changes; every profile file is checked.`
      )
      return undefined
    }
    const select = filesToCheck(changed.paths, sharedFiles)
    this.log.info(
      select === undefined
        ? `Pull request #${this.pull.number} changes a file every layer depends on; every profile file is checked.`
        : `Checking only the profile files pull request #${this.pull.number} changes (${counted(changed.listed, 'file')} changed; changed-only: false checks all).`
    )
    return select
  }

  /** Creates or updates the one comment; marks it passed when every layer is valid. */
  async comment(
    outcome: BatchOutcome,
    key: string,
    changedFiles: number | undefined
  ): Promise<void> {
    const context = this.contextFor(key, changedFiles)
    await this.post(context, failureComment(outcome, context), passedComment(outcome, context))
  }

  /** Files that cannot be checked at all: the comment says so, instead of keeping old results. */
  async commentError(
    error: { title: string; message: string; hint: string },
    key: string
  ): Promise<void> {
    const context = this.contextFor(key, undefined)
    const body = errorComment(error, context)
    await this.post(context, body, body)
  }

  /** `key` tells this check's comment from other jobs' (see commentMarker). */
  private contextFor(key: string, changedFiles: number | undefined): CommentContext {
    return {
      marker: commentMarker(key),
      stamp: commentStamp(jobIdentity(), this.pull.headSha),
      runUrl: runUrl(),
      headSha: this.pull.headSha,
      changedFiles
    }
  }

  private async post(
    context: CommentContext,
    body: string | undefined,
    passedBody: string
  ): Promise<void> {
    if (!this.settings.comment) return
    const pull = `Pull request #${this.pull.number}`
    try {
      const posted = await this.api.upsertComment({
        marker: context.marker,
        job: jobIdentity(),
        commit: this.pull.headSha,
        body,
        passedBody,
        supersededBody: (marker, replacementUrl) =>
          supersededComment(marker, context, replacementUrl)
      })
      const done = doneText(posted)
      if (done !== undefined) this.log.info(`${pull}: ${done}.`)
      if (posted.cut !== undefined)
        this.log.warning(
          `${pull}: the list of its comments was cut short (${describeCut(posted.cut, 'comments')}); an earlier comment of the gate past it is neither updated nor marked superseded.`
        )
      if (posted.left !== undefined)
        this.log.warning(`${pull}: ${leftText(posted.left)}; later runs go on.`)
    } catch (error) {
      const status = statusOf(error)
      const message = `Could not comment on pull request #${this.pull.number} (${describeError(error)}).`
      // A pull request from a fork gets a read-only token: expected, and no fault of the check.
      if (status === 403 || status === 404)
        this.log.notice(
          `${message} The token cannot write to it: pull requests from forks get a read-only token, and the job needs \`permissions: pull-requests: write\`. The job summary has the report.`
        )
      else this.log.warning(`${message} The job summary has the report.`)
    }
  }
}

/** "comment updated; 1 earlier comment marked superseded; 2 copies deleted", or nothing done. */
function doneText(posted: PostedComment): string | undefined {
  const parts = [
    ...(posted.action === 'none' ? [] : [`comment ${posted.action}`]),
    ...(posted.superseded === 0
      ? []
      : [`${counted(posted.superseded, 'earlier comment')} marked superseded`]),
    ...(posted.deleted === 0 ? [] : [`${counted(posted.deleted, 'copy', 'copies')} deleted`])
  ]
  return parts.length === 0 ? undefined : parts.join('; ')
}

/** How many earlier comments are left as they were, and why. */
function leftText(left: { copies: number; stale: number; stop: StepsStop }): string {
  const what = [
    ...(left.stale === 0
      ? []
      : [`${counted(left.stale, 'earlier comment')} not marked superseded`]),
    ...(left.copies === 0
      ? []
      : [`${counted(left.copies, 'copy', 'copies')} of the gate's comment not deleted`])
  ].join(' and ')
  const why =
    left.stop.reason === 'count'
      ? `the gate deletes or marks at most ${left.stop.maxSteps} comments in one run`
      : left.stop.reason === 'time'
        ? `timeout-seconds (${left.stop.seconds} s) passed`
        : describeError(left.stop.error)
  return `${what} (${why})`
}
