// Inputs that may name a file are read here, at the edge, so that parseRequest stays pure and still
// reports a missing, unreadable or refused file together with every other input problem.
import { parseRequest, type InputFiles, type RawInputs, type Request } from './request.js'
import {
  COMMAND_LINE_ACCESS,
  FILE_LIMITS,
  readTextFile,
  type FileAccess
} from '../workspace-files.js'

export async function loadRequest(
  raw: RawInputs,
  access: FileAccess = COMMAND_LINE_ACCESS
): Promise<Request> {
  return parseRequest(raw, await readInputFiles(raw, access))
}

/** The file a ca-certificate value names; undefined for PEM text or no value. */
export function caCertificateFile(value: string | undefined): string | undefined {
  const ca = (value ?? '').trim()
  return ca === '' || ca.includes('-----BEGIN') ? undefined : ca
}

async function readInputFiles(raw: RawInputs, access: FileAccess): Promise<InputFiles> {
  const ca = caCertificateFile(raw['ca-certificate'])
  if (ca === undefined) return {}
  const reading = await readTextFile(ca, access, FILE_LIMITS.certificate)
  if ('text' in reading) return { 'ca-certificate': { path: ca, text: reading.text } }
  // A file the system refused is shown by its code (ENOENT); a refusal of the gate's as it says.
  return { 'ca-certificate': { path: ca, error: reading.code ?? reading.problem } }
}
