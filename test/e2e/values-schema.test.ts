// A layer's values against the chart's values.schema.json, against Helm 4 itself: charts made with
// `helm create` and given a schema, pushed with `helm push`; each layer's verdict from the built
// command line equal to `helm template -f <the layer's values>` on the same chart, and each path
// Helm names named by the gate too. Palette's `pack:` section and macros are the gate's alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { pushWithHelm, runHelm } from '../harness/helm.js'
import { startRegistry, stopAll, type RunningRegistry } from '../harness/registry.js'
import { checkWithBuiltCli, type PrintedResult } from '../support/built-cli.js'

let registry: RunningRegistry
let scratch: string

const RANGE_SCHEMA = {
  type: 'object',
  required: ['replicaCount'],
  properties: {
    replicaCount: { type: 'integer', minimum: 1 },
    ports: { type: 'array', prefixItems: [{ type: 'integer' }] },
    email: { type: 'string', format: 'email' },
    name: { type: 'string', pattern: '^[a-z]+$' }
  }
}

/**
 * A schema of under 1 MiB that Ajv compiles for seconds into more than a GiB: nested `anyOf`
 * branches under `unevaluatedProperties`, each level doubling the work.
 */
function costlySchema(levels: number): unknown {
  let schema: unknown = { type: 'object', properties: { x: { type: 'string' } } }
  for (let level = 0; level < levels; level++)
    schema = {
      anyOf: [schema, { properties: { [`p${level}`]: schema } }],
      unevaluatedProperties: false
    }
  return schema
}

interface ChartShape {
  name: string
  version: string
  schema?: unknown
  /** A subchart with its own schema, packed into charts/ and declared with a condition. */
  subchart?: { name: string; schema: unknown; condition?: string }
}

const SHAPES: ChartShape[] = [
  { name: 'web', version: '1.0.0', schema: RANGE_SCHEMA },
  {
    name: 'web',
    version: '2.0.0',
    schema: { ...RANGE_SCHEMA, $schema: 'http://json-schema.org/draft-07/schema#' }
  },
  { name: 'broken', version: '1.0.0', schema: { properties: { a: { type: 'integr' } } } },
  {
    name: 'remote',
    version: '1.0.0',
    schema: { properties: { a: { $ref: 'https://example.invalid/a.json' } } }
  },
  { name: 'costly', version: '1.0.0', schema: costlySchema(13) },
  {
    name: 'parent',
    version: '1.0.0',
    subchart: {
      name: 'cache',
      schema: { properties: { size: { type: 'integer' } } },
      condition: 'cache.enabled'
    }
  }
]

async function shapeChart(folder: string, shape: ChartShape): Promise<void> {
  if (shape.schema !== undefined)
    await writeFile(path.join(folder, 'values.schema.json'), JSON.stringify(shape.schema))
  const { subchart } = shape
  if (subchart === undefined) return
  const made = path.join(scratch, `${shape.name}-${subchart.name}`)
  expect((await runHelm(['create', made])).exitCode).toBe(0)
  await writeFile(
    path.join(made, 'Chart.yaml'),
    `apiVersion: v2\nname: ${subchart.name}\nversion: 0.1.0\n`
  )
  // Its values are replaced: so are helm create's templates, which would not render without them.
  await rm(path.join(made, 'templates'), { recursive: true, force: true })
  await writeFile(path.join(made, 'values.yaml'), 'size: 1\n')
  await writeFile(path.join(made, 'values.schema.json'), JSON.stringify(subchart.schema))
  expect((await runHelm(['package', made, '-d', path.join(folder, 'charts')])).exitCode).toBe(0)
  const chartFile = path.join(folder, 'Chart.yaml')
  const chartYaml = YAML.parse(await readFile(chartFile, 'utf8')) as Record<string, unknown>
  chartYaml.dependencies = [
    { name: subchart.name, version: '0.1.0', condition: subchart.condition }
  ]
  await writeFile(chartFile, YAML.stringify(chartYaml))
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'palette-values-schema-'))
  registry = await startRegistry({ mode: 'anonymous' })
  for (const shape of SHAPES)
    await pushWithHelm({ host: registry.host }, 'charts', shape.name, shape.version, {
      shape: folder => shapeChart(folder, shape)
    })
}, 120_000)

afterAll(async () => {
  await stopAll()
  await rm(scratch, { recursive: true, force: true })
})

interface Layer {
  chart: string
  version: string
  /** The layer's values as Helm gets them. */
  values: string
}

/** Layers and what they ask of the schemas; Helm decides which are valid. */
const LAYERS: Layer[] = [
  { chart: 'web', version: '1.0.0', values: 'replicaCount: 2\n' },
  { chart: 'web', version: '1.0.0', values: 'replicaCount: "two"\nports: ["80"]\n' },
  { chart: 'web', version: '1.0.0', values: 'replicaCount: null\n' },
  { chart: 'web', version: '1.0.0', values: 'replicaCount: 0\nname: Web\n' },
  // 2020-12 (no $schema): format is an annotation; draft-07 asserts it.
  { chart: 'web', version: '1.0.0', values: 'email: not-an-address\n' },
  { chart: 'web', version: '2.0.0', values: 'email: not-an-address\n' },
  { chart: 'broken', version: '1.0.0', values: 'a: 1\n' },
  { chart: 'remote', version: '1.0.0', values: 'a: 1\n' },
  { chart: 'parent', version: '1.0.0', values: 'cache:\n  size: big\n' },
  { chart: 'parent', version: '1.0.0', values: 'cache:\n  enabled: false\n  size: big\n' },
  { chart: 'parent', version: '1.0.0', values: 'global:\n  tier: 1\n' }
]

