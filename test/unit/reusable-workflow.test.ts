// The reusable workflow passes the action inputs it promises, by their action.yml names.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { repoRoot } from '../harness/run-action.js'
import { COMMENT_KEY_INPUTS } from '../../src/action/pull-request.js'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}

const read = (file: string): unknown => YAML.parse(readFileSync(path.join(repoRoot, file), 'utf8'))
const action = read('action.yml') as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const workflow = read('.github/workflows/validate-profiles.yml') as {
  on: {
    workflow_call: { inputs: Record<string, unknown>; outputs: Record<string, { value: string }> }
  }
  jobs: { validate: { steps: Step[]; outputs: Record<string, string> } }
}
const gate = workflow.jobs.validate.steps.find(step => step.id === 'gate')

describe('the reusable workflow', () => {
  it("calls the action at a release, never the caller's ./", () => {
    expect(gate?.uses).toMatch(/^palette-chart-gate\/palette-chart-gate@v\d+$/)
  })

  it('passes only inputs the action declares, each from the workflow input of that name', () => {
    const passed = Object.entries(gate?.with ?? {})
    for (const [name] of passed) expect(Object.keys(action.inputs)).toContain(name)
    const declared = Object.keys(workflow.on.workflow_call.inputs)
    for (const [name, value] of passed.filter(([name]) => name !== 'charts-file')) {
      expect(declared).toContain(name)
      expect(value).toBe(`\${{ inputs.${name} }}`)
    }
    expect(gate?.with?.['charts-file']).toBe('${{ inputs.profiles }}')
  })

  it('runs one job per pull request and set of inputs at a time, never cancelling a push', () => {
    const job = workflow.jobs.validate as unknown as {
      concurrency: { group: string; 'cancel-in-progress': string }
    }
    // Every input in the comment's key is in the group: jobs with their own comment never collide.
    for (const name of COMMENT_KEY_INPUTS)
      expect(job.concurrency.group).toContain(
        name === 'charts-file' ? '${{ toJSON(inputs.profiles) }}' : `\${{ inputs.${name} }}`
      )
    expect(job.concurrency.group).toContain('github.event.pull_request.number || github.ref')
    expect(job.concurrency['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}")
  })

  it('returns outputs the action sets', () => {
    for (const [name, output] of Object.entries(workflow.on.workflow_call.outputs)) {
      expect(Object.keys(action.outputs)).toContain(name)
      expect(output.value).toBe(`\${{ jobs.validate.outputs.${name} }}`)
      expect(workflow.jobs.validate.outputs[name]).toBe(`\${{ steps.gate.outputs.${name} }}`)
    }
  })

  it.each(readdirSync(path.join(repoRoot, 'examples')))(
    'examples/%s passes only inputs the workflow declares, and every required one',
    file => {
      const caller = read(`examples/${file}`) as {
        jobs: Record<string, { uses?: string; with?: Record<string, unknown> }>
      }
      const declared = workflow.on.workflow_call.inputs as Record<string, { required?: boolean }>
      const calls = Object.values(caller.jobs).filter(job =>
        (job.uses ?? '').includes('/.github/workflows/validate-profiles.yml@')
      )
      expect(calls.length).toBeGreaterThan(0)
      for (const call of calls) {
        const given = Object.keys(call.with ?? {})
        for (const name of given) expect(Object.keys(declared)).toContain(name)
        for (const [name, input] of Object.entries(declared))
          if (input.required === true) expect(given).toContain(name)
      }
    }
  )

  it.each(readdirSync(path.join(repoRoot, '.github/workflows')))(
    '%s pins third-party actions by commit, with the version in a comment',
    file => {
      const text = readFileSync(path.join(repoRoot, '.github/workflows', file), 'utf8')
      const uses = [...text.matchAll(/uses: ([^\s.][^\s]*)( # v[\d.]+)?/g)].filter(
        ([, reference]) => !(reference ?? '').startsWith('palette-chart-gate/')
      )
      for (const [, reference, comment] of uses) {
        expect(reference).toMatch(/@[0-9a-f]{40}$/)
        expect(comment).toBeDefined()
      }
    }
  )
})
