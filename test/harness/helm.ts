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

/**
 * Runs helm with its own config and cache, so that no login or repository leaks in: a fresh one
 * per call, or `home` when several calls share a login.
 */
export async function runHelm(args: string[], options: { home?: string } = {}): Promise<HelmRun> {
  const home = options.home ?? (await mkdtemp(join(tmpdir(), 'palette-helm-')))
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
    if (options.home === undefined) await rm(home, { recursive: true, force: true })
  }
}

/**
 * Creates a chart with `helm create`, packages it at `version` and pushes it with `helm push`, as
 * users do; returns the digest Helm reports.
 */
export async function pushWithHelm(
  registry: { host: string; username?: string; password?: string },
  repositoryPath: string,
  name: string,
  version: string
): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'palette-helm-push-'))
  try {
    const step = async (args: string[]): Promise<HelmRun> => {
      const run = await runHelm(args, { home })
      if (run.exitCode !== 0) throw new Error(`helm ${args[0] ?? ''} failed: ${run.stderr}`)
      return run
    }
    await step(['create', join(home, name)])
    await step(['package', join(home, name), '--version', version, '-d', home])
    if (registry.username !== undefined && registry.password !== undefined)
      await step([
        'registry',
        'login',
        registry.host,
        '-u',
        registry.username,
        '-p',
        registry.password,
        '--plain-http'
      ])
    const pushed = await step([
      'push',
      join(home, `${name}-${version}.tgz`),
      `oci://${registry.host}/${repositoryPath}`,
      '--plain-http'
    ])
    const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(pushed.stdout + pushed.stderr)?.[1]
    if (digest === undefined) throw new Error(`helm push printed no digest: ${pushed.stderr}`)
    return digest
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}
