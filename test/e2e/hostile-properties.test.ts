// Property-based: whatever a registry answers (random manifests, challenges, redirects, tag pages,
// alone or mixed with a real registry's answers) and whatever endpoint a user types, the command
// line ends with exit code 0, 1 or 2 and a message: never an exception (bin.ts would print a
// stack trace), never a request for an endpoint it refused. In process, over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  startHostileRegistry,
  type HostileAnswer,
  type HostileRegistry,
  type HostileRequest
} from '../harness/hostile-registry.js'
import { stopAll } from '../harness/registry.js'
import { cli, type CliResult } from '../support/cli.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  docker: 'application/vnd.docker.distribution.manifest.v2+json',
  helmConfig: 'application/vnd.cncf.helm.config.v1+json',
  helmChart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'
}

let real: SampleRegistry
let registry: HostileRegistry
/** The answers the current property run gives, by kind of request; each list is used in turn. */
let script: Record<RequestKind, HostileAnswer[]> = emptyScript()

type RequestKind = 'manifest' | 'blob' | 'tags' | 'token' | 'other'

function emptyScript(): Record<RequestKind, HostileAnswer[]> {
  return { manifest: [], blob: [], tags: [], token: [], other: [] }
}

function kindOf(request: HostileRequest): RequestKind {
  if (request.url.startsWith('/token')) return 'token'
  if (request.url.includes('/manifests/')) return 'manifest'
  if (request.url.includes('/blobs/')) return 'blob'
  if (request.url.includes('/tags/list')) return 'tags'
  return 'other'
}

beforeAll(async () => {
  real = await startSampleRegistry({ mode: 'anonymous' })
  registry = await startHostileRegistry({
    upstream: real.registry.url,
    script: request => {
      const answers = script[kindOf(request)]
      return answers.length > 1 ? (answers.shift() ?? 'forward') : (answers[0] ?? 'forward')
    }
  })
}, 60_000)

afterAll(async () => {
  await registry.stop()
  await stopAll()
})

// Header values Node can send: printable ASCII.
const headerText = fc
  .string({ maxLength: 120 })
  .map(text => text.replace(/[^\x20-\x7e]/g, '').trim())
const digest = fc.oneof(
  fc.constant(`sha256:${'0'.repeat(64)}`),
  fc.stringMatching(/^sha(256|512):[0-9a-f]{0,70}$/),
  headerText
)
const descriptor = fc.record(
  {
    mediaType: fc.oneof(fc.constantFrom(...Object.values(MEDIA)), fc.string({ maxLength: 40 })),
    digest,
    size: fc.oneof(fc.integer(), fc.constantFrom(0, 2 ** 40, -1, 1.5)),
    annotations: fc.dictionary(fc.string({ maxLength: 10 }), fc.anything())
  },
  { requiredKeys: [] }
)
const manifestBody = fc
  .record(
    {
      schemaVersion: fc.oneof(fc.constant(2), fc.anything()),
      mediaType: fc.oneof(fc.constantFrom(...Object.values(MEDIA)), fc.anything()),
      config: fc.oneof(descriptor, fc.anything()),
      layers: fc.oneof(fc.array(descriptor, { maxLength: 4 }), fc.anything()),
      manifests: fc.array(descriptor, { maxLength: 2 }),
      annotations: fc.anything()
    },
    { requiredKeys: [] }
  )
  .map(value => JSON.stringify(value))
const tagPage = fc
  .record(
    {
      name: fc.anything(),
      tags: fc.oneof(
        fc.array(
          fc.oneof(
            fc.constantFrom('15.4.1', '15.4.3', 'latest', '1.0.0_b.1', 'v15.4.2'),
            fc.string({ maxLength: 20 }),
            fc.anything()
          ),
          { maxLength: 30 }
        ),
        fc.anything()
      )
    },
    { requiredKeys: [] }
  )
  .map(value => JSON.stringify(value))
const tokenBody = fc
  .record(
    {
      token: fc.oneof(fc.constant('a-token'), fc.anything()),
      access_token: fc.oneof(fc.constant('b-token'), fc.anything()),
      expires_in: fc.oneof(fc.integer(), fc.anything())
    },
    { requiredKeys: [] }
  )
  .map(value => JSON.stringify(value))
const body = fc.oneof(
  manifestBody,
  tagPage,
  tokenBody,
  fc.json(),
  fc.constant('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}'),
  fc.uint8Array({ maxLength: 300 }).map(bytes => Buffer.from(bytes))
)

