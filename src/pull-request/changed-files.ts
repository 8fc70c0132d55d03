// Which profile files a pull request changes. GitHub names each file by its path from the
// repository root, and a file is changed only when that exact path is listed: matching a tail would
// take a root-level dev.json for profiles/dev.json and check (and fail on) a file nobody changed.
// The caller names files from the repository root too (repository-paths.ts), as a checkout may sit
// in a subfolder of the workspace.
import path from 'node:path'

/** Whether a file, named from the repository root, is one of the pull request's files. */
export function changedFileTest(changed: readonly string[]): (file: string) => boolean {
  const names = new Set(changed.map(normalize))
  return file => names.has(normalize(file))
}

/**
 * The files to check: those the pull request changes, or every one when it changes a file all
 * layers depend on (the registries file, the lock). Undefined means every file. Every path is named
 * from the repository root.
 */
export function filesToCheck(
  changed: readonly string[],
  sharedFiles: readonly string[]
): ((file: string) => boolean) | undefined {
  const isChanged = changedFileTest(changed)
  if (sharedFiles.some(file => file.trim() !== '' && isChanged(file.trim()))) return undefined
  return isChanged
}

/** One spelling per path: forward slashes, no `./` or `a/../`. */
function normalize(file: string): string {
  return path.posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '')
}
