// Refused credentials are sent once per registry and run, however many charts the run reads
// there: a wrong password retried per chart is how registry accounts get locked. The real
// htpasswd and token registries, through the bundled action; the sends are counted where they land.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { startHostileRegistry, type HostileRegistry } from '../harness/hostile-registry.js'
import { startRegistry, stopAll, type RunningRegistry } from '../harness/registry.js'
import { removeRunDirectories, runAction, type ActionRun } from '../harness/run-action.js'
import { expectNoSecrets } from '../support/registries.js'

const harborUser = { username: 'ci', password: 'harbor-Secret-1' }
const acrUser = { username: 'reader', password: 'acr-Secret-2' }
const wrong = { HARBOR_PASSWORD: 'Wrong-Harbor-9', ACR_PASSWORD: 'Wrong-Acr-9' }
let harbor: RunningRegistry
let acr: RunningRegistry
/** Records every request the gate sends to the htpasswd registry. */
let harborFront: HostileRegistry
const workspaces: string[] = []

beforeAll(async () => {
  ;[harbor, acr] = await Promise.all([
    startRegistry({ mode: 'htpasswd', users: [harborUser] }),
    startRegistry({ mode: 'token', users: [acrUser] })
  ])
  harborFront = await startHostileRegistry({ script: () => 'forward', upstream: harbor.url })
}, 60_000)

afterAll(async () => {
  await harborFront.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await Promise.all(workspaces.map(dir => rm(dir, { recursive: true, force: true })))
})

const charts = ['nginx', 'podinfo', 'redis', 'postgres']

function chartList(registry: string): string {
  return YAML.stringify({
    charts: charts.flatMap(name => [
      { chart: name, version: '1.0.0', registry },
      { chart: name, version: '2.0.0', registry }
    ])
  })
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
        endpoint: acr.url,
        'base-content-path': 'charts',
        username: acrUser.username,
        'password-env': 'ACR_PASSWORD'
      }
    }
  })
}

async function runWith(passwords: Record<string, string>): Promise<ActionRun> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-refused-'))
  workspaces.push(workspace)
  await mkdir(path.join(workspace, 'lists'))
  await writeFile(path.join(workspace, 'lists', 'harbor.yaml'), chartList('harbor'))
  await writeFile(path.join(workspace, 'lists', 'acr.yaml'), chartList('acr'))
  await writeFile(path.join(workspace, 'registries.yaml'), registriesFile())
  return runAction(
    {
      'charts-file': 'lists/*.yaml',
      'registries-file': 'registries.yaml',
      // Several checks at a time: none may send the credentials once they were refused.
      concurrency: '4'
    },
    { cwd: workspace, env: passwords }
  )
}

describe('credentials a registry refuses', () => {
  it('are sent once per registry, and every chart there fails saying they were refused', async () => {
    const before = {
      harbor: harborFront.requests.length,
      tokens: acr.tokenServer?.requests.length ?? 0
    }
    const run = await runWith(wrong)
    expect(run.exitCode).toBe(1)
    // htpasswd: one request carries the wrong Basic credentials; none follows it. Token: one token
    // request carries them (with the scopes of every repository); none follows, with or without them.
    const tokenRequests = (acr.tokenServer?.requests ?? []).slice(before.tokens)
    expect({
      htpasswd: harborFront.requests
        .slice(before.harbor)
        .filter(request => request.headers.authorization !== undefined).length,
      tokenService: tokenRequests.filter(request => request.authorization !== undefined).length,
      tokenRequests: tokenRequests.length
    }).toEqual({ htpasswd: 1, tokenService: 1, tokenRequests: 1 })
    const results = JSON.parse(run.outputs.results ?? '[]') as Record<string, unknown>[]
    expect(results).toHaveLength(16)
    for (const result of results) {
      expect(result.status).toBe('error')
      expect(result.reason).toMatch(
        /^Authentication failed: 127\.0\.0\.1:\d+ rejected the credentials of user "(ci|reader)" \(401\)/
      )
    }
    expect(run.stdout).toContain('Hint: Check the username and the password')

    await expectNoSecrets(run, Object.values(wrong))
  }, 60_000)
})
