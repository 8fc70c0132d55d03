// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
// without a word. What a step writes past the limit must be counted in one it still shows.

export const MAX_ANNOTATIONS = 10

/**
 * How many of `failures` get an annotation of their own: the step's failure (setFailed) is an
 * error annotation too, and comes last, so one place is always left for it and its count.
 */
export function annotatedFailures(failures: number): number {
  return Math.min(failures, MAX_ANNOTATIONS - 1)
}

export interface WarningSink {
  warning: (message: string) => void
  /** The job log: where a warning past the limit is written instead. */
  info: (message: string) => void
}

/**
 * Every warning of a step, within GitHub's limit: the first nine are written as they come; the
 * rest are held, and `finish()` writes the tenth, or logs them all and says how many there are.
 */
export class WarningAnnotations {
  private written = 0
  private readonly held: string[] = []
  private finished = false

  constructor(private readonly sink: WarningSink) {}

  readonly warning = (message: string): void => {
    // After the count is written, a warning can only go to the log: it has no annotation left.
    if (this.finished) this.sink.info(`Warning: ${message}`)
    else if (this.written < MAX_ANNOTATIONS - 1) {
      this.written++
      this.sink.warning(message)
    } else this.held.push(message)
  }

  /** Once the step is done: the tenth warning, or the held ones in the log and their count. */
  finish(): void {
    if (this.finished) return
    this.finished = true
    const [only] = this.held
    if (this.held.length === 1 && only !== undefined) {
      this.sink.warning(only)
      return
    }
    if (this.held.length === 0) return
    for (const message of this.held) this.sink.info(`Warning: ${message}`)
    this.sink.warning(
      `${this.held.length} more warnings are in the job log (GitHub shows ${MAX_ANNOTATIONS} warning annotations per step).`
    )
  }
}
