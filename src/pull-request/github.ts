// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.
import * as github from '@actions/github'

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
    // no per-call options on, and a GitHub that never answers must not hold the job.
    this.octokit.hook.before('request', options => {
      options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) }
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
    const [existing, ...copies] = ownComments(comments, marker)
    if (existing !== undefined) {
      try {
        await this.octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: existing.id,
          body: body ?? passedBody
        })
        for (const copy of copies)
          await this.octokit.rest.issues.deleteComment({ owner, repo, comment_id: copy.id })
        return { action: 'updated', id: existing.id }
      } catch (error) {
        // Deleted between the listing and the update: write it anew, as if it had never been.
        if (statusOf(error) !== 404) throw error
      }
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
}

interface ListedComment {
  id: number
  body?: string | undefined
  user: { type: string } | null
}

/**
 * The gate's comments, oldest first: those that start with the marker (a reply quoting one starts
 * with "> "; an edit in the web page may turn the line end into CRLF). A bot's, when there is one:
 * with the job's token the gate writes as github-actions[bot], and never takes over a person's
 * comment; with a personal token it writes as that person, and then any author counts.
 */
function ownComments<T extends ListedComment>(comments: readonly T[], marker: string): T[] {
  const marked = comments.filter(
    comment =>
      comment.body?.startsWith(`${marker}\n`) === true ||
      comment.body?.startsWith(`${marker}\r\n`) === true
  )
  const byBots = marked.filter(comment => comment.user?.type === 'Bot')
  return byBots.length > 0 ? byBots : marked
}

/** The HTTP status of a failed GitHub API call, when it got that far. */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof GitHubTimeoutError) return undefined
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
