// Fuzz of the profile readers (issue 13): random edits of a real Palette export (pretty and one-line
// JSON), of a chart list with its own registries, and of a registries file, run through the command
// line against a real registry. Whatever the bytes, the run ends within a bound with exit code 0, 1
// or 2, never with an exception or a stack trace, and a configuration error names the file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { runCli } from '../../src/cli/cli.js'
import { stopAll } from '../harness/registry.js'
import { repoRoot, runNode } from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

let sample: SampleRegistry
let dir: string

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  dir = await mkdtemp(path.join(os.tmpdir(), 'pcg-profile-fuzz-'))
}, 60_000)

afterAll(async () => {
  await stopAll()
  await rm(dir, { recursive: true, force: true })
})

// ---- Seeds: what Palette exports and what users write, pointing at the real registry.

const pack = (name: string, tag: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'oci',
  layer: 'addon',
  tag,
  version: tag,
  values: `# ${name}\nreplicaCount: 1\nservice:\n  type: ClusterIP\n`,
  registry: { metadata: { name: 'lab', uid: 'lab-uid' } },
  ...extra
})

const exportDocument = {
  metadata: { name: 'fuzz-profile', description: 'exported from Palette', labels: { team: 'a' } },
  spec: {
    version: '1.0.0',
    template: {
      type: 'add-on',
      cloudType: 'all',
      packs: [
        pack('nginx', '15.4.2'),
        pack('nginx', '16.0.0', { layer: 'addon', uid: 'pack-uid-2' }),
        pack('nginx', '15.4.3'),
        pack('podinfo', '6.5.4'),
        {
          name: 'ubuntu',
          type: 'spectro',
          layer: 'os',
          tag: '22.04',
          values: 'kubeadmconfig: {}\n'
        }
      ]
    }
  }
}

function chartList(): string {
  return [
    '# the charts of the lab cluster',
    'registries:',
    '  local:',
    `    endpoint: ${sample.registry.url}`,
    '    base-content-path: charts',
    'charts:',
    '  - chart: nginx',
    '    version: 15.4.2',
    '    registry: lab',
    '    layer-type: oci',
    '    values: |',
    '      replicaCount: 2',
    '      image:',
    '        tag: "1.25"',
    '  - chart: podinfo',
    '    version: "6.5.4"',
    '    registry: local',
    // Values as a mapping: rendered to text by the reader.
    '    values:',
    '      replicaCount: 3',
    '      ingress:',
    '        enabled: false',
    '  - chart: nginx',
    '    version: 15.5.0',
    '    registry: local',
    '    values: >-',
    '      a folded',
    '      value',
    ''
  ].join('\n')
}

function registriesFile(): string {
  return YAML.stringify({
    registries: {
      lab: { uid: 'lab-uid', endpoint: sample.registry.url, 'base-content-path': 'charts' }
    }
  })
}

type SeedName = 'export-pretty' | 'export-line' | 'chart-list'

function profileSeed(seed: SeedName): { name: string; text: string; json: boolean } {
  if (seed === 'chart-list') return { name: 'p.yaml', text: chartList(), json: false }
  const text =
    seed === 'export-pretty'
      ? JSON.stringify(exportDocument, null, 2)
      : JSON.stringify(exportDocument)
  return { name: 'p.json', text, json: true }
}

// ---- Edits: printable values, so that fast-check shows a failing case as the list it applied.

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'token'; line: number; token: string; indented: boolean }
  | { kind: 'repeat-line'; line: number; times: number }
  | { kind: 'repeat'; at: number; unit: string; times: number }
  | { kind: 'duplicate-key'; index: number }

const CHARS = [
  ...'{}[],:"\'#&*!|>-?%@`',
  '\n',
  '\r',
  '\t',
  ' ',
  '\0',
  '\x1b',
  '\u202e',
  '\u00e9',
  '\u4e2d',
  '\ufeff',
  '\u{1f600}',
  '\\',
  '0',
  '7',
  '.',
  'a',
  'Z',
  '_'
]
const TOKENS = [
  '*a ',
  '&a ',
  '<<: *a',
  '!!binary ',
  '? ',
  '--- ',
  '...',
  '- ',
  '!!str ',
  '%YAML 1.1'
]
// Units repeated many times: deep nesting in both syntaxes, anchors, long scalars.
const UNITS = [
  '[',
  '{',
  '- ',
  '? ',
  '[{"a":',
  '{"a":',
  'a: ',
  '  ',
  '*a ',
  'x',
  '\\u0000',
  '"',
  '\n'
]

