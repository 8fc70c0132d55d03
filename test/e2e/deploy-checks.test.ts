// "Will it deploy", against Helm itself: charts made with `helm create`, changed as their
// maintainers would (kubeVersion, library type, dependencies, deprecated), packaged and pushed with
// real Helm; profiles with an EKS, a PXK and a k3s Kubernetes layer checked by the built command
// line; each layer's verdict equal to `helm template --kube-version` on the same chart. EKS is judged
// by Helm 3.17, whose template keeps the vendor suffix as an in-cluster install does; the others by
// Helm 4.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { helm3Path, helmPath, pushWithHelm, runHelm } from '../harness/helm.js'
import { startRegistry, stopAll, type RunningRegistry } from '../harness/registry.js'
import { manifestSchemaErrors } from '../support/schema.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import { checkWithBuiltCli } from '../support/built-cli.js'

let registry: RunningRegistry
let scratch: string

/** A chart version as its maintainers shaped it; Chart.yaml fields merged over helm create's. */
interface ChartShape {
  name: string
  version: string
  chartYaml?: Record<string, unknown>
  /** Subcharts put into charts/: packed as .tgz or left as a folder. */
  subcharts?: { name: string; packed: boolean }[]
  /** Packed with tar: `helm package` refuses a chart whose dependencies are missing. */
  tar?: boolean
}

const SHAPES: ChartShape[] = [
  { name: 'webapp', version: '1.0.0', chartYaml: { kubeVersion: '>=1.21.0' } },
  { name: 'webapp', version: '1.1.0', chartYaml: { kubeVersion: '>=1.21.0-0' } },
  { name: 'webapp', version: '1.2.0', chartYaml: { kubeVersion: '<1.30.0' } },
  { name: 'webapp', version: '1.3.0', chartYaml: { kubeVersion: '~1.31.0' } },
  { name: 'webapp', version: '1.4.0', chartYaml: { kubeVersion: '1.31.x' } },
  { name: 'tools', version: '1.0.0', chartYaml: { type: 'library' } },
  {
    name: 'needs',
    version: '1.0.0',
    tar: true,
    chartYaml: {
      dependencies: [
        {
          name: 'redis',
          version: '1.0.0',
          repository: 'oci://example.invalid/charts',
          condition: 'redis.enabled'
        }
      ]
    }
  },
  {
    name: 'bundled',
    version: '1.0.0',
    chartYaml: {
      dependencies: [
        { name: 'cache', version: '0.1.0', repository: 'file://charts/cache' },
        { name: 'db', version: '0.1.0', repository: 'file://charts/db', alias: 'database' }
      ]
    },
    subcharts: [
      { name: 'cache', packed: true },
      { name: 'db', packed: false }
    ]
  },
  { name: 'legacy', version: '1.0.0', chartYaml: { deprecated: true } }
]

/** Kubernetes layers, and the version each one's API server reports, as Helm is given it. */
const TARGETS = [
  { pack: 'kubernetes-eks', tag: '1.31.10', server: 'v1.31.10-eks-931bdca', helm: helm3Path },
  { pack: 'kubernetes', tag: '1.31.10', server: 'v1.31.10', helm: helmPath },
  { pack: 'edge-k3s', tag: '1.31.10', server: 'v1.31.10+k3s1', helm: helmPath }
]

async function shapeChart(folder: string, shape: ChartShape): Promise<void> {
  const chartFile = path.join(folder, 'Chart.yaml')
  const chartYaml = YAML.parse(await readFile(chartFile, 'utf8')) as Record<string, unknown>
  await writeFile(chartFile, YAML.stringify({ ...chartYaml, ...shape.chartYaml }))
  for (const subchart of shape.subcharts ?? []) {
    const made = path.join(scratch, `${shape.name}-${subchart.name}`)
    const created = await runHelm(['create', made])
    expect(created.exitCode).toBe(0)
    const subYaml = path.join(made, 'Chart.yaml')
    await writeFile(
      subYaml,
      (await readFile(subYaml, 'utf8')).replace(/^name: .*$/m, `name: ${subchart.name}`)
    )
    await mkdir(path.join(folder, 'charts'), { recursive: true })
    if (subchart.packed) {
      const packed = await runHelm(['package', made, '-d', path.join(folder, 'charts')])
      expect(packed.exitCode).toBe(0)
    } else {
      // An unpacked folder whose name is not the chart's: Helm matches the name in its Chart.yaml.
      await runHelm(['create', path.join(folder, 'charts', `${subchart.name}-folder`)])
      const inner = path.join(folder, 'charts', `${subchart.name}-folder`, 'Chart.yaml')
      await writeFile(
        inner,
        (await readFile(inner, 'utf8')).replace(/^name: .*$/m, `name: ${subchart.name}`)
      )
    }
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'palette-deploy-checks-'))
  registry = await startRegistry({ mode: 'anonymous' })
  for (const shape of SHAPES)
    await pushWithHelm({ host: registry.host }, 'charts', shape.name, shape.version, {
      shape: folder => shapeChart(folder, shape),
      tar: shape.tar === true
    })
}, 120_000)

afterAll(async () => {
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(scratch, { recursive: true, force: true })
})

function profile(target: (typeof TARGETS)[number]): string {
  return YAML.stringify({
    metadata: { name: `on-${target.pack}` },
    spec: {
      template: {
        packs: [
          ...SHAPES.map(shape => ({
            name: shape.name,
            type: 'oci',
            layer: 'addon',
            tag: shape.version,
            registry: { metadata: { name: 'lab' } }
          })),
          { name: target.pack, type: 'spectro', layer: 'k8s', tag: target.tag }
        ]
      }
    }
  })
}

