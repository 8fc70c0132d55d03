// What went wrong on the wire, turned into the gate's typed errors with a hint for the user.
import { RegistryError } from '../errors.js'

const TLS_ERRORS = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|EPROTO|ERR_SSL/

export class TransportFailure extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    // OpenSSL messages carry newlines; the user sees one line.
    super(message.replace(/\s+/g, ' ').trim())
  }
}

export function redirectTarget(location: string, from: URL): URL {
  let next: URL | undefined
  try {
    next = new URL(location, from)
  } catch {
    next = undefined
  }
  if (next === undefined || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
    throw new RegistryError(
      `${redact(from)} redirected to an unusable location`,
      'The registry sent a redirect the gate cannot follow; check the endpoint.'
    )
  }
  return next
}

/** Query strings may hold presigned credentials (S3 redirects): never log them. */
/** A wait the run's deadline cut short: reported as the deadline, not as the thing waited for. */
export const DEADLINE_CODE = 'DEADLINE'

export function redact(url: URL): string {
  return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`
}

export function describeFailure(url: URL, failure: TransportFailure): RegistryError {
  const where = `${url.origin}`
  if (failure.code === 'TIMEOUT') {
    return new RegistryError(
      `${where} did not answer in time (${failure.message})`,
      'Check that the endpoint is reachable from the runner, or raise timeout-seconds.'
    )
  }
  if (failure.code === 'PROXY') {
    return new RegistryError(
      `Cannot reach ${where} through the proxy: ${failure.message}`,
      'Check HTTPS_PROXY / HTTP_PROXY, and NO_PROXY for hosts that must be reached directly.'
    )
  }
  if (failure.code === 'TOO_LARGE') {
    return new RegistryError(
      `${redact(url)}: ${failure.message}`,
      'This is not what a registry sends for a chart; check the endpoint.'
    )
  }
  if (TLS_ERRORS.test(failure.code) || TLS_ERRORS.test(failure.message)) {
    return new RegistryError(
      `TLS with ${where} failed: ${failure.message} (${failure.code})`,
      'If the registry uses a private CA, pass it in ca-certificate; if it speaks plain HTTP, write the endpoint as http://host:port. insecure-skip-tls-verify turns verification off (not recommended).'
    )
  }
  return new RegistryError(
    `Cannot reach ${where}: ${failure.message} (${failure.code})`,
    'Check the endpoint host and port, and that the registry is reachable from the runner.'
  )
}
