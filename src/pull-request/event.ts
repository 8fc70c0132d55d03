// The run's pull request and job, as the runner describes them (the event payload, GITHUB_*).
import * as github from '@actions/github'

export interface PullRequest {
  owner: string
  repo: string
  number: number
  /** The commit the run checks, as the comment names it. */
  headSha: string
  /** How many files the event says the pull request changes, when it says. */
  changedFiles?: number | undefined
}

/**
 * The workflow file and job that run the gate: what tells a comment of this job with other inputs
 * (superseded) from another job's (left alone). A matrix shares it; see planComments.
 */
export function jobIdentity(): string {
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? ''
  return `${workflow}#${github.context.job}`
}

/** The address of a comment in the pull request's conversation. */
export function commentUrl(pull: PullRequest, id: number): string {
  return `${github.context.serverUrl}/${pull.owner}/${pull.repo}/pull/${pull.number}#issuecomment-${id}`
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
    changedFiles
  }
}

/** The run's page, where the job summary and the annotations are. */
export function runUrl(): string {
  const { serverUrl, runId } = github.context
  const { owner, repo } = github.context.repo
  const attempt = process.env.GITHUB_RUN_ATTEMPT
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt === undefined || attempt === '' ? '' : `/attempts/${attempt}`}`
}
