// The files the gate reads and writes: profiles, chart lists, the registries file, the lock, CA
// files, the manifest and cached archives. A pull request controls what these paths hold, so every
// read has a size bound and only reads a regular file, and no write goes through a symbolic link.
// In the action, every path must also resolve (symbolic links followed) inside the workspace or
// the runner's temp; the command line reads what its user names.
import { randomUUID } from 'node:crypto'
import { constants as fsConstants } from 'node:fs'
import { lstat, mkdir, open, realpath, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface FileAccess {
  /** Where relative paths start. */
  workspace: string
  /** Folders every file must resolve inside (the action's); undefined: anywhere (the CLI). */
  confinedTo?: readonly string[]
}

/** Size bounds of the files the gate reads, in bytes, each named in the error that applies it. */
export const FILE_LIMITS = {
  /** A profile export or chart list: a large Palette profile is some hundred KiB. */
  profile: 4 * 1024 * 1024,
  /** Every profile file of one run together. */
  profiles: 32 * 1024 * 1024,
  registries: 1024 * 1024,
  /** About 50,000 entries. */
  lock: 8 * 1024 * 1024,
  certificate: 1024 * 1024
} as const

/** How many files charts-file may match: more is a glob gone wrong, not a profile set. */
export const MAX_PROFILE_FILES = 2000

/** Why a file is not read: what to show, and the file system's code when it refused (ENOENT). */
export interface FileRefusal {
  problem: string
  code?: string
}

export type FileReading = { text: string } | FileRefusal

/**
 * The file's real path, symbolic links followed, or why the action may not read it. The command
 * line reads what its user names: a path it cannot resolve is reported when it is read.
 */
export async function realPathWithin(
  absolute: string,
  access: FileAccess
): Promise<{ real: string } | FileRefusal> {
  let real: string
  try {
    real = await realpath(absolute)
  } catch (error) {
    if (access.confinedTo === undefined) return { real: absolute }
    return cannotBeRead(error)
  }
  if (access.confinedTo === undefined || (await isInside(real, access.confinedTo))) return { real }
  return {
    problem: `is outside the workspace (the path, or a symbolic link on it, leads out of it); the action reads only files in the workspace or the runner's temp`
  }
}

/** The file's text, read up to `maxBytes`; never its content when it is refused. */
export async function readTextFile(
  file: string,
  access: FileAccess,
  maxBytes: number
): Promise<FileReading> {
  const reading = await readFileBytes(file, access, maxBytes)
  return 'bytes' in reading ? { text: reading.bytes.toString('utf8') } : reading
}

/** The file's bytes, read up to `maxBytes`; only a regular file, never a device or a folder. */
export async function readFileBytes(
  file: string,
  access: FileAccess,
  maxBytes: number
): Promise<{ bytes: Buffer } | FileRefusal> {
  const absolute = path.resolve(access.workspace, file)
  const within = await realPathWithin(absolute, access)
  if ('problem' in within) return within
  let handle
  try {
    // Without O_NONBLOCK, opening a named pipe waits for a writer, forever; a regular file reads as
    // before. What is opened is refused below unless it is a regular file.
    handle = await open(absolute, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
  } catch (error) {
    return cannotBeRead(error)
  }
  try {
    const stats = await handle.stat()
    // A device or a pipe (/dev/zero) never ends; a folder is no file.
    if (!stats.isFile()) return { problem: 'is not a regular file' }
    if (stats.size > maxBytes) return { problem: tooLarge(stats.size, maxBytes) }
    // Read one byte past the bound: a file that grew since stat is still refused, not cut.
    let buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        // The file grew since stat: read on, still no further than the bound.
        const larger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(larger)
        buffer = larger
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length > maxBytes) return { problem: tooLarge(length, maxBytes) }
    }
    return { bytes: buffer.subarray(0, length) }
  } catch (error) {
    return cannotBeRead(error)
  } finally {
    await handle.close()
  }
}

/** The reason a file may not be written at that path; undefined when it may. */
export async function writeProblem(
  absolute: string,
  access: FileAccess
): Promise<string | undefined> {
  try {
    const existing = await lstat(absolute)
    if (existing.isSymbolicLink())
      return 'is a symbolic link, and the gate never writes through one'
    if (existing.isDirectory()) return 'cannot be written (EISDIR): it is a folder'
  } catch (error) {
    if (fileSystemCode(error, '') !== 'ENOENT')
      return `cannot be written (${fileSystemCode(error, 'unwritable')})`
  }
  if (access.confinedTo === undefined) return undefined
  // The nearest folder that exists decides: the folders made below it cannot be links.
  let folder = path.dirname(absolute)
  for (;;) {
    try {
      const real = await realpath(folder)
      return (await isInside(real, access.confinedTo))
        ? undefined
        : 'is outside the workspace (the path, or a symbolic link on it, leads out of it); the action writes only in the workspace or the runner temp'
    } catch (error) {
      const parent = path.dirname(folder)
      if (fileSystemCode(error, '') !== 'ENOENT' || parent === folder)
        return `cannot be written (${fileSystemCode(error, 'unwritable')})`
      folder = parent
    }
  }
}

/**
 * Writes the content whole or not at all: written aside, then renamed over the path, which replaces a
 * link made meanwhile instead of writing through it. Throws a FileWriteError saying why.
 */
export async function writeWholeFile(
  file: string,
  content: string | Uint8Array,
  access: FileAccess
): Promise<string> {
  const absolute = path.resolve(access.workspace, file)
  const refused = await writeProblem(absolute, access)
  if (refused !== undefined) throw new FileWriteError(refused)
  const aside = `${absolute}.${randomUUID()}.partial`
  try {
    await mkdir(path.dirname(absolute), { recursive: true })
    await writeFile(aside, content, { flag: 'wx' })
    await rename(aside, absolute)
  } catch (error) {
    await rm(aside, { force: true }).catch(() => undefined)
    throw new FileWriteError(`cannot be written (${fileSystemCode(error, 'unwritable')})`, {
      cause: error
    })
  }
  return absolute
}

export class FileWriteError extends Error {
  constructor(
    readonly reason: string,
    options?: ErrorOptions
  ) {
    super(reason, options)
    this.name = 'FileWriteError'
  }
}

/** The command line's: paths start at the working directory, and its user names what it reads. */
export const COMMAND_LINE_ACCESS: FileAccess = { workspace: '.' }

/** The folders the action may read and write in: the workspace and the runner's temp. */
export function actionFileAccess(workspace: string, runnerTemp: string): FileAccess {
  return { workspace, confinedTo: [workspace, runnerTemp] }
}

async function isInside(real: string, roots: readonly string[]): Promise<boolean> {
  for (const root of roots) {
    let realRoot: string
    try {
      realRoot = await realpath(root)
    } catch {
      continue
    }
    const relative = path.relative(realRoot, real)
    const leaves = relative === '..' || relative.startsWith(`..${path.sep}`)
    if (!leaves && !path.isAbsolute(relative)) return true
  }
  return false
}

function cannotBeRead(error: unknown): FileRefusal {
  const code = fileSystemCode(error, 'unreadable')
  return { problem: `cannot be read (${code})`, code }
}

function tooLarge(bytes: number, maxBytes: number): string {
  return `is ${mebibytes(bytes)}${bytes > maxBytes + 1 ? '' : ' or more'}, past the ${mebibytes(maxBytes)} the gate reads of such a file`
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`
}

/** The file system's code for a failure (ENOENT, ELOOP), or the fallback for any other error. */
export function fileSystemCode(error: unknown, fallback: string): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : fallback
}
