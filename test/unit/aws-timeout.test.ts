// The real SDK against an STS endpoint that accepts connections and never answers: the gate's
// timeout must end the call (the SDK alone would only warn).
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolveAwsCredentials } from '../../src/aws/credentials.js'
import { RegistryError } from '../../src/errors.js'

const silent = http.createServer(() => undefined)
const saved = { ...process.env }

beforeAll(async () => {
  await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
  process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
})

afterAll(async () => {
  process.env = saved
  silent.closeAllConnections()
  await new Promise(resolve => silent.close(resolve))
})

it('ends a silent STS call with a typed timeout error', async () => {
  const resolving = resolveAwsCredentials(
    {
      keys: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
      roleChain: ['arn:aws:iam::123456789012:role/palette'],
      roleSessionName: 'palette-chart-gate',
      durationSeconds: 900
    },
    'us-east-1',
    { mask: () => undefined, debug: () => undefined, environment: {}, timeoutMs: 200 }
  )
  await expect(resolving).rejects.toBeInstanceOf(RegistryError)
  await expect(resolving).rejects.toThrow('sts:AssumeRole in us-east-1 did not answer in time')
}, 20_000)
