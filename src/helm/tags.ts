// Helm's mapping between chart versions and OCI tags: tags cannot hold '+', so Helm stores build
// metadata with '_' instead.

export function tagForVersion(version: string): string {
  return version.replaceAll('+', '_')
}

export function versionForTag(tag: string): string {
  return tag.replaceAll('_', '+')
}
