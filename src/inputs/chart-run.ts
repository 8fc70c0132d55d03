// A single-chart run, parsed once at the edge as a whole-profile run is (profile-run.ts): the
// request, and the lock, read (and refused when update-lock could not write it) before any request.
import type { FileAccess } from '../workspace-files.js'
import { parseCacheSettings, type CacheSettings } from './cache-settings.js'
import { loadRequest } from './input-files.js'
import type { RawInputs } from './input-names.js'
import type { DigestLock } from './lock-file.js'
import type { Request } from './request.js'

export interface ChartRunPlan {
  readonly request: Request
  /** The digest lock, when lock-file is given; the adapter adds the chart's entry and saves it. */
  readonly lock: DigestLock | undefined
  /** Where chart archives are kept between runs. */
  readonly cache: CacheSettings
}

export async function loadChartRun(inputs: RawInputs, access: FileAccess): Promise<ChartRunPlan> {
  const cache = parseCacheSettings(inputs)
  const request = await loadRequest(inputs, access)
  // The lock's code is loaded only when a lock is given.
  const lock =
    (inputs['lock-file'] ?? '').trim() === ''
      ? undefined
      : await (await import('./lock-file.js')).lockFromInputs(inputs, access)
  return { request, lock, cache }
}
