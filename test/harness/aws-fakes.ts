// Loopback fakes of AWS STS (fake-sts.ts), ECR (awsJson1_1) and the GitHub Actions OIDC token
// endpoint. Point the real AWS SDK at them (AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_ECR or the
// client's `endpoint`): they verify SigV4 for real and answer the way AWS does, errors included.
import { randomBytes } from 'node:crypto'
import {
  BAD_SIGNATURE,
  EXPIRED_TOKEN,
  INVALID_TOKEN,
  identityLookup,
  isExpired,
  serve,
  signatureFields
} from './aws-fake-http.js'
import type { AwsCredentials, Received, Reply, SignatureFields } from './aws-fake-http.js'
import type { FakeSts } from './fake-sts.js'
import { verifySigV4 } from './sigv4.js'

export { startFakeSts } from './fake-sts.js'
export type { FakeRole, FakeSts, FakeStsOptions, StsRequest } from './fake-sts.js'
export type { AwsCredentials, IssuedCredentials } from './aws-fake-http.js'
export { verifySigV4 } from './sigv4.js'

export interface FakeEcrOptions {
  credentials?: AwsCredentials[]
  /** Also accept credentials this fake STS issued (with their session token). */
  acceptIssuedBy?: FakeSts
  /** The registry password; the token is base64('AWS:' + password). */
  password: string
  /** 12-digit account id, a string (leading zeros are legal). */
  account: string
  /** Answer GetAuthorizationToken with AccessDeniedException. */
  denyActions?: boolean
  /** Answer the first N requests 400 ThrottlingException. */
  throttleFirst?: number
}

export interface EcrRequest extends SignatureFields {
  /** The x-amz-target header, e.g. AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken */
  target: string
}

export interface FakeEcr {
  url: string
  requests: EcrRequest[]
  stop(): Promise<void>
}

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.'
const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000

/** awsJson1_1 errors: the SDK reads the type from x-amzn-errortype or __type. */
function ecrError(type: string, message: string, status = 400): Reply {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type },
    body: JSON.stringify({ __type: type, message })
  }
}

export async function startFakeEcr(options: FakeEcrOptions): Promise<FakeEcr> {
  const requests: EcrRequest[] = []
  const lookup = identityLookup(
    options.credentials ?? [],
    () => options.acceptIssuedBy?.issued ?? []
  )
  let throttleLeft = options.throttleFirst ?? 0

  function handle(request: Received): Reply {
    const target = request.headers['x-amz-target'] ?? ''
    const verdict = verifySigV4(request, lookup)
    requests.push({ target, ...signatureFields(request, verdict) })
    if (throttleLeft > 0) {
      throttleLeft -= 1
      return ecrError('ThrottlingException', 'Rate exceeded')
    }
    // JSON-protocol services name the signature failures differently from STS's Query protocol.
    if (!verdict.ok) {
      switch (verdict.kind) {
        case 'missing':
          return ecrError(
            'MissingAuthenticationTokenException',
            'Missing Authentication Token',
            403
          )
        case 'malformed':
          return ecrError('IncompleteSignatureException', verdict.reason)
        case 'unknown-key':
        case 'bad-token':
          return ecrError('UnrecognizedClientException', INVALID_TOKEN)
        case 'expired':
          return ecrError('InvalidSignatureException', `Signature expired: ${verdict.reason}`)
        case 'signature':
          return ecrError('InvalidSignatureException', BAD_SIGNATURE)
      }
    }
    if (verdict.service !== 'ecr') {
      const message = "Credential should be scoped to correct service: 'ecr'. "
      return ecrError('InvalidSignatureException', message)
    }
    const caller = lookup(verdict.accessKeyId)
    if (!caller) return ecrError('UnrecognizedClientException', INVALID_TOKEN)
    if (isExpired(caller)) return ecrError('ExpiredTokenException', EXPIRED_TOKEN)
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
    if (operation !== 'GetAuthorizationToken') return ecrError('UnknownOperationException', '')
    try {
      JSON.parse(request.body.toString('utf8') || '{}')
    } catch {
      return ecrError(
        'SerializationException',
        'Start of structure or map found where not expected.'
      )
    }
    if (options.denyActions) {
      return ecrError(
        'AccessDeniedException',
        `User: ${caller.arn} is not authorized to perform: ecr:GetAuthorizationToken on ` +
          'resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
      )
    }
    const authorizationData = {
      authorizationToken: Buffer.from(`AWS:${options.password}`).toString('base64'),
      expiresAt: (Date.now() + TOKEN_LIFETIME_MS) / 1000, // epoch seconds, fractional like AWS
      proxyEndpoint: `https://${options.account}.dkr.ecr.${verdict.region}.amazonaws.com`
    }
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ authorizationData: [authorizationData] })
    }
  }

  const server = await serve(handle)
  return { url: server.url, requests, stop: server.stop }
}

// ---------------------------------------------------------------------------------------- OIDC

export interface FakeOidcOptions {
  /** The runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN, expected as a Bearer token. */
  requestToken: string
  /** The JWT handed out; default an unsigned-looking GitHub Actions token. */
  idToken?: string
}

export interface OidcRequest {
  audience?: string
  authorization?: string
}

export interface FakeOidc {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL; it already holds '?api-version=2.0'. */
  url: string
  idToken: string
  requests: OidcRequest[]
  stop(): Promise<void>
}

/** Looks like a GitHub Actions ID token; the signature part is random bytes. */
function sampleIdToken(): string {
  const now = Math.floor(Date.now() / 1000)
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = { alg: 'RS256', typ: 'JWT', kid: randomBytes(8).toString('hex') }
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sts.amazonaws.com',
    sub: 'repo:octo-org/octo-repo:ref:refs/heads/main',
    repository: 'octo-org/octo-repo',
    ref: 'refs/heads/main',
    iat: now,
    nbf: now - 5,
    exp: now + 300
  }
  return `${part(header)}.${part(claims)}.${randomBytes(256).toString('base64url')}`
}

export async function startFakeOidc(options: FakeOidcOptions): Promise<FakeOidc> {
  const idToken = options.idToken ?? sampleIdToken()
  const requests: OidcRequest[] = []
  const json = (status: number, body: unknown): Reply => ({
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })

  function handle(request: Received): Reply {
    const url = new URL(request.path, 'http://127.0.0.1')
    const audience = url.searchParams.get('audience') ?? undefined
    const authorization = request.headers.authorization
    requests.push({
      ...(audience === undefined ? {} : { audience }),
      ...(authorization === undefined ? {} : { authorization })
    })
    if (url.pathname !== '/idtoken') return json(404, { message: 'not found' })
    if (request.method !== 'GET') return json(405, { message: 'method not allowed' })
    if (authorization !== `Bearer ${options.requestToken}`) {
      return json(401, { message: 'Unauthorized: the request token is missing or invalid' })
    }
    return json(200, { value: idToken })
  }

  const server = await serve(handle)
  return {
    url: `${server.url}/idtoken?api-version=2.0`,
    idToken,
    requests,
    stop: server.stop
  }
}
