// The digest lock, read as hostile input: a key the gate never looks up, an emptied charts:, a
// misspelt field, each refused on its line; an entry without `locked` kept, with no time made up.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ConfigurationError } from '../../src/errors.js'
import { judgeAgainstLock } from '../../src/gate/lock.js'
import { planChecks } from '../../src/gate/plan.js'
import { parseLock, renderLock } from '../../src/inputs/lock-file.js'
import { lockKeyProblem } from '../../src/inputs/lock-keys.js'
import { parseRequest, type Request } from '../../src/inputs/request.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const OTHER = `sha256:${'b'.repeat(64)}`

/** The problem the lock is refused with, or undefined when it is read. */
function refusal(text: string, update = false): { message: string; hint: string } | undefined {
  try {
    parseLock('chart-lock.yaml', text, update)
    return undefined
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return { message: error.message, hint: error.hint }
  }
}

const withKey = (key: string): string =>
  `# reviewed\ncharts:\n  ${JSON.stringify(key)}:\n    digest: ${DIGEST}\n`

describe('lock keys', () => {
  it.each([
    [
      'oci://reg.example.com/charts/nginx:1.2.3',
      'it starts with oci://, which the gate leaves out',
      'reg.example.com/charts/nginx:1.2.3'
    ],
    [
      'reg.example.com/Charts/nginx:1.2.3',
      'its repository "Charts/nginx" has capitals, and a repository is lower case',
      'reg.example.com/charts/nginx:1.2.3'
    ],
    [
      'Reg.Example.com/charts/nginx:1.2.3',
      'its host "Reg.Example.com" is not written as the gate writes it ("reg.example.com")',
      'reg.example.com/charts/nginx:1.2.3'
    ],
    [
      'reg.example.com/charts/nginx:1.2.3+build.1',
      "its tag \"1.2.3+build.1\" has '+', which Helm writes as '_' in a tag",
      'reg.example.com/charts/nginx:1.2.3_build.1'
    ],
    [
      '[0:0::1]:5000/charts/nginx:1.2.3',
      'its host "[0:0::1]:5000" is not written as the gate writes it ("[::1]:5000")',
      '[::1]:5000/charts/nginx:1.2.3'
    ],
    [
      'https://Reg.example.com/charts/nginx:1.2.3',
      'it starts with https://, which the gate leaves out, and its host "Reg.example.com"',
      'reg.example.com/charts/nginx:1.2.3'
    ]
  ])('refuses %s on its line, with the key the gate looks up', (key, reason, corrected) => {
    const problem = refusal(withKey(key))
    expect(problem?.message).toContain(
      `lock-file: chart-lock.yaml:3: ${JSON.stringify(key)} is not a chart reference the gate looks up: ${reason}`
    )
    expect(problem?.hint).toContain(
      'host[:port]/repository:tag, as the gate names the chart (e.g. registry.example.com/charts/nginx:1.2.3)'
    )
    expect(problem?.hint).toContain(`here ${JSON.stringify(corrected)}`)
  })

  it.each([
    ['reg.example.com/charts/nginx', 'it is not host/repository:tag'],
    ['reg.example.com:5000', 'it is not host/repository:tag'],
    ['reg.example.com/charts/nginx:latest', 'its tag "latest" is not the tag of an exact chart'],
    ['reg.example.com/charts/nginx:1.0.0_a_b', "a tag has at most one '_'"],
    ['reg.example.com/charts/ng!nx:1.0.0', 'its repository "charts/ng!nx" is not a repository'],
    ['reg.example.com/charts//nginx:1.0.0', 'its repository "charts//nginx" is not a repository'],
    ['reg.example.com/charts/nginx:1.0.0\u200b', 'holds the character U+200B at position 35'],
    ['reg..example.com/charts/nginx:1.0.0', 'its host "reg..example.com" is not a host name']
  ])('refuses %s, with no key to offer', (key, reason) => {
    const problem = refusal(withKey(key))
    expect(problem?.message).toContain('chart-lock.yaml:3: ')
    expect(problem?.message).toContain(reason)
    expect(problem?.hint).toContain('registry.example.com/charts/nginx:1.2.3')
    expect(problem?.hint).not.toContain('here')
  })

  it('accepts every key the gate builds, and offers it back for the same key written with oci://', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,8}[a-zA-Z0-9])?$/)
    const host = fc.oneof(
      fc.array(label, { minLength: 1, maxLength: 4 }).map(labels => labels.join('.')),
      fc.constantFrom('127.0.0.1', '[::1]', '[0:0::1]', '[2001:DB8::1]', 'LOCALHOST')
    )
    const port = fc.constantFrom('', ':443', ':80', ':5000', ':8443')
    const scheme = fc.constantFrom('', 'https://', 'http://', 'HTTPS://')
    const component = fc.stringMatching(/^[a-z0-9]+([._-][a-z0-9]+)?$/)
    const identifier = fc.stringMatching(/^[0-9A-Za-z-]{1,6}$/)
    const version = fc
      .tuple(
        fc.constantFrom('', 'v'),
        fc.nat(30),
        fc.nat(30),
        fc.nat(30),
        fc.option(identifier),
        fc.option(identifier)
      )
      .map(
        ([v, major, minor, patch, pre, build]) =>
          `${v}${major}.${minor}.${patch}${pre === null ? '' : `-${pre}`}${build === null ? '' : `+${build}`}`
      )
    fc.assert(
      fc.property(
        scheme,
        host,
        port,
        fc.array(component, { maxLength: 3 }),
        component,
        version,
        (prefix, name, portText, path, chart, exact) => {
          let request: Request
          try {
            request = parseRequest({
              endpoint: `${prefix}${name}${portText}`,
              'base-content-path': path.join('/'),
              chart,
              version: exact
            })
          } catch {
            return // inputs the gate refuses build no key
          }
          const { reference } = planChecks(request).deployment[0]
          expect(lockKeyProblem(reference)).toBeUndefined()
          expect(lockKeyProblem(`oci://${reference}`)?.corrected).toBe(reference)
        }
      ),
      { numRuns: 1000 }
    )
  })
})

