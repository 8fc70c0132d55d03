// Answers registry challenges: Basic with the credentials, or Bearer tokens fetched from the realm
// (anonymously or with Basic credentials) and kept for the rest of the run.
import { AuthenticationError, PermissionError, quoted, RegistryError, shown } from '../errors.js'
import { parseJsonObject } from '../json.js'
import type { RegistryCredentials } from '../inputs/request.js'
import { parseChallenges, type Challenge } from './challenge.js'
import type { HttpTransport } from './http.js'

interface CachedToken {
  authorization: string
  expiresAt: number
}

const DEFAULT_TOKEN_LIFETIME_SECONDS = 60
// Far below the 8 KiB of request line and headers that common proxies and registries accept.
const MAX_TOKEN_URL_LENGTH = 6000

export class RegistryAuthenticator {
  private readonly basicAuthorization: string | undefined
  private usesBasic = false
  private readonly tokens = new Map<string, CachedToken>()
  /** Repositories the run will read: one token request may ask for all of them. */
  private readonly expected = new Set<string>()
  /** Repositories whose token was asked for on behalf of another one. */
  private readonly covered = new Set<string>()
  /** The token service refused several scopes at once: one repository per request from now on. */
  private singleScope = false
  private fetching: Promise<void> | undefined

  constructor(
    private readonly credentials: RegistryCredentials,
    private readonly transport: HttpTransport,
    private readonly mask: (secret: string) => void,
    private readonly registryName: string,
    /** Replaces the generic message when a registry demands credentials none were given for. */
    private readonly requiredNotice?: { message: string; hint: string }
  ) {
    if (credentials.type === 'basic') {
      this.basicAuthorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      mask(this.basicAuthorization.slice('Basic '.length))
    }
  }

  /** Whether the Authorization headers sent stem from user credentials (not an anonymous token). */
  get hasCredentials(): boolean {
    return this.basicAuthorization !== undefined
  }

  /** The Authorization header to send pre-emptively, once the registry has told how it wants it. */
  authorizationFor(repository: string): string | undefined {
    if (this.usesBasic) return this.basicAuthorization
    const token = this.tokens.get(repository)
    return token !== undefined && token.expiresAt > Date.now() ? token.authorization : undefined
  }

  /** Handles a 401: learns the scheme, fetches a token if needed. Throws when it cannot answer. */
  async answer(repository: string, wwwAuthenticate: string | undefined): Promise<void> {
    const challenges = parseChallenges(wwwAuthenticate ?? '')
    const bearer = challenges.find(
      challenge => challenge.scheme === 'bearer' && challenge.params.realm !== undefined
    )
    if (bearer !== undefined) {
      // A live token asked for on behalf of this repository was sent and refused: it did not
      // cover it, so ask for one repository at a time. An expired one only needs renewing.
      if (this.covered.has(repository)) {
        if (this.authorizationFor(repository) !== undefined) this.singleScope = true
        this.tokens.delete(repository)
        this.covered.delete(repository)
      }
      // One token request at a time: the one in flight may cover this repository too.
      const pending = this.fetching
      if (pending !== undefined) {
        await pending.catch(() => undefined)
        if (this.authorizationFor(repository) !== undefined) return
      }
      const fetching = this.fetchToken(repository, bearer).finally(() => {
        if (this.fetching === fetching) this.fetching = undefined
      })
      this.fetching = fetching
      return fetching
    }
    if (challenges.some(challenge => challenge.scheme === 'basic')) {
      if (this.basicAuthorization === undefined) throw this.credentialsRequired()
      this.usesBasic = true
      return
    }
    throw new AuthenticationError(
      `${this.registryName} answered 401 with a challenge the gate cannot answer: ${wwwAuthenticate === undefined ? '(no WWW-Authenticate header)' : quoted(wwwAuthenticate)}`,
      'The gate speaks Basic and Bearer token authentication; check the endpoint.'
    )
  }

  /** Repositories the run will read on this registry, so that one token request covers them all. */
  expect(repositories: Iterable<string>): void {
    for (const repository of repositories) this.expected.add(repository)
  }

