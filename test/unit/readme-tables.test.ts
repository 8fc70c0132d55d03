// The README's Inputs and Outputs tables are generated from action.yml (npm run readme).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import YAML from 'yaml'
import { renderReadmeTables } from '../../scripts/readme-tables-render.mjs'

const read = (file: string): string =>
  readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
const actionText = read('action.yml')
const readme = read('README.md')

const between = (text: string, name: string): string =>
  text.slice(text.indexOf(`<!-- ${name}:start -->`), text.indexOf(`<!-- ${name}:end -->`))

describe('the README tables', () => {
  it('are up to date with action.yml (run `npm run readme` to fix)', () => {
    expect(renderReadmeTables(actionText, readme)).toBe(readme)
  })

  it('have a row for every input and output of action.yml', () => {
    const action = YAML.parse(actionText) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const rendered = renderReadmeTables(actionText, readme)
    for (const [section, names] of [
      ['inputs', Object.keys(action.inputs)],
      ['outputs', Object.keys(action.outputs)]
    ] as const) {
      expect(names.length).toBeGreaterThan(0)
      const rows = between(rendered, section).split('\n')
      for (const name of names)
        expect(rows.some(row => row.startsWith(`| \`${name}\` `))).toBe(true)
    }
  })

  it('fold multi-line descriptions, escape pipes and keep inline code', () => {
    const action = [
      'inputs:',
      '  mode:',
      '    description: >-',
      '      Either "a|b"',
      '      or `c`.',
      '    required: true',
      '    default: a|b',
      '  note:',
      '    description: |',
      '      First line.',
      '        Second line.',
      '    default: ""',
      '  plain:',
      '    description: Plain.',
      '    required: false',
      'outputs:',
      '  result:',
      '    description: One | two.'
    ].join('\n')
    const before = [
      '# Title',
      '',
      '<!-- inputs:start -->',
      'stale',
      '<!-- inputs:end -->',
      '',
      'Prose stays.',
      '',
      '<!-- outputs:start -->',
      '<!-- outputs:end -->',
      ''
    ].join('\n')
    expect(renderReadmeTables(action, before)).toBe(
      [
        '# Title',
        '',
        '<!-- inputs:start -->',
        '',
        '| Input   | Required | Default | Description              |',
        '| ------- | -------- | ------- | ------------------------ |',
        '| `mode`  | yes      | `a\\|b`  | Either "a\\|b" or `c`.    |',
        "| `note`  | no       | `''`    | First line. Second line. |",
        '| `plain` | no       |         | Plain.                   |',
        '',
        '<!-- inputs:end -->',
        '',
        'Prose stays.',
        '',
        '<!-- outputs:start -->',
        '',
        '| Output   | Description |',
        '| -------- | ----------- |',
        '| `result` | One \\| two. |',
        '',
        '<!-- outputs:end -->',
        ''
      ].join('\n')
    )
  })

  it('name the missing marker when the README has none', () => {
    const action = 'inputs:\n  a:\n    description: A.\noutputs:\n  b:\n    description: B.\n'
    expect(() => renderReadmeTables(action, '# Title\n\n## Inputs\n')).toThrow(
      'README.md has no <!-- inputs:start --> marker'
    )
    expect(() =>
      renderReadmeTables(action, '<!-- inputs:end -->\n<!-- inputs:start -->\n')
    ).toThrow('README.md has <!-- inputs:end --> before <!-- inputs:start -->')
  })
})
