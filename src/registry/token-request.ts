// The Docker token protocol: the token URL a Bearer challenge asks for (with the scopes of other
// repositories the run will read, within a URL length every proxy accepts), and the token read
// from the answer. Sending it, and the credentials' trial, are auth.ts's.
import { AuthenticationError, PermissionError, RegistryError } from '../errors.js'
import { parseJsonObject } from '../json.js'
import type { Challenge } from './challenge.js'
import type { HttpResponse } from './exchange.js'

const DEFAULT_TOKEN_LIFETIME_SECONDS = 60
// Far below the 8 KiB of request line and headers that common proxies and registries accept.
const MAX_TOKEN_URL_LENGTH = 6000

export interface TokenRequest {
  url: URL
  /** The token service, as credential trials name it. */
  service: string
  /** The other repositories whose scopes the request carries. */
  shared: string[]
}

export interface Token {
  value: string
  expiresInSeconds: number
}

/** The request for a token to pull `repository`, and as many of `others` as fit. */
export function tokenRequest(
  registryName: string,
  challenge: Challenge,
  repository: string,
  others: readonly string[]
): TokenRequest {
  const url = parseRealm(challenge.params.realm ?? '')
  if (url === undefined) {
    throw new AuthenticationError(
      `${registryName} sent a Bearer challenge whose realm is not an http(s) URL`,
      'The registry is misconfigured; its token service cannot be found.'
    )
  }
  const service = `token ${url.origin}${url.pathname}`
  if (challenge.params.service !== undefined)
    url.searchParams.set('service', challenge.params.service)
  const scopes = (challenge.params.scope ?? `repository:${repository}:pull`)
    .split(' ')
    .filter(scope => scope !== '')
  for (const scope of scopes) url.searchParams.append('scope', scope)
  const shared: string[] = []
  // Other repositories only beside repository scopes: a registry's own scope stays alone.
  if (scopes.every(scope => scope.startsWith('repository:'))) {
    for (const other of others) {
      const scope = `repository:${other}:pull`
      if (url.href.length + scope.length + 8 > MAX_TOKEN_URL_LENGTH) break
      url.searchParams.append('scope', scope)
      shared.push(other)
    }
  }
  return { url, service, shared }
}

/** The token in a token service's answer; its refusals (except 401, the caller's) as typed errors. */
export function tokenFromResponse(
  registryName: string,
  repository: string,
  request: TokenRequest,
  response: HttpResponse
): Token {
  const { origin } = request.url
  if (response.status === 403) {
    throw new PermissionError(
      `The token service of ${registryName} refused a pull token for ${repository} (403)`,
      'Give the user pull (read) permission on this repository or project.'
    )
  }
  if (response.status !== 200) {
    throw new RegistryError(
      `The token service at ${origin} answered ${response.status}`,
      'Check that the registry and its token service are healthy.'
    )
  }
  const token = readToken(response.body)
  if (token === undefined) {
    throw new RegistryError(
      `The token service at ${origin} sent no token`,
      "The registry's token service is misconfigured."
    )
  }
  return token
}

function parseRealm(realm: string): URL | undefined {
  try {
    const url = new URL(realm)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

function readToken(body: Buffer): Token | undefined {
  const fields = parseJsonObject(body)
  if (fields === undefined) return undefined
  const value =
    typeof fields.token === 'string' && fields.token !== '' ? fields.token : fields.access_token
  if (typeof value !== 'string' || value === '') return undefined
  const expiresIn =
    typeof fields.expires_in === 'number' && fields.expires_in > 0
      ? fields.expires_in
      : DEFAULT_TOKEN_LIFETIME_SECONDS
  return { value, expiresInSeconds: expiresIn }
}
