// The Octokit client of a pull-request run: every GitHub API call within a time limit and a byte
// bound, and its failures in words a log line can hold.
import * as github from '@actions/github'
import { errorMessage } from '../errors.js'
import {
  boundedFetch,
  GitHubAnswerTooLargeError,
  isFetch,
  MAX_GITHUB_ANSWER_BYTES
} from './bounded-fetch.js'

export type Octokit = ReturnType<typeof github.getOctokit>

/** A GitHub API call that got no answer within timeout-seconds. */
export class GitHubTimeoutError extends Error {
  constructor(seconds: number) {
    super(`GitHub did not answer within ${seconds} s`)
    this.name = 'GitHubTimeoutError'
  }
}

/** An Octokit for the workflow's token whose every call ends within `timeoutMs`. */
export function boundedOctokit(token: string, timeoutMs: number): Octokit {
  // The base URL comes from GITHUB_API_URL (GitHub Enterprise Server, or a test's fake API).
  const octokit = github.getOctokit(token)
  // Every request gets its own time limit, and a shorter one when a list or the clean-up has
  // less time left (their signal): a GitHub that never answers must not hold the job. Its body
  // is read within a byte bound, through the fetch @actions/github set up (it knows the proxy).
  octokit.hook.before('request', options => {
    const inner: unknown = options.request?.fetch
    const given = options.request?.signal
    const own = AbortSignal.timeout(timeoutMs)
    options.request = {
      ...options.request,
      signal: given instanceof AbortSignal ? AbortSignal.any([own, given]) : own,
      fetch: boundedFetch(isFetch(inner) ? inner : fetch, MAX_GITHUB_ANSWER_BYTES)
    }
  })
  // A body cut off by the time limit reads as empty, not as an error: a page of comments would
  // then look like none. An aborted request is a timeout, whatever it returned.
  octokit.hook.after('request', (_response, options) => {
    if (options.request?.signal?.aborted === true)
      throw new GitHubTimeoutError(Math.round(timeoutMs / 1000))
  })
  octokit.hook.error('request', (error, options) => {
    if (options.request?.signal?.aborted === true)
      throw new GitHubTimeoutError(Math.round(timeoutMs / 1000))
    // Octokit wraps what fetch throws as an HTTP 500; the answer was too large, not a failure.
    if ('cause' in error && error.cause instanceof GitHubAnswerTooLargeError) throw error.cause
    throw error
  })
  return octokit
}

/** A failed GitHub call, for a message: its status and what it said. */
export function describeError(error: unknown): string {
  const status = statusOf(error)
  const message = errorMessage(error)
  return status === undefined ? message : `HTTP ${status}: ${message}`
}

/** The HTTP status of a failed GitHub API call, when it got that far. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined
  return typeof error.status === 'number' ? error.status : undefined
}
