// The region template, ECR host names, and the ECR authentication inputs.
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { planChecks } from '../../src/gate/plan.js'
import { parseEcrHost, partitionOfRegion, stsAudience } from '../../src/aws/partitions.js'
import { fillRegion } from '../../src/palette/regions.js'
import { parseRequest, type RawInputs } from '../../src/inputs/request.js'

const TEMPLATE = '123456789012.dkr.ecr.{{.spectro.system.aws.region}}.amazonaws.com'
const ecr: RawInputs = {
  endpoint: TEMPLATE,
  'auth-type': 'ecr',
  chart: 'nginx',
  version: '1.0.0',
  'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
  'aws-secret-access-key': 'secret'
}

function problemsOf(inputs: RawInputs): Array<{ input: string; message: string }> {
  try {
    parseRequest(inputs)
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems]
    throw error
  }
  return []
}

describe('ECR host names', () => {
  it.each([
    [
      '012345678901.dkr.ecr.us-east-1.amazonaws.com',
      { account: '012345678901', region: 'us-east-1', fips: false }
    ],
    [
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      { region: 'us-gov-west-1', fips: true }
    ],
    ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', { region: 'cn-north-1' }],
    ['123456789012.dkr-ecr.eu-west-1.on.aws', { region: 'eu-west-1' }],
    ['123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov', { region: 'us-isob-east-1' }]
  ])('reads %s', (host, expected) => {
    expect(parseEcrHost(host)).toMatchObject(expected)
  })

  it.each([
    '12345678901.dkr.ecr.us-east-1.amazonaws.com',
    'public.ecr.aws',
    'myregistry.azurecr.io',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example'
  ])('does not take %s for an ECR host', host => expect(parseEcrHost(host)).toBeUndefined())

  it('keeps leading zeros of the account and knows partitions and audiences', () => {
    expect(parseEcrHost('000000000001.dkr.ecr.eu-west-1.amazonaws.com')?.account).toBe(
      '000000000001'
    )
    expect(partitionOfRegion('cn-northwest-1')).toBe('aws-cn')
    expect(stsAudience(partitionOfRegion('cn-northwest-1'))).toBe('sts.amazonaws.com.cn')
    expect(stsAudience(partitionOfRegion('us-gov-east-1'))).toBe('sts.amazonaws.com')
  })

  it('fills the region variable, spaces inside the braces included', () => {
    expect(
      fillRegion('a.{{ .spectro.system.aws.region }}.b/{{.spectro.system.aws.region}}', 'eu-west-1')
    ).toBe('a.eu-west-1.b/eu-west-1')
  })
})

describe('regions in the request', () => {
  it('plans one target per deployment region and the default region as fallback', () => {
    const plan = planChecks(
      parseRequest({ ...ecr, region: 'us-east-1, eu-west-1', 'default-region': 'us-west-2' })
    )
    expect(plan.deployment.map(target => [target.region, target.endpoint.authority])).toEqual([
      ['us-east-1', '123456789012.dkr.ecr.us-east-1.amazonaws.com'],
      ['eu-west-1', '123456789012.dkr.ecr.eu-west-1.amazonaws.com']
    ])
    expect(plan.fallback?.region).toBe('us-west-2')
    expect(plan.requireAll).toBe(false)
  })

  it('has no fallback in the all-regions release gate', () => {
    const plan = planChecks(
      parseRequest({
        ...ecr,
        region: 'us-east-1\neu-west-1',
        'default-region': 'us-west-2',
        'require-all-regions': 'true'
      })
    )
    expect(plan.fallback).toBeUndefined()
    expect(plan.requireAll).toBe(true)
  })

  it('fills the template with the default region when no region is given', () => {
    expect(
      planChecks(parseRequest({ ...ecr, 'default-region': 'us-west-2' })).deployment[0].region
    ).toBe('us-west-2')
  })

  it('reads the region from a concrete ECR host, and from the inputs elsewhere', () => {
    expect(
      planChecks(
        parseRequest({ ...ecr, endpoint: '123456789012.dkr.ecr.ap-south-1.amazonaws.com' })
      ).deployment[0].region
    ).toBe('ap-south-1')
    expect(
      planChecks(parseRequest({ ...ecr, endpoint: 'http://127.0.0.1:5000', region: 'eu-west-1' }))
        .deployment[0].region
    ).toBe('eu-west-1')
  })

  it.each([
    [{ endpoint: TEMPLATE }, 'region', 'no region (or default-region) fills it'],
    [
      { region: 'us-east-1', endpoint: `${TEMPLATE}/{{.spectro.cluster}}` },
      'endpoint',
      '"{{.spectro.cluster}}" is not a variable Palette fills'
    ],
    [{ region: 'US_EAST_1' }, 'region', '"US_EAST_1" is not an AWS region'],
    [
      { region: 'us-east-1', 'default-region': 'nowhere' },
      'default-region',
      'is not an AWS region'
    ],
    [
      { endpoint: '123456789012.dkr.ecr.ap-south-1.amazonaws.com', region: 'eu-west-1' },
      'region',
      'is the ECR registry of ap-south-1'
    ],
    [
      { endpoint: 'registry.example.com' },
      'region',
      'is not an ECR host name, so the region to ask ECR for a token cannot be read'
    ],
    [
      { endpoint: 'registry.example.com', 'require-all-regions': 'true', region: 'us-east-1' },
      'require-all-regions',
      'needs {{.spectro.system.aws.region}}'
    ],
    [
      { region: 'us-east-1', 'default-region': 'cn-north-1' },
      'region',
      'mixes AWS partitions (aws, aws-cn)'
    ],
    [
      { endpoint: '123456789012.dkr.ecr.ap-south-1.amazonaws.com', 'default-region': 'us-east-1' },
      'default-region',
      'only applies when the endpoint holds'
    ],
    [
      { region: 'us-east-1', 'role-arn': 'arn:aws-cn:iam::123456789012:role/x' },
      'role-arn',
      'is in the aws-cn partition, the regions in aws'
    ],
    [
      {
        region: 'us-east-1',
        'role-arn': 'arn:aws:iam::123456789012:role/a,arn:aws:iam::123456789012:role/b',
        'role-duration-seconds': '7200'
      },
      'role-duration-seconds',
      'limits chained roles to 3600'
    ]
  ])('reports %j as a problem of %s', (inputs, input, message) => {
    const problems = problemsOf({ ...ecr, ...inputs })
    expect(problems.map(problem => problem.input)).toContain(input)
    expect(problems.find(problem => problem.input === input)?.message).toContain(message)
  })
})

