// Runs the command-line adapter in process, capturing what it prints.
import { runCli } from '../../src/cli/cli.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, env, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    readStdin: async () => ''
  })
  return { code, stdout, stderr }
}
