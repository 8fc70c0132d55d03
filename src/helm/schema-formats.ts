// The `format` checks where Ajv's own differ from Helm's validator (santhosh-tekuri/jsonschema v6):
// an email and a host name as that validator judges them, looser than Ajv's (admin@localhost is an
// email there). Pure.
import { isIP } from 'node:net'

/** A host name: at most 253 characters, labels of letters, digits and inner hyphens, up to 63. */
export function isHostname(text: string): boolean {
  const name = text.endsWith('.') ? text.slice(0, -1) : text
  if (name.length === 0 || name.length > 253) return false
  return name
    .split('.')
    .every(label => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label))
}

const LOCAL_SPECIALS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/

/** An email address: a local part of up to 64 characters, and a host name or a bracketed IP. */
export function isEmail(text: string): boolean {
  if (text.length > 254) return false
  const at = text.lastIndexOf('@')
  if (at === -1) return false
  const local = text.slice(0, at)
  const domain = text.slice(at + 1)
  if (local.length > 64) return false
  if (local.length > 1 && local.startsWith('"') && local.endsWith('"')) {
    if (/["\\]/.test(local.slice(1, -1))) return false
  } else if (
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..') ||
    !LOCAL_SPECIALS.test(local)
  )
    return false
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const address = domain.slice(1, -1)
    return address.startsWith('IPv6:') ? isIP(address.slice(5)) === 6 : isIP(address) === 4
  }
  return isHostname(domain)
}
