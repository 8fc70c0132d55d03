// Writes that tidy up after the comment (deleting copies, marking stale comments superseded), run
// within a count and a time: 10,000 copies must not cost 10,000 requests and minutes of the job.
import { Deadline } from '../deadline.js'

/** Why steps were left: the count, the time, or a step that failed (the rest then wait too). */
export type StepsStop =
  | { reason: 'count'; maxSteps: number }
  | { reason: 'time'; seconds: number }
  | { reason: 'failed'; error: unknown }

export interface StepsOutcome<K> {
  /** The kind of each step that ran. */
  done: K[]
  /** The kind of each step left, in order. */
  left: K[]
  stop?: StepsStop
}

/**
 * Runs `steps` one after another, at most `maxSteps` and within `timeMs` in all: each step gets a
 * signal that aborts when the time is up. Stops at the first step that fails.
 */
export async function runWithin<K>(
  steps: readonly { kind: K; run: (signal: AbortSignal) => Promise<void> }[],
  maxSteps: number,
  timeMs: number,
  now: () => number = Date.now
): Promise<StepsOutcome<K>> {
  const deadline = new Deadline(timeMs, now)
  const time: StepsStop = { reason: 'time', seconds: Math.round(timeMs / 1000) }
  const done: K[] = []
  for (const [index, step] of steps.entries()) {
    const left = (): K[] => steps.slice(index).map(({ kind }) => kind)
    if (index >= maxSteps) return { done, left: left(), stop: { reason: 'count', maxSteps } }
    if (deadline.remainingMs() === 0) return { done, left: left(), stop: time }
    const signal = deadline.signal()
    try {
      await step.run(signal)
    } catch (error) {
      return { done, left: left(), stop: signal.aborted ? time : { reason: 'failed', error } }
    }
    done.push(step.kind)
  }
  return { done, left: [] }
}
