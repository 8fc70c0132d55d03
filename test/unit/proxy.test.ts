// Proxies as runners set them, and the CONNECT tunnel through the test proxy (which only ever
// connects to 127.0.0.1): which hosts go through it, and whose certificate name is checked.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { startConnectProxy } from '../harness/connect-proxy.js'
import { createTestCa } from '../harness/tls.js'
import { HttpTransport } from '../../src/registry/http.js'
import { proxyAddress, proxyFor, proxySettingsFromEnv } from '../../src/registry/proxy.js'
import { listenOnLoopback } from '../harness/loopback.js'

describe('proxy settings', () => {
  const settings = proxySettingsFromEnv({
    HTTPS_PROXY: 'proxy.corp:3128',
    http_proxy: 'http://plain.corp:8080',
    NO_PROXY: '.internal.example, registry.example.com:8443, *.skip.example'
  })

  it.each([
    ['https://ghcr.io/v2/', 'http://proxy.corp:3128/'],
    ['http://r.example.org/v2/', 'http://plain.corp:8080/'],
    ['https://harbor.internal.example/v2/', undefined],
    ['https://internal.example/v2/', undefined],
    ['https://registry.example.com:8443/v2/', undefined],
    ['https://registry.example.com/v2/', 'http://proxy.corp:3128/'],
    ['https://a.skip.example/v2/', undefined],
    ['https://127.0.0.1:5000/v2/', undefined],
    ['https://localhost/v2/', undefined]
  ])('%s goes through %s', (target, proxy) => {
    expect(proxyFor(new URL(target), settings)?.href).toBe(proxy)
  })

  it('reads the lower-case variables first, as curl, undici and Node do', () => {
    const both = proxySettingsFromEnv({
      HTTPS_PROXY: 'http://upper.corp:1',
      https_proxy: 'http://lower.corp:2',
      NO_PROXY: 'upper.example',
      no_proxy: 'lower.example'
    })
    expect(both.httpsProxy?.host).toBe('lower.corp:2')
    expect(both.noProxy).toEqual(['lower.example'])
  })

  it.each([
    ['http://[::1]:3128', { host: '::1', port: 3128, secure: false }],
    ['https://[fd00::2]', { host: 'fd00::2', port: 443, secure: true }],
    ['http://proxy.corp', { host: 'proxy.corp', port: 80, secure: false }]
  ])('reaches the proxy %s at %j', (proxy, address) => {
    expect(proxyAddress(new URL(proxy))).toEqual(address)
  })

  it('bypasses everything for NO_PROXY=* and ignores an unparseable proxy', () => {
    expect(
      proxyFor(
        new URL('https://ghcr.io'),
        proxySettingsFromEnv({ HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' })
      )
    ).toBeUndefined()
    expect(proxySettingsFromEnv({ HTTPS_PROXY: 'http://[bad' }).httpsProxy).toBeUndefined()
  })
})

describe('CONNECT tunnel', () => {
  let directory: string
  let server: https.Server
  let proxy: Awaited<ReturnType<typeof startConnectProxy>>
  let ca: string

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'pcg-proxy-'))
    // The certificate names registry.test and 127.0.0.1, nothing else.
    const files = await createTestCa(directory, ['registry.test'])
    ca = files.caPem
    server = https.createServer(
      { cert: await readFile(files.certFile), key: await readFile(files.keyFile) },
      (_request, response) => response.end('ok')
    )
    await listenOnLoopback(server)
    const upstream = `127.0.0.1:${(server.address() as AddressInfo).port}`
    proxy = await startConnectProxy({
      'registry.test:443': upstream,
      'other.test:443': upstream,
      '10.1.2.3:443': upstream
    })
  })

  afterAll(async () => {
    await proxy.stop()
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
    await rm(directory, { recursive: true, force: true })
  })

  const transport = () =>
    new HttpTransport({
      timeoutMs: 2000,
      caCertificates: ca,
      proxy: proxySettingsFromEnv({ HTTPS_PROXY: proxy.url }),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }
    })

  it('reaches a registry through the tunnel and checks its name', async () => {
    const client = transport()
    try {
      const response = await client.send({
        method: 'GET',
        url: new URL('https://registry.test/v2/')
      })
      expect(response.body.toString()).toBe('ok')
      expect(proxy.connects).toContain('registry.test:443')
    } finally {
      client.close()
    }
  })

  it.each(['https://other.test/v2/', 'https://10.1.2.3/v2/'])(
    'refuses %s, whose certificate names another host',
    async target => {
      const client = transport()
      try {
        await expect(client.send({ method: 'GET', url: new URL(target) })).rejects.toThrow(
          /TLS with https:\/\/(other\.test|10\.1\.2\.3) failed/
        )
      } finally {
        client.close()
      }
    }
  )

  /** A CONNECT proxy that speaks TLS, with a certificate from a CA of its own. */
  async function startTlsProxy() {
    const files = await createTestCa(await mkdtemp(path.join(directory, 'proxy-')))
    const secureProxy = await startConnectProxy(
      { 'registry.test:443': `127.0.0.1:${(server.address() as AddressInfo).port}` },
      { tls: { cert: await readFile(files.certFile), key: await readFile(files.keyFile) } }
    )
    return { files, secureProxy }
  }

  it('speaks TLS to an https:// proxy, trusting it as it trusts the registry', async () => {
    const { files, secureProxy } = await startTlsProxy()
    const client = new HttpTransport({
      timeoutMs: 2000,
      caCertificates: `${ca}\n${files.caPem}`,
      proxy: proxySettingsFromEnv({ https_proxy: secureProxy.url }),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }
    })
    try {
      expect(secureProxy.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      const response = await client.send({
        method: 'GET',
        url: new URL('https://registry.test/v2/')
      })
      expect(response.body.toString()).toBe('ok')
      expect(secureProxy.connects).toEqual(['registry.test:443'])
    } finally {
      client.close()
      await secureProxy.stop()
    }
  })

  it("never lets a registry's insecure-skip-tls-verify weaken the check of the proxy", async () => {
    const { secureProxy } = await startTlsProxy()
    const client = new HttpTransport({
      timeoutMs: 2000,
      insecureSkipVerify: true,
      proxy: proxySettingsFromEnv({ https_proxy: secureProxy.url }),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }
    })
    try {
      await expect(
        client.send({ method: 'GET', url: new URL('https://registry.test/v2/') })
      ).rejects.toThrow(
        /cannot reach the proxy 127\.0\.0\.1:\d+: .*(self-signed|unable to verify|certificate)/i
      )
      expect(secureProxy.connects).toEqual([])
    } finally {
      client.close()
      await secureProxy.stop()
    }
  })

  it('says a proxy that answers 407 wants credentials in its URL', async () => {
    const demanding = http.createServer()
    demanding.on('connect', (_request, socket: Duplex) =>
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
    )
    await listenOnLoopback(demanding)
    const client = new HttpTransport({
      timeoutMs: 2000,
      proxy: proxySettingsFromEnv({
        HTTPS_PROXY: `http://127.0.0.1:${(demanding.address() as AddressInfo).port}`
      }),
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }
    })
    try {
      await expect(
        client.send({ method: 'GET', url: new URL('https://registry.test/v2/') })
      ).rejects.toThrow(
        /answered 407 to CONNECT registry\.test:443 \(it wants credentials: put user:password in the proxy URL\)/
      )
    } finally {
      client.close()
      await new Promise(resolve => demanding.close(resolve))
    }
  })

  it('explains a tunnel the proxy refuses', async () => {
    const client = transport()
    try {
      await expect(
        client.send({ method: 'GET', url: new URL('https://unknown.test/v2/') })
      ).rejects.toThrow(
        /through the proxy: the proxy 127\.0\.0\.1:\d+ answered 403 to CONNECT unknown\.test:443/
      )
    } finally {
      client.close()
    }
  })
})
