import { describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import { createTarGz } from '../harness/tar.js'
import { readChartValues } from '../../src/helm/chart-archive.js'
import {
  buildManifestDocument,
  buildPackEntry,
  renderManifest,
  type VerifiedChart
} from '../../src/palette/layer.js'
import { packRegistryFor, planChecks } from '../../src/gate/plan.js'
import { summaryForError, summaryForOutcome } from '../../src/report/summary.js'
import { AuthenticationError } from '../../src/errors.js'
import { parseRequest, type RawInputs } from '../../src/inputs/request.js'
import { MEDIA_TYPES } from '../../src/helm/chart.js'
import { manifestSchemaErrors } from '../support/schema.js'

const inputs: RawInputs = {
  'registry-name': 'acr',
  endpoint: 'myregistry.azurecr.io',
  'base-content-path': 'charts',
  chart: 'nginx',
  version: '15.4.2'
}
const digest = `sha256:${'b'.repeat(64)}`

function verified(
  raw: RawInputs,
  chartValues: string | undefined = 'replicaCount: 1\n'
): VerifiedChart {
  const request = parseRequest(raw)
  const descriptor = (mediaType: string) => ({ mediaType, digest, size: 1 })
  return {
    target: planChecks(request).deployment[0],
    digest,
    manifest: {
      kind: 'chart',
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptor(MEDIA_TYPES.helmConfig),
      chartLayer: descriptor(MEDIA_TYPES.helmChart),
      layers: [descriptor(MEDIA_TYPES.helmChart)],
      annotations: { 'org.opencontainers.image.title': 'nginx' }
    },
    metadata: { name: 'nginx', version: '15.4.2', appVersion: '1.25.3' },
    requirements: { deprecated: false, dependencies: [] },
    contents: { subcharts: [], ...(chartValues === undefined ? {} : { values: chartValues }) }
  }
}

describe('buildPackEntry', () => {
  it('builds the Palette add-on pack entry with the chart values', () => {
    const request = parseRequest({
      ...inputs,
      username: 'u',
      password: 'p',
      'registry-uid': 'uid-1'
    })
    expect(buildPackEntry(request.layer, packRegistryFor(request), verified(inputs))).toEqual({
      name: 'nginx',
      type: 'oci',
      layer: 'addon',
      tag: '15.4.2',
      version: '15.4.2',
      values: 'replicaCount: 1\n',
      registry: {
        metadata: { uid: 'uid-1', name: 'acr', kind: 'oci', providerType: 'helm', isPrivate: true }
      }
    })
  })

  it('prefers the values input, switches the type to helm and marks anonymous registries public', () => {
    const raw = { ...inputs, 'layer-type': 'helm', values: 'pack:\n  namespace: web\n' }
    const request = parseRequest(raw)
    const entry = buildPackEntry(request.layer, packRegistryFor(request), verified(raw))
    expect(entry).toMatchObject({
      type: 'helm',
      values: 'pack:\n  namespace: web\n',
      registry: { metadata: { isPrivate: false } }
    })
    expect(entry.registry.metadata).not.toHaveProperty('uid')
  })
})

describe('manifest document', () => {
  const request = parseRequest(inputs)
  const document = buildManifestDocument(
    request.layer,
    packRegistryFor(request),
    verified(inputs),
    new Date('2026-11-24T12:00:00Z')
  )

  it('validates against the committed JSON Schema in both formats', () => {
    expect(manifestSchemaErrors(document)).toEqual([])
    expect(manifestSchemaErrors(YAML.parse(renderManifest(document, 'yaml')))).toEqual([])
    expect(manifestSchemaErrors(JSON.parse(renderManifest(document, 'json')))).toEqual([])
  })

  it('records the evidence of the check', () => {
    expect(document.verification).toMatchObject({
      checkedAt: '2026-11-24T12:00:00.000Z',
      resolvedEndpoint: 'myregistry.azurecr.io',
      reference: 'oci://myregistry.azurecr.io/charts/nginx:15.4.2',
      digest,
      chart: { name: 'nginx', version: '15.4.2', appVersion: '1.25.3' }
    })
  })

  it('is rejected by the schema when evidence is missing', () => {
    const withoutDigest = Object.fromEntries(
      Object.entries(document.verification).filter(([key]) => key !== 'digest')
    )
    expect(manifestSchemaErrors({ ...document, verification: withoutDigest })).toEqual([
      "/verification must have required property 'digest'"
    ])
  })
})

describe('readChartValues', () => {
  it('reads the top-level values.yaml of a chart archive, not a subchart one', () => {
    const archive = createTarGz([
      { path: 'nginx/Chart.yaml', content: 'name: nginx\n' },
      { path: 'nginx/charts/common/Chart.yaml', content: 'name: common\n' },
      { path: 'nginx/charts/common/values.yaml', content: 'sub: true\n' },
      { path: 'nginx/values.yaml', content: 'replicaCount: 2\n' }
    ])
    expect(readChartValues(archive)).toBe('replicaCount: 2\n')
  })

  it('returns undefined without a values.yaml or for non-gzip bytes', () => {
    expect(
      readChartValues(createTarGz([{ path: 'nginx/Chart.yaml', content: 'name: nginx\n' }]))
    ).toBeUndefined()
    expect(readChartValues(Buffer.from('not gzip'))).toBeUndefined()
  })
})

describe('job summary', () => {
  it('shows a valid verdict as a table', () => {
    const request = parseRequest(inputs)
    const chart = verified(inputs)
    const chosen = {
      valid: true as const,
      target: planChecks(request).deployment[0],
      chart,
      layer: buildPackEntry(request.layer, packRegistryFor(request), chart),
      document: buildManifestDocument(request.layer, packRegistryFor(request), chart, new Date())
    }
    const markdown = summaryForOutcome({
      valid: true,
      checks: [{ region: undefined, result: chosen }],
      chosen,
      usedDefaultRegion: false,
      distinctDigests: 1
    })
    expect(markdown).toContain('| Verdict | ✅ valid |')
    expect(markdown).toContain(`| Digest | \`${digest}\` |`)
  })

  it('shows a failure with its hint, escaping table characters', () => {
    const markdown = summaryForError(new AuthenticationError('a | b', 'line one\nline two'))
    expect(markdown).toContain('| Problem | a \\| b |')
    expect(markdown).toContain('| What to do | line one<br>line two |')
  })
})
