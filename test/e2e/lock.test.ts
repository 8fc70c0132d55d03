// The digest lock through the bundled action: a version re-pushed with other content fails with both
// digests; update-lock writes new entries and keeps the old; a malformed lock is an error on its line.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction, runCliProgram } from '../harness/run-action.js'
import {
  errorMessage,
  failureMessage,
  startSampleRegistry,
  type SampleRegistry
} from '../support/registries.js'

let sample: SampleRegistry
let workspace: string
let firstDigest: string
let secondDigest: string

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-lock-'))
  firstDigest = (
    await pushChart({ url: sample.registry.url }, { repository: 'charts/locked', tag: '1.0.0' })
  ).digest
}, 60_000)

afterAll(async () => {
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
})

const reference = (): string => `${sample.registry.host}/charts/locked:1.0.0`
const single = (extra: Record<string, string>) =>
  runAction(
    {
      endpoint: sample.registry.url,
      'base-content-path': 'charts',
      chart: 'locked',
      version: '1.0.0',
      'lock-file': 'chart-lock.yaml',
      ...extra
    },
    { cwd: workspace }
  )
const lockEntries = async (): Promise<Record<string, { digest: string; locked: string }>> =>
  (
    YAML.parse(await readFile(path.join(workspace, 'chart-lock.yaml'), 'utf8')) as {
      charts: Record<string, { digest: string; locked: string }>
    }
  ).charts

