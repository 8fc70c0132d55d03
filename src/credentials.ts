// Which credentials the registry client gets for a target. The client only ever sees Basic or
// anonymous: ECR's token becomes Basic credentials for user AWS before it reaches the client.
import type { Deadline } from './deadline.js'
import type { ChartTarget } from './plan.js'
import type { RegistryCredentials, Request } from './request.js'

export type { RegistryCredentials }

/** Resolves the credentials for one target (ECR tokens are regional); may call out to AWS. */
export type CredentialSource = (target: ChartTarget) => Promise<RegistryCredentials>

export interface CredentialContext {
  /** Hides a secret from every log line from now on. */
  mask: (secret: string) => void
  debug: (message: string) => void
  /** GitHub's OIDC token for an audience; undefined outside a workflow with id-token: write. */
  idToken?: (audience: string) => Promise<string>
  environment: NodeJS.ProcessEnv
  /** Each AWS call's own timeout. */
  timeoutMs: number
  /** The run's: AWS calls are aborted when it passes. */
  deadline: Deadline
}

export async function credentialSourceFor(
  request: Request,
  context: CredentialContext
): Promise<CredentialSource> {
  const auth = request.registry.auth
  if (auth.type === 'anonymous' || auth.type === 'basic') return async () => auth
  if (!auth.protected) return async () => ({ type: 'anonymous' })
  // The AWS SDK is loaded here only: the Basic path neither bundles it into its start nor waits for it.
  const { ecrCredentialSource } = await import('./aws/ecr.js')
  return ecrCredentialSource(auth.aws, context)
}

/** What the gate says when a registry demands credentials it was told to pull without. */
export function credentialsRequiredNotice(
  request: Request
): { message: string; hint: string } | undefined {
  const auth = request.registry.auth
  if (auth.type !== 'ecr' || auth.protected) return undefined
  return {
    message:
      'The registry is protected: it demands credentials, but protected is false (un-protected mode pulls anonymously)',
    hint: 'Set protected: true with aws-access-key-id and aws-secret-access-key, or role-arn (with `permissions: id-token: write` for GitHub OIDC).'
  }
}
