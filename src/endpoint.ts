// The registry endpoint as Palette's form takes it: host[:port], optionally with a scheme.

export interface Endpoint {
  scheme: 'https' | 'http'
  /** host[:port] exactly as it goes into a reference (registry.example.com, 127.0.0.1:5000). */
  authority: string
  /** Host name without port; IPv6 addresses keep their brackets. */
  hostname: string
  /** e.g. https://registry.example.com */
  origin: string
}

export type EndpointResult = { ok: true; endpoint: Endpoint } | { ok: false; message: string }

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//

export function parseEndpoint(value: string): EndpointResult {
  const trimmed = value.trim().replace(/\/+$/, '')
  if (trimmed === '')
    return { ok: false, message: 'is required: the registry host, e.g. myregistry.azurecr.io' }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    return {
      ok: false,
      message: `"${trimmed}" has the scheme ${scheme}://; use https://, http:// or no scheme`
    }
  }
  let url: URL
  try {
    url = new URL(scheme === undefined ? `https://${trimmed}` : trimmed)
  } catch {
    return { ok: false, message: `"${trimmed}" is not a host name, host:port or URL` }
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      message: 'must not contain credentials; use the username and password inputs'
    }
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return {
      ok: false,
      message: `"${trimmed}" has a path; the endpoint is the host only, put the path in base-content-path`
    }
  }
  if (url.hostname === '') return { ok: false, message: `"${trimmed}" has no host name` }
  const resolvedScheme = url.protocol === 'http:' ? 'http' : 'https'
  return {
    ok: true,
    endpoint: {
      scheme: resolvedScheme,
      authority: url.host,
      hostname: url.hostname,
      origin: `${resolvedScheme}://${url.host}`
    }
  }
}

/** Loopback hosts are the one place credentials may travel over plain HTTP (local registries, tests). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}
