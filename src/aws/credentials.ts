// AWS credentials as Palette's ECR settings describe them: access keys, ambient credentials, or a
// chain of roles: the first one assumed with GitHub's OIDC token when the job may have one.
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsContext } from './aws-context.js'
import { AuthenticationError, ConfigurationError, errorMessage } from '../errors.js'
import { partitionOfRegion, stsAudience } from './partitions.js'
import type { AwsAuth } from './role-settings.js'
import { callOptions, deadlineFailure, sdkClientConfig } from './client-config.js'
import { describeAwsFailure } from './failures.js'

export interface AwsCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/** undefined: no keys and no role, so the SDK's default chain (environment, profile, instance) is used. */
export async function resolveAwsCredentials(
  aws: AwsAuth,
  region: string,
  context: AwsContext
): Promise<AwsCredentials | undefined> {
  let current: AwsCredentials | undefined = aws.keys
  for (const [index, roleArn] of aws.roleChain.entries()) {
    const sts = new STSClient({
      region,
      ...sdkClientConfig(context),
      ...(current === undefined ? {} : { credentials: current })
    })
    const idToken = index === 0 && current === undefined ? context.idToken : undefined
    const withOidc = idToken !== undefined
    if (withOidc && aws.externalId !== undefined && aws.roleChain.length === 1) {
      // The web identity call has no external ID: the role that needs one must come second.
      throw new ConfigurationError([
        {
          input: 'external-id',
          message: `cannot be sent when ${roleArn} is assumed with the GitHub OIDC token; list the OIDC role first and the role that needs the external ID second in role-arn`
        }
      ])
    }
    try {
      const answer =
        idToken !== undefined
          ? await sts.send(
              new AssumeRoleWithWebIdentityCommand({
                RoleArn: roleArn,
                RoleSessionName: aws.roleSessionName,
                DurationSeconds: aws.durationSeconds,
                WebIdentityToken: await githubIdToken(idToken, region, context)
              }),
              callOptions(context)
            )
          : await sts.send(
              new AssumeRoleCommand({
                RoleArn: roleArn,
                RoleSessionName: aws.roleSessionName,
                DurationSeconds: aws.durationSeconds,
                ...(aws.externalId === undefined ? {} : { ExternalId: aws.externalId })
              }),
              callOptions(context)
            )
      const issued = answer.Credentials
      if (issued?.AccessKeyId === undefined || issued.SecretAccessKey === undefined) {
        throw new AuthenticationError(
          `STS returned no credentials for ${roleArn}`,
          'Try again; if it persists, check the role in IAM.'
        )
      }
      for (const secret of [issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken])
        if (secret !== undefined) context.mask(secret)
      context.debug(`Assumed ${roleArn}${withOidc ? ' with the GitHub OIDC token' : ''}`)
      current = {
        accessKeyId: issued.AccessKeyId,
        secretAccessKey: issued.SecretAccessKey,
        ...(issued.SessionToken === undefined ? {} : { sessionToken: issued.SessionToken })
      }
    } catch (error) {
      const action = withOidc ? 'sts:AssumeRoleWithWebIdentity' : 'sts:AssumeRole'
      throw (
        deadlineFailure(error, context, `${action} of ${roleArn}`) ??
        describeAwsFailure(error, {
          action,
          roleArn,
          region,
          firstWithoutCredentials: index === 0 && current === undefined
        })
      )
    } finally {
      // destroy() would also destroy the run's shared agent, under the registry's requests.
      if (context.httpsAgent === undefined) sts.destroy()
    }
  }
  return current
}

async function githubIdToken(
  idToken: NonNullable<AwsContext['idToken']>,
  region: string,
  context: AwsContext
): Promise<string> {
  const audience = stsAudience(partitionOfRegion(region))
  let token: string
  const limit = context.deadline.limit(context.timeoutMs)
  // Ended once the wait is over, answered or not: a request left pending keeps the process alive.
  const request = new AbortController()
  try {
    token = await withTimeout(
      idToken(audience, { signal: request.signal, timeoutMs: limit.milliseconds }),
      limit.milliseconds,
      'the GitHub OIDC token service did not answer in time'
    )
  } catch (error) {
    if (limit.cutByDeadline && context.deadline.remainingMs() === 0)
      throw context.deadline.error('the GitHub OIDC token service')
    throw new AuthenticationError(
      `Could not get a GitHub OIDC token for audience ${audience}: ${errorMessage(error)}`,
      'The job needs `permissions: id-token: write`; forks of public repositories never get one.',
      { cause: error }
    )
  } finally {
    request.abort()
  }
  context.mask(token)
  return token
}

// The race also bounds a token source that ignores its signal.
function withTimeout<T>(work: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), milliseconds)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
