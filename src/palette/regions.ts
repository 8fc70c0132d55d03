// Palette's region variable in the endpoint, ECR host names and AWS partitions. Pure.

/** `{{.spectro.system.aws.region}}`, also spelt with spaces inside the braces. */
const REGION_VARIABLE = /\{\{\s*\.spectro\.system\.aws\.region\s*\}\}/g
const ANY_TEMPLATE = /\{\{[^}]*\}\}/g
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/

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

export function hasRegionVariable(endpoint: string): boolean {
  return endpoint.search(REGION_VARIABLE) !== -1
}

/** Template variables other than the region one; Palette would leave them unfilled. */
export function unknownTemplateVariables(endpoint: string): string[] {
  return endpoint.replace(REGION_VARIABLE, '').match(ANY_TEMPLATE) ?? []
}

export function fillRegion(endpoint: string, region: string): string {
  return endpoint.replace(REGION_VARIABLE, region)
}

export function isRegion(value: string): boolean {
  return REGION.test(value)
}

/** A comma, space or newline separated list, trimmed and without repeats. */
export function parseRegionList(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).filter(region => region !== ''))]
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
