// Smoke test of the e2e infrastructure itself: real registries in every auth mode, a pushed chart,
// and the manifest read back through the same challenges a client meets.
import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { startRegistry, stopAll } from '../harness/registry.js'
import type { RegistryMode, RunningRegistry } from '../harness/registry.js'
import { OCI_MANIFEST, pushChart, registryRequest } from '../harness/push.js'
import type { RegistryResponse } from '../harness/push.js'

const USER = { username: 'ci-robot', password: 'pa:ss word' }
const CHART = { repository: 'charts/nginx', tag: '15.4.2' }
const TIMEOUT_MS = 60_000

afterAll(async () => {
  await stopAll()
})

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

function sha256(body: Buffer): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`
}

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
function challengeParameters(header: string): Record<string, string> {
  const parameters: Record<string, string> = {}
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) {
    if (match[1] && match[2] !== undefined) parameters[match[1]] = match[2]
  }
  return parameters
}

function getManifest(registry: RunningRegistry, authorization?: string): Promise<RegistryResponse> {
  return registryRequest(`${registry.url}/v2/${CHART.repository}/manifests/${CHART.tag}`, {
    headers: { Accept: OCI_MANIFEST, ...(authorization ? { Authorization: authorization } : {}) },
    ...(registry.caPem ? { caPem: registry.caPem } : {})
  })
}

/** Follows the Bearer challenge for real: 401 → token realm with Basic credentials → token. */
async function tokenByChallenge(registry: RunningRegistry): Promise<string> {
  const challenge = await getManifest(registry)
  expect(challenge.status).toBe(401)
  const header = String(challenge.headers['www-authenticate'] ?? '')
  expect(header).toMatch(/^Bearer /)
  const { realm, service, scope } = challengeParameters(header)
  expect(realm).toBe(registry.tokenServer?.realm)
  expect(service).toBe('registry')
  expect(scope).toBe(`repository:${CHART.repository}:pull`)
  const tokenUrl = new URL(realm ?? '')
  tokenUrl.searchParams.set('service', service ?? '')
  tokenUrl.searchParams.append('scope', scope ?? '')
  const answer = await registryRequest(tokenUrl.href, {
    headers: { Authorization: basic(USER.username, USER.password) }
  })
  expect(answer.status).toBe(200)
  const body = JSON.parse(answer.body.toString('utf8')) as { token?: string; expires_in?: number }
  expect(body.expires_in).toBe(300)
  return `Bearer ${body.token ?? ''}`
}

const cases: Array<{ name: string; mode: RegistryMode; tls: boolean }> = [
  { name: 'anonymous', mode: 'anonymous', tls: false },
  { name: 'htpasswd', mode: 'htpasswd', tls: false },
  { name: 'token', mode: 'token', tls: false },
  { name: 'anonymous over TLS', mode: 'anonymous', tls: true }
]

describe('test registries', () => {
  it.each(cases)(
    '$name: push a chart and read its manifest back',
    async ({ mode, tls }) => {
      const registry = await startRegistry({ mode, tls, users: [USER] })
      try {
        expect(registry.url).toBe(`${tls ? 'https' : 'http'}://${registry.host}`)
        const authorization = await registry.pushAuthorization(CHART.repository)
        const pushed = await pushChart(
          {
            url: registry.url,
            ...(authorization ? { authorization } : {}),
            ...(registry.caPem ? { caPem: registry.caPem } : {})
          },
          CHART
        )
        expect(pushed.reference).toBe(`${registry.host}/${CHART.repository}:${CHART.tag}`)

        let pullAuthorization: string | undefined
        if (mode === 'htpasswd') pullAuthorization = basic(USER.username, USER.password)
        if (mode === 'token') pullAuthorization = await tokenByChallenge(registry)
        const response = await getManifest(registry, pullAuthorization)
        expect(response.status).toBe(200)
        expect(sha256(response.body)).toBe(pushed.digest)
        expect(response.body.equals(pushed.manifest)).toBe(true)

        if (mode === 'htpasswd') {
          expect((await getManifest(registry)).status).toBe(401)
          expect((await getManifest(registry, basic(USER.username, 'wrong'))).status).toBe(401)
        }
        if (mode === 'token') {
          const asked = registry.tokenServer?.requests.at(-1)
          expect(asked).toMatchObject({ method: 'GET', service: 'registry' })
          expect(asked?.scope).toEqual([`repository:${CHART.repository}:pull`])
        }
        if (tls) {
          // Without the generated CA the certificate must not be trusted.
          await expect(registryRequest(`${registry.url}/v2/`)).rejects.toThrow()
        }
      } finally {
        await registry.stop()
      }
    },
    TIMEOUT_MS
  )
})
