// The command-line adapter's usage handling; registry runs are in the end-to-end tests.
import { describe, expect, it } from '@jest/globals'
import { environmentName, EXIT, runCli } from '../../src/cli.js'

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, env, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    readStdin: async () => ''
  })
  return { code, stdout, stderr }
}

describe('runCli', () => {
  it('prints help with every input as a flag', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(EXIT.valid)
    expect(result.stdout).toContain('--base-content-path')
    expect(result.stdout).toContain('PALETTE_CHART_GATE_PASSWORD')
  })

  it('exits 2 on an unknown flag', async () => {
    const result = await cli(['--chart-name', 'x'])
    expect(result.code).toBe(EXIT.error)
    expect(result.stderr).toContain("Unknown option '--chart-name'")
  })

  it('exits 2 listing every configuration problem, reading inputs from the environment', async () => {
    const result = await cli(['--version', '>=1.0.0'], { [environmentName('chart')]: 'Bad Name' })
    expect(result.code).toBe(EXIT.error)
    expect(result.stderr).toContain('endpoint: is required')
    expect(result.stderr).toContain('chart: "Bad Name" is not a valid chart name')
    expect(result.stderr).toContain('version: ">=1.0.0" is a range')
  })

  it('names environment variables after the inputs', () => {
    expect(environmentName('base-content-path')).toBe('PALETTE_CHART_GATE_BASE_CONTENT_PATH')
  })
})
