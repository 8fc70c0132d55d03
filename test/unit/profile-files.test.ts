// charts-file and registries-file read from a workspace: registries resolved, names kept apart.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadProfileBatch, ProfileFilesError } from '../../src/inputs/profile-files.js'

const workspaces: string[] = []
afterAll(() => Promise.all(workspaces.map(dir => rm(dir, { recursive: true, force: true }))))

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pcg-profile-files-'))
  workspaces.push(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  return dir
}

const load = (dir: string, defaultRegistry: Record<string, string> = {}) =>
  loadProfileBatch({
    chartsFile: 'charts.yaml',
    registriesFile: 'registries.yaml',
    defaultRegistry,
    limits: {},
    environment: {},
    mask: () => undefined,
    access: { workspace: dir }
  })

describe('loadProfileBatch', () => {
  it("refuses a registry that takes the name of the action's own registry", async () => {
    const dir = await workspace({
      'charts.yaml':
        'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry: reg.example.com\n',
      'registries.yaml': 'reg.example.com:\n  endpoint: other.example.com\n'
    })
    const loading = load(dir, { endpoint: 'reg.example.com' })
    await expect(loading).rejects.toBeInstanceOf(ProfileFilesError)
    await expect(loading).rejects.toThrow(
      'registries.yaml:1: registry "reg.example.com" is also the action\'s own registry'
    )
  })

  it('plans each layer against its own registry, the default one for layers that name none', async () => {
    const dir = await workspace({
      'charts.yaml':
        'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry: harbor\n  - chart: podinfo\n    version: 6.5.4\n',
      'registries.yaml': 'harbor:\n  endpoint: harbor.example.com\n  base-content-path: charts\n'
    })
    const batch = await load(dir, { endpoint: 'default.example.com', 'registry-name': 'default' })
    expect(
      batch.layers.map(layer => [
        layer.registry,
        layer.request?.registry.endpoints.deployment[0].endpoint.authority
      ])
    ).toEqual([
      ['harbor', 'harbor.example.com'],
      ['default', 'default.example.com']
    ])
  })

  it("reads a registry's secrets from the reusable workflow's secrets JSON, masking only those", async () => {
    const dir = await workspace({
      'charts.yaml': 'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry: harbor\n',
      'registries.yaml':
        'harbor:\n  endpoint: harbor.example.com\n  username: ci\n  password-env: HARBOR_PASSWORD\n'
    })
    const masked: string[] = []
    const batch = await loadProfileBatch({
      chartsFile: 'charts.yaml',
      registriesFile: 'registries.yaml',
      defaultRegistry: {},
      limits: {},
      environment: {
        PALETTE_CHART_GATE_SECRETS: JSON.stringify({
          HARBOR_PASSWORD: 'from-secrets',
          OTHER: 'unused'
        })
      },
      mask: secret => void masked.push(secret),
      access: { workspace: dir }
    })
    const auth = batch.layers[0]?.request?.registry.auth
    expect(auth).toEqual({ type: 'basic', username: 'ci', password: 'from-secrets' })
    expect(masked).toEqual(['from-secrets'])
  })

  it('reads at most 1000 registries, and names a few of them when a layer names another', async () => {
    const many = (count: number): string =>
      Array.from(
        { length: count },
        (_, index) => `lab-${index}:\n  endpoint: r${index}.example.com\n`
      ).join('')
    const tooMany = await workspace({
      'charts.yaml': 'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry: lab-0\n',
      'registries.yaml': many(1001)
    })
    await expect(load(tooMany)).rejects.toThrow(
      'registries.yaml:2001: is past the 1000 registries the gate reads in one run'
    )
    const dir = await workspace({
      'charts.yaml': 'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry: lab\n',
      'registries.yaml': many(1000)
    })
    const [layer] = (await load(dir)).layers
    expect(layer?.finding?.reason).toBe(
      `registry "lab" is not defined (defined: ${Array.from({ length: 20 }, (_, index) => `lab-${index}`).join(', ')} and 980 more); add it to registries-file`
    )
  })

  it('names the input a problem comes from, when the registries file is also a chart list', async () => {
    const dir = await workspace({
      'charts.yaml':
        'registries:\n  lab:\n    endpoint: lab.example.com\n    pasword-env: X\ncharts:\n  - chart: nginx\n    vesion: 1.0.0\n'
    })
    const loading = loadProfileBatch({
      chartsFile: 'charts.yaml',
      registriesFile: 'charts.yaml',
      defaultRegistry: {},
      limits: {},
      environment: {},
      mask: () => undefined,
      access: { workspace: dir }
    })
    const error = await loading.catch((failure: unknown) => failure)
    expect(error).toBeInstanceOf(ProfileFilesError)
    const inputs = (error as ProfileFilesError).problems.map(
      problem => `${problem.input}: ${problem.message.replace(/ \(.*/, '')}`
    )
    expect(inputs).toContain(
      'registries-file: charts.yaml:2: registry "lab": "pasword-env" is not a registry setting'
    )
    expect(inputs.filter(input => input.includes(':6:'))).toEqual([
      expect.stringMatching(/^charts-file: charts\.yaml:6: "vesion" is not a chart entry key/)
    ])
  })
})
