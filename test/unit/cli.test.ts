// The command-line adapter's usage handling; registry runs are in the end-to-end tests.
import { describe, expect, it } from '@jest/globals'
import { environmentName, EXIT } from '../../src/cli/cli.js'
import { cli } from '../support/cli.js'

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

  it('takes values that start with a dash, and never echoes a stray argument', async () => {
    const dash = await cli([
      '--endpoint',
      'r.example.com',
      '--chart',
      'nginx',
      '--version',
      '1.0.0',
      '--ca-certificate',
      '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----'
    ])
    expect(dash.stderr).toContain('ca-certificate: certificate 1 of the PEM text cannot be parsed')
    const stray = await cli(['--username', 'u', 'secret-half'])
    expect(stray.code).toBe(EXIT.error)
    expect(stray.stderr).toContain('Unexpected argument at position 3 (not shown')
    expect(stray.stderr).not.toContain('secret-half')
  })

  it('names environment variables after the inputs', () => {
    expect(environmentName('base-content-path')).toBe('PALETTE_CHART_GATE_BASE_CONTENT_PATH')
  })
})
