// Every ECR credential path with the AWS SDK mocked: keys, OIDC web identity, AssumeRole with an
// external ID, chaining, and the errors users must be able to act on.
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { mockClient } from 'aws-sdk-client-mock'
import https from 'node:https'
import { ecrEndpointVariant, sdkClientConfig } from '../../src/aws/client-config.js'
import { ecrCredentialSource } from '../../src/aws/ecr.js'
import type { CredentialContext } from '../../src/gate/credential-source.js'
import { Deadline } from '../../src/deadline.js'
import { AuthenticationError, PermissionError } from '../../src/errors.js'
import { planChecks } from '../../src/gate/plan.js'
import type { AwsAuth } from '../../src/aws/role-settings.js'
import { parseRequest, type RawInputs } from '../../src/inputs/request.js'

const sts = mockClient(STSClient)
const ecr = mockClient(ECRClient)
const masked: string[] = []
const idToken = jest.fn(async (audience: string) => `oidc-token-for-${audience}`)

const base: RawInputs = {
  endpoint: '123456789012.dkr.ecr.{{.spectro.system.aws.region}}.amazonaws.com',
  'auth-type': 'ecr',
  chart: 'nginx',
  version: '1.0.0'
}

function setup(inputs: RawInputs, withOidc: boolean) {
  const request = parseRequest({ ...base, ...inputs })
  const auth = request.registry.auth
  if (auth.type !== 'ecr' || !auth.protected) throw new Error('not protected ECR')
  const context: CredentialContext = {
    mask: secret => void masked.push(secret),
    debug: () => undefined,
    environment: {},
    timeoutMs: 1000,
    deadline: new Deadline(60_000),
    ...(withOidc ? { idToken } : {})
  }
  return {
    source: ecrCredentialSource(auth.aws satisfies AwsAuth, context),
    plan: planChecks(request)
  }
}

const issued = (name: string) => ({
  AccessKeyId: `ASIA${name}`,
  SecretAccessKey: `secret-${name}`,
  SessionToken: `session-${name}`,
  Expiration: new Date()
})
const ecrToken = (password: string) => ({
  authorizationData: [{ authorizationToken: Buffer.from(`AWS:${password}`).toString('base64') }]
})
const awsError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: {} })

beforeEach(() => {
  sts.reset()
  ecr.reset()
  masked.length = 0
  idToken.mockClear()
})

