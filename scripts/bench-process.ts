// One child process, timed: what the benchmarks compare. Only PATH and HOME are inherited.
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
