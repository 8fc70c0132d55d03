// A minimal deterministic ustar + gzip writer: enough for Helm chart archives in tests.
import { gzipSync } from 'node:zlib'

export interface TarEntry {
  path: string
  content: string | Buffer
}

const BLOCK = 512
// Fixed mtime (2024-01-01T00:00:00Z) so the same files always give the same bytes and digest.
const MTIME = 1_704_067_200

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`)
  bytes.copy(header, offset)
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  // length - 1 zero-padded octal digits, then NUL
  writeString(header, offset, length, value.toString(8).padStart(length - 1, '0') + '\0')
}

/** ustar keeps 100 bytes of name and 155 of prefix; longer paths are cut at a '/'. */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' }
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const prefix = path.slice(0, slash)
    const name = path.slice(slash + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix }
  }
  throw new Error(`path too long for ustar: ${path}`)
}

function header(path: string, size: number): Buffer {
  const block = Buffer.alloc(BLOCK)
  const { name, prefix } = splitPath(path)
  writeString(block, 0, 100, name)
  writeOctal(block, 100, 8, 0o644)
  writeOctal(block, 108, 8, 0) // uid
  writeOctal(block, 116, 8, 0) // gid
  writeOctal(block, 124, 12, size)
  writeOctal(block, 136, 12, MTIME)
  block.fill(' ', 148, 156) // checksum is computed with its own field as spaces
  writeString(block, 156, 1, '0') // regular file
  writeString(block, 257, 6, 'ustar\0')
  writeString(block, 263, 2, '00')
  writeString(block, 265, 32, 'root')
  writeString(block, 297, 32, 'root')
  writeString(block, 345, 155, prefix)
  let checksum = 0
  for (const byte of block) checksum += byte
  writeString(block, 148, 8, checksum.toString(8).padStart(6, '0') + '\0 ')
  return block
}

/** The uncompressed tar stream (also needed for an image's diff_id). */
export function createTar(files: TarEntry[]): Buffer {
  const parts: Buffer[] = []
  for (const file of files) {
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content
    parts.push(header(file.path, content.length), content)
    const padding = (BLOCK - (content.length % BLOCK)) % BLOCK
    parts.push(Buffer.alloc(padding))
  }
  parts.push(Buffer.alloc(BLOCK * 2)) // end-of-archive marker
  return Buffer.concat(parts)
}

export function createTarGz(files: TarEntry[]): Buffer {
  // Node's gzip header has mtime 0 and a fixed OS byte, so this stays deterministic.
  return gzipSync(createTar(files))
}
