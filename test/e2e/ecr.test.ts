// ECR through the bundled action: access keys, the GitHub OIDC web identity, AssumeRole with an
// external ID, role chaining, the region template with its default-region fallback and the
// all-regions release gate. AWS and GitHub OIDC are loopback fakes; the registries are real.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { removeRunDirectories, type ActionRun } from '../harness/run-action.js'
import { errorMessage, expectNoSecrets } from '../support/registries.js'
import {
  ECR_PASSWORD,
  EXTERNAL_ID,
  GITHUB_ROLE,
  KEYS,
  PALETTE_ROLE,
  ecrHost,
  startAwsWorld,
  type AwsWorld,
  KEY_INPUTS,
  runEcrGate
} from '../harness/aws-world.js'

let world: AwsWorld

beforeAll(async () => {
  world = await startAwsWorld()
}, 90_000)

afterAll(() => Promise.all([world.stop(), removeRunDirectories()]))

const keys = KEY_INPUTS

function gate(inputs: Record<string, string>, oidc = false): Promise<ActionRun> {
  return runEcrGate(world, inputs, world.env({ oidc }))
}

/** Every secret the run could have seen: keys, OIDC token, issued credentials, the ECR token. */
function secrets(): string[] {
  const issued = world.sts.issued.flatMap(credentials => [
    credentials.secretAccessKey,
    credentials.sessionToken
  ])
  return [
    KEYS.secretAccessKey,
    world.oidc.idToken,
    ECR_PASSWORD,
    Buffer.from(`AWS:${ECR_PASSWORD}`).toString('base64'),
    ...issued
  ]
}

describe('protected ECR', () => {
  it('signs GetAuthorizationToken with the access keys in the region and pulls with the token', async () => {
    const ecrStart = world.ecr.requests.length
    const run = await gate({ ...keys, region: 'us-east-1' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      'resolved-region': 'us-east-1',
      'used-default-region': 'false',
      'resolved-endpoint': ecrHost('us-east-1'),
      digest: world.digests.get('us-east-1')
    })
    expect(world.ecr.requests.slice(ecrStart)).toEqual([
      expect.objectContaining({
        target: 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
        signedBy: KEYS.accessKeyId,
        signatureValid: true,
        region: 'us-east-1'
      })
    ])
    expect(JSON.parse(run.outputs.layer ?? '')).toMatchObject({
      registry: { metadata: { isPrivate: true } }
    })
    await expectNoSecrets(run, secrets())
  })

  it('assumes the role with the GitHub OIDC token when the job has id-token: write', async () => {
    const stsStart = world.sts.requests.length
    const oidcStart = world.oidc.requests.length
    const run = await gate({ 'role-arn': GITHUB_ROLE, region: 'us-east-1' }, true)
    expect(run.exitCode).toBe(0)
    expect(world.oidc.requests.slice(oidcStart)).toEqual([
      expect.objectContaining({ audience: 'sts.amazonaws.com' })
    ])
    const [assume] = world.sts.requests.slice(stsStart)
    expect(assume).toMatchObject({
      action: 'AssumeRoleWithWebIdentity',
      params: {
        RoleArn: GITHUB_ROLE,
        WebIdentityToken: world.oidc.idToken,
        RoleSessionName: 'palette-chart-gate'
      }
    })
    const issued = world.sts.issued.at(-1)
    expect(world.ecr.requests.at(-1)).toMatchObject({
      signedBy: issued?.accessKeyId,
      signatureValid: true,
      securityToken: issued?.sessionToken
    })
    await expectNoSecrets(run, secrets())
  })

  it('chains the OIDC role into the Palette role with its external ID', async () => {
    const stsStart = world.sts.requests.length
    const run = await gate(
      {
        'role-arn': `${GITHUB_ROLE}\n${PALETTE_ROLE}`,
        'external-id': EXTERNAL_ID,
        region: 'us-east-1'
      },
      true
    )
    expect(run.exitCode).toBe(0)
    const requests = world.sts.requests.slice(stsStart)
    expect(requests.map(request => request.action)).toEqual([
      'AssumeRoleWithWebIdentity',
      'AssumeRole'
    ])
    const first = world.sts.issued.find(
      credentials =>
        credentials.roleArn === GITHUB_ROLE && credentials.accessKeyId === requests[1]?.signedBy
    )
    expect(first).toBeDefined()
    expect(requests[1]).toMatchObject({
      params: { RoleArn: PALETTE_ROLE, ExternalId: EXTERNAL_ID },
      signatureValid: true
    })
    await expectNoSecrets(run, secrets())
  })

  it('fails AccessDenied on AssumeRole once, naming the role and the trust policy', async () => {
    const stsStart = world.sts.requests.length
    const run = await gate({
      ...keys,
      'role-arn': PALETTE_ROLE,
      'external-id': 'wrong-external-id',
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      `Permission denied: Not allowed to assume ${PALETTE_ROLE} (sts:AssumeRole)`
    )
    expect(errorMessage(run)).toContain('sts:ExternalId condition must equal external-id')
    expect(world.sts.requests.slice(stsStart)).toHaveLength(1)
    await expectNoSecrets(run, secrets())
  })

  it('says the job lacks id-token: write when a role has nothing to be assumed with', async () => {
    const run = await gate({ 'role-arn': GITHUB_ROLE, region: 'us-east-1' })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'the job has no GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)'
    )
    expect(errorMessage(run)).toContain('permissions: id-token: write')
  })
})

