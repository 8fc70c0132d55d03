// Chart archives kept in the GitHub Actions cache. One cache entry holds a directory of archives
// named by digest: restored once before the check (when it has layers), saved once after it when
// the run downloaded archives it did not have, with only the archives this run used (so an entry
// does not grow forever). One call each way, so a cache service that fails costs one warning, not
// one per chart. Loaded only for `cache: true`: the cache client is the largest part of the bundle.
// The folder is the gate's own, in the runner's temp; a link there was put by someone else (a step
// before this one), and restoring, writing or clearing through it would reach wherever it leads, so
// the store then warns and the run goes on without the cache.
import * as cache from '@actions/cache'
import { createHash } from 'node:crypto'
import { lstat, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { archiveFileName, type ChartArchiveStore } from '../gate/archive-cache.js'
import { fileSystemCode, realPathWithin, type FileAccess } from '../workspace-files.js'
import { DirectoryArchiveStore } from './directory-store.js'

export const CACHE_KEY_PREFIX = 'palette-chart-gate-charts-'

export interface ActionsCacheOptions {
  runnerTemp: string
  /** Tells this check's archives from other jobs' (its profiles or chart). */
  scope: string
  timeoutMs: number
  debug: (message: string) => void
  warning: (message: string) => void
}

/** The store; undefined when this runner has no cache service (a local run, some GHES). */
export function actionsArchiveStore(options: ActionsCacheOptions): ChartArchiveStore | undefined {
  if (!cache.isFeatureAvailable()) return undefined
  return new ActionsArchiveStore(options)
}

class ActionsArchiveStore implements ChartArchiveStore {
  readonly name = 'the GitHub Actions cache'
  private readonly directory: string
  private readonly prefix: string
  /** Only the runner's temp: the workspace, which a pull request fills, is no place for it either. */
  private readonly access: FileAccess
  private readonly files: DirectoryArchiveStore
  /** File names of the archives this run read or added: what the next entry holds. */
  private readonly used = new Set<string>()
  private added = false
  /** Its folder was refused: the store restores, keeps and saves nothing for the rest of the run. */
  private refused = false

  constructor(private readonly options: ActionsCacheOptions) {
    this.directory = path.join(options.runnerTemp, 'palette-chart-gate', 'chart-cache')
    this.prefix = `${CACHE_KEY_PREFIX}${hash(options.scope).slice(0, 16)}-`
    this.access = { workspace: options.runnerTemp, confinedTo: [options.runnerTemp] }
    this.files = new DirectoryArchiveStore(this.directory, this.access)
  }

  /** Restores the newest entry of this scope: its key is only a prefix of theirs. */
  async open(): Promise<void> {
    // The library extracts into the folder: a link there would take the archives elsewhere.
    if (!(await this.usable())) return
    const key = await this.quietly('restore', () =>
      cache.restoreCache([this.directory], this.prefix, [], {
        timeoutInMs: this.options.timeoutMs,
        segmentTimeoutInMs: this.options.timeoutMs
      })
    )
    // What an entry holds was written by earlier runs, not checked by this one.
    if (key !== undefined && !(await this.usable())) return
    this.options.debug(
      key === undefined
        ? 'No chart archives in the GitHub Actions cache yet'
        : `Chart archives restored from the GitHub Actions cache (${key})`
    )
  }

  async restore(digest: string): Promise<Buffer | undefined> {
    if (this.refused) return undefined
    const name = archiveFileName(digest)
    const archive = await this.files.restore(digest)
    if (archive !== undefined) this.used.add(name)
    return archive
  }

  async save(digest: string, archive: Buffer): Promise<void> {
    if (this.refused) return
    await this.files.save(digest, archive)
    this.used.add(archiveFileName(digest))
    this.added = true
  }

  async flush(): Promise<void> {
    // Checked again just before clearing: what is listed and deleted must be the gate's own.
    if (!this.added || !(await this.usable())) return
    const stale = (await readdir(this.directory)).filter(name => !this.used.has(name))
    await Promise.all(stale.map(name => rm(path.join(this.directory, name), { force: true })))
    const key = `${this.prefix}${hash([...this.used].sort().join('\n')).slice(0, 32)}`
    const saved = await this.quietly('save', () => cache.saveCache([this.directory], key))
    this.options.debug(
      saved === -1
        ? 'The chart archives were not saved to the GitHub Actions cache'
        : `${this.used.size} chart archives saved to the GitHub Actions cache as ${key}`
    )
  }

  /** Whether the folder may be used; the first refusal is a warning, and the cache is left alone. */
  private async usable(): Promise<boolean> {
    if (this.refused) return false
    const problem = await this.folderProblem()
    if (problem === undefined) return true
    this.refused = true
    this.options.warning(
      `Chart archive cache (the GitHub Actions cache): ${problem}. The archives are read from the registry instead.`
    )
    return false
  }

  /** Why the folder may not be used: a link, not a folder, or leading out of the runner's temp. */
  private async folderProblem(): Promise<string | undefined> {
    // Both folders are the gate's: the runner's temp itself may be a link (macOS /tmp), these not.
    for (const folder of [path.dirname(this.directory), this.directory]) {
      let stats
      try {
        stats = await lstat(folder)
      } catch (error) {
        const code = fileSystemCode(error, 'unreadable')
        // Not made yet: writing an archive makes it, no further than writeWholeFile allows.
        if (code === 'ENOENT') return undefined
        return `${folder} cannot be read (${code})`
      }
      if (stats.isSymbolicLink())
        return `${folder} is a symbolic link, and the gate never writes through one`
      if (!stats.isDirectory()) return `${folder} is not a folder`
    }
    const within = await realPathWithin(this.directory, this.access)
    return 'problem' in within ? `${this.directory} ${within.problem}` : undefined
  }

  /**
   * Runs a cache call with its failure messages turned into one warning. The library reports its
   * own failures as warnings, or as error annotations for a server error, and carries on; an error
   * annotation would count against the ten a step shows, which belong to the layers. Only called
   * before and after the checks, when nothing else writes to the log.
   */
  private async quietly<T>(what: string, call: () => Promise<T>): Promise<T> {
    const reported: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      const failure = /^::(?:error|warning)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd())
      if (failure === null) return write(chunk, ...rest)
      // As @actions/core escapes command data: %, CR and LF.
      reported.push(
        (failure[1] ?? '').replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%')
      )
      return true
    }) as typeof process.stdout.write
    try {
      return await call()
    } finally {
      process.stdout.write = write
      if (reported.length > 0)
        this.options.warning(
          `Chart archive cache (the GitHub Actions cache): could not ${what}: ${reported.join('; ')}. The archives are read from the registry instead.`
        )
    }
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
