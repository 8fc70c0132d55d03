// Versions as Helm reads them (Masterminds semver v3.4, the library in Helm 4 and 3.19): loose
// ("v1.31", "1" and "1.2.3-eks-abc" all parse), numbers up to 2^64 - 1, prereleases ordered as
// semver orders them. npm `semver` reads several of these differently, so Helm's rules are here.

export interface HelmVersion {
  major: bigint
  minor: bigint
  patch: bigint
  /** Without its "-"; empty for a release. */
  prerelease: string
  /** Without its "+"; ignored in every comparison. */
  metadata: string
}

const MAX_SEGMENT = 2n ** 64n - 1n
const IDENTIFIER = /^[0-9A-Za-z-]+$/
const DIGITS = /^[0-9]+$/
// A "v", one to three numbers, then an optional prerelease and metadata, each dot-separated.
const LOOSE_VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/

/** The version Helm reads from `text`, or undefined where Helm refuses it. */
export function parseHelmVersion(text: string): HelmVersion | undefined {
  const match = LOOSE_VERSION.exec(text)
  if (match === null) return undefined
  const [, major = '', minor = '', patch = '', , prerelease = '', , , metadata = ''] = match
  const numbers = [major, minor.slice(1), patch.slice(1)].map(segment =>
    segment === '' ? 0n : BigInt(segment)
  )
  if (numbers.some(value => value > MAX_SEGMENT)) return undefined
  if (prerelease !== '' && !validPrerelease(prerelease)) return undefined
  const [majorNumber = 0n, minorNumber = 0n, patchNumber = 0n] = numbers
  return { major: majorNumber, minor: minorNumber, patch: patchNumber, prerelease, metadata }
}

/** A number with a leading zero is no prerelease identifier. */
function validPrerelease(prerelease: string): boolean {
  return prerelease
    .split('.')
    .every(
      part => IDENTIFIER.test(part) && !(DIGITS.test(part) && part.length > 1 && part[0] === '0')
    )
}

/** -1, 0 or 1 as `a` sorts before, with or after `b`; metadata never counts. */
export function compareVersions(a: HelmVersion, b: HelmVersion): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  if (a.prerelease === b.prerelease) return 0
  // A release sorts after its prereleases.
  if (a.prerelease === '') return 1
  if (b.prerelease === '') return -1
  return comparePrereleases(a.prerelease, b.prerelease)
}

function comparePrereleases(a: string, b: string): number {
  const left = a.split('.')
  const right = b.split('.')
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const order = compareIdentifiers(left[index] ?? '', right[index] ?? '')
    if (order !== 0) return order
  }
  return 0
}

/** Fewer identifiers sort first; numbers sort before words, and by value; words by their bytes. */
function compareIdentifiers(a: string, b: string): number {
  if (a === b) return 0
  if (a === '') return -1
  if (b === '') return 1
  const aNumber = asUnsigned(a)
  const bNumber = asUnsigned(b)
  if (aNumber === undefined && bNumber === undefined) return a > b ? 1 : -1
  if (bNumber === undefined) return -1
  if (aNumber === undefined) return 1
  return aNumber > bNumber ? 1 : -1
}

function asUnsigned(identifier: string): bigint | undefined {
  if (!DIGITS.test(identifier)) return undefined
  const value = BigInt(identifier)
  return value > MAX_SEGMENT ? undefined : value
}

/** As Helm prints it: "1.31.10-eks-931bdca", always three numbers. */
export function formatVersion(version: HelmVersion): string {
  const core = `${version.major}.${version.minor}.${version.patch}`
  return `${core}${version.prerelease === '' ? '' : `-${version.prerelease}`}${version.metadata === '' ? '' : `+${version.metadata}`}`
}
