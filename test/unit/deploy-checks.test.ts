// Will it install, without I/O: the archive read as Helm's loader reads it, Helm's refusals in its
// order, the Kubernetes target from a profile or kubernetes-version, and the evidence recorded.
import { describe, expect, it } from '@jest/globals'
import { readChartArchive } from '../../src/helm/chart-archive.js'
import type { ChartRequirements } from '../../src/helm/chart.js'
import { judgeInstallable } from '../../src/helm/installability.js'
import { judgeDeployment } from '../../src/gate/deploy-checks.js'
import { parseRequest } from '../../src/inputs/request.js'
import {
  choiceFromInput,
  choiceFromLayer,
  choiceOverLayer
} from '../../src/palette/kubernetes-target.js'
import type { VerifiedChart } from '../../src/palette/layer.js'
import { readProfile } from '../../src/palette/profile.js'
import { createTarGz } from '../harness/tar.js'

const chartYaml = (name: string): string => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`
const requirements = (fields: Partial<ChartRequirements> = {}): ChartRequirements => ({
  deprecated: false,
  dependencies: [],
  ...fields
})

describe('readChartArchive', () => {
  it('names subcharts by their own Chart.yaml, packed or unpacked, as Helm matches them', () => {
    const archive = createTarGz([
      { path: 'app/Chart.yaml', content: chartYaml('app') },
      { path: 'app/values.yaml', content: 'replicaCount: 1\n' },
      { path: 'app/values.schema.json', content: '{"type":"object"}' },
      {
        path: 'app/charts/cache-0.1.0.tgz',
        content: createTarGz([{ path: 'cache/Chart.yaml', content: chartYaml('cache') }])
      },
      { path: 'app/charts/db-folder/Chart.yaml', content: chartYaml('db') },
      { path: 'app/charts/db-folder/values.yaml', content: '{}\n' },
      // Helm's loader passes over names starting with . or _.
      { path: 'app/charts/_ignored/Chart.yaml', content: chartYaml('ignored') },
      { path: 'app/charts/.hidden-0.1.0.tgz', content: 'not read' }
    ])
    expect(readChartArchive(archive)).toEqual({
      values: 'replicaCount: 1\n',
      schema: '{"type":"object"}',
      subcharts: [{ name: 'cache' }, { name: 'db', values: '{}\n' }]
    })
  })

  it('says why an archive, or a packed subchart, cannot be read', () => {
    expect(readChartArchive(Buffer.from('not gzip')).unreadable).toMatch(/^cannot be unpacked/)
    const broken = createTarGz([
      { path: 'app/Chart.yaml', content: chartYaml('app') },
      { path: 'app/charts/cache-0.1.0.tgz', content: 'not gzip' }
    ])
    expect(readChartArchive(broken)).toEqual({
      subcharts: [],
      unreadable: expect.stringMatching(
        /^charts\/cache-0\.1\.0\.tgz: cannot be unpacked/
      ) as unknown
    })
  })
})

describe('readChartArchive, as Helm loads an archive', () => {
  it('drops a byte-order mark and cleans paths', () => {
    const archive = createTarGz([
      { path: 'app/Chart.yaml', content: chartYaml('app') },
      { path: 'app/./values.schema.json', content: '\uFEFF{"type":"object"}' }
    ])
    expect(readChartArchive(archive).schema).toBe('{"type":"object"}')
  })

  it('refuses what Helm refuses to load, keeping the chart values', () => {
    const refused = (files: { path: string; content: string }[]) =>
      readChartArchive(
        createTarGz([
          { path: 'app/Chart.yaml', content: chartYaml('app') },
          { path: 'app/values.yaml', content: 'a: 1\n' },
          ...files
        ])
      )
    const stray = refused([{ path: 'app/charts/README.md', content: 'notes' }])
    expect(stray).toEqual({
      values: 'a: 1\n',
      subcharts: [],
      unreadable: 'charts/README.md: Chart.yaml file is missing'
    })
    expect(refused([{ path: 'app/../../etc/x', content: 'x' }]).unreadable).toMatch(
      /a path outside the chart/
    )
    expect(
      refused([{ path: 'app/files/big', content: 'x'.repeat(5 * 1024 * 1024 + 1) }]).unreadable
    ).toMatch(/larger than the 5 MiB Helm loads of one file/)
  })

  it('names entries as Helm does: the first folder dropped, whatever it is called', () => {
    // "./app/Chart.yaml" is "app/Chart.yaml" to Helm: no Chart.yaml at the top.
    const dotted = readChartArchive(
      createTarGz([{ path: './app/Chart.yaml', content: chartYaml('app') }])
    )
    expect(dotted.unreadable).toBe('Chart.yaml file is missing')
  })

  it('prints nothing of what a Chart.yaml holds, and refuses one nested past the bound', () => {
    const warnings: unknown[] = []
    const emitWarning = process.emitWarning
    process.emitWarning = (warning: string | Error) => void warnings.push(warning)
    try {
      const archive = createTarGz([
        { path: 'app/Chart.yaml', content: chartYaml('app') },
        { path: 'app/charts/sub/Chart.yaml', content: 'name: sub\nx: !foo ::warning::forged\n' },
        {
          path: 'app/charts/deep/Chart.yaml',
          content: `name: deep\nx:\n  ${'- '.repeat(10_000)}y\n`
        }
      ])
      for (let time = 0; time < 3; time++)
        expect(readChartArchive(archive).unreadable).toBe('charts/deep: Chart.yaml file is missing')
    } finally {
      process.emitWarning = emitWarning
    }
    expect(warnings).toEqual([])
  })
})

describe('judgeInstallable', () => {
  const contents = { subcharts: [{ name: 'cache' }] }
  it('refuses in Helm 4.1 words: library, unknown type, apiVersion, missing dependencies', () => {
    const checks = (fields: Partial<ChartRequirements>) =>
      judgeInstallable(requirements(fields), contents).map(refusal => refusal.message)
    expect(checks({})).toEqual([])
    expect(checks({ apiVersion: 'v1', type: 'application' })).toEqual([])
    expect(checks({ type: 'library' })).toEqual(['library charts are not installable'])
    expect(checks({ type: 'Library' })).toEqual([
      'validation: chart.metadata.type must be application or library (it is "Library")'
    ])
    expect(checks({ apiVersion: 'v3' })).toEqual([
      'the chart\'s apiVersion "v3" is not one Helm loads (v1 or v2): invalid chart apiVersion'
    ])
    expect(checks({ apiVersion: 'V2' })[0]).toContain('unsupported chart version')
    expect(
      checks({
        dependencies: [{ name: 'cache' }, { name: 'redis', alias: 'cache' }, { name: 'db' }]
      })
    ).toEqual(['found in Chart.yaml, but missing in charts/ directory: redis, db'])
  })

  it('does not guess at dependencies when the archive cannot be read', () => {
    const refusals = judgeInstallable(requirements({ dependencies: [{ name: 'redis' }] }), {
      subcharts: [],
      unreadable: 'cannot be unpacked'
    })
    expect(refusals.map(refusal => refusal.check)).toEqual(['archive'])
  })
})

describe('the Kubernetes target', () => {
  it('comes from kubernetes-version: a list, each a tag or a server version', () => {
    const choice = choiceFromInput('1.30,\nv1.31.10-eks-931bdca')
    expect(choice).toMatchObject({ known: true, source: 'kubernetes-version' })
    expect(choice !== undefined && 'targets' in choice && choice.targets.length).toBe(2)
    expect(choiceFromInput(' ')).toBeUndefined()
    expect(choiceFromInput('1.31, latest')).toEqual({
      problem: expect.stringContaining('"latest" is not a Kubernetes version') as unknown
    })
    expect(() =>
      parseRequest({
        endpoint: 'r.example',
        chart: 'a',
        version: '1.0.0',
        'kubernetes-version': 'x'
      })
    ).toThrow('kubernetes-version: "x" is not a Kubernetes version')
  })

  it("comes from the profile's Kubernetes layer, whatever its place among the packs", () => {
    const contents = readProfile(
      'eks.yaml',
      'spec:\n  template:\n    packs:\n      - name: web\n        type: oci\n        tag: 1.0.0\n      - name: kubernetes-eks\n        type: spectro\n        layer: k8s\n        tag: "1.31"\n'
    )
    const [layer] = contents.layers
    expect(layer?.kubernetes).toEqual({
      file: 'eks.yaml',
      line: 7,
      pack: 'kubernetes-eks',
      tag: '1.31'
    })
    const choice = choiceFromLayer(layer?.kubernetes, 'eks.yaml')
    expect(choice).toMatchObject({
      known: true,
      source: 'eks.yaml:7',
      label: 'kubernetes-eks 1.31'
    })
  })

  it('is not known for an add-on profile, an unknown pack or a tag that is no version', () => {
    expect(choiceFromLayer(undefined, 'addon.yaml')).toEqual({
      known: false,
      reason:
        'addon.yaml has no Kubernetes layer (an add-on profile) and kubernetes-version is not set'
    })
    const layer = { file: 'p.yaml', line: 3, pack: 'kubernetes-tke', tag: '1.31' }
    expect(choiceFromLayer(layer, 'p.yaml')).toMatchObject({ known: false })
    expect(choiceFromLayer({ ...layer, pack: 'constructor' }, 'p.yaml')).toMatchObject({
      known: false
    })
    expect(choiceFromLayer({ ...layer, pack: 'kubernetes', tag: 'latest' }, 'p.yaml')).toEqual({
      known: false,
      reason: 'the tag "latest" of kubernetes (p.yaml:3) is not a Kubernetes version'
    })
  })
})

describe('kubernetes-version over a profile', () => {
  it("keeps the profile's flavour for a version given without a suffix", () => {
    const eks = { file: 'p.yaml', line: 3, pack: 'kubernetes-eks', tag: '1.30' }
    const plain = choiceFromInput('1.31.10')
    if (plain === undefined || 'problem' in plain) throw new Error('not read')
    expect(choiceOverLayer(plain, eks)).toMatchObject({
      label: '1.31.10 (kubernetes-eks)',
      targets: [{ serverVersions: ['v1.31.10-eks-hash'] }]
    })
    const suffixed = choiceFromInput('v1.31.10+k3s1')
    if (suffixed === undefined || 'problem' in suffixed) throw new Error('not read')
    expect(choiceOverLayer(suffixed, eks)).toMatchObject({
      targets: [{ serverVersions: ['v1.31.10+k3s1'] }]
    })
  })
})

describe('judgeDeployment', () => {
  const chart = (fields: Partial<ChartRequirements>): VerifiedChart =>
    ({
      metadata: { name: 'web', version: '1.0.0' },
      requirements: requirements(fields),
      contents: { subcharts: [] }
    }) as unknown as VerifiedChart
  const eks = choiceFromInput('v1.31.10-eks-931bdca')
  if (eks === undefined || 'problem' in eks) throw new Error('no EKS target')

  it('records every check, the target and the verdict; a deprecated chart only warns', async () => {
    const verdict = await judgeDeployment(
      chart({ kubeVersion: '>=1.21.0-0', deprecated: true }),
      {
        checks: true,
        kubernetes: eks,
        fromInput: true
      },
      undefined,
      undefined
    )
    expect(verdict.refusals).toEqual([])
    expect(verdict.warnings).toEqual([
      'web 1.0.0 is deprecated (Chart.yaml says deprecated: true); Helm installs it with a warning'
    ])
    expect(verdict.ran).toEqual([
      'archive',
      'api-version',
      'chart-type',
      'dependencies',
      'kube-version'
    ])
    expect(verdict.kubernetes).toEqual({
      checked: true,
      target: 'v1.31.10-eks-931bdca',
      source: 'kubernetes-version',
      kubeVersion: '>=1.21.0-0',
      verdict: 'compatible',
      failing: []
    })
  })

  it('refuses kubeVersion last, as Helm checks it after the chart itself', async () => {
    const verdict = await judgeDeployment(
      chart({ kubeVersion: '>=1.21.0', type: 'library' }),
      {
        checks: true,
        kubernetes: eks,
        fromInput: true
      },
      undefined,
      undefined
    )
    expect(verdict.refusals.map(refusal => refusal.check)).toEqual(['chart-type', 'kube-version'])
    expect(verdict.kubernetes).toMatchObject({
      verdict: 'incompatible',
      failing: ['v1.31.10-eks-931bdca']
    })
  })

  it('does not judge kubeVersion without a known target, and says why', async () => {
    const verdict = await judgeDeployment(
      chart({ kubeVersion: '>=1.21.0' }),
      {
        checks: true,
        kubernetes: { known: false, reason: 'kubernetes-version is not set' },
        fromInput: false
      },
      undefined,
      undefined
    )
    expect(verdict.refusals).toEqual([])
    expect(verdict.ran).not.toContain('kube-version')
    expect(verdict.kubernetes).toEqual({ checked: false, reason: 'kubernetes-version is not set' })
  })

  it("reads the chart's values.yaml as Helm: its documents merged, each a mapping", async () => {
    const withValues = (values: string): VerifiedChart =>
      ({
        metadata: { name: 'web', version: '1.0.0' },
        requirements: requirements(),
        contents: { values, schema: '{"properties": {"on": {"type": "boolean"}}}', subcharts: [] }
      }) as unknown as VerifiedChart
    const settings = {
      checks: true,
      kubernetes: { known: false as const, reason: 'x' },
      fromInput: false
    }
    const checkValues = async (schemaText: string, values: unknown) => {
      const { checkValues: check } = await import('../../src/helm/values-schema.js')
      return check(schemaText, values)
    }
    const merged = await judgeDeployment(
      withValues('on: 1\n---\non: yes\n'),
      settings,
      undefined,
      checkValues
    )
    expect(merged.refusals).toEqual([])
    expect(merged.ran).toContain('values-schema')
    const listed = await judgeDeployment(withValues('- a\n'), settings, undefined, checkValues)
    expect(listed.refusals).toEqual([
      expect.objectContaining({
        check: 'archive',
        message: 'web: values.yaml holds a document that is not a mapping'
      })
    ])
  })
})
