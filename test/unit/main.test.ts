// The action adapter with @actions/core mocked: masking, outputs and failure reporting.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'

const inputs = new Map<string, string>()
const outputs = new Map<string, string>()
const summaries: string[] = []
const core = {
  getInput: jest.fn((name: string) => inputs.get(name) ?? ''),
  setSecret: jest.fn<(secret: string) => void>(),
  setOutput: jest.fn((name: string, value: string) => void outputs.set(name, value)),
  setFailed: jest.fn<(message: string) => void>(),
  debug: jest.fn<(message: string) => void>(),
  info: jest.fn<(message: string) => void>(),
  warning: jest.fn<(message: string) => void>(),
  summary: {
    addRaw(text: string) {
      summaries.push(text)
      return this
    },
    write: async () => undefined
  }
}
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

beforeEach(() => {
  inputs.clear()
  outputs.clear()
  summaries.length = 0
  jest.clearAllMocks()
})

function setInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) inputs.set(name, value)
}

describe('run', () => {
  it('masks the password before anything else happens and reports every configuration problem', async () => {
    setInputs({
      endpoint: 'registry.example.com/charts',
      chart: 'nginx',
      version: 'latest',
      username: '',
      password: 'hunter2'
    })
    await run()
    expect(core.setSecret).toHaveBeenCalledWith('hunter2')
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.setFailed.mock.invocationCallOrder[0] ?? 0
    )
    expect(outputs.get('valid')).toBe('false')
    const message = core.setFailed.mock.calls[0]?.[0] ?? ''
    expect(message).toContain(
      'Configuration error: endpoint: "registry.example.com/charts" has a path'
    )
    expect(message).toContain('version: "latest" is not a version')
    expect(message).toContain('username: is required when a password is given')
    expect(message).not.toContain('hunter2')
    expect(summaries.join('')).toContain('| Verdict | ❌ configuration error |')
  })

  it('still fails the step with its message when no job summary can be written', async () => {
    setInputs({ endpoint: '', chart: 'nginx', version: '1.0.0' })
    const write = core.summary.write
    core.summary.write = async () => {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
    }
    try {
      await run()
    } finally {
      core.summary.write = write
    }
    expect(core.setFailed.mock.calls[0]?.[0]).toContain('endpoint: is required')
  })

  it('reads the password untrimmed and everything else trimmed', async () => {
    setInputs({
      endpoint: ' r.example.com ',
      chart: 'nginx',
      version: '1.0.0',
      username: 'u',
      password: ' p '
    })
    core.getInput.mockImplementation((name: string, options?: { trimWhitespace?: boolean }) => {
      const value = inputs.get(name) ?? ''
      return options?.trimWhitespace === false ? value : value.trim()
    })
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(' p ')
  })
})
