// Large and malformed files through the bundled action, no registry needed: wall time and peak
// memory for the files a pull request could commit (issue 13). Prints a Markdown table.
//   npx tsx scripts/bench-files.ts
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { timed } from './bench-process.js'

const root = await mkdtemp(path.join(os.tmpdir(), 'palette-bench-files-'))
const workspace = path.join(root, 'workspace')
const runnerTemp = path.join(root, 'runner-temp')
await mkdir(workspace, { recursive: true })
await mkdir(runnerTemp)

const packs = (count: number): string =>
  JSON.stringify({
    metadata: { name: 'web' },
    spec: {
      template: {
        packs: Array.from({ length: count }, (_, index) => ({
          name: `chart-${index}`,
          type: 'oci',
          tag: '1.0.0',
          values: 'replicas: 1\n',
          registry: { metadata: { name: 'nowhere' } }
        }))
      }
    }
  })
const lockEntries = (count: number): string =>
  `charts:\n${Array.from({ length: count }, (_, index) => `  reg.example.com/charts/c${index}:1.0.0:\n    digest: sha256:${'a'.repeat(64)}\n    locked: "2026-01-01T00:00:00.000Z"\n`).join('')}`
const oneLine = packs(2000)

const cases: { name: string; file: string; text: string; inputs?: Record<string, string> }[] = [
  { name: '100,000 keys in one mapping (1.6 MB)', file: 'keys.yaml', text: keys(100_000) },
  {
    name: '50,000-entry lock (8 MB)',
    file: 'ok.yaml',
    text: 'charts: []\n',
    inputs: { 'lock-file': 'big.lock' }
  },
  {
    name: 'one bad byte in a one-line JSON export (300 KB)',
    file: 'bad.json',
    text: `${oneLine.slice(0, 12)}*${oneLine.slice(12)}`
  },
  { name: '10,000 packs, none checkable (870 KB)', file: 'many.json', text: packs(9990) },
  { name: '300,000 values, the densest file read', file: 'dense.json', text: dense(299_998) },
  { name: '100,000-pack export (9 MB, refused)', file: 'huge.json', text: packs(100_000) },
  { name: '200 MiB of values (sparse, refused)', file: 'values.yaml', text: 'charts:\n' }
]

function keys(count: number): string {
  return Array.from({ length: count }, (_, index) => `k${index}: ${index}`).join('\n')
}
function dense(count: number): string {
  return `[${'0,'.repeat(count - 1)}0]`
}

await writeFile(path.join(workspace, 'big.lock'), lockEntries(50_000))
const hook =
  "process.on('exit', () => process.stderr.write(`peak-rss-kib=${process.resourceUsage().maxRSS}\\n`))"
console.log('| file | wall time | peak memory | verdict |')
console.log('| --- | --- | --- | --- |')
for (const { name, file, text, inputs = {} } of cases) {
  await writeFile(path.join(workspace, file), text)
  if (file === 'values.yaml') await truncate(path.join(workspace, file), 200 * 1024 * 1024)
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: path.join(root, 'output'),
    GITHUB_STEP_SUMMARY: path.join(root, 'summary'),
    'INPUT_CHARTS-FILE': file,
    NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(hook)}`
  }
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value
  await Promise.all([env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY].map(f => writeFile(f ?? '', '')))
  const run = await timed(process.execPath, [path.resolve('dist/index.js')], workspace, env)
  const peak = Number(/peak-rss-kib=(\d+)/.exec(run.stderr)?.[1] ?? 'NaN') / 1024
  const error = /^::error[^:]*::(.*)$/m.exec(run.stdout)?.[1] ?? 'no error'
  const verdict = error.replace(/%0A.*/, '').slice(0, 90)
  console.log(`| ${name} | ${Math.round(run.ms)} ms | ${Math.round(peak)} MiB | ${verdict} |`)
}
await rm(root, { recursive: true, force: true })
