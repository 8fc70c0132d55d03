// Which profile files a pull request changes. GitHub names files from the repository root; the glob
// names them from the workspace, which is the repository root unless the checkout went elsewhere
// (actions/checkout `path:`), so a file is changed when its path ends with a changed one.

/** Whether a workspace-relative file is one of the pull request's (repository-relative) files. */
export function changedFileTest(changed: readonly string[]): (file: string) => boolean {
  const names = new Set(changed.map(normalize))
  return file => suffixes(normalize(file)).some(suffix => names.has(suffix))
}

/**
 * The files to check: those the pull request changes, or every one when it changes a file all
 * layers depend on (the registries file, the lock). Undefined means every file.
 */
export function filesToCheck(
  changed: readonly string[],
  sharedFiles: readonly string[]
): ((file: string) => boolean) | undefined {
  const isChanged = changedFileTest(changed)
  if (sharedFiles.some(file => file.trim() !== '' && isChanged(file.trim()))) return undefined
  return isChanged
}

function normalize(file: string): string {
  return file.replaceAll('\\', '/').replace(/^(\.\/)+/, '')
}

/** "a/b/c" -> ["a/b/c", "b/c", "c"]: the path and each tail after a slash. */
function suffixes(file: string): string[] {
  const parts = file.split('/')
  return parts.map((_, index) => parts.slice(index).join('/'))
}
