// ECR host names and AWS partitions: which account and region an ECR host names, which partition a
// region is in, and the audience STS wants there. Pure.

// The grammar of the ECR credential helper: account, FIPS, region, and every partition's domain.
const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.(amazonaws\.(?:com(?:\.cn)?|eu)|on\.(?:aws|amazonwebservices\.com\.cn)|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/

export interface EcrHost {
  /** Always a 12-digit string: account IDs may start with zeros. */
  account: string
  region: string
  fips: boolean
  domain: string
}

export function parseEcrHost(hostname: string): EcrHost | undefined {
  const match = ECR_HOST.exec(hostname.toLowerCase())
  if (match === null) return undefined
  const [, account = '', fips, region = '', domain = ''] = match
  return { account, region, fips: fips !== undefined, domain }
}

export type Partition =
  'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f' | 'aws-eusc'

export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e'
  if (region.startsWith('us-isof-')) return 'aws-iso-f'
  if (region.startsWith('eusc-')) return 'aws-eusc'
  return 'aws'
}

/** The audience GitHub's OIDC token must carry for STS in this partition. */
export function stsAudience(partition: Partition): string {
  return partition === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com'
}
