// A TCP proxy on 127.0.0.1 that makes a loopback server look far away: every byte waits half the
// round trip in each direction, and a new connection's first bytes wait one more round trip (the
// TCP handshake a real network charges). It records each HTTP/1.1 request it carries (plain HTTP
// only, no pipelining, as Node, curl, skopeo and Helm send them), so a benchmark can count the
// round trips a client waited for instead of estimating them.
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ProxiedRequest {
  /** Which connection carried it, numbered from 1 in the order they were opened. */
  connection: number
  method: string
  /** Path and query, as sent. */
  path: string
  /** When the client sent it (before the proxy's delay). */
  sentAt: number
  /** When the last byte of its answer reached the client (after the delay); 0 until then. */
  answeredAt: number
}

export interface LatencyProxy {
  /** http://127.0.0.1:<port> */
  url: string
  host: string
  roundTripMs: number
  requests: ProxiedRequest[]
  /** Connections opened so far. */
  connections(): number
  /** Forgets the requests and connections recorded so far. */
  reset(): void
  stop(): Promise<void>
}

type Delivery = { at: number; chunk: Buffer } | { at: number; end: true }

/** One direction of one connection: chunks delivered in order, each at its own time. */
class DelayedPipe {
  private readonly queue: Delivery[] = []
  private timer: NodeJS.Timeout | undefined
  private last = 0

  constructor(
    private readonly target: net.Socket,
    private readonly onDelivered: (at: number) => void
  ) {}

  push(at: number, chunk?: Buffer): void {
    // Never before an earlier chunk: a later send may have a shorter delay (the handshake ends).
    this.last = Math.max(this.last, at)
    this.queue.push(chunk === undefined ? { at: this.last, end: true } : { at: this.last, chunk })
    this.schedule()
  }

  cancel(): void {
    clearTimeout(this.timer)
    this.queue.length = 0
  }

  private schedule(): void {
    const next = this.queue[0]
    if (this.timer !== undefined || next === undefined) return
    this.timer = setTimeout(() => this.deliver(), Math.max(0, next.at - Date.now()))
  }

  private deliver(): void {
    this.timer = undefined
    const now = Date.now()
    while (this.queue[0] !== undefined && this.queue[0].at <= now) {
      const delivery = this.queue.shift()
      if (delivery === undefined || this.target.destroyed) break
      if ('end' in delivery) this.target.end()
      else {
        this.target.write(delivery.chunk)
        this.onDelivered(now)
      }
    }
    this.schedule()
  }
}

// A request line may be longer than one chunk (a token request with many scopes): its start is enough.
const REQUEST_LINE = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\/\S*)/

export async function startLatencyProxy(
  upstream: string,
  roundTripMs: number
): Promise<LatencyProxy> {
  const target = new URL(upstream)
  const oneWay = roundTripMs / 2
  const requests: ProxiedRequest[] = []
  const sockets = new Set<net.Socket>()
  let opened = 0
  const server = net.createServer({ allowHalfOpen: true }, client => {
    const connection = ++opened
    const server = net.connect({
      host: target.hostname,
      port: Number(target.port),
      allowHalfOpen: true
    })
    sockets.add(client)
    sockets.add(server)
    const openedAt = Date.now()
    let current: ProxiedRequest | undefined
    const toServer = new DelayedPipe(server, () => undefined)
    const toClient = new DelayedPipe(client, at => {
      if (current !== undefined) current.answeredAt = at
    })
    client.on('data', (chunk: Buffer) => {
      const now = Date.now()
      const line = REQUEST_LINE.exec(chunk.subarray(0, 16384).toString('latin1'))
      if (line !== null) {
        current = {
          connection,
          method: line[1] ?? '',
          path: line[2] ?? '',
          sentAt: now,
          answeredAt: 0
        }
        requests.push(current)
      }
      // The handshake: nothing the client sends arrives before one round trip has passed.
      toServer.push(Math.max(now, openedAt + roundTripMs) + oneWay, chunk)
    })
    server.on('data', (chunk: Buffer) => toClient.push(Date.now() + oneWay, chunk))
    client.on('end', () => toServer.push(Date.now() + oneWay))
    server.on('end', () => toClient.push(Date.now() + oneWay))
    const closeBoth = (): void => {
      toServer.cancel()
      toClient.cancel()
      client.destroy()
      server.destroy()
    }
    client.on('error', closeBoth)
    server.on('error', closeBoth)
    client.on('close', () => {
      sockets.delete(client)
      if (!server.destroyed) setTimeout(() => server.destroy(), oneWay + roundTripMs)
    })
    server.on('close', () => {
      sockets.delete(server)
      if (!client.destroyed) setTimeout(() => client.destroy(), oneWay + roundTripMs)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    roundTripMs,
    requests,
    connections: () => opened,
    reset: () => {
      requests.length = 0
      opened = 0
    },
    stop: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
