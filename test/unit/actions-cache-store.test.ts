// The GitHub Actions cache adapter with @actions/cache mocked as the real library behaves (it
// reports its own failures and answers undefined or -1): which store the inputs choose, one
// restore before the run and one save after it, and failures kept to one message.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const available = { value: true }
const cacheModule = {
  isFeatureAvailable: jest.fn(() => available.value),
  restoreCache:
    jest.fn<
      (
        paths: string[],
        key: string,
        restoreKeys?: string[],
        options?: object
      ) => Promise<string | undefined>
    >(),
  saveCache: jest.fn<(paths: string[], key: string) => Promise<number>>()
}
jest.unstable_mockModule('@actions/cache', () => cacheModule)
const { archiveStoreFor } = await import('../../src/cache/archive-store.js')
const { parseCacheSettings } = await import('../../src/inputs/cache-settings.js')
const { actionsArchiveStore, CACHE_KEY_PREFIX } = await import('../../src/cache/actions-store.js')
const { ArchiveCache } = await import('../../src/gate/archive-cache.js')
const { ConfigurationError } = await import('../../src/errors.js')

const archive = Buffer.from('a chart archive')
const digest = `sha256:${createHash('sha256').update(archive).digest('hex')}`
let runnerTemp: string
let directory: string

beforeEach(async () => {
  jest.clearAllMocks()
  available.value = true
  cacheModule.restoreCache.mockResolvedValue(undefined)
  cacheModule.saveCache.mockResolvedValue(1)
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'palette-actions-cache-'))
  directory = path.join(runnerTemp, 'palette-chart-gate', 'chart-cache')
})

const log = { debug: jest.fn<(m: string) => void>(), warning: jest.fn<(m: string) => void>() }
const fileOf = (value: string): string => `${value.replace(':', '-')}.tgz`
/** What the real library does on a server error: an annotation of its own, and no exception. */
const libraryReports = (command: string): void => void process.stdout.write(`${command}\n`)
const actionsCache = async () =>
  actionsArchiveStore({ runnerTemp, scope: 'profiles/*.yaml', timeoutMs: 5000, ...log })
const storeFor = async (inputs: Record<string, string>) =>
  archiveStoreFor(parseCacheSettings(inputs), {
    access: { workspace: runnerTemp },
    actionsCache,
    ...log
  })

describe('archiveStoreFor the cache settings', () => {
  it('uses no store by default, the Actions cache for cache: true, a directory for cache-directory', async () => {
    expect(await storeFor({})).toBeUndefined()
    expect(cacheModule.restoreCache).not.toHaveBeenCalled()
    expect((await storeFor({ cache: 'true' }))?.name).toBe('the GitHub Actions cache')
    expect((await storeFor({ cache: 'true', 'cache-directory': 'kept' }))?.name).toBe(
      `the directory ${path.join(runnerTemp, 'kept')}`
    )
  })

  it('uses no store, and says so in the debug log, where the runner has no cache service', async () => {
    available.value = false
    expect(await storeFor({ cache: 'true' })).toBeUndefined()
    expect(log.debug).toHaveBeenCalledWith(expect.stringContaining('not available'))
  })

  it('refuses a cache value that is not a boolean, naming the input', async () => {
    await expect(storeFor({ cache: 'yes' })).rejects.toThrow(ConfigurationError)
    await expect(storeFor({ cache: 'yes' })).rejects.toThrow(/^cache: "yes" is not a boolean/)
  })
})

