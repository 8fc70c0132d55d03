// Far registries: every tool reaches the registries, and the token service, through a latency
// proxy on loopback (test/harness/latency-proxy.ts: half the round trip each way, one more round
// trip per new connection). Side by side for N charts split between a htpasswd and a token
// registry: this project over a chart list, a skopeo loop, a `helm show chart` loop, and the curl
// floor (every manifest, config and archive the gate reads, known in advance, fetched by one curl
// with 8 parallel transfers). The round trips are counted at the proxies. Prints tables; asserts
// nothing. BENCH_ROUND_TRIP_MS (default 40), BENCH_LATENCY_SIZES (default 100,500) and BENCH_CLI (another
// build) change the run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { helmPath, runHelm } from '../test/harness/helm.js'
import { startLatencyProxy, type LatencyProxy } from '../test/harness/latency-proxy.js'
import { pushChart } from '../test/harness/push.js'
import { startRegistry, type RunningRegistry } from '../test/harness/registry.js'
import { actionNode, repoRoot } from '../test/harness/run-action.js'
import { loop, timed as timedIn } from './bench-process.js'

const ROUND_TRIP_MS = Number(process.env.BENCH_ROUND_TRIP_MS ?? '40')
const SIZES = (process.env.BENCH_LATENCY_SIZES ?? '100,500').split(',').map(Number)
const MAX = Math.max(...SIZES)
// BENCH_LATENCY_COMPARE=0 times this project alone (the loops take minutes at 500 charts).
const COMPARE = process.env.BENCH_LATENCY_COMPARE !== '0'
const ACCEPT = 'application/vnd.oci.image.manifest.v1+json'
const work = mkdtempSync(path.join(os.tmpdir(), 'pcg-bench-latency-'))
const cli = process.env.BENCH_CLI || path.join(repoRoot, 'dist', 'cli', 'index.js')
// The gate reports the CPU it used, so that a run the two cores limit is told from one the network does.
const cpuHook = path.join(work, 'cpu.mjs')
writeFileSync(
  cpuHook,
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`cpu-us=${u.userCPUTime + u.systemCPUTime}\\n`) })\n"
)

/** CPU seconds a process has used so far, from /proc (clock ticks of 10 ms). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) / 100
}

interface FarRegistry {
  name: string
  registry: RunningRegistry
  user: { username: string; password: string }
  proxy: LatencyProxy
  tokenProxy?: LatencyProxy
}

interface Chart {
  registry: FarRegistry
  repository: string
  tag: string
  blobs: string[]
}

const timed = (command: string, args: string[], env: Record<string, string> = {}) =>
  timedIn(command, args, work, env)

async function farRegistry(
  name: string,
  mode: 'htpasswd' | 'token',
  user: { username: string; password: string }
): Promise<FarRegistry> {
  let tokenProxy: LatencyProxy | undefined
  const registry = await startRegistry({
    mode,
    users: [user],
    advertisedRealm: async realm => {
      tokenProxy = await startLatencyProxy(new URL(realm).origin, ROUND_TRIP_MS)
      return `${tokenProxy.url}${new URL(realm).pathname}`
    }
  })
  const proxy = await startLatencyProxy(registry.url, ROUND_TRIP_MS)
  return { name, registry, user, proxy, ...(tokenProxy === undefined ? {} : { tokenProxy }) }
}

const proxiesOf = (registries: readonly FarRegistry[]): LatencyProxy[] =>
  registries.flatMap(({ proxy, tokenProxy }) =>
    tokenProxy === undefined ? [proxy] : [proxy, tokenProxy]
  )

/** What the proxies saw of one run: requests, connections, and round trips waited per chart. */
function roundTrips(registries: readonly FarRegistry[], charts: number) {
  const content = registries.flatMap(({ proxy }) => proxy.requests)
  const tokens = registries.flatMap(({ tokenProxy }) => tokenProxy?.requests ?? [])
  const spans = new Map<string, { from: number; to: number }>()
  for (const request of content) {
    const repository = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(request.path)?.[1]
    if (repository === undefined) continue
    const span = spans.get(repository) ?? { from: request.sentAt, to: request.answeredAt }
    span.from = Math.min(span.from, request.sentAt)
    span.to = Math.max(span.to, request.answeredAt)
    spans.set(repository, span)
  }
  const waited = [...spans.values()].map(span => (span.to - span.from) / ROUND_TRIP_MS)
  const everything = [...content, ...tokens]
  const first = Math.min(...everything.map(request => request.sentAt))
  const last = Math.max(...everything.map(request => request.answeredAt))
  return {
    requestsPerChart: content.length / charts,
    tokenRequests: tokens.length,
    connections: proxiesOf(registries).reduce((sum, proxy) => sum + proxy.connections(), 0),
    waitedPerChart: waited.reduce((sum, value) => sum + value, 0) / Math.max(1, waited.length),
    runInRoundTrips: (last - first) / ROUND_TRIP_MS
  }
}

