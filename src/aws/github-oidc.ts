// The job's GitHub OIDC token, asked for as @actions/core does (the runner's URL and request token,
// 502/503/504 retried), but with a signal: @actions/core's request has neither a timeout nor a way to
// stop it, so a token service that never answered kept the process alive after the verdict. Here
// the request ends when its signal fires, and its connection is closed once the token is read.
import http from 'node:http'
import https from 'node:https'
import { setTimeout } from 'node:timers/promises'
import { Deadline } from '../deadline.js'
import { proxySettingsFromEnv, TunnelingAgent } from '../registry/proxy.js'

/** A GitHub OIDC token is a JWT of about 1 KiB; an answer larger than this is not one. */
const MAX_ANSWER_BYTES = 64 * 1024

/** Attempts when the service answers 502, 503 or 504, as @actions/core retries them. */
const ATTEMPTS = 3

/** How long the token may take: the request ends when `signal` fires, by `timeoutMs` at most. */
export interface TokenWait {
  signal: AbortSignal
  timeoutMs: number
}

export async function requestGitHubIdToken(
  audience: string,
  environment: NodeJS.ProcessEnv,
  wait: TokenWait
): Promise<string> {
  const url = tokenUrl(environment, audience)
  const requestToken = environment.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''
  if (requestToken === '') throw new Error('ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set')
  const deadline = new Deadline(wait.timeoutMs)
  const remainingMs = (): number => Math.max(1, deadline.remainingMs())
  const { signal } = wait
  for (let attempt = 1; ; attempt++) {
    const answer = await get(url, requestToken, environment, signal, remainingMs)
    if (answer.status === 200) return tokenOf(answer.body)
    if (attempt === ATTEMPTS || ![502, 503, 504].includes(answer.status))
      throw new Error(`the GitHub OIDC token service answered HTTP ${answer.status}`)
    await setTimeout(250 * 2 ** attempt, undefined, { signal })
  }
}

function tokenUrl(environment: NodeJS.ProcessEnv, audience: string): URL {
  let url: URL
  try {
    url = new URL(environment.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
  } catch {
    throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL')
  }
  url.searchParams.set('audience', audience)
  return url
}

function tokenOf(body: string): string {
  let value: unknown
  try {
    value = (JSON.parse(body) as { value?: unknown }).value
  } catch {
    throw new Error('the GitHub OIDC token service answered with something other than JSON')
  }
  if (typeof value !== 'string' || value === '')
    throw new Error('the GitHub OIDC token service answered without a token')
  return value
}

/** One GET on its own connection, destroyed when the signal fires, closed when it is done. */
function get(
  url: URL,
  requestToken: string,
  environment: NodeJS.ProcessEnv,
  signal: AbortSignal,
  remainingMs: () => number
): Promise<{ status: number; body: string }> {
  // GitHub's service is HTTPS, reached through the runner's proxy (whose CONNECT the signal cannot
  // stop: it gets the time left instead); plain HTTP (a loopback fake) goes direct.
  const agent =
    url.protocol === 'https:'
      ? new TunnelingAgent(
          proxySettingsFromEnv(environment),
          () => ({ milliseconds: remainingMs(), cutByDeadline: false }),
          { keepAlive: false }
        )
      : undefined
  const options = {
    signal,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${requestToken}`,
      'user-agent': 'palette-chart-gate'
    }
  }
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request =
      agent === undefined
        ? http.get(url, { ...options, agent: false })
        : https.get(url, { ...options, agent })
    request.once('error', reject)
    request.once('response', response => {
      const chunks: Buffer[] = []
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (bytes > MAX_ANSWER_BYTES)
          request.destroy(
            new Error(`the GitHub OIDC token service answered more than ${MAX_ANSWER_BYTES} bytes`)
          )
        else chunks.push(chunk)
      })
      response.once('error', reject)
      // Cut off before its end: no answer (after 'end', this reject changes nothing).
      response.once('close', () =>
        reject(new Error('the GitHub OIDC token service closed the connection mid-answer'))
      )
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
    })
  }).finally(() => agent?.destroy())
}
