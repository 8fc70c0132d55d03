// The chart archive cache, measured: N charts whose archives are about the size of real ones
// (BENCH_ARCHIVE_KIB, incompressible), checked by the command line three ways: without a cache,
// with an empty --cache-directory (cold) and again with it filled (warm). Prints wall time (median
// of BENCH_RUNS) and the archive requests counted at the registry; asserts nothing.
// Run with `npm run bench` (scripts/benchmark), or `npx tsx scripts/bench-cache.ts`.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { startHostileRegistry } from '../test/harness/hostile-registry.js'
import { pushChart } from '../test/harness/push.js'
import { startRegistry } from '../test/harness/registry.js'
import { actionNode, repoRoot } from '../test/harness/run-action.js'
import { timed } from './bench-process.js'

const CHARTS = Number(process.env.BENCH_CACHE_CHARTS ?? '200')
const ARCHIVE_KIB = Number(process.env.BENCH_ARCHIVE_KIB ?? '64')
const RUNS = Number(process.env.BENCH_RUNS ?? '3')
const work = mkdtempSync(path.join(os.tmpdir(), 'pcg-bench-cache-'))
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js')

async function run(args: string[]): Promise<number> {
  const result = await timed(actionNode(), [cli, ...args], work)
  if (result.code !== 0) throw new Error(`the gate failed: ${result.stderr.slice(0, 500)}`)
  return result.ms
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

async function main(): Promise<void> {
  const registry = await startRegistry({ mode: 'anonymous' })
  const front = await startHostileRegistry({ script: () => 'forward', upstream: registry.url })
  try {
    process.stderr.write(`pushing ${CHARTS} charts of about ${ARCHIVE_KIB} KiB...\n`)
    for (let index = 0; index < CHARTS; index++)
      await pushChart(
        { url: registry.url },
        {
          repository: `bench/c${index}`,
          tag: '1.0.0',
          values: `blob: ${randomBytes(ARCHIVE_KIB * 768).toString('base64')}\n`
        }
      )
    writeFileSync(
      path.join(work, 'charts.yaml'),
      YAML.stringify({
        charts: Array.from({ length: CHARTS }, (_, index) => ({
          chart: `c${index}`,
          version: '1.0.0'
        }))
      })
    )
    const base = [
      '--endpoint',
      front.url,
      '--base-content-path',
      'bench',
      '--charts-file',
      'charts.yaml'
    ]
    const measure = async (label: string, args: string[], prepare: () => void) => {
      const times: number[] = []
      let requests = { GET: 0, HEAD: 0 }
      for (let attempt = 0; attempt < RUNS; attempt++) {
        prepare()
        const before = front.requests.length
        times.push(await run([...base, ...args]))
        const archives = front.requests
          .slice(before)
          .filter(request => /\/blobs\/sha256:/.test(request.url))
        requests = {
          // Config blobs are read on every run: count the archive reads only (one per chart more).
          GET: archives.filter(request => request.method === 'GET').length - CHARTS,
          HEAD: archives.filter(request => request.method === 'HEAD').length
        }
      }
      console.log(
        `| ${label} | ${median(times).toFixed(0)} ms | ${requests.GET} | ${requests.HEAD} |`
      )
    }
    const cacheDirectory = path.join(work, 'cache')
    console.log(
      `\nchart archive cache: ${CHARTS} charts, archives of about ${ARCHIVE_KIB} KiB, median of ${RUNS}\n`
    )
    console.log('| run | wall time | archive GETs | archive HEADs |')
    console.log('| --- | --- | --- | --- |')
    await measure('--cache-directory, empty (cold)', ['--cache-directory', cacheDirectory], () =>
      rmSync(cacheDirectory, { recursive: true, force: true })
    )
    await measure(
      '--cache-directory, filled (warm)',
      ['--cache-directory', cacheDirectory],
      () => undefined
    )
    await measure('no cache', [], () => undefined)
  } finally {
    await front.stop()
    await registry.stop()
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
