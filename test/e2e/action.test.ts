// The bundled action (dist/index.js) run as the runner runs it, against real registries:
// anonymous and htpasswd Basic auth; every verdict the gate can reach.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pushChart, registryRequest } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { removeRunDirectories, repoRoot, runAction } from '../harness/run-action.js'
import {
  errorMessage,
  expectNoSecrets,
  readManifestFile,
  startSampleRegistry,
  type SampleRegistry
} from '../support/registries.js'

const user = { username: 'ci-robot', password: 'pa:ss w0rd-Secret' }
let anonymous: SampleRegistry
let basic: SampleRegistry

beforeAll(async () => {
  ;[anonymous, basic] = await Promise.all([
    startSampleRegistry({ mode: 'anonymous' }),
    startSampleRegistry({ mode: 'htpasswd', users: [user] })
  ])
}, 60_000)

afterAll(() => Promise.all([stopAll(), removeRunDirectories()]))

const chartInputs = (
  sample: SampleRegistry,
  chart: string,
  version: string
): Record<string, string> => ({
  endpoint: sample.registry.url,
  'base-content-path': 'charts',
  chart,
  version
})

describe('anonymous registry', () => {
  it('validates an existing chart and emits the layer, digest and manifest file', async () => {
    const run = await runAction({
      ...chartInputs(anonymous, 'nginx', '15.4.2'),
      'registry-name': 'local'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(run.outputs.digest).toBe(anonymous.digests.get('charts/nginx:15.4.2'))
    expect(run.outputs['resolved-endpoint']).toBe(anonymous.registry.host)
    expect(JSON.parse(run.outputs.layer ?? '')).toEqual({
      name: 'nginx',
      type: 'oci',
      layer: 'addon',
      tag: '15.4.2',
      version: '15.4.2',
      values: 'replicaCount: 1\n',
      registry: { metadata: { name: 'local', kind: 'oci', providerType: 'helm', isPrivate: false } }
    })
    const document = await readManifestFile(run)
    expect(document.verification).toMatchObject({
      digest: run.outputs.digest,
      repository: 'charts/nginx',
      tag: '15.4.2',
      chart: { name: 'nginx', version: '15.4.2', appVersion: '1.25.3' },
      annotations: {
        'org.opencontainers.image.title': 'nginx',
        'org.opencontainers.image.version': '15.4.2'
      }
    })
    expect(run.summary).toContain('| Verdict | ✅ valid |')
    expect(run.summary).toContain(`| Digest | \`${run.outputs.digest}\` |`)
  })

  it('looks a build-metadata version up under the tag Helm uses', async () => {
    const run = await runAction(chartInputs(anonymous, 'with-build', '1.2.3+build.1'))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(anonymous.digests.get('charts/with-build:1.2.3_build.1'))
    expect(JSON.parse(run.outputs.layer ?? '')).toMatchObject({
      tag: '1.2.3+build.1',
      version: '1.2.3+build.1'
    })
  })

  it('accepts a chart without manifest annotations, writes JSON on request and takes the values input', async () => {
    const run = await runAction({
      ...chartInputs(anonymous, 'podinfo', '6.5.4'),
      'output-file': 'out/podinfo.json',
      'layer-type': 'helm',
      values: 'pack:\n  namespace: podinfo\n'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['manifest-file']).toBe(`${run.workspace}/out/podinfo.json`)
    const document = await readManifestFile(run)
    expect(document).toMatchObject({
      layer: { type: 'helm', values: 'pack:\n  namespace: podinfo\n' },
      verification: { annotations: {} }
    })
  })

  it('accepts the legacy chart layer type with a warning', async () => {
    const run = await runAction(chartInputs(anonymous, 'legacy', '0.1.0'))
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('::warning::')
    expect(run.stdout).toContain('legacy chart layer type application/tar+gzip')
  })

  it('fails a missing version and lists the nearest versions', async () => {
    const run = await runAction(chartInputs(anonymous, 'nginx', '15.4.3'))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.valid).toBe('false')
    expect(errorMessage(run)).toBe(
      `Chart nginx version 15.4.3 is not in ${anonymous.registry.host}/charts/nginx\nHint: Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.`
    )
    expect(run.summary).toContain('| Verdict | ❌ missing-version |')
  })

  it('fails a repository that does not exist', async () => {
    const run = await runAction(chartInputs(anonymous, 'nginxx', '15.4.2'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      `Repository charts/nginxx does not exist on ${anonymous.registry.host}`
    )
  })

  it('fails an image stored at a chart tag, naming the media type found', async () => {
    const run = await runAction(chartInputs(anonymous, 'not-a-chart', '1.0.0'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'is not a Helm chart: the config media type is application/vnd.oci.image.config.v1+json'
    )
  })

  it('fails a chart whose config names another chart', async () => {
    const run = await runAction(chartInputs(anonymous, 'renamed', '2.0.0'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'the chart at this tag has name "something-else" (asked for "renamed")'
    )
  })

  it('fails a tag whose chart archive was deleted from the registry', async () => {
    const pushed = await pushChart(
      { url: anonymous.registry.url },
      { repository: 'charts/broken', tag: '1.0.0' }
    )
    const manifest = JSON.parse(pushed.manifest.toString()) as { layers: Array<{ digest: string }> }
    const archive = manifest.layers[0]?.digest ?? ''
    const deletion = await registryRequest(
      `${anonymous.registry.url}/v2/charts/broken/blobs/${archive}`,
      { method: 'DELETE' }
    )
    expect(deletion.status).toBe(202)
    const run = await runAction(chartInputs(anonymous, 'broken', '1.0.0'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(`cannot be pulled: its chart archive ${archive} is missing`)
  })

  it('fails cleanly when the manifest file cannot be written, claiming no success', async () => {
    const run = await runAction({
      ...chartInputs(anonymous, 'nginx', '15.4.2'),
      'output-file': '.'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toMatch(
      /^Configuration error: output-file: \. cannot be written \(EISDIR\)/
    )
    expect(run.outputs.valid).toBe('false')
    expect(run.outputs['resolved-endpoint']).toBe(anonymous.registry.host)
    expect(run.summary).not.toContain('✅')
  })

  it('names the default manifest file after registry, repository and tag', async () => {
    const run = await runAction(chartInputs(anonymous, 'nginx', '15.4.1'))
    const host = anonymous.registry.host.replace(':', '_')
    expect(run.outputs['manifest-file']).toMatch(
      new RegExp(`/palette-chart-gate/${host}_charts_nginx-15\\.4\\.1\\.yaml$`)
    )
  })

  it('reports every configuration problem before sending any request', async () => {
    const run = await runAction({
      endpoint: anonymous.registry.url,
      chart: 'nginx',
      version: '~15.4',
      'output-format': 'xml'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toBe(
      'Configuration error: version: "~15.4" is a range; Palette pins an exact version, so give one (e.g. 15.4.2)\n' +
        'output-format: "xml" is not one of: yaml, json\nHint: Fix the inputs named above and run again.'
    )
    // The registry logs every request it gets; this run sent none.
    expect(anonymous.registry.output()).toContain('/v2/charts/nginx/manifests/15.4.2')
    expect(anonymous.registry.output()).not.toContain('~15.4')
  })
})

describe('htpasswd Basic registry', () => {
  const credentials = { 'auth-type': 'basic', username: user.username, password: user.password }

  it('validates with Basic credentials and never shows the password', async () => {
    const run = await runAction({ ...chartInputs(basic, 'nginx', '15.4.2'), ...credentials })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(basic.digests.get('charts/nginx:15.4.2'))
    expect(JSON.parse(run.outputs.layer ?? '')).toMatchObject({
      registry: { metadata: { isPrivate: true } }
    })
    expect(run.stdout).toContain(`::add-mask::${user.password}`)
    await expectNoSecrets(run, [user.password])
  })

  it('names a wrong password as rejected credentials, without the password', async () => {
    const run = await runAction({
      ...chartInputs(basic, 'nginx', '15.4.2'),
      ...credentials,
      password: 'wrong-Secret-42'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(`rejected the credentials of user "${user.username}" (401)`)
    await expectNoSecrets(run, ['wrong-Secret-42'])
  })

  it('says that credentials are required when none are given', async () => {
    const run = await runAction(chartInputs(basic, 'nginx', '15.4.2'))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('requires credentials and none were given')
  })

  it('lists nearest versions through an authenticated tag list', async () => {
    const run = await runAction({ ...chartInputs(basic, 'nginx', '15.6.0'), ...credentials })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    )
    await expectNoSecrets(run, [user.password])
  })
})

describe('bundle', () => {
  it('runs the Basic path without the lazily loaded AWS SDK chunks', async () => {
    // A copy of dist/ without its chunk files: if the Basic path loaded the SDK, it would fail.
    const copy = await mkdtemp(path.join(os.tmpdir(), 'pcg-dist-'))
    try {
      await cp(path.join(repoRoot, 'dist'), copy, { recursive: true })
      const chunks = (await readdir(copy)).filter(name => /^\d+\.index\.js$/.test(name))
      expect(chunks.length).toBeGreaterThan(0)
      await Promise.all(chunks.map(name => rm(path.join(copy, name))))
      const run = await runAction(chartInputs(anonymous, 'nginx', '15.4.2'), {
        entry: path.join(copy, 'index.js')
      })
      expect(run.exitCode).toBe(0)
    } finally {
      await rm(copy, { recursive: true, force: true })
    }
  })
})
