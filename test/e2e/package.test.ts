// The command line as a package: `npm pack`, `npm install -g` of the tarball, then
// `palette-chart-gate` against a real registry, as a GitLab job or a laptop would run it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import YAML from 'yaml'
import { stopAll } from '../harness/registry.js'
import { repoRoot } from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const execFileAsync = promisify(execFile)
let sample: SampleRegistry
let dir: string
let bin: string

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  dir = await mkdtemp(path.join(os.tmpdir(), 'palette-package-'))
  const npm = { cwd: dir, env: { ...process.env, npm_config_loglevel: 'error' } }
  const packed = await execFileAsync('npm', ['pack', repoRoot, '--silent'], npm)
  const tarball = path.join(dir, packed.stdout.trim().split('\n').pop() ?? '')
  await execFileAsync(
    'npm',
    ['install', '-g', '--prefix', path.join(dir, 'prefix'), tarball, '--no-audit', '--no-fund'],
    npm
  )
  bin = path.join(dir, 'prefix', 'bin', 'palette-chart-gate')
}, 120_000)

afterAll(async () => {
  await stopAll()
  await rm(dir, { recursive: true, force: true })
})

const run = (args: string[]) =>
  execFileAsync(bin, args, {
    env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` }
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? ''
    })
  )

const checkNginx = (version: string) =>
  run([
    '--endpoint',
    sample.registry.url,
    '--base-content-path',
    'charts',
    '--chart',
    'nginx',
    '--version',
    version
  ])

describe('the installed palette-chart-gate command', () => {
  it('checks a chart and prints the validated layer', async () => {
    const result = await checkNginx('15.4.2')
    expect(result.code).toBe(0)
    const manifest = YAML.parse(result.stdout) as {
      layer: { name: string }
      verification: { digest: string }
    }
    expect(manifest.layer.name).toBe('nginx')
    expect(manifest.verification.digest).toBe(sample.digests.get('charts/nginx:15.4.2'))
  }, 30_000)

  it('exits 1 for a version that does not exist', async () => {
    const result = await checkNginx('9.9.9')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Nearest versions that exist: 16.0.0')
  }, 30_000)
})
