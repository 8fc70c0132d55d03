// A profiles run inside a pull request: which files to check (changed-only) and the sticky comment.
// Nothing here may fail the check: GitHub refusing or failing is a notice or a warning, and the
// verdict stays that of the layers.
import type { BatchOutcome } from '../gate/batch.js'
import type { PullRequestSettings } from '../inputs/pull-request-settings.js'
import {
  errorComment,
  failureComment,
  passedComment,
  type CommentContext
} from '../report/pr-comment.js'
import { filesToCheck } from './changed-files.js'
import {
  commentMarker,
  currentPullRequest,
  PullRequestApi,
  runUrl,
  statusOf,
  type ChangedFiles,
  type PullRequest
} from './github.js'

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
        `Could not list the files of pull request #${this.pull.number} (${describe(error)}); every profile file is checked.`
      )
      return undefined
    }
    // GitHub lists at most 3000 files: a longer pull request may change profiles not listed.
    if (this.pull.changedFiles !== undefined && changed.listed < this.pull.changedFiles) {
      this.log.info(
        `GitHub listed ${changed.listed} of the ${this.pull.changedFiles} files pull request #${this.pull.number} changes; every profile file is checked.`
      )
      return undefined
    }
    const select = filesToCheck(changed.paths, sharedFiles)
    this.log.info(
      select === undefined
        ? `Pull request #${this.pull.number} changes a file every layer depends on; every profile file is checked.`
        : `Checking only the profile files pull request #${this.pull.number} changes (${changed.listed} files changed; changed-only: false checks all).`
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
      runUrl: runUrl(),
      headSha: this.pull.headSha,
      ...(changedFiles === undefined ? {} : { changedFiles })
    }
  }

  private async post(
    context: CommentContext,
    body: string | undefined,
    passedBody: string
  ): Promise<void> {
    if (!this.settings.comment) return
    try {
      const posted = await this.api.upsertComment(context.marker, body, passedBody)
      if (posted.action !== 'none')
        this.log.info(`Pull request #${this.pull.number}: comment ${posted.action}.`)
    } catch (error) {
      const status = statusOf(error)
      const message = `Could not comment on pull request #${this.pull.number} (${describe(error)}).`
      // A pull request from a fork gets a read-only token: expected, and no fault of the check.
      if (status === 403 || status === 404)
        this.log.notice(
          `${message} The token cannot write to it: pull requests from forks get a read-only token, and the job needs \`permissions: pull-requests: write\`. The job summary has the report.`
        )
      else this.log.warning(`${message} The job summary has the report.`)
    }
  }
}

function describe(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  return status === undefined ? message : `HTTP ${status}: ${message}`
}
