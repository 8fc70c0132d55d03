// AWS SDK errors the end-to-end fakes do not produce, mapped to messages a user can act on.
import { describe, expect, it } from '@jest/globals'
import { describeAwsFailure } from '../../src/aws/failures.js'
import { AuthenticationError, RegistryError } from '../../src/errors.js'

const sdkError = (name: string, message: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(message), { name, ...extra })
const assume = {
  action: 'sts:AssumeRole',
  region: 'us-east-1',
  roleArn: 'arn:aws:iam::123456789012:role/palette'
}

describe('describeAwsFailure', () => {
  it('points an invalid AssumeRole at the duration and session name', () => {
    const error = describeAwsFailure(
      sdkError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit'),
      assume
    )
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error.message).toBe(
      'sts:AssumeRole for arn:aws:iam::123456789012:role/palette was refused as invalid: The requested DurationSeconds exceeds the 1 hour session limit'
    )
    expect(error.hint).toContain('chained roles allow at most 3600 s')
  })

  it('says STS is disabled in the region', () => {
    const error = describeAwsFailure(sdkError('RegionDisabledException', 'STS is not activated'), {
      ...assume,
      region: 'ap-east-1'
    })
    expect(error.message).toBe(
      'STS is not enabled in ap-east-1 for this account: STS is not activated'
    )
  })

  it('names a proxy that refused an AWS call, and a call that timed out', () => {
    const proxy = describeAwsFailure(
      sdkError(
        'Error',
        'the proxy p:3128 answered 407 to CONNECT sts.us-east-1.amazonaws.com:443',
        { code: 'PROXY' }
      ),
      assume
    )
    expect(proxy.message).toBe(
      'sts:AssumeRole in us-east-1 could not pass the proxy: the proxy p:3128 answered 407 to CONNECT sts.us-east-1.amazonaws.com:443'
    )
    expect(describeAwsFailure(sdkError('TimeoutError', 'socket hang up'), assume)).toBeInstanceOf(
      RegistryError
    )
  })

  it('takes the OIDC audience of the partition into the trust-policy hint', () => {
    const error = describeAwsFailure(
      sdkError('InvalidIdentityTokenException', 'No OpenIDConnect provider found'),
      {
        action: 'sts:AssumeRoleWithWebIdentity',
        region: 'cn-north-1',
        roleArn: 'arn:aws-cn:iam::123456789012:role/ci'
      }
    )
    expect(error.hint).toContain('audience sts.amazonaws.com.cn')
  })
})