function reset(registries: readonly FarRegistry[]): void {
  for (const proxy of proxiesOf(registries)) proxy.reset()
}

async function runGate(
  charts: readonly Chart[],
  registries: readonly FarRegistry[],
  concurrency?: number
) {
  const list = {
    registries: Object.fromEntries(
      registries.map(({ name, proxy, user }) => [
        name,
        {
          endpoint: proxy.url,
          'base-content-path': 'bench',
          username: user.username,
          'password-env': `${name.toUpperCase()}_PASSWORD`
        }
      ])
    ),
    charts: charts.map(chart => ({
      chart: path.basename(chart.repository),
      version: chart.tag,
      registry: chart.registry.name,
      values: 'replicaCount: 1\n'
    }))
  }
  writeFileSync(path.join(work, 'profile.yaml'), YAML.stringify(list))
  reset(registries)
  const registryCpu = registries.reduce((sum, { registry }) => sum + cpuSecondsOf(registry.pid), 0)
  const benchCpu = process.cpuUsage()
  const result = await timed(
    actionNode(),
    [
      cli,
      '--charts-file',
      'profile.yaml',
      '--output-format',
      'json',
      ...(concurrency === undefined ? [] : ['--concurrency', String(concurrency)])
    ],
    {
      ...Object.fromEntries(
        registries.map(({ name, user }) => [`${name.toUpperCase()}_PASSWORD`, user.password])
      ),
      NODE_NO_WARNINGS: '1',
      NODE_OPTIONS: `--import=${cpuHook}`
    }
  )
  if (result.code !== 0) throw new Error(`the gate failed: ${result.stderr.slice(0, 500)}`)
  const proxyCpu = process.cpuUsage(benchCpu)
  const cpu = {
    gate: Number(/cpu-us=(\d+)/.exec(result.stderr)?.[1] ?? 'NaN') / 1e6,
    registries:
      registries.reduce((sum, { registry }) => sum + cpuSecondsOf(registry.pid), 0) - registryCpu,
    proxies: (proxyCpu.user + proxyCpu.system) / 1e6
  }
  return { ms: result.ms, cpu, ...roundTrips(registries, charts.length) }
}

const cpuText = (cpu: { gate: number; registries: number; proxies: number }): string =>
  [cpu.gate, cpu.registries, cpu.proxies].map(seconds => seconds.toFixed(1)).join(', ')

/** One curl, 8 transfers at a time, every URL known in advance; the token fetched first. */
async function curlFloor(
  charts: readonly Chart[],
  registries: readonly FarRegistry[]
): Promise<number> {
  let total = 0
  const groups: string[][] = []
  for (const { name, registry, user, proxy, tokenProxy } of registries) {
    const mine = charts.filter(chart => chart.registry.name === name)
    if (mine.length === 0) continue
    let authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
    if (registry.tokenServer !== undefined && tokenProxy !== undefined) {
      const realm = `${tokenProxy.url}${new URL(registry.tokenServer.realm).pathname}`
      const token = await timed('curl', [
        '-sf',
        '-u',
        `${user.username}:${user.password}`,
        '-G',
        realm,
        '--data-urlencode',
        'service=registry',
        ...mine.flatMap(chart => ['--data-urlencode', `scope=repository:${chart.repository}:pull`])
      ])
      if (token.code !== 0) throw new Error(`the token request failed (${token.code})`)
      total += token.ms
      authorization = `Bearer ${(JSON.parse(token.stdout) as { token: string }).token}`
    }
    const urls = mine.flatMap(chart => [
      `${proxy.url}/v2/${chart.repository}/manifests/${chart.tag}`,
      ...chart.blobs.map(digest => `${proxy.url}/v2/${chart.repository}/blobs/${digest}`)
    ])
    groups.push([
      '-sf',
      '-H',
      `Authorization: ${authorization}`,
      '-H',
      `Accept: ${ACCEPT}`,
      ...urls.flatMap(url => ['-o', '/dev/null', url])
    ])
  }
  const args = ['--parallel', '--parallel-max', '8']
  groups.forEach((group, index) => args.push(...(index === 0 ? [] : ['--next']), ...group))
  const fetched = await timed('curl', args)
  if (fetched.code !== 0) throw new Error(`curl failed (${fetched.code}): ${fetched.stderr}`)
  return total + fetched.ms
}

