// Chart archives kept by digest between runs. A digest names its content, so a kept archive is
// never stale; it is still hashed on the way back, and the registry is still asked whether it has
// the blob (a HEAD, no download), because a tag whose archive is gone cannot be deployed; any answer
// but "present" means a download, as without the cache.
import { errorMessage } from '../errors.js'
import { CONTENT_DIGEST, matchesDigest } from '../digest.js'
import type { RegistryClient } from '../registry/client.js'

/** Where archives are kept: the GitHub Actions cache, or a directory. Never holds credentials. */
export interface ChartArchiveStore {
  /** How messages name the store, e.g. "the GitHub Actions cache". */
  readonly name: string
  /** The bytes kept under this digest, or undefined when none are. */
  restore(digest: string): Promise<Buffer | undefined>
  save(digest: string, archive: Buffer): Promise<void>
  /** Before the checks: fetches what a store restores once (nothing else runs then). */
  open?(): Promise<void>
  /** After the checks: keeps what the run added, for a store that saves once at the end. */
  flush?(): Promise<void>
}

export interface ArchiveBlob {
  digest: string
  size: number
}

interface ArchiveCacheLog {
  debug: (message: string) => void
  warning: (message: string) => void
}

/** A store's failures are warnings, once per run; the archive is then read from the registry. */
export class ArchiveCache {
  private warned = false
  private readonly saved = new Set<string>()

  constructor(
    private readonly store: ChartArchiveStore,
    private readonly log: ArchiveCacheLog
  ) {}

  /** The archive from the store when it holds the exact bytes and the registry has the blob. */
  async read(
    client: RegistryClient,
    repository: string,
    blob: ArchiveBlob,
    maxBytes: number
  ): Promise<Buffer | undefined> {
    // A registry may write anything into a manifest; only a real digest names a kept archive.
    if (!CONTENT_DIGEST.test(blob.digest)) return client.fetchBlob(repository, blob, maxBytes)
    const kept = await this.restore(blob)
    if (kept !== undefined) {
      // A pull-through cache may say 404 to HEAD for a blob it fetches on GET: only GET decides
      // that the archive is gone, so the cache never changes a verdict.
      if ((await client.blobPresence(repository, blob.digest)) === 'present') {
        this.log.debug(`Chart archive ${blob.digest} read from ${this.store.name}`)
        return kept
      }
      this.log.debug(`The registry did not confirm ${blob.digest} to HEAD; downloading it`)
    }
    const archive = await client.fetchBlob(repository, blob, maxBytes)
    if (archive !== undefined && kept === undefined && !this.saved.has(blob.digest)) {
      // One chart in two registries is one archive: kept once.
      this.saved.add(blob.digest)
      await this.save(blob.digest, archive)
    }
    return archive
  }

  /** Before the checks: the store fetches what it holds, when it does that at once. */
  async open(): Promise<void> {
    try {
      await this.store.open?.()
    } catch (error) {
      this.fail('could not restore the archives', error)
    }
  }

  /** Hands what the run added to the store to keep (a store that saves at the end). */
  async flush(): Promise<void> {
    try {
      await this.store.flush?.()
    } catch (error) {
      this.fail('could not save the archives', error)
    }
  }

  private async restore(blob: ArchiveBlob): Promise<Buffer | undefined> {
    let kept: Buffer | undefined
    try {
      kept = await this.store.restore(blob.digest)
    } catch (error) {
      this.fail(`could not read ${blob.digest}`, error)
      return undefined
    }
    if (kept === undefined) return undefined
    if (kept.length !== blob.size || !matchesDigest(kept, blob.digest)) {
      this.log.debug(`${this.store.name} holds other bytes under ${blob.digest}; downloading it`)
      return undefined
    }
    return kept
  }

  private async save(digest: string, archive: Buffer): Promise<void> {
    try {
      await this.store.save(digest, archive)
    } catch (error) {
      this.fail(`could not keep ${digest}`, error)
    }
  }

  private fail(what: string, error: unknown): void {
    const message = `Chart archive cache (${this.store.name}): ${what}: ${errorMessage(error)}. The archives are read from the registry instead.`
    if (this.warned) {
      this.log.debug(message)
      return
    }
    this.warned = true
    this.log.warning(message)
  }
}

/** The file name a store keeps an archive under: the digest, checked so it cannot name a path. */
export function archiveFileName(digest: string): string {
  if (!CONTENT_DIGEST.test(digest)) throw new Error(`${JSON.stringify(digest)} is not a digest`)
  return `${digest.replace(':', '-')}.tgz`
}
