// Plumbing shared by the AWS fakes (aws-fakes.ts, fake-sts.ts): a loopback server that hands
// whole requests to a synchronous handler, the signer identities, and id generators.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SigV4Result } from './sigv4.js'
import { listenOnLoopback } from './loopback.js'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  /** Principal named in AccessDenied messages; default arn:aws:iam::123456789012:user/ci. */
  arn?: string
}

export interface IssuedCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  roleArn: string
  sessionName: string
  /** arn:aws:sts::<account>:assumed-role/<role>/<session> */
  assumedRoleArn: string
  expiration: Date
  /** Issued by AssumeRole signed with earlier issued credentials (role chaining). */
  chained: boolean
}

/** Who signed: what the verifier needs, plus what error messages and STS's rules need. */
export interface Identity {
  secretAccessKey: string
  sessionToken?: string
  arn: string
  expiration?: Date
  /** Issued credentials: AssumeRole with them is role chaining. */
  issued: boolean
}

export interface Received {
  method: string
  /** With the query string. */
  path: string
  headers: Record<string, string>
  body: Buffer
}

export interface Reply {
  status: number
  headers?: Record<string, string>
  body: string
}

/** What the fakes record about a request's signature. */
export interface SignatureFields {
  signedBy?: string
  signatureValid: boolean
  region?: string
  service?: string
  securityToken?: string
}

export const DEFAULT_PRINCIPAL = 'arn:aws:iam::123456789012:user/ci'
export const BAD_SIGNATURE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
export const INVALID_TOKEN = 'The security token included in the request is invalid.'
export const EXPIRED_TOKEN = 'The security token included in the request is expired'
const MAX_BODY_BYTES = 1024 * 1024

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

/** A loopback HTTP server (127.0.0.1, port 0) whose handler sees the whole request at once. */
export async function serve(
  handle: (request: Received) => Reply
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    request.on('end', () => {
      const reply: Reply =
        size > MAX_BODY_BYTES
          ? { status: 413, body: 'request body too large' }
          : handle({
              method: request.method ?? 'GET',
              path: request.url ?? '/',
              headers: flattenHeaders(request),
              body: Buffer.concat(chunks)
            })
      response.writeHead(reply.status, {
        'x-amzn-requestid': randomUUID(),
        'content-length': Buffer.byteLength(reply.body),
        ...reply.headers
      })
      response.end(reply.body)
    })
  })
  await listenOnLoopback(server)
  const { port } = server.address() as AddressInfo
  let stopped: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopped
    }
  }
}

export const escapeXml = (value: string): string =>
  value.replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`)

/** Access key ids and AROA ids are upper-case base32-looking strings. */
export function randomId(prefix: string, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  return prefix + [...randomBytes(length)].map(byte => alphabet[byte % 32] ?? 'A').join('')
}

/** Looks a signer up among static credentials and credentials a fake STS issued. */
export function identityLookup(
  credentials: AwsCredentials[],
  issued: () => IssuedCredentials[]
): (accessKeyId: string) => Identity | undefined {
  return accessKeyId => {
    const fixed = credentials.find(entry => entry.accessKeyId === accessKeyId)
    if (fixed) return { ...fixed, arn: fixed.arn ?? DEFAULT_PRINCIPAL, issued: false }
    const minted = issued().find(entry => entry.accessKeyId === accessKeyId)
    if (!minted) return undefined
    const { secretAccessKey, sessionToken, assumedRoleArn: arn, expiration } = minted
    return { secretAccessKey, sessionToken, arn, expiration, issued: true }
  }
}

export function signatureFields(
  request: Received,
  verdict: SigV4Result | undefined
): SignatureFields {
  const securityToken = request.headers['x-amz-security-token']
  return {
    signatureValid: verdict?.ok ?? false,
    ...(verdict?.accessKeyId === undefined ? {} : { signedBy: verdict.accessKeyId }),
    ...(verdict?.region === undefined ? {} : { region: verdict.region }),
    ...(verdict?.service === undefined ? {} : { service: verdict.service }),
    ...(securityToken === undefined ? {} : { securityToken })
  }
}

/** Issued credentials past their Expiration are refused with ExpiredToken. */
export const isExpired = (identity: Identity): boolean =>
  identity.expiration !== undefined && identity.expiration.getTime() <= Date.now()
