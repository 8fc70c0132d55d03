// The digest lock: a committed file mapping each chart reference (host/repository:tag) to the
// digest it held when it was locked. Read and written here, at the edge; judged in gate/lock.ts.
import path from 'node:path'
import YAML, { isMap, isScalar, isSeq, type Node } from 'yaml'
import { parseWithLines, scalarText } from '../palette/yaml-lines.js'
import { CONTENT_DIGEST } from '../digest.js'
import { ConfigurationError, shown, type InputProblem } from '../errors.js'
import { KEY_EXAMPLE, lockKeyProblem, type KeyPart } from './lock-keys.js'
import { parseBoolean } from './request-auth.js'
import type { RawInputs } from './input-names.js'
import {
  FILE_LIMITS,
  FileWriteError,
  readTextFile,
  writeProblem,
  writeWholeFile,
  type FileAccess
} from '../workspace-files.js'

export interface LockEntry {
  digest: string
  /** When the entry was written (ISO 8601); undefined when the lock does not record it. */
  locked?: string
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
  // A lock that cannot be written is refused before any request, not after every check.
  const unwritable = update
    ? await writeProblem(path.resolve(access.workspace, file), access)
    : undefined
  if (unwritable !== undefined && (!('problem' in reading) || reading.code === 'ENOENT'))
    throw lockError(file, 0, unwritable)
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
  const chartsPair = root.items.find(pair => isScalar(pair.key) && pair.key.value === 'charts')
  const charts: unknown = chartsPair?.value
  if (chartsPair === undefined) throw lockError(file, lineOf(root), `has no charts:; ${NOT_A_LOCK}`)
  // charts: without an entry is an empty lock, with the same danger as an empty file.
  if (
    charts === null ||
    (isScalar(charts) && charts.value === null) ||
    (isMap(charts) && charts.items.length === 0)
  ) {
    if (update) return entries
    throw lockError(
      file,
      isScalar(chartsPair.key) ? lineOf(chartsPair.key) : lineOf(root),
      `is empty (charts: holds no entry); ${NOT_A_LOCK}`
    )
  }
  if (!isMap(charts))
    throw lockError(
      file,
      isScalar(charts) || isSeq(charts) ? lineOf(charts) : lineOf(root),
      'charts must map host/repository:tag to a digest'
    )
  const hosts = new Map<string, KeyPart>()
  for (const pair of charts.items) {
    const line = isScalar(pair.key) ? lineOf(pair.key) : lineOf(charts)
    const reference = isScalar(pair.key) ? String(pair.key.value) : ''
    const problem = lockKeyProblem(reference, hosts)
    if (problem !== undefined)
      throw lockError(
        file,
        line,
        `${shown(reference)} is not a chart reference the gate looks up: ${problem.reasons.join(', and ')}`,
        `Write each key as host[:port]/repository:tag, as the gate names the chart (e.g. ${KEY_EXAMPLE})${problem.corrected === undefined ? '' : `; here ${shown(problem.corrected)}`}. A key that matches no chart would let that chart pass as new.`
      )
    entries.set(reference, readEntry(file, line, reference, pair.value, lineOf))
  }
  return entries
}

/** The fields an entry may hold: a misspelt one must not leave the entry half read. */
const ENTRY_KEYS: readonly string[] = ['digest', 'locked']

function readEntry(
  file: string,
  line: number,
  reference: string,
  value: unknown,
  lineOf: (node: Node) => number
): LockEntry {
  const needsDigest = `${shown(reference)} needs a digest (sha256:<64 hex>)`
  // The short form people write by hand: the digest alone, with no time.
  if (isScalar(value)) {
    if (typeof value.value === 'string' && CONTENT_DIGEST.test(value.value))
      return { digest: value.value }
    throw lockError(file, line, needsDigest)
  }
  if (!isMap(value)) throw lockError(file, line, needsDigest)
  for (const field of value.items) {
    const key = isScalar(field.key) ? String(field.key.value) : ''
    if (!ENTRY_KEYS.includes(key))
      throw lockError(
        file,
        isScalar(field.key) ? lineOf(field.key) : line,
        `${shown(key)} is not a lock entry key (${ENTRY_KEYS.join(', ')})`
      )
  }
  const digest: unknown = value.get('digest')
  if (typeof digest !== 'string' || !CONTENT_DIGEST.test(digest))
    throw lockError(file, line, needsDigest)
  const lockedNode: unknown = value.get('locked', true)
  const locked = scalarText(lockedNode)
  if (lockedNode !== undefined && locked === undefined)
    throw lockError(
      file,
      isMap(lockedNode) || isSeq(lockedNode) ? lineOf(lockedNode) : line,
      'locked must be a single value: when the entry was written (ISO 8601)'
    )
  // Without a recorded time, none is made up: messages then leave the time out.
  return { digest, ...(locked === undefined || locked === '' ? {} : { locked }) }
}

export function renderLock(entries: ReadonlyMap<string, LockEntry>, file: string): string {
  // An entry with no time keeps the short form (the digest alone) it was written in by hand.
  const charts = Object.fromEntries(
    [...entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reference, entry]) => [reference, entry.locked === undefined ? entry.digest : entry])
  )
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
    throw lockError(lock.file, 0, error.reason, undefined, { cause: error })
  }
}

/** Adds the entry of a new chart version to the lock and writes it, when update-lock is on. */
export async function addToLock(
  lock: DigestLock,
  reference: string,
  entry: LockEntry
): Promise<ConfigurationError | undefined> {
  if (!lock.update) return undefined
  lock.entries.set(reference, entry)
  return lockSaveFailure(lock)
}

/**
 * Writes the lock back and returns why it could not be, rather than throwing: a lock that fails at
 * the end must not take the results of the run with it.
 */
export async function lockSaveFailure(lock: DigestLock): Promise<ConfigurationError | undefined> {
  try {
    await saveLock(lock)
    return undefined
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
}

const NOT_A_LOCK =
  'a lock is a mapping with one key, charts:, that maps host/repository:tag to its digest (update-lock: true writes one)'

function lockError(
  file: string,
  line: number,
  message: string,
  hint = 'Fix the lock file (or remove the entry and run with update-lock: true after review).',
  options?: ErrorOptions
): ConfigurationError {
  return new ConfigurationError(
    [{ input: 'lock-file', message: `${file}${line > 0 ? `:${line}` : ''}: ${message}` }],
    hint,
    options
  )
}
