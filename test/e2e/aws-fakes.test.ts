// Proves the AWS fakes against the real AWS SDK v3 (signing, XML/JSON parsing, error mapping,
// retries) and the CONNECT proxy with a real TLS handshake under an ECR host name.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect as tlsConnect } from 'node:tls'
import { startFakeEcr, startFakeOidc, startFakeSts } from '../harness/aws-fakes.js'
import type { FakeEcr, FakeOidc, FakeSts } from '../harness/aws-fakes.js'
import { startConnectProxy } from '../harness/connect-proxy.js'
import { createTestCa } from '../harness/tls.js'
import { listenOnLoopback } from '../harness/loopback.js'

// Nothing may reach for instance metadata or a developer's profile.
process.env.AWS_EC2_METADATA_DISABLED = 'true'

const ci = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
}
const gateRole = 'arn:aws:iam::123456789012:role/palette-chart-gate'
const pullRole = 'arn:aws:iam::123456789012:role/ecr-pull'
const oidcRole = 'arn:aws:iam::123456789012:role/github-oidc'
const requestToken = 'runner-request-token'

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string }

let sts: FakeSts
let oidc: FakeOidc

beforeAll(async () => {
  oidc = await startFakeOidc({ requestToken })
  sts = await startFakeSts({
    credentials: [ci],
    roles: [
      { arn: gateRole, externalId: 'palette-ext-id' },
      { arn: pullRole },
      { arn: oidcRole, webIdentityToken: oidc.idToken },
      { arn: 'arn:aws:iam::123456789012:role/locked', denied: true }
    ]
  })
})

afterAll(() => Promise.all([sts.stop(), oidc.stop()]))

const stsClient = (credentials?: Creds, endpoint = sts.url): STSClient =>
  new STSClient({ region: 'eu-west-1', endpoint, ...(credentials ? { credentials } : {}) })

async function assume(
  credentials: Creds,
  input: { RoleArn: string; ExternalId?: string; DurationSeconds?: number }
) {
  const result = await stsClient(credentials).send(
    new AssumeRoleCommand({ RoleSessionName: 'gate-run', ...input })
  )
  const c = result.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new Error('no credentials')
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken
  }
}

/** The error the promise rejects with, so tests can look at name and status. */
async function failure(
  promise: Promise<unknown>
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`rejected with a non-error: ${String(error)}`, { cause: error })
  }
  throw new Error('expected a rejection')
}