async function main(): Promise<void> {
  const registries = await Promise.all([
    farRegistry('harbor', 'htpasswd', { username: 'bench', password: 'bench-Harbor-1' }),
    farRegistry('acr', 'token', { username: 'reader', password: 'bench-Acr-2' })
  ])
  try {
    process.stderr.write(`pushing ${MAX} charts...\n`)
    const charts: Chart[] = []
    for (let index = 0; index < MAX; index++) {
      const registry = registries[index % registries.length]
      if (registry === undefined) throw new Error('no registry')
      const repository = `bench/c${index}`
      const authorization = await registry.registry.pushAuthorization(repository)
      const pushed = await pushChart(
        { url: registry.registry.url, ...(authorization === undefined ? {} : { authorization }) },
        { repository, tag: '1.0.0' }
      )
      const manifest = JSON.parse(pushed.manifest.toString()) as {
        config: { digest: string }
        layers: { digest: string }[]
      }
      charts.push({
        registry,
        repository,
        tag: '1.0.0',
        blobs: [manifest.config.digest, ...manifest.layers.map(layer => layer.digest)]
      })
    }
    const helmHome = path.join(work, 'helm-home')
    mkdirSync(helmHome)
    const helmEnv = {
      HOME: helmHome,
      HELM_CONFIG_HOME: path.join(helmHome, 'config'),
      HELM_CACHE_HOME: path.join(helmHome, 'cache'),
      HELM_DATA_HOME: path.join(helmHome, 'data')
    }
    for (const { proxy, user } of registries) {
      const login = await runHelm(
        ['registry', 'login', proxy.host, '-u', user.username, '-p', user.password, '--plain-http'],
        { home: helmHome }
      )
      if (login.exitCode !== 0) throw new Error(`helm registry login failed: ${login.stderr}`)
    }
    const { stdout: node } = await timed(actionNode(), ['--version'])
    console.log(
      `\npalette-chart-gate far-registry benchmark: ${ROUND_TRIP_MS} ms round trip, node ${node.trim()}, ${os.cpus().length} cores\n`
    )
    console.log(
      '| N | this project | skopeo loop | helm loop | curl floor (8 parallel) | vs skopeo | vs curl | requests / chart | round trips waited / chart | run in round trips | connections | token requests | CPU s: gate, registries, proxies |'
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const size of SIZES) {
      const mine = charts.slice(0, size)
      const gate = await runGate(mine, registries)
      const skopeo = !COMPARE
        ? Number.NaN
        : await loop(mine, chart =>
            timed('skopeo', [
              'inspect',
              '--raw',
              '--tls-verify=false',
              '--creds',
              `${chart.registry.user.username}:${chart.registry.user.password}`,
              `docker://${chart.registry.proxy.host}/${chart.repository}:${chart.tag}`
            ])
          )
      const helm = !COMPARE
        ? Number.NaN
        : await loop(mine, chart =>
            timed(
              helmPath,
              [
                'show',
                'chart',
                `oci://${chart.registry.proxy.host}/${chart.repository}`,
                '--version',
                chart.tag,
                '--plain-http'
              ],
              helmEnv
            )
          )
      const floor = !COMPARE ? Number.NaN : await curlFloor(mine, registries)
      // BENCH_LATENCY_COMPARE=0 leaves the comparisons out: their cells say so.
      const shown = (value: number, text: string): string =>
        Number.isNaN(value) ? 'not run' : text
      const ms = (value: number): string => shown(value, `${value.toFixed(0)} ms`)
      console.log(
        `| ${size} | ${ms(gate.ms)} | ${ms(skopeo)} | ${ms(helm)} | ${ms(floor)} | ${shown(skopeo, `${(skopeo / gate.ms).toFixed(1)}x faster`)} | ${shown(floor, `${(gate.ms / floor).toFixed(2)}x the floor`)} | ${gate.requestsPerChart.toFixed(2)} | ${gate.waitedPerChart.toFixed(1)} | ${gate.runInRoundTrips.toFixed(0)} | ${gate.connections} | ${gate.tokenRequests} | ${cpuText(gate.cpu)} |`
      )
    }
    console.log(
      `\n| concurrency (N = ${MAX}, ${ROUND_TRIP_MS} ms) | this project | round trips waited / chart | connections | CPU s: gate, registries, proxies |`
    )
    console.log('| --- | --- | --- | --- | --- |')
    for (const concurrency of [4, 8, 16, 32, 64]) {
      const run = await runGate(charts, registries, concurrency)
      console.log(
        `| ${concurrency} | ${run.ms.toFixed(0)} ms | ${run.waitedPerChart.toFixed(1)} | ${run.connections} | ${cpuText(run.cpu)} |`
      )
    }
  } finally {
    await Promise.all(
      registries.flatMap(({ registry, proxy, tokenProxy }) => [
        registry.stop(),
        proxy.stop(),
        tokenProxy?.stop()
      ])
    )
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
