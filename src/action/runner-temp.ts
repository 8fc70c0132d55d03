// The one place outside the workspace the action may read and write: the runner's temp.
import { mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** RUNNER_TEMP on a runner; the system temp in a local run, where it is unset or empty. */
export function runnerTemp(environment: NodeJS.ProcessEnv): string {
  const folder = environment.RUNNER_TEMP
  return folder === undefined || folder === '' ? os.tmpdir() : folder
}

/** Where the action writes what the user did not place: the manifest file, the archive cache. */
export function gateTempFolder(environment: NodeJS.ProcessEnv): string {
  return path.join(runnerTemp(environment), 'palette-chart-gate')
}

/**
 * The temp folder files may be read from and written to. On a runner, all of RUNNER_TEMP (the
 * workflow writes files there for the action). In a local run, only the gate's own folder of the
 * system temp: a link in a profile folder to /tmp/… must not reach other programs' files. It is
 * made first, as confinement is judged by the folders that exist.
 */
export async function confinedTempFolder(environment: NodeJS.ProcessEnv): Promise<string> {
  const folder = environment.RUNNER_TEMP
  if (folder !== undefined && folder !== '') return folder
  const gateFolder = gateTempFolder(environment)
  await mkdir(gateFolder, { recursive: true })
  return gateFolder
}