describe('digest lock', () => {
  it('is written by update-lock, then catches the same version pushed again with other content', async () => {
    const written = await single({ 'update-lock': 'true' })
    expect(written.exitCode).toBe(0)
    expect((await lockEntries())[reference()]?.digest).toBe(firstDigest)

    secondDigest = (
      await pushChart(
        { url: sample.registry.url },
        { repository: 'charts/locked', tag: '1.0.0', values: 'replicaCount: 9\n' }
      )
    ).digest
    expect(secondDigest).not.toBe(firstDigest)
    const caught = await single({})
    expect(caught.exitCode).toBe(1)
    expect(caught.outputs.valid).toBe('false')
    const message = errorMessage(caught)
    expect(message).toContain(`oci://${reference()} now holds ${secondDigest}`)
    expect(message).toContain(`says ${firstDigest}: the same version was pushed again`)
    expect(message).toMatch(/the lock written \d{4}-\d\d-\d\dT/)
  }, 60_000)

  it('checks whole profiles against it, adding new versions and keeping the old entries', async () => {
    await writeFile(
      path.join(workspace, 'charts.yaml'),
      'charts:\n  - chart: locked\n    version: 1.0.0\n  - chart: nginx\n    version: 15.4.2\n'
    )
    const run = await runAction(
      {
        endpoint: sample.registry.url,
        'base-content-path': 'charts',
        'charts-file': 'charts.yaml',
        'lock-file': 'chart-lock.yaml',
        'update-lock': 'true'
      },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.results ?? '[]') as {
      chart: string
      status: string
      reason: string | null
    }[]
    expect(results.map(result => [result.chart, result.status])).toEqual([
      ['locked', 'invalid'],
      ['nginx', 'valid']
    ])
    expect(results[0]?.reason).toContain(`but the lock written`)
    const entries = await lockEntries()
    expect(entries[reference()]?.digest).toBe(firstDigest)
    expect(entries[`${sample.registry.host}/charts/nginx:15.4.2`]?.digest).toBe(
      sample.digests.get('charts/nginx:15.4.2')
    )
  }, 60_000)

  it('makes the folder of a new lock, with every result out', async () => {
    const run = await runAction(
      {
        endpoint: sample.registry.url,
        'base-content-path': 'charts',
        'charts-file': 'charts.yaml',
        'lock-file': 'locks/new/chart-lock.yaml',
        'update-lock': 'true'
      },
      { cwd: workspace }
    )
    const results = JSON.parse(run.outputs.results ?? '[]') as { chart: string }[]
    expect(results.map(result => result.chart)).toEqual(['locked', 'nginx'])
    expect(run.summary).toContain('nginx')
    const written = YAML.parse(
      await readFile(path.join(workspace, 'locks/new/chart-lock.yaml'), 'utf8')
    ) as { charts: Record<string, { digest: string }> }
    expect(Object.keys(written.charts)).toEqual([
      reference(),
      `${sample.registry.host}/charts/nginx:15.4.2`
    ])
  }, 60_000)

  it('refuses a lock it cannot write before any request, by the path as given', async () => {
    // A new lock in a folder that is a link out of the workspace: readable as "not there yet".
    const outside = await mkdtemp(path.join(os.tmpdir(), 'palette-lock-outside-'))
    await symlink(outside, path.join(workspace, 'linked-locks'))
    const run = await runAction(
      {
        // Nothing listens there: a request would end as a connection error, not this refusal.
        endpoint: 'http://127.0.0.1:9',
        'base-content-path': 'charts',
        'charts-file': 'charts.yaml',
        'lock-file': 'linked-locks/chart-lock.yaml',
        'update-lock': 'true'
      },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    const message = errorMessage(run)
    expect(message).toContain(
      'lock-file: linked-locks/chart-lock.yaml: is outside the workspace (the path, or a symbolic link on it, leads out of it); the action writes only'
    )
    expect(message).not.toContain(workspace)
    expect(await readdir(outside)).toEqual([])
    await rm(outside, { recursive: true, force: true })
    expect(message).not.toContain('127.0.0.1:9')
    expect(run.outputs.results).toBeUndefined()
  }, 30_000)

  it('refuses a lock it cannot write before any request on a single chart too', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'palette-lock-outside-'))
    await symlink(outside, path.join(workspace, 'linked-single'))
    const run = await single({
      endpoint: 'http://127.0.0.1:9',
      'lock-file': 'linked-single/chart-lock.yaml',
      'update-lock': 'true'
    })
    expect(run.exitCode).toBe(1)
    const message = errorMessage(run)
    expect(message).toContain('lock-file: linked-single/chart-lock.yaml: is outside the workspace')
    expect(message).not.toContain('127.0.0.1:9')
    expect(await readdir(outside)).toEqual([])
    await rm(outside, { recursive: true, force: true })
  }, 30_000)

  it('puts every result of a single chart out before failing on a lock it cannot write', async () => {
    // The manifest file makes the folder the lock was to be: writable when checked, not at the end.
    const run = await single({
      chart: 'nginx',
      version: '15.4.2',
      'output-file': 'single-out/layer.yaml',
      'lock-file': 'single-out',
      'update-lock': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(run.outputs.digest).toBe(sample.digests.get('charts/nginx:15.4.2'))
    expect(run.outputs.layer).toContain('nginx')
    expect(run.outputs['manifest-file']).toBe(path.join(workspace, 'single-out/layer.yaml'))
    expect(run.summary).toContain('nginx')
    expect(errorMessage(run)).toContain('lock-file: single-out: cannot be written (EISDIR)')
    expect(errorMessage(run)).not.toContain(workspace)
  }, 30_000)

  it('fails with both the verdict and the lock it could not write', async () => {
    await writeFile(
      path.join(workspace, 'broken.yaml'),
      'charts:\n  - chart: nginx\n    version: 15.4.2\n  - chart: nginx\n    version: 0.0.9\n'
    )
    const run = await runAction(
      {
        endpoint: sample.registry.url,
        'base-content-path': 'charts',
        'charts-file': 'broken.yaml',
        'output-file': 'batch-out/profile.yaml',
        'lock-file': 'batch-out',
        'update-lock': 'true'
      },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    const message = failureMessage(run)
    expect(message).toContain('1 of 2 layers is not valid')
    expect(message).toContain('lock-file: batch-out: cannot be written (EISDIR)')
    expect(run.summary).toContain('cannot be written (EISDIR)')
    const results = JSON.parse(run.outputs.results ?? '[]') as { status: string }[]
    expect(results.map(result => result.status)).toEqual(['valid', 'invalid'])
  }, 30_000)

  it('is read and written by the command line for a single chart', async () => {
    const cliFlags = (chart: string, version: string, lock: string): string[] => [
      '--endpoint',
      sample.registry.url,
      '--base-content-path',
      'charts',
      '--chart',
      chart,
      '--version',
      version,
      '--lock-file',
      lock
    ]
    const written = await runCliProgram(
      [...cliFlags('nginx', '15.4.2', 'cli-lock.yaml'), '--update-lock', 'true'],
      {},
      '',
      workspace
    )
    expect(written.exitCode).toBe(0)
    const lock = YAML.parse(await readFile(path.join(workspace, 'cli-lock.yaml'), 'utf8')) as {
      charts: Record<string, { digest: string }>
    }
    expect(lock.charts[`${sample.registry.host}/charts/nginx:15.4.2`]?.digest).toBe(
      sample.digests.get('charts/nginx:15.4.2')
    )
    const caught = await runCliProgram(
      cliFlags('locked', '1.0.0', 'chart-lock.yaml'),
      {},
      '',
      workspace
    )
    expect(caught.exitCode).toBe(1)
    expect(caught.stderr).toContain(`invalid: oci://${reference()} now holds ${secondDigest}`)
  }, 30_000)

  it('reads the hand-written form of an entry, the key and its digest', async () => {
    await writeFile(
      path.join(workspace, 'short-lock.yaml'),
      `charts:\n  "${reference()}": ${firstDigest}\n`
    )
    const run = await single({ 'lock-file': 'short-lock.yaml' })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      `oci://${reference()} now holds ${secondDigest}, but the lock says ${firstDigest}`
    )
  }, 30_000)

  it('refuses a malformed lock on its line', async () => {
    await writeFile(
      path.join(workspace, 'bad-lock.yaml'),
      'charts:\n  host/chart:1.0.0:\n    digest: nope\n'
    )
    const run = await single({ 'lock-file': 'bad-lock.yaml' })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'lock-file: bad-lock.yaml:2: "host/chart:1.0.0" needs a digest (sha256:<64 hex>)'
    )
  }, 30_000)
})
