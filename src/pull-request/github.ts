// The pull request, through @actions/github and the workflow's token: its changed files and one
// sticky comment. Loaded only in a pull request that asks for either, so other runs start without it.
import * as github from '@actions/github'

export interface PullRequest {
  owner: string
  repo: string
  number: number
  /** The commit the run checks, as the comment names it. */
  headSha: string
}

export interface PostedComment {
  action: 'created' | 'updated' | 'none'
  id?: number
}

/** A comment the gate wrote carries this line (invisible in the rendered comment). */
export function commentMarker(key: string): string {
  // "--" would end the HTML comment early; the key is the charts-file value, which users write.
  return `<!-- palette-chart-gate: ${key.replace(/-{2,}/g, '-').replace(/[<>\r\n]/g, ' ')} -->`
}

/** The pull request the workflow runs for, from the event payload; undefined outside one. */
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
  return { ...github.context.repo, number, headSha }
}

/** The run's page, where the job summary and the annotations are. */
export function runUrl(): string {
  const { serverUrl, runId } = github.context
  const { owner, repo } = github.context.repo
  const attempt = process.env.GITHUB_RUN_ATTEMPT
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt === undefined || attempt === '' ? '' : `/attempts/${attempt}`}`
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
  }

  /** Every file the pull request changes, page by page (GitHub lists at most 3000). */
  async changedFiles(): Promise<string[]> {
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, {
      owner: this.pull.owner,
      repo: this.pull.repo,
      pull_number: this.pull.number,
      per_page: 100,
      request: { signal: AbortSignal.timeout(this.timeoutMs) }
    })
    // A renamed file counts under both names: checking its old path is harmless, missing it is not.
    return files.flatMap(file =>
      file.previous_filename === undefined
        ? [file.filename]
        : [file.filename, file.previous_filename]
    )
  }

  /**
   * Creates the comment carrying `marker`, or updates the one already there. With `body` undefined
   * (everything passed), an existing comment gets `passedBody` and none is created.
   */
  async upsertComment(
    marker: string,
    body: string | undefined,
    passedBody: string
  ): Promise<PostedComment> {
    const signal = AbortSignal.timeout(this.timeoutMs)
    const { owner, repo } = this.pull
    const comments = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: this.pull.number,
      per_page: 100,
      request: { signal }
    })
    const existing = comments.find(comment => comment.body?.includes(marker) === true)
    if (existing !== undefined) {
      await this.octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body: body ?? passedBody,
        request: { signal }
      })
      return { action: 'updated', id: existing.id }
    }
    if (body === undefined) return { action: 'none' }
    const created = await this.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: this.pull.number,
      body,
      request: { signal }
    })
    return { action: 'created', id: created.data.id }
  }
}

/** The HTTP status of a failed GitHub API call, when it got that far. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
