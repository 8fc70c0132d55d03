// A CA bundle from the ca-certificate input, checked before it is used: Node silently ignores a
// certificate it cannot parse, which would end in a TLS error that blames a missing CA.
import { errorMessage } from '../errors.js'
import { X509Certificate } from 'node:crypto'

export type CaBundleResult = { ok: true; pem: string } | { ok: false; message: string }

const BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g

/** Parses every certificate; re-wraps bodies so PEM flattened onto one line (CI variables) works. */
export function parseCaBundle(text: string, source: string): CaBundleResult {
  const blocks = [...text.matchAll(BLOCK)].map(match => (match[1] ?? '').replace(/\s+/g, ''))
  if (blocks.length === 0)
    return {
      ok: false,
      message: `${source} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`
    }
  const certificates: string[] = []
  for (const [index, body] of blocks.entries()) {
    const pem = `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`
    try {
      new X509Certificate(pem)
    } catch (error) {
      const reason = errorMessage(error)
      return {
        ok: false,
        message: `certificate ${index + 1} of ${source} cannot be parsed (${reason})`
      }
    }
    certificates.push(pem)
  }
  return { ok: true, pem: certificates.join('') }
}
