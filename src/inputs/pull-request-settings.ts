// The pull-request inputs of the action: changed-only, comment and the token both use.
import { ConfigurationError, type InputProblem } from '../errors.js'
import type { RawInputs } from './input-names.js'
import { timeoutSecondsOf } from './request.js'
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
    timeoutMs: timeoutSecondsOf(inputs) * 1000
  }
}
