// Settings shared by the STS and ECR clients: the gate's timeout (the SDK only throws on it when told
// to), a few retries for throttling and 5xx (never AccessDenied), the runner's proxy, and the FIPS or
// dual-stack API endpoints that match the registry's own host name.
import type { AwsContext } from './aws-context.js'
import { DeadlineError } from '../errors.js'
import { proxySettingsFromEnv, TunnelingAgent } from '../registry/proxy.js'
import { parseEcrHost } from './partitions.js'

export function sdkClientConfig(context: AwsContext) {
  return {
    maxAttempts: 4,
    requestHandler: {
      httpsAgent:
        context.httpsAgent ??
        new TunnelingAgent(
          proxySettingsFromEnv(context.environment),
          () => context.deadline.limit(context.timeoutMs),
          { keepAlive: true }
        ),
      requestTimeout: context.timeoutMs,
      connectionTimeout: context.timeoutMs,
      throwOnRequestTimeout: true
    }
  }
}

/** Options for each SDK call: it is aborted when the run's deadline passes. */
export function callOptions(context: AwsContext): { abortSignal: AbortSignal } {
  return { abortSignal: context.deadline.signal() }
}

/**
 * An SDK call that failed because the deadline passed is reported as timed out, naming the call;
 * a deadline error from a step inside the call (the OIDC token) keeps its own words.
 */
export function deadlineFailure(
  error: unknown,
  context: AwsContext,
  call: string
): DeadlineError | undefined {
  if (error instanceof DeadlineError) return error
  return context.deadline.remainingMs() === 0 ? context.deadline.error(call) : undefined
}

/** A FIPS registry host gets the FIPS ECR API; a dual-stack one (on.aws) the dual-stack API. */
export function ecrEndpointVariant(registryHost: string): {
  useFipsEndpoint?: true
  useDualstackEndpoint?: true
} {
  const host = parseEcrHost(registryHost)
  if (host === undefined) return {}
  return {
    ...(host.fips ? { useFipsEndpoint: true as const } : {}),
    ...(host.domain.startsWith('on.') ? { useDualstackEndpoint: true as const } : {})
  }
}
