// Profile files as a pull request may shape them: links out of the workspace, a lock that is not a
// lock, aliases, files past every bound. The bundled action must refuse each by name, show none of
// what lies outside the workspace and never write there; the command line reads what it is given.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PEAK_RSS_ENV, peakRssMiB } from '../harness/peak-rss.js'
import { stopAll } from '../harness/registry.js'
import { MAX_YAML_VALUES } from '../../src/palette/yaml-lines.js'
import {
  removeRunDirectories,
  runAction,
  runCliProgram,
  type ActionRun
} from '../harness/run-action.js'
import {
  failureMessage as errorMessage,
  startSampleRegistry,
  type SampleRegistry
} from '../support/registries.js'

/** Text of a file outside the workspace: it must never reach the action's log, outputs or summary. */
const OUTSIDE_MARKER = 'outside-secret-7f3a'

let sample: SampleRegistry
const sandboxes: string[] = []

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
}, 60_000)

afterAll(async () => {
  await Promise.all([stopAll(), removeRunDirectories()])
  await Promise.all(sandboxes.map(dir => rm(dir, { recursive: true, force: true })))
})

const chartList = (entries: string): string =>
  `registries:\n  lab:\n    endpoint: ${sample.registry.url}\n    base-content-path: charts\ncharts:\n${entries}`

const nginx = '  - chart: nginx\n    version: 15.4.2\n    registry: lab\n'

/** A workspace beside a folder outside it that holds a chart list with the marker. */
async function sandbox(
  files: Record<string, string>
): Promise<{ workspace: string; outside: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'palette-hostile-files-'))
  sandboxes.push(root)
  const workspace = path.join(root, 'workspace')
  const outside = path.join(root, 'outside')
  await mkdir(outside, { recursive: true })
  await writeFile(
    path.join(outside, 'secret.yaml'),
    chartList(`  - chart: ${OUTSIDE_MARKER}\n    version: 1.0.0\n    registry: lab\n`)
  )
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
    await writeFile(path.join(workspace, name), text)
  }
  await mkdir(workspace, { recursive: true })
  return { workspace, outside }
}

function expectNothingFromOutside(run: ActionRun): void {
  for (const text of [run.log, run.summary, JSON.stringify(run.outputs)])
    expect(text).not.toContain(OUTSIDE_MARKER)
}

