// A workspace file's path from the root of its repository, the name GitHub gives it in a pull
// request. The workspace is that root, unless actions/checkout put the repository in a subfolder
// (`path:`): then it is the nearest folder above the file that holds a `.git` folder. A `.git` file
// marks a submodule, whose files are another repository's and never the pull request's. The walk
// stays inside the workspace and passes over a folder whose real path leads out of it.
import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'

/**
 * Names workspace-relative (or absolute) paths from their repository's root, with `/`; undefined
 * for a path outside the workspace, which no pull request changes.
 */
export function repositoryPaths(workspace: string): (file: string) => string | undefined {
  const top = path.resolve(workspace)
  const realTop = realPath(top) ?? top
  // Synchronous, as the selection is asked file by file; each folder is looked at once.
  const roots = new Map<string, string>()
  const rootOf = (start: string): string => {
    const walked: string[] = []
    let folder = start
    let root = top
    // Bounded: upwards from inside the workspace, it ends at the workspace.
    while (folder !== top && isWithin(folder, top)) {
      const known = roots.get(folder)
      if (known !== undefined) {
        root = known
        break
      }
      if (holdsRepository(folder, realTop)) {
        root = folder
        break
      }
      walked.push(folder)
      folder = path.dirname(folder)
    }
    for (const seen of walked) roots.set(seen, root)
    return root
  }
  return file => {
    const absolute = path.resolve(top, file)
    if (absolute === top || !isWithin(absolute, top)) return undefined
    return path
      .relative(rootOf(path.dirname(absolute)), absolute)
      .split(path.sep)
      .join('/')
  }
}

function holdsRepository(folder: string, realTop: string): boolean {
  const real = realPath(folder)
  if (real === undefined || !isWithin(real, realTop)) return false
  try {
    return lstatSync(path.join(real, '.git')).isDirectory()
  } catch {
    return false
  }
}

function isWithin(absolute: string, folder: string): boolean {
  const relative = path.relative(folder, absolute)
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

function realPath(absolute: string): string | undefined {
  try {
    return realpathSync(absolute)
  } catch {
    return undefined
  }
}
