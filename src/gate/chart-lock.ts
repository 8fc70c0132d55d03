// One chart against the digest lock: refused when its tag now holds other content than locked;
// otherwise its entry is recorded (with update-lock) once every result is out. Loaded only when a
// lock is given, so the usual single-chart step starts without the lock's code.
import type { ConfigurationError } from '../errors.js'
import { addToLock, type DigestLock } from '../inputs/lock-file.js'
import { judgeAgainstLock } from './lock.js'

export interface ChartLockCheck {
  /** Why the lock refuses the chart's digest; undefined when it does not. */
  mismatch: { message: string; hint: string } | undefined
  /** Adds a new entry and writes the lock when update-lock is on; why it could not be written. */
  record: () => Promise<ConfigurationError | undefined>
}

export function checkChartLock(
  lock: DigestLock,
  reference: string,
  digest: string,
  now: Date
): ChartLockCheck {
  const verdict = judgeAgainstLock(reference, digest, lock.entries, now)
  const { added } = verdict
  return {
    mismatch: verdict.changed ?? verdict.incomparable,
    record: async () => (added === undefined ? undefined : addToLock(lock, reference, added))
  }
}
