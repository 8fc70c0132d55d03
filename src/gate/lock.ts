// The same version must stay the same chart: a checked digest against the one the lock recorded.
import type { LockEntry } from '../inputs/lock-file.js'

export interface LockVerdict {
  /** Why the layer fails: the tag now holds other content than when it was locked. */
  changed?: { message: string; hint: string }
  /**
   * The lock records the digest in another algorithm than the registry names the manifest by:
   * the two cannot be compared, which is neither a match nor a change.
   */
  incomparable?: { message: string; hint: string }
  /** A new entry to write when update-lock is on. */
  added?: LockEntry
}

export function judgeAgainstLock(
  reference: string,
  digest: string,
  entries: ReadonlyMap<string, LockEntry>,
  now: Date
): LockVerdict {
  const entry = entries.get(reference)
  if (entry === undefined) return { added: { digest, locked: now.toISOString() } }
  if (entry.digest === digest) return {}
  const locked = algorithmOf(entry.digest)
  const served = algorithmOf(digest)
  if (locked !== served)
    return {
      incomparable: {
        message: `the lock records oci://${reference} as a ${locked} digest, and the registry names it by its ${served} digest ${digest}: the two cannot be compared`,
        hint: `Record the ${served} digest: remove the entry from lock-file and run with update-lock: true after review.`
      }
    }
  return {
    changed: {
      message: `oci://${reference} now holds ${digest}, but the lock${entry.locked === undefined ? '' : ` written ${entry.locked}`} says ${entry.digest}: the same version was pushed again with other content`,
      hint: 'Clusters deployed from now on would get the new content under the old version. Push it under a new version; or, once reviewed, remove the entry from lock-file and run with update-lock: true.'
    }
  }
}

function algorithmOf(digest: string): string {
  return digest.slice(0, Math.max(0, digest.indexOf(':')))
}
