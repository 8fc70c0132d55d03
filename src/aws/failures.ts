// AWS SDK errors, turned into the gate's typed errors: what was refused, and what to change.
import {
  AuthenticationError,
  isGateError,
  PermissionError,
  RegistryError,
  type GateError,
  errorMessage
} from '../errors.js'
import { partitionOfRegion, stsAudience } from './partitions.js'

export interface AwsCall {
  action: string
  region: string
  roleArn?: string
  /** The first role, to be assumed with whatever credentials the environment has. */
  firstWithoutCredentials?: boolean
}

const NO_CREDENTIALS = /Could not load credentials|CredentialsProviderError/

export function describeAwsFailure(error: unknown, call: AwsCall): GateError {
  if (isGateError(error)) return error
  const name = error instanceof Error ? error.name : 'Error'
  const detail = errorMessage(error)
  if (NO_CREDENTIALS.test(name) || NO_CREDENTIALS.test(detail)) {
    if (call.roleArn !== undefined && call.firstWithoutCredentials === true) {
      return new AuthenticationError(
        `No AWS credentials to assume ${call.roleArn} with: the job has no GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set) and no AWS credentials were found`,
        'In GitHub Actions, add `permissions: id-token: write` to the job (GitHub OIDC). Anywhere: give aws-access-key-id and aws-secret-access-key, or provide credentials the AWS SDK finds (aws-actions/configure-aws-credentials, AWS_WEB_IDENTITY_TOKEN_FILE, a profile).',
        { cause: error }
      )
    }
    return new AuthenticationError(
      `No AWS credentials to ask ECR for a token in ${call.region}`,
      'Give aws-access-key-id and aws-secret-access-key, or role-arn (with `permissions: id-token: write` for GitHub OIDC), or set protected: false for a public registry.',
      { cause: error }
    )
  }
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    if (call.action === 'ecr:GetAuthorizationToken') {
      return new PermissionError(
        `The AWS identity may not call ecr:GetAuthorizationToken in ${call.region}: ${detail}`,
        "Attach Palette's ECR policy (see the README), which allows ecr:GetAuthorizationToken, to the user or role.",
        { cause: error }
      )
    }
    const trust =
      call.action === 'sts:AssumeRoleWithWebIdentity'
        ? `The role's trust policy must allow sts:AssumeRoleWithWebIdentity for token.actions.githubusercontent.com with aud ${audience(call)} and a sub matching this repository (repo:OWNER/REPO:...).`
        : "The role's trust policy must allow the calling identity to sts:AssumeRole, and its sts:ExternalId condition must equal external-id (the external ID Palette shows for the registry)."
    return new PermissionError(
      `Not allowed to assume ${call.roleArn ?? 'the role'} (${call.action}): ${detail}`,
      trust,
      { cause: error }
    )
  }
  if (
    [
      'InvalidClientTokenId',
      'SignatureDoesNotMatch',
      'InvalidSignatureException',
      'UnrecognizedClientException',
      'ExpiredToken',
      'ExpiredTokenException'
    ].includes(name)
  ) {
    return new AuthenticationError(
      `AWS rejected the credentials for ${call.action} in ${call.region} (${name})`,
      'Check aws-access-key-id, aws-secret-access-key and aws-session-token, or the credentials of the role before it in role-arn.',
      { cause: error }
    )
  }
  // The SDK names some STS errors with an Exception suffix, some without.
  if (
    [
      'InvalidIdentityToken',
      'InvalidIdentityTokenException',
      'IDPRejectedClaim',
      'IDPRejectedClaimException'
    ].includes(name)
  ) {
    return new AuthenticationError(
      `STS refused the GitHub OIDC token for ${call.roleArn ?? 'the role'}: ${detail}`,
      `Add token.actions.githubusercontent.com as an IAM OIDC identity provider with audience ${audience(call)}, and trust it in the role.`,
      { cause: error }
    )
  }
  if (name === 'ValidationError') {
    return new AuthenticationError(
      `${call.action} for ${call.roleArn ?? 'the role'} was refused as invalid: ${detail}`,
      "Check role-duration-seconds against the role's maximum session duration (chained roles allow at most 3600 s) and role-session-name.",
      { cause: error }
    )
  }
  if (name === 'RegionDisabledException') {
    return new AuthenticationError(
      `STS is not enabled in ${call.region} for this account: ${detail}`,
      'Enable STS in that region (IAM > Account settings), or list an enabled region first in region.',
      { cause: error }
    )
  }
  if (error instanceof Error && 'code' in error && error.code === 'PROXY') {
    return new RegistryError(
      `${call.action} in ${call.region} could not pass the proxy: ${detail}`,
      'Check HTTPS_PROXY (with user:password in it if the proxy asks for them) and NO_PROXY.',
      { cause: error }
    )
  }
  if (name === 'TimeoutError' || /timed? ?out/i.test(detail)) {
    return new RegistryError(
      `${call.action} in ${call.region} did not answer in time`,
      'Check that the runner reaches AWS (or its proxy: HTTPS_PROXY, NO_PROXY), or raise timeout-seconds.',
      { cause: error }
    )
  }
  return new RegistryError(
    `${call.action} in ${call.region} failed: ${name}: ${detail}`,
    'AWS failed or throttled after retries; try again later.',
    { cause: error }
  )
}

function audience(call: AwsCall): string {
  return stsAudience(partitionOfRegion(call.region))
}
