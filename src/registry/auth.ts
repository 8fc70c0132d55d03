// Answers registry challenges: Basic with the credentials, or Bearer tokens fetched from the realm
// (anonymously or with Basic credentials) and kept for the rest of the run. Credentials the registry
// or its token service refused are never sent again in the run (see credential-trial.ts).
import { AuthenticationError, PermissionError, quoted, shown, type GateError } from '../errors.js'
import type { RegistryCredentials } from './registry-credentials.js'
import { parseChallenges, type Challenge } from './challenge.js'
import {
  basicVerdict,
  CredentialTrials,
  tokenVerdict,
  type CredentialVerdict
} from './credential-trial.js'
import type { HttpResponse } from './exchange.js'
import type { HttpTransport } from './http.js'
import { tokenFromResponse, tokenRequest } from './token-request.js'

interface CachedToken {
  authorization: string
  expiresAt: number
}

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
  /** The registry or its token service refused the credentials: nothing more is sent for them. */
  private refusal: GateError | undefined
  /** The first exchange with the registry; settles (never rejects) when it has run. */
  private firstExchange: Promise<void> | undefined

  constructor(
    private readonly credentials: RegistryCredentials,
    private readonly transport: HttpTransport,
    private readonly mask: (secret: string) => void,
    private readonly registryName: string,
    /** Replaces the generic message when a registry demands credentials none were given for. */
    private readonly requiredNotice?: { message: string; hint: string },
    /** The run's: registries that share a host (or a token service) and credentials share a verdict. */
    private readonly trials = new CredentialTrials()
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

  /**
   * Sends a registry request with the Authorization the registry has asked for (none before its
   * first challenge). Throws the refusal instead once the credentials were refused.
   */
  async send(
    repository: string,
    url: URL,
    deliver: (authorization: string | undefined) => Promise<HttpResponse>
  ): Promise<HttpResponse> {
    if (this.refusal !== undefined) throw this.refusal
    if (!this.usesBasic) return deliver(this.tokenFor(repository))
    return this.withCredentials(`registry ${url.origin}`, deliver, basicVerdict)
  }

  /**
   * Runs the registry's first exchange alone: it learns how the registry authenticates (and fetches
   * the token for every repository of the run), so that the exchanges that waited for it never meet
   * a 401. Once it has settled, however it ended, exchanges run side by side.
   */
  async exchange<T>(run: () => Promise<T>): Promise<T> {
    if (this.firstExchange !== undefined) {
      await this.firstExchange
      return run()
    }
    const first = run()
    this.firstExchange = first.then(
      () => undefined,
      () => undefined
    )
    return first
  }

  /**
   * Handles a 401 to a request sent with `sent` (its Authorization, if any): learns the scheme,
   * fetches a token if needed. Throws when it cannot answer. 'raced' when the request only left
   * before the token that covers it came back: nothing was asked, and a 401 to it again is news.
   */
  async answer(
    repository: string,
    wwwAuthenticate: string | undefined,
    sent: string | undefined
  ): Promise<'raced' | 'answered'> {
    if (this.refusal !== undefined) throw this.refusal
    const challenges = parseChallenges(wwwAuthenticate ?? '')
    const bearer = challenges.find(
      challenge => challenge.scheme === 'bearer' && challenge.params.realm !== undefined
    )
    if (bearer !== undefined) {
      const live = this.tokenFor(repository)
      // The request left before the token that covers its repository came back: send it again.
      if (live !== undefined && live !== sent) return 'raced'
      // A live token asked for on behalf of this repository was sent and refused: it did not
      // cover it, so ask for one repository at a time. An expired one only needs renewing.
      if (this.covered.has(repository)) {
        if (live !== undefined) this.singleScope = true
        this.tokens.delete(repository)
        this.covered.delete(repository)
      }
      // One token request at a time: the one in flight may cover this repository too.
      const pending = this.fetching
      if (pending !== undefined) {
        await pending.catch(() => undefined)
        if (this.tokenFor(repository) !== undefined) return 'raced'
      }
      const fetching = this.fetchToken(repository, bearer).finally(() => {
        if (this.fetching === fetching) this.fetching = undefined
      })
      this.fetching = fetching
      await fetching
      return 'answered'
    }
    if (challenges.some(challenge => challenge.scheme === 'basic')) {
      if (this.basicAuthorization === undefined) throw this.credentialsRequired()
      this.usesBasic = true
      return 'answered'
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

  /** The credentials themselves were refused: final for this registry in this run. */
  private refused(): AuthenticationError {
    const user =
      this.credentials.type === 'basic' ? ` of user ${shown(this.credentials.username)}` : ''
    return new AuthenticationError(
      `${this.registryName} rejected the credentials${user} (401); they are not sent to it again in this run`,
      'Check the username and the password (or token, or the secret that holds it). Refused credentials are sent once per registry and run, so that retries cannot lock the account: every chart on this registry fails until they are fixed.'
    )
  }

  /** Sends a request that carries the credentials, through their trial at `service`. */
  private async withCredentials(
    service: string,
    deliver: (authorization: string | undefined) => Promise<HttpResponse>,
    judge: (status: number) => CredentialVerdict
  ): Promise<HttpResponse> {
    const authorization = this.basicAuthorization
    if (authorization === undefined) return deliver(undefined)
    const trial = this.trials.of(service, authorization)
    try {
      return await trial.send(
        () => deliver(authorization),
        response => judge(response.status),
        () => this.refused()
      )
    } finally {
      this.refusal ??= trial.refused
    }
  }

  private tokenFor(repository: string): string | undefined {
    const token = this.tokens.get(repository)
    return token !== undefined && token.expiresAt > Date.now() ? token.authorization : undefined
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
    const request = tokenRequest(
      this.registryName,
      challenge,
      repository,
      alone ? [] : this.uncovered(repository)
    )
    // GET, not the OAuth2 POST form: GHCR and Harbor answer 405 to POST.
    const response = await this.withCredentials(
      request.service,
      authorization =>
        this.transport.send({
          method: 'GET',
          url: request.url,
          headers: {
            accept: 'application/json',
            ...(authorization === undefined ? {} : { authorization })
          },
          maxBodyBytes: 1024 * 1024
        }),
      tokenVerdict
    )
    // A token service that refuses several scopes at once gets one at a time. A 401 refuses the
    // credentials (or their absence), whatever the scopes: asking again per scope would repeat it.
    if (response.status !== 200 && response.status !== 401 && request.shared.length > 0) {
      this.singleScope = true
      return this.fetchToken(repository, challenge, true)
    }
    if (response.status === 401) throw this.rejected()
    const token = tokenFromResponse(this.registryName, repository, request, response)
    this.mask(token.value)
    // Renew a little early so a token never expires between two requests.
    const cached = {
      authorization: `Bearer ${token.value}`,
      expiresAt: Date.now() + Math.max(1, token.expiresInSeconds - 5) * 1000
    }
    this.tokens.set(repository, cached)
    for (const other of request.shared) {
      this.tokens.set(other, cached)
      this.covered.add(other)
    }
  }

  private uncovered(repository: string): string[] {
    return [...this.expected].filter(
      other => other !== repository && this.tokenFor(other) === undefined
    )
  }
}
