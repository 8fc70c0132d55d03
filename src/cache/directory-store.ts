// Chart archives kept in a directory: a self-hosted runner's disk, a GitLab CI cache path, a laptop.
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { archiveFileName, type ChartArchiveStore } from '../gate/archive-cache.js'

export class DirectoryArchiveStore implements ChartArchiveStore {
  readonly name: string

  constructor(private readonly directory: string) {
    this.name = `the directory ${directory}`
  }

  async restore(digest: string): Promise<Buffer | undefined> {
    try {
      return await readFile(path.join(this.directory, archiveFileName(digest)))
    } catch (error) {
      // Not `instanceof Error`: errors from another realm (a test's VM) are objects all the same.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
        return undefined
      throw error
    }
  }

  async save(digest: string, archive: Buffer): Promise<void> {
    const file = path.join(this.directory, archiveFileName(digest))
    await mkdir(this.directory, { recursive: true })
    // Written aside, then renamed: a run reading beside this one never sees half an archive.
    const partial = `${file}.${randomUUID()}.partial`
    try {
      await writeFile(partial, archive)
      await rename(partial, file)
    } catch (error) {
      // A failed write or rename (the target a directory, a full disk) leaves no stray file behind;
      // the failure reported is that one, not a failure to clean up.
      await rm(partial, { force: true }).catch(() => undefined)
      throw error
    }
  }
}
