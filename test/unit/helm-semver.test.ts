// Versions as Helm reads them: loose forms, the 64-bit bound, prerelease order, metadata ignored.
import { describe, expect, it } from '@jest/globals'
import { compareVersions, formatVersion, parseHelmVersion } from '../../src/helm/semver.js'

const parsed = (text: string): string | undefined => {
  const version = parseHelmVersion(text)
  return version === undefined ? undefined : formatVersion(version)
}

describe('parseHelmVersion', () => {
  it('reads the loose forms Helm reads, and the vendor versions of Kubernetes', () => {
    expect(parsed('v1.31')).toBe('1.31.0')
    expect(parsed('1')).toBe('1.0.0')
    expect(parsed('01.2.3')).toBe('1.2.3')
    expect(parsed('v1.31.10-eks-931bdca')).toBe('1.31.10-eks-931bdca')
    expect(parsed('v1.30.4-gke.1000')).toBe('1.30.4-gke.1000')
    expect(parsed('v1.31.2+k3s1')).toBe('1.31.2+k3s1')
  })

  it('refuses what Helm refuses', () => {
    for (const text of [
      '',
      'latest',
      '1.2.3.4',
      '1.2.3-01',
      '1.2.3-',
      '1.2.3+',
      'V1.2.3',
      ' 1.2.3'
    ])
      expect(parsed(text)).toBeUndefined()
    expect(parsed('18446744073709551615.0.0')).toBe('18446744073709551615.0.0')
    expect(parsed('18446744073709551616.0.0')).toBeUndefined()
  })
})

describe('compareVersions', () => {
  const order = (a: string, b: string): number => {
    const left = parseHelmVersion(a)
    const right = parseHelmVersion(b)
    if (left === undefined || right === undefined) throw new Error(`unreadable: ${a}, ${b}`)
    return compareVersions(left, right)
  }

  it('orders prereleases before their release, numbers before words, and ignores metadata', () => {
    expect(order('1.31.10-eks-931bdca', '1.31.10')).toBe(-1)
    expect(order('1.0.0-alpha', '1.0.0-alpha.1')).toBe(-1)
    expect(order('1.0.0-2', '1.0.0-10')).toBe(-1)
    expect(order('1.0.0-1', '1.0.0-alpha')).toBe(-1)
    expect(order('1.0.0-beta', '1.0.0-alpha')).toBe(1)
    expect(order('1.31.2+k3s1', '1.31.2+rke2r1')).toBe(0)
  })
})
