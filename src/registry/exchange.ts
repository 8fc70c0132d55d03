// One request and its whole response, without retries or redirects: the time limit (the request's
// own, or what is left of the run's deadline) and the body limit are enforced while it streams.
import http from 'node:http'
import https from 'node:https'
import type { Deadline } from '../deadline.js'
import { errorMessage } from '../errors.js'
import { flattenHeaders } from './headers.js'
import { DEADLINE_CODE, TransportFailure } from './transport-failures.js'

export interface HttpResponse {
  status: number
  /** Where the response came from, after redirects. */
  url: URL
  headers: Record<string, string>
  body: Buffer
}

/** Where a request goes: the registry itself, or a proxy with the headers it needs. */
export interface Route {
  url: URL
  options: https.RequestOptions
  headers: Record<string, string>
}

export interface Exchange {
  method: string
  /** The registry's address, as the response reports it (the route may go through a proxy). */
  url: URL
  headers: Record<string, string>
  maxBodyBytes: number
  timeoutMs: number
  deadline: Deadline | undefined
}

export function exchange(route: Route, request: Exchange): Promise<HttpResponse> {
  const client = route.url.protocol === 'https:' ? https : http
  const { maxBodyBytes, timeoutMs } = request
  return new Promise<HttpResponse>((resolve, reject) => {
    let outgoing: http.ClientRequest
    try {
      outgoing = client.request(route.url, {
        ...route.options,
        method: request.method,
        headers: { ...request.headers, ...route.headers }
      })
    } catch (error) {
      // Header values a registry put into a redirect can make request() throw synchronously.
      reject(new TransportFailure('ERR_REQUEST', errorMessage(error)))
      return
    }
    const limit = request.deadline?.limit(timeoutMs) ?? {
      milliseconds: timeoutMs,
      cutByDeadline: false
    }
    const timer = setTimeout(() => {
      const failure = limit.cutByDeadline
        ? new TransportFailure(DEADLINE_CODE, "the run's deadline passed")
        : new TransportFailure('TIMEOUT', `no answer within ${timeoutMs} ms`)
      // Settle now: a request still waiting for its socket (a silent proxy) reports destroy() late.
      fail(failure)
      outgoing.destroy(failure)
    }, limit.milliseconds)
    const fail = (error: Error & { code?: string }): void => {
      clearTimeout(timer)
      reject(
        error instanceof TransportFailure
          ? error
          : new TransportFailure(error.code ?? 'ERROR', error.message)
      )
    }
    outgoing.on('error', fail)
    outgoing.on('response', incoming => {
      const chunks: Buffer[] = []
      let received = 0
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > maxBodyBytes) {
          incoming.destroy(
            new TransportFailure('TOO_LARGE', `the response is larger than ${maxBodyBytes} bytes`)
          )
          return
        }
        chunks.push(chunk)
      })
      incoming.on('error', fail)
      incoming.on('end', () => {
        clearTimeout(timer)
        resolve({
          status: incoming.statusCode ?? 0,
          url: request.url,
          headers: flattenHeaders(incoming.headers),
          body: Buffer.concat(chunks)
        })
      })
    })
    outgoing.end()
  })
}
