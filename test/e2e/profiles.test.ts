// Whole profiles through the bundled action: every Helm layer of every profile file, across a
// htpasswd registry and a token-auth registry, with annotations on the declaring lines, a per-layer
// summary, outputs and the profile document. Requests are counted at the registries.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { pushWithHelm } from '../harness/helm.js'
import { startHostileRegistry, type HostileRegistry } from '../harness/hostile-registry.js'
import { stopAll } from '../harness/registry.js'
import {
  removeRunDirectories,
  repoRoot,
  runAction,
  runNode,
  type ActionRun
} from '../harness/run-action.js'
import {
  expectNoSecrets,
  failureMessage,
  startSampleRegistry,
  type SampleRegistry
} from '../support/registries.js'

const harborUser = { username: 'ci', password: 'harbor-Secret-1' }
const acrUser = { username: 'reader', password: 'acr-Secret-2' }
let harbor: SampleRegistry
let acr: SampleRegistry
/** Transparent recorders in front of each registry: every request the gate makes passes them. */
let harborFront: HostileRegistry
let acrFront: HostileRegistry
let helloDigest: string
const workspaces: string[] = []

beforeAll(async () => {
  ;[harbor, acr] = await Promise.all([
    startSampleRegistry({ mode: 'htpasswd', users: [harborUser] }),
    startSampleRegistry({ mode: 'token', users: [acrUser] })
  ])
  helloDigest = await pushWithHelm(
    { host: harbor.registry.host, ...harborUser },
    'charts',
    'hello',
    '0.3.0'
  )
  harborFront = await startHostileRegistry({
    script: () => 'forward',
    upstream: harbor.registry.url
  })
  acrFront = await startHostileRegistry({ script: () => 'forward', upstream: acr.registry.url })
}, 120_000)

afterAll(async () => {
  await Promise.all([harborFront.stop(), acrFront.stop()])
  await Promise.all([stopAll(), removeRunDirectories()])
  await Promise.all(workspaces.map(dir => rm(dir, { recursive: true, force: true })))
})

const pack = (
  name: string,
  tag: string,
  registry: string,
  extra: Record<string, unknown> = {}
) => ({
  name,
  type: 'oci',
  layer: 'addon',
  tag,
  version: tag,
  values: `# ${name}\n`,
  registry: { metadata: { name: registry, kind: 'oci', providerType: 'helm', isPrivate: true } },
  ...extra
})

function exportOf(name: string, packs: unknown[]) {
  return {
    metadata: { name, description: 'exported from Palette' },
    spec: { version: '1.0.0', template: { type: 'add-on', cloudType: 'all', packs } }
  }
}

function registriesFile(): string {
  return YAML.stringify({
    registries: {
      harbor: {
        endpoint: harborFront.url,
        'base-content-path': 'charts',
        username: harborUser.username,
        'password-env': 'HARBOR_PASSWORD'
      },
      acr: {
        uid: 'acr-uid-1',
        endpoint: acrFront.url,
        'base-content-path': 'charts',
        username: acrUser.username,
        'password-env': 'ACR_PASSWORD'
      }
    }
  })
}

const secrets = { HARBOR_PASSWORD: harborUser.password, ACR_PASSWORD: acrUser.password }

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-profiles-'))
  workspaces.push(workspace)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true })
    await writeFile(path.join(workspace, name), text)
  }
  return workspace
}

async function runProfiles(
  files: Record<string, string>,
  inputs: Record<string, string>
): Promise<ActionRun> {
  return runAction(inputs, { cwd: await workspaceWith(files), env: secrets })
}

/** The annotations the action printed: file, line and message. */
function annotations(run: ActionRun): { file: string; line: number; message: string }[] {
  return run.stdout
    .split('\n')
    .filter(line => line.startsWith('::error '))
    .map(line => {
      const [, properties = '', message = ''] = /^::error ([^:]*)::(.*)$/.exec(line) ?? []
      return {
        file: /file=([^,]*)/.exec(properties)?.[1] ?? '',
        line: Number(/line=(\d+)/.exec(properties)?.[1] ?? '0'),
        message: message.replaceAll('%0A', '\n').replaceAll('%25', '%')
      }
    })
}

