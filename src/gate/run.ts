// One request, start to finish: plan, credentials, registry reads, verdict, layer.
import { Deadline } from '../deadline.js'
import type { Request } from '../inputs/request.js'
import type { GateOutcome } from './region-verdict.js'
import { GateSession, type GateDependencies } from './session.js'

export type { GateDependencies } from './session.js'
export type { GateOutcome, RegionCheck, TargetResult } from './region-verdict.js'

export async function runGate(
  request: Request,
  dependencies: GateDependencies
): Promise<GateOutcome> {
  const session = new GateSession(dependencies, new Deadline(request.deadlineMs), request.timeoutMs)
  try {
    await session.openArchives()
    const outcome = await session.check(request)
    await session.keepArchives()
    return outcome
  } finally {
    session.close()
  }
}
