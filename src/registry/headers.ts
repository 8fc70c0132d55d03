// Small pieces of HTTP the transport needs: headers as plain strings, Retry-After, the trust store.
import type http from 'node:http'
import tls from 'node:tls'

// Node 22.15+ exposes the default store, NODE_EXTRA_CA_CERTS included; older Node only the bundled roots.
export function defaultCertificates(): readonly string[] {
  const withStore = tls as typeof tls & { getCACertificates?: (type: 'default') => string[] }
  return withStore.getCACertificates?.('default') ?? tls.rootCertificates
}

export function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

export function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

export function pause(milliseconds: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, milliseconds))
}
