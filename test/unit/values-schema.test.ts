// Values as Helm coalesces them, and values.schema.json as Helm 4 applies it, hostile schemas
// included: each fails its own layer with a reason, in bounded time, never the run.
import { describe, expect, it } from '@jest/globals'
import { coalesce, installValues } from '../../src/helm/values-coalesce.js'
import { checkValues } from '../../src/helm/values-schema.js'
import { holdsMacro, readLayerValues } from '../../src/palette/layer-values.js'

describe('coalesce', () => {
  it("merges tables, lets the user's value win and the user's null delete the default", () => {
    expect(
      coalesce(
        { image: { repository: 'nginx', tag: '1.0' }, replicaCount: 1, keep: true },
        { image: { tag: '2.0' }, replicaCount: null, extra: null }
      )
    ).toEqual({ image: { repository: 'nginx', tag: '2.0' }, keep: true, extra: null })
  })

  it('keeps __proto__ as a key like any other', () => {
    const merged = coalesce(JSON.parse('{"__proto__": {"a": 1}}') as Record<string, unknown>, {})
    expect(Object.hasOwn(merged, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype)
  })

  it('gives enabled subcharts their defaults and the globals, and leaves out those turned off', () => {
    const cache = { name: 'cache' }
    const install = installValues(
      { subcharts: [cache] },
      { global: { tier: 1 } },
      new Map([[cache, { size: 1, enabled: true }]]),
      [{ name: 'cache', alias: 'memo', condition: 'memo.enabled,cache.enabled' }],
      { memo: { size: 2 } }
    )
    expect(install.values).toEqual({
      global: { tier: 1 },
      memo: { size: 2, enabled: true, global: { tier: 1 } }
    })
    const off = installValues(
      { subcharts: [cache] },
      {},
      new Map([[cache, { size: 1 }]]),
      [{ name: 'cache', condition: 'cache.enabled' }],
      { cache: { enabled: false } }
    )
    expect(off.subcharts).toEqual([])
  })
})

describe('checkValues', () => {
  const schema = (value: unknown): string => JSON.stringify(value)

  it('applies 2020-12 without $schema and draft-07 with it, format asserted only in draft-07', () => {
    const day = { properties: { day: { type: 'string', format: 'date' } } }
    expect(checkValues(schema(day), { day: 'x' })).toEqual({ kind: 'valid' })
    expect(
      checkValues(schema({ ...day, $schema: 'http://json-schema.org/draft-07/schema#' }), {
        day: 'x'
      })
    ).toMatchObject({ kind: 'violations', violations: [{ path: '/day' }] })
    expect(
      checkValues(schema({ properties: { a: { prefixItems: [{ type: 'integer' }] } } }), {
        a: ['x']
      })
    ).toEqual({
      kind: 'violations',
      violations: [{ path: '/a/0', message: 'got string, want integer', value: 'x' }]
    })
  })

  it('refuses a schema its metaschema refuses, and one that refers outside itself', () => {
    expect(checkValues(schema({ properties: { a: { type: 'integr' } } }), {})).toMatchObject({
      kind: 'unusable',
      reason: expect.stringContaining('is not a valid schema') as unknown
    })
    expect(
      checkValues(schema({ properties: { a: { $ref: 'https://example.invalid/a.json' } } }), {})
    ).toMatchObject({
      kind: 'unusable',
      reason: expect.stringContaining('the gate never fetches one') as unknown
    })
    expect(checkValues('{"type": ', {})).toMatchObject({ kind: 'unusable' })
  })

  it('says which drafts it does not apply instead of guessing', () => {
    expect(
      checkValues(schema({ $schema: 'http://json-schema.org/draft-04/schema#' }), {})
    ).toMatchObject({ kind: 'not-checked' })
  })

  it('stays linear on a pattern that backtracks without end in JavaScript', () => {
    const judgement = checkValues(schema({ properties: { a: { pattern: '^(a+)+$' } } }), {
      a: `${'a'.repeat(50_000)}!`
    })
    expect(judgement).toMatchObject({ kind: 'violations' })
    // A backtracking engine would outlive the test's timeout here; RE2 takes a few ms.
  })

  it('fails a schema nested past what can be read, without a crash', () => {
    for (const depth of [2_000, 20_000]) {
      const nested = `${'{"properties":{"a":'.repeat(depth)}{"type":"string"}${'}}'.repeat(depth)}`
      expect(checkValues(nested, { a: { a: 1 } })).toMatchObject({ kind: 'unusable' })
    }
  })
})

describe('checkValues, where Ajv and Helm 4 differ', () => {
  const schema = (value: unknown): string => JSON.stringify(value)
  const day = { properties: { day: { type: 'string', format: 'date' } } }

  it('reads $schema as Helm does: http or https, with or without #, the bare one as 2020-12', () => {
    const draft07 = { ...day, $schema: 'https://json-schema.org/draft-07/schema' }
    expect(checkValues(schema(draft07), { day: 'x' })).toMatchObject({ kind: 'violations' })
    const bare = { ...day, $schema: 'http://json-schema.org/schema#' }
    expect(checkValues(schema(bare), { day: 'x' })).toEqual({ kind: 'valid' })
  })

  it('ignores what stands beside a $ref up to draft 7, never a property named $ref', () => {
    const beside = {
      definitions: { text: { type: 'string' } },
      properties: { a: { $ref: '#/definitions/text', type: 'integer' } }
    }
    const draft07 = { ...beside, $schema: 'http://json-schema.org/draft-07/schema#' }
    expect(checkValues(schema(draft07), { a: 'x' })).toEqual({ kind: 'valid' })
    expect(checkValues(schema(beside), { a: 'x' })).toMatchObject({ kind: 'violations' })
    const named = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      properties: { $ref: { type: 'integer' }, b: { type: 'string' } }
    }
    expect(checkValues(schema(named), { $ref: 'x' })).toMatchObject({
      kind: 'violations',
      violations: [{ path: '/$ref' }]
    })
  })

  it('keeps $defs beside a root $ref up to draft 7, where the reference points', () => {
    const rooted = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $ref: '#/$defs/values',
      $defs: { values: { properties: { a: { type: 'integer' } } } }
    }
    expect(checkValues(schema(rooted), { a: 'x' })).toMatchObject({
      kind: 'violations',
      violations: [{ path: '/a' }]
    })
  })

  it('judges an email as Helm does, and no URI, whose checks Helm makes looser than Ajv', () => {
    const loose = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      properties: { mail: { format: 'email' }, link: { format: 'uri-reference' } }
    }
    for (const mail of ['admin@localhost', '"a b"@x.io', 'ops@[192.0.2.1]'])
      expect(checkValues(schema(loose), { mail, link: 'a b' })).toEqual({ kind: 'valid' })
    for (const mail of ['not-an-address', 'a..b@x.io', 'a@-x.io'])
      expect(checkValues(schema(loose), { mail })).toMatchObject({ kind: 'violations' })
  })

  it("asserts only Helm's formats, and regex in Go's syntax", () => {
    const formats = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      properties: { n: { format: 'int32' }, r: { type: 'string', format: 'regex' } }
    }
    expect(checkValues(schema(formats), { n: 'not a number', r: '(?i)abc' })).toEqual({
      kind: 'valid'
    })
    expect(checkValues(schema(formats), { r: '(' })).toMatchObject({
      kind: 'violations',
      violations: [{ path: '/r' }]
    })
  })
})

