// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.
import * as github from '@actions/github'
import {
  boundedFetch,
  GitHubAnswerTooLargeError,
  isFetch,
  MAX_GITHUB_ANSWER_BYTES
} from './bounded-fetch.js'

export interface PullRequest {
  owner: string
  repo: string
  number: number
  /** The commit the run checks, as the comment names it. */
  headSha: string
  /** How many files the event says the pull request changes, when it says. */
  changedFiles?: number
}

export interface ChangedFiles {
  /** Every path the pull request touches: each file's name, and a renamed file's old name too. */
  paths: string[]
  /** How many files GitHub listed. */
  listed: number
}

export interface PostedComment {
  action: 'created' | 'updated' | 'none'
  id?: number
}

/** A comment the gate wrote starts with this line (invisible in the rendered comment). */
export function commentMarker(key: string): string {
  // "--" would end the HTML comment early; the key holds input values, which users write.
  return `<!-- palette-chart-gate: ${key.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, ' ')} -->`
}

/** The pull request a `pull_request` run is for, from the event payload; undefined otherwise. */
export function currentPullRequest(): PullRequest | undefined {
  const pull: unknown = github.context.payload.pull_request
  if (typeof pull !== 'object' || pull === null || !('number' in pull)) return undefined
  const { number } = pull
  if (typeof number !== 'number') return undefined
  const head = 'head' in pull ? pull.head : undefined
  const headSha =
    typeof head === 'object' && head !== null && 'sha' in head && typeof head.sha === 'string'
      ? head.sha
      : github.context.sha
  const changedFiles =
    'changed_files' in pull && typeof pull.changed_files === 'number'
      ? pull.changed_files
      : undefined
  return {
    ...github.context.repo,
    number,
    headSha,
    ...(changedFiles === undefined ? {} : { changedFiles })
  }
}

/** The run's page, where the job summary and the annotations are. */
export function runUrl(): string {
  const { serverUrl, runId } = github.context
  const { owner, repo } = github.context.repo
  const attempt = process.env.GITHUB_RUN_ATTEMPT
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt === undefined || attempt === '' ? '' : `/attempts/${attempt}`}`
}

/** A GitHub API call that got no answer within timeout-seconds. */
export class GitHubTimeoutError extends Error {
  constructor(seconds: number) {
    super(`GitHub did not answer within ${seconds} s`)
    this.name = 'GitHubTimeoutError'
  }
}

export class PullRequestApi {
  private readonly octokit: ReturnType<typeof github.getOctokit>

  constructor(
    token: string,
    private readonly pull: PullRequest,
    private readonly timeoutMs: number
  ) {
    // The base URL comes from GITHUB_API_URL (GitHub Enterprise Server, or a test's fake API).
    this.octokit = github.getOctokit(token)
    // Every request, each page of a paged list included, gets its own time limit: paginate passes
    // no per-call options on, and a GitHub that never answers must not hold the job. Its body is
    // read within a byte bound, through the fetch @actions/github set up (it knows the proxy).
    this.octokit.hook.before('request', options => {
      const inner: unknown = options.request?.fetch
      options.request = {
        ...options.request,
        signal: AbortSignal.timeout(timeoutMs),
        fetch: boundedFetch(isFetch(inner) ? inner : fetch, MAX_GITHUB_ANSWER_BYTES)
      }
    })
    // A body cut off by the time limit reads as empty, not as an error: a page of comments would
    // then look like none. An aborted request is a timeout, whatever it returned.
    this.octokit.hook.after('request', (_response, options) => {
      if (options.request?.signal?.aborted === true)
        throw new GitHubTimeoutError(Math.round(timeoutMs / 1000))
    })
    this.octokit.hook.error('request', (error, options) => {
      if (options.request?.signal?.aborted === true)
        throw new GitHubTimeoutError(Math.round(timeoutMs / 1000))
      // Octokit wraps what fetch throws as an HTTP 500; the answer was too large, not a failure.
      if ('cause' in error && error.cause instanceof GitHubAnswerTooLargeError) throw error.cause
      throw error
    })
  }

  /** Every file the pull request changes, page by page (GitHub lists at most 3000). */
  async changedFiles(): Promise<ChangedFiles> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      owner: this.pull.owner,
      repo: this.pull.repo,
      pull_number: this.pull.number,
      per_page: 100
    })
    // A renamed file counts under both names: checking its old path is harmless, missing it is not.
    return {
      paths: files.flatMap(file =>
        file.previous_filename === undefined
          ? [file.filename]
          : [file.filename, file.previous_filename]
      ),
      listed: files.length
    }
  }

  /**
   * Creates the comment that starts with `marker`, or updates the one already there (and deletes
   * copies two runs racing may have left). With `body` undefined (everything passed), an existing
   * comment gets `passedBody` and none is created.
   */
  async upsertComment(
    marker: string,
    body: string | undefined,
    passedBody: string
  ): Promise<PostedComment> {
    const { owner, repo } = this.pull
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: this.pull.number,
      per_page: 100
    })
    const [existing, ...copies] = ownComments(comments, marker, await this.login())
    if (existing !== undefined && (await this.updated(existing.id, body ?? passedBody))) {
      for (const copy of copies) {
        try {
          await this.octokit.rest.issues.deleteComment({ owner, repo, comment_id: copy.id })
        } catch (error) {
          // A run racing this one deleted it first.
          if (statusOf(error) !== 404) throw error
        }
      }
      return { action: 'updated', id: existing.id }
    }
    if (body === undefined) return { action: 'none' }
    const created = await this.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: this.pull.number,
      body
    })
    return { action: 'created', id: created.data.id }
  }

  /** False when the comment was deleted between the listing and the update. */
  private async updated(id: number, body: string): Promise<boolean> {
    try {
      await this.octokit.rest.issues.updateComment({
        owner: this.pull.owner,
        repo: this.pull.repo,
        comment_id: id,
        body
      })
      return true
    } catch (error) {
      if (statusOf(error) !== 404) throw error
      return false
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

interface ListedComment {
  id: number
  body?: string | undefined
  user: { login: string } | null
}

/**
 * The gate's comments, oldest first: those the token's own user wrote (never a person's, whatever
 * it says) that start with the marker (a reply quoting one starts with "> "; an edit in the web
 * page may turn the line end into CRLF).
 */
function ownComments<T extends ListedComment>(
  comments: readonly T[],
  marker: string,
  login: string
): T[] {
  return comments.filter(
    comment =>
      comment.user?.login === login &&
      (comment.body?.startsWith(`${marker}\n`) === true ||
        comment.body?.startsWith(`${marker}\r\n`) === true)
  )
}

/** The HTTP status of a failed GitHub API call, when it got that far. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
