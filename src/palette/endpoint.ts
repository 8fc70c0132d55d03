// The registry endpoint as Palette's form takes it: host[:port], optionally with a scheme. Checked
// against the host grammar of image references before anything is looked up, so a typo or an
// invisible character is a configuration error and never a DNS query.
import { shown } from '../errors.js'
import type { Endpoint } from '../registry/registry-endpoint.js'

export type { Endpoint } from '../registry/registry-endpoint.js'

export type EndpointResult = { ok: true; endpoint: Endpoint } | { ok: false; message: string }

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//
// The domain grammar of image references (distribution/reference): DNS labels, or an IPv6 literal.
// Underscores too: distribution's grammar has none, but URL, Go and so Helm accept them, and some
// internal host names have them.
const LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/
const PORT = /^[1-9]\d{0,4}$/
const MAX_HOST_LENGTH = 253

export function parseEndpoint(value: string): EndpointResult {
  const trimmed = value.trim()
  if (trimmed === '')
    return { ok: false, message: 'is required: the registry host, e.g. myregistry.azurecr.io' }
  const fail = (reason: string): EndpointResult => ({
    ok: false,
    message: `${shown(trimmed)} ${reason}`
  })
  const unusual = /[^\x21-\x7e]/u.exec(trimmed)
  if (unusual !== null) {
    const code = `U+${(unusual[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    return fail(
      `holds the character ${code} at position ${unusual.index + 1}, which no host name has (often an invisible character pasted with the name); type the endpoint again`
    )
  }
  const schemeMatch = SCHEME.exec(trimmed)
  const scheme = schemeMatch?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http')
    return fail(`has the scheme ${scheme}://; use https://, http:// or no scheme`)
  // A trailing slash is a common copy-paste from a browser; anything else after the host is a path.
  const rest = trimmed.slice(schemeMatch?.[0].length ?? 0).replace(/\/+$/, '')
  const slash = rest.indexOf('/')
  const authority = slash === -1 ? rest : rest.slice(0, slash)
  if (authority.includes('@'))
    return {
      ok: false,
      message: 'must not contain credentials; use the username and password inputs'
    }
  if (authority === '') return fail('has no host name')
  const pathProblem = 'has a path; the endpoint is the host only, put the path in base-content-path'
  if (/[?#]/.test(authority)) return fail(pathProblem)
  const hostProblem = checkAuthority(authority)
  if (hostProblem !== undefined) return fail(hostProblem)
  if (slash !== -1) return fail(pathProblem)
  const resolvedScheme = scheme === 'http' ? 'http' : 'https'
  let url: URL
  try {
    // The checks above admit only what URL keeps as typed, apart from case, a default port (443,
    // 80) and the spelling of an IPv6 address, which name the same registry.
    url = new URL(`${resolvedScheme}://${authority}`)
  } catch {
    return fail('is not a host name, host:port or URL')
  }
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

function checkAuthority(authority: string): string | undefined {
  if (authority.includes('%'))
    return "holds '%': a host name is never percent-encoded; write it out"
  const closing = authority.indexOf(']')
  const colon = authority.lastIndexOf(':')
  const portAt = authority.startsWith('[')
    ? closing === -1
      ? authority.length
      : closing + 1
    : colon === -1
      ? authority.length
      : colon
  const host = authority.slice(0, portAt)
  const port = authority.slice(portAt)
  if (port !== '') {
    const digits = port.slice(1)
    if (!port.startsWith(':') || !PORT.test(digits) || Number(digits) < 1 || Number(digits) > 65535)
      return `has the port ${shown(port.slice(1))}; a port is a number from 1 to 65535, without leading zeros`
  }
  if (host.startsWith('[')) {
    if (!IPV6.test(host) || !isIpv6(host.slice(1, -1))) return 'is not an IPv6 address in brackets'
    return undefined
  }
  if (host.length > MAX_HOST_LENGTH)
    return `is ${host.length} characters long; a host name has at most ${MAX_HOST_LENGTH}`
  const labels = host.split('.')
  const bad = labels.find(label => !LABEL.test(label))
  if (bad !== undefined) {
    return bad === ''
      ? 'is not a host name: it has an empty label (two dots in a row, or a dot at either end)'
      : `is not a host name: ${shown(bad)} is not a label: letters, digits and inner '-' or '_', at most 63`
  }
  // URL reads a host whose last label is a number as IPv4 (1.2.3 becomes 1.2.0.3): only a plain
  // dotted quad may look like one.
  if (/^(?:\d+|0x[0-9a-f]*)$/i.test(labels.at(-1) ?? '') && !isDottedQuad(labels))
    return 'is not an IPv4 address: four numbers from 0 to 255, without leading zeros'
  return undefined
}

function isDottedQuad(labels: readonly string[]): boolean {
  return (
    labels.length === 4 &&
    labels.every(label => /^(?:0|[1-9]\d{0,2})$/.test(label) && Number(label) <= 255)
  )
}

function isIpv6(address: string): boolean {
  try {
    return new URL(`http://[${address}]`).hostname !== ''
  } catch {
    return false
  }
}
