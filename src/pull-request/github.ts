// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.
import { boundedOctokit, statusOf, type Octokit } from './octokit.js'
import { commentsOf, filesOf } from './answers.js'
import { runWithin, type StepsStop } from './bounded-steps.js'
import { planComments, stillStale, type ListedComment } from './comment-identity.js'
import { commentUrl, type PullRequest } from './event.js'
import { readPages, type ListingCut, type Page, type PagingBounds } from './paging.js'

export interface ChangedFiles {
  /** Every path the pull request touches: each file's name, and a renamed file's old name too. */
  paths: string[]
  /** How many files GitHub listed. */
  listed: number
  /** Set when the list stopped early: files past it were not seen. */
  cut?: ListingCut | undefined
}

/** The comment this run writes, and what becomes of the same job's earlier ones. */
export interface CommentRequest {
  marker: string
  /** The job that writes it (see jobIdentity) and the commit it reports on. */
  job: string
  commit: string
  /** The comment; undefined when every layer is valid (then none is created). */
  body: string | undefined
  /** What an existing comment becomes when every layer is valid. */
  passedBody: string
  /** What a stale comment of the same job becomes: its marker, and where its results went. */
  supersededBody: (marker: string, replacementUrl: string | undefined) => string
}

export interface PostedComment {
  action: 'created' | 'updated' | 'none'
  id?: number
  /** Earlier comments of the same job, for other inputs, marked superseded by this run. */
  superseded: number
  /** Copies of this comment (two runs racing each created one) deleted by this run. */
  deleted: number
  /** Earlier comments this run left as they are, and why (see MAX_CLEANUP). */
  left?: { copies: number; stale: number; stop: StepsStop }
  /** Set when the comment list stopped early: comments past it were not seen. */
  cut?: ListingCut | undefined
}

export class PullRequestApi {
  private readonly octokit: Octokit

  constructor(
    token: string,
    private readonly pull: PullRequest,
    private readonly timeoutMs: number
  ) {
    this.octokit = boundedOctokit(token, timeoutMs)
  }

  /** Every file the pull request changes, page by page (GitHub lists at most 3000). */
  async changedFiles(): Promise<ChangedFiles> {
    const { url } = this.octokit.rest.pulls.listFiles.endpoint({
      owner: this.pull.owner,
      repo: this.pull.repo,
      pull_number: this.pull.number,
      per_page: 100
    })
    const files = await readPages(url, this.readPage, filesOf, this.bounds(FILE_LIST))
    // A renamed file counts under both names: checking its old path is harmless, missing it is not.
    return {
      paths: files.items.flatMap(file =>
        file.previous === undefined ? [file.name] : [file.name, file.previous]
      ),
      listed: files.items.length,
      cut: files.cut
    }
  }

  /**
   * Creates the comment, or updates this check's comment already there; then marks the same job's
   * comments for other inputs superseded and deletes copies two racing runs left, at most
   * MAX_CLEANUP of them and within timeout-seconds.
   */
  async upsertComment(request: CommentRequest): Promise<PostedComment> {
    const { url } = this.octokit.rest.issues.listComments.endpoint({
      owner: this.pull.owner,
      repo: this.pull.repo,
      issue_number: this.pull.number,
      per_page: 100
    })
    const listing = await readPages(url, this.readPage, commentsOf, this.bounds(COMMENT_LIST))
    const self = { ...request, login: await this.login() }
    const plan = planComments(listing.items, self)
    const posted = await this.write(plan.existing?.id, request)
    const replacement = posted.id === undefined ? undefined : commentUrl(this.pull, posted.id)
    // Stale results first: they mislead, where a copy only repeats this comment's older state.
    const steps = [
      ...plan.stale.map(comment => ({
        kind: 'stale' as const,
        run: (signal: AbortSignal) =>
          this.supersede(
            comment.id,
            request.supersededBody(markerOf(comment), replacement),
            self,
            signal
          )
      })),
      ...(posted.action === 'updated' ? plan.copies : []).map(comment => ({
        kind: 'copy' as const,
        run: (signal: AbortSignal) => this.delete(comment.id, signal)
      }))
    ]
    const cleanup = await runWithin(steps, MAX_CLEANUP, this.timeoutMs)
    const count = (kinds: readonly string[], kind: string): number =>
      kinds.filter(each => each === kind).length
    return {
      ...posted,
      superseded: count(cleanup.done, 'stale'),
      deleted: count(cleanup.done, 'copy'),
      ...(cleanup.stop === undefined
        ? {}
        : {
            left: {
              copies: count(cleanup.left, 'copy'),
              stale: count(cleanup.left, 'stale'),
              stop: cleanup.stop
            }
          }),
      cut: listing.cut
    }
  }

