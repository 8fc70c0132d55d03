// Chart archives kept in the GitHub Actions cache, one entry per digest. Loaded only when the
// `cache` input asks for it, so that a step without it starts without this code.
import * as cache from '@actions/cache'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { archiveFileName, type ChartArchiveStore } from '../gate/archive-cache.js'

export const CACHE_KEY_PREFIX = 'palette-chart-gate-chart-'

/**
 * The store, or undefined when this runner has no cache service (a local run, GitHub Enterprise
 * Server without it): the run then reads every archive from the registry.
 */
export function actionsArchiveStore(runnerTemp: string): ChartArchiveStore | undefined {
  if (!cache.isFeatureAvailable()) return undefined
  return new ActionsArchiveStore(path.join(runnerTemp, 'palette-chart-gate', 'chart-cache'))
}

class ActionsArchiveStore implements ChartArchiveStore {
  readonly name = 'the GitHub Actions cache'
  private readonly saved = new Set<string>()

  constructor(private readonly directory: string) {}

  async restore(digest: string): Promise<Buffer | undefined> {
    const file = this.fileOf(digest)
    // The cache restores a path exactly as it was saved: the same absolute file on every run.
    const hit = await cache.restoreCache([file], this.keyOf(digest))
    if (hit === undefined) return undefined
    return readFile(file)
  }

  async save(digest: string, archive: Buffer): Promise<void> {
    // One chart may sit in several registries: its archive is kept once.
    if (this.saved.has(digest)) return
    this.saved.add(digest)
    const file = this.fileOf(digest)
    await mkdir(this.directory, { recursive: true })
    await writeFile(file, archive)
    await cache.saveCache([file], this.keyOf(digest))
  }

  private fileOf(digest: string): string {
    return path.join(this.directory, archiveFileName(digest))
  }

  private keyOf(digest: string): string {
    return `${CACHE_KEY_PREFIX}${archiveFileName(digest)}`
  }
}
