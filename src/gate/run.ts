// One request, start to finish: plan, credentials, registry reads, verdict, layer.
import { Deadline } from '../deadline.js'
import type { DigestLock } from '../inputs/lock-file.js'
import type { Request } from '../inputs/request.js'
import type { ChartLockCheck } from './chart-lock.js'
import { withDeployChecks } from './deploy-outcome.js'
import type { GateOutcome, ValidResult } from './region-verdict.js'
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
    const judged = await withDeployChecks(outcome, request.deploy, request.layer.values)
    for (const warning of judged.deployment?.warnings ?? []) dependencies.warning(warning)
    return judged
  } finally {
    session.close()
  }
}

/** The chosen chart against the lock, when one is given; its code is loaded only then. */
export async function checkAgainstLock(
  lock: DigestLock | undefined,
  chosen: ValidResult
): Promise<ChartLockCheck | undefined> {
  if (lock === undefined) return undefined
  const { checkChartLock } = await import('./chart-lock.js')
  return checkChartLock(lock, chosen.target.reference, chosen.chart.digest, new Date())
}
