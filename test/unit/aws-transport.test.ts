// The real SDK's transport as the gate configures it: a silent STS must time out (the SDK alone
// would only warn), and AWS calls must go through the runner's proxy.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { resolveAwsCredentials } from '../../src/aws/credentials.js'
import type { AwsContext } from '../../src/aws/aws-context.js'
import { requestGitHubIdToken, type TokenWait } from '../../src/aws/github-oidc.js'
import { startConnectProxy } from '../harness/connect-proxy.js'
import { Deadline } from '../../src/deadline.js'
import { DeadlineError, RegistryError } from '../../src/errors.js'
import { listenOnLoopback } from '../harness/loopback.js'

const silent = http.createServer(() => undefined)
const saved = { ...process.env }

beforeAll(async () => {
  await listenOnLoopback(silent)
  process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
})

afterAll(async () => {
  process.env = saved
  silent.closeAllConnections()
  await new Promise(resolve => silent.close(resolve))
})

/** Assumes a role with access keys, against the silent STS unless the environment says otherwise. */
function assumeRole(
  limits: { timeoutMs: number; deadlineMs: number },
  environment: NodeJS.ProcessEnv = {}
) {
  return resolveAwsCredentials(
    {
      keys: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
      roleChain: ['arn:aws:iam::123456789012:role/palette'],
      roleSessionName: 'palette-chart-gate',
      durationSeconds: 900
    },
    'us-east-1',
    {
      mask: () => undefined,
      debug: () => undefined,
      environment,
      timeoutMs: limits.timeoutMs,
      deadline: new Deadline(limits.deadlineMs)
    }
  )
}

it('ends a silent STS call with a typed timeout error', async () => {
  const resolving = assumeRole({ timeoutMs: 200, deadlineMs: 60_000 })
  await expect(resolving).rejects.toBeInstanceOf(RegistryError)
  await expect(resolving).rejects.toThrow('sts:AssumeRole in us-east-1 did not answer in time')
}, 20_000)

it('ends a silent STS call at the run deadline, before its own timeout', async () => {
  const resolving = assumeRole({ timeoutMs: 60_000, deadlineMs: 300 })
  await expect(resolving).rejects.toBeInstanceOf(DeadlineError)
  await expect(resolving).rejects.toThrow(
    "The run's deadline of 0.3 s passed while waiting for sts:AssumeRole of arn:aws:iam::123456789012:role/palette"
  )
}, 20_000)

/** Assumes a role with the job's GitHub OIDC token, with the given time and token service. */
const assumeWithGitHubToken = (
  context: Pick<AwsContext, 'timeoutMs' | 'deadline' | 'idToken'>
): Promise<unknown> =>
  resolveAwsCredentials(
    {
      roleChain: ['arn:aws:iam::123456789012:role/github'],
      roleSessionName: 'palette-chart-gate',
      durationSeconds: 900
    },
    'us-east-1',
    { mask: () => undefined, debug: () => undefined, environment: {}, ...context }
  )

it('names the GitHub OIDC token service when that is what the deadline cut', async () => {
  const resolving = assumeWithGitHubToken({
    timeoutMs: 60_000,
    deadline: new Deadline(200),
    idToken: () => new Promise<string>(() => undefined)
  })
  await expect(resolving).rejects.toThrow(
    "The run's deadline of 0.2 s passed while waiting for the GitHub OIDC token service"
  )
})

it('ends the GitHub OIDC token request once its wait is over, answered or not', async () => {
  const waits: TokenWait[] = []
  const resolving = assumeWithGitHubToken({
    timeoutMs: 150,
    deadline: new Deadline(60_000),
    idToken: (_audience, wait) => {
      waits.push(wait)
      return new Promise<string>(() => undefined)
    }
  })
  await expect(resolving).rejects.toThrow('the GitHub OIDC token service did not answer in time')
  expect(waits.map(wait => [wait.timeoutMs, wait.signal.aborted])).toEqual([[150, true]])
})

it('closes the connection of a GitHub OIDC token request when its signal fires', async () => {
  const connections: Socket[] = []
  silent.on('connection', socket => connections.push(socket))
  const stop = new AbortController()
  const requesting = requestGitHubIdToken(
    'sts.amazonaws.com',
    {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
    },
    { signal: stop.signal, timeoutMs: 60_000 }
  )
  await new Promise(resolve => setTimeout(resolve, 100))
  stop.abort()
  await expect(requesting).rejects.toThrow(/abort/i)
  const [connection] = connections
  if (connection === undefined) throw new Error('the request never reached the server')
  if (!connection.closed) await new Promise(resolve => connection.once('close', resolve))
  expect(connection.closed).toBe(true)
})

it('sends AWS calls through HTTPS_PROXY, and explains a proxy that refuses them', async () => {
  const proxy = await startConnectProxy({})
  const endpoint = process.env.AWS_ENDPOINT_URL_STS
  process.env.AWS_ENDPOINT_URL_STS = 'https://sts.proxied.test'
  try {
    const resolving = assumeRole(
      { timeoutMs: 2000, deadlineMs: 60_000 },
      { HTTPS_PROXY: proxy.url }
    )
    await expect(resolving).rejects.toThrow(
      /sts:AssumeRole in us-east-1 could not pass the proxy: the proxy 127\.0\.0\.1:\d+ answered 403 to CONNECT sts\.proxied\.test:443/
    )
    expect(proxy.connects).toContain('sts.proxied.test:443')
  } finally {
    process.env.AWS_ENDPOINT_URL_STS = endpoint
    await proxy.stop()
  }
}, 20_000)