describe('files outside the workspace', () => {
  it('refuses a profile that is a link to a file outside, by name; the CLI reads it', async () => {
    const { workspace, outside } = await sandbox({ 'profiles/ok.yaml': chartList(nginx) })
    await symlink(path.join(outside, 'secret.yaml'), path.join(workspace, 'profiles/web.yaml'))
    const run = await runAction({ 'charts-file': 'profiles/*.yaml' }, { cwd: workspace })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('charts-file: profiles/web.yaml: is outside the workspace')
    expectNothingFromOutside(run)

    const cli = await runCliProgram(['--charts-file', 'profiles/web.yaml'], {}, '', workspace)
    expect(cli.stdout).toContain(OUTSIDE_MARKER)
  })

  it('without RUNNER_TEMP, allows only its own folder of the system temp, not the rest', async () => {
    const { workspace, outside } = await sandbox({ 'profiles/ok.yaml': chartList(nginx) })
    // The system temp is `outside`: its secret.yaml is another program's file there.
    await symlink(path.join(outside, 'secret.yaml'), path.join(workspace, 'profiles/web.yaml'))
    const environment = { RUNNER_TEMP: undefined, TMPDIR: outside }
    const refused = await runAction(
      { 'charts-file': 'profiles/*.yaml' },
      { cwd: workspace, env: environment }
    )
    expect(refused.exitCode).toBe(1)
    expect(errorMessage(refused)).toContain(
      'charts-file: profiles/web.yaml: is outside the workspace'
    )
    expectNothingFromOutside(refused)

    // The gate's own folder there still takes the manifest it writes by default.
    const checked = await runAction(
      { 'charts-file': 'profiles/ok.yaml' },
      { cwd: workspace, env: environment }
    )
    expect(checked.exitCode).toBe(0)
    const manifest = path.join(outside, 'palette-chart-gate', 'profile.yaml')
    expect(checked.outputs['manifest-file']).toBe(manifest)
    expect(await readFile(manifest, 'utf8')).toContain('nginx')
  })

  it('refuses a linked folder that leads outside, and a ../ glob, by name, never looking inside', async () => {
    const { workspace, outside } = await sandbox({ 'profiles/ok.yaml': chartList(nginx) })
    await symlink(outside, path.join(workspace, 'profiles/linked'))
    const linked = await runAction({ 'charts-file': 'profiles/**/*.yaml' }, { cwd: workspace })
    expect(linked.exitCode).toBe(1)
    expect(errorMessage(linked)).toContain(
      'profiles/linked: is a link to a folder outside the workspace; the action does not look inside it'
    )
    expectNothingFromOutside(linked)

    const parent = await runAction({ 'charts-file': '../outside/*.yaml' }, { cwd: workspace })
    expect(parent.exitCode).toBe(1)
    expect(errorMessage(parent)).toContain('../outside: is a folder outside the workspace')
    expectNothingFromOutside(parent)
  })

  it('checks a file once when a link inside the workspace shows it twice', async () => {
    const { workspace } = await sandbox({ 'profiles/v2/web.yaml': chartList(nginx) })
    await symlink('v2', path.join(workspace, 'profiles/current'))
    const run = await runAction({ 'charts-file': 'profiles/**/*.yaml' }, { cwd: workspace })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.results ?? '[]')).toEqual([
      expect.objectContaining({ file: 'profiles/v2/web.yaml', status: 'valid' })
    ])
  })

  it('refuses a registries file, a CA file and a lock that lead outside, each under its input', async () => {
    const { workspace, outside } = await sandbox({
      'profiles/web.yaml': `charts:\n${nginx}`,
      'registries.yaml': `lab:\n  endpoint: ${sample.registry.url}\n  base-content-path: charts\n`,
      'registries-ca.yaml': `lab:\n  endpoint: ${sample.registry.url}\n  base-content-path: charts\n  ca-certificate: ca.pem\n`
    })
    await writeFile(path.join(outside, 'ca.pem'), `${OUTSIDE_MARKER}\n`)
    await symlink(path.join(outside, 'ca.pem'), path.join(workspace, 'ca.pem'))
    const ca = await runAction(
      { 'charts-file': 'profiles/*.yaml', 'registries-file': 'registries-ca.yaml' },
      { cwd: workspace }
    )
    expect(ca.exitCode).toBe(1)
    expect(errorMessage(ca)).toContain(
      'registries-file: registries-ca.yaml:1: registry "lab": ca-certificate: is neither PEM text nor a readable file: ca.pem (is outside the workspace'
    )
    expectNothingFromOutside(ca)

    await symlink(path.join(outside, 'secret.yaml'), path.join(workspace, 'linked.yaml'))
    const registries = await runAction(
      { 'charts-file': 'profiles/*.yaml', 'registries-file': 'linked.yaml' },
      { cwd: workspace }
    )
    expect(errorMessage(registries)).toContain(
      'registries-file: linked.yaml: is outside the workspace'
    )
    expectNothingFromOutside(registries)

    const lock = await runAction(
      {
        'charts-file': 'profiles/*.yaml',
        'registries-file': 'registries.yaml',
        'lock-file': 'linked.yaml'
      },
      { cwd: workspace }
    )
    expect(errorMessage(lock)).toContain('lock-file: linked.yaml: is outside the workspace')
    expectNothingFromOutside(lock)
  })
})

