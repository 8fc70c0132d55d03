// Which store keeps chart archives, from the inputs: cache-directory names a directory; `cache: true`
// (the action only) asks for the GitHub Actions cache.
import path from 'node:path'
import { ConfigurationError, type InputProblem, errorMessage } from '../errors.js'
import type { ChartArchiveStore } from '../gate/archive-cache.js'
import type { RawInputs } from '../inputs/input-names.js'
import { parseBoolean } from '../inputs/request-auth.js'
import { DirectoryArchiveStore } from './directory-store.js'
import type { FileAccess } from '../inputs/workspace-files.js'

export interface StoreContext {
  /** Where cache-directory starts, and (in the action) the folders it must stay inside. */
  access: FileAccess
  /**
   * The GitHub Actions cache, undefined where the runner has none. Only the action passes it, so
   * the command line's bundle holds no cache client.
   */
  actionsCache?: () => Promise<ChartArchiveStore | undefined>
  debug: (message: string) => void
  warning: (message: string) => void
}

export async function archiveStoreFromInputs(
  inputs: RawInputs,
  context: StoreContext
): Promise<ChartArchiveStore | undefined> {
  const problems: InputProblem[] = []
  const useActionsCache = parseBoolean(
    (inputs.cache ?? '').trim(),
    false,
    'cache',
    (input, message) => problems.push({ input, message })
  )
  if (problems.length > 0) throw new ConfigurationError(problems)
  const directory = (inputs['cache-directory'] ?? '').trim()
  if (directory !== '')
    return new DirectoryArchiveStore(
      path.resolve(context.access.workspace, directory),
      context.access
    )
  if (!useActionsCache || context.actionsCache === undefined) return undefined
  let store: ChartArchiveStore | undefined
  try {
    store = await context.actionsCache()
  } catch (error) {
    context.warning(
      `Chart archive cache (the GitHub Actions cache): ${errorMessage(error)}. The archives are read from the registry instead.`
    )
    return undefined
  }
  if (store === undefined)
    context.debug('The GitHub Actions cache is not available here; chart archives are downloaded')
  return store
}
