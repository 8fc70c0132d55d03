// How hard the run presses one registry: at most `concurrency` requests in flight to its origin,
// granted in the order asked. A throttling answer (429, or any answer with Retry-After) slows the
// whole run's pace there, not only the request that got it: every request waits out the pause, and
// the requests allowed in flight are halved, then grow back by one per window of good answers.

/**
 * Requests in flight to one registry at a time, unless the run says otherwise (`concurrency`).
 * Chosen from round trips of 40 ms (docs/performance.md, "Far registries"): 500 charts took 9.8 s at
 * 4, 5.9 s at 8, 4.6 s at 16 and no less at 32 or 64, where the registries' CPU is the limit.
 */
export const DEFAULT_CONCURRENCY = 16

export class RegistryPace {
  private inFlight = 0
  private allowed: number
  private resumeAt = 0
  private answeredSinceGrowth = 0
  private readonly waiting: (() => void)[] = []
  private timer: NodeJS.Timeout | undefined

  constructor(readonly concurrency: number) {
    this.allowed = concurrency
  }

  /** Requests the registry lets through at once now (the concurrency, less what throttling took). */
  get currentLimit(): number {
    return this.allowed
  }

  /** Waits for a slot and for the end of any pause; returns what frees the slot (once). */
  async acquire(): Promise<() => void> {
    if (this.waiting.length > 0 || this.inFlight >= this.allowed || Date.now() < this.resumeAt) {
      await new Promise<void>(resolve => {
        this.waiting.push(resolve)
        this.grant()
      })
    } else {
      this.inFlight++
    }
    let freed = false
    return () => {
      if (freed) return
      freed = true
      this.inFlight--
      this.grant()
    }
  }

  /** A good answer: after as many of them as are allowed in flight, one more is allowed. */
  answered(): void {
    if (this.allowed >= this.concurrency) return
    if (++this.answeredSinceGrowth < this.allowed) return
    this.allowed++
    this.answeredSinceGrowth = 0
    this.grant()
  }

  /**
   * The registry throttled: nothing more is sent to it for `pauseMs`, and half as much at once.
   * Answers throttled while a pause runs were sent before it: they extend it but halve no further.
   */
  throttled(pauseMs: number): void {
    const now = Date.now()
    if (now >= this.resumeAt) {
      this.allowed = Math.max(1, Math.floor(this.allowed / 2))
      this.answeredSinceGrowth = 0
    }
    this.resumeAt = Math.max(this.resumeAt, now + pauseMs)
  }

  /** Hands free slots to waiting requests, in order, once any pause is over. */
  private grant(): void {
    const wait = this.resumeAt - Date.now()
    if (wait > 0) {
      if (this.waiting.length > 0)
        this.timer ??= setTimeout(() => {
          this.timer = undefined
          this.grant()
        }, wait)
      return
    }
    while (this.inFlight < this.allowed) {
      const next = this.waiting.shift()
      if (next === undefined) return
      this.inFlight++
      next()
    }
  }
}

/** One pace per registry origin, shared by every transport of the run. */
export class RegistryPaces {
  private readonly paces = new Map<string, RegistryPace>()

  constructor(readonly concurrency: number) {}

  of(url: URL): RegistryPace {
    let pace = this.paces.get(url.origin)
    if (pace === undefined) {
      pace = new RegistryPace(this.concurrency)
      this.paces.set(url.origin, pace)
    }
    return pace
  }
}
