// The digest lock: a committed file mapping each chart reference (host/repository:tag) to the
// digest it held when it was locked. Read and written here, at the edge; judged in gate/lock.ts.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import YAML, { isMap, isScalar } from 'yaml'
import { parseWithLines } from '../palette/yaml-lines.js'
import { CONTENT_DIGEST } from '../digest.js'
import { ConfigurationError, type InputProblem } from '../errors.js'
import { parseBoolean } from './request-auth.js'
import type { RawInputs } from './input-names.js'

export interface LockEntry {
  digest: string
  /** When the entry was written (ISO 8601). */
  locked: string
}

export interface DigestLock {
  file: string
  entries: Map<string, LockEntry>
  update: boolean
}

/** The lock the inputs name (lock-file, update-lock); undefined without lock-file. */
export async function lockFromInputs(
  inputs: RawInputs,
  workspace: string
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
  return loadLock(file, update, workspace)
}

export async function loadLock(
  file: string,
  update: boolean,
  workspace: string
): Promise<DigestLock> {
  const absolute = path.resolve(workspace, file)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
    // A lock is born from update-lock; without it, a missing lock is a mistake in the path.
    if (code === 'ENOENT' && update) return { file: absolute, entries: new Map(), update }
    throw lockError(
      file,
      0,
      `cannot be read (${code})${update ? '' : '; set update-lock: true to create it'}`
    )
  }
  return { file: absolute, entries: parseLock(file, text), update }
}

export function parseLock(file: string, text: string): Map<string, LockEntry> {
  const { document, lineOf, syntax } = parseWithLines(text)
  if (syntax !== undefined) throw lockError(file, syntax.line, syntax.message)
  const charts = document.get('charts', true)
  const entries = new Map<string, LockEntry>()
  if (charts === undefined || charts === null) return entries
  if (!isMap(charts)) throw lockError(file, 1, 'charts must map host/repository:tag to a digest')
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
    await writeFile(lock.file, renderLock(lock.entries, lock.file), 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unwritable'
    throw lockError(lock.file, 0, `cannot be written (${code})`)
  }
}

function lockError(file: string, line: number, message: string): ConfigurationError {
  return new ConfigurationError(
    [{ input: 'lock-file', message: `${file}${line > 0 ? `:${line}` : ''}: ${message}` }],
    'Fix the lock file (or remove the entry and run with update-lock: true after review).'
  )
}
