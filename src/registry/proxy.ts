// HTTP(S) proxies as runners configure them (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), including the
// CONNECT tunnel that carries TLS to the registry through the proxy.
import http from 'node:http'
import https from 'node:https'
import { isIP, type Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import tls from 'node:tls'
import { isLoopbackHost } from '../palette/endpoint.js'

export interface ProxySettings {
  httpsProxy?: URL
  httpProxy?: URL
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
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map(entry => entry.trim().toLowerCase())
    .filter(entry => entry !== '')
  const httpsProxy = read('HTTPS_PROXY', 'https_proxy')
  const httpProxy = read('HTTP_PROXY', 'http_proxy')
  return {
    ...(httpsProxy === undefined ? {} : { httpsProxy }),
    ...(httpProxy === undefined ? {} : { httpProxy }),
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
  constructor(
    private readonly proxySettings: ProxySettings,
    /** Asked at each tunnel: the request timeout, or less when the run's deadline is closer. */
    private readonly tunnelTimeoutMs: () => number,
    options: https.AgentOptions
  ) {
    super(options)
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
    openTunnel(proxy, target, Math.max(1, this.tunnelTimeoutMs())).then(
      socket => {
        // The certificate is checked against the registry's name or IP, never the proxy's.
        const secure = tls.connect({
          socket,
          host,
          ...(isIP(host) === 0 ? { servername: host } : {}),
          ...(options.ca === undefined ? {} : { ca: options.ca }),
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

class ProxyFailure extends Error {
  /** Read by the transport to tell a proxy failure from a registry one. */
  readonly code = 'PROXY'
}

/** Opens a CONNECT tunnel through `proxy` to the target's host and port. */
function openTunnel(proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
  const authority = `${target.hostname}:${target.port || '443'}`
  return new Promise<Socket>((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: proxy.port || '80',
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) },
      timeout: timeoutMs
    })
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
      request.destroy(new ProxyFailure(`the proxy ${proxy.host} did not answer in time`))
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
