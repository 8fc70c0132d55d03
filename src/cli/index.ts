#!/usr/bin/env node
// The command-line entry point (dist/cli/index.js); in a worker thread, the values schema checker
// (helm/schema-runner.ts).
import { isMainThread } from 'node:worker_threads'
import { allowSchemaWorker } from '../helm/schema-runner.js'
import { runCli } from './cli.js'

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

if (isMainThread) {
  allowSchemaWorker(new URL(import.meta.url))
  try {
    process.exitCode = await runCli(process.argv.slice(2), process.env, {
      stdout: text => process.stdout.write(text),
      stderr: text => process.stderr.write(text),
      readStdin,
      isTerminal: process.stderr.isTTY
    })
  } catch (error) {
    process.stderr.write(
      `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exitCode = 2
  }
} else {
  // Loaded only in the worker: the validator is the largest part of the checks.
  const { serveSchemaChecks } = await import('../helm/schema-worker.js')
  serveSchemaChecks()
}