describe('an empty charts:', () => {
  it.each([
    ['charts: with nothing', 'charts:\n'],
    ['charts: null', 'charts: null\n'],
    ['an empty mapping', 'charts: {}\n'],
    ['an empty JSON object', '{"charts": {}}\n']
  ])('is refused as %s without update-lock, and is a lock to write with it', (_kind, text) => {
    expect(refusal(text)?.message).toContain('lock-file: chart-lock.yaml:1: is empty')
    expect(parseLock('chart-lock.yaml', text, true).size).toBe(0)
  })
})

describe('lock entries', () => {
  it.each([
    ['a misspelt locked', `    digest: ${DIGEST}\n    lockd: x\n`, 5, '"lockd"'],
    ['a misspelt digest', `    digset: ${DIGEST}\n    locked: x\n`, 4, '"digset"'],
    ['a field it does not have', `    digest: ${DIGEST}\n    reviewed-by: me\n`, 5, '"reviewed-by"']
  ])('refuses %s on its line, naming the fields an entry has', (_kind, fields, line, key) => {
    const text = `# reviewed\ncharts:\n  reg.example.com/charts/nginx:1.2.3:\n${fields}`
    expect(refusal(text)?.message).toBe(
      `lock-file: chart-lock.yaml:${line}: ${key} is not a lock entry key (digest, locked)`
    )
  })

  it('refuses a locked that is not a single value, on its line', () => {
    const text = `charts:\n  reg.example.com/charts/nginx:1.2.3:\n    digest: ${DIGEST}\n    locked:\n      - 2026\n`
    expect(refusal(text)?.message).toBe(
      'lock-file: chart-lock.yaml:5: locked must be a single value: when the entry was written (ISO 8601)'
    )
  })

  it('keeps an entry without locked, and makes up no time for it', () => {
    const reference = 'reg.example.com/charts/nginx:1.2.3'
    const entries = parseLock(
      'chart-lock.yaml',
      `charts:\n  ${reference}:\n    digest: ${DIGEST}\n`
    )
    expect(entries.get(reference)).toEqual({ digest: DIGEST })

    const verdict = judgeAgainstLock(reference, OTHER, entries, new Date())
    expect(verdict.changed?.message).toBe(
      `oci://${reference} now holds ${OTHER}, but the lock says ${DIGEST}: the same version was pushed again with other content`
    )
    expect(verdict.changed?.message).not.toContain('unknown')

    // Written back by update-lock as it was read: no locked: line is invented.
    const written = renderLock(entries, 'chart-lock.yaml')
    expect(written).not.toMatch(/^\s*locked:/m)
    expect(parseLock('chart-lock.yaml', written)).toEqual(entries)
  })

  it('reads the hand-written form, a key and its digest, beside the map form', () => {
    const short = 'reg.example.com/charts/nginx:1.2.3'
    const long = 'reg.example.com/charts/redis:7.0.0'
    const text = `charts:\n  "${short}": ${DIGEST}\n  ${long}:\n    digest: ${OTHER}\n    locked: "2026-01-01T00:00:00Z"\n`
    const entries = parseLock('chart-lock.yaml', text)
    expect(entries.get(short)).toEqual({ digest: DIGEST })
    expect(entries.get(long)).toEqual({ digest: OTHER, locked: '2026-01-01T00:00:00Z' })
    expect(parseLock('chart-lock.json', JSON.stringify({ charts: { [short]: DIGEST } }))).toEqual(
      new Map([[short, { digest: DIGEST }]])
    )

    // Written back, each entry keeps its form.
    const written = renderLock(entries, 'chart-lock.yaml')
    expect(written).toContain(`${short}: ${DIGEST}\n`)
    expect(written).toContain(`${long}:\n    digest: ${OTHER}\n    locked:`)
    expect(parseLock('chart-lock.yaml', written)).toEqual(entries)
  })

  it.each([
    ['text that is not a digest', 'latest'],
    ['a digest with a short hex', 'sha256:abc'],
    ['a number', '42'],
    ['a list', '[sha256:abc]']
  ])('refuses a short-form entry holding %s', (_, value) => {
    expect(refusal(`charts:\n  reg.example.com/charts/nginx:1.2.3: ${value}\n`)?.message).toContain(
      'chart-lock.yaml:2: "reg.example.com/charts/nginx:1.2.3" needs a digest'
    )
  })

  it('names when the entry was locked when the lock records it', () => {
    const reference = 'reg.example.com/charts/nginx:1.2.3'
    const entries = parseLock(
      'chart-lock.json',
      JSON.stringify({
        charts: { [reference]: { digest: DIGEST, locked: '2026-01-01T00:00:00Z' } }
      })
    )
    expect(judgeAgainstLock(reference, OTHER, entries, new Date()).changed?.message).toContain(
      'but the lock written 2026-01-01T00:00:00Z says'
    )
  })
})
