// The bundled command-line program (dist/cli/index.js) against a real htpasswd registry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import { stopAll } from '../harness/registry.js'
import { runCliProgram } from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'
import { manifestSchemaErrors } from '../support/schema.js'

const user = { username: 'cli-user', password: 'Cli-Secret pw' }
let basic: SampleRegistry

beforeAll(async () => {
  basic = await startSampleRegistry({ mode: 'htpasswd', users: [user] })
}, 60_000)

afterAll(() => stopAll())

const cli = runCliProgram

const flags = (version: string) => [
  '--endpoint',
  basic.registry.url,
  '--base-content-path',
  'charts',
  '--chart',
  'nginx',
  '--version',
  version,
  '--username',
  user.username
]

describe('palette-chart-gate command line', () => {
  it('prints the validated manifest on stdout and exits 0, with the password from the environment', async () => {
    const result = await cli(flags('15.4.2'), { PALETTE_CHART_GATE_PASSWORD: user.password })
    expect(result.exitCode).toBe(0)
    const document: unknown = YAML.parse(result.stdout)
    expect(manifestSchemaErrors(document)).toEqual([])
    expect(document).toMatchObject({
      verification: { digest: basic.digests.get('charts/nginx:15.4.2') }
    })
    expect(result.stderr).toContain(`valid: oci://${basic.registry.host}/charts/nginx:15.4.2`)
    expect(result.stdout + result.stderr).not.toContain(user.password)
  })

  it('reads the password from stdin and prints JSON on request', async () => {
    const result = await cli(
      [...flags('15.4.2'), '--password-stdin', '--output-format', 'json'],
      {},
      `${user.password}\n`
    )
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ layer: { name: 'nginx', tag: '15.4.2' } })
  })

  it('exits 1 for a missing version, listing the nearest ones', async () => {
    const result = await cli(flags('15.4.3'), { PALETTE_CHART_GATE_PASSWORD: user.password })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      'hint: Nearest versions that exist: 16.0.0, 15.5.0, 15.4.2, 15.4.1, 15.4.0.'
    )
  })

  it('exits 2 for rejected credentials and for a usage error', async () => {
    const rejected = await cli(flags('15.4.2'), { PALETTE_CHART_GATE_PASSWORD: 'Wrong-Cli-Secret' })
    expect(rejected.exitCode).toBe(2)
    expect(rejected.stderr).toContain('Authentication failed:')
    expect(rejected.stderr).not.toContain('Wrong-Cli-Secret')
    const usage = await cli(['--version', 'latest'])
    expect(usage.exitCode).toBe(2)
    expect(usage.stderr).toContain('version: "latest" is not a version')
  })
})