describe('the Actions cache store', () => {
  it('restores the newest entry of its scope when opened, then saves one entry after the run', async () => {
    const store = await actionsCache()
    if (store === undefined) throw new Error('no store')
    expect(cacheModule.restoreCache).not.toHaveBeenCalled()
    await store.open?.()
    expect(cacheModule.restoreCache).toHaveBeenCalledTimes(1)
    const [paths, prefix, , options] = cacheModule.restoreCache.mock.calls[0] ?? []
    expect(paths).toEqual([directory])
    expect(prefix).toMatch(new RegExp(`^${CACHE_KEY_PREFIX}[0-9a-f]{16}-$`))
    expect(options).toEqual({ timeoutInMs: 5000, segmentTimeoutInMs: 5000 })

    expect(await store.restore(digest)).toBeUndefined()
    await store.save(digest, archive)
    expect(cacheModule.saveCache).not.toHaveBeenCalled()
    expect(await store.restore(digest)).toEqual(archive)

    await store.flush?.()
    expect(cacheModule.saveCache).toHaveBeenCalledTimes(1)
    const [savedPaths, key] = cacheModule.saveCache.mock.calls[0] ?? []
    expect(savedPaths).toEqual([directory])
    expect(key).toMatch(new RegExp(`^${prefix ?? ''}[0-9a-f]{32}$`))
    expect(log.warning).not.toHaveBeenCalled()
  })

  it('saves nothing when the run added no archive', async () => {
    await mkdir(directory, { recursive: true })
    await writeFile(path.join(directory, fileOf(digest)), archive)
    cacheModule.restoreCache.mockResolvedValue(`${CACHE_KEY_PREFIX}restored`)
    const store = await actionsCache()
    await store?.open?.()
    expect(await store?.restore(digest)).toEqual(archive)
    await store?.flush?.()
    expect(cacheModule.saveCache).not.toHaveBeenCalled()
  })

  it('keeps only the archives this run used in the entry it saves', async () => {
    const unused = `sha256:${'0'.repeat(64)}`
    await mkdir(directory, { recursive: true })
    await writeFile(path.join(directory, fileOf(unused)), 'an archive no profile uses any more')
    const store = await actionsCache()
    await store?.open?.()
    await store?.save(digest, archive)
    await store?.flush?.()
    expect((await readdir(directory)).sort()).toEqual([fileOf(digest)])
  })

  it('turns the library’s own failure reports into one warning, never an error annotation', async () => {
    cacheModule.restoreCache.mockImplementation(async () => {
      libraryReports('::error::Failed to restore: Cache service responded with 503')
      return undefined
    })
    cacheModule.saveCache.mockImplementation(async () => {
      libraryReports('::warning::Failed to save: quota exceeded')
      return -1
    })
    const written: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    try {
      const store = await actionsCache()
      await store?.open?.()
      await store?.save(digest, archive)
      await store?.flush?.()
    } finally {
      spy.mockRestore()
    }
    expect(
      written.filter(line => line.startsWith('::error') || line.startsWith('::warning'))
    ).toEqual([])
    expect(log.warning.mock.calls.map(call => call[0])).toEqual([
      'Chart archive cache (the GitHub Actions cache): could not restore: Failed to restore: Cache service responded with 503. The archives are read from the registry instead.',
      'Chart archive cache (the GitHub Actions cache): could not save: Failed to save: quota exceeded. The archives are read from the registry instead.'
    ])
    expect(await readFile(path.join(directory, fileOf(digest)))).toEqual(archive)
  })

  it('refuses to name a file after something that is not a digest', async () => {
    const store = await actionsCache()
    await expect(store?.restore('sha256:../../etc/passwd')).rejects.toThrow('is not a digest')
  })
})

