// Whole profiles, side by side: this project checking N charts in one process, `skopeo inspect
// --raw` once per chart, one `curl` per registry fetching every manifest on one connection (the
// floor), and real Helm (`helm show chart`) once per chart; requests counted at the registries.
// A htpasswd registry and a token-auth registry, N charts split between them. Prints tables;
// asserts nothing. Run with `npm run bench` (scripts/benchmark).
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import YAML from 'yaml'
import { helmPath, runHelm } from '../test/harness/helm.js'
import { startHostileRegistry, type HostileRegistry } from '../test/harness/hostile-registry.js'
import { pushChart } from '../test/harness/push.js'
import { startRegistry, type RunningRegistry } from '../test/harness/registry.js'
import { actionNode, repoRoot } from '../test/harness/run-action.js'
import { loop, timed as timedIn } from './bench-process.js'

const execFileAsync = promisify(execFile)
const SIZES = (process.env.BENCH_SIZES ?? '1,50,500').split(',').map(Number)
const MAX = Math.max(...SIZES)
const ACCEPT = 'application/vnd.oci.image.manifest.v1+json'
const work = mkdtempSync(path.join(os.tmpdir(), 'pcg-bench-profiles-'))
const harborUser = { username: 'bench', password: 'bench-Harbor-1' }
const acrUser = { username: 'reader', password: 'bench-Acr-2' }
// BENCH_CLI times another build (an older commit's dist/cli/index.js) in the same tables.
const cli = process.env.BENCH_CLI || path.join(repoRoot, 'dist', 'cli', 'index.js')
const peakHook = path.join(work, 'peak.mjs')
writeFileSync(
  peakHook,
  "process.on('exit', () => process.stderr.write(`peak-rss-kib=${process.resourceUsage().maxRSS}\\n`))\n"
)

interface Registry {
  name: string
  registry: RunningRegistry
  user: { username: string; password: string }
  front: HostileRegistry
}

const timed = (command: string, args: string[], env: Record<string, string> = {}) =>
  timedIn(command, args, work, env)

const chartOf = (index: number, registries: readonly Registry[]) => {
  const registry = registries[index % registries.length]
  if (registry === undefined) throw new Error('no registry')
  return { registry, repository: `bench/c${index}`, tag: '1.0.0' }
}