/** The line a pack starts on ("- name: ..."), found by its name, tag and registry. */
function packLine(text: string, name: string, tag: string, registry = ''): number {
  const lines = text.split('\n')
  return (
    lines.findIndex((line, index) => {
      if (line.trim() !== `- name: ${name}`) return false
      const next = lines.slice(index + 1).findIndex(later => later.trim().startsWith('- name:'))
      const body = lines.slice(index, next === -1 ? undefined : index + 1 + next).join('\n')
      return body.includes(`tag: ${tag}`) || body.includes(`tag: "${tag}"`)
        ? body.includes(registry)
        : false
    }) + 1
  )
}

describe('a Palette profile export with ten Helm layers across two registries', () => {
  it('checks every layer, reports the three broken ones on their lines, and writes the seven good ones', async () => {
    const profile = exportOf('web', [
      pack('nginx', '15.4.2', 'harbor'),
      pack('podinfo', '6.5.4', 'harbor'),
      pack('with-build', '1.2.3+build.1', 'harbor'),
      pack('hello', '0.3.0', 'harbor'),
      pack('nginx', '9.9.9', 'harbor'),
      { name: 'ubuntu', type: 'spectro', layer: 'os', tag: '22.04' },
      pack('nginx', '16.0.0', 'acr', {
        registry: { metadata: { uid: 'acr-uid-1', name: 'acr-renamed' } }
      }),
      pack('nginx', '15.4.1', 'acr'),
      pack('podinfo', '6.5.4', 'acr'),
      pack('not-a-chart', '1.0.0', 'acr'),
      pack('nginx', '15.4.2', 'quay')
    ])
    const text = YAML.stringify(profile)
    const run = await runProfiles(
      { 'profiles/web.yaml': text, 'registries.yaml': registriesFile() },
      { 'charts-file': 'profiles/*.yaml', 'registries-file': 'registries.yaml' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(JSON.parse(run.outputs.counts ?? '{}')).toEqual({
      layers: 11,
      valid: 7,
      invalid: 3,
      error: 0,
      skipped: 1
    })

    const found = annotations(run)
    expect(found).toHaveLength(3)
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'profiles/web.yaml',
          line: packLine(text, 'nginx', '9.9.9')
        }),
        expect.objectContaining({
          file: 'profiles/web.yaml',
          line: packLine(text, 'not-a-chart', '1.0.0')
        }),
        expect.objectContaining({
          file: 'profiles/web.yaml',
          line: packLine(text, 'nginx', '15.4.2', 'quay')
        })
      ])
    )
    const messages = found.map(annotation => annotation.message).join('\n')
    expect(messages).toContain('nginx 9.9.9: Chart nginx version 9.9.9 is not in')
    expect(messages).toContain(
      'Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    )
    expect(messages).toContain('not-a-chart 1.0.0: oci://')
    expect(messages).toContain(
      'is not a Helm chart: the config media type is application/vnd.oci.image.config.v1+json'
    )
    expect(messages).toContain(
      'nginx 15.4.2: registry "quay" is not defined (defined: harbor, acr)'
    )

    const results = JSON.parse(run.outputs.results ?? '[]') as Record<string, unknown>[]
    // Each failure carries its hint beside its reason, in the output as in the summary.
    expect(
      results.find(result => result.chart === 'nginx' && result.version === '9.9.9')
    ).toMatchObject({
      status: 'invalid',
      reason: expect.stringContaining('Chart nginx version 9.9.9 is not in'),
      hint: 'Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    })
    expect(results.find(result => result.chart === 'not-a-chart')?.hint).toContain('helm push')
    expect(results.find(result => result.chart === 'hello')).toMatchObject({ hint: null })
    const summaryRow = run.summary.split('\n').find(row => row.includes('| nginx | 9.9.9 |'))
    expect(summaryRow).toContain('Chart nginx version 9.9.9 is not in')
    expect(summaryRow).toContain(
      '<br>Hint: Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0. |'
    )
    expect(results.find(result => result.chart === 'ubuntu')).toMatchObject({
      status: 'skipped',
      line: packLine(text, 'ubuntu', '22.04')
    })
    expect(results.find(result => result.chart === 'hello')).toMatchObject({
      status: 'valid',
      registry: 'harbor',
      digest: helloDigest
    })
    expect(
      results.find(result => result.chart === 'nginx' && result.version === '16.0.0')
    ).toMatchObject({
      status: 'valid',
      registry: 'acr',
      digest: acr.digests.get('charts/nginx:16.0.0')
    })

    const layers = JSON.parse(run.outputs.layers ?? '[]') as {
      name: string
      tag: string
      values: string
    }[]
    expect(layers.map(layer => `${layer.name}:${layer.tag}`).sort()).toEqual(
      [
        'nginx:15.4.2',
        'podinfo:6.5.4',
        'with-build:1.2.3+build.1',
        'hello:0.3.0',
        'nginx:16.0.0',
        'nginx:15.4.1',
        'podinfo:6.5.4'
      ].sort()
    )
    // The pack's own values are kept as they are.
    expect(layers.find(layer => layer.name === 'hello')?.values).toBe('# hello\n')

    const document = YAML.parse(await readFile(run.outputs['manifest-file'] ?? '', 'utf8')) as {
      spec: { template: { packs: unknown[] } }
      verification: { name: string; digest: string; registry: string }[]
    }
    expect(document.spec.template.packs).toHaveLength(7)
    expect(document.verification).toContainEqual(
      expect.objectContaining({
        name: 'nginx',
        registry: 'harbor',
        digest: harbor.digests.get('charts/nginx:15.4.2')
      })
    )
    expect(run.summary).toContain('| profiles/web.yaml:')
    expect(run.summary).toContain('➖ skipped')
    // Neither password in the log, the outputs, the summary or the profile document.
    await expectNoSecrets(run, [harborUser.password, acrUser.password])
  }, 60_000)
})

