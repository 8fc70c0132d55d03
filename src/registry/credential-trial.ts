// Whether a service has accepted or refused a set of credentials in this run. Credentials sent again
// after a refusal count as more failed logins, and registries lock accounts after a few: a refusal
// is final for the run. Until the service has accepted them, one request at a time carries them, so
// that checks running at once do not each collect a refusal.
import type { GateError } from '../errors.js'

/**
 * What a response says of the credentials it was sent with. `undecided`: nothing (a server error, a
 * throttled request); the next request that carries them is the next one to try.
 */
export type CredentialVerdict = 'accepted' | 'refused' | 'undecided'

/** A registry that answers about the content (or denies it) has accepted the Basic credentials. */
export function basicVerdict(status: number): CredentialVerdict {
  if (status === 401) return 'refused'
  return (status >= 200 && status < 300) || status === 403 || status === 404
    ? 'accepted'
    : 'undecided'
}

/**
 * A token, or a 403 for the scope, means the token service accepted the credentials. A 400 to
 * several scopes at once decides nothing: the one-scope request that follows does.
 */
export function tokenVerdict(status: number): CredentialVerdict {
  if (status === 401) return 'refused'
  return status === 200 || status === 403 ? 'accepted' : 'undecided'
}

export class CredentialTrial {
  private accepted = false
  private refusal: GateError | undefined
  private pending: Promise<unknown> | undefined

  /** The error the service's refusal became, once it has refused the credentials. */
  get refused(): GateError | undefined {
    return this.refusal
  }

  /**
   * Sends a request that carries the credentials, once they may be sent: at once when accepted,
   * after the request in flight while undecided, never when refused (the refusal is thrown).
   */
  async send<T>(
    request: () => Promise<T>,
    judge: (response: T) => CredentialVerdict,
    refusal: () => GateError
  ): Promise<T> {
    for (;;) {
      if (this.refusal !== undefined) throw this.refusal
      if (this.accepted) return request()
      if (this.pending === undefined) break
      await this.pending.catch(() => undefined)
    }
    const attempt: Promise<T> = request()
      .then(response => {
        const verdict = judge(response)
        if (verdict === 'refused') {
          this.refusal ??= refusal()
          throw this.refusal
        }
        if (verdict === 'accepted') this.accepted = true
        return response
      })
      .finally(() => {
        if (this.pending === attempt) this.pending = undefined
      })
    this.pending = attempt
    return attempt
  }
}

/** The run's trials, one per service and set of credentials. */
export class CredentialTrials {
  private readonly trials = new Map<string, CredentialTrial>()

  /** `service`: who judges the credentials (the registry's origin, or a token service's realm). */
  of(service: string, authorization: string): CredentialTrial {
    // The key lives in memory only, beside the header it is made of.
    const key = `${service}\n${authorization}`
    let trial = this.trials.get(key)
    if (trial === undefined) {
      trial = new CredentialTrial()
      this.trials.set(key, trial)
    }
    return trial
  }
}
