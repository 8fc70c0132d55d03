// Bearer token auth (distribution's auth.token mode with a token server the tests run) and TLS
// with a generated CA, through the bundled action.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction } from '../harness/run-action.js'
import {
  errorMessage,
  expectNoSecrets,
  startSampleRegistry,
  type SampleRegistry
} from '../support/registries.js'

const user = { username: 'token-user', password: 'T0ken-Secret:pw' }
let token: SampleRegistry
let tls: SampleRegistry

beforeAll(async () => {
  ;[token, tls] = await Promise.all([
    startSampleRegistry({ mode: 'token', users: [user] }),
    startSampleRegistry({ mode: 'htpasswd', users: [user], tls: true })
  ])
}, 60_000)

afterAll(() => Promise.all([stopAll(), removeRunDirectories()]))

const inputs = (sample: SampleRegistry, version = '15.4.2'): Record<string, string> => ({
  endpoint: sample.registry.url,
  'base-content-path': 'charts',
  chart: 'nginx',
  version
})

describe('token (Bearer) registry', () => {
  const requestsSince = (start: number) => token.registry.tokenServer?.requests.slice(start) ?? []

  it('gets one pull token by GET with Basic credentials and reuses it for every request of the run', async () => {
    const start = token.registry.tokenServer?.requests.length ?? 0
    const run = await runAction({
      ...inputs(token),
      username: user.username,
      password: user.password
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.digest).toBe(token.digests.get('charts/nginx:15.4.2'))
    const requests = requestsSince(start)
    expect(requests).toEqual([
      {
        method: 'GET',
        service: 'registry',
        scope: ['repository:charts/nginx:pull'],
        authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
      }
    ])
    await expectNoSecrets(run, [user.password, 'eyJ'])
  })

  it('lists tags with the same token when the version is missing', async () => {
    const start = token.registry.tokenServer?.requests.length ?? 0
    const run = await runAction({
      ...inputs(token, '15.4.9'),
      username: user.username,
      password: user.password
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    )
    expect(requestsSince(start)).toHaveLength(1)
  })

  it('fails with "rejected the credentials" when the token service answers 401', async () => {
    const run = await runAction({
      ...inputs(token),
      username: user.username,
      password: 'Wrong-Secret-1'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(`rejected the credentials of user "${user.username}" (401)`)
    await expectNoSecrets(run, ['Wrong-Secret-1'])
  })

  it('asks for credentials when the anonymous token grants nothing', async () => {
    const run = await runAction(inputs(token))
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('requires credentials and none were given')
  })

  it('names a missing pull permission when the token grants too little', async () => {
    token.registry.tokenServer?.addUser({
      username: 'no-pull',
      password: 'No-Pull-Secret',
      actions: []
    })
    const run = await runAction({
      ...inputs(token),
      username: 'no-pull',
      password: 'No-Pull-Secret'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'accepted user "no-pull" but gave no pull access to charts/nginx (insufficient_scope)'
    )
  })
})

describe('TLS registry with a private CA', () => {
  const credentials = { username: user.username, password: user.password }

  it('trusts the CA given as a file path in the workspace', async () => {
    // The action reads files only inside the workspace (or the runner's temp).
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-tls-workspace-'))
    await copyFile(tls.registry.caFile ?? '', path.join(workspace, 'ca.pem'))
    const run = await runAction(
      { ...inputs(tls), ...credentials, 'ca-certificate': 'ca.pem' },
      { cwd: workspace }
    ).finally(() => rm(workspace, { recursive: true, force: true }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs['resolved-endpoint']).toBe(tls.registry.host)
    await expectNoSecrets(run, [user.password])
  })

  it('trusts the CA given as PEM text', async () => {
    const run = await runAction({
      ...inputs(tls),
      ...credentials,
      'ca-certificate': tls.registry.caPem ?? ''
    })
    expect(run.exitCode).toBe(0)
  })

  it('fails verification without the CA, with a hint naming ca-certificate', async () => {
    const run = await runAction({ ...inputs(tls), ...credentials })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toMatch(/^Registry error: TLS with https:\/\/127\.0\.0\.1:\d+ failed/)
    expect(errorMessage(run)).toContain('pass it in ca-certificate')
  })

  it('skips verification only when asked to', async () => {
    const run = await runAction({
      ...inputs(tls),
      ...credentials,
      'insecure-skip-tls-verify': 'true'
    })
    expect(run.exitCode).toBe(0)
  })

  it('refuses a CA input that is neither PEM nor a readable file', async () => {
    const run = await runAction({
      ...inputs(tls),
      ...credentials,
      'ca-certificate': '/nonexistent/ca.pem'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'ca-certificate: is neither PEM text nor a readable file: /nonexistent/ca.pem (ENOENT)'
    )
  })

  it('refuses to send credentials over plain HTTP to a non-loopback host, before any request', async () => {
    const run = await runAction({
      ...inputs(tls),
      ...credentials,
      endpoint: 'http://registry.invalid'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'endpoint: is plain http:// to registry.invalid; the credentials would travel in clear text'
    )
  })
})
