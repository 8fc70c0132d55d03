// HTTP for the registry client: timeouts, bounded retries with backoff, redirects that never carry
// Authorization to another origin, TLS settings, body limits, and no credentials in clear text.
import http from 'node:http'
import https from 'node:https'
import type tls from 'node:tls'
import type { Deadline } from '../deadline.js'
import { InsecureTransportError, RegistryError } from '../errors.js'
import { isLoopbackHost } from './registry-endpoint.js'
import {
  proxyAuthorization,
  proxyFor,
  TunnelingAgent,
  type ProxySettings,
  type TunnelWait
} from './proxy.js'
import {
  DEADLINE_CODE,
  describeFailure,
  redact,
  redirectTarget,
  TransportFailure
} from './transport-failures.js'
import { exchange, type HttpResponse, type Route } from './exchange.js'
import { defaultCertificates, parseRetryAfter, pause } from './headers.js'
import { DEFAULT_CONCURRENCY, RegistryPaces } from './pace.js'

export interface HttpRequest {
  method: 'GET' | 'HEAD'
  url: URL
  headers?: Record<string, string>
  /** Larger bodies are refused: a registry cannot make the gate buffer without bound. */
  maxBodyBytes?: number
  /**
   * The Authorization header stems from the user's credentials (default: any Authorization does).
   * A token handed to an anonymous client is no credential and may cross plain HTTP.
   */
  carriesCredentials?: boolean
}

export interface RetryPolicy {
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export interface HttpOptions {
  timeoutMs: number
  caCertificates?: string
  insecureSkipVerify?: boolean
  retry?: RetryPolicy | undefined
  maxRedirects?: number
  /** The run's deadline: no request waits past it, and no retry starts that cannot end before it. */
  deadline?: Deadline
  /** Proxies from the environment (proxySettingsFromEnv); none when absent. */
  proxy?: ProxySettings
  /**
   * The run's HTTPS agent (see TunnelingAgent), shared with the AWS clients so that a batch opens
   * few tunnels; the owner closes it. Without one, the transport makes its own.
   */
  httpsAgent?: TunnelingAgent
  /** The run's paces, one per registry origin (see pace.ts); without them, the transport's own. */
  paces?: RegistryPaces
  debug?: (message: string) => void
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 }
const DEFAULT_MAX_BODY = 8 * 1024 * 1024
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504])
const RETRIED_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'TIMEOUT'
])

export class HttpTransport {
  private readonly httpsAgent: TunnelingAgent
  private readonly ownsHttpsAgent: boolean
  private readonly httpAgent: http.Agent
  /** For plain-HTTP registries behind an https:// proxy: TLS to the proxy, no tunnel. */
  private proxyAgent: https.Agent | undefined
  private readonly retry: RetryPolicy
  private readonly paces: RegistryPaces
  private readonly proxy: ProxySettings
  private readonly tlsOptions: tls.ConnectionOptions

  constructor(private readonly options: HttpOptions) {
    this.retry = options.retry ?? DEFAULT_RETRY
    this.paces = options.paces ?? new RegistryPaces(DEFAULT_CONCURRENCY)
    this.proxy = options.proxy ?? { noProxy: [] }
    this.tlsOptions = {
      rejectUnauthorized: options.insecureSkipVerify !== true,
      // A custom CA is added to the default store, not put in its place.
      ...(options.caCertificates === undefined
        ? {}
        : { ca: [...defaultCertificates(), options.caCertificates] })
    }
    this.httpAgent = new http.Agent({ keepAlive: true })
    const tunnelWait = (): TunnelWait =>
      options.deadline?.limit(options.timeoutMs) ?? {
        milliseconds: options.timeoutMs,
        cutByDeadline: false
      }
    this.ownsHttpsAgent = options.httpsAgent === undefined
    // TLS settings go with each request, not the agent: one agent may serve registries with
    // other settings, and the AWS SDK's requests, each pooled apart by Node.
    this.httpsAgent =
      options.httpsAgent ?? new TunnelingAgent(this.proxy, tunnelWait, { keepAlive: true })
    if (options.caCertificates !== undefined) this.httpsAgent.trustProxyWith(options.caCertificates)
  }

  close(): void {
    this.httpAgent.destroy()
    this.proxyAgent?.destroy()
    if (this.ownsHttpsAgent) this.httpsAgent.destroy()
  }

