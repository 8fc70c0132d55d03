// Which versions to suggest when the requested one is missing.
import semver, { type SemVer } from 'semver'
import { versionForTag } from './tags.js'

/**
 * The `count` versions nearest to `requested` in semver order, newest first. Tags that are not
 * semantic versions (latest, sha-…) are not suggestions.
 */
export function nearestVersions(requested: string, tags: readonly string[], count = 5): string[] {
  // Each version parsed once: a listing may hold up to 100,000 tags.
  const parsed = new Map<string, SemVer>()
  for (const tag of tags) {
    // Cheap first: most tags of a long list (sha-…, latest) cannot be versions.
    if (!/^v?\d/.test(tag)) continue
    const version = versionForTag(tag)
    if (parsed.has(version)) continue
    const semantic = semver.parse(version)
    if (semantic !== null) parsed.set(version, semantic)
  }
  const versions = [...parsed].sort(([, a], [, b]) => semver.compareBuild(a, b))
  const target = semver.parse(requested)
  const names = (from: number, to: number | undefined): string[] =>
    versions
      .slice(from, to)
      .map(([version]) => version)
      .reverse()
  if (versions.length <= count || target === null) return names(-count, undefined)
  const insertAt = versions.findIndex(([, version]) => semver.compareBuild(version, target) > 0)
  const position = insertAt === -1 ? versions.length : insertAt
  const start = Math.min(Math.max(0, position - Math.ceil(count / 2)), versions.length - count)
  return names(start, start + count)
}
