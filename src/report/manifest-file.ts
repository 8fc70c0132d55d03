// Writes the validated manifest where the user asked, or to a predictable place in the runner's temp.
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { renderManifest, type ManifestDocument } from '../layer.js'
import type { Request } from '../request.js'

export function defaultManifestPath(request: Request, tag: string, tempDirectory: string | undefined): string {
  const extension = request.output.format === 'json' ? 'json' : 'yaml'
  return path.join(tempDirectory ?? os.tmpdir(), 'palette-chart-gate', `${request.chart.name}-${tag}.${extension}`)
}

export async function writeManifestFile(filePath: string, document: ManifestDocument, request: Request): Promise<string> {
  const absolute = path.resolve(filePath)
  await mkdir(path.dirname(absolute), { recursive: true })
  await writeFile(absolute, renderManifest(document, request.output.format), 'utf8')
  return absolute
}