describe('the Actions cache store, where someone else put a link at its folder', () => {
  // A step before this one may leave a link at the store's folder (or at palette-chart-gate above
  // it): restoring, writing or clearing stale archives through it would reach wherever it leads.
  const contentsOf = async (folder: string): Promise<Record<string, string>> => {
    const contents: Record<string, string> = {}
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) {
        const file = path.join(entry.parentPath, entry.name)
        contents[path.relative(folder, file)] = await readFile(file, 'utf8')
      }
    return contents
  }
  const unused = `sha256:${'0'.repeat(64)}`

  it.each([
    ['chart-cache', 'a folder outside the runner’s temp'],
    ['palette-chart-gate', 'a folder outside the runner’s temp'],
    ['chart-cache', 'another folder in the runner’s temp']
  ])(
    'neither restores, writes nor deletes through a link at %s to %s, and warns once',
    async (linked, leadsTo) => {
      const target = leadsTo.includes('outside')
        ? await mkdtemp(path.join(os.tmpdir(), 'palette-actions-cache-outside-'))
        : path.join(runnerTemp, 'elsewhere')
      const link = linked === 'chart-cache' ? directory : path.dirname(directory)
      // The folder the store's path leads to: what it would clear.
      const reached = linked === 'chart-cache' ? target : path.join(target, 'chart-cache')
      await mkdir(reached, { recursive: true })
      await writeFile(path.join(reached, 'notes.txt'), 'not the gate’s')
      await writeFile(path.join(reached, fileOf(unused)), 'an archive the run does not use')
      await mkdir(path.dirname(link), { recursive: true })
      await symlink(target, link)
      const before = await contentsOf(target)

      const store = await actionsCache()
      await store?.open?.()
      expect(await store?.restore(unused)).toBeUndefined()
      await store?.save(digest, archive)
      await store?.flush?.()

      expect(await contentsOf(target)).toEqual(before)
      expect(cacheModule.restoreCache).not.toHaveBeenCalled()
      expect(cacheModule.saveCache).not.toHaveBeenCalled()
      expect(log.warning.mock.calls.map(call => call[0])).toEqual([
        `Chart archive cache (the GitHub Actions cache): ${link} is a symbolic link, and the gate never writes through one. The archives are read from the registry instead.`
      ])
    }
  )

  it('stops when the restored entry puts a link there, deleting nothing it leads to', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'palette-actions-cache-outside-'))
    await writeFile(path.join(outside, fileOf(unused)), 'an archive the run does not use')
    cacheModule.restoreCache.mockImplementation(async () => {
      await mkdir(path.dirname(directory), { recursive: true })
      await symlink(outside, directory)
      return `${CACHE_KEY_PREFIX}restored`
    })
    const store = await actionsCache()
    await store?.open?.()
    await store?.save(digest, archive)
    await store?.flush?.()
    expect(await readdir(outside)).toEqual([fileOf(unused)])
    expect(cacheModule.saveCache).not.toHaveBeenCalled()
    expect(log.warning).toHaveBeenCalledTimes(1)
    expect(log.warning.mock.calls[0]?.[0]).toContain(`${directory} is a symbolic link`)
  })

  it('warns and carries on without the cache when its path is a file, not a folder', async () => {
    await mkdir(path.dirname(directory), { recursive: true })
    await writeFile(directory, 'not a folder')
    const store = await actionsCache()
    await store?.open?.()
    await store?.save(digest, archive)
    await store?.flush?.()
    expect(await readFile(directory, 'utf8')).toBe('not a folder')
    expect(cacheModule.restoreCache).not.toHaveBeenCalled()
    expect(log.warning.mock.calls.map(call => call[0])).toEqual([
      `Chart archive cache (the GitHub Actions cache): ${directory} is not a folder. The archives are read from the registry instead.`
    ])
  })
})

describe('ArchiveCache', () => {
  it('warns once when the store fails, then logs further failures to debug only', async () => {
    const warning = jest.fn<(message: string) => void>()
    const debug = jest.fn<(message: string) => void>()
    const failing = {
      name: 'a failing store',
      restore: async (): Promise<Buffer | undefined> => {
        throw new Error('disk unavailable')
      },
      save: async (): Promise<void> => {
        throw new Error('disk full')
      },
      flush: async (): Promise<void> => {
        throw new Error('upload refused')
      }
    }
    const archives = new ArchiveCache(failing, { warning, debug })
    const client = {
      fetchBlob: jest.fn(async () => archive),
      blobPresence: jest.fn(async () => 'present' as const)
    }
    const read = (): Promise<Buffer | undefined> =>
      archives.read(
        client as unknown as Parameters<typeof archives.read>[0],
        'charts/x',
        { digest, size: archive.length },
        1024
      )
    expect(await read()).toEqual(archive)
    expect(await read()).toEqual(archive)
    await archives.flush()
    expect(warning).toHaveBeenCalledTimes(1)
    expect(warning.mock.calls[0]?.[0]).toMatch(
      /^Chart archive cache \(a failing store\): could not read sha256:[0-9a-f]{64}: disk unavailable\. The archives are read from the registry instead\.$/
    )
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('disk full'))
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('upload refused'))
    expect(client.fetchBlob).toHaveBeenCalledTimes(2)
    expect(client.blobPresence).not.toHaveBeenCalled()
  })
})