async function main(): Promise<void> {
  const [harborRegistry, acrRegistry] = await Promise.all([
    startRegistry({ mode: 'htpasswd', users: [harborUser] }),
    startRegistry({ mode: 'token', users: [acrUser] })
  ])
  const registries: Registry[] = [
    {
      name: 'harbor',
      registry: harborRegistry,
      user: harborUser,
      front: await front(harborRegistry)
    },
    { name: 'acr', registry: acrRegistry, user: acrUser, front: await front(acrRegistry) }
  ]
  try {
    process.stderr.write(`pushing ${MAX} charts...\n`)
    for (let index = 0; index < MAX; index++) {
      const { registry, repository, tag } = chartOf(index, registries)
      const authorization = await registry.registry.pushAuthorization(repository)
      await pushChart(
        { url: registry.registry.url, ...(authorization === undefined ? {} : { authorization }) },
        { repository, tag }
      )
    }
    const helmHome = path.join(work, 'helm-home')
    mkdirSync(helmHome)
    for (const { registry, user } of registries) {
      const login = await runHelm(
        [
          'registry',
          'login',
          registry.host,
          '-u',
          user.username,
          '-p',
          user.password,
          '--plain-http'
        ],
        { home: helmHome }
      )
      if (login.exitCode !== 0) throw new Error(`helm registry login failed: ${login.stderr}`)
    }

    const node = (await execFileAsync(actionNode(), ['--version'])).stdout.trim()
    console.log(
      `\npalette-chart-gate profile benchmark: node ${node}, ${os.cpus().length} cores, helm ${(await runHelm(['version', '--short'])).stdout.trim()}\n`
    )
    console.log(
      '| N | this project | peak RSS | skopeo loop | curl floor | helm loop | vs skopeo | vs curl | content requests / chart | auth requests (htpasswd, token) |'
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const size of SIZES) {
      const charts = Array.from({ length: size }, (_, index) => chartOf(index, registries))
      const gate = await runGate(charts, registries, false)
      const counted = await runGate(charts, registries, true)
      const skopeo = await loop(charts, chart =>
        timed('skopeo', [
          'inspect',
          '--raw',
          '--tls-verify=false',
          '--creds',
          `${chart.registry.user.username}:${chart.registry.user.password}`,
          `docker://${chart.registry.registry.host}/${chart.repository}:${chart.tag}`
        ])
      )
      const floor = await curlFloor(charts, registries)
      const helm = await loop(charts, chart =>
        timed(
          helmPath,
          [
            'show',
            'chart',
            `oci://${chart.registry.registry.host}/${chart.repository}`,
            '--version',
            chart.tag,
            '--plain-http'
          ],
          {
            HOME: helmHome,
            HELM_CONFIG_HOME: path.join(helmHome, 'config'),
            HELM_CACHE_HOME: path.join(helmHome, 'cache'),
            HELM_DATA_HOME: path.join(helmHome, 'data')
          }
        )
      )
      const ms = (value: number): string => `${value.toFixed(0)} ms`
      console.log(
        `| ${size} | ${ms(gate.ms)} | ${gate.peakMiB.toFixed(0)} MiB | ${ms(skopeo)} | ${ms(floor)} | ${ms(helm)} | ${skopeo >= gate.ms ? `${(skopeo / gate.ms).toFixed(1)}x faster` : `${(gate.ms / skopeo).toFixed(1)}x slower`} | ${(gate.ms / floor).toFixed(1)}x the floor | ${(counted.content / size).toFixed(2)} (+ ${(counted.archives / size).toFixed(2)} archive) | ${counted.auth.join(', ')} |`
      )
    }
    await concurrencyTable(registries)
    await startUpTable(registries)
  } finally {
    await Promise.all(
      registries.flatMap(({ registry, front: recorder }) => [registry.stop(), recorder.stop()])
    )
    rmSync(work, { recursive: true, force: true })
  }
}

function front(registry: RunningRegistry): Promise<HostileRegistry> {
  return startHostileRegistry({ script: () => 'forward', upstream: registry.url })
}