/** What one repeat-line edit may add, in characters. */
const MAX_GROWTH = 64 * 1024

const position = fc.nat({ max: 100_000 })
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 3 })
  .map(chars => chars.join(''))

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: position, text })
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: position,
      length: fc.integer({ min: 1, max: 8 })
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: position })
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete-line' as const), line: position })
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('swap-lines' as const),
      line: position,
      other: position
    })
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('token' as const),
      line: position,
      token: fc.constantFrom(...TOKENS),
      indented: fc.boolean()
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat-line' as const),
      line: position,
      times: fc.constantFrom(2, 100, 1000)
    })
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: position,
      unit: fc.constantFrom(...UNITS),
      times: fc.constantFrom(10, 1000, 10_000)
    })
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicate-key' as const), index: position })
  }
)
const edits = fc.array(edit, { minLength: 1, maxLength: 4 })

function applyEdit(source: string, change: Edit, json: boolean): string {
  const at = (value: number): number => value % (source.length + 1)
  const lines = source.split('\n')
  const line = (value: number): number => value % lines.length
  const withLines = (update: (copy: string[]) => void): string => {
    const copy = [...lines]
    update(copy)
    return copy.join('\n')
  }
  switch (change.kind) {
    case 'insert':
      return source.slice(0, at(change.at)) + change.text + source.slice(at(change.at))
    case 'replace':
      return source.slice(0, at(change.at)) + change.text + source.slice(at(change.at) + 1)
    case 'delete':
      return source.slice(0, at(change.at)) + source.slice(at(change.at) + change.length)
    case 'truncate':
      return source.slice(0, at(change.at))
    case 'duplicate-line':
      return withLines(copy => copy.splice(line(change.line), 0, lines[line(change.line)] ?? ''))
    case 'delete-line':
      return withLines(copy => copy.splice(line(change.line), 1))
    case 'swap-lines':
      return withLines(copy => {
        const [a, b] = [line(change.line), line(change.other)]
        ;[copy[a], copy[b]] = [lines[b] ?? '', lines[a] ?? '']
      })
    case 'token':
      return withLines(copy => {
        const target = lines[line(change.line)] ?? ''
        const indent = change.indented ? (/^\s*/.exec(target)?.[0] ?? '') : ''
        copy[line(change.line)] = indent + change.token + target.slice(indent.length)
      })
    case 'repeat-line': {
      const repeated = lines[line(change.line)] ?? ''
      // At most MAX_GROWTH more: a 1.5 KB one-line export x 1000 costs seconds, so it runs once,
      // in 'large inputs', rather than in every hundredth random case.
      const times = Math.min(change.times, Math.ceil(MAX_GROWTH / (repeated.length + 1)))
      return withLines(copy =>
        copy.splice(line(change.line), 0, ...Array.from({ length: times }, () => repeated))
      )
    }
    case 'repeat':
      return (
        source.slice(0, at(change.at)) +
        change.unit.repeat(change.times) +
        source.slice(at(change.at))
      )
    case 'duplicate-key':
      return duplicateKey(source, change.index, json)
  }
}

/** The same key twice in one mapping: Palette's decoder takes the last, a lenient reader the first. */
function duplicateKey(source: string, index: number, json: boolean): string {
  if (json) {
    const pairs = [
      ...source.matchAll(/"[^"\\\n]+"\s*:\s*("(?:[^"\\\n]|\\.)*"|-?\d[\d.]*|true|false|null)/g)
    ]
    const pair = pairs[index % Math.max(pairs.length, 1)]
    if (pair === undefined) return source
    return `${source.slice(0, pair.index)}${pair[0]}, ${source.slice(pair.index)}`
  }
  const lines = source.split('\n')
  const keyed = lines.flatMap((text, number) => (/^\s*(- )?[\w-]+:/.test(text) ? [number] : []))
  const number = keyed[index % Math.max(keyed.length, 1)]
  if (number === undefined) return source
  const original = lines[number] ?? ''
  // A key under a list item's dash goes into the same item, indented past the dash.
  lines.splice(number + 1, 0, original.replace(/^(\s*)- /, '$1  '))
  return lines.join('\n')
}

const mutate = (source: string, changes: readonly Edit[], json: boolean): string =>
  changes.reduce((current, change) => applyEdit(current, change, json), source)

// ---- One case: the files written, the command line run, what it printed checked.

interface Case {
  seed: SeedName
  target: 'profile' | 'registries'
  edits: Edit[]
  json: boolean
}

const fuzzCase = (seeds: readonly SeedName[], target: Case['target']): fc.Arbitrary<Case> =>
  fc.record({
    seed: fc.constantFrom(...seeds),
    target: fc.constant(target),
    edits,
    json: fc.boolean()
  })

