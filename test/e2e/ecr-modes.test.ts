// ECR through the bundled action and CLI: AWS answering with throttling and AccessDenied,
// un-protected mode, and the command-line program. AWS is faked on loopback; registries are real.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import { startFakeEcr } from '../harness/aws-fakes.js'
import {
  ACCOUNT,
  ECR_PASSWORD,
  KEYS,
  TEMPLATE,
  startAwsWorld,
  type AwsWorld,
  KEY_INPUTS,
  runEcrGate
} from '../harness/aws-world.js'
import { removeRunDirectories, runCliProgram, type ActionRun } from '../harness/run-action.js'
import { errorMessage } from '../support/registries.js'

let world: AwsWorld

beforeAll(async () => {
  world = await startAwsWorld()
}, 90_000)

afterAll(() => Promise.all([world.stop(), removeRunDirectories()]))

const keys = KEY_INPUTS

function gate(inputs: Record<string, string>): Promise<ActionRun> {
  return runEcrGate(world, inputs)
}

describe('AWS answering with errors', () => {
  async function withEcr(
    options: { throttleFirst?: number; denyActions?: boolean },
    inputs: Record<string, string>
  ): Promise<{ run: ActionRun; requests: number }> {
    const ecr = await startFakeEcr({
      credentials: [KEYS],
      password: ECR_PASSWORD,
      account: ACCOUNT,
      ...options
    })
    try {
      const run = await runEcrGate(
        world,
        { ...keys, ...inputs },
        { ...world.env(), AWS_ENDPOINT_URL_ECR: ecr.url }
      )
      return { run, requests: ecr.requests.length }
    } finally {
      await ecr.stop()
    }
  }

  it('retries a throttled GetAuthorizationToken and succeeds', async () => {
    const { run, requests } = await withEcr({ throttleFirst: 1 }, { region: 'us-east-1' })
    expect(run.exitCode).toBe(0)
    expect(requests).toBe(2)
  })

  it('names ecr:GetAuthorizationToken when the policy lacks it', async () => {
    const { run } = await withEcr({ denyActions: true }, { region: 'us-east-1' })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'The AWS identity may not call ecr:GetAuthorizationToken in us-east-1'
    )
    expect(errorMessage(run)).toContain("Palette's ECR policy")
  })
})

describe('un-protected mode', () => {
  it('pulls anonymously without any AWS call', async () => {
    const stsStart = world.sts.requests.length
    const ecrStart = world.ecr.requests.length
    const run = await gate({
      endpoint: 'public.ecr.aws',
      'base-content-path': 'bitnami',
      protected: 'false'
    })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.outputs.layer ?? '')).toMatchObject({
      registry: { metadata: { isPrivate: false } }
    })
    expect(world.sts.requests.length + world.ecr.requests.length).toBe(stsStart + ecrStart)
    // The Bearer challenge was answered with an anonymous token request.
    expect(world.publicRegistry.tokenServer?.requests.at(-1)).toMatchObject({
      method: 'GET',
      scope: ['repository:bitnami/nginx:pull']
    })
    expect(world.publicRegistry.tokenServer?.requests.at(-1)?.authorization).toBeUndefined()
  })

  it('says the registry is protected when it demands credentials', async () => {
    const run = await gate({ protected: 'false', region: 'us-east-1' })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('The registry is protected')
    expect(errorMessage(run)).toContain('Set protected: true with aws-access-key-id')
  })
})

describe('command line', () => {
  it('checks an ECR chart with keys from the environment and falls back to the default region', async () => {
    const args = [
      '--endpoint',
      TEMPLATE,
      '--base-content-path',
      'charts',
      '--chart',
      'nginx',
      '--version',
      '15.4.2',
      '--auth-type',
      'ecr',
      '--region',
      'eu-west-1',
      '--default-region',
      'us-west-2',
      '--ca-certificate',
      world.caBundle
    ]
    const result = await runCliProgram(args, {
      NODE_NO_WARNINGS: '1',
      AWS_EC2_METADATA_DISABLED: 'true',
      ...world.env(),
      PALETTE_CHART_GATE_AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      PALETTE_CHART_GATE_AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey
    })
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toContain('(default region us-west-2)')
    expect(YAML.parse(result.stdout)).toMatchObject({
      verification: { resolvedEndpoint: `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com` }
    })
    expect(result.stdout + result.stderr).not.toContain(KEYS.secretAccessKey)
    expect(result.stdout + result.stderr).not.toContain(ECR_PASSWORD)
  })
})
