// The constraint reader against Helm's own patterns, run in RE2 (re2js: Go's regexp semantics,
// linear time): for any text, the gate accepts exactly the constraints Helm's patterns accept and
// splits them into the same operators and versions. The gate reads groups in one pass instead,
// because those patterns take exponential time in a backtracking engine.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { RE2JS } from 're2js'
import { constraintTokens, MAX_CONSTRAINT_LENGTH } from '../../src/helm/version-constraint.js'

// Masterminds semver v3.4's patterns, as written in Go.
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^'
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?'
const RANGE = RE2JS.compile(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`)
const VALID = RE2JS.compile(
  `^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`
)
const FIND = RE2JS.compile(`(${OPS})\\s*(${CV})`)
const ONE = RE2JS.compile(`^\\s*(${OPS})\\s*(${CV})\\s*$`)

function findAll(pattern: RE2JS, text: string): string[][] {
  const matcher = pattern.matcher(text)
  const found: string[][] = []
  while (matcher.find())
    found.push(
      Array.from({ length: pattern.groupCount() + 1 }, (_, group) => matcher.group(group) ?? '')
    )
  return found
}

/** What Helm's NewConstraint reads from `text`: each group's operators and versions. */
function helmTokens(text: string): string[][] | undefined {
  let rewritten = text
  for (const range of findAll(RANGE, text))
    rewritten = rewritten.replace(
      range[0] ?? '',
      () => `>= ${range[1] ?? ''}, <= ${range[11] ?? ''} `
    )
  const groups: string[][] = []
  for (const group of rewritten.split('||')) {
    if (!VALID.matcher(group).find()) return undefined
    groups.push(
      findAll(FIND, group).map(([found = '']) => {
        const matcher = ONE.matcher(found)
        if (!matcher.find()) throw new Error(`no single constraint in ${found}`)
        return `${matcher.group(1) ?? ''} ${matcher.group(2) ?? ''}`
      })
    )
  }
  return groups
}

function gateTokens(text: string): string[][] | undefined {
  const tokens = constraintTokens(text)
  if (!tokens.ok) return undefined
  return tokens.groups.map(group => group.map(item => `${item.operator} ${item.version[0]}`))
}

const pieces = fc.constantFrom(
  '1',
  '2',
  '21',
  '.',
  'x',
  'X',
  '*',
  '|',
  '||',
  '-',
  ' - ',
  'v',
  '-0',
  '-eks-1a',
  '.alpha',
  '+b.1',
  ',',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\v',
  '>',
  '>=',
  '<',
  '<=',
  '=',
  '=>',
  '!=',
  '~',
  '~>',
  '^',
  '1.2.3',
  '1.21',
  'a',
  '#'
)

describe('reading a constraint as Helm’s patterns do', () => {
  it('accepts and splits any text exactly as Helm’s patterns in RE2 do (property)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), parts => {
        const text = parts.join('')
        expect(gateTokens(text)).toEqual(helmTokens(text))
      }),
      { numRuns: 20_000 }
    )
  })

  it('reads the forms charts use', () => {
    expect(gateTokens('>=1.21.0-0 <2.0.0')).toEqual([['>= 1.21.0-0', '< 2.0.0']])
    expect(gateTokens('>= 1.20, < 1.32 || ~1.19')).toEqual([['>= 1.20', '< 1.32'], ['~ 1.19']])
    expect(gateTokens('1.20 - 1.32')).toEqual([['>= 1.20', '<= 1.32']])
    expect(gateTokens('>=1.21,')).toBeUndefined()
    expect(gateTokens('>=1.21\u00a0<2')).toBeUndefined()
  })

  it('refuses text past its length bound before any pattern runs', () => {
    const long = `>=1.2.3 ${'1.2-x '.repeat(60)}!`
    expect(long.length).toBeGreaterThan(MAX_CONSTRAINT_LENGTH)
    expect(constraintTokens(long)).toEqual({
      ok: false,
      reason: `it is longer than ${MAX_CONSTRAINT_LENGTH} characters`
    })
  })
})