interface Prepared {
  args: string[]
  /** The mutated file's path, which every configuration error must name. */
  mutated: string
}

async function prepare(input: Case, folder: string): Promise<Prepared> {
  const profile = profileSeed(input.seed)
  const mutateProfile = input.target === 'profile'
  return writeCase(folder, {
    profile: {
      name: profile.name,
      text: mutateProfile ? mutate(profile.text, input.edits, profile.json) : profile.text
    },
    registries: mutateProfile ? registriesFile() : mutate(registriesFile(), input.edits, false),
    target: input.target,
    json: input.json
  })
}

async function writeCase(
  folder: string,
  files: {
    profile: { name: string; text: string }
    registries: string
    target: Case['target']
    json: boolean
  }
): Promise<Prepared> {
  const profilePath = path.join(folder, files.profile.name)
  const registriesPath = path.join(folder, 'registries.yaml')
  await writeFile(profilePath, files.profile.text)
  await writeFile(registriesPath, files.registries)
  return {
    // Absolute paths: runCli reads from the working directory, which a jest worker must not change.
    args: [
      '--charts-file',
      profilePath,
      '--registries-file',
      registriesPath,
      '--timeout-seconds',
      '5',
      ...(files.json ? ['--output-format', 'json'] : [])
    ],
    mutated: files.target === 'profile' ? profilePath : registriesPath
  }
}

/** Generous for a case: most end before any request, and a request times out after 5 s. */
const CASE_BOUND_MS = 15_000

async function runBounded(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  let timer: NodeJS.Timeout | undefined
  const started = performance.now()
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`hang: no exit after ${CASE_BOUND_MS} ms`)),
      CASE_BOUND_MS
    )
  })
  try {
    const code = await Promise.race([
      runCli(
        args,
        {},
        {
          stdout: chunk => void (stdout += chunk),
          stderr: chunk => void (stderr += chunk),
          readStdin: async () => ''
        }
      ),
      hang
    ])
    // The timer cannot fire while a parser holds the event loop: a blocked case is caught here.
    const elapsed = performance.now() - started
    if (elapsed > CASE_BOUND_MS) throw new Error(`hang: the case took ${Math.round(elapsed)} ms`)
    return { code, stdout, stderr }
  } finally {
    clearTimeout(timer)
  }
}

function checkOutcome(
  outcome: { code: number; stdout: string; stderr: string },
  mutated: string,
  json: boolean
): void {
  const printed = outcome.stdout + outcome.stderr
  expect([0, 1, 2]).toContain(outcome.code)
  expect(printed).not.toContain('Unexpected error')
  expect(printed).not.toMatch(/^ {4}at /m)
  if (outcome.stderr.includes('Configuration error')) {
    // Named as it was given or relative to the working directory: its folder and name show.
    expect(outcome.stderr).toContain(
      path.join(path.basename(path.dirname(mutated)), path.basename(mutated))
    )
    expect(outcome.code).toBe(2)
  } else if (json && outcome.stdout !== '') {
    expect(() => JSON.parse(outcome.stdout) as unknown).not.toThrow()
  }
}

/** The built program (dist/cli/index.js), killed past the bound: a blocked parser is stopped too. */
const runProgram = (args: string[]) =>
  runNode([path.join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '' },
    timeoutMs: CASE_BOUND_MS
  })

const property = (seeds: readonly SeedName[], target: Case['target']) =>
  fc.asyncProperty(fuzzCase(seeds, target), async input => {
    const { args, mutated } = await prepare(input, dir)
    checkOutcome(await runBounded(args), mutated, input.json)
  })

// Measured on 2 cores: 15 to 30 ms a case (most end as a configuration error before any request,
// a case that reaches the registry takes about 50 ms): 2,000 cases in about 45 s.
const RUNS = { export: 600, chartList: 900, registries: 500 }
// A guard against a hang of the whole property, not a timing assertion.
const PROPERTY_GUARD_MS = 300_000

