// The other side of schema-runner.ts: a worker thread that applies values.schema.json, so that a
// schema that compiles or validates for minutes, or fills memory, costs its own layer only.
import { parentPort } from 'node:worker_threads'
import { checkValues } from './values-schema.js'

export interface SchemaRequest {
  id: number
  schemaText: string
  values: unknown
}

export function serveSchemaChecks(): void {
  const port = parentPort
  if (port === null) return
  port.on('message', (request: SchemaRequest) => {
    port.postMessage({ id: request.id, judgement: checkValues(request.schemaText, request.values) })
  })
}
