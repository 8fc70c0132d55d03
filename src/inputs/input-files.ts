// Inputs that may name a file are read here, at the edge, so that parseRequest stays pure and still
// reports a missing or unreadable file together with every other input problem.
import { readFile } from 'node:fs/promises'
import { parseRequest, type InputFiles, type RawInputs, type Request } from './request.js'

export async function loadRequest(raw: RawInputs): Promise<Request> {
  return parseRequest(raw, await readInputFiles(raw))
}

/** The file a ca-certificate value names; undefined for PEM text or no value. */
export function caCertificateFile(value: string | undefined): string | undefined {
  const ca = (value ?? '').trim()
  return ca === '' || ca.includes('-----BEGIN') ? undefined : ca
}

async function readInputFiles(raw: RawInputs): Promise<InputFiles> {
  const ca = caCertificateFile(raw['ca-certificate'])
  if (ca === undefined) return {}
  try {
    return { 'ca-certificate': { path: ca, text: await readFile(ca, 'utf8') } }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
    return { 'ca-certificate': { path: ca, error: code } }
  }
}
