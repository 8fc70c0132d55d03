// A registry that answers in bad faith, in front of or beside the real one: the bundled action and
// command line must end with a verdict (exit 0, 1 or 2) and a message, whatever it sends.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runHelm } from '../harness/helm.js'
import {
  startHostileRegistry,
  type HostileRegistry,
  type HostileScript
} from '../harness/hostile-registry.js'
import { PEAK_RSS_ENV, peakRssMiB } from '../harness/peak-rss.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction, runCliProgram } from '../harness/run-action.js'
import { createTestCa } from '../harness/tls.js'
import { errorMessage, startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const MANIFEST_UNKNOWN = JSON.stringify({
  errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }]
})

let real: SampleRegistry
let nginxManifest: Buffer
const hostiles: HostileRegistry[] = []
const scratch: string[] = []

beforeAll(async () => {
  real = await startSampleRegistry({ mode: 'anonymous' })
  const response = await fetch(`${real.registry.url}/v2/charts/nginx/manifests/15.4.2`, {
    headers: { accept: OCI_MANIFEST }
  })
  nginxManifest = Buffer.from(await response.arrayBuffer())
}, 60_000)

afterEach(async () => {
  await Promise.all(hostiles.splice(0).map(hostile => hostile.stop()))
})

afterAll(async () => {
  await Promise.all([stopAll(), removeRunDirectories()])
  await Promise.all(scratch.map(dir => rm(dir, { recursive: true, force: true })))
})

async function hostile(
  script: HostileScript,
  tls?: { certFile: string; keyFile: string }
): Promise<HostileRegistry> {
  const started = await startHostileRegistry({
    script,
    upstream: real.registry.url,
    ...(tls === undefined ? {} : { tls })
  })
  hostiles.push(started)
  return started
}

const chart = (endpoint: string, version = '15.4.2'): Record<string, string> => ({
  endpoint,
  'base-content-path': 'charts',
  chart: 'nginx',
  version
})

const isTagList = (url: string): boolean => url.startsWith('/v2/charts/nginx/tags/list')
const isManifest = (url: string): boolean => url.startsWith('/v2/charts/nginx/manifests/')
const tagRequests = (registry: HostileRegistry): number =>
  registry.requests.filter(request => isTagList(request.url)).length

/**
 * Tag pages of about `bytes` each, streamed, each linking to a next one that was never read. Few
 * tags and much padding: the byte bound, not the tag bound, must end it.
 */
function endlessTagPages(bytes: number): HostileScript {
  return request => {
    if (isManifest(request.url)) return { status: 404, body: MANIFEST_UNKNOWN }
    if (!isTagList(request.url)) return 'forward'
    const page = Number(new URL(request.url, 'http://x').searchParams.get('page') ?? '0')
    return {
      status: 200,
      headers: {
        'content-type': 'application/json',
        link: `</v2/charts/nginx/tags/list?page=${page + 1}>; rel="next"`
      },
      body: function* () {
        yield `{"name":"charts/nginx","tags":["0.0.1","p${page}"],"padding":"`
        const chunk = 'x'.repeat(64 * 1024)
        for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk
        yield '"}'
      }
    }
  }
}