describe('ECR authentication inputs', () => {
  it('reads keys, a role chain, external ID and session settings', () => {
    const request = parseRequest({
      ...ecr,
      region: 'us-east-1',
      'aws-session-token': 'token',
      'role-arn': 'arn:aws:iam::111111111111:role/github\narn:aws:iam::222222222222:role/palette',
      'external-id': 'palette-ext-1',
      'role-session-name': 'ci@run.42',
      'role-duration-seconds': '3600'
    })
    expect(request.registry.auth).toEqual({
      type: 'ecr',
      protected: true,
      aws: {
        keys: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'secret',
          sessionToken: 'token'
        },
        roleChain: [
          'arn:aws:iam::111111111111:role/github',
          'arn:aws:iam::222222222222:role/palette'
        ],
        externalId: 'palette-ext-1',
        roleSessionName: 'ci@run.42',
        durationSeconds: 3600
      }
    })
  })

  it('pulls anonymously in un-protected mode, and refuses AWS inputs there', () => {
    const anonymous = {
      endpoint: 'public.ecr.aws',
      'base-content-path': 'bitnami',
      'auth-type': 'ecr',
      protected: 'false',
      chart: 'nginx',
      version: '1.0.0'
    }
    expect(parseRequest(anonymous).registry.auth).toEqual({ type: 'ecr', protected: false })
    expect(
      problemsOf({ ...anonymous, 'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE' })[0]?.message
    ).toContain('protected is false')
  })

  it.each([
    [
      { 'role-session-name': 'dependabot[bot]' },
      'role-session-name',
      'not a valid role session name'
    ],
    [{ 'role-arn': 'arn:aws:iam::123:role/x' }, 'role-arn', 'is not an IAM role ARN'],
    [
      { 'aws-secret-access-key': '' },
      'aws-secret-access-key',
      'is required with the other access key input'
    ],
    [{ 'external-id': 'ext-id' }, 'external-id', 'set role-arn'],
    [{ 'role-duration-seconds': '60' }, 'role-duration-seconds', 'from 900 to 43200'],
    [{ username: 'AWS' }, 'username', 'applies to auth-type basic']
  ])('reports %j as a problem of %s', (inputs, input, message) => {
    const problems = problemsOf({ ...ecr, region: 'us-east-1', ...inputs })
    expect(problems.find(problem => problem.input === input)?.message).toContain(message)
  })

  it('refuses a region that nothing uses: Basic auth on a plain host', () => {
    expect(
      problemsOf({
        endpoint: 'r.example.com',
        chart: 'nginx',
        version: '1.0.0',
        region: 'us-east-1'
      })
    ).toEqual([
      {
        input: 'region',
        message:
          'applies to protected ECR or to an endpoint that holds {{.spectro.system.aws.region}}'
      }
    ])
  })

  it('refuses AWS inputs with Basic authentication', () => {
    expect(
      problemsOf({
        endpoint: 'r.example.com',
        chart: 'nginx',
        version: '1.0.0',
        'role-arn': 'arn:aws:iam::123456789012:role/x'
      })
    ).toEqual([{ input: 'role-arn', message: 'applies to auth-type ecr' }])
  })
})