describe('ECR credential source', () => {
  it('turns the ECR token into Basic credentials for user AWS, masking token and password', async () => {
    ecr.on(GetAuthorizationTokenCommand).resolves(ecrToken('ecr-password'))
    const { source, plan } = setup(
      {
        region: 'eu-west-1',
        'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
        'aws-secret-access-key': 's'
      },
      false
    )
    expect(await source(plan.deployment[0])).toEqual({
      type: 'basic',
      username: 'AWS',
      password: 'ecr-password'
    })
    expect(masked).toEqual([Buffer.from('AWS:ecr-password').toString('base64'), 'ecr-password'])
    expect(sts.calls()).toHaveLength(0)
  })

  it('asks once per region and resolves the AWS identity once', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: issued('ONE') })
    ecr.on(GetAuthorizationTokenCommand).resolves(ecrToken('p'))
    const { source, plan } = setup(
      { region: 'us-east-1,eu-west-1', 'role-arn': 'arn:aws:iam::123456789012:role/ci' },
      true
    )
    const [east, west] = plan.deployment
    await Promise.all([source(east), source(east), west === undefined ? undefined : source(west)])
    expect(ecr.commandCalls(GetAuthorizationTokenCommand)).toHaveLength(2)
    expect(sts.calls()).toHaveLength(1)
  })

  it('assumes the role with the GitHub OIDC token (audience by partition) when the job has one', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: issued('OIDC') })
    ecr.on(GetAuthorizationTokenCommand).resolves(ecrToken('p'))
    const { source, plan } = setup(
      {
        region: 'cn-north-1',
        endpoint: '123456789012.dkr.ecr.{{.spectro.system.aws.region}}.amazonaws.com.cn',
        'role-arn': 'arn:aws-cn:iam::123456789012:role/ci'
      },
      true
    )
    await source(plan.deployment[0])
    expect(idToken.mock.calls.map(([audience]) => audience)).toEqual(['sts.amazonaws.com.cn'])
    expect(sts.commandCalls(AssumeRoleWithWebIdentityCommand)[0]?.args[0].input).toEqual({
      RoleArn: 'arn:aws-cn:iam::123456789012:role/ci',
      RoleSessionName: 'palette-chart-gate',
      DurationSeconds: 900,
      WebIdentityToken: 'oidc-token-for-sts.amazonaws.com.cn'
    })
    expect(masked).toEqual(
      expect.arrayContaining([
        'oidc-token-for-sts.amazonaws.com.cn',
        'ASIAOIDC',
        'secret-OIDC',
        'session-OIDC'
      ])
    )
  })

  it('assumes the role with access keys and the external ID when given keys', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: issued('KEYS') })
    ecr.on(GetAuthorizationTokenCommand).resolves(ecrToken('p'))
    const inputs = {
      region: 'us-east-1',
      'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
      'aws-secret-access-key': 's',
      'role-arn': 'arn:aws:iam::123456789012:role/palette',
      'external-id': 'ext-42'
    }
    const { source, plan } = setup(inputs, true)
    await source(plan.deployment[0])
    expect(idToken).not.toHaveBeenCalled()
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      RoleArn: 'arn:aws:iam::123456789012:role/palette',
      ExternalId: 'ext-42'
    })
  })

  it('chains the OIDC role into the Palette role with its external ID', async () => {
    sts.on(AssumeRoleWithWebIdentityCommand).resolves({ Credentials: issued('FIRST') })
    sts.on(AssumeRoleCommand).resolves({ Credentials: issued('SECOND') })
    ecr.on(GetAuthorizationTokenCommand).resolves(ecrToken('p'))
    const chain = 'arn:aws:iam::111111111111:role/github, arn:aws:iam::222222222222:role/palette'
    const { source, plan } = setup(
      { region: 'us-east-1', 'role-arn': chain, 'external-id': 'ext-42' },
      true
    )
    await source(plan.deployment[0])
    expect(sts.calls().map(call => call.args[0].constructor.name)).toEqual([
      'AssumeRoleWithWebIdentityCommand',
      'AssumeRoleCommand'
    ])
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      RoleArn: 'arn:aws:iam::222222222222:role/palette',
      ExternalId: 'ext-42'
    })
  })

  it('refuses an external ID that would have to go with the OIDC web identity call', async () => {
    const { source, plan } = setup(
      {
        region: 'us-east-1',
        'role-arn': 'arn:aws:iam::123456789012:role/palette',
        'external-id': 'ext-42'
      },
      true
    )
    await expect(source(plan.deployment[0])).rejects.toThrow(
      'external-id: cannot be sent when arn:aws:iam::123456789012:role/palette is assumed with the GitHub OIDC token'
    )
    expect(sts.calls()).toHaveLength(0)
  })

  it('uses the FIPS ECR API for a FIPS registry host and the dual-stack one for on.aws hosts', () => {
    expect(ecrEndpointVariant('123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com')).toEqual({
      useFipsEndpoint: true
    })
    expect(ecrEndpointVariant('123456789012.dkr-ecr.eu-west-1.on.aws')).toEqual({
      useDualstackEndpoint: true
    })
    expect(ecrEndpointVariant('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toEqual({})
  })

  it("gives the AWS clients the run's own HTTPS agent, so they share its tunnels", () => {
    const agent = new https.Agent()
    const alone: CredentialContext = {
      mask: () => undefined,
      debug: () => undefined,
      environment: {},
      timeoutMs: 1000,
      deadline: new Deadline(60_000)
    }
    const context: CredentialContext = { ...alone, httpsAgent: agent }
    expect(sdkClientConfig(context).requestHandler.httpsAgent).toBe(agent)
    expect(sdkClientConfig(alone).requestHandler.httpsAgent).not.toBe(agent)
    agent.destroy()
  })

  it('names the role and the trust policy on AccessDenied, and does not retry', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError(
          'AccessDenied',
          'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole'
        )
      )
    const { source, plan } = setup(
      {
        region: 'us-east-1',
        'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
        'aws-secret-access-key': 's',
        'role-arn': 'arn:aws:iam::123456789012:role/palette'
      },
      false
    )
    const result = source(plan.deployment[0])
    await expect(result).rejects.toBeInstanceOf(PermissionError)
    await expect(result).rejects.toThrow(
      'Not allowed to assume arn:aws:iam::123456789012:role/palette (sts:AssumeRole)'
    )
    await expect(result).rejects.toMatchObject({ hint: expect.stringContaining('sts:ExternalId') })
    expect(sts.calls()).toHaveLength(1)
  })

  it('says that id-token: write is missing rather than "could not load credentials"', async () => {
    sts
      .on(AssumeRoleCommand)
      .rejects(
        awsError('CredentialsProviderError', 'Could not load credentials from any providers')
      )
    const { source, plan } = setup(
      { region: 'us-east-1', 'role-arn': 'arn:aws:iam::123456789012:role/ci' },
      false
    )
    const result = source(plan.deployment[0])
    await expect(result).rejects.toBeInstanceOf(AuthenticationError)
    await expect(result).rejects.toThrow(
      /no GitHub OIDC token \(ACTIONS_ID_TOKEN_REQUEST_URL is not set\)/
    )
    await expect(result).rejects.toMatchObject({
      hint: expect.stringContaining('permissions: id-token: write')
    })
  })

  it('names ecr:GetAuthorizationToken when the policy lacks it', async () => {
    ecr
      .on(GetAuthorizationTokenCommand)
      .rejects(
        awsError('AccessDeniedException', 'not authorized to perform: ecr:GetAuthorizationToken')
      )
    const { source, plan } = setup(
      {
        region: 'us-east-1',
        'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
        'aws-secret-access-key': 's'
      },
      false
    )
    await expect(source(plan.deployment[0])).rejects.toThrow(
      'The AWS identity may not call ecr:GetAuthorizationToken in us-east-1'
    )
  })

  it('reports rejected access keys and a refused OIDC token as authentication failures', async () => {
    ecr
      .on(GetAuthorizationTokenCommand)
      .rejects(
        awsError(
          'UnrecognizedClientException',
          'The security token included in the request is invalid.'
        )
      )
    const keys = setup(
      {
        region: 'us-east-1',
        'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
        'aws-secret-access-key': 's'
      },
      false
    )
    await expect(keys.source(keys.plan.deployment[0])).rejects.toThrow(
      'AWS rejected the credentials for ecr:GetAuthorizationToken in us-east-1'
    )
    sts
      .on(AssumeRoleWithWebIdentityCommand)
      .rejects(awsError('InvalidIdentityToken', 'No OpenIDConnect provider found'))
    const oidc = setup(
      { region: 'us-east-1', 'role-arn': 'arn:aws:iam::123456789012:role/ci' },
      true
    )
    await expect(oidc.source(oidc.plan.deployment[0])).rejects.toThrow(
      'STS refused the GitHub OIDC token'
    )
  })
})
