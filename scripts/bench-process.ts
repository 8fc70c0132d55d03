// One child process, timed: what the benchmarks compare. Only PATH and HOME are inherited. And a
// loop of them, one per chart, as a user's script would run skopeo or helm.
export interface TimedRun {
  /** Wall time in milliseconds. */
  ms: number
  code: number
  stdout: string
  stderr: string
}

import { spawn } from 'node:child_process'

/** Runs `command` in `cwd` (also its HOME) with `env` added, and times it to its exit. */
export function timed(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<TimedRun> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', code =>
      resolve({ ms: performance.now() - started, code: code ?? -1, stdout, stderr })
    )
  })
}

/** Runs `step` for each item in turn and adds up the wall times; a failed step fails the loop. */
export async function loop<T>(
  items: readonly T[],
  step: (item: T) => Promise<TimedRun>
): Promise<number> {
  let total = 0
  for (const item of items) {
    const result = await step(item)
    if (result.code !== 0)
      throw new Error(`a comparison run failed: ${result.stderr.slice(0, 300)}`)
    total += result.ms
  }
  return total
}
