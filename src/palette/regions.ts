// Palette's region variable in the endpoint, and region names. Pure. (ECR hosts and AWS partitions
// are aws/partitions.ts.)

/** `{{.spectro.system.aws.region}}`, also spelt with spaces inside the braces. */
const REGION_VARIABLE = /\{\{\s*\.spectro\.system\.aws\.region\s*\}\}/g
const ANY_TEMPLATE = /\{\{[^}]*\}\}/g
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/

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