describe('a glob over two profile files, YAML and JSON', () => {
  it('checks a chart both use once, and each layer gets its result', async () => {
    const before = {
      harbor: harborFront.requests.length,
      acr: acrFront.requests.length,
      tokens: acr.registry.tokenServer?.requests.length ?? 0
    }
    const yamlProfile = YAML.stringify(
      exportOf('a', [pack('nginx', '15.4.2', 'harbor'), pack('podinfo', '6.5.4', 'acr')])
    )
    const jsonProfile = JSON.stringify(
      exportOf('b', [pack('nginx', '15.4.2', 'harbor'), pack('nginx', '15.4.1', 'acr')]),
      null,
      2
    )
    const run = await runProfiles(
      {
        'profiles/a.yaml': yamlProfile,
        'profiles/team/b.json': jsonProfile,
        'registries.yaml': registriesFile()
      },
      {
        'charts-file': 'profiles/**/*.yaml\nprofiles/**/*.json',
        'registries-file': 'registries.yaml'
      }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs.valid).toBe('true')
    const results = JSON.parse(run.outputs.results ?? '[]') as { file: string; status: string }[]
    expect(results.map(result => `${result.file}:${result.status}`)).toEqual([
      'profiles/a.yaml:valid',
      'profiles/a.yaml:valid',
      'profiles/team/b.json:valid',
      'profiles/team/b.json:valid'
    ])
    const harborRequests = harborFront.requests.slice(before.harbor)
    const manifestFetches = harborRequests
      .filter(request => request.url.includes('/manifests/'))
      .map(
        request =>
          `${request.method} ${request.url} ${request.headers.authorization === undefined ? 'anonymous' : 'with credentials'}`
      )
    // htpasswd: the first request learns that Basic is wanted (401), then the chart is read once.
    expect(manifestFetches).toEqual([
      'GET /v2/charts/nginx/manifests/15.4.2 anonymous',
      'GET /v2/charts/nginx/manifests/15.4.2 with credentials'
    ])
    // The manifest, the config and the archive, each once, after that single 401.
    expect(harborRequests).toHaveLength(4)
    // Token auth: a 401 names the scope, then each manifest is read once with its token.
    const acrManifests = acrFront.requests
      .slice(before.acr)
      .filter(
        request =>
          request.url.includes('/manifests/') && request.headers.authorization !== undefined
      )
      .map(request => request.url)
    expect(acrManifests.sort()).toEqual([
      '/v2/charts/nginx/manifests/15.4.1',
      '/v2/charts/podinfo/manifests/6.5.4'
    ])
    // Token auth: one token request carries the scopes of every repository the run reads.
    const tokens = (acr.registry.tokenServer?.requests ?? []).slice(before.tokens)
    expect(tokens).toHaveLength(1)
    expect(tokens[0]?.scope.sort()).toEqual([
      'repository:charts/nginx:pull',
      'repository:charts/podinfo:pull'
    ])
  }, 60_000)
})

