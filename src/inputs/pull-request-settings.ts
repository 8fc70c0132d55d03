// The pull-request inputs of the action: changed-only, comment and the token both use; and the
// time limit of the calls the action makes to GitHub outside the check.
import { ConfigurationError, type InputProblem } from '../errors.js'
import type { RawInputs } from './input-names.js'
import { parseBoolean } from './request-auth.js'

export interface PullRequestSettings {
  /** Check only the profile files the pull request changes. */
  changedOnly: boolean
  /** Keep one comment on the pull request with the failures. */
  comment: boolean
  token: string
  /** Each GitHub API call's time limit: timeout-seconds, as for registry requests. */
  timeoutMs: number
}

const DEFAULT_TIMEOUT_SECONDS = 30

export function pullRequestSettings(inputs: RawInputs): PullRequestSettings {
  const problems: InputProblem[] = []
  const problem = (input: string, message: string): void => void problems.push({ input, message })
  const changedOnly = parseBoolean(
    (inputs['changed-only'] ?? '').trim(),
    true,
    'changed-only',
    problem
  )
  const comment = parseBoolean((inputs.comment ?? '').trim(), false, 'comment', problem)
  if (problems.length > 0) throw new ConfigurationError(problems)
  return {
    changedOnly,
    comment,
    token: (inputs['github-token'] ?? '').trim(),
    timeoutMs: timeoutMsOf(inputs)
  }
}

/**
 * timeout-seconds for calls outside the check (GitHub, the Actions cache). The input itself is
 * checked with the other limits; a value out of bounds falls back to the default here.
 */
export function timeoutMsOf(inputs: RawInputs): number {
  const seconds = Number((inputs['timeout-seconds'] ?? '').trim())
  return (
    (Number.isInteger(seconds) && seconds >= 1 && seconds <= 600
      ? seconds
      : DEFAULT_TIMEOUT_SECONDS) * 1000
  )
}
