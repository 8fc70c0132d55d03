// ECR as a credential source: AWS credentials once, then one GetAuthorizationToken per region, whose
// token becomes Basic credentials for the registry. Loaded only for protected ECR registries.
import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr'
import type { RegistryCredentials } from '../registry/registry-credentials.js'
import type { AwsContext } from './aws-context.js'
import { AuthenticationError, ConfigurationError } from '../errors.js'
import type { AwsAuth } from './role-settings.js'
import { resolveAwsCredentials, type AwsCredentials } from './credentials.js'
import {
  callOptions,
  deadlineFailure,
  ecrEndpointVariant,
  sdkClientConfig
} from './client-config.js'
import { describeAwsFailure } from './failures.js'

/** What ECR needs of a target: its region, and the registry host (FIPS and dual-stack APIs). */
export interface EcrTarget {
  region: string | undefined
  endpoint: { hostname: string }
}

export function ecrCredentialSource(
  aws: AwsAuth,
  context: AwsContext
): (target: EcrTarget) => Promise<RegistryCredentials> {
  let identity: Promise<AwsCredentials | undefined> | undefined
  const tokens = new Map<string, Promise<RegistryCredentials>>()
  return target => {
    const region = target.region
    if (region === undefined) {
      return Promise.reject(
        new ConfigurationError([{ input: 'region', message: 'is required to ask ECR for a token' }])
      )
    }
    identity ??= resolveAwsCredentials(aws, region, context)
    const cached = tokens.get(region)
    if (cached !== undefined) return cached
    const variant = ecrEndpointVariant(target.endpoint.hostname)
    const token = identity.then(credentials =>
      authorizationToken(region, variant, credentials, context)
    )
    tokens.set(region, token)
    return token
  }
}

async function authorizationToken(
  region: string,
  variant: ReturnType<typeof ecrEndpointVariant>,
  credentials: AwsCredentials | undefined,
  context: AwsContext
): Promise<RegistryCredentials> {
  const ecr = new ECRClient({
    region,
    ...variant,
    ...sdkClientConfig(context),
    ...(credentials === undefined ? {} : { credentials })
  })
  try {
    const answer = await ecr.send(new GetAuthorizationTokenCommand({}), callOptions(context))
    const encoded = answer.authorizationData?.[0]?.authorizationToken
    if (encoded === undefined)
      throw new AuthenticationError(
        `ECR in ${region} returned no authorization token`,
        'Try again later.'
      )
    context.mask(encoded)
    const decoded = Buffer.from(encoded, 'base64').toString('utf8')
    const separator = decoded.indexOf(':')
    const username = decoded.slice(0, separator)
    const password = decoded.slice(separator + 1)
    if (separator <= 0 || password === '')
      throw new AuthenticationError(
        `ECR in ${region} returned a malformed authorization token`,
        'Try again later.'
      )
    context.mask(password)
    context.debug(`Got an ECR authorization token for ${region}`)
    return { type: 'basic', username, password }
  } catch (error) {
    throw (
      deadlineFailure(error, context, `ecr:GetAuthorizationToken in ${region}`) ??
      describeAwsFailure(error, { action: 'ecr:GetAuthorizationToken', region })
    )
  } finally {
    // destroy() would also destroy the run's shared agent, under the registry's requests.
    if (context.httpsAgent === undefined) ecr.destroy()
  }
}