describe('more failures than GitHub shows annotations for', () => {
  it('writes ten error annotations in all, the last counting the failures not annotated', async () => {
    const profile = YAML.stringify(
      exportOf(
        'many',
        Array.from({ length: 12 }, (_, index) => pack('nginx', `9.9.${index}`, 'harbor'))
      )
    )
    const run = await runProfiles(
      { 'many.yaml': profile, 'registries.yaml': registriesFile() },
      { 'charts-file': 'many.yaml', 'registries-file': 'registries.yaml' }
    )
    expect(run.exitCode).toBe(1)
    // GitHub shows 10 error annotations per step and drops the rest: the verdict must be one of them.
    const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errors).toHaveLength(10)
    expect(annotations(run).filter(annotation => annotation.file === 'many.yaml')).toHaveLength(9)
    expect(failureMessage(run)).toMatch(
      /^12 of 12 layers are not valid; 3 more failures have no annotation \(GitHub shows 10 per step\): see the job summary and the results output\.$/
    )
    expect(run.summary).toContain('3 more failures are listed here without an annotation')
    expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ layers: 12, invalid: 12 })
  }, 30_000)

  it('writes ten warnings in all, the last counting those left in the log', async () => {
    // Anonymous; every version missing and every tag list refused: one warning per chart.
    const refusing = await startHostileRegistry({
      script: request => {
        if (request.url === '/v2/' || request.url === '/v2') return { status: 200, body: '{}' }
        const code = request.url.includes('/tags/list') ? 'DENIED' : 'MANIFEST_UNKNOWN'
        return {
          status: request.url.includes('/tags/list') ? 403 : 404,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ errors: [{ code, message: code.toLowerCase() }] })
        }
      }
    })
    try {
      const profile = YAML.stringify(
        exportOf(
          'many',
          Array.from({ length: 12 }, (_, index) => pack(`chart-${index}`, '1.0.0', 'refusing'))
        )
      )
      const registries = YAML.stringify({
        registries: { refusing: { endpoint: refusing.url, 'base-content-path': 'charts' } }
      })
      const run = await runProfiles(
        { 'many.yaml': profile, 'registries.yaml': registries },
        { 'charts-file': 'many.yaml', 'registries-file': 'registries.yaml' }
      )
      expect(run.exitCode).toBe(1)
      const warnings = run.stdout
        .split('\n')
        .filter(line => line.startsWith('::warning'))
        .map(line => line.replace(/^::warning[^:]*::/, ''))
      expect(warnings).toHaveLength(10)
      expect(
        warnings.slice(0, 9).every(text => text.startsWith('Could not list the versions'))
      ).toBe(true)
      expect(warnings.at(-1)).toMatch(/^3 more warnings/)
      // Those not annotated are still in the log.
      for (let index = 0; index < 12; index++)
        expect(run.stdout).toContain(`Could not list the versions of charts/chart-${index}:`)
    } finally {
      await refusing.stop()
    }
  }, 30_000)
})

describe('a registry that stops answering', () => {
  it('fails its own layers as timed out at the deadline and checks the others', async () => {
    const stalled = await startHostileRegistry({ script: () => 'stall' })
    try {
      const registries = YAML.stringify({
        registries: {
          ...(YAML.parse(registriesFile()) as { registries: Record<string, unknown> }).registries,
          stalled: { endpoint: stalled.url, 'base-content-path': 'charts' }
        }
      })
      const profile = YAML.stringify(
        exportOf('web', [
          pack('nginx', '15.4.2', 'harbor'),
          pack('nginx', '15.4.2', 'stalled'),
          pack('podinfo', '6.5.4', 'stalled')
        ])
      )
      const run = await runProfiles(
        { 'web.yaml': profile, 'registries.yaml': registries },
        { 'charts-file': 'web.yaml', 'registries-file': 'registries.yaml', 'deadline-seconds': '2' }
      )
      expect(run.exitCode).toBe(1)
      const results = JSON.parse(run.outputs.results ?? '[]') as Record<string, unknown>[]
      expect(results.map(result => [result.registry, result.chart, result.status])).toEqual([
        ['harbor', 'nginx', 'valid'],
        ['stalled', 'nginx', 'error'],
        ['stalled', 'podinfo', 'error']
      ])
      for (const result of results.slice(1))
        expect(result.reason).toMatch(
          /^Timed out: The run's deadline of 2 s passed while waiting for GET /
        )
    } finally {
      await stalled.stop()
    }
  }, 30_000)
})

