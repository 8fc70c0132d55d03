// How the gate gets AWS credentials for a protected ECR registry: keys, a role chain or both.
export interface AwsKeys {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface AwsAuth {
  keys?: AwsKeys
  /** Roles assumed in order; each with the credentials the one before gave. */
  roleChain: string[]
  externalId?: string
  roleSessionName: string
  durationSeconds: number
}
