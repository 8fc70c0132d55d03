// Chart archives kept in a directory: a failed save leaves nothing behind.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DirectoryArchiveStore } from '../../src/cache/directory-store.js'
import { archiveFileName } from '../../src/gate/archive-cache.js'

const dirs: string[] = []
afterAll(() => Promise.all(dirs.map(dir => rm(dir, { recursive: true, force: true }))))

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('DirectoryArchiveStore', () => {
  it('removes its partial file when the archive path is a directory', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'pcg-directory-store-'))
    dirs.push(directory)
    await mkdir(path.join(directory, archiveFileName(DIGEST)))
    const store = new DirectoryArchiveStore(directory)
    await expect(store.save(DIGEST, Buffer.from('archive'))).rejects.toThrow()
    expect(await readdir(directory)).toEqual([archiveFileName(DIGEST)])
  })

  it('saves and restores an archive', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'pcg-directory-store-'))
    dirs.push(directory)
    const store = new DirectoryArchiveStore(directory)
    await store.save(DIGEST, Buffer.from('archive'))
    expect((await store.restore(DIGEST))?.toString()).toBe('archive')
    expect(await readdir(directory)).toEqual([archiveFileName(DIGEST)])
  })
})
