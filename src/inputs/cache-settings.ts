// Where chart archives are kept between runs, from the inputs: cache-directory names a folder;
// `cache: true` (the action only) asks for the GitHub Actions cache. Pure.
import { ConfigurationError, type InputProblem } from '../errors.js'
import type { RawInputs } from './input-names.js'
import { parseBoolean } from './request-auth.js'

export interface CacheSettings {
  /** cache-directory as given (relative to the workspace); it wins over the Actions cache. */
  directory?: string
  /** cache: true, the GitHub Actions cache. */
  actionsCache: boolean
}

export function parseCacheSettings(inputs: RawInputs): CacheSettings {
  const problems: InputProblem[] = []
  const actionsCache = parseBoolean((inputs.cache ?? '').trim(), false, 'cache', (input, message) =>
    problems.push({ input, message })
  )
  if (problems.length > 0) throw new ConfigurationError(problems)
  const directory = (inputs['cache-directory'] ?? '').trim()
  return directory === '' ? { actionsCache } : { directory, actionsCache }
}
