// Chart archives kept in a directory: a self-hosted runner's disk, a GitLab CI cache path, a laptop.
// In the action the directory may sit in the workspace, where a pull request can place links: an
// archive is read only as a regular file, within the size of a chart, and never written through a link.
import path from 'node:path'
import { archiveFileName, type ChartArchiveStore } from '../gate/archive-cache.js'
import { MAX_CHART_BYTES } from '../gate/verify.js'
import {
  FileWriteError,
  readFileBytes,
  writeWholeFile,
  type FileAccess
} from '../workspace-files.js'

export class DirectoryArchiveStore implements ChartArchiveStore {
  readonly name: string

  constructor(
    private readonly directory: string,
    private readonly access: FileAccess = { workspace: directory }
  ) {
    this.name = `the directory ${directory}`
  }

  async restore(digest: string): Promise<Buffer | undefined> {
    const reading = await readFileBytes(
      path.join(this.directory, archiveFileName(digest)),
      this.access,
      // A kept archive larger than the gate accepts a chart is no archive of the gate's.
      MAX_CHART_BYTES
    )
    if ('bytes' in reading) return reading.bytes
    if (reading.code === 'ENOENT') return undefined
    throw new Error(`${archiveFileName(digest)} ${reading.problem}`)
  }

  async save(digest: string, archive: Buffer): Promise<void> {
    // Written aside, then renamed (by writeWholeFile): a run reading beside this one never sees half
    // an archive, and a failed write leaves no .partial file behind.
    try {
      await writeWholeFile(path.join(this.directory, archiveFileName(digest)), archive, this.access)
    } catch (error) {
      throw error instanceof FileWriteError
        ? new Error(`${archiveFileName(digest)} ${error.reason}`)
        : error
    }
  }
}
