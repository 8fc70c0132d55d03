// Pushes sample Helm charts (and look-alikes) through the OCI distribution API, the way
// `helm push` lays them out, so the action is tested against real registry storage.
import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { gzipSync } from 'node:zlib'
import { createTar, createTarGz } from './tar.js'

export interface RegistryTarget {
  /** http(s)://host[:port] */
  url: string
  authorization?: string
  /** Extra CA to trust for https (a self-signed test registry). */
  caPem?: string
}

export interface SampleArtifact {
  repository: string
  tag: string
  kind?: 'chart' | 'image' | 'legacy-chart'
  /** Default: name = basename of repository, version = tag with '_' turned back into '+'. */
  chart?: { name: string; version: string; appVersion?: string; description?: string }
  /** values.yaml inside the chart archive; default 'replicaCount: 1\n'. */
  values?: string
  /** Default true: the manifest annotations Helm 3.8+ writes. */
  annotations?: boolean
  /** More Chart.yaml fields, in the config and the archive (kubeVersion, type...). */
  metadata?: Record<string, unknown>
  /** More files in the chart's folder (values.schema.json, charts/...). */
  files?: { path: string; content: string | Buffer }[]
}

export interface PushedArtifact {
  digest: string
  manifest: Buffer
  reference: string
}

export interface RegistryResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface RegistryRequestInit {
  method?: string
  headers?: Record<string, string>
  body?: Buffer
  caPem?: string
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json'
export const HELM_CHART_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
export const LEGACY_CHART_LAYER = 'application/tar+gzip'
export const IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json'
export const IMAGE_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip'
// Fixed so that pushing the same sample twice gives the same manifest digest.
const CREATED = '2024-01-01T00:00:00Z'

export function sha256Digest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** One HTTP(S) exchange over node:http(s), so a custom CA works the same way as plain http. */
export function registryRequest(
  url: string,
  init: RegistryRequestInit = {}
): Promise<RegistryResponse> {
  const target = new URL(url)
  const headers: Record<string, string> = { ...init.headers }
  if (init.body) headers['Content-Length'] = String(init.body.length)
  const options = { method: init.method ?? 'GET', headers, agent: false as const, timeout: 30_000 }
  return new Promise<RegistryResponse>((resolve, reject) => {
    const onResponse = (response: IncomingMessage): void => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks)
        })
      )
    }
    const request =
      target.protocol === 'https:'
        ? httpsRequest(
            target,
            { ...options, ...(init.caPem ? { ca: init.caPem } : {}) },
            onResponse
          )
        : httpRequest(target, options, onResponse)
    request.on('timeout', () => request.destroy(new Error(`request to ${url} timed out`)))
    request.on('error', reject)
    request.end(init.body)
  })
}

function expectStatus(response: RegistryResponse, expected: number[], what: string): void {
  if (!expected.includes(response.status)) {
    throw new Error(
      `${what}: HTTP ${response.status}: ${response.body.toString('utf8').slice(0, 2000)}`
    )
  }
}

interface Blob {
  mediaType: string
  data: Buffer
}

function chartMetadata(spec: SampleArtifact): {
  name: string
  version: string
  appVersion?: string
  description: string
} {
  const name = spec.chart?.name ?? spec.repository.split('/').pop() ?? spec.repository
  const version = spec.chart?.version ?? spec.tag.replaceAll('_', '+')
  const description = spec.chart?.description ?? `Sample chart ${name} for palette-chart-gate tests`
  const appVersion = spec.chart?.appVersion
  return { name, version, description, ...(appVersion === undefined ? {} : { appVersion }) }
}

/** The config blob, layer blob and manifest annotations for one sample. */
export function buildArtifact(spec: SampleArtifact): {
  config: Blob
  layer: Blob
  annotations?: Record<string, string>
} {
  const meta = chartMetadata(spec)
  const annotations =
    spec.annotations === false
      ? undefined
      : {
          'org.opencontainers.image.title': meta.name,
          'org.opencontainers.image.version': meta.version,
          'org.opencontainers.image.description': meta.description,
          'org.opencontainers.image.created': CREATED
        }
  if (spec.kind === 'image') {
    // A real image config lists the uncompressed layer digest (diff_id).
    const tar = createTar([{ path: 'etc/sample.txt', content: `${meta.name} ${meta.version}\n` }])
    const config = {
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] }
    }
    return {
      config: { mediaType: IMAGE_CONFIG, data: Buffer.from(JSON.stringify(config)) },
      layer: { mediaType: IMAGE_LAYER, data: gzipSync(tar) },
      ...(annotations ? { annotations } : {})
    }
  }
  // Field order as Helm serialises Chart metadata; JSON strings double as YAML scalars.
  const config = {
    name: meta.name,
    version: meta.version,
    description: meta.description,
    apiVersion: 'v2',
    appVersion: meta.appVersion,
    type: 'application',
    ...spec.metadata
  }
  const chartYaml = Object.entries(config)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')
  const layer = createTarGz([
    { path: `${meta.name}/Chart.yaml`, content: chartYaml + '\n' },
    { path: `${meta.name}/values.yaml`, content: spec.values ?? 'replicaCount: 1\n' },
    ...(spec.files ?? []).map(file => ({ ...file, path: `${meta.name}/${file.path}` }))
  ])
  return {
    config: { mediaType: HELM_CONFIG, data: Buffer.from(JSON.stringify(config)) },
    layer: {
      mediaType: spec.kind === 'legacy-chart' ? LEGACY_CHART_LAYER : HELM_CHART_LAYER,
      data: layer
    },
    ...(annotations ? { annotations } : {})
  }
}

