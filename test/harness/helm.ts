// The real Helm binary, as users run it, for end-to-end tests. scripts/test fetches it into
// .cache/helm (see ensure_helm in scripts/setup.sh); a test that needs it fails when it is missing.
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './run-action.js'

export const helmPath =
  process.env.PALETTE_CHART_GATE_TEST_HELM || join(repoRoot, '.cache', 'helm', 'helm', 'helm')

/** Helm 3.17: its `template --kube-version` keeps a vendor suffix, as an in-cluster install does. */
export const helm3Path =
  process.env.PALETTE_CHART_GATE_TEST_HELM3 || join(repoRoot, '.cache', 'helm3', 'helm', 'helm')

export function requireHelm(binary = helmPath): string {
  try {
    accessSync(binary, constants.X_OK)
  } catch {
    throw new Error(
      `No Helm binary at ${binary}: run the suite with scripts/test, which fetches it (ensure_helm in scripts/setup.sh)`
    )
  }
  return binary
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
export async function runHelm(
  args: string[],
  options: { home?: string; binary?: string } = {}
): Promise<HelmRun> {
  const home = options.home ?? (await mkdtemp(join(tmpdir(), 'palette-helm-')))
  try {
    return await new Promise<HelmRun>(resolve => {
      execFile(
        requireHelm(options.binary),
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
  version: string,
  options: {
    /** Changes the chart `helm create` made before it is packaged (its folder is given). */
    shape?: (chart: string) => Promise<void>
    /**
     * Packed with tar, as some pipelines do, instead of `helm package`, which refuses a chart whose
     * dependencies are missing; `helm push` takes it all the same.
     */
    tar?: boolean
  } = {}
): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'palette-helm-push-'))
  try {
    const step = async (args: string[]): Promise<HelmRun> => {
      const run = await runHelm(args, { home })
      if (run.exitCode !== 0) throw new Error(`helm ${args[0] ?? ''} failed: ${run.stderr}`)
      return run
    }
    await step(['create', join(home, name)])
    const chart = join(home, name)
    if (options.tar === true) {
      const chartYaml = join(chart, 'Chart.yaml')
      await writeFile(
        chartYaml,
        (await readFile(chartYaml, 'utf8')).replace(/^version: .*$/m, `version: ${version}`)
      )
    }
    await options.shape?.(chart)
    if (options.tar === true)
      await promisify(execFile)('tar', ['-czf', `${name}-${version}.tgz`, name], { cwd: home })
    else await step(['package', chart, '--version', version, '-d', home])
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
