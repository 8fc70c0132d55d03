// The GitHub Actions cache adapter with @actions/cache mocked: which store the inputs choose, the
// key and path per digest, one save per digest, and a cache service that fails being a warning.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const available = { value: true }
const cacheModule = {
  isFeatureAvailable: jest.fn(() => available.value),
  restoreCache: jest.fn<(paths: string[], key: string) => Promise<string | undefined>>(),
  saveCache: jest.fn<(paths: string[], key: string) => Promise<number>>()
}
jest.unstable_mockModule('@actions/cache', () => cacheModule)
const { archiveStoreFromInputs } = await import('../../src/cache/store-from-inputs.js')
const { actionsArchiveStore } = await import('../../src/cache/actions-store.js')
const { ArchiveCache } = await import('../../src/gate/archive-cache.js')
const { ConfigurationError } = await import('../../src/errors.js')

const archive = Buffer.from('a chart archive')
const digest = `sha256:${createHash('sha256').update(archive).digest('hex')}`
let runnerTemp: string

beforeEach(async () => {
  jest.clearAllMocks()
  available.value = true
  runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'palette-actions-cache-'))
})

const actionsCache = async () => actionsArchiveStore(runnerTemp)
const storeFor = (inputs: Record<string, string>) =>
  archiveStoreFromInputs(inputs, { workspace: runnerTemp, actionsCache, debug: () => undefined })

describe('archiveStoreFromInputs', () => {
  it('uses no store by default, the Actions cache for cache: true, a directory for cache-directory', async () => {
    expect(await storeFor({})).toBeUndefined()
    expect((await storeFor({ cache: 'true' }))?.name).toBe('the GitHub Actions cache')
    expect((await storeFor({ cache: 'true', 'cache-directory': 'kept' }))?.name).toBe(
      `the directory ${path.join(runnerTemp, 'kept')}`
    )
  })

  it('uses no store, and says so in the debug log, where the runner has no cache service', async () => {
    available.value = false
    const debug = jest.fn<(message: string) => void>()
    expect(
      await archiveStoreFromInputs(
        { cache: 'true' },
        { workspace: runnerTemp, actionsCache, debug }
      )
    ).toBeUndefined()
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('not available'))
  })

  it('refuses a cache value that is not a boolean, naming the input', async () => {
    await expect(storeFor({ cache: 'yes' })).rejects.toThrow(ConfigurationError)
    await expect(storeFor({ cache: 'yes' })).rejects.toThrow(/^cache: "yes" is not a boolean/)
  })
})

describe('the Actions cache store', () => {
  it('restores and saves one file per digest under RUNNER_TEMP, keyed by the digest', async () => {
    const store = await storeFor({ cache: 'true' })
    if (store === undefined) throw new Error('no store')
    const file = path.join(
      runnerTemp,
      'palette-chart-gate',
      'chart-cache',
      `${digest.replace(':', '-')}.tgz`
    )
    const key = `palette-chart-gate-chart-${digest.replace(':', '-')}.tgz`

    cacheModule.restoreCache.mockResolvedValueOnce(undefined)
    expect(await store.restore(digest)).toBeUndefined()
    expect(cacheModule.restoreCache).toHaveBeenCalledWith([file], key)

    cacheModule.saveCache.mockResolvedValue(1)
    await store.save(digest, archive)
    await store.save(digest, archive)
    expect(cacheModule.saveCache).toHaveBeenCalledTimes(1)
    expect(cacheModule.saveCache).toHaveBeenCalledWith([file], key)
    expect(await readFile(file)).toEqual(archive)

    // A hit: the cache has put the file back where it was saved.
    await writeFile(file, archive)
    cacheModule.restoreCache.mockResolvedValueOnce(key)
    expect(await store.restore(digest)).toEqual(archive)
  })

  it('refuses to name a file after something that is not a digest', async () => {
    const store = await storeFor({ cache: 'true' })
    await expect(store?.restore('sha256:../../etc/passwd')).rejects.toThrow('is not a digest')
    expect(cacheModule.restoreCache).not.toHaveBeenCalled()
  })
})

describe('ArchiveCache', () => {
  it('warns once when the store fails, then logs further failures to debug only', async () => {
    const store = await storeFor({ cache: 'true' })
    if (store === undefined) throw new Error('no store')
    cacheModule.restoreCache.mockRejectedValue(new Error('cache service unavailable'))
    const warning = jest.fn<(message: string) => void>()
    const debug = jest.fn<(message: string) => void>()
    const archives = new ArchiveCache(store, { warning, debug })
    // No registry is reachable here: the read ends at the download, after the store was asked.
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
    cacheModule.saveCache.mockRejectedValue(new Error('quota exceeded'))
    expect(await read()).toEqual(archive)
    expect(await read()).toEqual(archive)
    expect(warning).toHaveBeenCalledTimes(1)
    expect(warning.mock.calls[0]?.[0]).toMatch(
      /^Chart archive cache \(the GitHub Actions cache\): could not read sha256:[0-9a-f]{64}: cache service unavailable\. The archives are read from the registry instead\.$/
    )
    expect(debug).toHaveBeenCalledWith(expect.stringContaining('quota exceeded'))
    expect(client.blobPresence).not.toHaveBeenCalled()
  })
})
