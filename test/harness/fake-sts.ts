// A loopback AWS STS: the Query protocol (form-encoded POST, XML answers) with full SigV4
// verification, AssumeRole (external id, role chaining), AssumeRoleWithWebIdentity (unsigned) and
// GetCallerIdentity, with the error codes and messages real STS uses.
import { randomBytes, randomUUID } from 'node:crypto'
import {
  BAD_SIGNATURE,
  EXPIRED_TOKEN,
  INVALID_TOKEN,
  escapeXml,
  identityLookup,
  isExpired,
  randomId,
  serve,
  signatureFields
} from './aws-fake-http.js'
import type {
  AwsCredentials,
  Identity,
  IssuedCredentials,
  Received,
  Reply,
  SignatureFields
} from './aws-fake-http.js'
import { verifySigV4 } from './sigv4.js'
import type { SigV4Result } from './sigv4.js'

export interface FakeRole {
  arn: string
  /** When set, AssumeRole must pass exactly this ExternalId. */
  externalId?: string
  /** The OIDC token AssumeRoleWithWebIdentity must present; unset: web identities are refused. */
  webIdentityToken?: string
  /** The trust policy refuses everyone. */
  denied?: boolean
  /** Upper bound for DurationSeconds, as the role's MaxSessionDuration; default 3600. */
  maxSessionDuration?: number
}

export interface FakeStsOptions {
  /** Long-term (or externally issued) credentials accepted as signers. */
  credentials: AwsCredentials[]
  roles: FakeRole[]
  /** Answer the first N requests 400 Throttling. */
  throttleFirst?: number
}

export interface StsRequest extends SignatureFields {
  action: string
  params: Record<string, string>
}

export interface FakeSts {
  url: string
  requests: StsRequest[]
  issued: IssuedCredentials[]
  stop(): Promise<void>
}

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'
const SESSION_NAME = /^[\w+=,.@-]*$/

const xml = (status: number, body: string): Reply => ({
  status,
  headers: { 'content-type': 'text/xml' },
  body
})