  /** Updates the existing comment, or creates one when there is none (or it was just deleted). */
  private async write(
    existing: number | undefined,
    request: CommentRequest
  ): Promise<Pick<PostedComment, 'action' | 'id'>> {
    if (
      existing !== undefined &&
      (await this.updated(existing, request.body ?? request.passedBody))
    )
      return { action: 'updated', id: existing }
    if (request.body === undefined) return { action: 'none' }
    const created = await this.octokit.rest.issues.createComment({
      owner: this.pull.owner,
      repo: this.pull.repo,
      issue_number: this.pull.number,
      body: request.body
    })
    return { action: 'created', id: created.data.id }
  }

  private readonly readPage = async (url: string, signal: AbortSignal): Promise<Page> => {
    const response = await this.octokit.request<unknown>({
      method: 'GET',
      url,
      request: { signal }
    })
    return { data: response.data, link: response.headers.link }
  }

  private bounds(list: Omit<PagingBounds, 'timeMs'>): PagingBounds {
    return { ...list, timeMs: this.timeoutMs }
  }

  /** False when the comment was deleted between the listing and the update. */
  private async updated(id: number, body: string, signal?: AbortSignal): Promise<boolean> {
    try {
      await this.octokit.rest.issues.updateComment({
        owner: this.pull.owner,
        repo: this.pull.repo,
        comment_id: id,
        body,
        ...(signal === undefined ? {} : { request: { signal } })
      })
      return true
    } catch (error) {
      if (statusOf(error) !== 404) throw error
      return false
    }
  }

  /**
   * Marks a stale comment superseded. It is read again first: a job running beside this one (a
   * matrix) may have written its results into it since the listing.
   */
  private async supersede(
    id: number,
    body: string,
    self: { job: string; commit: string },
    signal: AbortSignal
  ): Promise<void> {
    try {
      const current = await this.octokit.rest.issues.getComment({
        owner: this.pull.owner,
        repo: this.pull.repo,
        comment_id: id,
        request: { signal }
      })
      if (!stillStale(current.data.body, self)) return
    } catch (error) {
      // Deleted since the listing: nothing left to mark.
      if (statusOf(error) === 404) return
      throw error
    }
    await this.updated(id, body, signal)
  }

  private async delete(id: number, signal: AbortSignal): Promise<void> {
    try {
      await this.octokit.rest.issues.deleteComment({
        owner: this.pull.owner,
        repo: this.pull.repo,
        comment_id: id,
        request: { signal }
      })
    } catch (error) {
      // A run racing this one deleted it first.
      if (statusOf(error) !== 404) throw error
    }
  }

  /**
   * Who the token writes as. The job's token cannot read /user (403): it writes as
   * github-actions[bot]. A personal token writes as its owner.
   */
  private async login(): Promise<string> {
    try {
      return (await this.octokit.rest.users.getAuthenticated()).data.login
    } catch (error) {
      const status = statusOf(error)
      if (status === 403 || status === 404) return JOB_TOKEN_LOGIN
      throw error
    }
  }
}

const JOB_TOKEN_LOGIN = 'github-actions[bot]'

/** GitHub lists at most 3000 files of a pull request; 100 pages allow for 30 a page. */
const FILE_LIST = { maxPages: 100, maxItems: 3000 }
/** A pull request with more comments than this is not one people read. */
const COMMENT_LIST = { maxPages: 100, maxItems: 10_000 }
/**
 * At most this many earlier comments are deleted or marked superseded in one run, one request (or
 * two) each; the rest are left for later runs. GitHub limits how fast a token may write.
 */
export const MAX_CLEANUP = 20

function markerOf(comment: ListedComment): string {
  return (comment.body ?? '').split(/\r?\n/, 1)[0] ?? ''
}
