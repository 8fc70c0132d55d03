// A registry that answers in bad faith, on 127.0.0.1: each request goes to a script that returns
// an answer (any status, headers and body, streamed page by page), a stall (never answers), or
// 'forward' (passed on to a real registry behind it). It records every request, CONNECT included,
// so a test can prove that a request was never made.
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { Readable } from 'node:stream'
import { listenOnLoopback } from './loopback.js'

export interface HostileRequest {
  method: string
  /** Path and query, as received. */
  url: string
  headers: http.IncomingHttpHeaders
}

export type HostileAnswer =
  | {
      status: number
      headers?: Record<string, string>
      /** A generator streams a large body without holding it in memory. */
      body?: string | Buffer | (() => Iterable<string | Buffer>)
    }
  | 'stall'
  | 'forward'

export type HostileScript = (request: HostileRequest) => HostileAnswer

export interface HostileRegistryOptions {
  script: HostileScript
  /** Where 'forward' goes: http://127.0.0.1:<port> of a real registry. */
  upstream?: string
  /** Serve HTTPS with this certificate (see tls.ts). */
  tls?: { certFile: string; keyFile: string }
}

export interface HostileRegistry {
  /** http(s)://127.0.0.1:<port> */
  url: string
  /** 127.0.0.1:<port> */
  host: string
  /** Every request received, in order; CONNECT requests with method CONNECT and the target as url. */
  requests: HostileRequest[]
  stop(): Promise<void>
}

export async function startHostileRegistry(
  options: HostileRegistryOptions
): Promise<HostileRegistry> {
  const requests: HostileRequest[] = []
  const sockets = new Set<Socket>()
  const handle = (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const received = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers
    }
    requests.push(received)
    const answer = options.script(received)
    if (answer === 'stall') return
    if (answer === 'forward') {
      forward(request, response, options.upstream)
      return
    }
    const body = answer.body
    // A whole body gets its length, so that HEAD answers carry it as registries' do (Helm needs it).
    const length =
      body === undefined || typeof body === 'function'
        ? {}
        : { 'content-length': `${Buffer.byteLength(body)}` }
    response.writeHead(answer.status, { ...length, ...answer.headers })
    if (typeof body === 'function') Readable.from(body()).pipe(response)
    else response.end(request.method === 'HEAD' ? undefined : body)
  }
  const server = options.tls
    ? https.createServer(
        {
          cert: await readFile(options.tls.certFile),
          key: await readFile(options.tls.keyFile)
        },
        handle
      )
    : http.createServer(handle)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  server.on('connect', (request: http.IncomingMessage, client: Socket) => {
    requests.push({ method: 'CONNECT', url: request.url ?? '', headers: request.headers })
    client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
  })
  await listenOnLoopback(server)
  const { port } = server.address() as AddressInfo
  const scheme = options.tls ? 'https' : 'http'
  let stopped: Promise<void> | undefined
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        // Stalled requests hold their sockets open: end them, or close() would wait forever.
        for (const socket of sockets) socket.destroy()
      })
      return stopped
    }
  }
}

function forward(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  upstream: string | undefined
): void {
  if (upstream === undefined) {
    response.writeHead(502).end('no upstream registry')
    return
  }
  // Through a proxy the request line holds an absolute URL: keep its path and query only.
  const received = new URL(request.url ?? '/', 'http://hostile.invalid')
  const target = new URL(`${received.pathname}${received.search}`, upstream)
  const outgoing = http.request(
    target,
    { method: request.method, headers: { ...request.headers, host: target.host } },
    incoming => {
      response.writeHead(incoming.statusCode ?? 502, incoming.headers)
      incoming.pipe(response)
    }
  )
  outgoing.on('error', () => response.destroy())
  request.pipe(outgoing)
}