  /** The registry still says 401 after the challenge was answered. */
  rejected(repository?: string, wwwAuthenticate?: string): AuthenticationError | PermissionError {
    if (this.credentials.type === 'anonymous') return this.credentialsRequired()
    // A token that is valid but grants too little: the user exists and lacks pull rights.
    const insufficient = parseChallenges(wwwAuthenticate ?? '').some(
      challenge => challenge.params.error === 'insufficient_scope'
    )
    if (insufficient && repository !== undefined) {
      return new PermissionError(
        `${this.registryName} accepted user ${shown(this.credentials.username)} but gave no pull access to ${repository} (insufficient_scope)`,
        'Grant the user pull (read) permission on this repository, or check the chart and base-content-path: some registries answer this way for a repository that does not exist.'
      )
    }
    return new AuthenticationError(
      `${this.registryName} rejected the credentials of user ${shown(this.credentials.username)} (401)`,
      'Check username and password (for Azure Container Registry, the admin user or a token with pull rights). Some registries (Docker Hub) also answer 401 for a repository that does not exist: check the chart and base-content-path.'
    )
  }

  private credentialsRequired(): AuthenticationError {
    if (this.requiredNotice !== undefined)
      return new AuthenticationError(this.requiredNotice.message, this.requiredNotice.hint)
    return new AuthenticationError(
      `${this.registryName} requires credentials and none were given`,
      'Set the username and password inputs (store the password in a GitHub secret). A registry that answers 401 to anonymous pulls may also do so for a repository that does not exist.'
    )
  }

  private async fetchToken(
    repository: string,
    challenge: Challenge,
    alone = this.singleScope
  ): Promise<void> {
    const realm = parseRealm(challenge.params.realm ?? '')
    if (realm === undefined) {
      throw new AuthenticationError(
        `${this.registryName} sent a Bearer challenge whose realm is not an http(s) URL`,
        'The registry is misconfigured; its token service cannot be found.'
      )
    }
    if (challenge.params.service !== undefined)
      realm.searchParams.set('service', challenge.params.service)
    const scopes = (challenge.params.scope ?? `repository:${repository}:pull`)
      .split(' ')
      .filter(scope => scope !== '')
    for (const scope of scopes) realm.searchParams.append('scope', scope)
    // The Docker token protocol allows repeated scopes: ask for the other repositories the run
    // will read too, within a URL length every proxy accepts.
    const others =
      alone || !scopes.every(scope => scope.startsWith('repository:'))
        ? []
        : this.uncovered(repository)
    const shared: string[] = []
    for (const other of others) {
      const scope = `repository:${other}:pull`
      if (realm.href.length + scope.length + 8 > MAX_TOKEN_URL_LENGTH) break
      realm.searchParams.append('scope', scope)
      shared.push(other)
    }
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.basicAuthorization !== undefined) headers.authorization = this.basicAuthorization
    // GET, not the OAuth2 POST form: GHCR and Harbor answer 405 to POST.
    const response = await this.transport.send({
      method: 'GET',
      url: realm,
      headers,
      maxBodyBytes: 1024 * 1024
    })
    // A token service that refuses several scopes at once gets one at a time.
    if (response.status !== 200 && shared.length > 0) {
      this.singleScope = true
      return this.fetchToken(repository, challenge, true)
    }
    if (response.status === 401) throw this.rejected()
    if (response.status === 403) {
      throw new PermissionError(
        `The token service of ${this.registryName} refused a pull token for ${repository} (403)`,
        'Give the user pull (read) permission on this repository or project.'
      )
    }
    if (response.status !== 200) {
      throw new RegistryError(
        `The token service at ${realm.origin} answered ${response.status}`,
        'Check that the registry and its token service are healthy.'
      )
    }
    const token = readToken(response.body)
    if (token === undefined) {
      throw new RegistryError(
        `The token service at ${realm.origin} sent no token`,
        "The registry's token service is misconfigured."
      )
    }
    this.mask(token.value)
    // Renew a little early so a token never expires between two requests.
    const cached = {
      authorization: `Bearer ${token.value}`,
      expiresAt: Date.now() + Math.max(1, token.expiresInSeconds - 5) * 1000
    }
    this.tokens.set(repository, cached)
    for (const other of shared) {
      this.tokens.set(other, cached)
      this.covered.add(other)
    }
  }

  private uncovered(repository: string): string[] {
    return [...this.expected].filter(
      other => other !== repository && this.authorizationFor(other) === undefined
    )
  }
}

function parseRealm(realm: string): URL | undefined {
  try {
    const url = new URL(realm)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

function readToken(body: Buffer): { value: string; expiresInSeconds: number } | undefined {
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
