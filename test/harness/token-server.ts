// A minimal Docker registry token server (distribution's `auth.token` mode), so tests exercise the
// real Bearer challenge: 401 from the registry, GET the realm, retry with the signed JWT.
import { X509Certificate, randomUUID, sign } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { listenOnLoopback } from './loopback.js'

export interface TokenUser {
  username: string
  password: string
  actions: string[]
}

export interface TokenServerOptions {
  signing: { certPem: string; keyPem: string }
  service: string
  issuer: string
  users: TokenUser[]
  /** Actions granted without credentials; default none, so the registry refuses anonymous pulls. */
  anonymousActions?: string[]
}

export interface TokenRequest {
  authorization?: string
  scope: string[]
  service?: string
  method: string
}

export interface TokenServer {
  /** http://127.0.0.1:<port>/token */
  realm: string
  issueToken(repository: string, actions: string[]): string
  /** Users may be added while it runs (the registry's `addUser` relies on it). */
  addUser(user: TokenUser): void
  requests: TokenRequest[]
  stop(): Promise<void>
}

interface AccessEntry {
  type: string
  name: string
  actions: string[]
}

const TOKEN_LIFETIME_SECONDS = 300

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

/** `repository:<name>:<actions>`; the name may hold `host:port/`, so type and actions are cut at the ends. */
export function parseScope(scope: string): AccessEntry | undefined {
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first <= 0 || last <= first) return undefined
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter(action => action !== '')
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions }
}

function parseBasic(
  header: string | undefined
): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match?.[1]) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':') // passwords may contain ':', user names may not
  if (colon < 0) return undefined
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers
  })
  response.end(text)
}

function errorBody(code: string, message: string): unknown {
  return { errors: [{ code, message, detail: null }] }
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const users: TokenUser[] = options.users.map(user => ({ ...user, actions: [...user.actions] }))
  const anonymousActions = options.anonymousActions ?? []
  const requests: TokenRequest[] = []
  const x5c = [new X509Certificate(options.signing.certPem).raw.toString('base64')]

  function signToken(subject: string, access: AccessEntry[]): string {
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'RS256', x5c }
    const claims = {
      iss: options.issuer,
      sub: subject,
      aud: options.service,
      exp: now + TOKEN_LIFETIME_SECONDS,
      nbf: now - 10, // tolerate small clock differences with the registry
      iat: now,
      jti: randomUUID(),
      access
    }
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
    const signature = sign('sha256', Buffer.from(signingInput), options.signing.keyPem)
    return `${signingInput}.${base64url(signature)}`
  }

  function grant(scopes: string[], allowed: string[]): AccessEntry[] {
    const access: AccessEntry[] = []
    for (const scope of scopes) {
      const entry = parseScope(scope)
      if (!entry || entry.type !== 'repository') continue
      const actions = entry.actions.filter(action => allowed.includes(action))
      if (actions.length > 0) access.push({ ...entry, actions })
    }
    return access
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    // Some clients put several scopes in one parameter, separated by spaces.
    const scope = url.searchParams
      .getAll('scope')
      .flatMap(value => value.split(' '))
      .filter(value => value !== '')
    const service = url.searchParams.get('service') ?? undefined
    const authorization = request.headers.authorization
    requests.push({
      method: request.method ?? 'GET',
      scope,
      ...(authorization === undefined ? {} : { authorization }),
      ...(service === undefined ? {} : { service })
    })
    if (url.pathname !== '/token') {
      sendJson(response, 404, errorBody('NOT_FOUND', 'not found'))
      return
    }
    if (request.method !== 'GET') {
      // Like GHCR and Harbor: the OAuth2 POST form is not offered, clients must fall back to GET.
      sendJson(response, 405, errorBody('UNSUPPORTED', 'method not allowed'), { Allow: 'GET' })
      return
    }
    let subject = 'anonymous'
    let allowed = anonymousActions
    if (authorization !== undefined) {
      const credentials = parseBasic(authorization)
      const user = users.find(
        candidate =>
          candidate.username === credentials?.username &&
          candidate.password === credentials.password
      )
      if (!user) {
        sendJson(response, 401, errorBody('UNAUTHORIZED', 'authentication required'), {
          'WWW-Authenticate': `Basic realm="${realm}"`
        })
        return
      }
      subject = user.username
      allowed = user.actions
    }
    const token = signToken(subject, grant(scope, allowed))
    sendJson(response, 200, {
      token,
      access_token: token,
      expires_in: TOKEN_LIFETIME_SECONDS,
      issued_at: new Date().toISOString()
    })
  }

  const server = createServer(handle)
  await listenOnLoopback(server)
  const port = (server.address() as AddressInfo).port
  const realm = `http://127.0.0.1:${port}/token`

  let stopped: Promise<void> | undefined
  return {
    realm,
    requests,
    issueToken: (repository, actions) =>
      signToken('palette-chart-gate-pusher', [{ type: 'repository', name: repository, actions }]),
    addUser: user => {
      users.push({ ...user, actions: [...user.actions] })
    },
    stop: () => {
      stopped ??= new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return stopped
    }
  }
}