describe('registries files that would leak a secret', () => {
  it('refuses a literal password, naming the file and line and how to move it', async () => {
    const registries =
      'registries:\n  harbor:\n    endpoint: 127.0.0.1:1\n    username: ci\n    password: hunter2\n'
    const run = await runProfiles(
      {
        'p.yaml': YAML.stringify(exportOf('a', [pack('nginx', '15.4.2', 'harbor')])),
        'r.yaml': registries
      },
      { 'charts-file': 'p.yaml', 'registries-file': 'r.yaml' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /^::error title=[^,]*,file=r\.yaml,line=2::registry "harbor": holds password in the file/m
    )
    expect(run.stdout).not.toContain('is required when a username is given')
    expect(run.stdout).toContain('password-env: NAME')
  }, 30_000)

  it('names a password variable that is not set', async () => {
    const registries =
      'harbor:\n  endpoint: 127.0.0.1:1\n  username: ci\n  password-env: NOT_SET_ANYWHERE\n'
    const run = await runProfiles(
      {
        'p.yaml': YAML.stringify(exportOf('a', [pack('nginx', '15.4.2', 'harbor')])),
        'r.yaml': registries
      },
      { 'charts-file': 'p.yaml', 'registries-file': 'r.yaml' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(
      'password-env names the environment variable NOT_SET_ANYWHERE, which is not set'
    )
  }, 30_000)

  it('says which glob matched nothing', async () => {
    const run = await runProfiles(
      { 'r.yaml': registriesFile() },
      { 'charts-file': 'profiles/*.yaml', 'registries-file': 'r.yaml' }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('profiles/*.yaml: matches no file')
  }, 30_000)
})

describe('the command line over profile files', () => {
  const files = () => ({
    'profiles/web.yaml': YAML.stringify(
      exportOf('web', [
        pack('nginx', '15.4.2', 'harbor'),
        pack('nginx', '9.9.9', 'acr'),
        { name: 'ubuntu', type: 'spectro', tag: '22.04' }
      ])
    ),
    'registries.yaml': registriesFile()
  })
  const cli = async (workspace: string, extra: string[]) =>
    runNode(
      [
        path.join(repoRoot, 'dist', 'cli', 'index.js'),
        '--charts-file',
        'profiles/*.yaml',
        '--registries-file',
        'registries.yaml',
        ...extra
      ],
      { cwd: workspace, env: { PATH: process.env.PATH ?? '', ...secrets } }
    )

  it('prints a table, failures first, and exits 1 for an invalid layer', async () => {
    const run = await cli(await workspaceWith(files()), [])
    expect(run.exitCode).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^STATUS\s+LAYER\s+CHART\s+VERSION\s+REGISTRY\s+DETAIL$/)
    expect(lines[1]).toMatch(
      /^invalid\s+profiles\/web\.yaml:\d+\s+nginx\s+9\.9\.9\s+acr\s+Chart nginx version 9\.9\.9 is not in/
    )
    expect(lines[1]).toMatch(
      /; hint: Nearest versions that exist: 16\.0\.0, 15\.5\.0, 15\.4\.2, 15\.4\.1, 15\.4\.0\.$/
    )
    expect(lines[2]).toMatch(
      /^valid\s+profiles\/web\.yaml:\d+\s+nginx\s+15\.4\.2\s+harbor\s+sha256:[0-9a-f]{64}$/
    )
    expect(lines[3]).toMatch(/^skipped\s+profiles\/web\.yaml:\d+\s+ubuntu/)
    expect(run.stderr).toContain('3 layers: 1 valid, 1 invalid, 0 errors, 1 skipped')
  }, 30_000)

  it('prints the results as JSON for machines', async () => {
    const run = await cli(await workspaceWith(files()), ['--output-format', 'json'])
    expect(run.exitCode).toBe(1)
    const printed = JSON.parse(run.stdout) as {
      valid: boolean
      counts: Record<string, number>
      results: { status: string; hint: string | null }[]
    }
    expect(printed.valid).toBe(false)
    expect(printed.results.find(result => result.status === 'invalid')?.hint).toBe(
      'Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    )
    expect(printed.counts).toEqual({ layers: 3, valid: 1, invalid: 1, error: 0, skipped: 1 })
    expect(printed.results.map(result => result.status).sort()).toEqual([
      'invalid',
      'skipped',
      'valid'
    ])
  }, 30_000)
})