/** This project over a chart list of the N charts, values given (no archive needed for them). */
async function runGate(
  charts: ReturnType<typeof chartOf>[],
  registries: readonly Registry[],
  throughFronts: boolean,
  concurrency?: number
) {
  const list = {
    registries: Object.fromEntries(
      registries.map(({ name, registry, user, front: recorder }) => [
        name,
        {
          endpoint: throughFronts ? recorder.url : registry.url,
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
  // The repository path is bench/<chart>: give it through base-content-path.
  for (const entry of Object.values(list.registries))
    Object.assign(entry, { 'base-content-path': 'bench' })
  const file = path.join(work, 'profile.yaml')
  writeFileSync(file, YAML.stringify(list))
  const before = registries.map(({ front: recorder, registry }) => ({
    requests: recorder.requests.length,
    tokens: registry.tokenServer?.requests.length ?? 0
  }))
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
      HARBOR_PASSWORD: harborUser.password,
      ACR_PASSWORD: acrUser.password,
      NODE_OPTIONS: `--import=${peakHook}`,
      NODE_NO_WARNINGS: '1'
    }
  )
  if (result.code !== 0) throw new Error(`the gate failed: ${result.stderr.slice(0, 500)}`)
  const requests = registries.flatMap(({ front: recorder }, index) =>
    recorder.requests.slice(before[index]?.requests ?? 0)
  )
  const authorised = requests.filter(request => request.headers.authorization !== undefined)
  return {
    ms: result.ms,
    peakMiB: Number(/peak-rss-kib=(\d+)/.exec(result.stderr)?.[1] ?? 'NaN') / 1024,
    content:
      authorised.filter(request => request.url.includes('/manifests/')).length +
      authorised.filter(request => request.url.includes('/blobs/')).length / 2,
    archives: authorised.filter(request => request.url.includes('/blobs/')).length / 2,
    // Authentication: each 401 that makes the client authenticate, plus each token request.
    auth: registries.map(({ front: recorder, registry }, index) => {
      const unauthorised = recorder.requests
        .slice(before[index]?.requests ?? 0)
        .filter(request => request.headers.authorization === undefined).length
      const tokens = (registry.tokenServer?.requests.length ?? 0) - (before[index]?.tokens ?? 0)
      return unauthorised + tokens
    })
  }
}

/** One curl per registry, every manifest on one connection: the floor of N manifest reads. */
async function curlFloor(
  charts: ReturnType<typeof chartOf>[],
  registries: readonly Registry[]
): Promise<number> {
  let total = 0
  for (const { name, registry, user } of registries) {
    const mine = charts.filter(chart => chart.registry.name === name)
    if (mine.length === 0) continue
    const urls = mine.map(chart => `${registry.url}/v2/${chart.repository}/manifests/${chart.tag}`)
    let authorization = ['-u', `${user.username}:${user.password}`]
    if (registry.tokenServer !== undefined) {
      const scopes = mine.map(chart => `scope=repository:${chart.repository}:pull`)
      const token = await timed('curl', [
        '-sf',
        '-u',
        `${user.username}:${user.password}`,
        '-G',
        registry.tokenServer.realm,
        '--data-urlencode',
        'service=registry',
        ...scopes.flatMap(scope => ['--data-urlencode', scope])
      ])
      total += token.ms
      authorization = [
        '-H',
        `Authorization: Bearer ${(JSON.parse(token.stdout) as { token: string }).token}`
      ]
    }
    const fetched = await timed('curl', [
      '-sf',
      '-o',
      '/dev/null',
      ...authorization,
      '-H',
      `Accept: ${ACCEPT}`,
      ...urls
    ])
    if (fetched.code !== 0) throw new Error(`curl failed (${fetched.code}) on ${name}`)
    total += fetched.ms
  }
  return total
}

async function concurrencyTable(registries: readonly Registry[]): Promise<void> {
  const charts = Array.from({ length: MAX }, (_, index) => chartOf(index, registries))
  console.log(`\n| concurrency (N = ${MAX}) | this project |`)
  console.log('| --- | --- |')
  for (const concurrency of [1, 4, 8, 16, 32]) {
    const run = await runGate(charts, registries, false, concurrency)
    console.log(`| ${concurrency} | ${run.ms.toFixed(0)} ms |`)
  }
}

/** The single-chart command line against a bare Node start, median of 15 runs each. */
async function startUpTable(registries: readonly Registry[]): Promise<void> {
  const harbor = registries[0]
  if (harbor === undefined) return
  const median = async (args: string[], env: Record<string, string>): Promise<number> => {
    const times: number[] = []
    for (let index = 0; index < 15; index++) times.push((await timed(actionNode(), args, env)).ms)
    return times.sort((a, b) => a - b)[7] ?? Number.NaN
  }
  const bare = await median(['-e', '0'], {})
  const single = await median(
    [
      cli,
      '--endpoint',
      harbor.registry.url,
      '--base-content-path',
      'bench',
      '--chart',
      'c0',
      '--version',
      '1.0.0',
      '--username',
      harbor.user.username
    ],
    { PALETTE_CHART_GATE_PASSWORD: harbor.user.password, NODE_NO_WARNINGS: '1' }
  )
  console.log('\n| single chart, command line | median of 15 |')
  console.log('| --- | --- |')
  console.log(`| node -e 0 | ${bare.toFixed(0)} ms |`)
  console.log(
    `| palette-chart-gate, one chart (htpasswd) | ${single.toFixed(0)} ms (${(single / bare).toFixed(1)}x) |`
  )
}

await main()
