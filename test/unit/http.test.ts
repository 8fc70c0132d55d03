// The transport against real loopback servers: retries, redirects, limits, clear-text refusal.
import { afterEach, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { Deadline } from '../../src/deadline.js'
import { DeadlineError, InsecureTransportError, RegistryError } from '../../src/errors.js'
import { HttpTransport } from '../../src/registry/http.js'
import { proxySettingsFromEnv } from '../../src/registry/proxy.js'
import { listenOnLoopback } from '../harness/loopback.js'

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void
const servers: http.Server[] = []
const transports: HttpTransport[] = []

async function serve(handler: Handler): Promise<{ origin: string; seen: http.IncomingMessage[] }> {
  const seen: http.IncomingMessage[] = []
  const server = http.createServer((request, response) => {
    seen.push(request)
    handler(request, response)
  })
  servers.push(server)
  await listenOnLoopback(server)
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

function transport(timeoutMs = 2000): HttpTransport {
  const created = new HttpTransport({
    timeoutMs,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 50 }
  })
  transports.push(created)
  return created
}

afterEach(async () => {
  for (const created of transports.splice(0)) created.close()
  await Promise.all(servers.splice(0).map(server => new Promise(resolve => server.close(resolve))))
})

describe('HttpTransport', () => {
  it('retries 503 and 429 a bounded number of times, then succeeds', async () => {
    const statuses = [503, 429, 200]
    const server = await serve((_request, response) => {
      response.writeHead(statuses.shift() ?? 500, { 'retry-after': '0' }).end('ok')
    })
    const response = await transport().send({ method: 'GET', url: new URL('/v2/', server.origin) })
    expect(response.status).toBe(200)
    expect(server.seen).toHaveLength(3)
  })

  it('gives up after the last attempt and returns the last status', async () => {
    const server = await serve((_request, response) => response.writeHead(502).end())
    const response = await transport().send({ method: 'GET', url: new URL('/v2/', server.origin) })
    expect(response.status).toBe(502)
    expect(server.seen).toHaveLength(3)
  })

  it.each([401, 403, 404])('does not retry %i', async status => {
    const server = await serve((_request, response) => response.writeHead(status).end())
    expect(
      (await transport().send({ method: 'GET', url: new URL('/', server.origin) })).status
    ).toBe(status)
    expect(server.seen).toHaveLength(1)
  })

  it('retries a connection reset', async () => {
    let first = true
    const server = await serve((request, response) => {
      if (first) {
        first = false
        request.socket.destroy()
        return
      }
      response.end('ok')
    })
    const response = await transport().send({ method: 'GET', url: new URL('/', server.origin) })
    expect(response.body.toString()).toBe('ok')
    expect(server.seen).toHaveLength(2)
  })

  it('keeps Authorization on a same-origin redirect and drops it on a cross-origin one', async () => {
    const blobStore = await serve((_request, response) => response.end('blob'))
    const registry = await serve((request, response) => {
      if (request.url === '/first') response.writeHead(307, { location: '/second' }).end()
      else
        response
          .writeHead(302, { location: `${blobStore.origin}/presigned?X-Amz-Signature=abc` })
          .end()
    })
    const response = await transport().send({
      method: 'GET',
      url: new URL('/first', registry.origin),
      headers: { Authorization: 'Bearer secret-token' }
    })
    expect(response.body.toString()).toBe('blob')
    expect(response.url.origin).toBe(blobStore.origin)
    expect(registry.seen.map(request => request.headers.authorization)).toEqual([
      'Bearer secret-token',
      'Bearer secret-token'
    ])
    expect(blobStore.seen[0]?.headers.authorization).toBeUndefined()
  })

  it.each(['ftp://files.example.com/x', 'http://[zz'])(
    'refuses a redirect to %s with a typed error',
    async location => {
      const server = await serve((_request, response) =>
        response.writeHead(302, { location }).end()
      )
      await expect(
        transport().send({ method: 'GET', url: new URL('/', server.origin) })
      ).rejects.toThrow(/redirected to an unusable location/)
    }
  )

  it('stops a redirect loop', async () => {
    const server = await serve((_request, response) =>
      response.writeHead(302, { location: '/again' }).end()
    )
    await expect(
      transport().send({ method: 'GET', url: new URL('/', server.origin) })
    ).rejects.toThrow(/Too many redirects/)
  })

  it('refuses to send credentials over plain HTTP to a non-loopback host, before connecting', async () => {
    const sending = transport().send({
      method: 'GET',
      url: new URL('http://registry.example.com/v2/'),
      headers: { authorization: 'Basic eDp5' }
    })
    await expect(sending).rejects.toBeInstanceOf(InsecureTransportError)
  })

  it('lets a token handed to an anonymous client cross plain HTTP, but never credentials', async () => {
    // 0.0.0.0 reaches this machine's 127.0.0.1 server, yet is not one of the loopback names.
    const server = await serve((request, response) => response.end(request.headers.authorization))
    const url = new URL(server.origin.replace('127.0.0.1', '0.0.0.0'))
    const headers = { authorization: 'Bearer anonymous-token' }
    const anonymous = await transport().send({
      method: 'GET',
      url,
      headers,
      carriesCredentials: false
    })
    expect(anonymous.body.toString()).toBe('Bearer anonymous-token')
    await expect(transport().send({ method: 'GET', url, headers })).rejects.toBeInstanceOf(
      InsecureTransportError
    )
    expect(server.seen).toHaveLength(1)
  })

  it('times out a silent server with a typed error', async () => {
    const server = await serve(() => undefined)
    const sending = transport(100).send({ method: 'GET', url: new URL('/', server.origin) })
    await expect(sending).rejects.toBeInstanceOf(RegistryError)
    await expect(sending).rejects.toThrow(/did not answer in time/)
  })

  it('ends a silent server at the run deadline, well before timeout and retries', async () => {
    const server = await serve(() => undefined)
    const created = new HttpTransport({
      timeoutMs: 10_000,
      deadline: new Deadline(200),
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 }
    })
    transports.push(created)
    const sending = created.send({ method: 'GET', url: new URL('/v2/', server.origin) })
    await expect(sending).rejects.toBeInstanceOf(DeadlineError)
    await expect(sending).rejects.toThrow(
      `The run's deadline of 0.2 s passed while waiting for GET ${server.origin}/v2/`
    )
    expect(server.seen).toHaveLength(1)
  })

  it('ends the wait for a silent HTTPS proxy at the run deadline', async () => {
    const held = new Set<net.Socket>()
    const silentProxy = net.createServer(socket => void held.add(socket))
    await listenOnLoopback(silentProxy)
    const proxyUrl = `http://127.0.0.1:${(silentProxy.address() as AddressInfo).port}`
    const created = new HttpTransport({
      timeoutMs: 10_000,
      deadline: new Deadline(300),
      proxy: proxySettingsFromEnv({ HTTPS_PROXY: proxyUrl }),
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 }
    })
    transports.push(created)
    try {
      await expect(
        created.send({ method: 'GET', url: new URL('https://registry.example.com/v2/') })
      ).rejects.toThrow("The run's deadline of 0.3 s passed while waiting for GET")
    } finally {
      await new Promise(resolve => {
        silentProxy.close(resolve)
        for (const socket of held) socket.destroy()
      })
    }
  })

  it('waits the whole Retry-After when the deadline allows it, past the backoff cap', async () => {
    const arrivals: number[] = []
    const server = await serve((_request, response) => {
      arrivals.push(Date.now())
      response.writeHead(arrivals.length === 1 ? 429 : 200, { 'retry-after': '1' }).end()
    })
    const created = new HttpTransport({
      timeoutMs: 5_000,
      deadline: new Deadline(10_000),
      retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 50 }
    })
    transports.push(created)
    const response = await created.send({ method: 'GET', url: new URL('/', server.origin) })
    expect(response.status).toBe(200)
    expect((arrivals[1] ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(990)
  })

  it('holds back every request to a registry that throttled, not only the one it refused', async () => {
    const arrivals: { path: string; at: number }[] = []
    const server = await serve((request, response) => {
      arrivals.push({ path: request.url ?? '', at: Date.now() })
      const status = request.url === '/throttled' && arrivals.length === 1 ? 429 : 200
      response.writeHead(status, status === 429 ? { 'retry-after': '1' } : {}).end()
    })
    let throttledSeen: () => void = () => undefined
    const seen = new Promise<void>(resolve => (throttledSeen = resolve))
    const created = new HttpTransport({
      timeoutMs: 5_000,
      deadline: new Deadline(10_000),
      debug: message => {
        if (message.includes('retrying')) throttledSeen()
      }
    })
    transports.push(created)
    const throttled = created.send({ method: 'GET', url: new URL('/throttled', server.origin) })
    // Sent once the 429 is in: it waits out the same pause.
    await seen
    const other = await created.send({ method: 'GET', url: new URL('/other', server.origin) })
    expect([(await throttled).status, other.status]).toEqual([200, 200])
    const first = arrivals[0]?.at ?? 0
    expect(arrivals.slice(1).every(arrival => arrival.at - first >= 990)).toBe(true)
  })

  it('keeps the last answer when a retry could not finish before the deadline', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(503, { 'retry-after': '5' }).end()
    })
    const created = new HttpTransport({
      timeoutMs: 10_000,
      deadline: new Deadline(2_000),
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 10_000 }
    })
    transports.push(created)
    const response = await created.send({ method: 'GET', url: new URL('/', server.origin) })
    expect(response.status).toBe(503)
    expect(server.seen).toHaveLength(1)
  })

  it('sends nothing once the deadline has passed', async () => {
    const server = await serve((_request, response) => response.end())
    const created = new HttpTransport({ timeoutMs: 1000, deadline: new Deadline(0) })
    transports.push(created)
    await expect(
      created.send({ method: 'GET', url: new URL('/', server.origin) })
    ).rejects.toBeInstanceOf(DeadlineError)
    expect(server.seen).toHaveLength(0)
  })

  it('refuses a body over the limit', async () => {
    const server = await serve((_request, response) => response.end(Buffer.alloc(4096)))
    await expect(
      transport().send({ method: 'GET', url: new URL('/', server.origin), maxBodyBytes: 1024 })
    ).rejects.toThrow(/larger than 1024 bytes/)
  })

  it('explains a refused connection', async () => {
    const server = await serve(() => undefined)
    const origin = server.origin
    await new Promise(resolve => servers.splice(0)[0]?.close(resolve))
    await expect(transport().send({ method: 'GET', url: new URL('/', origin) })).rejects.toThrow(
      /Cannot reach .*ECONNREFUSED/
    )
  })
})
