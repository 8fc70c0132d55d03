// The command line over one profile file, in process and without a registry: what it prints and
// its exit code. Each run gets a folder of its own; removeProfileFolders() removes them all.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runProfilesCli } from '../../src/cli/profile-report.js'

const folders: string[] = []

export async function removeProfileFolders(): Promise<void> {
  await Promise.all(folders.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
}

export async function runOnProfile(
  profile: string,
  options: { isTerminal?: boolean; outputFormat?: string } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'pcg-cli-profiles-'))
  folders.push(workspace)
  await writeFile(path.join(workspace, 'p.yaml'), profile)
  let stdout = ''
  let stderr = ''
  const code = await runProfilesCli(
    {
      'charts-file': 'p.yaml',
      ...(options.outputFormat === undefined ? {} : { 'output-format': options.outputFormat })
    },
    {
      dependencies: {
        mask: () => undefined,
        debug: () => undefined,
        warning: message => void (stderr += `warning: ${message}\n`),
        now: () => new Date(),
        environment: {}
      },
      archivesFor: () => Promise.resolve(undefined),
      streams: {
        stdout: text => void (stdout += text),
        stderr: text => void (stderr += text),
        ...(options.isTerminal === undefined ? {} : { isTerminal: options.isTerminal })
      }
    },
    { workspace }
  )
  return { code, stdout, stderr }
}
