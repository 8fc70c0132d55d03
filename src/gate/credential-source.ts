// Which credentials the registry client gets for a target. The client only ever sees Basic or
// anonymous: ECR's token becomes Basic credentials for user AWS before it reaches the client.
import type { AwsContext } from '../aws/aws-context.js'
import type { RegistryAuth } from '../inputs/request.js'
import type { RegistryCredentials } from '../registry/registry-credentials.js'
import type { ChartTarget } from './plan.js'

export type { RegistryCredentials }

/** Resolves the credentials for one target (ECR tokens are regional); may call out to AWS. */
export type CredentialSource = (target: ChartTarget) => Promise<RegistryCredentials>

export type CredentialContext = AwsContext

export async function credentialSourceFor(
  auth: RegistryAuth,
  context: CredentialContext
): Promise<CredentialSource> {
  if (auth.type === 'anonymous' || auth.type === 'basic') return async () => auth
  if (!auth.protected) return async () => ({ type: 'anonymous' })
  // The AWS SDK is loaded here only: the Basic path neither bundles it into its start nor waits for it.
  const { ecrCredentialSource } = await import('../aws/ecr.js')
  return ecrCredentialSource(auth.aws, context)
}

/** What the gate says when a registry demands credentials it was told to pull without. */
export function credentialsRequiredNotice(
  auth: RegistryAuth
): { message: string; hint: string } | undefined {
  if (auth.type !== 'ecr' || auth.protected) return undefined
  return {
    message:
      'The registry is protected: it demands credentials, but protected is false (un-protected mode pulls anonymously)',
    hint: 'Set protected: true with aws-access-key-id and aws-secret-access-key, or role-arn (with `permissions: id-token: write` for GitHub OIDC).'
  }
}
