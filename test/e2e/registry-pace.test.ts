// How the built command line treats a far registry and a throttling one: requests in flight bounded
// by `concurrency`, the first exchange alone, config and archive read together, and a 429 that
// holds back every request until its Retry-After has passed. Real registry, real HTTP, a latency
// proxy (test/harness/latency-proxy.ts) or a recording front in between.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { startHostileRegistry, type HostileRegistry } from '../harness/hostile-registry.js'
import {
  startLatencyProxy,
  type LatencyProxy,
  type ProxiedRequest
} from '../harness/latency-proxy.js'
import { pushChart } from '../harness/push.js'
import { startRegistry, stopAll, type RunningRegistry } from '../harness/registry.js'
import { runCliProgram } from '../harness/run-action.js'

const user = { username: 'pace', password: 'Pace-Secret-4' }
const CHARTS = 24
let registry: RunningRegistry
let proxy: LatencyProxy
let scratch: string

beforeAll(async () => {
  registry = await startRegistry({ mode: 'token', users: [user] })
  for (let index = 0; index < CHARTS; index++) {
    const repository = `charts/c${index}`
    const authorization = await registry.pushAuthorization(repository)
    await pushChart(
      { url: registry.url, ...(authorization === undefined ? {} : { authorization }) },
      { repository, tag: '1.0.0' }
    )
  }
  proxy = await startLatencyProxy(registry.url, 20)
  scratch = await mkdtemp(path.join(os.tmpdir(), 'pcg-pace-'))
}, 120_000)

afterAll(async () => {
  await proxy.stop()
  await stopAll()
  await rm(scratch, { recursive: true, force: true })
})

/** The command line over a chart list of the first `count` charts at `endpoint`. */
async function checkCharts(endpoint: string, count: number, flags: string[] = []) {
  const workspace = await mkdtemp(path.join(scratch, 'workspace-'))
  const list = {
    registries: {
      lab: {
        endpoint,
        'base-content-path': 'charts',
        username: user.username,
        'password-env': 'LAB_PASSWORD'
      }
    },
    charts: Array.from({ length: count }, (_, index) => ({
      chart: `c${index}`,
      version: '1.0.0',
      registry: 'lab'
    }))
  }
  await writeFile(path.join(workspace, 'charts.yaml'), YAML.stringify(list))
  const run = await runCliProgram(
    ['--charts-file', 'charts.yaml', '--output-format', 'json', ...flags],
    { LAB_PASSWORD: user.password },
    '',
    workspace
  )
  const printed = JSON.parse(run.stdout) as { results: { status: string }[] }
  return { ...run, statuses: printed.results.map(result => result.status) }
}

/** The most requests the proxy carried at one moment: each in flight from sent until answered. */
function mostInFlight(requests: readonly ProxiedRequest[]): number {
  const events = requests.flatMap(request => [
    { at: request.sentAt, change: 1 },
    { at: request.answeredAt, change: -1 }
  ])
  // At the same millisecond an answer frees its slot before the request it let through counts.
  events.sort((a, b) => a.at - b.at || a.change - b.change)
  let current = 0
  let most = 0
  for (const event of events) {
    current += event.change
    most = Math.max(most, current)
  }
  return most
}

describe('a far registry', () => {
  it('never has more than `concurrency` requests in flight, and uses them', async () => {
    proxy.reset()
    const run = await checkCharts(proxy.url, CHARTS, ['--concurrency', '3'])
    expect(run.statuses).toEqual(Array.from({ length: CHARTS }, () => 'valid'))
    expect(proxy.requests.length).toBeGreaterThanOrEqual(CHARTS * 3)
    expect(mostInFlight(proxy.requests)).toBe(3)
  })

  it('sends the first request alone, then the rest with the token it fetched for all', async () => {
    proxy.reset()
    const run = await checkCharts(proxy.url, CHARTS)
    expect(run.statuses.every(status => status === 'valid')).toBe(true)
    const [first, ...rest] = [...proxy.requests].sort((a, b) => a.sentAt - b.sentAt)
    expect(first?.path).toMatch(/\/manifests\/1\.0\.0$/)
    // The retry of the first manifest, with the token, is the next request; no other 401 follows.
    expect(rest.every(request => request.sentAt >= (first?.answeredAt ?? Infinity))).toBe(true)
    expect(proxy.requests).toHaveLength(CHARTS * 3 + 1)
  })

  it("reads a chart's config and archive side by side once its manifest is in", async () => {
    proxy.reset()
    const run = await checkCharts(proxy.url, 1)
    expect(run.statuses).toEqual(['valid'])
    const blobs = proxy.requests.filter(request => request.path.includes('/blobs/'))
    expect(blobs).toHaveLength(2)
    const [config, archive] = blobs
    if (config === undefined || archive === undefined) throw new Error('two blob reads expected')
    expect(config.sentAt).toBeLessThan(archive.answeredAt)
    expect(archive.sentAt).toBeLessThan(config.answeredAt)
  })
})

describe('a throttling registry', () => {
  let front: HostileRegistry
  const arrivals: { at: number; status: number }[] = []

  beforeAll(async () => {
    // The sixth request is throttled with Retry-After: 1; everything else reaches the registry.
    front = await startHostileRegistry({
      upstream: registry.url,
      script: () => {
        const throttle = arrivals.length === 5
        arrivals.push({ at: Date.now(), status: throttle ? 429 : 0 })
        return throttle
          ? { status: 429, headers: { 'retry-after': '1' }, body: '{"errors":[]}' }
          : 'forward'
      }
    })
  })

  afterAll(() => front.stop())

  it('holds back every request until the Retry-After has passed, then checks every chart', async () => {
    const run = await checkCharts(front.url, 12, ['--concurrency', '4'])
    expect(run.statuses).toEqual(Array.from({ length: 12 }, () => 'valid'))
    const throttledAt = arrivals.find(arrival => arrival.status === 429)?.at ?? 0
    // Requests already on their way may land just after the 429; none is sent during the pause.
    const duringPause = arrivals.filter(
      arrival => arrival.at > throttledAt + 100 && arrival.at < throttledAt + 990
    )
    expect(duringPause).toEqual([])
    expect(arrivals.some(arrival => arrival.at >= throttledAt + 990)).toBe(true)
  })
})
