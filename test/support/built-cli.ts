// The built command line (dist/cli/index.js) over profile files in a fresh workspace, with one
// registry named `lab` whose charts live under `charts/`: its JSON results, exit code and stderr.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import path from 'node:path'
import YAML from 'yaml'
import { repoRoot, runNode } from '../harness/run-action.js'

/** A results entry as the command line prints it with --output-format json. */
export interface PrintedResult {
  chart: string
  version: string
  line: number
  status: string
  reason: string | null
  hint: string | null
  deploy: { checks: string[]; failed: string[]; kubernetes: { checked: boolean } } | null
}

export async function checkWithBuiltCli(
  scratch: string,
  registryUrl: string,
  files: Record<string, string>,
  flags: readonly string[] = []
): Promise<{ exitCode: number; results: PrintedResult[]; stderr: string }> {
  const workspace = await mkdtemp(path.join(scratch, 'workspace-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
    await writeFile(path.join(workspace, name), text)
  }
  await writeFile(
    path.join(workspace, 'registries.yaml'),
    YAML.stringify({
      registries: { lab: { endpoint: registryUrl, 'base-content-path': 'charts' } }
    })
  )
  const run = await runNode(
    [
      path.join(repoRoot, 'dist', 'cli', 'index.js'),
      '--charts-file',
      'profiles/*.yaml',
      '--registries-file',
      'registries.yaml',
      '--output-format',
      'json',
      ...flags
    ],
    { cwd: workspace, env: { PATH: process.env.PATH ?? '' } }
  )
  const printed = JSON.parse(run.stdout) as { results: PrintedResult[] }
  return { exitCode: run.exitCode, results: printed.results, stderr: run.stderr }
}