describe('regions', () => {
  it('records a region that cannot be reached as one row of the verdict and checks the others', async () => {
    // sa-east-1 has no registry: the proxy refuses the tunnel, the other region is still checked.
    const run = await gate({
      ...keys,
      region: 'us-east-1,sa-east-1',
      'require-all-regions': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'The chart is not valid in 1 of 2 regions (valid in us-east-1)'
    )
    expect(errorMessage(run)).toContain(
      `sa-east-1: Registry error: Cannot reach https://${ecrHost('sa-east-1')} through the proxy`
    )
    expect(run.summary).toContain('| sa-east-1 | ❌ error |')
  })

  it('falls back to the default region when the deployment region lacks the chart, as Palette does', async () => {
    const run = await gate({ ...keys, region: 'eu-west-1', 'default-region': 'us-west-2' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      'resolved-region': 'us-west-2',
      'used-default-region': 'true',
      'resolved-endpoint': ecrHost('us-west-2')
    })
    expect(JSON.parse(run.outputs['region-results'] ?? '')).toEqual([
      {
        region: 'eu-west-1',
        present: false,
        digest: world.digests.get('us-west-2'),
        usedDefaultRegion: true,
        resolvedRegion: 'us-west-2'
      }
    ])
    expect(run.summary).toContain('| eu-west-1 | ❌ missing-version |')
  })

  it('fails when neither the deployment region nor the default region has the version', async () => {
    const run = await gate({
      ...keys,
      version: '15.4.9',
      region: 'us-east-1',
      'default-region': 'us-west-2'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain('the default region us-west-2 does not have it either')
    expect(run.outputs['used-default-region']).toBe('false')
  })

  it('passes the release gate when every region holds one identical digest', async () => {
    const run = await gate({
      ...keys,
      region: 'us-east-1,us-west-2',
      'require-all-regions': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain(
      `| us-west-2 | ✅ | \`${world.digests.get('us-west-2') ?? ''}\` | no |`
    )
  })

  it('fails the release gate when regions hold different builds of the version', async () => {
    const run = await gate({
      ...keys,
      region: 'us-east-1, ap-south-1',
      'require-all-regions': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(`ap-south-1: ${world.digests.get('ap-south-1') ?? ''}`)
    expect(run.summary).toContain('| Verdict | ❌ regions-disagree |')
  })

  it('fails the release gate naming the region that lacks the chart, with no fallback', async () => {
    const run = await gate({
      ...keys,
      region: 'us-east-1\neu-west-1',
      'default-region': 'us-west-2',
      'require-all-regions': 'true'
    })
    expect(run.exitCode).toBe(1)
    expect(errorMessage(run)).toContain(
      'The chart is not valid in 1 of 2 regions (valid in us-east-1)'
    )
    expect(errorMessage(run)).toContain('eu-west-1: Chart nginx version 15.4.2 is not in')
  })
})