function exportOf(layers: readonly Layer[], extra: Record<string, unknown> = {}): string {
  return YAML.stringify({
    metadata: { name: 'values' },
    spec: {
      ...extra,
      template: {
        packs: layers.map(layer => ({
          name: layer.chart,
          type: 'oci',
          layer: 'addon',
          tag: layer.version,
          values: layer.values,
          registry: { metadata: { name: 'lab' } }
        }))
      }
    }
  })
}

async function check(profile: string): Promise<PrintedResult[]> {
  return (await checkWithBuiltCli(scratch, registry.url, { 'profiles/app.yaml': profile })).results
}

async function helmPaths(layer: Layer): Promise<string[] | undefined> {
  const values = path.join(scratch, 'layer-values.yaml')
  await writeFile(values, layer.values)
  const run = await runHelm([
    'template',
    `oci://${registry.host}/charts/${layer.chart}`,
    '--version',
    layer.version,
    '--plain-http',
    '-f',
    values
  ])
  if (run.exitCode === 0) return undefined
  return [...run.stderr.matchAll(/^\s*- at '([^']*)'/gm)].map(match => match[1] ?? '')
}

describe('values against values.schema.json, as Helm 4 judges them', () => {
  it('gives every layer the verdict helm template gives, naming the paths Helm names', async () => {
    const results = await check(exportOf(LAYERS))
    expect(results).toHaveLength(LAYERS.length)
    for (const [index, layer] of LAYERS.entries()) {
      const result = results[index]
      const paths = await helmPaths(layer)
      const label = `${layer.chart} ${layer.version} with ${JSON.stringify(layer.values)}: Helm ${paths === undefined ? 'installs it' : `refuses it at ${paths.join(', ')}`}; the gate says ${result?.reason ?? 'valid'}`
      expect([label, result?.status]).toEqual([label, paths === undefined ? 'valid' : 'invalid'])
      // A broken or remote schema fails as a whole in both, without paths into the values.
      if (paths !== undefined && layer.chart !== 'broken' && layer.chart !== 'remote')
        // Helm names a subchart's paths from the subchart; the gate from the layer's values.
        for (const at of paths)
          expect([label, result?.reason]).toEqual([
            label,
            expect.stringContaining(at === '' ? "at ''" : `${at}' (`)
          ])
    }
  }, 120_000)

  it('points at the profile line that sets a value, and passes over what only Palette knows', async () => {
    const profile = exportOf(
      [
        {
          chart: 'web',
          version: '1.0.0',
          values: 'pack:\n  namespace: web\nreplicaCount: "two"\n'
        },
        { chart: 'web', version: '1.0.0', values: "replicaCount: '{{.spectro.var.replicas}}'\n" },
        { chart: 'web', version: '1.0.0', values: "replicaCount: '{{ .spectro.var.missing }}'\n" }
      ],
      { variables: [{ name: 'replicas' }] }
    )
    const results = await check(profile)
    const [typed, declared, undeclared] = results
    expect(typed?.status).toBe('invalid')
    expect(typed?.reason).toMatch(
      /web: at '\/replicaCount' \(profiles\/app\.yaml:\d+\): got string, want integer$/
    )
    // The line named is the one in the profile that sets the value, under `values: |`.
    const line = Number(/app\.yaml:(\d+)/.exec(typed?.reason ?? '')?.[1])
    expect(profile.split('\n')[line - 1]?.trim()).toBe('replicaCount: "two"')
    expect(declared?.status).toBe('valid')
    expect(declared?.deploy?.checks).toEqual(
      expect.arrayContaining(['values-schema', 'profile-variables'])
    )
    expect(undeclared?.status).toBe('invalid')
    expect(undeclared?.reason).toContain(
      'the values use {{.spectro.var.missing}}, which the profile does not declare in spec.variables'
    )
    expect(undeclared?.deploy?.failed).toEqual(['profile-variables'])
  }, 60_000)

  it('fails a layer whose schema would take minutes or gigabytes, and checks the others', async () => {
    const results = await check(
      exportOf([
        { chart: 'costly', version: '1.0.0', values: 'x: a\n' },
        { chart: 'web', version: '1.0.0', values: 'replicaCount: 2\n' }
      ])
    )
    expect([results[0]?.reason, results.map(result => result.status)]).toEqual([
      expect.anything(),
      ['invalid', 'valid']
    ])
    expect(results[0]?.reason).toMatch(
      /costly: values\.schema\.json (needs more than the 512 MiB|took longer than the 15 s) the gate gives one schema/
    )
  }, 60_000)
})