describe('tag listing', () => {
  it('stays under 100 MiB on an endless chain of pages, and says the listing was cut', async () => {
    // Pages just under the 1 MiB page bound, each linking to one more.
    const registry = await hostile(endlessTagPages(900 * 1024))
    const run = await runAction(chart(registry.url, '0.0.2'), { env: PEAK_RSS_ENV })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('Chart nginx version 0.0.2 is not in')
    expect(errorMessage(run)).toMatch(
      /Nearest versions that exist: 0\.0\.1\. The listing was cut short \(it stopped after \d{7} bytes\); this is from the 18 tags read\./
    )
    expect(run.stdout).toContain('::warning::The versions of charts/nginx were not all listed')
    // 9 pages cross 8 MiB; no tenth page is asked for.
    expect(tagRequests(registry)).toBe(9)
    // 60 to 75 MiB alone, 111 MiB once in CI with the whole suite loading both cores: the collector
    // runs late. The bound catches pages held or parsed whole without end, not the collector's pace.
    expect(peakRssMiB(run.stderr)).toBeLessThan(160)
  }, 60_000)

  it('gives a clean verdict for one page of 400,000 tags, on the action and the command line', async () => {
    // Short tags, as an attacker packs them: 2.8 MB, over the page bound of 1 MiB.
    const tags = Array.from({ length: 400_000 }, (_, index) => index.toString(36))
    const page = Buffer.from(JSON.stringify({ name: 'charts/nginx', tags }))
    const registry = await hostile(request =>
      isManifest(request.url)
        ? { status: 404, body: MANIFEST_UNKNOWN }
        : isTagList(request.url)
          ? { status: 200, headers: { 'content-type': 'application/json' }, body: page }
          : 'forward'
    )
    const run = await runAction(chart(registry.url, '1.5.5'), { env: PEAK_RSS_ENV })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('Chart nginx version 1.5.5 is not in')
    expect(errorMessage(run)).toContain('The versions could not be listed')
    expect(errorMessage(run)).toContain('the response is larger than 1048576 bytes')
    expect(run.log).not.toContain('Unexpected error')
    // 60 to 73 MiB alone; 121 MiB twice with the whole suite loading both cores (the collector runs
    // later). Unbounded, the 2.8 MB page would be held and parsed whole.
    expect(peakRssMiB(run.stderr)).toBeLessThan(160)

    const cli = await runCliProgram([
      '--endpoint',
      registry.url,
      '--base-content-path',
      'charts',
      '--chart',
      'nginx',
      '--version',
      '1.5.5'
    ])
    expect(cli.exitCode).toBe(1)
    expect(cli.stderr).toContain('invalid: Chart nginx version 1.5.5 is not in')
    expect(cli.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)

  it('names the nearest versions from a page of more tags than it keeps', async () => {
    const tags = Array.from({ length: 120_000 }, (_, index) => index.toString(36))
    tags.splice(10, 0, '1.5.4', '1.5.6', '2.0.0')
    const registry = await hostile(request =>
      isManifest(request.url)
        ? { status: 404, body: MANIFEST_UNKNOWN }
        : isTagList(request.url)
          ? { status: 200, body: JSON.stringify({ name: 'charts/nginx', tags }) }
          : 'forward'
    )
    const run = await runAction(chart(registry.url, '1.5.5'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'Nearest versions that exist: 2.0.0, 1.5.6, 1.5.4. The listing was cut short (it stopped at 100000 tags)'
    )
  }, 60_000)

  it('reads a page whose Link points back at itself once', async () => {
    const registry = await hostile(request =>
      isManifest(request.url)
        ? { status: 404, body: MANIFEST_UNKNOWN }
        : isTagList(request.url)
          ? {
              status: 200,
              headers: { 'content-type': 'application/json', link: '<>; rel="next"' },
              body: '{"tags":["15.4.1"]}'
            }
          : 'forward'
    )
    const run = await runAction(chart(registry.url))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('Nearest versions that exist: 15.4.1.')
    expect(tagRequests(registry)).toBe(1)
  }, 30_000)
})

describe('manifest Content-Type', () => {
  const serveManifestAs =
    (contentType: string | undefined): HostileScript =>
    request =>
      isManifest(request.url)
        ? {
            status: 200,
            headers: Object.fromEntries(
              contentType === undefined ? [] : [['content-type', contentType]]
            ),
            body: nginxManifest
          }
        : 'forward'

  // The gate and the real Helm 4 agree on every one: what Helm pulls is valid, the rest is not.
  it.each([
    [OCI_MANIFEST, true],
    [`${OCI_MANIFEST}; charset=utf-8`, true],
    ['application/vnd.docker.distribution.manifest.v2+json', false],
    ['application/json', false],
    ['text/html', false],
    ['application/octet-stream', false],
    [undefined, false]
  ])(
    'served as %s: valid is %s, as for helm pull',
    async (contentType, valid) => {
      const registry = await hostile(serveManifestAs(contentType))
      const [run, helm] = await Promise.all([
        runAction(chart(registry.url)),
        runHelm([
          'pull',
          `oci://${registry.host}/charts/nginx`,
          '--version',
          '15.4.2',
          '--plain-http'
        ])
      ])
      expect({ gate: run.exitCode === 0, helm: helm.exitCode === 0 }).toEqual({
        gate: valid,
        helm: valid
      })
      if (!valid) {
        expect(run.exitCode).toBe(1)
        expect(errorMessage(run)).toContain(
          `cannot be pulled by Helm: the registry serves its manifest ${contentType === undefined ? 'without a Content-Type' : `as ${contentType}`}`
        )
      }
    },
    60_000
  )

  it('shows a schemaVersion that is not a number as JSON', async () => {
    const registry = await hostile(request =>
      isManifest(request.url)
        ? {
            status: 200,
            headers: { 'content-type': OCI_MANIFEST },
            body: '{"schemaVersion":{"major":2}}'
          }
        : 'forward'
    )
    const run = await runAction(chart(registry.url))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'the manifest has schemaVersion {"major":2}; Helm charts use 2'
    )
  }, 30_000)
})

describe('endpoints', () => {
  // Every request the action could make goes to the recording proxy: a malformed endpoint must
  // leave it untouched, so no DNS lookup or connection was ever attempted.
  const throughRecorder = (registry: HostileRegistry) => ({
    env: { HTTPS_PROXY: registry.url, HTTP_PROXY: registry.url, NO_PROXY: '' }
  })

  it('would see a request for a well-formed endpoint (the control case)', async () => {
    const recorder = await hostile(() => ({ status: 500 }))
    const run = await runAction(chart('registry.example.com'), throughRecorder(recorder))
    expect(run.exitCode).toBe(1)
    expect(recorder.requests.map(request => request.url)).toContain('registry.example.com:443')
  }, 30_000)

  it.each([
    ['..', 'has an empty label'],
    ['-', 'is not a label'],
    ['%2e%2e', "holds '%'"],
    ['../..', 'has an empty label'],
    ['//x', 'has no host name'],
    ['http://', 'has no host name'],
    ['ngin\u200bx.example.com', 'holds the character U+200B at position 5'],
    ['a/../b', 'has a path']
  ])(
    'refuses %j before any request',
    async (endpoint, message) => {
      const recorder = await hostile(() => ({ status: 500 }))
      const run = await runAction(chart(endpoint), throughRecorder(recorder))
      expect(run.exitCode).toBe(1)
      expect(errorMessage(run)).toMatch(/^Configuration error: endpoint: /)
      expect(errorMessage(run)).toContain(message)
      expect(recorder.requests).toEqual([])
    },
    30_000
  )

  it('names base-content-path when it makes the repository path too long', async () => {
    const recorder = await hostile(() => ({ status: 500 }))
    const run = await runAction(
      { ...chart('registry.example.com'), 'base-content-path': 'a'.repeat(10 * 1024) },
      throughRecorder(recorder)
    )
    expect(errorMessage(run)).toMatch(
      /^Configuration error: base-content-path: makes the repository path 10246 characters long/
    )
    expect(recorder.requests).toEqual([])
  }, 30_000)
})

describe('transport', () => {
  it('refuses a redirect from https to plain http, and never follows it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'palette-hostile-tls-'))
    scratch.push(dir)
    const ca = await createTestCa(dir)
    const plain = await hostile(() => ({ status: 200, body: nginxManifest }))
    const secure = await hostile(
      request =>
        isManifest(request.url)
          ? { status: 302, headers: { location: `${plain.url}${request.url}` } }
          : { status: 200, body: '{}' },
      ca
    )
    const run = await runAction({
      ...chart(secure.url),
      'ca-certificate': await readFile(ca.caFile, 'utf8')
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      `Insecure transport refused: ${secure.url}/v2/charts/nginx/manifests/15.4.2 redirected to plain http: ${plain.url}/v2/charts/nginx/manifests/15.4.2`
    )
    expect(plain.requests).toEqual([])
  }, 30_000)

  it('ends a stalled registry at the run deadline, not after every retry has timed out', async () => {
    const registry = await hostile(() => 'stall')
    const started = Date.now()
    const run = await runAction({ ...chart(registry.url), 'timeout-seconds': '2' })
    const seconds = (Date.now() - started) / 1000
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      `Timed out: The run's deadline of 4 s passed while waiting for GET ${registry.url}/v2/charts/nginx/manifests/15.4.2`
    )
    expect(errorMessage(run)).toContain('raise deadline-seconds')
    // One attempt timed out after 2 s, its retry was cut at the deadline: 4 attempts would take 8 s.
    expect(registry.requests).toHaveLength(2)
    expect(seconds).toBeLessThan(7)
  }, 30_000)

  it('reports a region that had no answer by the deadline as timed out, beside the ones that did', async () => {
    // Both regions' hosts reach the recorder through HTTP_PROXY; it stalls eu-west-1 only.
    const registry = await hostile(request =>
      request.headers.host?.startsWith('eu-west-1.') === true ? 'stall' : 'forward'
    )
    const run = await runAction(
      {
        ...chart('http://{{.spectro.system.aws.region}}.registry.example'),
        region: 'us-east-1,eu-west-1',
        'deadline-seconds': '2'
      },
      { env: { HTTP_PROXY: registry.url, NO_PROXY: '' } }
    )
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      "The chart is not valid in 1 of 2 regions (valid in us-east-1):\neu-west-1: Timed out: The run's deadline of 2 s passed while waiting for GET http://eu-west-1.registry.example/v2/charts/nginx/manifests/15.4.2"
    )
    expect(JSON.parse(run.outputs['region-results'] ?? '[]')).toMatchObject([
      { region: 'us-east-1', present: true, digest: real.digests.get('charts/nginx:15.4.2') },
      { region: 'eu-west-1', present: false }
    ])
    expect(run.summary).toContain('Timed out')
  }, 30_000)

  it('takes deadline-seconds over the default of twice timeout-seconds', async () => {
    const registry = await hostile(() => 'stall')
    const cli = await runCliProgram([
      ...Object.entries({ ...chart(registry.url), 'deadline-seconds': '1' }).flatMap(
        ([name, value]) => [`--${name}`, value]
      )
    ])
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toContain("Timed out:\nThe run's deadline of 1 s passed")
    expect(registry.requests).toHaveLength(1)
  }, 30_000)
})
