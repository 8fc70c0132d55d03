// The real Helm binary, as users run it, for end-to-end tests. scripts/test fetches it into
// .cache/helm (see ensure_helm in scripts/setup.sh); a test that needs it fails when it is missing.
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './run-action.js'

export const helmPath =
  process.env.PALETTE_CHART_GATE_TEST_HELM || join(repoRoot, '.cache', 'helm', 'helm', 'helm')

export function requireHelm(): string {
  try {
    accessSync(helmPath, constants.X_OK)
  } catch {
    throw new Error(
      `No Helm binary at ${helmPath}: run the suite with scripts/test, which fetches it (ensure_helm in scripts/setup.sh)`
    )
  }
  return helmPath
}

export interface HelmRun {
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs helm with its own empty config and cache, so that no login or repository leaks in. */
export async function runHelm(args: string[]): Promise<HelmRun> {
  const home = await mkdtemp(join(tmpdir(), 'palette-helm-'))
  try {
    return await new Promise<HelmRun>(resolve => {
      execFile(
        requireHelm(),
        args,
        {
          cwd: home,
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? '',
            HOME: home,
            HELM_CONFIG_HOME: join(home, 'config'),
            HELM_CACHE_HOME: join(home, 'cache'),
            HELM_DATA_HOME: join(home, 'data')
          }
        },
        (error, stdout, stderr) => {
          const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
          resolve({ exitCode: code, stdout, stderr })
        }
      )
    })
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}
