// HTTP(S) proxies as runners configure them (https_proxy, http_proxy, no_proxy, lower case first
// as curl, undici and Node read them), including the CONNECT tunnel that carries TLS to the
// registry through the proxy. An https:// proxy is spoken to over TLS; an IPv6 proxy works.
import http from 'node:http'
import https from 'node:https'
import { isIP, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import tls from 'node:tls'
import { isLoopbackHost } from './registry-endpoint.js'
import { defaultCertificates } from './headers.js'
import { DEADLINE_CODE } from './transport-failures.js'

export interface ProxySettings {
  httpsProxy?: URL | undefined
  httpProxy?: URL | undefined
  /** NO_PROXY entries, lower-cased: '*', host, .domain, host:port. */
  noProxy: string[]
}

export function proxySettingsFromEnv(env: NodeJS.ProcessEnv): ProxySettings {
  const read = (...names: string[]): URL | undefined => {
    const value = names
      .map(name => env[name]?.trim())
      .find(candidate => candidate !== undefined && candidate !== '')
    if (value === undefined) return undefined
    try {
      return new URL(value.includes('://') ? value : `http://${value}`)
    } catch {
      return undefined
    }
  }
  const noProxy = (
    [env.no_proxy, env.NO_PROXY].find(value => value !== undefined && value.trim() !== '') ?? ''
  )
    .split(',')
    .map(entry => entry.trim().toLowerCase())
    .filter(entry => entry !== '')
  const httpsProxy = read('https_proxy', 'HTTPS_PROXY')
  const httpProxy = read('http_proxy', 'HTTP_PROXY')
  return {
    httpsProxy,
    httpProxy,
    noProxy
  }
}

/** The proxy to use for a request to `target`, if any. Loopback is always reached directly. */
export function proxyFor(target: URL, settings: ProxySettings): URL | undefined {
  const proxy = target.protocol === 'https:' ? settings.httpsProxy : settings.httpProxy
  if (proxy === undefined || isLoopbackHost(target.hostname)) return undefined
  const host = target.hostname.toLowerCase()
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  const bypass = settings.noProxy.some(entry => {
    if (entry === '*') return true
    const [entryHost = '', entryPort] = entry.split(/:(?=\d+$)/)
    if (entryPort !== undefined && entryPort !== port) return false
    const domain = entryHost.replace(/^\*?\./, '')
    return host === domain || host.endsWith(`.${domain}`)
  })
  return bypass ? undefined : proxy
}

/** Headers a request to the proxy itself carries (credentials from the proxy URL). */
export function proxyAuthorization(proxy: URL): Record<string, string> {
  if (proxy.username === '') return {}
  const credentials = `${decodeLenient(proxy.username)}:${decodeLenient(proxy.password)}`
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

// A proxy password with a stray '%' is taken literally rather than failing the whole run.
function decodeLenient(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * An https.Agent that reaches each host directly or, as proxyFor decides, through a CONNECT tunnel;
 * pooled and kept alive like any agent. The registry client and the AWS SDK both use it.
 */
export class TunnelingAgent extends https.Agent {
  /** CAs configured anywhere in the run (ca-certificate): an https:// proxy is trusted with them. */
  private readonly proxyCas = new Set<string>()

  constructor(
    private readonly proxySettings: ProxySettings,
    /**
     * Asked at each tunnel: the request timeout, or less when the run's deadline is closer (then a
     * tunnel that times out failed at the deadline, and says so).
     */
    private readonly tunnelWait: () => TunnelWait,
    options: https.AgentOptions
  ) {
    super(options)
  }

  trustProxyWith(caCertificates: string): void {
    this.proxyCas.add(caCertificates)
  }

  override createConnection(
    options: https.RequestOptions,
    callback?: (error: Error | null, stream: Duplex) => void
  ): Duplex | null | undefined {
    const host = String(options.hostname ?? options.host ?? 'localhost').replace(/^\[|\]$/g, '')
    const target = new URL(
      `https://${isIP(host) === 6 ? `[${host}]` : host}:${String(options.port ?? 443)}`
    )
    const proxy = proxyFor(target, this.proxySettings)
    if (proxy === undefined || callback === undefined)
      return super.createConnection(options, callback)
    // The proxy is the run's, not the registry's: its certificate is always verified, against the
    // default roots and the run's CAs, whatever one registry's TLS settings say.
    const trust = {
      ...(this.proxyCas.size === 0 ? {} : { ca: [...defaultCertificates(), ...this.proxyCas] }),
      rejectUnauthorized: true
    }
    openTunnel(proxy, target, this.tunnelWait(), trust).then(
      socket => {
        // The certificate is checked against the registry's name or IP, never the proxy's.
        const secure = tls.connect({
          socket,
          host,
          ...(isIP(host) === 0 ? { servername: host } : {}),
          ca: options.ca,
          rejectUnauthorized: options.rejectUnauthorized !== false
        })
        callback(null, secure)
      },
      (error: unknown) => {
        // On error Node's agent reads only the error; the stream argument is never used.
        const failure = error instanceof Error ? error : new ProxyFailure(String(error))
        callback(failure, undefined as unknown as Duplex)
      }
    )
    return undefined
  }
}

/** How long a tunnel may take to open, and whether the run's deadline set that time. */
export interface TunnelWait {
  milliseconds: number
  cutByDeadline: boolean
}

class ProxyFailure extends Error {
  /** Read by the transport to tell a proxy failure (or one at the run's deadline) from a registry one. */
  constructor(
    message: string,
    readonly code: 'PROXY' | typeof DEADLINE_CODE = 'PROXY'
  ) {
    super(message)
  }
}

/** Where to reach a proxy: an IPv6 address without its brackets, the scheme's default port. */
export function proxyAddress(proxy: URL): { host: string; port: number; secure: boolean } {
  const secure = proxy.protocol === 'https:'
  return {
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: Number(proxy.port || (secure ? 443 : 80)),
    secure
  }
}

/**
 * Opens a CONNECT tunnel through `proxy` to the target's host and port; over TLS to an https://
 * proxy, whose certificate is checked with the request's own trust (ca-certificate included).
 */
function openTunnel(
  proxy: URL,
  target: URL,
  wait: TunnelWait,
  trust: { ca?: string | Buffer | (string | Buffer)[]; rejectUnauthorized: boolean }
): Promise<Socket> {
  const authority = `${target.hostname}:${target.port || '443'}`
  const address = proxyAddress(proxy)
  return new Promise<Socket>((resolve, reject) => {
    const connectOptions = {
      host: address.host,
      port: address.port,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      timeout: Math.max(1, wait.milliseconds),
      // Its own connection: a pooled one would be handed back to the pool as a tunnel.
      agent: false
    }
    const request = address.secure
      ? https.request({
          ...connectOptions,
          ...trust,
          // The proxy's own name (or no SNI for an IP), never the Host header's registry name.
          servername: isIP(address.host) === 0 ? address.host : ''
        })
      : http.request(connectOptions)
    request.once('connect', (response, socket) => {
      if (response.statusCode === 200) {
        resolve(socket)
        return
      }
      socket.destroy()
      reject(
        new ProxyFailure(
          `the proxy ${proxy.host} answered ${response.statusCode ?? '?'} to CONNECT ${authority}${response.statusCode === 407 ? ' (it wants credentials: put user:password in the proxy URL)' : ''}`
        )
      )
    })
    request.once('timeout', () =>
      request.destroy(
        new ProxyFailure(
          `the proxy ${proxy.host} did not answer in time`,
          wait.cutByDeadline ? DEADLINE_CODE : 'PROXY'
        )
      )
    )
    request.once('error', error =>
      reject(
        error instanceof ProxyFailure
          ? error
          : new ProxyFailure(`cannot reach the proxy ${proxy.host}: ${error.message}`)
      )
    )
    request.end()
  })
}
