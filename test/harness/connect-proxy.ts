// An HTTP CONNECT proxy for tests that must use real host names (ECR's
// <account>.dkr.ecr.<region>.amazonaws.com) without DNS: each allowed CONNECT target is tunnelled
// to a loopback port, anything else is refused. It never connects anywhere but 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { connect } from 'node:net'
import { listenOnLoopback } from './loopback.js'

export interface ConnectProxy {
  /** http://127.0.0.1:<port>, for HTTPS_PROXY or an agent. */
  url: string
  /** Every CONNECT target asked for, in order, allowed or not. */
  connects: string[]
  stop(): Promise<void>
}

const LOOPBACK_TARGET = /^127\.0\.0\.1:(\d{1,5})$/

/**
 * `routes` maps a CONNECT target (`host:port` as the client asks, compared case-insensitively) to
 * the `127.0.0.1:<port>` that serves it.
 */
export async function startConnectProxy(
  routes: Record<string, string>,
  options: { tls?: { cert: Buffer; key: Buffer } } = {}
): Promise<ConnectProxy> {
  // A Map, so that a target such as `constructor` or `__proto__` cannot hit Object.prototype.
  const table = new Map<string, number>()
  for (const [target, destination] of Object.entries(routes)) {
    const port = Number(LOOPBACK_TARGET.exec(destination)?.[1])
    if (!(port > 0 && port < 65536)) {
      throw new Error(`route ${target} → ${destination}: only 127.0.0.1:<port> is allowed`)
    }
    table.set(target.toLowerCase(), port)
  }

  const connects: string[] = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  }

  const answer = (_request: IncomingMessage, response: ServerResponse): void => {
    const body = 'this proxy only tunnels CONNECT requests\n'
    response.writeHead(405, {
      allow: 'CONNECT',
      'content-type': 'text/plain',
      'content-length': Buffer.byteLength(body)
    })
    response.end(body)
  }
  // With tls, the proxy itself speaks TLS (an https:// proxy URL), as some corporate proxies do.
  const server =
    options.tls === undefined ? createServer(answer) : createHttpsServer(options.tls, answer)

  server.on('connect', (request, client: Socket, head: Buffer) => {
    track(client)
    const target = request.url ?? ''
    connects.push(target)
    const port = table.get(target.toLowerCase())
    client.on('error', () => client.destroy()) // a client hanging up mid-tunnel is not our failure
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
      return
    }
    const upstream = connect({ host: '127.0.0.1', port })
    track(upstream)
    let established = false
    upstream.once('connect', () => {
      established = true
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head) // bytes the client sent right after the headers
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => {
      if (!established) {
        client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
      } else {
        client.destroy()
      }
    })
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  })

  await listenOnLoopback(server)
  const { port } = server.address() as AddressInfo

  let stopped: Promise<void> | undefined
  return {
    url: `${options.tls === undefined ? 'http' : 'https'}://127.0.0.1:${port}`,
    connects,
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
        // Tunnels are detached from the HTTP server, so close() alone would wait for them.
        for (const socket of sockets) socket.destroy()
      })
      return stopped
    }
  }
}
