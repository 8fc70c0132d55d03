import { describe, expect, it } from '@jest/globals'
import { planChecks } from '../../src/gate/plan.js'
import { parseRequest } from '../../src/inputs/request.js'
import { MEDIA_TYPES } from '../../src/helm/chart.js'
import { judgeChartConfig } from '../../src/helm/chart-config.js'
import { describeFinding } from '../../src/helm/findings.js'
import { inspectManifest } from '../../src/helm/manifest.js'

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value))
const descriptor = (mediaType: string) => ({
  mediaType,
  digest: `sha256:${'a'.repeat(64)}`,
  size: 10
})
const chartManifest = (): Buffer =>
  json({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: descriptor(MEDIA_TYPES.helmConfig),
    layers: [descriptor(MEDIA_TYPES.helmChart)]
  })

describe('inspectManifest', () => {
  it('recognises a Helm chart as Helm pushes it', () => {
    const manifest = json({
      schemaVersion: 2,
      config: descriptor(MEDIA_TYPES.helmConfig),
      layers: [descriptor(MEDIA_TYPES.helmChart), descriptor(MEDIA_TYPES.helmProvenance)],
      annotations: { 'org.opencontainers.image.title': 'nginx', size: 3 }
    })
    expect(inspectManifest(manifest, `${MEDIA_TYPES.ociManifest}; charset=utf-8`)).toEqual({
      kind: 'chart',
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptor(MEDIA_TYPES.helmConfig),
      chartLayer: descriptor(MEDIA_TYPES.helmChart),
      layers: [descriptor(MEDIA_TYPES.helmChart), descriptor(MEDIA_TYPES.helmProvenance)],
      annotations: { 'org.opencontainers.image.title': 'nginx' }
    })
  })

  it('accepts the legacy chart layer type', () => {
    const manifest = json({
      schemaVersion: 2,
      config: descriptor(MEDIA_TYPES.helmConfig),
      layers: [descriptor('application/tar+gzip')]
    })
    expect(inspectManifest(manifest, MEDIA_TYPES.ociManifest)).toMatchObject({
      kind: 'chart',
      chartLayer: { mediaType: 'application/tar+gzip' }
    })
  })

  // What Helm 4 pulls (checked against the real binary in test/e2e/hostile.test.ts).
  it.each([
    MEDIA_TYPES.ociManifest,
    `${MEDIA_TYPES.ociManifest}; charset=utf-8`,
    'Application/VND.OCI.Image.Manifest.v1+JSON'
  ])('accepts a chart manifest served as %s', contentType => {
    expect(inspectManifest(chartManifest(), contentType).kind).toBe('chart')
  })

  it.each([
    [MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerManifest],
    ['application/json', 'application/json'],
    ['text/html; charset=utf-8', 'text/html'],
    ['application/octet-stream', 'application/octet-stream'],
    [undefined, undefined],
    ['', undefined]
  ])('refuses a chart manifest served as %j', (contentType, named) => {
    expect(inspectManifest(chartManifest(), contentType)).toEqual({
      kind: 'wrong-content-type',
      contentType: named
    })
  })

  it('shows a schemaVersion that is not a number as JSON', () => {
    const inspection = inspectManifest(json({ schemaVersion: { a: 1 } }), MEDIA_TYPES.ociManifest)
    expect(inspection).toEqual({
      kind: 'not-a-chart',
      reason: 'the manifest has schemaVersion {"a":1}; Helm charts use 2'
    })
  })

  it('names the media type of a container image', () => {
    const image = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.ociManifest,
      config: descriptor('application/vnd.oci.image.config.v1+json'),
      layers: []
    }
    const inspection = inspectManifest(json(image), undefined)
    expect(inspection.kind).toBe('not-a-chart')
    expect(inspection.kind === 'not-a-chart' && inspection.reason).toContain(
      'application/vnd.oci.image.config.v1+json'
    )
  })

  it.each([
    [
      'an index',
      { schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [] },
      'image index'
    ],
    ['schema 1', { schemaVersion: 1, fsLayers: [] }, 'schemaVersion 1'],
    ['no config', { schemaVersion: 2, layers: [] }, 'no config descriptor'],
    [
      'no chart layer',
      {
        schemaVersion: 2,
        config: descriptor(MEDIA_TYPES.helmConfig),
        layers: [descriptor('text/plain')]
      },
      'found: text/plain'
    ]
  ])('rejects %s', (_name, manifest, reason) => {
    const inspection = inspectManifest(json(manifest), undefined)
    expect(inspection.kind === 'not-a-chart' && inspection.reason).toContain(reason)
  })

  it('rejects bytes that are not a JSON object', () => {
    expect(inspectManifest(Buffer.from('[1]'), undefined).kind).toBe('not-a-chart')
    expect(inspectManifest(Buffer.from('{'), undefined).kind).toBe('not-a-chart')
  })
})

