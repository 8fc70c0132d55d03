// Reads one file out of a Helm chart archive (a gzipped tar whose top folder is the chart name).
import { gunzipSync } from 'node:zlib'

const BLOCK = 512
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024

/** The chart's own values.yaml, or undefined when the archive has none or cannot be read. */
export function readChartValues(archive: Buffer): string | undefined {
  let tar: Buffer
  try {
    tar = gunzipSync(archive, { maxOutputLength: MAX_UNPACKED_BYTES })
  } catch {
    return undefined
  }
  let longName: string | undefined
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every(byte => byte === 0)) break
    const size = Number.parseInt(field(header, 124, 12) || '0', 8)
    if (!Number.isFinite(size) || size < 0) return undefined
    const type = field(header, 156, 1)
    const prefix = field(header, 345, 155)
    const name =
      longName ?? (prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`)
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size)
    longName = undefined
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0.*$/s, '')
    } else if ((type === '0' || type === '') && /^[^/]+\/values\.yaml$/.test(name)) {
      return body.toString('utf8')
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
  return undefined
}

function field(header: Buffer, start: number, length: number): string {
  return header
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
    .trim()
}