function stsError(status: number, code: string, message: string): Reply {
  return xml(
    status,
    `<ErrorResponse xmlns="${STS_NS}"><Error><Type>Sender</Type><Code>${code}</Code>` +
      `<Message>${escapeXml(message)}</Message></Error>` +
      `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  )
}

function stsSuccess(action: string, result: string): Reply {
  return xml(
    200,
    `<${action}Response xmlns="${STS_NS}"><${action}Result>${result}</${action}Result>` +
      `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>` +
      `</${action}Response>`
  )
}

function authError(verdict: Extract<SigV4Result, { ok: false }>): Reply {
  switch (verdict.kind) {
    case 'missing':
      return stsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token')
    case 'malformed':
      return stsError(400, 'IncompleteSignature', verdict.reason)
    case 'unknown-key':
    case 'bad-token':
      return stsError(403, 'InvalidClientTokenId', INVALID_TOKEN)
    case 'expired':
      return stsError(403, 'SignatureDoesNotMatch', `Signature expired: ${verdict.reason}`)
    case 'signature':
      return stsError(403, 'SignatureDoesNotMatch', BAD_SIGNATURE)
  }
}

/** STS's input constraints, reported together in one ValidationError as STS does. */
function validate(params: Record<string, string>, webIdentity: boolean): string | undefined {
  const problems: string[] = []
  const check = (name: string, min: number, max: number, pattern?: RegExp): void => {
    const value = params[name]
    const field = `${name.charAt(0).toLowerCase()}${name.slice(1)}`
    const at = `at '${field}' failed to satisfy constraint: Member must`
    if (value === undefined) problems.push(`Value null ${at} not be null`)
    else if (value.length < min) {
      problems.push(`Value '${value}' ${at} have length greater than or equal to ${min}`)
    } else if (value.length > max) {
      problems.push(`Value '${value}' ${at} have length less than or equal to ${max}`)
    } else if (pattern && !pattern.test(value)) {
      problems.push(`Value '${value}' ${at} satisfy regular expression pattern: [\\w+=,.@-]*`)
    }
  }
  check('RoleArn', 20, 2048)
  check('RoleSessionName', 2, 64, SESSION_NAME)
  if (webIdentity) check('WebIdentityToken', 4, 20000)
  const duration = params.DurationSeconds
  if (duration !== undefined && !(Number(duration) >= 900 && Number(duration) <= 43200)) {
    problems.push(
      `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: ` +
        'Member must have value between 900 and 43200'
    )
  }
  if (problems.length === 0) return undefined
  const count =
    problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`
  return `${count} detected: ${problems.join('; ')}`
}

function durationProblem(
  role: FakeRole,
  params: Record<string, string>,
  chained: boolean
): string | undefined {
  const duration = Number(params.DurationSeconds ?? 3600)
  if (chained && duration > 3600) {
    return 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.'
  }
  if (duration > (role.maxSessionDuration ?? 3600)) {
    return 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
  }
  return undefined
}

/** Fields of a JWT's payload, or {} when it is not one. */
function jwtClaims(token: string): Record<string, unknown> {
  try {
    const json = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
    const payload: unknown = JSON.parse(json)
    return typeof payload === 'object' && payload !== null ? { ...payload } : {}
  } catch {
    return {}
  }
}

export async function startFakeSts(options: FakeStsOptions): Promise<FakeSts> {
  const requests: StsRequest[] = []
  const issued: IssuedCredentials[] = []
  const lookup = identityLookup(options.credentials, () => issued)
  let throttleLeft = options.throttleFirst ?? 0

  /** Mints credentials and returns the <Credentials> and <AssumedRoleUser> elements. */
  function issue(role: FakeRole, params: Record<string, string>, chained: boolean): string {
    const [, partition = 'aws', , , account = '', resource = ''] = role.arn.split(':')
    const roleName = resource.split('/').pop() ?? resource
    const sessionName = params.RoleSessionName ?? ''
    const minted: IssuedCredentials = {
      accessKeyId: randomId('ASIA', 16),
      secretAccessKey: randomBytes(30).toString('base64'), // 40 chars, '+' and '/' included
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(240).toString('base64')}`,
      roleArn: role.arn,
      sessionName,
      assumedRoleArn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`,
      expiration: new Date(Date.now() + Number(params.DurationSeconds ?? 3600) * 1000),
      chained
    }
    issued.push(minted)
    return (
      `<Credentials><AccessKeyId>${minted.accessKeyId}</AccessKeyId>` +
      `<SecretAccessKey>${escapeXml(minted.secretAccessKey)}</SecretAccessKey>` +
      `<SessionToken>${escapeXml(minted.sessionToken)}</SessionToken>` +
      `<Expiration>${minted.expiration.toISOString()}</Expiration></Credentials>` +
      `<AssumedRoleUser><AssumedRoleId>${randomId('AROA', 17)}:${escapeXml(sessionName)}` +
      `</AssumedRoleId><Arn>${escapeXml(minted.assumedRoleArn)}</Arn></AssumedRoleUser>`
    )
  }

  function assumeRole(params: Record<string, string>, caller: Identity): Reply {
    const invalid = validate(params, false)
    if (invalid) return stsError(400, 'ValidationError', invalid)
    const roleArn = params.RoleArn ?? ''
    const role = options.roles.find(entry => entry.arn === roleArn)
    const externalIdOk = role?.externalId === undefined || role.externalId === params.ExternalId
    if (!role || role.denied || !externalIdOk) {
      return stsError(
        403,
        'AccessDenied',
        `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`
      )
    }
    const tooLong = durationProblem(role, params, caller.issued)
    if (tooLong) return stsError(400, 'ValidationError', tooLong)
    return stsSuccess('AssumeRole', issue(role, params, caller.issued))
  }

  function assumeRoleWithWebIdentity(params: Record<string, string>): Reply {
    const invalid = validate(params, true)
    if (invalid) return stsError(400, 'ValidationError', invalid)
    const role = options.roles.find(entry => entry.arn === params.RoleArn)
    if (!role || role.denied || role.webIdentityToken === undefined) {
      return stsError(
        403,
        'AccessDenied',
        'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      )
    }
    const token = params.WebIdentityToken ?? ''
    if (token !== role.webIdentityToken) {
      return stsError(
        400,
        'InvalidIdentityToken',
        'The web identity token that was passed could not be validated by Amazon Web Services. ' +
          'Get a new identity token from the identity provider and then retry the request.'
      )
    }
    const tooLong = durationProblem(role, params, false)
    if (tooLong) return stsError(400, 'ValidationError', tooLong)
    const claims = jwtClaims(token)
    const claim = (name: string, fallback: string): string => {
      const value = claims[name]
      return escapeXml(typeof value === 'string' ? value : fallback)
    }
    return stsSuccess(
      'AssumeRoleWithWebIdentity',
      issue(role, params, false) +
        `<SubjectFromWebIdentityToken>${claim('sub', 'unknown')}</SubjectFromWebIdentityToken>` +
        `<Audience>${claim('aud', 'sts.amazonaws.com')}</Audience>` +
        `<Provider>${claim('iss', 'https://token.actions.githubusercontent.com')}</Provider>`
    )
  }

  function handle(request: Received): Reply {
    const questionMark = request.path.indexOf('?')
    const query = questionMark < 0 ? '' : request.path.slice(questionMark + 1)
    // The Query protocol also allows GET with the parameters in the URL.
    const form = request.method === 'POST' ? request.body.toString('utf8') : query
    const params = Object.fromEntries(new URLSearchParams(form))
    const action = params.Action ?? ''
    const signed = request.headers.authorization !== undefined
    const verdict = signed ? verifySigV4(request, lookup) : undefined
    requests.push({ action, params, ...signatureFields(request, verdict) })
    if (throttleLeft > 0) {
      throttleLeft -= 1
      return stsError(400, 'Throttling', 'Rate exceeded')
    }
    // The one unsigned action; a signature sent anyway is not needed, so it is not checked.
    if (action === 'AssumeRoleWithWebIdentity') return assumeRoleWithWebIdentity(params)

    const auth = verdict ?? verifySigV4(request, lookup)
    if (!auth.ok) return authError(auth)
    if (auth.service !== 'sts') {
      const message = "Credential should be scoped to correct service: 'sts'. "
      return stsError(403, 'SignatureDoesNotMatch', message)
    }
    const caller = lookup(auth.accessKeyId)
    if (!caller) return stsError(403, 'InvalidClientTokenId', INVALID_TOKEN)
    if (isExpired(caller)) return stsError(403, 'ExpiredToken', EXPIRED_TOKEN)
    if (action === 'AssumeRole') return assumeRole(params, caller)
    if (action === 'GetCallerIdentity') {
      const account = caller.arn.split(':')[4] ?? ''
      return stsSuccess(
        'GetCallerIdentity',
        `<Arn>${escapeXml(caller.arn)}</Arn><UserId>${auth.accessKeyId}</UserId>` +
          `<Account>${account}</Account>`
      )
    }
    const message = `Could not find operation ${action} for version 2011-06-15`
    return stsError(400, 'InvalidAction', message)
  }

  const server = await serve(handle)
  return { url: server.url, requests, issued, stop: server.stop }
}
