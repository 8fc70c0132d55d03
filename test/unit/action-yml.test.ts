// action.yml is the contract: it must declare exactly the inputs the gate reads and the outputs it sets.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import YAML from 'yaml'
import { actionDefaults } from '../harness/run-action.js'
import { GITHUB_INPUT_NAMES } from '../../src/inputs/input-names.js'
import { INPUT_NAMES, parseRequest } from '../../src/inputs/request.js'

const action = YAML.parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { description: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  it('declares every input the gate reads, and no other', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      [...INPUT_NAMES, ...GITHUB_INPUT_NAMES].sort()
    )
  })

  it('declares the outputs the action sets, each described', () => {
    const adapters = ['action/main.ts', 'action/charts-file.ts'].map(file =>
      readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8')
    )
    const set = adapters.flatMap(text =>
      [...text.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map(match => match[1])
    )
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort())
    for (const output of Object.values(action.outputs))
      expect(output.description.length).toBeGreaterThan(10)
  })

  it('has defaults that every kind of check accepts (the runner always sends them)', async () => {
    const defaults = await actionDefaults()
    const chart = { chart: 'nginx', version: '1.0.0' }
    expect(() => parseRequest({ ...defaults, ...chart, endpoint: 'r.example.com' })).not.toThrow()
    expect(() =>
      parseRequest({
        ...defaults,
        ...chart,
        endpoint: 'public.ecr.aws',
        'auth-type': 'ecr',
        protected: 'false'
      })
    ).not.toThrow()
    expect(() =>
      parseRequest({
        ...defaults,
        ...chart,
        endpoint: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
        'auth-type': 'ecr'
      })
    ).not.toThrow()
  })

  it('has every input in .env.example, for @github/local-action', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    const listed = [...example.matchAll(/^INPUT_([A-Z-]+)=/gm)].map(match =>
      match[1]?.toLowerCase()
    )
    expect(listed.sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('passes action-validator, which checks it against the action metadata schema (offline)', async () => {
    const { validateAction } = await import('@action-validator/core')
    const text = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    // The validator's schema (0.6.0) predates node24; `using` is checked in the next test.
    expect(text).toContain('  using: node24\n')
    const errors = validateAction(text.replace('  using: node24\n', '  using: node20\n')).errors
    expect(errors).toEqual([])
    // And it does find a fault: here, a branding colour GitHub does not have.
    const broken = text
      .replace(/^ {2}color: blue$/m, '  color: teal')
      .replace('  using: node24\n', '  using: node20\n')
    expect(validateAction(broken).errors.length).toBeGreaterThan(0)
  })

  it('runs on node24 from the bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
