// What the deploy checks cost on a batch: N charts (default 500), each with a values.schema.json
// and a kubeVersion, checked from one chart list with the layer's values and a Kubernetes version,
// with deploy-checks on and off, runs interleaved, medians printed. BENCH_BASELINE_CLI names
// another build's dist/cli/index.js (an older commit's) to time it on the same charts too.
// Asserts nothing. Run with `npm run bench` (scripts/benchmark).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import YAML from 'yaml'
import { pushChart } from '../test/harness/push.js'
import { startRegistry } from '../test/harness/registry.js'
import { actionNode, repoRoot } from '../test/harness/run-action.js'

const execFileAsync = promisify(execFile)
const CHARTS = Number(process.env.BENCH_DEPLOY_CHARTS ?? 500)
const ROUNDS = Number(process.env.BENCH_DEPLOY_ROUNDS ?? 5)
const user = { username: 'bench', password: 'bench-Deploy-3' }
const SCHEMA = JSON.stringify({
  type: 'object',
  properties: {
    replicaCount: { type: 'integer', minimum: 1 },
    image: {
      type: 'object',
      properties: { repository: { type: 'string', pattern: '^[a-z0-9./-]+$' } }
    }
  }
})

interface Variant {
  name: string
  cli: string
  flags: string[]
}

async function main(): Promise<void> {
  const registry = await startRegistry({ mode: 'htpasswd', users: [user] })
  const work = mkdtempSync(path.join(os.tmpdir(), 'pcg-bench-deploy-'))
  try {
    process.stderr.write(`pushing ${CHARTS} charts with a schema...\n`)
    for (let index = 0; index < CHARTS; index++) {
      const repository = `bench/c${index}`
      const authorization = await registry.pushAuthorization(repository)
      await pushChart(
        { url: registry.url, ...(authorization === undefined ? {} : { authorization }) },
        {
          repository,
          tag: '1.0.0',
          metadata: { kubeVersion: '>=1.21.0-0' },
          values: 'replicaCount: 1\nimage:\n  repository: nginx\n',
          files: [{ path: 'values.schema.json', content: SCHEMA }]
        }
      )
    }
    const list = {
      registries: {
        harbor: {
          endpoint: registry.url,
          username: user.username,
          'password-env': 'HARBOR_PASSWORD',
          'base-content-path': 'bench'
        }
      },
      charts: Array.from({ length: CHARTS }, (_, index) => ({
        chart: `c${index}`,
        version: '1.0.0',
        registry: 'harbor',
        values: 'replicaCount: 2\n'
      }))
    }
    writeFileSync(path.join(work, 'profile.yaml'), YAML.stringify(list))
    const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')
    const variants: Variant[] = [
      { name: 'deploy checks on', cli, flags: ['--kubernetes-version', 'v1.31.10-eks-931bdca'] },
      { name: 'deploy checks off', cli, flags: ['--deploy-checks', 'false'] }
    ]
    const baseline = process.env.BENCH_BASELINE_CLI
    if (baseline !== undefined && baseline !== '')
      variants.push({ name: `baseline (${baseline})`, cli: baseline, flags: [] })
    const times = new Map<string, number[]>(variants.map(variant => [variant.name, []]))
    for (let round = 0; round < ROUNDS; round++)
      for (const variant of variants) times.get(variant.name)?.push(await timed(variant, work))
    console.log(
      `\npalette-chart-gate deploy checks: ${CHARTS} charts with values.schema.json and kubeVersion, median of ${ROUNDS} interleaved runs\n`
    )
    console.log('| run | median | runs |')
    console.log('| --- | --- | --- |')
    for (const [name, values] of times)
      console.log(
        `| ${name} | ${median(values).toFixed(0)} ms | ${values.map(ms => ms.toFixed(0)).join(', ')} |`
      )
  } finally {
    await registry.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

async function timed(variant: Variant, work: string): Promise<number> {
  const started = process.hrtime.bigint()
  const run = await execFileAsync(
    actionNode(),
    [variant.cli, '--charts-file', 'profile.yaml', '--output-format', 'json', ...variant.flags],
    {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HARBOR_PASSWORD: user.password },
      maxBuffer: 64 * 1024 * 1024
    }
  )
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const printed = JSON.parse(run.stdout) as { counts: { valid: number } }
  if (printed.counts.valid !== CHARTS)
    throw new Error(`${variant.name}: ${printed.counts.valid} of ${CHARTS} valid`)
  return ms
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

await main()