function answer(origin: string): fc.Arbitrary<HostileAnswer> {
  const challenge = fc.oneof(
    fc.constantFrom(
      `Bearer realm="${origin}/token",service="registry",scope="repository:charts/nginx:pull"`,
      `Bearer realm="${origin}/token"`,
      'Bearer realm="http://127.0.0.1:1/token"',
      'Bearer realm="ftp://x",error="insufficient_scope"',
      'Basic realm="registry"',
      'Negotiate'
    ),
    headerText
  )
  const link = fc.oneof(
    fc.constantFrom(
      '<>; rel="next"',
      '</v2/charts/nginx/tags/list?last=x>; rel="next"',
      '<?n=1>; rel=next',
      '<http://127.0.0.1:1/v2/x/tags/list>; rel="next"'
    ),
    headerText
  )
  const location = fc.oneof(
    fc.constantFrom(
      '/v2/charts/nginx/manifests/15.4.2',
      `${origin}/v2/charts/nginx/blobs/sha256:${'0'.repeat(64)}`,
      'http://127.0.0.1:1/',
      `https://${origin.slice('http://'.length)}/`,
      'ftp://127.0.0.1/x',
      '//127.0.0.1:1/x'
    ),
    headerText
  )
  const headers = fc.record(
    {
      'content-type': fc.oneof(fc.constantFrom(...Object.values(MEDIA), 'text/html'), headerText),
      'docker-content-digest': digest,
      'www-authenticate': challenge,
      link,
      location
    },
    { requiredKeys: [] }
  )
  const status = fc.constantFrom(
    200,
    200,
    200,
    201,
    204,
    301,
    302,
    307,
    401,
    403,
    404,
    429,
    500,
    503
  )
  const reply = fc.record({ status, headers, body }).map(({ status, headers, body }) => ({
    status,
    // Retried answers say "retry now", so that a run takes milliseconds, not backoff seconds.
    headers: { ...headers, 'retry-after': '0' },
    body
  }))
  return fc.oneof({ arbitrary: reply, weight: 4 }, { arbitrary: fc.constant('forward'), weight: 1 })
}

function expectCleanEnd(result: CliResult): void {
  expect([0, 1, 2]).toContain(result.code)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  if (result.code !== 0) expect(result.stderr.trim()).not.toBe('')
}

describe('whatever a registry answers', () => {
  it('ends with exit code 0, 1 or 2 and a message', async () => {
    const scripts = fc.record({
      manifest: fc.array(answer(registry.url), { minLength: 1, maxLength: 3 }),
      blob: fc.array(answer(registry.url), { minLength: 1, maxLength: 3 }),
      tags: fc.array(answer(registry.url), { minLength: 1, maxLength: 3 }),
      token: fc.array(answer(registry.url), { minLength: 1, maxLength: 2 }),
      other: fc.array(answer(registry.url), { maxLength: 1 })
    })
    const credentials = fc.option(fc.constant(['--username', 'u', '--password', 'p:w']), {
      nil: undefined
    })
    await fc.assert(
      fc.asyncProperty(scripts, credentials, async (generated, login) => {
        script = generated
        const result = await cli([
          '--endpoint',
          registry.url,
          '--base-content-path',
          'charts',
          '--chart',
          'nginx',
          '--version',
          '15.4.2',
          '--timeout-seconds',
          '5',
          '--deadline-seconds',
          '10',
          ...(login ?? [])
        ])
        expectCleanEnd(result)
      }),
      { numRuns: 300 }
    )
  }, 120_000)
})

describe('whatever endpoint and chart a user types', () => {
  it('ends with exit code 0, 1 or 2, and a refused endpoint makes no request', async () => {
    const recorder = await startHostileRegistry({ script: () => ({ status: 500 }) })
    try {
      const fragment = fc.constantFrom(
        'a', 'registry', '-', '.', '..', '/', '%', '2e', ':', '5000', '[', ']', '::1', 'http://',
        'https://', 'oci://', '\u200b', '\u00e9', '0x7f', '127.0.0.1', '@', '?', '#', ' ', '_',
        '{{.spectro.system.aws.region}}', '{{.x}}'
      ) // prettier-ignore
      const endpoint = fc.oneof(
        fc.array(fragment, { maxLength: 8 }).map(parts => parts.join('')),
        fc.string({ maxLength: 30 })
      )
      const word = fc.oneof(
        fc.constantFrom('nginx', '15.4.2', 'charts', ''),
        fc.string({ maxLength: 12 })
      )
      const env = { HTTPS_PROXY: recorder.url, HTTP_PROXY: recorder.url, NO_PROXY: '' }
      await fc.assert(
        fc.asyncProperty(endpoint, word, word, word, async (typed, chart, version, path) => {
          const before = recorder.requests.length
          const result = await cli(
            [
              `--endpoint=${typed}`,
              `--chart=${chart}`,
              `--version=${version}`,
              `--base-content-path=${path}`,
              '--timeout-seconds=5',
              '--deadline-seconds=10'
            ],
            env
          )
          expectCleanEnd(result)
          if (result.stderr.startsWith('Configuration error'))
            expect(recorder.requests.length).toBe(before)
        }),
        { numRuns: 400 }
      )
    } finally {
      await recorder.stop()
    }
  }, 120_000)
})
