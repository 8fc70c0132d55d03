// The files charts-file names: paths as given, globs matched in the workspace. A pull request
// controls the links in it, so the walk never lists a folder outside the workspace (in the action):
// a link to one is refused by its name, once, instead of every file under it (a link to `/` under
// `**` would walk the whole machine). A link to a file is listed, then held to the workspace when
// it is read, by its name.
import type { Dirent, PathLike, readdir as readdirWithCallback } from 'node:fs'
import { lstat, readdir, realpath } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { FileProblem } from '../palette/profile.js'
import {
  fileSystemCode,
  MAX_PROFILE_FILES,
  realPathWithin,
  type FileAccess
} from '../workspace-files.js'

export async function matchFiles(
  value: string,
  access: FileAccess,
  problems: FileProblem[]
): Promise<string[]> {
  const patterns = value
    .split('\n')
    .map(pattern => pattern.trim())
    .filter(pattern => pattern !== '')
  const files = new Set<string>()
  // A folder linked twice (or a link to a folder above) lists one file under several names.
  const realFiles = new Set<string>()
  let seen = 0
  for (const pattern of patterns) {
    const problemsBefore = problems.length
    const matches = isDynamicPattern(pattern)
      ? await confinedGlob(pattern, access, problems)
      : await plainPath(pattern, access)
    seen += matches.length
    if (seen > MAX_PROFILE_FILES) {
      problems.push({
        file: pattern,
        line: 0,
        message: `matches more than ${MAX_PROFILE_FILES} files, the most the gate checks in one run; narrow the glob`
      })
      return []
    }
    if (matches.length === 0 && problems.length === problemsBefore)
      problems.push({
        file: pattern,
        line: 0,
        message: 'matches no file (paths and globs are relative to the workspace)'
      })
    // Shortest name first: a file seen again through a link keeps the name it has without one.
    const kept: string[] = []
    for (const match of matches.sort((a, b) => a.length - b.length || a.localeCompare(b))) {
      const within = await realPathWithin(path.resolve(access.workspace, match), access)
      if ('problem' in within) {
        problems.push({ file: match, line: 0, message: within.problem })
        continue
      }
      if (realFiles.has(within.real)) continue
      realFiles.add(within.real)
      kept.push(match)
    }
    for (const match of kept.sort()) files.add(match)
  }
  return [...files]
}

/**
 * A path with no glob in it is the file it names (relative to the workspace when it is in there,
 * else as written), when there is something at that path: reading it then says what is wrong with
 * it (a folder, a link loop, a link out), instead of "matches no file".
 */
async function plainPath(pattern: string, access: FileAccess): Promise<string[]> {
  const absolute = path.resolve(access.workspace, pattern)
  const exists = await lstat(absolute).then(
    () => true,
    (error: unknown) => fileSystemCode(error, '') !== 'ENOENT'
  )
  if (!exists) return []
  const workspace = path.resolve(access.workspace)
  if (leavesFolder(workspace, absolute)) return [pattern]
  return [path.relative(workspace, absolute).split(path.sep).join('/')]
}

function leavesFolder(folder: string, absolute: string): boolean {
  const relative = path.relative(folder, absolute)
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** The folders a glob names before its first magic segment (`../outside` of `../outside/*.yaml`). */
function staticFolder(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (pattern.startsWith('/') && fixed.length <= 1) return '/'
  return fixed.length === 0 ? '.' : fixed.join('/')
}

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void

/** The glob's matches; a folder outside the confinement is never listed, its link refused. */
async function confinedGlob(
  pattern: string,
  access: FileAccess,
  problems: FileProblem[]
): Promise<string[]> {
  const options = { cwd: access.workspace, onlyFiles: true, expandDirectories: false }
  if (access.confinedTo === undefined) return glob(pattern, options)
  const workspace = path.resolve(access.workspace)
  // `../outside/*.yaml` starts its walk above the workspace: refuse it by the folder as written.
  const folder = staticFolder(pattern)
  if (leavesFolder(workspace, path.resolve(workspace, folder))) {
    problems.push({
      file: folder,
      line: 0,
      message: 'is a folder outside the workspace; the action does not look inside it'
    })
    return []
  }
  // The walk lists a linked folder by its real path: remember the link that leads there.
  const linkOf = new Map<string, string>()
  const refused = new Set<string>()
  const listFolder = async (folder: string): Promise<Dirent[]> => {
    const within = await realPathWithin(folder, access)
    // A folder that is not there (or cannot be read) holds no match, as for any glob.
    if ('problem' in within && within.code !== undefined) return []
    if ('problem' in within) {
      const link = linkOf.get(path.resolve(folder))
      const name = path
        .relative(workspace, link ?? folder)
        .split(path.sep)
        .join('/')
      if (!refused.has(name)) {
        refused.add(name)
        problems.push({
          file: name,
          line: 0,
          message: `${link === undefined ? 'is a folder' : 'is a link to a folder'} outside the workspace; the action does not look inside it`
        })
      }
      return []
    }
    const entries = await readdir(folder, { withFileTypes: true })
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) continue
      const link = path.join(folder, entry.name)
      const target = await realpath(link).catch(() => undefined)
      if (target !== undefined && !linkOf.has(target)) linkOf.set(target, link)
    }
    return entries
  }
  const confinedReaddir = (
    folder: PathLike,
    _options: unknown,
    callback: ReaddirCallback
  ): void => {
    listFolder(pathText(folder)).then(
      entries => callback(null, entries),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), [])
    )
  }
  return glob(pattern, {
    ...options,
    // The walk always asks with withFileTypes; node:fs's overloads cannot say "only that call".
    fs: { readdir: confinedReaddir as unknown as typeof readdirWithCallback }
  })
}

function pathText(location: PathLike): string {
  return location instanceof URL ? fileURLToPath(location) : location.toString()
}