describe('judgeChartConfig', () => {
  const requested = { name: 'nginx', version: '15.4.2' }

  it('returns the chart metadata when name and version match', () => {
    const config = json({
      name: 'nginx',
      version: '15.4.2',
      appVersion: '1.25.3',
      description: 'NGINX',
      apiVersion: 'v2'
    })
    expect(judgeChartConfig(requested, config)).toEqual({
      ok: true,
      metadata: { name: 'nginx', version: '15.4.2', appVersion: '1.25.3', description: 'NGINX' },
      requirements: { apiVersion: 'v2', deprecated: false, dependencies: [] }
    })
  })

  it('keeps what Chart.yaml says of installing: kubeVersion, type, deprecated, dependencies', () => {
    const config = json({
      name: 'nginx',
      version: '15.4.2',
      kubeVersion: '>=1.21.0',
      type: 'library',
      deprecated: true,
      dependencies: [
        { name: 'redis', version: '1.x', alias: 'cache', condition: 'redis.enabled' },
        { name: '' },
        'not a dependency'
      ]
    })
    const judgement = judgeChartConfig(requested, config)
    expect(judgement.ok && judgement.requirements).toEqual({
      kubeVersion: '>=1.21.0',
      type: 'library',
      deprecated: true,
      dependencies: [{ name: 'redis', version: '1.x', alias: 'cache', condition: 'redis.enabled' }]
    })
  })

  it('reports both differences of a mismatching config', () => {
    const judgement = judgeChartConfig(requested, json({ name: 'other', version: '1.0.0' }))
    expect(judgement.ok).toBe(false)
    if (judgement.ok) return
    expect(judgement.finding).toMatchObject({ verdict: 'mismatch' })
    expect(judgement.finding.verdict === 'mismatch' && judgement.finding.reason).toBe(
      'the chart at this tag has name "other" (asked for "nginx") and version "1.0.0" (asked for "15.4.2")'
    )
  })

  it('rejects a config without name or version', () => {
    expect(judgeChartConfig(requested, json({ name: 'nginx' }))).toMatchObject({
      ok: false,
      finding: { verdict: 'not-a-chart' }
    })
  })
})

describe('describeFinding', () => {
  const target = planChecks(
    parseRequest({
      endpoint: 'r.example.com',
      'base-content-path': 'charts',
      chart: 'nginx',
      version: '15.4.3'
    })
  ).deployment[0]

  it('lists the nearest versions of a missing version', () => {
    const description = describeFinding(target, {
      verdict: 'missing-version',
      nearest: ['15.5.0', '15.4.2'],
      listing: { listed: true, tags: ['15.4.2', '15.5.0'] }
    })
    expect(description.message).toBe(
      'Chart nginx version 15.4.3 is not in r.example.com/charts/nginx'
    )
    expect(description.hint).toBe('Nearest versions that exist: 15.5.0, 15.4.2.')
  })

  it.each([
    [
      { listed: true as const, tags: [] },
      'The repository has no tags at all; push the chart first.'
    ],
    [
      { listed: true as const, tags: ['latest', 'dev'] },
      'No tag of the repository is a semantic version (found: latest, dev).'
    ],
    [
      { listed: true as const, tags: ['dev'], incomplete: 'it stopped after 8 pages' },
      'No tag of the repository is a semantic version (found: dev). The listing was cut short (it stopped after 8 pages); this is from the one tag read.'
    ],
    [
      { listed: false as const, reason: 'denied (403)', denied: true },
      'The versions could not be listed (denied (403)); with permission to list tags the gate names the nearest ones.'
    ]
  ])('gives a missing version without suggestions the hint that fits %j', (listing, hint) => {
    expect(describeFinding(target, { verdict: 'missing-version', nearest: [], listing }).hint).toBe(
      hint
    )
  })

  it('says a tag whose content is gone cannot be pulled', () => {
    const description = describeFinding(target, {
      verdict: 'missing-content',
      reason: 'its chart archive sha256:ab is missing'
    })
    expect(description.message).toBe(
      'oci://r.example.com/charts/nginx:15.4.3 cannot be pulled: its chart archive sha256:ab is missing'
    )
  })

  it('points at base-content-path for a missing repository', () => {
    expect(describeFinding(target, { verdict: 'missing-repository' }).hint).toContain(
      'base-content-path'
    )
  })
})