describe('the lock', () => {
  it('is never written through a link, in the action or the CLI', async () => {
    const { workspace, outside } = await sandbox({ 'profiles/web.yaml': chartList(nginx) })
    const target = path.join(outside, 'target.yaml')
    await writeFile(target, 'charts: {}\n')
    await symlink(target, path.join(workspace, 'charts.lock'))
    const run = await runAction(
      { 'charts-file': 'profiles/*.yaml', 'lock-file': 'charts.lock', 'update-lock': 'true' },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('lock-file: charts.lock: is outside the workspace')
    const cli = await runCliProgram(
      ['--charts-file', 'profiles/*.yaml', '--lock-file', 'charts.lock', '--update-lock', 'true'],
      {},
      '',
      workspace
    )
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toContain(
      'lock-file: charts.lock: is a symbolic link, and the gate never writes through one'
    )
    expect(await readFile(target, 'utf8')).toBe('charts: {}\n')
  })

  it.each([
    ['a list', '- a\n- b\n', 'is not a lock'],
    ['plain text', '404: Not Found\n', '"404" is not a lock key'],
    ['a mapping without charts', 'digests: {}\n', '"digests" is not a lock key'],
    ['an empty file', '', 'is empty'],
    ['charts: with no entry', 'charts: {}\n', 'is empty']
  ])('refuses %s as the lock, in the action and the CLI', async (_kind, text, message) => {
    const { workspace } = await sandbox({
      'profiles/web.yaml': chartList(nginx),
      'charts.lock': text
    })
    const run = await runAction(
      { 'charts-file': 'profiles/*.yaml', 'lock-file': 'charts.lock' },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(errorMessage(run)).toContain(`lock-file: charts.lock:1: ${message}`)
    const cli = await runCliProgram(
      ['--charts-file', 'profiles/*.yaml', '--lock-file', 'charts.lock'],
      {},
      '',
      workspace
    )
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toContain(`lock-file: charts.lock:1: ${message}`)
  })

  it.each([
    [
      'a key written with oci://',
      (host: string) =>
        `  oci://${host}/charts/nginx:15.4.2:\n    digest: sha256:${'b'.repeat(64)}\n`,
      2,
      'is not a chart reference the gate looks up: it starts with oci://'
    ],
    [
      'a key with capitals in the repository',
      (host: string) => `  ${host}/Charts/nginx:15.4.2:\n    digest: sha256:${'b'.repeat(64)}\n`,
      2,
      'is not a chart reference the gate looks up: its repository "Charts/nginx" has capitals'
    ],
    [
      'an entry field it does not have',
      (host: string) =>
        `  ${host}/charts/nginx:15.4.2:\n    digest: ${sample.digests.get('charts/nginx:15.4.2') ?? ''}\n    lockd: "2026-01-01"\n`,
      4,
      '"lockd" is not a lock entry key (digest, locked)'
    ]
  ])(
    'refuses %s on its line, where the entry would match no chart or be half read',
    async (_kind, entry, line, message) => {
      const { workspace } = await sandbox({
        'profiles/web.yaml': chartList(nginx),
        'charts.lock': `charts:\n${entry(sample.registry.host)}`
      })
      const run = await runAction(
        { 'charts-file': 'profiles/*.yaml', 'lock-file': 'charts.lock' },
        { cwd: workspace }
      )
      expect(run.exitCode).toBe(1)
      expect(run.outputs.valid).toBe('false')
      expect(errorMessage(run)).toContain(`lock-file: charts.lock:${line}: `)
      expect(errorMessage(run)).toContain(message)
      const cli = await runCliProgram(
        ['--charts-file', 'profiles/*.yaml', '--lock-file', 'charts.lock'],
        {},
        '',
        workspace
      )
      expect(cli.exitCode).toBe(2)
      expect(cli.stderr).toContain(`lock-file: charts.lock:${line}: `)
      expect(cli.stderr).toContain(message)
      if (line === 2)
        expect(cli.stderr).toContain(`here "${sample.registry.host}/charts/nginx:15.4.2"`)
    }
  )

  it('does not call a digest in another algorithm "pushed again"', async () => {
    const reference = `${sample.registry.host}/charts/nginx:15.4.2`
    const { workspace } = await sandbox({
      'profiles/web.yaml': chartList(nginx),
      'charts.lock': `charts:\n  ${reference}:\n    digest: sha512:${'a'.repeat(128)}\n    locked: "2026-01-01T00:00:00.000Z"\n`
    })
    const run = await runAction(
      { 'charts-file': 'profiles/*.yaml', 'lock-file': 'charts.lock' },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    const [result] = JSON.parse(run.outputs.results ?? '[]') as { status: string; reason: string }[]
    expect(result?.status).toBe('error')
    expect(result?.reason).toContain('as a sha512 digest')
    expect(result?.reason).toContain('cannot be compared')
    expect(result?.reason).not.toContain('pushed again')
  })
})

describe('YAML aliases and merge keys', () => {
  it.each([
    [
      'an alias for the registry',
      `lab: &lab lab\ncharts:\n  - chart: nginx\n    version: 15.4.2\n    registry: *lab\n`,
      5,
      'uses the alias *lab'
    ],
    [
      'an alias for the values',
      `common: &common\n  replicas: 2\ncharts:\n  - chart: nginx\n    version: 15.4.2\n    registry: lab\n    values: *common\n`,
      7,
      'uses the alias *common'
    ],
    [
      'a merge key',
      `base: &base\n  registry: lab\ncharts:\n  - <<: *base\n    chart: nginx\n    version: 15.4.2\n`,
      4,
      'uses a merge key'
    ],
    [
      'an alias bomb in the values',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ncharts:\n  - chart: nginx\n    version: 15.4.2\n    registry: lab\n    values: *d\n`,
      2,
      'uses the alias *a'
    ]
  ])('refuses %s on its line', async (_kind, body, line, message) => {
    const registries = `registries:\n  lab:\n    endpoint: ${sample.registry.url}\n    base-content-path: charts\n`
    const { workspace } = await sandbox({ 'p.yaml': body, 'registries.yaml': registries })
    const run = await runAction(
      { 'charts-file': 'p.yaml', 'registries-file': 'registries.yaml' },
      { cwd: workspace }
    )
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(`charts-file: p.yaml:${line}: ${message}`)
    const cli = await runCliProgram(
      ['--charts-file', 'p.yaml', '--registries-file', 'registries.yaml'],
      {},
      '',
      workspace
    )
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toContain(`p.yaml:${line}: ${message}`)
  })

  it('takes values written as a mapping as those values', async () => {
    const { workspace } = await sandbox({
      'p.yaml': chartList(`${nginx}    values:\n      replicaCount: 3\n`)
    })
    const run = await runAction({ 'charts-file': 'p.yaml' }, { cwd: workspace })
    expect(run.exitCode).toBe(0)
    const [pack] = JSON.parse(run.outputs.layers ?? '[]') as { values: string }[]
    expect(pack?.values).toBe('replicaCount: 3\n')
  })
})

describe("a chart list's registries", () => {
  it.each([
    ['a list', 'registries:\n  - lab\n', 'a list'],
    ['a name', 'registries: lab\n', 'a single value']
  ])(
    'refuses registries: written as %s, which would leave its layers to the registries file',
    async (_kind, section, shape) => {
      const registries = `registries:\n  lab:\n    endpoint: ${sample.registry.url}\n    base-content-path: charts\n`
      const { workspace } = await sandbox({
        'p.yaml': `${section}charts:\n${nginx}`,
        'registries.yaml': registries
      })
      const message = `charts-file: p.yaml:1: registries must be a mapping of Palette registry names to settings, not ${shape}`
      const run = await runAction(
        { 'charts-file': 'p.yaml', 'registries-file': 'registries.yaml' },
        { cwd: workspace }
      )
      expect(run.exitCode).toBe(1)
      expect(errorMessage(run)).toContain(message)
      const cli = await runCliProgram(
        ['--charts-file', 'p.yaml', '--registries-file', 'registries.yaml'],
        {},
        '',
        workspace
      )
      expect(cli.exitCode).toBe(2)
      expect(cli.stderr).toContain(message.replace('charts-file: ', ''))
    }
  )
})

describe('size bounds', () => {
  it('refuses 200 MiB of values, a 100,000-pack export and a 32 MiB lock, and reads the densest file it takes, under 512 MiB', async () => {
    const { workspace } = await sandbox({ 'ok.yaml': chartList(nginx) })
    // A sparse 200 MiB file: its size alone must refuse it, before a byte is read.
    await writeFile(path.join(workspace, 'values.yaml'), chartList(`${nginx}    values: |\n`))
    await truncate(path.join(workspace, 'values.yaml'), 200 * 1024 * 1024)
    const packs = Array.from({ length: 100_000 }, (_, index) => ({
      name: `chart-${index}`,
      type: 'oci',
      tag: '1.0.0',
      registry: { metadata: { name: 'lab' } }
    }))
    await writeFile(
      path.join(workspace, 'export.json'),
      JSON.stringify({ spec: { template: { packs } } })
    )
    const entry = `  ${sample.registry.host}/charts/c:1.0.0:\n    digest: sha256:${'a'.repeat(64)}\n    locked: x\n`
    await writeFile(path.join(workspace, 'big.lock'), `charts:\n${entry.repeat(300_000)}`)
    // Just under the bound on values: the densest file the parser is given.
    await writeFile(path.join(workspace, 'dense.json'), `[${'0,'.repeat(MAX_YAML_VALUES - 2)}0]`)

    for (const [inputs, message] of [
      [
        { 'charts-file': 'values.yaml' },
        'charts-file: values.yaml: is 200.0 MiB, past the 4.0 MiB'
      ],
      [{ 'charts-file': 'export.json' }, 'MiB, past the 4.0 MiB the gate reads of such a file'],
      [{ 'charts-file': 'ok.yaml', 'lock-file': 'big.lock' }, 'MiB, past the 8.0 MiB'],
      [{ 'charts-file': 'dense.json' }, 'dense.json:1: is neither a Palette cluster-profile export']
    ] as const) {
      const run = await runAction(inputs, { cwd: workspace, env: PEAK_RSS_ENV })
      expect(run.exitCode).toBe(1)
      expect(errorMessage(run)).toContain(message)
      expect(peakRssMiB(run.stderr)).toBeLessThan(512)
    }
  }, 60_000)

  it('reads a 50,000-entry lock and reports one bad byte in a one-line export, in linear time', async () => {
    const entry = (index: number): string =>
      `  ${sample.registry.host}/charts/c${index}:1.0.0:\n    digest: sha256:${'a'.repeat(64)}\n    locked: x\n`
    const packs = Array.from({ length: 2000 }, (_, index) => ({
      name: `p${index}`,
      type: 'oci',
      tag: '1.0.0',
      values: 'a: 1\n',
      registry: { metadata: { name: 'lab' } }
    }))
    const oneLine = JSON.stringify({ spec: { template: { packs } } })
    const { workspace } = await sandbox({
      'ok.yaml': chartList(nginx),
      'big.lock': `charts:\n${Array.from({ length: 50_000 }, (_, index) => entry(index)).join('')}`,
      // An alias where the value starts: tens of thousands of errors follow from it.
      'bad.json': `${oneLine.slice(0, 8)}*${oneLine.slice(8)}`
    })
    // Hang guards, not timings: these took 47 s and 43 s; the action is killed at 30 s.
    const lock = await runAction(
      { 'charts-file': 'ok.yaml', 'lock-file': 'big.lock' },
      { cwd: workspace, timeoutMs: 30_000 }
    )
    expect(lock.exitCode).toBe(0)
    const bad = await runAction(
      { 'charts-file': 'bad.json' },
      { cwd: workspace, timeoutMs: 30_000 }
    )
    expect(bad.exitCode).toBe(1)
    expect(errorMessage(bad)).toMatch(
      /^Configuration error: charts-file: bad\.json:1: is not valid JSON or YAML: /
    )
  }, 90_000)

  it('refuses brackets nested 10,000 deep without a crash', async () => {
    const { workspace } = await sandbox({
      'deep.json': `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    })
    const run = await runAction({ 'charts-file': 'deep.json' }, { cwd: workspace })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('deep.json:1: nests brackets more than 100 deep')
  })
})
