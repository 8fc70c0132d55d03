// Chart archives kept in the GitHub Actions cache. One cache entry per run holds a directory of
// archives named by digest: restored once before the check, saved once after it when the run
// added archives. One call each way, so a cache service that fails costs one message, not one per
// chart. Loaded only for `cache: true`: the cache client is the largest part of the bundle.
import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ChartArchiveStore } from '../gate/archive-cache.js'
import { DirectoryArchiveStore } from './directory-store.js'

export const CACHE_KEY_PREFIX = 'palette-chart-gate-charts-'

export interface ActionsCacheOptions {
  runnerTemp: string
  /** Tells this check's archives from other jobs' (its profiles or chart). */
  scope: string
  timeoutMs: number
  debug: (message: string) => void
}

/**
 * The store, its archives restored; undefined when this runner has no cache service (a local
 * run, GitHub Enterprise Server without it): the run then reads every archive from the registry.
 */
export async function actionsArchiveStore(
  options: ActionsCacheOptions
): Promise<ChartArchiveStore | undefined> {
  if (!cache.isFeatureAvailable()) return undefined
  const directory = path.join(options.runnerTemp, 'palette-chart-gate', 'chart-cache')
  const prefix = `${CACHE_KEY_PREFIX}${hash(options.scope).slice(0, 16)}-`
  // The newest entry of this scope: its key is only a prefix of theirs.
  const restored = await cache.restoreCache([directory], prefix, [], {
    timeoutInMs: options.timeoutMs,
    segmentTimeoutInMs: options.timeoutMs
  })
  options.debug(
    restored === undefined
      ? 'No chart archives in the GitHub Actions cache yet'
      : `Chart archives restored from the GitHub Actions cache (${restored})`
  )
  return new ActionsArchiveStore(directory, prefix, restored, options.debug)
}

class ActionsArchiveStore implements ChartArchiveStore {
  readonly name = 'the GitHub Actions cache'
  private readonly files: DirectoryArchiveStore
  private added = false

  constructor(
    private readonly directory: string,
    private readonly prefix: string,
    private readonly restoredKey: string | undefined,
    private readonly debug: (message: string) => void
  ) {
    this.files = new DirectoryArchiveStore(directory)
  }

  restore(digest: string): Promise<Buffer | undefined> {
    return this.files.restore(digest)
  }

  async save(digest: string, archive: Buffer): Promise<void> {
    await this.files.save(digest, archive)
    this.added = true
  }

  /** Saves the directory as a new entry, named after the archives it holds, when the run added any. */
  async flush(): Promise<void> {
    if (!this.added) return
    const names = (await readdir(this.directory)).filter(name => name.endsWith('.tgz')).sort()
    const key = `${this.prefix}${hash(names.join('\n')).slice(0, 32)}`
    if (key === this.restoredKey) return
    // The cache library reports its own failures (a warning) and answers -1.
    const saved = await cache.saveCache([this.directory], key)
    this.debug(
      saved === -1
        ? 'The chart archives were not saved to the GitHub Actions cache'
        : `${names.length} chart archives saved to the GitHub Actions cache as ${key}`
    )
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
