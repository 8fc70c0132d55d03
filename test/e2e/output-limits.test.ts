// Outputs and the job summary within GitHub's limits (1 MB per output, 1 MiB per step summary),
// through the bundled action against the real registry: a chart list of thousands of valid layers,
// each with values of its own, gives outputs that are cut to whole entries and still parse, a
// summary cut to rows that says how many were left out, and a manifest file that holds them all.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const MiB = 1024 * 1024
const LAYERS = 6000
const LIST = 'profiles/platform/production/eu-west-1/addons-chart-list.yaml'

let sample: SampleRegistry
let workspace: string

/** Values of its own for each layer, so that no two pack entries are alike. */
const valuesOf = (index: number): string =>
  `# layer ${index}\nreplicaCount: ${index}\npadding: ${'x'.repeat(300)}\n`

/** A chart's own values.yaml past the output limit: the single-chart layer carries it. */
const bigValues = `# generated\n${Array.from({ length: 60_000 }, (_, index) => `key${index}: value-${index}`).join('\n')}\n`

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  await pushChart(
    { url: sample.registry.url },
    { repository: 'charts/big-values', tag: '1.0.0', values: bigValues }
  )
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-limits-'))
  await mkdir(path.dirname(path.join(workspace, LIST)), { recursive: true })
  const charts = Array.from({ length: LAYERS }, (_, index) => ({
    chart: 'nginx',
    version: '15.4.2',
    values: valuesOf(index)
  }))
  await writeFile(path.join(workspace, LIST), YAML.stringify({ charts }))
}, 60_000)

afterAll(async () => {
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
})

describe('outputs and the job summary of a large profile', () => {
  it('stay within GitHub’s limits, whole entries that parse, and the manifest file holds every layer', async () => {
    const run = await runAction(
      {
        endpoint: sample.registry.url,
        'base-content-path': 'charts',
        'charts-file': LIST,
        'output-format': 'json'
      },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(0)
    for (const value of Object.values(run.outputs))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(1_000_000)
    expect((await stat(run.summaryFile)).size).toBeLessThanOrEqual(MiB)

    // As many whole entries as fit, in order: valid JSON, never a cut entry.
    const layers = JSON.parse(run.outputs.layers ?? '') as { values: string }[]
    expect(layers.length).toBeGreaterThan(1000)
    expect(layers.length).toBeLessThan(LAYERS)
    layers.forEach((layer, index) => expect(layer.values).toBe(valuesOf(index)))
    const results = JSON.parse(run.outputs.results ?? '') as { line: number; status: string }[]
    expect(results.length).toBeGreaterThan(1000)
    expect(results.length).toBeLessThan(LAYERS)
    expect(results.every(result => result.status === 'valid')).toBe(true)
    expect(JSON.parse(run.outputs.counts ?? '')).toMatchObject({ layers: LAYERS, valid: LAYERS })
    expect(run.outputs.truncated).toBe('true')
    const manifestFile = run.outputs['manifest-file'] ?? ''
    expect(run.shownLog).toContain(
      `::warning::The layers output holds the first ${layers.length} of ${LAYERS} entries (GitHub takes at most 1 MB per output); the manifest file ${manifestFile} (output manifest-file) holds every layer.`
    )
    expect(run.shownLog).toContain(
      `::warning::The results output holds the first ${results.length} of ${LAYERS} entries (GitHub takes at most 1 MB per output); failures come first in the job summary, and the manifest file ${manifestFile} (output manifest-file) holds every valid layer.`
    )

    // The summary: its first rows, then how many were left out and where every layer is.
    const rows = run.summary.split('\n').filter(line => line.startsWith(`| ${LIST}:`))
    expect(rows.length).toBeGreaterThan(1000)
    expect(rows.length).toBeLessThan(LAYERS)
    expect(run.summary).toContain('</details>')
    expect(run.summary.trimEnd().split('\n').at(-1)).toBe(
      `${LAYERS - rows.length} of ${LAYERS} rows are left out: GitHub shows at most 1 MiB of a job summary. Every valid layer is in the manifest file \`${manifestFile}\` (output \`manifest-file\`).`
    )

    const document = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      spec: { template: { packs: { values: string }[] } }
    }
    const { packs } = document.spec.template
    expect(packs).toHaveLength(LAYERS)
    packs.forEach((pack, index) => expect(pack.values).toBe(valuesOf(index)))
  }, 60_000)

  it('leave the single-chart layer out whole when it is past the limit; the manifest file holds it', async () => {
    expect(Buffer.byteLength(bigValues)).toBeGreaterThan(1_000_000)
    const run = await runAction({
      endpoint: sample.registry.url,
      'base-content-path': 'charts',
      chart: 'big-values',
      version: '1.0.0',
      'output-format': 'json'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.valid).toBe('true')
    // Its length, not the value: a failure would print a megabyte.
    expect(run.outputs.layer?.length).toBe(0)
    expect(run.outputs.truncated).toBe('true')
    for (const value of Object.values(run.outputs))
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(1_000_000)
    const manifestFile = run.outputs['manifest-file'] ?? ''
    expect(run.shownLog).toContain(
      `::warning::The layer output is left empty: the layer is larger than GitHub takes in one output (1 MB). The manifest file ${manifestFile} (output manifest-file) holds it.`
    )
    const document = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      layer: { values: string }
    }
    expect(document.layer.values).toBe(bigValues)
  }, 60_000)
})