describe('profile readers under random edits', () => {
  it('seeds as they are: valid layers, one missing version, a skipped pack', async () => {
    for (const seed of ['export-pretty', 'export-line', 'chart-list'] as const) {
      const { args } = await prepare({ seed, target: 'profile', edits: [], json: false }, dir)
      const outcome = await runBounded(args)
      // The export holds nginx 15.4.3, which the registry lacks: exit 1; the chart list is valid.
      expect({ seed, code: outcome.code }).toEqual({ seed, code: seed === 'chart-list' ? 0 : 1 })
      expect(outcome.stdout).toContain('valid')
    }
  }, 30_000)

  it(
    'a Palette export, pretty and one-line',
    async () => {
      await fc.assert(property(['export-pretty', 'export-line'], 'profile'), {
        numRuns: RUNS.export
      })
    },
    PROPERTY_GUARD_MS
  )

  it(
    'a chart list with its own registries',
    async () => {
      await fc.assert(property(['chart-list'], 'profile'), { numRuns: RUNS.chartList })
    },
    PROPERTY_GUARD_MS
  )

  it(
    'the registries file, beside either kind of profile',
    async () => {
      await fc.assert(property(['export-pretty', 'chart-list'], 'registries'), {
        numRuns: RUNS.registries
      })
    },
    PROPERTY_GUARD_MS
  )

  it(
    'large and deep inputs, each ended within the bound by the built program',
    async () => {
      // Fixed rather than random: some cost seconds, and the built program is killed at the bound,
      // which no in-process timer can do to a parser that holds the event loop.
      const line = JSON.stringify(exportDocument)
      const pretty = JSON.stringify(exportDocument, null, 2)
      const large: { name: string; profile?: [string, string]; registries?: string }[] = [
        {
          name: 'one-line export x 1000 (1.5 MB)',
          profile: ['p.json', Array(1000).fill(line).join('\n')]
        },
        {
          name: "'[' x 10000 as a pack's values",
          profile: ['p.json', pretty.replace('"values": ', `"values": ${'['.repeat(10_000)}`)]
        },
        {
          name: "'- ' x 10000 before a chart list",
          profile: ['p.yaml', '- '.repeat(10_000) + chartList()]
        },
        {
          name: "'a: ' x 2000 in a list item (block nesting)",
          profile: ['p.yaml', `- ${'a: '.repeat(2000)}x\n- y\n`]
        },
        {
          name: "'a: ' x 2000 in a registries file's list item",
          registries: `registries:\n  - ${'a: '.repeat(2000)}x\n  - y\n`
        },
        {
          name: 'values of 400 nested complex keys (? ? ... x)',
          profile: [
            'p.yaml',
            `charts:\n  - chart: nginx\n    version: 15.4.2\n    registry: lab\n    values:\n      ${'? '.repeat(400)}x\n`
          ]
        },
        { name: '\'{"a":\' x 10000 as a registries file', registries: '{"a":'.repeat(10_000) },
        {
          name: 'a registries line x 1000 (duplicate keys)',
          registries: registriesFile().replace(/^( +endpoint: .*\n)/m, line => line.repeat(1000))
        }
      ]
      const failures: string[] = []
      for (const [index, { name, profile, registries }] of large.entries()) {
        const folder = path.join(dir, `large-${index}`)
        await mkdir(folder)
        const [profileName, profileText] = profile ?? ['p.yaml', chartList()]
        const { args, mutated } = await writeCase(folder, {
          profile: { name: profileName, text: profileText },
          registries: registries ?? registriesFile(),
          target: profile === undefined ? 'registries' : 'profile',
          json: false
        })
        const started = performance.now()
        const run = await runProgram(args)
        try {
          checkOutcome({ code: run.exitCode, ...run }, mutated, false)
        } catch (error) {
          const elapsed = Math.round(performance.now() - started)
          failures.push(
            `${name}: exit ${run.exitCode} after ${elapsed} ms: ${String(error).slice(0, 500)}`
          )
        }
      }
      // Every case runs, then every failure shows at once.
      expect(failures).toEqual([])
    },
    PROPERTY_GUARD_MS
  )

  it(
    'the built program: real exit codes, no unexpected error',
    async () => {
      // Fixed cases, so that a run of the built program is one known process per case.
      const cases = fc.sample(
        fc.oneof(
          fuzzCase(['export-pretty', 'export-line', 'chart-list'], 'profile'),
          fuzzCase(['export-pretty', 'chart-list'], 'registries')
        ),
        { numRuns: 30, seed: 13 }
      )
      for (const [index, input] of cases.entries()) {
        const folder = path.join(dir, `program-${index}`)
        await mkdir(folder)
        const { args, mutated } = await prepare(input, folder)
        const run = await runProgram(args)
        try {
          checkOutcome({ code: run.exitCode, ...run }, mutated, input.json)
        } catch (error) {
          // Name the case: these are not fast-check runs, which would print it.
          throw new Error(`${JSON.stringify(input)}\n${String(error)}`, { cause: error })
        }
      }
    },
    PROPERTY_GUARD_MS
  )
})