  /** Plain HTTP through a proxy is an absolute-form request; HTTPS tunnels are the agent's job. */
  private route(url: URL): Route {
    const proxy = proxyFor(url, this.proxy)
    const secure = url.protocol === 'https:'
    if (proxy === undefined || secure) {
      return {
        url,
        options: secure
          ? { agent: this.httpsAgent, ...this.tlsOptions }
          : { agent: this.httpAgent },
        headers: {}
      }
    }
    const viaProxy = new URL(url.href)
    viaProxy.protocol = proxy.protocol
    viaProxy.host = proxy.host
    const toProxyOverTls = proxy.protocol === 'https:'
    if (toProxyOverTls) this.proxyAgent ??= new https.Agent({ keepAlive: true })
    return {
      url: viaProxy,
      options: {
        agent: toProxyOverTls ? this.proxyAgent : this.httpAgent,
        path: url.href,
        ...(toProxyOverTls ? this.tlsOptions : {})
      },
      headers: { host: url.host, ...proxyAuthorization(proxy) }
    }
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const { deadline } = this.options
    const pace = this.paces.of(request.url)
    for (let attempt = 1; ; attempt++) {
      if (deadline !== undefined && deadline.remainingMs() === 0)
        throw deadline.error(`${request.method} ${redact(request.url)}`)
      const last = attempt >= this.retry.attempts
      const release = await pace.acquire()
      let response: HttpResponse
      try {
        response = await this.followRedirects(request)
      } catch (error) {
        release()
        if (!(error instanceof TransportFailure)) throw error
        if (error.code === DEADLINE_CODE && deadline !== undefined)
          throw deadline.error(`${request.method} ${redact(request.url)}`)
        const delay = this.delayFor(attempt, undefined)
        const tooLate = deadline !== undefined && delay >= deadline.remainingMs()
        if (last || tooLate || !RETRIED_ERRORS.has(error.code))
          throw describeFailure(request.url, error)
        this.options.debug?.(
          `${request.method} ${redact(request.url)}: ${error.code}, retrying in ${delay} ms`
        )
        await pause(delay)
        continue
      }
      release()
      const retryAfter = response.headers['retry-after']
      const throttled = response.status === 429 || retryAfter !== undefined
      if (!throttled) pace.answered()
      if (last || !RETRIED_STATUSES.has(response.status)) return response
      const delay = this.delayFor(attempt, retryAfter)
      // A retry that cannot finish before the deadline is not worth starting: this answer stands.
      if (deadline !== undefined && delay >= deadline.remainingMs()) return response
      this.options.debug?.(
        `${request.method} ${redact(request.url)}: ${response.status}, retrying in ${delay} ms${throttled ? ` (every request to ${request.url.host} waits)` : ''}`
      )
      // Throttling pauses every request to the registry (the pace waits it out); a failure only this one.
      if (throttled) pace.throttled(delay)
      else await pause(delay)
    }
  }

  /** The registry's Retry-After, whole when a deadline bounds it, or backoff with jitter. */
  private delayFor(attempt: number, retryAfter: string | undefined): number {
    const requested = parseRetryAfter(retryAfter)
    if (requested !== undefined)
      return Math.round(
        this.options.deadline === undefined ? Math.min(this.retry.maxDelayMs, requested) : requested
      )
    const backoff = this.retry.baseDelayMs * 2 ** (attempt - 1)
    const jitter = Math.random() * this.retry.baseDelayMs
    return Math.round(Math.min(this.retry.maxDelayMs, backoff + jitter))
  }

  private async followRedirects(request: HttpRequest): Promise<HttpResponse> {
    let url = request.url
    let headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])
    )
    const maxRedirects = this.options.maxRedirects ?? 5
    for (let hop = 0; ; hop++) {
      const credentials =
        headers.authorization !== undefined && request.carriesCredentials !== false
      if (credentials && url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new InsecureTransportError(
          `Refusing to send credentials over plain HTTP to ${url.host}`,
          'Use https:// for the endpoint (credentials travel in clear text over http://), or drop the credentials for an anonymous registry.'
        )
      }
      const response = await exchange(this.route(url), {
        method: request.method,
        url,
        headers: { 'user-agent': USER_AGENT, ...headers },
        maxBodyBytes: request.maxBodyBytes ?? DEFAULT_MAX_BODY,
        timeoutMs: this.options.timeoutMs,
        deadline: this.options.deadline
      })
      const location = response.headers.location
      if (![301, 302, 303, 307, 308].includes(response.status) || location === undefined)
        return response
      if (hop >= maxRedirects) {
        throw new RegistryError(
          `Too many redirects from ${redact(request.url)}`,
          'Check the endpoint; the registry redirects in a loop.'
        )
      }
      const next = redirectTarget(location, url)
      // Helm follows https -> http; a release gate does not: the manifest and the digest it
      // vouches for would travel where anyone on the path can change them.
      if (url.protocol === 'https:' && next.protocol === 'http:') {
        throw new InsecureTransportError(
          `${redact(url)} redirected to plain http: ${redact(next)}`,
          'Refusing to downgrade from https to http. Fix the redirect on the registry (or the proxy in front of it), or give an http:// endpoint if the registry really speaks only plain HTTP.'
        )
      }
      // The OCI spec: Authorization never follows a redirect to another origin (ECR blobs go to S3).
      if (next.origin !== url.origin) {
        headers = Object.fromEntries(
          Object.entries(headers).filter(([name]) => name !== 'authorization')
        )
      }
      this.options.debug?.(`${request.method} ${redact(url)} redirected to ${redact(next)}`)
      url = next
    }
  }
}

const USER_AGENT = 'palette-chart-gate'