function checkProfile(files: Record<string, string>, flags: string[] = []) {
  return checkWithBuiltCli(scratch, registry.url, files, flags)
}

/** What Helm says of installing the chart on that Kubernetes: undefined when it renders. */
async function helmRefusal(
  shape: ChartShape,
  target: (typeof TARGETS)[number]
): Promise<string | undefined> {
  const run = await runHelm(
    [
      'template',
      `oci://${registry.host}/charts/${shape.name}`,
      '--version',
      shape.version,
      '--plain-http',
      '--kube-version',
      target.server
    ],
    { binary: target.helm }
  )
  if (run.exitCode === 0) return undefined
  // Helm prints what it pulled, then its error on a line of its own.
  return /^Error: (.*)$/m.exec(run.stderr)?.[1] ?? run.stderr
}

describe('deploy checks against helm template', () => {
  for (const target of TARGETS)
    it(`gives every layer on ${target.pack} ${target.tag} the verdict Helm gives`, async () => {
      const { results } = await checkProfile({ 'profiles/app.yaml': profile(target) })
      for (const shape of SHAPES) {
        const result = results.find(
          entry => entry.chart === shape.name && entry.version === shape.version
        )
        const refusal = await helmRefusal(shape, target)
        const label = `${shape.name} ${shape.version} on ${target.server}: Helm said ${refusal ?? 'ok'}; the gate ${result?.reason ?? 'valid'}`
        expect([label, result?.status]).toEqual([
          label,
          refusal === undefined ? 'valid' : 'invalid'
        ])
        if (refusal === undefined) continue
        // Helm's own words, but for the version: the gate cannot know the EKS hash.
        const helmWords = refusal
          .replace(
            /^an error occurred while checking for chart dependencies\. You may need to run `helm dependency build` to fetch missing dependencies: /i,
            ''
          )
          .replace(/Kubernetes v[^\s]+$/, 'Kubernetes')
        expect(result?.reason).toContain(helmWords)
      }
    }, 120_000)

  it('records the checks that ran and the target, and warns of a deprecated chart', async () => {
    const eks = TARGETS[0]
    if (eks === undefined) throw new Error('no EKS target')
    const { results, stderr } = await checkProfile({ 'profiles/app.yaml': profile(eks) })
    const webapp = results.find(entry => entry.chart === 'webapp' && entry.version === '1.0.0')
    expect(webapp?.deploy).toEqual({
      checks: [
        'archive',
        'api-version',
        'chart-type',
        'dependencies',
        'profile-variables',
        'kube-version'
      ],
      failed: ['kube-version'],
      kubernetes: {
        checked: true,
        target: 'kubernetes-eks 1.31.10',
        source: expect.stringMatching(/^profiles\/app\.yaml:\d+$/) as unknown,
        kubeVersion: '>=1.21.0',
        verdict: 'incompatible',
        failing: ['v1.31.10-eks-hash']
      }
    })
    expect(webapp?.hint).toContain('">=1.21.0-0" instead of ">=1.21.0"')
    expect(stderr).toContain('legacy 1.0.0 is deprecated')
    expect(results.find(entry => entry.chart === 'legacy')?.status).toBe('valid')
  }, 60_000)

  it('takes kubernetes-version over the profile, and says when no Kubernetes is known', async () => {
    const addOn = YAML.stringify({
      spec: {
        template: {
          packs: [
            { name: 'webapp', type: 'oci', tag: '1.2.0', registry: { metadata: { name: 'lab' } } }
          ]
        }
      }
    })
    const unknown = await checkProfile({ 'profiles/addon.yaml': addOn })
    expect(unknown.exitCode).toBe(0)
    expect(unknown.results[0]?.deploy?.kubernetes).toEqual({
      checked: false,
      reason:
        'profiles/addon.yaml has no Kubernetes layer (an add-on profile) and kubernetes-version is not set'
    })
    const given = await checkProfile({ 'profiles/addon.yaml': addOn }, [
      '--kubernetes-version',
      '1.29, 1.31'
    ])
    expect(given.exitCode).toBe(1)
    expect(given.results[0]?.reason).toContain(
      'chart requires kubeVersion: <1.30.0 which is incompatible with Kubernetes v1.31.0 (and 39 more of the versions 1.29, 1.31 stands for)'
    )
    const off = await checkProfile({ 'profiles/addon.yaml': addOn }, [
      '--kubernetes-version',
      '1.31',
      '--deploy-checks',
      'false'
    ])
    expect(off.exitCode).toBe(0)
    expect(off.results[0]?.deploy).toBeNull()
  }, 60_000)

  it('refuses a single chart Helm will not install, through the action', async () => {
    const run = await runAction({
      endpoint: registry.url,
      'base-content-path': 'charts',
      chart: 'tools',
      version: '1.0.0'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(run.log).toContain('library charts are not installable')
    expect(run.summary).toContain('(failed: chart-type)')
    expect(run.summary).toContain('not checked: kubernetes-version is not set')
    const valid = await runAction({
      endpoint: registry.url,
      'base-content-path': 'charts',
      chart: 'webapp',
      version: '1.1.0',
      'kubernetes-version': 'v1.31.10-eks-931bdca'
    })
    expect(valid.exitCode).toBe(0)
    expect(valid.summary).toContain('compatible with v1.31.10-eks-931bdca (kubeVersion >=1.21.0-0)')
    const manifest = YAML.parse(await readFile(valid.outputs['manifest-file'] ?? '', 'utf8')) as {
      verification: { deployment: unknown }
    }
    expect(manifestSchemaErrors(manifest)).toEqual([])
    expect(manifest.verification.deployment).toMatchObject({
      failed: [],
      kubernetes: { target: 'v1.31.10-eks-931bdca', verdict: 'compatible' }
    })
  }, 60_000)
})
