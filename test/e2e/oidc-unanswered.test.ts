// The bundled action against a GitHub OIDC token service that never answers, or answers long after
// the run's limit: the run fails within timeout-seconds (or deadline-seconds) naming the token
// service, and the process exits right after its verdict; the pending request does not hold it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { listenOnLoopback } from '../harness/loopback.js'
import { removeRunDirectories, runAction, type ActionRun } from '../harness/run-action.js'
import { errorMessage } from '../support/registries.js'

const REQUEST_TOKEN = 'runtime-request-token-unanswered'
/** How long the run may take past its limit: starting Node and writing the verdict. */
const EXIT_MARGIN_MS = 8000
/** When the harness kills a run that does not exit: far past any limit here. */
const KILL_AFTER_MS = 40_000

interface SilentOidc {
  url: string
  requests: number
  stop(): Promise<void>
}

/** A token service that reads each request and answers it only after `answerAfterMs` (or never). */
async function startSilentOidc(answerAfterMs: number | undefined): Promise<SilentOidc> {
  const timers = new Set<NodeJS.Timeout>()
  const server = http.createServer((request, response) => {
    service.requests++
    request.resume()
    if (answerAfterMs === undefined) return
    const timer = setTimeout(() => {
      timers.delete(timer)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ value: 'late.token.value' }))
    }, answerAfterMs)
    timers.add(timer)
  })
  await listenOnLoopback(server)
  const { port } = server.address() as AddressInfo
  const service: SilentOidc = {
    url: `http://127.0.0.1:${port}/idtoken?api-version=2.0`,
    requests: 0,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
  return service
}

let never: SilentOidc
let late: SilentOidc

beforeAll(async () => {
  never = await startSilentOidc(undefined)
  late = await startSilentOidc(KILL_AFTER_MS / 2)
})

afterAll(() => Promise.all([never.stop(), late.stop(), removeRunDirectories()]))

/** An ECR check whose only credentials are the job's OIDC token; nothing past it is reached. */
async function timedRun(
  oidc: SilentOidc,
  limits: Record<string, string>
): Promise<{ run: ActionRun; elapsedMs: number }> {
  const started = Date.now()
  const run = await runAction(
    {
      endpoint: '012345678901.dkr.ecr.{{ .spectro.system.aws.region }}.amazonaws.com',
      'base-content-path': 'charts',
      'auth-type': 'ecr',
      'role-arn': 'arn:aws:iam::012345678901:role/github-actions',
      region: 'us-east-1',
      chart: 'nginx',
      version: '15.4.2',
      ...limits
    },
    {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
        // Never reached: the run ends waiting for the token.
        AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        AWS_CONFIG_FILE: '/dev/null'
      },
      timeoutMs: KILL_AFTER_MS
    }
  )
  return { run, elapsedMs: Date.now() - started }
}

describe('a GitHub OIDC token service that does not answer', () => {
  it('fails within timeout-seconds and exits, however long the service stays silent', async () => {
    const { run, elapsedMs } = await timedRun(never, { 'timeout-seconds': '2' })
    expect(run.stderr).not.toContain('[killed by')
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(errorMessage(run)).toContain(
      'Could not get a GitHub OIDC token for audience sts.amazonaws.com: the GitHub OIDC token service did not answer in time'
    )
    expect(elapsedMs).toBeLessThan(2000 + EXIT_MARGIN_MS)
    expect(never.requests).toBeGreaterThan(0)
  }, 60_000)

  it('fails by deadline-seconds and exits, while a slow service would answer much later', async () => {
    const { run, elapsedMs } = await timedRun(late, {
      'timeout-seconds': '30',
      'deadline-seconds': '2'
    })
    expect(run.stderr).not.toContain('[killed by')
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      "The run's deadline of 2 s passed while waiting for the GitHub OIDC token service"
    )
    expect(elapsedMs).toBeLessThan(2000 + EXIT_MARGIN_MS)
    expect(late.requests).toBeGreaterThan(0)
  }, 60_000)
})
