// Where values.schema.json is applied: in a worker thread, with a memory limit and a time limit
// per schema, when the program's entry can start one (both entries can); in this thread otherwise
// (unit tests). Ajv compiles a schema to code: a hostile one can take minutes and gigabytes, and
// blocks the thread it runs in, so no deadline could stop it there.
import { createHash } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import type { SchemaRequest } from './schema-worker.js'
import type { SchemaJudgement } from './values-schema.js'

export type SchemaCheck = (schemaText: string, values: unknown) => Promise<SchemaJudgement>

const TIME_LIMIT_MS = 15_000
const MEMORY_LIMIT_MB = 512

let entry: URL | undefined

/** Called by an entry point, with its own URL: the worker runs that file in schema mode. */
export function allowSchemaWorker(entryUrl: URL): void {
  entry = entryUrl
}

let shared: SchemaCheck | undefined

/** The schema check of this run (a process is one run): one worker, replaced when one fails. */
export async function schemaChecker(): Promise<SchemaCheck> {
  if (shared !== undefined) return shared
  if (entry === undefined) {
    const { checkValues } = await import('./values-schema.js')
    shared = (schemaText, values) => Promise.resolve(checkValues(schemaText, values))
  } else shared = new SchemaWorker(entry).check
  return shared
}

class SchemaWorker {
  private worker: Worker | undefined
  private nextId = 0
  private queue: Promise<unknown> = Promise.resolve()
  /** Schemas that ran out of time or memory, by digest: each is tried once per run. */
  private readonly failed = new Map<string, SchemaJudgement>()

  constructor(private readonly entry: URL) {}

  /** One schema at a time: a time limit must measure that schema's work, not a queue. */
  readonly check: SchemaCheck = (schemaText, values) => {
    const digest = createHash('sha256').update(schemaText).digest('hex')
    const result = this.queue.then(
      () => this.failed.get(digest) ?? this.run(schemaText, values, digest)
    )
    this.queue = result.catch(() => undefined)
    return result
  }

  private start(): Worker {
    const worker = new Worker(this.entry, {
      workerData: { role: 'values-schema' },
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
      stdout: true,
      stderr: true
    })
    // Always listened to: an error between two checks must not throw in this thread, and a
    // worker that is gone is replaced at the next check rather than waited for.
    worker.on('error', () => undefined)
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined
    })
    worker.unref()
    return worker
  }

  private run(schemaText: string, values: unknown, digest: string): Promise<SchemaJudgement> {
    const worker = (this.worker ??= this.start())
    const id = this.nextId++
    worker.ref()
    return new Promise<SchemaJudgement>(resolve => {
      const finish = (judgement: SchemaJudgement, failed: boolean): void => {
        clearTimeout(timer)
        worker.off('message', answered)
        worker.off('error', crashed)
        worker.off('exit', crashed)
        if (failed) {
          this.failed.set(digest, judgement)
          if (this.worker === worker) this.worker = undefined
          void worker.terminate()
        } else worker.unref()
        resolve(judgement)
      }
      const answered = (message: { id: number; judgement: SchemaJudgement }): void => {
        if (message.id === id) finish(message.judgement, false)
      }
      const crashed = (error: unknown): void => {
        const outOfMemory = /ERR_WORKER_OUT_OF_MEMORY|heap/i.test(String(error))
        finish(
          {
            kind: 'unusable',
            reason: outOfMemory
              ? `values.schema.json needs more than the ${MEMORY_LIMIT_MB} MiB the gate gives one schema`
              : `values.schema.json could not be applied (${String(error)})`
          },
          true
        )
      }
      const timer = setTimeout(
        () =>
          finish(
            {
              kind: 'unusable',
              reason: `values.schema.json took longer than the ${TIME_LIMIT_MS / 1000} s the gate gives one schema to apply`
            },
            true
          ),
        TIME_LIMIT_MS
      )
      worker.on('message', answered)
      worker.on('error', crashed)
      worker.on('exit', crashed)
      const request: SchemaRequest = { id, schemaText, values }
      try {
        worker.postMessage(request)
      } catch (error) {
        finish(
          {
            kind: 'unusable',
            reason: `its values could not be handed to the schema check (${String(error)})`
          },
          false
        )
      }
    })
  }
}
