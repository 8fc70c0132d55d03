// The digest lock: a committed file mapping each chart reference (host/repository:tag) to the
// digest it held when it was locked. Read and written here, at the edge; judged in gate/lock.ts.
import YAML, { isMap, isScalar } from 'yaml'
import { parseWithLines } from '../palette/yaml-lines.js'
import { CONTENT_DIGEST } from '../digest.js'
import { ConfigurationError, type InputProblem } from '../errors.js'
import { parseBoolean } from './request-auth.js'
import type { RawInputs } from './input-names.js'
import {
  FILE_LIMITS,
  FileWriteError,
  readTextFile,
  writeWholeFile,
  type FileAccess
} from './workspace-files.js'

export interface LockEntry {
  digest: string
  /** When the entry was written (ISO 8601). */
  locked: string
}

export interface DigestLock {
  /** The path as lock-file gives it. */
  file: string
  access: FileAccess
  entries: Map<string, LockEntry>
  update: boolean
}

/** The lock the inputs name (lock-file, update-lock); undefined without lock-file. */
export async function lockFromInputs(
  inputs: RawInputs,
  access: FileAccess
): Promise<DigestLock | undefined> {
  const file = (inputs['lock-file'] ?? '').trim()
  if (file === '') return undefined
  const problems: InputProblem[] = []
  const update = parseBoolean(
    (inputs['update-lock'] ?? '').trim(),
    false,
    'update-lock',
    (input, message) => problems.push({ input, message })
  )
  if (problems.length > 0) throw new ConfigurationError(problems)
  return loadLock(file, update, access)
}

export async function loadLock(
  file: string,
  update: boolean,
  access: FileAccess
): Promise<DigestLock> {
  const reading = await readTextFile(file, access, FILE_LIMITS.lock)
  if ('problem' in reading) {
    // A lock is born from update-lock; without it, a missing lock is a mistake in the path.
    const missing = reading.code === 'ENOENT'
    if (missing && update) return { file, access, entries: new Map(), update }
    throw lockError(
      file,
      0,
      `${reading.problem}${missing ? '; set update-lock: true to create it' : ''}`
    )
  }
  return { file, access, entries: parseLock(file, reading.text, update), update }
}

export function parseLock(file: string, text: string, update = false): Map<string, LockEntry> {
  const { document, lineOf, syntax } = parseWithLines(text)
  if (syntax !== undefined) throw lockError(file, syntax.line, syntax.message)
  const entries = new Map<string, LockEntry>()
  const root = document.contents
  // An empty file is a lock still to be written only when this run writes it; otherwise it may
  // be a lock someone emptied, and every version would pass as new.
  if (root === null || (isScalar(root) && root.value === null)) {
    if (update) return entries
    throw lockError(file, 1, `is empty; ${NOT_A_LOCK}`)
  }
  if (!isMap(root)) throw lockError(file, lineOf(root), `is not a lock; ${NOT_A_LOCK}`)
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (key !== 'charts')
      throw lockError(
        file,
        isScalar(pair.key) ? lineOf(pair.key) : lineOf(root),
        `${JSON.stringify(key)} is not a lock key; ${NOT_A_LOCK}`
      )
  }
  const charts = root.get('charts', true)
  if (charts === undefined) throw lockError(file, lineOf(root), `has no charts:; ${NOT_A_LOCK}`)
  if (isScalar(charts) && charts.value === null) return entries
  if (!isMap(charts))
    throw lockError(file, lineOf(charts), 'charts must map host/repository:tag to a digest')
  for (const pair of charts.items) {
    const line = isScalar(pair.key) ? lineOf(pair.key) : 1
    const reference = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    const digest = isMap(value) ? value.get('digest') : undefined
    const locked = isMap(value) ? value.get('locked') : undefined
    if (
      !/^[^/\s]+\/[^:\s]+:[^\s]+$/.test(reference) ||
      typeof digest !== 'string' ||
      !CONTENT_DIGEST.test(digest)
    )
      throw lockError(
        file,
        line,
        `${JSON.stringify(reference)} needs a digest (sha256:<64 hex>) and a host/repository:tag key`
      )
    entries.set(reference, {
      digest,
      locked: typeof locked === 'string' ? locked : String(locked ?? 'unknown')
    })
  }
  return entries
}

export function renderLock(entries: ReadonlyMap<string, LockEntry>, file: string): string {
  const charts = Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)))
  const body = { charts }
  if (file.toLowerCase().endsWith('.json')) return `${JSON.stringify(body, null, 2)}\n`
  return `# palette-chart-gate digest lock: the digest each chart version held when it was locked.\n${YAML.stringify(body, { lineWidth: 0 })}`
}

/** Writes the lock back, old entries kept, when update-lock is on. */
export async function saveLock(lock: DigestLock): Promise<void> {
  if (!lock.update) return
  try {
    await writeWholeFile(lock.file, renderLock(lock.entries, lock.file), lock.access)
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error
    throw lockError(lock.file, 0, error.reason)
  }
}

const NOT_A_LOCK =
  'a lock is a mapping with one key, charts:, that maps host/repository:tag to its digest (update-lock: true writes one)'

function lockError(file: string, line: number, message: string): ConfigurationError {
  return new ConfigurationError(
    [{ input: 'lock-file', message: `${file}${line > 0 ? `:${line}` : ''}: ${message}` }],
    'Fix the lock file (or remove the entry and run with update-lock: true after review).'
  )
}
