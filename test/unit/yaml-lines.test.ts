// The reader every user-edited file goes through: bounded before parsing, linear on large files,
// one syntax error kept, and duplicate keys, aliases and merge keys refused on their line. The large
// cases below took minutes with the library's own checks; the test timeouts only guard against a hang.
import { describe, expect, it } from '@jest/globals'
import { MAX_BLOCK_COLUMN } from '../../src/yaml-text.js'
import { parseLock } from '../../src/inputs/lock-file.js'
import { readProfile } from '../../src/palette/profile.js'
import { MAX_NESTING, MAX_YAML_VALUES, parseWithLines } from '../../src/palette/yaml-lines.js'

const oneLineExport = (packs: number): string =>
  JSON.stringify({
    metadata: { name: 'web' },
    spec: {
      template: {
        packs: Array.from({ length: packs }, (_, index) => ({
          name: `p${index}`,
          type: 'oci',
          tag: `1.0.${index}`,
          values: 'a: 1\n',
          registry: { metadata: { name: 'lab' } }
        }))
      }
    }
  })

describe('parseWithLines', () => {
  it('finds a duplicate key among 100,000 on its line', () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `k${index}: ${index}`)
    const { syntax } = parseWithLines(`${keys.join('\n')}\nk5: again\n`)
    expect(syntax).toEqual({
      line: 100_001,
      message:
        'is not valid JSON or YAML: Map keys must be unique; "k5" appears twice in one mapping'
    })
  }, 30_000)

  it('reads a 50,000-entry lock', () => {
    const entries = Array.from(
      { length: 50_000 },
      (_, index) =>
        `  reg.example.com/charts/c${index}:1.0.0:\n    digest: sha256:${'a'.repeat(64)}\n    locked: "2026-01-01T00:00:00.000Z"\n`
    )
    expect(parseLock('charts.lock', `charts:\n${entries.join('')}`).size).toBe(50_000)
  }, 30_000)

  it('keeps one error for one bad byte in a long one-line JSON profile', () => {
    const text = oneLineExport(2000)
    // Tens of thousands of errors follow from this byte; each used to copy the whole line.
    const broken = `${text.slice(0, 12)}*${text.slice(12)}`
    const contents = readProfile('web.json', broken)
    expect(contents.problems).toHaveLength(1)
    expect(contents.problems[0]).toMatchObject({ file: 'web.json', line: 1 })
    expect(contents.problems[0]?.message).toMatch(/^is not valid JSON or YAML: /)
  }, 30_000)

  it('refuses deep brackets and too many values before parsing', () => {
    const depth = MAX_NESTING + 1
    expect(parseWithLines(`${'['.repeat(depth)}${']'.repeat(depth)}`).syntax?.message).toBe(
      `nests brackets more than ${MAX_NESTING} deep, past what the gate reads`
    )
    expect(parseWithLines(`[${'0,'.repeat(MAX_YAML_VALUES)}0]`).syntax?.message).toMatch(
      /^holds more than 300,000 values/
    )
    expect(parseWithLines(`[${'0,'.repeat(MAX_YAML_VALUES - 2)}0]`).syntax).toBeUndefined()
    // Empty items are nodes too: 1.9 million of them took 1.1 GB.
    expect(parseWithLines('-\n'.repeat(1_900_000)).syntax?.message).toMatch(
      /^holds more than 300,000 values/
    )
  }, 30_000)

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n', 2, 'uses the alias *x'],
    ['a merge key', 'a: &x {k: 1}\nb:\n  <<: *x\n', 3, 'uses a merge key (<<)'],
    ['a merge key without an alias', 'b:\n  <<: {k: 1}\n', 2, 'uses a merge key (<<)'],
    ['a duplicate in JSON', '{"a": 1,\n "a": 2}', 2, 'Map keys must be unique']
  ])('refuses %s on its line', (_kind, text, line, message) => {
    const { syntax } = parseWithLines(text)
    expect(syntax?.line).toBe(line)
    expect(syntax?.message).toContain(message)
  })

  it('refuses block nesting deeper than the bound, and keys that are mappings, on their line', () => {
    // Thousands of levels on one short line overflowed the library's stack (a crash); ten
    // thousand compact `- ` made V8 abort the process: such nesting is bounded before parsing.
    expect(parseWithLines(`- ${'a: '.repeat(2000)}x\n- y\n`).syntax?.message).toMatch(
      new RegExp(`^nests more than ${MAX_NESTING} levels deep`)
    )
    expect(parseWithLines(`${'- '.repeat(10_000)}x\n`).syntax?.message).toBe(
      `nests blocks past column ${MAX_BLOCK_COLUMN}, deeper than the gate reads`
    )
    expect(parseWithLines(`${'- '.repeat(MAX_NESTING)}x\n`).syntax).toBeUndefined()
    // Each level rendered its key as text: 400 levels took 44 s.
    const { syntax } = parseWithLines(`values:\n  ${'? '.repeat(400)}x\n`)
    expect(syntax).toEqual({
      line: 2,
      message: 'uses a mapping or a list as a key: write keys as single values'
    })
  })

  it('takes the same key in two mappings, and a key that only looks the same', () => {
    expect(parseWithLines('a: {k: 1}\nb: {k: 2}\nc: {1: x, "1": y}\n').syntax).toBeUndefined()
  })
})