describe('fake STS', () => {
  it('AssumeRole with static keys and the external id issues fresh ASIA credentials', async () => {
    const start = sts.requests.length
    const creds = await assume(ci, { RoleArn: gateRole, ExternalId: 'palette-ext-id' })
    expect(creds.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(sts.issued.at(-1)).toMatchObject({ ...creds, roleArn: gateRole, chained: false })
    expect(sts.requests.slice(start)).toEqual([
      expect.objectContaining({
        action: 'AssumeRole',
        signedBy: ci.accessKeyId,
        signatureValid: true,
        region: 'eu-west-1',
        service: 'sts',
        params: expect.objectContaining({ ExternalId: 'palette-ext-id', RoleArn: gateRole })
      })
    ])
    expect(sts.requests.at(-1)?.securityToken).toBeUndefined()
  })

  it('chains: the issued credentials (with their session token) sign the next AssumeRole', async () => {
    const first = await assume(ci, { RoleArn: gateRole, ExternalId: 'palette-ext-id' })
    const second = await assume(first, { RoleArn: pullRole })
    expect(sts.requests.at(-1)).toMatchObject({
      signedBy: first.accessKeyId,
      signatureValid: true,
      securityToken: first.sessionToken
    })
    expect(sts.issued.at(-1)).toMatchObject({ accessKeyId: second.accessKeyId, chained: true })
    // Role chaining caps sessions at one hour, whatever the role allows.
    const tooLong = assume(first, { RoleArn: pullRole, DurationSeconds: 7200 })
    expect((await failure(tooLong)).message).toContain('1 hour session limit')
    const identity = await stsClient(second).send(new GetCallerIdentityCommand({}))
    expect(identity.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ecr-pull/gate-run')
  })

  it('refuses issued credentials without their session token (InvalidClientTokenId)', async () => {
    const first = await assume(ci, { RoleArn: gateRole, ExternalId: 'palette-ext-id' })
    const bare = { accessKeyId: first.accessKeyId, secretAccessKey: first.secretAccessKey }
    const error = await failure(assume(bare, { RoleArn: pullRole }))
    expect(error.name).toBe('InvalidClientTokenId')
  })

  it('a wrong or missing external id is AccessDenied (403) naming the caller and the role', async () => {
    const wrong = await failure(assume(ci, { RoleArn: gateRole, ExternalId: 'nope' }))
    expect(wrong.name).toBe('AccessDenied')
    expect(wrong.$metadata?.httpStatusCode).toBe(403)
    expect(wrong.message).toBe(
      `User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: ${gateRole}`
    )
    expect((await failure(assume(ci, { RoleArn: gateRole }))).name).toBe('AccessDenied')
    const locked = 'arn:aws:iam::123456789012:role/locked'
    expect((await failure(assume(ci, { RoleArn: locked }))).name).toBe('AccessDenied')
  })

  it('validates the role session name like STS (dependabot[bot] fails)', async () => {
    const error = await failure(
      stsClient(ci).send(
        new AssumeRoleCommand({ RoleArn: pullRole, RoleSessionName: 'dependabot[bot]' })
      )
    )
    expect(error.name).toBe('ValidationError')
    expect(error.message).toContain("Value 'dependabot[bot]' at 'roleSessionName'")
  })

  it('a wrong secret is SignatureDoesNotMatch, an unknown key InvalidClientTokenId', async () => {
    const start = sts.requests.length
    const badSecret = await failure(
      assume({ ...ci, secretAccessKey: 'wrong' }, { RoleArn: pullRole })
    )
    expect(badSecret.name).toBe('SignatureDoesNotMatch')
    expect(sts.requests.slice(start)).toEqual([expect.objectContaining({ signatureValid: false })])
    const unknown = await failure(
      assume({ ...ci, accessKeyId: 'AKIDUNKNOWN' }, { RoleArn: pullRole })
    )
    expect(unknown.name).toBe('InvalidClientTokenId')
  })

  it('AssumeRoleWithWebIdentity, unsigned, with the token from the fake OIDC endpoint', async () => {
    const getIdToken = (bearer: string) =>
      fetch(`${oidc.url}&audience=sts.amazonaws.com`, { headers: { authorization: bearer } })
    expect((await getIdToken('Bearer wrong')).status).toBe(401)
    const response = await getIdToken(`Bearer ${requestToken}`)
    expect(response.status).toBe(200)
    const { value } = (await response.json()) as { value: string }
    expect(oidc.requests.at(-1)).toEqual({
      audience: 'sts.amazonaws.com',
      authorization: `Bearer ${requestToken}`
    })
    const input = { RoleArn: oidcRole, RoleSessionName: 'gha-1234', WebIdentityToken: value }
    const result = await stsClient().send(new AssumeRoleWithWebIdentityCommand(input))
    expect(result.Credentials?.AccessKeyId).toBe(sts.issued.at(-1)?.accessKeyId)
    expect(result.SubjectFromWebIdentityToken).toBe('repo:octo-org/octo-repo:ref:refs/heads/main')
    expect(sts.requests.at(-1)).toMatchObject({
      action: 'AssumeRoleWithWebIdentity',
      signatureValid: false
    })
    expect(sts.requests.at(-1)?.signedBy).toBeUndefined()

    const bad = { ...input, WebIdentityToken: `${value}x` }
    const error = await failure(stsClient().send(new AssumeRoleWithWebIdentityCommand(bad)))
    // The wire code is InvalidIdentityToken; the SDK's modeled error class adds "Exception".
    expect(error.name).toBe('InvalidIdentityTokenException')
    const denied = { ...input, RoleArn: pullRole }
    expect(
      (await failure(stsClient().send(new AssumeRoleWithWebIdentityCommand(denied)))).name
    ).toBe('AccessDenied')
  })

  it('throttleFirst: 1 is retried by the SDK and then succeeds', async () => {
    const throttled = await startFakeSts({
      credentials: [ci],
      roles: [{ arn: pullRole }],
      throttleFirst: 1
    })
    try {
      const result = await stsClient(ci, throttled.url).send(
        new AssumeRoleCommand({ RoleArn: pullRole, RoleSessionName: 'retry' })
      )
      expect(result.Credentials?.AccessKeyId).toMatch(/^ASIA/)
      expect(throttled.requests).toHaveLength(2)
      expect(throttled.requests.every(entry => entry.signatureValid)).toBe(true)
    } finally {
      await throttled.stop()
    }
  }, 15_000)
})

describe('fake ECR', () => {
  let ecr: FakeEcr
  let denied: FakeEcr
  const ecrClient = (credentials: Creds, target: FakeEcr = ecr): ECRClient =>
    new ECRClient({ region: 'eu-west-1', endpoint: target.url, credentials })

  beforeAll(async () => {
    const common = { acceptIssuedBy: sts, password: 'ecr-Pa55:word', account: '012345678901' }
    ;[ecr, denied] = await Promise.all([
      startFakeEcr({ ...common, credentials: [ci] }),
      startFakeEcr({ ...common, denyActions: true })
    ])
  })

  afterAll(() => Promise.all([ecr.stop(), denied.stop()]))

  it('GetAuthorizationToken signed with issued credentials in eu-west-1', async () => {
    const creds = await assume(ci, { RoleArn: pullRole })
    const result = await ecrClient(creds).send(new GetAuthorizationTokenCommand({}))
    const data = result.authorizationData?.[0]
    expect(Buffer.from(data?.authorizationToken ?? '', 'base64').toString()).toBe(
      'AWS:ecr-Pa55:word'
    )
    expect(data?.proxyEndpoint).toBe('https://012345678901.dkr.ecr.eu-west-1.amazonaws.com')
    const hours = ((data?.expiresAt?.getTime() ?? 0) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(11.9)
    expect(hours).toBeLessThanOrEqual(12)
    expect(ecr.requests.at(-1)).toEqual({
      target: 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
      signedBy: creds.accessKeyId,
      signatureValid: true,
      region: 'eu-west-1',
      service: 'ecr',
      securityToken: creds.sessionToken
    })
  })

  it('a wrong secret is InvalidSignatureException (the JSON-protocol name)', async () => {
    const error = await failure(
      ecrClient({ ...ci, secretAccessKey: 'wrong' }).send(new GetAuthorizationTokenCommand({}))
    )
    expect(error.name).toBe('InvalidSignatureException')
  })

  it('denyActions: AccessDeniedException naming the assumed role', async () => {
    const creds = await assume(ci, { RoleArn: pullRole })
    const error = await failure(ecrClient(creds, denied).send(new GetAuthorizationTokenCommand({})))
    expect(error.name).toBe('AccessDeniedException')
    expect(error.message).toContain(
      'User: arn:aws:sts::123456789012:assumed-role/ecr-pull/gate-run is not authorized to perform: ecr:GetAuthorizationToken'
    )
  })

  it('throttleFirst: 1 is retried by the SDK and then succeeds', async () => {
    const throttled = await startFakeEcr({
      credentials: [ci],
      password: 'p',
      account: '123456789012',
      throttleFirst: 1
    })
    try {
      const result = await ecrClient(ci, throttled).send(new GetAuthorizationTokenCommand({}))
      expect(result.authorizationData).toHaveLength(1)
      expect(throttled.requests).toHaveLength(2)
    } finally {
      await throttled.stop()
    }
  }, 15_000)
})

describe('CONNECT proxy', () => {
  const ecrHost = '123456789012.dkr.ecr.us-east-1.amazonaws.com'
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'palette-proxy-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  /** Sends CONNECT to the proxy; resolves with the answer and, on 200, the tunnel socket. */
  const connectThrough = (proxyUrl: string, target: string) =>
    new Promise<{ response: IncomingMessage; socket: Socket }>((resolve, reject) => {
      const { hostname, port } = new URL(proxyUrl)
      const request = httpRequest({ host: hostname, port, method: 'CONNECT', path: target })
      request.once('connect', (response, socket) => resolve({ response, socket }))
      request.once('error', reject)
      request.end()
    })

  it('tunnels to the mapped loopback server, which verifies under the ECR name; refuses others', async () => {
    const ca = await createTestCa(dir, [ecrHost])
    const [cert, key] = await Promise.all([readFile(ca.certFile), readFile(ca.keyFile)])
    const server = createHttpsServer({ cert, key }, (_request, response) =>
      response.end('registry')
    )
    await listenOnLoopback(server)
    const { port } = server.address() as AddressInfo
    const proxy = await startConnectProxy({ [`${ecrHost}:443`]: `127.0.0.1:${port}` })
    try {
      const { response, socket } = await connectThrough(proxy.url, `${ecrHost}:443`)
      expect(response.statusCode).toBe(200)
      const tls = tlsConnect({ socket, servername: ecrHost, ca: ca.caPem })
      await new Promise<void>((resolve, reject) => {
        tls.once('secureConnect', resolve)
        tls.once('error', reject)
      })
      expect(tls.authorized).toBe(true)
      tls.end(`GET /v2/ HTTP/1.1\r\nHost: ${ecrHost}\r\nConnection: close\r\n\r\n`)
      let answer = ''
      for await (const chunk of tls) answer += String(chunk)
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK/)
      expect(answer).toMatch(/registry$/)

      const refused = await connectThrough(proxy.url, 'example.com:443')
      expect(refused.response.statusCode).toBe(403)
      refused.socket.destroy()
      expect(proxy.connects).toEqual([`${ecrHost}:443`, 'example.com:443'])

      const plain = await fetch(`${proxy.url}/`)
      expect(plain.status).toBe(405)
    } finally {
      await proxy.stop()
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }, 30_000)
})
