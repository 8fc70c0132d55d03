// The action's entry point; in a worker thread, the values schema checker (helm/schema-runner.ts).
import { isMainThread } from 'node:worker_threads'
import { run } from './action/main.js'
import { allowSchemaWorker } from './helm/schema-runner.js'

if (isMainThread) {
  allowSchemaWorker(new URL(import.meta.url))
  await run()
} else {
  // Loaded only in the worker: the validator is the largest part of the checks.
  const { serveSchemaChecks } = await import('./helm/schema-worker.js')
  serveSchemaChecks()
}
