// Server-side AWS Signature Version 4 verification for the local AWS fakes. Written from the
// published algorithm with node:crypto rather than reusing the SDK's signer, so a signer bug
// cannot hide behind the same bug in the verifier.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export interface SignedRequest {
  method: string
  /** Path as received on the wire, query string included. */
  path: string
  /** Header names in any case; duplicate headers already joined with ', ' (as node does). */
  headers: Record<string, string>
  body: Buffer
}

export interface SigningSecret {
  secretAccessKey: string
  /** When set, the request must carry it as x-amz-security-token (temporary credentials). */
  sessionToken?: string
}

/** Why a request failed; the fakes map each kind to the error code their service uses. */
export type SigV4FailureKind =
  | 'missing' // no Authorization header at all
  | 'malformed' // an Authorization header that is not a SigV4 one
  | 'unknown-key' // access key id not known
  | 'bad-token' // session token missing, unexpected or wrong
  | 'expired' // x-amz-date too far from now
  | 'signature' // everything parsed, the signature differs

export type SigV4Result =
  | { ok: true; accessKeyId: string; region: string; service: string; date: string }
  | {
      ok: false
      kind: SigV4FailureKind
      reason: string
      accessKeyId?: string
      region?: string
      service?: string
    }

const ALGORITHM = 'AWS4-HMAC-SHA256'
/** AWS refuses requests signed more than 15 minutes away from its clock. */
const MAX_SKEW_MS = 15 * 60 * 1000

const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding as AWS wants it: encodeURIComponent plus !'()*. */
function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value // a stray '%' stays literal; the signature check then decides
  }
}

/** Normalises . and .. segments, then escapes each segment (again), as non-S3 services do. */
export function canonicalPath(path: string): string {
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : ''
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${trailing}`
  return escapeUri(normalized).replace(/%2F/g, '/')
}

/** Pairs sorted by encoded key, then encoded value; X-Amz-Signature is left out. */
export function canonicalQuery(query: string): string {
  const pairs: Array<[string, string]> = []
  for (const part of query.split('&')) {
    if (part === '') continue
    const equals = part.indexOf('=')
    const key = safeDecode(equals < 0 ? part : part.slice(0, equals))
    const value = equals < 0 ? '' : safeDecode(part.slice(equals + 1))
    if (key.toLowerCase() === 'x-amz-signature') continue
    pairs.push([escapeUri(key), escapeUri(value)])
  }
  pairs.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
  return pairs.map(([key, value]) => `${key}=${value}`).join('&')
}

interface ParsedAuthorization {
  accessKeyId: string
  date: string
  region: string
  service: string
  signedHeaders: string[]
  signature: string
}

function parseAuthorization(header: string): ParsedAuthorization | string {
  if (!header.startsWith(`${ALGORITHM} `)) return `algorithm is not ${ALGORITHM}`
  const fields = new Map<string, string>()
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const equals = part.indexOf('=')
    if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim())
  }
  const credential = fields.get('Credential')?.split('/') ?? []
  const signedHeaders = fields.get('SignedHeaders')
  const signature = fields.get('Signature')
  const [accessKeyId, date, region, service, terminator] = credential
  if (
    credential.length !== 5 ||
    !accessKeyId ||
    !date ||
    !region ||
    !service ||
    terminator !== 'aws4_request'
  ) {
    return 'Credential is not <key>/<yyyymmdd>/<region>/<service>/aws4_request'
  }
  if (!signedHeaders || !signature) return 'SignedHeaders or Signature is missing'
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature }
}

/** 20261124T101500Z → epoch ms, or undefined. */
function parseAmzDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s] = match.map(Number)
  if (y === undefined || mo === undefined || d === undefined) return undefined
  return Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0)
}

/**
 * Recomputes the canonical request, the string to sign and the HMAC chain with the secret that
 * `secretFor` returns for the request's access key id, and compares signatures.
 */
export function verifySigV4(
  request: SignedRequest,
  secretFor: (accessKeyId: string) => SigningSecret | undefined,
  now: number = Date.now()
): SigV4Result {
  const headers = new Map<string, string>()
  for (const [name, value] of Object.entries(request.headers))
    headers.set(name.toLowerCase(), value)
  const authorization = headers.get('authorization')
  if (authorization === undefined) {
    return { ok: false, kind: 'missing', reason: 'the request has no Authorization header' }
  }
  const parsed = parseAuthorization(authorization)
  if (typeof parsed === 'string') return { ok: false, kind: 'malformed', reason: parsed }
  const { accessKeyId, region, service } = parsed
  const scope = { accessKeyId, region, service }
  const fail = (kind: SigV4FailureKind, reason: string): SigV4Result => ({
    ok: false,
    kind,
    reason,
    ...scope
  })

  const amzDate = headers.get('x-amz-date') ?? ''
  const time = parseAmzDate(amzDate)
  if (time === undefined) return fail('malformed', 'x-amz-date is missing or not yyyymmddThhmmssZ')
  if (!amzDate.startsWith(parsed.date)) {
    return fail('signature', `the credential date ${parsed.date} differs from x-amz-date`)
  }
  if (Math.abs(now - time) > MAX_SKEW_MS) {
    return fail('expired', `x-amz-date ${amzDate} is more than 15 minutes from the server's clock`)
  }
  for (const required of ['host', 'x-amz-date']) {
    if (!parsed.signedHeaders.includes(required)) {
      return fail('malformed', `SignedHeaders must include ${required}`)
    }
  }

  const secret = secretFor(accessKeyId)
  if (!secret) return fail('unknown-key', `access key id ${accessKeyId} is not known`)
  const token = headers.get('x-amz-security-token')
  if (token !== secret.sessionToken) {
    return fail(
      'bad-token',
      secret.sessionToken === undefined
        ? 'x-amz-security-token was sent for long-term credentials'
        : 'x-amz-security-token is missing or does not belong to the access key id'
    )
  }

  const bodyHash = sha256Hex(request.body)
  const declaredHash = headers.get('x-amz-content-sha256')
  if (
    declaredHash !== undefined &&
    /^[0-9a-f]{64}$/.test(declaredHash) &&
    declaredHash !== bodyHash
  ) {
    return fail('signature', 'x-amz-content-sha256 does not match the body')
  }
  const payloadHash = declaredHash ?? bodyHash

  const canonicalHeaders: string[] = []
  for (const name of [...parsed.signedHeaders].sort()) {
    const value = headers.get(name)
    if (value === undefined) return fail('signature', `signed header ${name} is not in the request`)
    const canonical = value
      .replace(/[\r\n]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim()
    canonicalHeaders.push(`${name}:${canonical}\n`)
  }
  const questionMark = request.path.indexOf('?')
  const pathOnly = questionMark < 0 ? request.path : request.path.slice(0, questionMark)
  const query = questionMark < 0 ? '' : request.path.slice(questionMark + 1)
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(pathOnly),
    canonicalQuery(query),
    canonicalHeaders.join(''),
    [...parsed.signedHeaders].sort().join(';'),
    payloadHash
  ].join('\n')

  const credentialScope = `${parsed.date}/${region}/${service}/aws4_request`
  const stringToSign = [ALGORITHM, amzDate, credentialScope, sha256Hex(canonicalRequest)].join('\n')
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${secret.secretAccessKey}`, parsed.date), region), service),
    'aws4_request'
  )
  const expected = Buffer.from(createHmac('sha256', signingKey).update(stringToSign).digest('hex'))
  const given = Buffer.from(parsed.signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return fail('signature', 'the signature does not match the one computed with the secret key')
  }
  return { ok: true, accessKeyId, region, service, date: parsed.date }
}
