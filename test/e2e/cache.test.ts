// The chart archive cache through the bundled action and the command line, with a directory as the
// store: a kept archive skips its download (counted at the registry), is hashed before it is used,
// still needs the registry to have the blob, and a store that fails is a warning.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startHostileRegistry, type HostileRegistry } from '../harness/hostile-registry.js'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction, runCliProgram } from '../harness/run-action.js'
import { errorMessage, startSampleRegistry, type SampleRegistry } from '../support/registries.js'

let sample: SampleRegistry
let front: HostileRegistry
let workspace: string
let archiveDigest: string
/** How the front answers for the archive blob; 'forward' passes everything to the registry. */
let archiveAnswer: 'forward' | 'gone' | 'head-404' | 'head-redirect' = 'forward'

const VALUES = 'replicaCount: 7\n'

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  const pushed = await pushChart(
    { url: sample.registry.url },
    { repository: 'charts/cached', tag: '2.0.0', values: VALUES }
  )
  const manifest = JSON.parse(pushed.manifest.toString('utf8')) as {
    layers: { digest: string }[]
  }
  archiveDigest = manifest.layers[0]?.digest ?? ''
  front = await startHostileRegistry({
    script: request => {
      if (request.url === '/storage/archive') return { status: 403 }
      if (!request.url.endsWith(`/blobs/${archiveDigest}`)) return 'forward'
      if (archiveAnswer === 'gone') return { status: 404 }
      if (archiveAnswer === 'head-404' && request.method === 'HEAD') return { status: 404 }
      // As ECR does: a redirect to storage, which refuses a HEAD signed for GET.
      if (archiveAnswer === 'head-redirect' && request.method === 'HEAD')
        return { status: 307, headers: { location: '/storage/archive' } }
      return 'forward'
    },
    upstream: sample.registry.url
  })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-cache-'))
}, 60_000)

afterAll(async () => {
  await front.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
})

const archiveFile = (directory: string): string =>
  path.join(workspace, directory, `${archiveDigest.replace(':', '-')}.tgz`)

/** Requests for the archive blob made during `action`, by method. */
async function archiveRequests<T>(action: () => Promise<T>): Promise<[T, Record<string, number>]> {
  const before = front.requests.length
  const result = await action()
  const counts: Record<string, number> = {}
  for (const request of front.requests.slice(before))
    if (request.url.endsWith(`/blobs/${archiveDigest}`))
      counts[request.method] = (counts[request.method] ?? 0) + 1
  return [result, counts]
}

const check = (directory: string) =>
  runAction(
    {
      endpoint: front.url,
      'base-content-path': 'charts',
      chart: 'cached',
      version: '2.0.0',
      'cache-directory': directory
    },
    { cwd: workspace }
  )

describe('chart archive cache', () => {
  it('downloads an archive once, then reads it from the store and only asks the registry it exists', async () => {
    const [first, firstRequests] = await archiveRequests(() => check('chart-cache'))
    expect(first.exitCode).toBe(0)
    expect(firstRequests).toEqual({ GET: 1 })
    expect((await readFile(archiveFile('chart-cache'))).length).toBeGreaterThan(0)

    const [second, secondRequests] = await archiveRequests(() => check('chart-cache'))
    expect(second.exitCode).toBe(0)
    expect(secondRequests).toEqual({ HEAD: 1 })
    // The layer's values come from the kept archive.
    expect(JSON.parse(second.outputs.layer ?? '{}')).toMatchObject({ values: VALUES })
    expect(second.outputs.digest).toBe(first.outputs.digest)
    expect(second.shownLog).not.toContain('::warning::')
  })

  it('downloads again, and keeps the right bytes, when the kept archive does not match its digest', async () => {
    await writeFile(archiveFile('chart-cache'), 'not the archive')
    const [run, requests] = await archiveRequests(() => check('chart-cache'))
    expect(run.exitCode).toBe(0)
    expect(requests).toEqual({ GET: 1 })
    expect((await readFile(archiveFile('chart-cache'))).toString()).not.toBe('not the archive')
    const [again, againRequests] = await archiveRequests(() => check('chart-cache'))
    expect(again.exitCode).toBe(0)
    expect(againRequests).toEqual({ HEAD: 1 })
  })

  it('fails a chart whose archive the registry no longer has, even when the store keeps it', async () => {
    archiveAnswer = 'gone'
    try {
      const [run, requests] = await archiveRequests(() => check('chart-cache'))
      expect(run.exitCode).toBe(1)
      expect(run.outputs.valid).toBe('false')
      expect(errorMessage(run)).toContain(`its chart archive ${archiveDigest} is missing`)
      expect(requests).toEqual({ HEAD: 1, GET: 1 })
    } finally {
      archiveAnswer = 'forward'
    }
  })

  it.each([
    ['a 404 to HEAD, as a pull-through cache may give', 'head-404'],
    ['a HEAD redirected to storage that refuses it, as ECR does', 'head-redirect']
  ] as const)('downloads the archive after %s, and the chart stays valid', async (_, answer) => {
    archiveAnswer = answer
    try {
      const [run, requests] = await archiveRequests(() => check('chart-cache'))
      expect(run.exitCode).toBe(0)
      expect(requests).toEqual({ HEAD: 1, GET: 1 })
      expect(run.shownLog).not.toContain('::warning::')
    } finally {
      archiveAnswer = 'forward'
    }
  })

  it('warns, once, and still checks the chart when the store cannot be written', async () => {
    await writeFile(path.join(workspace, 'a-file'), 'not a directory')
    const [run, requests] = await archiveRequests(() => check('a-file'))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(requests).toEqual({ GET: 1 })
    const warnings = run.shownLog.split('\n').filter(line => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Chart archive cache (the directory')
  })

  it('downloads as usual with cache: true where the runner has no cache service', async () => {
    const [run, requests] = await archiveRequests(() =>
      runAction(
        {
          endpoint: front.url,
          'base-content-path': 'charts',
          chart: 'cached',
          version: '2.0.0',
          cache: 'true'
        },
        { cwd: workspace, env: { RUNNER_DEBUG: '1' } }
      )
    )
    expect(run.exitCode).toBe(0)
    expect(requests).toEqual({ GET: 1 })
    expect(run.shownLog).toContain('::debug::The GitHub Actions cache is not available here')
    expect(run.shownLog).not.toContain('::warning::')
  })

  it('serves the command line too (--cache-directory)', async () => {
    const directory = path.join(workspace, 'cli-cache')
    const args = [
      '--endpoint',
      front.url,
      '--base-content-path',
      'charts',
      '--chart',
      'cached',
      '--version',
      '2.0.0',
      '--cache-directory',
      directory
    ]
    const [first, firstRequests] = await archiveRequests(() => runCliProgram(args))
    expect(first.exitCode).toBe(0)
    expect(firstRequests).toEqual({ GET: 1 })
    const [second, secondRequests] = await archiveRequests(() => runCliProgram(args))
    expect(second.exitCode).toBe(0)
    expect(secondRequests).toEqual({ HEAD: 1 })
    expect(second.stdout).toContain('replicaCount: 7')
  })
})
