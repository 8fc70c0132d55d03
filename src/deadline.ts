// One deadline for the whole run: however many requests, retries and regions, the run ends by it.
import { DeadlineError } from './errors.js'

export class Deadline {
  private readonly endsAt: number

  constructor(
    readonly milliseconds: number,
    private readonly now: () => number = Date.now
  ) {
    this.endsAt = now() + milliseconds
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now())
  }

  /** How long one step may wait: its own timeout, or less when the run's deadline comes first. */
  limit(timeoutMs: number): { milliseconds: number; cutByDeadline: boolean } {
    const remaining = this.remainingMs()
    return remaining < timeoutMs
      ? { milliseconds: remaining, cutByDeadline: true }
      : { milliseconds: timeoutMs, cutByDeadline: false }
  }

  /** Aborts at the deadline, for APIs that take a signal (the AWS SDK). */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, this.remainingMs()))
  }

  error(waitingFor: string): DeadlineError {
    return new DeadlineError(
      `The run's deadline of ${this.milliseconds / 1000} s passed while waiting for ${waitingFor}`,
      'Nothing answered in time. Check that the registry (and AWS, for ECR) is reachable and healthy, or raise deadline-seconds.'
    )
  }
}
