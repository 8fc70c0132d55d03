// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest silently:
// the action writes at most 10 of each, the last saying how many more there are and where.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { annotatedFailures, WarningAnnotations } from '../../src/report/annotations.js'

const inputs = new Map<string, string>()
const summaries: string[] = []
const core = {
  getInput: jest.fn((name: string) => inputs.get(name) ?? ''),
  setSecret: jest.fn<(secret: string) => void>(),
  setOutput: jest.fn<(name: string, value: string) => void>(),
  setFailed: jest.fn<(message: string) => void>(),
  error: jest.fn<(message: string, properties?: unknown) => void>(),
  warning: jest.fn<(message: string) => void>(),
  notice: jest.fn<(message: string) => void>(),
  debug: jest.fn<(message: string) => void>(),
  info: jest.fn<(message: string) => void>(),
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

describe('WarningAnnotations', () => {
  const record = () => {
    const written: string[] = []
    const logged: string[] = []
    const warnings = new WarningAnnotations({
      warning: message => void written.push(message),
      info: message => void logged.push(message)
    })
    return { warnings, written, logged }
  }

  it('writes up to ten warnings as they come', () => {
    const { warnings, written, logged } = record()
    for (let index = 0; index < 10; index++) warnings.warning(`w${index}`)
    warnings.finish()
    expect(written).toEqual(Array.from({ length: 10 }, (_, index) => `w${index}`))
    expect(logged).toEqual([])
  })

  it('past ten, writes nine, logs the rest and ends with how many more', () => {
    const { warnings, written, logged } = record()
    for (let index = 0; index < 12; index++) warnings.warning(`w${index}`)
    expect(written).toHaveLength(9)
    warnings.finish()
    expect(written).toHaveLength(10)
    expect(written.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, index) => `w${index}`))
    expect(logged).toEqual(['Warning: w9', 'Warning: w10', 'Warning: w11'])
    expect(written[9]).toBe(
      '3 more warnings are in the job log (GitHub shows 10 warning annotations per step).'
    )
    warnings.finish()
    expect(written).toHaveLength(10)
  })
})

describe('annotatedFailures', () => {
  it('leaves room for the verdict: every failure up to nine, else nine', () => {
    expect([0, 1, 9, 10, 12, 500].map(annotatedFailures)).toEqual([0, 1, 9, 9, 9, 9])
  })
})

describe('the action with more failures than GitHub annotates', () => {
  let workspace: string
  const environment = { ...process.env }

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'pcg-annotations-'))
    const layers = Array.from(
      { length: 12 },
      (_, index) => `  - chart: c${index}\n    version: 1.0.0\n    registry: nowhere\n`
    )
    await writeFile(path.join(workspace, 'p.yaml'), `charts:\n${layers.join('')}`)
    process.env.GITHUB_WORKSPACE = workspace
    process.env.RUNNER_TEMP = workspace
  })

  afterAll(async () => {
    process.env = environment
    await rm(workspace, { recursive: true, force: true })
  })

  beforeEach(() => {
    inputs.clear()
    summaries.length = 0
    jest.clearAllMocks()
  })

  it('writes ten errors in all: nine layers, then the verdict counting the rest', async () => {
    inputs.set('charts-file', 'p.yaml')
    await run()
    // setFailed writes an error annotation too.
    expect(core.error.mock.calls.length + core.setFailed.mock.calls.length).toBe(10)
    expect(core.error).toHaveBeenCalledTimes(9)
    expect(core.setFailed.mock.calls[0]?.[0]).toBe(
      '12 of 12 layers are not valid; 3 more failures have no annotation (GitHub shows 10 per step): see the job summary and the results output.'
    )
    expect(summaries.join('')).toContain('3 more failures are listed here without an annotation')
  })

  it('writes every failure and the verdict when they fit in ten', async () => {
    await writeFile(
      path.join(workspace, 'few.yaml'),
      'charts:\n  - chart: a\n    version: 1.0.0\n    registry: nowhere\n'
    )
    inputs.set('charts-file', 'few.yaml')
    await run()
    expect(core.error).toHaveBeenCalledTimes(1)
    expect(core.setFailed.mock.calls[0]?.[0]).toMatch(
      /^1 of 1 layers? (are|is) not valid \(see the annotations and the job summary\)$/
    )
  })
})
