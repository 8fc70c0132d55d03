// Which store keeps chart archives, as the parsed cache settings say: a folder, the GitHub Actions
// cache (the action only), or none.
import path from 'node:path'
import { errorMessage } from '../errors.js'
import type { ChartArchiveStore } from '../gate/archive-cache.js'
import type { CacheSettings } from '../inputs/cache-settings.js'
import { DirectoryArchiveStore } from './directory-store.js'
import type { FileAccess } from '../workspace-files.js'

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

/** Opens the store a plan's cache settings name; each adapter binds its own StoreContext. */
export type ArchiveStoreOpener = (settings: CacheSettings) => Promise<ChartArchiveStore | undefined>

export async function archiveStoreFor(
  settings: CacheSettings,
  context: StoreContext
): Promise<ChartArchiveStore | undefined> {
  if (settings.directory !== undefined)
    return new DirectoryArchiveStore(
      path.resolve(context.access.workspace, settings.directory),
      context.access
    )
  if (!settings.actionsCache || context.actionsCache === undefined) return undefined
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
