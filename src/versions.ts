// Which versions to suggest when the requested one is missing.
import semver from 'semver'
import { versionForTag } from './plan.js'

/**
 * The `count` versions nearest to `requested` in semver order, newest first. Tags that are not
 * semantic versions (latest, sha-…) are not suggestions.
 */
export function nearestVersions(requested: string, tags: readonly string[], count = 5): string[] {
  const versions = [...new Set(tags.map(versionForTag))]
    .filter(version => semver.valid(version) !== null)
    .sort(semver.compareBuild)
  if (versions.length <= count || semver.valid(requested) === null)
    return versions.slice(-count).reverse()
  const insertAt = versions.findIndex(version => semver.compareBuild(version, requested) > 0)
  const position = insertAt === -1 ? versions.length : insertAt
  const start = Math.min(Math.max(0, position - Math.ceil(count / 2)), versions.length - count)
  return versions.slice(start, start + count).reverse()
}
