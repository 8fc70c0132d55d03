// A finding in the user's words: the message and the hint that say what to do about it.
import { quoted } from '../errors.js'
import { MEDIA_TYPES, type ChartLocation, type Finding, type TagListing } from './chart.js'

export function describeFinding(
  target: ChartLocation,
  finding: Finding
): { message: string; hint: string } {
  const where = `oci://${target.reference}`
  switch (finding.verdict) {
    case 'missing-repository':
      return {
        message: `Repository ${target.repository} does not exist on ${target.endpoint.authority}`,
        hint: 'Check the chart name and base-content-path (the path under which the charts live, e.g. "charts" or a Harbor project).'
      }
    case 'missing-version':
      return {
        message: `Chart ${target.chart.name} version ${target.chart.version} is not in ${target.endpoint.authority}/${target.repository}`,
        hint: missingVersionHint(finding.nearest, finding.listing)
      }
    case 'missing-content':
      return {
        message: `oci://${target.reference} cannot be pulled: ${finding.reason}`,
        hint: 'The manifest points at content the registry no longer has (garbage-collected or a broken push); push the chart again.'
      }
    case 'not-a-chart':
      return {
        message: `${where} is not a Helm chart: ${finding.reason}`,
        hint: 'Push the chart with `helm push` (Helm 3.8+) to this tag, or point the gate at the repository that holds the chart.'
      }
    case 'wrong-content-type':
      return {
        message: `oci://${target.reference} cannot be pulled by Helm: the registry serves its manifest ${finding.contentType === undefined ? 'without a Content-Type' : `as ${quoted(finding.contentType)}`}, not as ${MEDIA_TYPES.ociManifest}`,
        hint: 'Helm, and so Palette, refuses a chart manifest served with any other Content-Type. A proxy, CDN or web server in front of the registry may rewrite it: fix that, or point the endpoint at the registry itself. A chart stored under another manifest type (pushed by another tool): push it again with `helm push`.'
      }
    case 'mismatch':
      return {
        message: `${where} does not hold ${target.chart.name} ${target.chart.version}: ${finding.reason}`,
        hint: 'Palette matches the chart name and version exactly: push the right chart to this tag, or fix the chart and version inputs.'
      }
  }
}

function missingVersionHint(nearest: readonly string[], listing: TagListing): string {
  if (!listing.listed) {
    return listing.denied
      ? `The versions could not be listed (${listing.reason}); with permission to list tags the gate names the nearest ones.`
      : `The versions could not be listed (${listing.reason}), so the gate cannot name the nearest ones that exist.`
  }
  const partly =
    listing.incomplete === undefined
      ? ''
      : ` The listing was cut short (${listing.incomplete}); this is from ${listing.tags.length === 1 ? 'the one tag' : `the ${listing.tags.length} tags`} read.`
  if (nearest.length > 0) return `Nearest versions that exist: ${nearest.join(', ')}.${partly}`
  if (listing.tags.length === 0)
    return listing.incomplete === undefined
      ? 'The repository has no tags at all; push the chart first.'
      : `No tags could be read (${listing.incomplete}).`
  const sample = quoted(listing.tags.slice(0, 5).join(', '))
  return `No tag of the repository is a semantic version (found: ${sample}${listing.tags.length > 5 ? ', …' : ''}).${partly}`
}
