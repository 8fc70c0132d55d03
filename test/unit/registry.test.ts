// The registry client against a scripted loopback registry: paging, digests, HEAD-less registries,
// permission errors. The real registry is exercised in test/e2e.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseEndpoint, type Endpoint } from '../../src/palette/endpoint.js'
import { PermissionError, RegistryError } from '../../src/errors.js'
import { RegistryAuthenticator } from '../../src/registry/auth.js'
import { HttpTransport } from '../../src/registry/http.js'
import { RegistryClient } from '../../src/registry/client.js'
import { listenOnLoopback } from '../harness/loopback.js'

type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void
const cleanups: Array<() => Promise<void> | void> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function fakeRegistry(
  route: Route
): Promise<{ client: RegistryClient; seen: string[]; origin: string }> {
  const seen: string[] = []
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`)
    route(request, response)
  })
  await listenOnLoopback(server)
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const transport = new HttpTransport({
    timeoutMs: 2000,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 }
  })
  cleanups.push(
    () => new Promise<void>(resolve => server.close(() => resolve())),
    () => transport.close()
  )
  const parsed = parseEndpoint(origin)
  const endpoint: Endpoint | undefined = parsed.ok ? parsed.endpoint : undefined
  if (endpoint === undefined) throw new Error('bad endpoint')
  const authenticator = new RegistryAuthenticator(
    { type: 'anonymous' },
    transport,
    () => undefined,
    endpoint.authority
  )
  return { client: new RegistryClient(endpoint, transport, authenticator), seen, origin }
}

const manifest = Buffer.from('{"schemaVersion":2}')
const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

describe('RegistryClient', () => {
  it('reads manifests with GET only and computes the digest when the registry sends none', async () => {
    const registry = await fakeRegistry((request, response) => {
      if (request.method === 'HEAD') response.writeHead(404).end()
      else
        response
          .writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
          .end(manifest)
    })
    const lookup = await registry.client.fetchManifest('charts/nginx', '1.0.0')
    expect(lookup).toEqual({
      found: true,
      bytes: manifest,
      contentType: 'application/vnd.oci.image.manifest.v1+json',
      digest: sha256(manifest)
    })
    expect(registry.seen).toEqual(['GET /v2/charts/nginx/manifests/1.0.0'])
  })

  it('refuses a manifest whose bytes do not match the reported digest', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response.writeHead(200, { 'docker-content-digest': `sha256:${'0'.repeat(64)}` }).end(manifest)
    })
    await expect(registry.client.fetchManifest('charts/nginx', '1.0.0')).rejects.toThrow(
      /says sha256:0+ but the bytes received hash to sha256:/
    )
  })

  it('verifies a sha512 digest with sha512', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response
        .writeHead(200, {
          'docker-content-digest': `sha512:${createHash('sha512').update(manifest).digest('hex')}`
        })
        .end(manifest)
    })
    const lookup = await registry.client.fetchManifest('charts/nginx', '1.0.0')
    expect(lookup.found && lookup.digest).toBe(sha256(manifest))
  })

  it('tells a missing manifest by its registry error code', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}')
    })
    expect(await registry.client.fetchManifest('charts/nginx', '9.9.9')).toEqual({
      found: false,
      errorCode: 'MANIFEST_UNKNOWN'
    })
  })

  it('follows every page of the tag list through relative Link headers', async () => {
    const registry = await fakeRegistry((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x')
      const last = url.searchParams.get('last')
      if (last === null)
        response
          .writeHead(200, {
            link: '</v2/charts/nginx/tags/list?last=b&n=2&token=opaque%2F>; rel="next"'
          })
          .end('{"tags":["a","b"]}')
      else if (last === 'b')
        response
          .writeHead(200, { link: '</v2/charts/nginx/tags/list?last=d&n=2>; rel="next"' })
          .end('{"tags":["c","d"]}')
      else response.writeHead(200).end('{"tags":["e"]}')
    })
    expect(await registry.client.listTags('charts/nginx')).toEqual({
      tags: ['a', 'b', 'c', 'd', 'e']
    })
    expect(registry.seen[1]).toBe('GET /v2/charts/nginx/tags/list?last=b&n=2&token=opaque%2F')
  })

  it('reads a page that links back to itself once, and says the list may be incomplete', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response.writeHead(200, { link: '<>; rel="next"' }).end('{"tags":["a"]}')
    })
    expect(await registry.client.listTags('charts/nginx')).toEqual({
      tags: ['a'],
      incomplete: 'page 1 links back to a page already read'
    })
    expect(registry.seen).toHaveLength(1)
  })

  it('stops after 200 pages of an endless chain', async () => {
    const registry = await fakeRegistry((request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '0')
      response
        .writeHead(200, { link: `<?page=${page + 1}>; rel="next"` })
        .end(`{"tags":["t${page}"]}`)
    })
    const list = await registry.client.listTags('charts/nginx')
    expect(list?.tags).toHaveLength(200)
    expect(list?.incomplete).toBe('it stopped after 200 pages')
    expect(registry.seen).toHaveLength(200)
  })

  it('stops once 8 MiB were read, but calls a list complete when its last page crosses that', async () => {
    const padding = 'x'.repeat(900 * 1024)
    const endless = await fakeRegistry((request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '0')
      response
        .writeHead(200, { link: `<?page=${page + 1}>; rel="next"` })
        .end(JSON.stringify({ tags: [`t${page}`], padding }))
    })
    const list = await endless.client.listTags('charts/nginx')
    expect(list?.tags).toHaveLength(10)
    expect(list?.incomplete).toMatch(/^it stopped after 92\d{5} bytes$/)
    expect(endless.seen).toHaveLength(10)

    const finite = await fakeRegistry((request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '0')
      response
        .writeHead(200, page < 9 ? { link: `<?page=${page + 1}>; rel="next"` } : {})
        .end(JSON.stringify({ tags: [`t${page}`], padding }))
    })
    expect(await finite.client.listTags('charts/nginx')).toEqual({
      tags: Array.from({ length: 10 }, (_, page) => `t${page}`)
    })
  })

  it('keeps the tags read when a later page fails, and says why the listing stopped', async () => {
    const registry = await fakeRegistry((request, response) => {
      if (request.url?.includes('page=2')) response.writeHead(400).end('nope')
      else response.writeHead(200, { link: '<?page=2>; rel="next"' }).end('{"tags":["1.0.0"]}')
    })
    const list = await registry.client.listTags('charts/nginx')
    expect(list?.tags).toEqual(['1.0.0'])
    expect(list?.incomplete).toMatch(
      /^page 2 failed: Reading the tags of charts\/nginx .* HTTP 400/
    )
  })

  it('stops at 100,000 tags, even when one page holds more', async () => {
    const page = Buffer.from(
      JSON.stringify({ tags: Array.from({ length: 110_000 }, (_, index) => index.toString(36)) })
    )
    const registry = await fakeRegistry((_request, response) => {
      response.writeHead(200, { link: '<?more>; rel="next"' }).end(page)
    })
    const list = await registry.client.listTags('charts/nginx')
    expect(list?.tags).toHaveLength(100_000)
    expect(list?.tags.at(-1)).toBe((99_999).toString(36))
    expect(list?.incomplete).toBe('it stopped at 100000 tags')
    expect(registry.seen).toHaveLength(1)
  })

  it('does not follow a tag page link to another origin', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response
        .writeHead(200, { link: '<http://127.0.0.2:1/v2/x/tags/list?last=a>; rel="next"' })
        .end('{"tags":["a"]}')
    })
    expect(await registry.client.listTags('charts/nginx')).toEqual({ tags: ['a'] })
    expect(registry.seen).toHaveLength(1)
  })

  it('returns undefined for the tags of a repository that does not exist', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response
        .writeHead(404)
        .end(
          '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}'
        )
    })
    expect(await registry.client.listTags('charts/none')).toBeUndefined()
  })

  it('turns 403 DENIED into a permission error carrying the registry message', async () => {
    const registry = await fakeRegistry((_request, response) => {
      response
        .writeHead(403)
        .end(
          '{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]}'
        )
    })
    const lookup = registry.client.fetchManifest('charts/nginx', '1.0.0')
    await expect(lookup).rejects.toBeInstanceOf(PermissionError)
    await expect(lookup).rejects.toThrow(
      'denied pulling charts/nginx (403: DENIED: requested access to the resource is denied)'
    )
  })

  it('returns undefined for a blob the registry does not have', async () => {
    const registry = await fakeRegistry((_request, response) =>
      response.writeHead(404).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}')
    )
    expect(
      await registry.client.fetchBlob('charts/nginx', { digest: sha256(manifest), size: 1 }, 1024)
    ).toBeUndefined()
  })

  it('refuses a blob whose bytes do not match its digest, and one larger than the limit', async () => {
    const registry = await fakeRegistry((_request, response) =>
      response.writeHead(200).end('tampered')
    )
    const blob = { digest: sha256(Buffer.from('original')), size: 8 }
    await expect(registry.client.fetchBlob('charts/nginx', blob, 1024)).rejects.toBeInstanceOf(
      RegistryError
    )
    await expect(
      registry.client.fetchBlob('charts/nginx', { ...blob, size: 4096 }, 1024)
    ).rejects.toThrow(/is 4096 bytes; the gate reads at most 1024/)
  })

  it('reports a failing registry after its retries with the status', async () => {
    const registry = await fakeRegistry((_request, response) =>
      response.writeHead(503).end('{"errors":[{"code":"UNAVAILABLE","message":"down"}]}')
    )
    await expect(registry.client.fetchManifest('charts/nginx', '1.0.0')).rejects.toThrow(
      /failed with HTTP 503: UNAVAILABLE: down/
    )
    expect(registry.seen).toHaveLength(2)
  })
})

describe('tokens for several repositories', () => {
  /** A registry whose token service grants exactly the scopes asked for, or refuses several. */
  async function bearerRegistry(
    service: 'grants' | 'refuses-several' | 'grants-first-only',
    /** Its 401 to a request without a token is held until another repository is read with one. */
    heldRepository?: string
  ) {
    const tokenRequests: string[][] = []
    const held: (() => void)[] = []
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x')
      if (url.pathname === '/token') {
        const scopes = url.searchParams.getAll('scope')
        tokenRequests.push(scopes)
        if (service === 'refuses-several' && scopes.length > 1)
          response.writeHead(400).end('{"errors":[]}')
        else
          response.writeHead(200).end(
            JSON.stringify({
              token: (service === 'grants-first-only' ? scopes.slice(0, 1) : scopes).join(',')
            })
          )
        return
      }
      const repository = /^\/v2\/(.+)\/manifests\//.exec(url.pathname)?.[1] ?? ''
      const scope = `repository:${repository}:pull`
      if (!(request.headers.authorization ?? '').split(/[ ,]/).includes(scope)) {
        const challenge = () =>
          response
            .writeHead(401, {
              'www-authenticate': `Bearer realm="${origin}/token",service="r",scope="${scope}"`
            })
            .end()
        if (repository === heldRepository && request.headers.authorization === undefined)
          held.push(challenge)
        else challenge()
        return
      }
      if (repository !== heldRepository) for (const challenge of held.splice(0)) challenge()
      response.writeHead(404).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
    })
    await listenOnLoopback(server)
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const transport = new HttpTransport({ timeoutMs: 2000 })
    cleanups.push(
      () => new Promise<void>(resolve => server.close(() => resolve())),
      () => transport.close()
    )
    const parsed = parseEndpoint(origin)
    if (!parsed.ok) throw new Error('bad endpoint')
    const authenticator = new RegistryAuthenticator(
      { type: 'anonymous' },
      transport,
      () => undefined,
      parsed.endpoint.authority
    )
    authenticator.expect(['charts/a', 'charts/b', 'charts/c'])
    const client = new RegistryClient(parsed.endpoint, transport, authenticator)
    return { client, authenticator, tokenRequests }
  }

  it('sends a request refused before the token came again with it, asking for no other', async () => {
    const { client, authenticator, tokenRequests } = await bearerRegistry('grants', 'charts/e')
    await client.fetchManifest('charts/a', '1.0.0')
    authenticator.expect(['charts/d', 'charts/e'])
    // d meets a 401 and fetches a token for d and e; e's 401, sent before it, comes back after.
    await Promise.all([
      client.fetchManifest('charts/d', '1.0.0'),
      client.fetchManifest('charts/e', '1.0.0')
    ])
    expect(tokenRequests).toEqual([
      ['repository:charts/a:pull', 'repository:charts/b:pull', 'repository:charts/c:pull'],
      ['repository:charts/d:pull', 'repository:charts/e:pull']
    ])
  })

  it('asks again for a repository alone when the token it raced did not cover it', async () => {
    const { client, authenticator, tokenRequests } = await bearerRegistry(
      'grants-first-only',
      'charts/e'
    )
    await client.fetchManifest('charts/a', '1.0.0')
    authenticator.expect(['charts/d', 'charts/e'])
    await Promise.all([
      client.fetchManifest('charts/d', '1.0.0'),
      client.fetchManifest('charts/e', '1.0.0')
    ])
    expect(tokenRequests.slice(1)).toEqual([
      ['repository:charts/d:pull', 'repository:charts/e:pull'],
      ['repository:charts/e:pull']
    ])
  })

  it('asks for every expected repository in one token request', async () => {
    const { client, tokenRequests } = await bearerRegistry('grants')
    for (const name of ['a', 'b', 'c']) await client.fetchManifest(`charts/${name}`, '1.0.0')
    expect(tokenRequests).toEqual([
      ['repository:charts/a:pull', 'repository:charts/b:pull', 'repository:charts/c:pull']
    ])
  })

  it('asks again for a repository alone when a shared token did not cover it', async () => {
    const { client, tokenRequests } = await bearerRegistry('grants-first-only')
    for (const name of ['a', 'b', 'c']) await client.fetchManifest(`charts/${name}`, '1.0.0')
    expect(tokenRequests).toEqual([
      ['repository:charts/a:pull', 'repository:charts/b:pull', 'repository:charts/c:pull'],
      ['repository:charts/b:pull'],
      ['repository:charts/c:pull']
    ])
  })

  it('renews an expired shared token for several repositories again', async () => {
    const { client, tokenRequests } = await bearerRegistry('grants')
    await client.fetchManifest('charts/a', '1.0.0')
    // Past the token's lifetime (60 s when the service names none).
    const now = Date.now()
    const later = jest.spyOn(Date, 'now').mockReturnValue(now + 10 * 60_000)
    try {
      await client.fetchManifest('charts/b', '1.0.0')
      await client.fetchManifest('charts/c', '1.0.0')
    } finally {
      later.mockRestore()
    }
    expect(tokenRequests).toEqual([
      ['repository:charts/a:pull', 'repository:charts/b:pull', 'repository:charts/c:pull'],
      ['repository:charts/b:pull', 'repository:charts/a:pull', 'repository:charts/c:pull']
    ])
  })

  it('falls back to one repository per request when the token service refuses several', async () => {
    const { client, tokenRequests } = await bearerRegistry('refuses-several')
    for (const name of ['a', 'b', 'c']) await client.fetchManifest(`charts/${name}`, '1.0.0')
    expect(tokenRequests).toEqual([
      ['repository:charts/a:pull', 'repository:charts/b:pull', 'repository:charts/c:pull'],
      ['repository:charts/a:pull'],
      ['repository:charts/b:pull'],
      ['repository:charts/c:pull']
    ])
  })
})
