// Reads a Helm chart archive (a gzipped tar whose top folder is the chart name) as Helm's loader
// does, for what decides an install: the chart's values.yaml, its values.schema.json and the
// subcharts its charts/ folder holds, packed (.tgz) or unpacked.
import { gunzipSync } from 'node:zlib'
import { posix } from 'node:path'
import YAML from 'yaml'
import { blockNestingProblem, QUIET_YAML } from '../yaml-text.js'

const BLOCK = 512
/** Unpacked, the chart and every packed subchart together. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024
const MAX_CHART_YAML_BYTES = 64 * 1024
/** Helm's own bound on one file of a chart (MaxDecompressedFileSize). */
const MAX_FILE_BYTES = 5 * 1024 * 1024

/** A chart's own files that decide its values: values.yaml and values.schema.json, as text. */
export interface ChartFiles {
  values?: string
  schema?: string
}

/** A chart in charts/, by the name its own Chart.yaml gives (Helm matches dependencies on it). */
export interface Subchart extends ChartFiles {
  name: string
}

export interface ChartContents extends ChartFiles {
  subcharts: Subchart[]
  /** Why the archive could not be read whole; the subcharts are then not known. */
  unreadable?: string
}

interface TarEntry {
  /** Within the chart, as Helm names it: the top folder dropped, the rest cleaned. */
  path: string
  body: Buffer
}

export function readChartArchive(archive: Buffer): ChartContents {
  const budget = { left: MAX_UNPACKED_BYTES }
  const entries = unpack(archive, budget)
  if (typeof entries === 'string') return { subcharts: [], unreadable: entries }
  const contents: ChartContents = { subcharts: [] }
  // The first reason Helm would not load it; the chart's own values are read all the same.
  let unreadable: string | undefined = entries.some(entry => entry.path === 'Chart.yaml')
    ? undefined
    : 'Chart.yaml file is missing'
  const folders = new Map<string, TarEntry[]>()
  for (const entry of entries) {
    const { path } = entry
    readChartFile(contents, path, entry.body)
    const sub = /^charts\/([^/]+)(?:\/(.*))?$/.exec(path)
    // Helm's loader passes over charts/ entries whose name starts with . or _, and provenance files.
    if (sub === null || /^[._]/.test(sub[1] ?? '') || path.endsWith('.prov')) continue
    const [, folder = '', inner] = sub
    if (inner === undefined && folder.endsWith('.tgz')) {
      const packed = unpack(entry.body, budget)
      const subchart = typeof packed === 'string' ? undefined : subchartOf(packed, 0)
      if (subchart === undefined)
        unreadable ??= `charts/${folder}: ${typeof packed === 'string' ? packed : 'Chart.yaml file is missing'}`
      else contents.subcharts.push(subchart)
    } else {
      // Any other entry of charts/ is a folder Helm loads as a chart, a stray file too.
      const files = folders.get(folder) ?? []
      files.push(entry)
      folders.set(folder, files)
    }
  }
  for (const [folder, files] of folders) {
    const subchart = subchartOf(files, 2)
    if (subchart === undefined) unreadable ??= `charts/${folder}: Chart.yaml file is missing`
    else contents.subcharts.push(subchart)
  }
  return unreadable === undefined ? contents : { ...contents, subcharts: [], unreadable }
}

/** A subchart's name and files (`depth` folders above its own), if its Chart.yaml names it. */
function subchartOf(entries: readonly TarEntry[], depth: number): Subchart | undefined {
  const files: ChartFiles = {}
  let name: string | undefined
  for (const entry of entries) {
    const path = entry.path.split('/').slice(depth).join('/')
    if (path === 'Chart.yaml') name = nameOf(entry.body)
    readChartFile(files, path, entry.body)
  }
  return name === undefined ? undefined : { name, ...files }
}

function readChartFile(files: ChartFiles, path: string, body: Buffer): void {
  if (path === 'values.yaml') files.values = textOf(body)
  else if (path === 'values.schema.json') files.schema = textOf(body)
}

/** As Helm reads a file of the chart: a UTF-8 byte-order mark dropped. */
function textOf(body: Buffer): string {
  return body.toString('utf8').replace(/^\uFEFF/, '')
}

/** The chart's own values.yaml, or undefined when the archive has none or cannot be read. */
export function readChartValues(archive: Buffer): string | undefined {
  return readChartArchive(archive).values
}

function nameOf(chartYaml: Buffer | undefined): string | undefined {
  if (chartYaml === undefined || chartYaml.length > MAX_CHART_YAML_BYTES) return undefined
  const text = textOf(chartYaml)
  if (blockNestingProblem(text) !== undefined) return undefined
  try {
    const metadata: unknown = YAML.parse(text, { ...QUIET_YAML, maxAliasCount: 0 })
    if (typeof metadata !== 'object' || metadata === null || !('name' in metadata)) return undefined
    return typeof metadata.name === 'string' ? metadata.name : undefined
  } catch {
    return undefined
  }
}

/** The regular files of a gzipped tar, by cleaned path, or why Helm would not load it. */
function unpack(archive: Buffer, budget: { left: number }): TarEntry[] | string {
  let tar: Buffer
  try {
    tar = gunzipSync(archive, { maxOutputLength: Math.max(1, budget.left) })
  } catch {
    return `cannot be unpacked: not gzip, or past the ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB the gate unpacks`
  }
  budget.left -= tar.length
  const entries: TarEntry[] = []
  let longName: string | undefined
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every(byte => byte === 0)) break
    const size = Number.parseInt(field(header, 124, 12) || '0', 8)
    if (!Number.isFinite(size) || size < 0) return 'a tar header with no readable size'
    const type = field(header, 156, 1)
    // Only a POSIX header has a name prefix; in a GNU one those bytes hold times.
    const posixHeader = header.subarray(257, 263).toString('latin1') === 'ustar\0'
    const prefix = posixHeader ? field(header, 345, 155) : ''
    const name =
      longName ?? (prefix === '' ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`)
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size)
    longName = undefined
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '')
    // A PAX header may rename the next entry.
    else if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
    // Regular files only; an old-style entry whose name ends in / is a folder.
    if ((type !== '0' && type !== '') || name.endsWith('/')) continue
    const path = chartPath(name)
    if (path.problem !== undefined) return path.problem
    if (size > MAX_FILE_BYTES)
      return `holds ${path.path}, larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB Helm loads of one file`
    entries.push({ path: path.path, body })
  }
  return entries
}

/** As Helm's loader names an entry: its first folder dropped, the rest cleaned and kept inside. */
function chartPath(
  name: string
): { path: string; problem?: never } | { path?: never; problem: string } {
  const delimiter = name.includes('\\') ? '\\' : '/'
  const rest = name.split(delimiter).slice(1).join('/')
  if (posix.isAbsolute(rest)) return { problem: 'holds an absolute path, which Helm refuses' }
  const cleaned = posix.normalize(rest).replace(/\/$/, '')
  if (cleaned === '.' || cleaned === '')
    return {
      problem: `holds ${JSON.stringify(name)}, outside the chart's folder, which Helm refuses`
    }
  if (cleaned.startsWith('..'))
    return {
      problem: `holds ${JSON.stringify(name)}, a path outside the chart, which Helm refuses`
    }
  return { path: cleaned }
}

function field(header: Buffer, start: number, length: number): string {
  return header
    .subarray(start, start + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
    .trim()
}