function authHeaders(target: RegistryTarget): Record<string, string> {
  return target.authorization ? { Authorization: target.authorization } : {}
}

async function pushBlob(target: RegistryTarget, repository: string, blob: Blob): Promise<string> {
  const digest = sha256Digest(blob.data)
  const base = `${target.url}/v2/${repository}/blobs/`
  const ca = target.caPem ? { caPem: target.caPem } : {}
  const head = await registryRequest(base + digest, {
    method: 'HEAD',
    headers: authHeaders(target),
    ...ca
  })
  if (head.status === 200) return digest
  const start = await registryRequest(base + 'uploads/', {
    method: 'POST',
    headers: authHeaders(target),
    ...ca
  })
  expectStatus(start, [202], `start upload to ${repository}`)
  const location = start.headers.location
  if (!location) throw new Error(`start upload to ${repository}: 202 without Location`)
  // Location may be relative and carries an opaque `_state` query: keep it verbatim, append digest.
  const uploadUrl = new URL(location, target.url).href
  const separator = uploadUrl.includes('?') ? '&' : '?'
  const put = await registryRequest(
    `${uploadUrl}${separator}digest=${encodeURIComponent(digest)}`,
    {
      method: 'PUT',
      headers: { ...authHeaders(target), 'Content-Type': 'application/octet-stream' },
      body: blob.data,
      ...ca
    }
  )
  expectStatus(put, [201], `upload blob ${digest} to ${repository}`)
  return digest
}

export async function pushChart(
  target: RegistryTarget,
  spec: SampleArtifact
): Promise<PushedArtifact> {
  const { config, layer, annotations } = buildArtifact(spec)
  const descriptor = async (
    blob: Blob
  ): Promise<{ mediaType: string; digest: string; size: number }> => ({
    mediaType: blob.mediaType,
    digest: await pushBlob(target, spec.repository, blob),
    size: blob.data.length
  })
  const manifestObject = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: await descriptor(config),
    layers: [await descriptor(layer)],
    ...(annotations ? { annotations } : {})
  }
  const manifest = Buffer.from(JSON.stringify(manifestObject))
  const digest = sha256Digest(manifest)
  const response = await registryRequest(
    `${target.url}/v2/${spec.repository}/manifests/${spec.tag}`,
    {
      method: 'PUT',
      headers: { ...authHeaders(target), 'Content-Type': OCI_MANIFEST },
      body: manifest,
      ...(target.caPem ? { caPem: target.caPem } : {})
    }
  )
  expectStatus(response, [201], `push manifest ${spec.repository}:${spec.tag}`)
  const answered = response.headers['docker-content-digest']
  if (answered !== undefined && answered !== digest) {
    throw new Error(
      `registry says ${spec.repository}:${spec.tag} is ${String(answered)}, expected ${digest}`
    )
  }
  const host = new URL(target.url).host
  return { digest, manifest, reference: `${host}/${spec.repository}:${spec.tag}` }
}

/** The artifacts the demo and e2e tests push: normal versions plus the awkward cases. */
export function sampleCharts(): SampleArtifact[] {
  const nginx = ['15.4.0', '15.4.1', '15.4.2', '15.5.0', '16.0.0'].map(tag => ({
    repository: 'charts/nginx',
    tag,
    chart: { name: 'nginx', version: tag, appVersion: '1.25.3' }
  }))
  return [
    ...nginx,
    { repository: 'charts/podinfo', tag: '6.5.4', annotations: false },
    { repository: 'charts/with-build', tag: '1.2.3_build.1' },
    { repository: 'charts/not-a-chart', tag: '1.0.0', kind: 'image' },
    {
      repository: 'charts/renamed',
      tag: '2.0.0',
      chart: { name: 'something-else', version: '2.0.0' }
    }
  ]
}
