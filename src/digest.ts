// Content digests, as OCI names blobs and manifests: `sha256:<hex>` or `sha512:<hex>`.
import { createHash } from 'node:crypto'

export type DigestAlgorithm = 'sha256' | 'sha512'

/** A digest with its algorithm and a hex value of the right length, and nothing else. */
export const CONTENT_DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/

export function digestOf(bytes: Buffer, algorithm: DigestAlgorithm): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`
}

/** Whether the bytes hash to the digest; false for anything that is not a content digest. */
export function matchesDigest(bytes: Buffer, digest: string): boolean {
  if (!CONTENT_DIGEST.test(digest)) return false
  return digestOf(bytes, digest.startsWith('sha512:') ? 'sha512' : 'sha256') === digest
}
