// The registry client against loopback registries that refuse the credentials (Basic, and a token
// service): the credentials reach them once, however many repositories are read at the same time.
// A token service that accepts them but not several scopes at once still gets one scope at a time.
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AuthenticationError } from '../../src/errors.js'
import { parseEndpoint } from '../../src/palette/endpoint.js'
import { RegistryAuthenticator } from '../../src/registry/auth.js'
import { RegistryClient } from '../../src/registry/client.js'
import { CredentialTrials } from '../../src/registry/credential-trial.js'
import { HttpTransport } from '../../src/registry/http.js'
import { listenOnLoopback } from '../harness/loopback.js'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const user = { username: 'ci', password: 'right-Secret' }
const basic = (password: string) =>
  `Basic ${Buffer.from(`${user.username}:${password}`).toString('base64')}`
const repositories = ['charts/a', 'charts/b', 'charts/c', 'charts/d']

interface FakeRegistry {
  /** Every request that carried the user's Basic credentials, right or wrong (token requests too). */
  credentialSends: string[]
  /** The scopes of each token request. */
  tokenRequests: string[][]
  requests: number
  client(password: string, trials?: CredentialTrials): RegistryClient
}

/**
 * `basic`: an htpasswd-like registry. `token`: a registry whose token service grants the scopes
 * asked for to the right password; `several: 403` makes it refuse several scopes at once.
 */
async function fakeRegistry(mode: 'basic' | 'token', several = 200): Promise<FakeRegistry> {
  const fake = { credentialSends: [] as string[], tokenRequests: [] as string[][], requests: 0 }
  const server = http.createServer((request, response) => {
    fake.requests++
    const url = new URL(request.url ?? '/', 'http://x')
    const authorization = request.headers.authorization ?? ''
    if (authorization.startsWith('Basic ')) fake.credentialSends.push(url.pathname)
    if (url.pathname === '/token') {
      const scopes = url.searchParams.getAll('scope')
      fake.tokenRequests.push(scopes)
      if (authorization !== basic(user.password)) response.writeHead(401).end()
      else if (scopes.length > 1 && several !== 200) response.writeHead(several).end()
      else response.writeHead(200).end(JSON.stringify({ token: scopes.join(',') }))
      return
    }
    const repository = /^\/v2\/(.+)\/manifests\//.exec(url.pathname)?.[1] ?? ''
    const scope = `repository:${repository}:pull`
    const allowed =
      mode === 'basic'
        ? authorization === basic(user.password)
        : authorization.split(/[ ,]/).includes(scope)
    if (!allowed) {
      const challenge =
        mode === 'basic'
          ? 'Basic realm="registry"'
          : `Bearer realm="${origin}/token",service="r",scope="${scope}"`
      response.writeHead(401, { 'www-authenticate': challenge }).end()
      return
    }
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
  const { endpoint } = parsed
  const client = (password: string, trials?: CredentialTrials) => {
    const authenticator = new RegistryAuthenticator(
      { type: 'basic', username: user.username, password },
      transport,
      () => undefined,
      endpoint.authority,
      undefined,
      trials
    )
    authenticator.expect(repositories)
    return new RegistryClient(endpoint, transport, authenticator)
  }
  return Object.assign(fake, { client })
}

/** Reads every repository at once, as a run with concurrency > 1 does. */
const readAll = (client: RegistryClient) =>
  Promise.allSettled(repositories.map(repository => client.fetchManifest(repository, '1.0.0')))

const refusedMessage =
  /^127\.0\.0\.1:\d+ rejected the credentials of user "ci" \(401\); they are not sent to it again in this run$/

function expectAllRefused(outcomes: PromiseSettledResult<unknown>[]): void {
  for (const outcome of outcomes) {
    expect(outcome.status).toBe('rejected')
    if (outcome.status !== 'rejected') continue
    expect(outcome.reason).toBeInstanceOf(AuthenticationError)
    expect(outcome.reason).toMatchObject({
      message: expect.stringMatching(refusedMessage),
      hint: expect.stringContaining('Check the username and the password')
    })
  }
}

describe('credentials a registry refuses', () => {
  it('reach a Basic registry once, for reads that start together, and never again', async () => {
    const registry = await fakeRegistry('basic')
    const client = registry.client('wrong-Secret')
    const first = await readAll(client)
    expect(registry.credentialSends).toHaveLength(1)
    const before = registry.requests
    const again = await readAll(client)
    // Once refused, nothing more is sent to the registry on behalf of these credentials.
    expect({
      requests: registry.requests - before,
      sends: registry.credentialSends.length
    }).toEqual({ requests: 0, sends: 1 })
    expectAllRefused([...first, ...again])
  })

  it('reach a token service once: a 401 to several scopes is no reason to ask per scope', async () => {
    const registry = await fakeRegistry('token')
    const client = registry.client('wrong-Secret')
    const outcomes = [...(await readAll(client)), ...(await readAll(client))]
    expect(registry.tokenRequests).toEqual([
      repositories.map(repository => `repository:${repository}:pull`)
    ])
    expect(registry.credentialSends).toEqual(['/token'])
    expectAllRefused(outcomes)
  })

  it('reach a host once for registries of the run that share it and the credentials', async () => {
    const registry = await fakeRegistry('basic')
    const trials = new CredentialTrials()
    const first = registry.client('wrong-Secret', trials)
    const second = registry.client('wrong-Secret', trials)
    const outcomes = [...(await readAll(first)), ...(await readAll(second))]
    expect(registry.credentialSends).toHaveLength(1)
    expectAllRefused(outcomes)
  })
})

describe('credentials a registry accepts', () => {
  it('go with every request to a Basic registry, reads that start together included', async () => {
    const registry = await fakeRegistry('basic')
    const outcomes = await readAll(registry.client(user.password))
    expect(outcomes.map(outcome => outcome.status)).toEqual(Array(4).fill('fulfilled'))
    expect(registry.credentialSends).toHaveLength(repositories.length)
  })

  it.each([400, 403])(
    'fall back to one scope per token request when the service answers %i to several',
    async status => {
      const registry = await fakeRegistry('token', status)
      const client = registry.client(user.password)
      for (const repository of repositories) await client.fetchManifest(repository, '1.0.0')
      expect(registry.tokenRequests).toEqual([
        repositories.map(repository => `repository:${repository}:pull`),
        ...repositories.map(repository => [`repository:${repository}:pull`])
      ])
    }
  )
})
