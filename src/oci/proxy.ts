// HTTP(S) proxies as runners configure them (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), including the
// CONNECT tunnel that carries TLS to the registry through the proxy.
import http from 'node:http'
import type { Socket } from 'node:net'
import { isLoopbackHost } from '../endpoint.js'

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
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
  return { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
}

export class ProxyFailure extends Error {}

/** Opens a CONNECT tunnel through `proxy` to the target's host and port. */
export function openTunnel(proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
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
          `the proxy ${proxy.host} answered ${response.statusCode ?? '?'} to CONNECT ${authority}`
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