describe('coalesce, as Helm 4.1 does it', () => {
  const cache = { name: 'cache' }
  const defaults = new Map([[cache, { size: 1 }]])

  it('keeps a null the default also holds', () => {
    expect(coalesce({ a: null, b: 1 }, { a: null, b: null })).toEqual({ a: null })
  })

  it('installs a subchart once under each alias it is declared with', () => {
    const install = installValues(
      { subcharts: [cache] },
      {},
      defaults,
      [
        { name: 'cache', alias: 'hot' },
        { name: 'cache', alias: 'cold' }
      ],
      { cold: { size: 2 } }
    )
    expect(install.subcharts.map(entry => entry.key)).toEqual(['hot', 'cold'])
    expect(install.values).toMatchObject({ hot: { size: 1 }, cold: { size: 2 } })
  })

  it("says which subchart's values are not a mapping, a disabled subchart's too", () => {
    const install = installValues({ subcharts: [cache] }, {}, defaults, [], { cache: 'off' })
    expect(install.mismatch).toBe('cache')
    const disabled = installValues(
      { subcharts: [cache] },
      {},
      defaults,
      [{ name: 'cache', condition: 'on' }],
      { on: false, cache: 'x' }
    )
    expect([disabled.subcharts, disabled.mismatch]).toEqual([[], 'cache'])
  })

  it('trims a condition but not the paths in it', () => {
    const install = installValues(
      { subcharts: [cache] },
      {},
      defaults,
      [{ name: 'cache', condition: ' other.enabled, cache.enabled ' }],
      { cache: { enabled: false } }
    )
    expect(install.subcharts).toHaveLength(1)
  })
})

describe('readLayerValues', () => {
  it("removes Palette's pack section, marks macros and names the variables used", () => {
    const layer = readLayerValues(
      "pack:\n  namespace: web\nreplicaCount: '{{.spectro.var.replicas}}'\nname: 'web-{{ .spectro.system.cluster.name }}'\n"
    )
    expect(Object.keys(layer?.values ?? {})).toEqual(['replicaCount', 'name'])
    expect(holdsMacro(layer?.values.replicaCount)).toBe(true)
    expect(holdsMacro(layer?.values.name)).toBe(true)
    expect(layer?.variables).toEqual(['replicas'])
    expect(layer?.lineOf('/name')).toBe(4)
    expect(layer?.lineOf('/missing')).toBeUndefined()
  })

  it("keeps dates, times and 0o numbers as Helm's YAML library reads them", () => {
    const layer = readLayerValues('tag: 2024-01-15\nat: 1:30\nmode: 0o17\nold: 0755\n')
    expect(layer?.values).toEqual({ tag: '2024-01-15', at: '1:30', mode: 15, old: 493 })
  })

  it('reads YAML 1.1 as Helm does, and a pipe after a variable', () => {
    const layer = readLayerValues(
      'enabled: yes\nmode: off\nname: \'{{ .spectro.var.name | default "web" }}\'\n'
    )
    expect(layer?.values).toMatchObject({ enabled: true, mode: false })
    expect(layer?.variables).toEqual(['name'])
  })

  it('reads a long run of unclosed macros in linear time', () => {
    // The first pattern took 102 s on 880 KB of this; the test's timeout is the bound.
    const layer = readLayerValues(`a: "${'{{.spectro.'.repeat(80_000)}"\n`)
    expect(layer?.variables).toEqual([])
  })
})
