// A workspace file's path from the root of its repository, the name GitHub gives it in a pull
// request. The workspace is that root, unless actions/checkout put the repository in a subfolder
// (`path:`): then it is the nearest folder above the file that holds a `.git` folder. A `.git` file
// marks a submodule, whose files are another repository's and never the pull request's. The walk
// stays inside the workspace and passes over a folder whose real path leads out of it. Where no
// `.git` folder is found at all (a workspace filled from an archive), the root is not known.
import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'

export interface RepositoryFile {
  /** The path from the repository root, with `/`. */
  path: string
  /** A `.git` folder marks the root; false when none was found and the workspace was assumed. */
  rootFound: boolean
}

/**
 * Names workspace-relative (or absolute) paths from their repository's root; undefined for a path
 * outside the workspace, which no pull request changes.
 */
export function repositoryFiles(workspace: string): (file: string) => RepositoryFile | undefined {
  const top = path.resolve(workspace)
  const realTop = realPath(top) ?? top
  const topIsRepository = holdsRepository(top, realTop)
  // Synchronous, as the selection is asked file by file; each folder is looked at once.
  const roots = new Map<string, string | undefined>()
  const rootOf = (start: string): string | undefined => {
    const walked: string[] = []
    let folder = start
    let root = topIsRepository ? top : undefined
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
    const root = rootOf(path.dirname(absolute))
    return {
      path: path
        .relative(root ?? top, absolute)
        .split(path.sep)
        .join('/'),
      rootFound: root !== undefined
    }
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
