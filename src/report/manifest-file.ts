// Writes the validated manifest where the user asked, or to a predictable place in the runner's temp.
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { renderManifest, type ManifestDocument } from '../palette/layer.js'
import type { ChartTarget } from '../gate/plan.js'
import type { Request } from '../inputs/request.js'
import { FileWriteError, writeWholeFile, type FileAccess } from '../workspace-files.js'

/** One file per registry, repository and tag, so several checks in one job never overwrite each other. */
export function defaultManifestPath(
  request: Request,
  target: ChartTarget,
  gateFolder: string
): string {
  const extension = request.output.format === 'json' ? 'json' : 'yaml'
  const name = `${target.endpoint.authority}/${target.repository}-${target.tag}`.replace(
    /[^A-Za-z0-9._-]+/g,
    '_'
  )
  return path.join(gateFolder, `${name}.${extension}`)
}

export async function writeManifestFile(
  filePath: string,
  document: ManifestDocument,
  request: Request,
  access: FileAccess
): Promise<string> {
  return writeDocumentFile(filePath, renderManifest(document, request.output.format), access)
}

/** Writes a rendered document; an unwritable output-file is the user's to fix, not a crash. */
export async function writeDocumentFile(
  filePath: string,
  text: string,
  access: FileAccess
): Promise<string> {
  try {
    return await writeWholeFile(filePath, text, access)
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error
    throw new ConfigurationError(
      [{ input: 'output-file', message: `${filePath} ${error.reason}` }],
      'Give output-file a file path in a writable folder of the workspace (not a folder, not a symbolic link).',
      { cause: error }
    )
  }
}
