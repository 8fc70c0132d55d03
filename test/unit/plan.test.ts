import { describe, expect, it } from '@jest/globals'
import { planChecks, repositoryFor } from '../../src/gate/plan.js'
import { tagForVersion, versionForTag } from '../../src/helm/tags.js'
import { parseRequest } from '../../src/inputs/request.js'
import { nearestVersions } from '../../src/helm/versions.js'

describe('tag mapping', () => {
  it('stores build metadata under the tag Helm uses', () => {
    expect(tagForVersion('1.2.3+build.1')).toBe('1.2.3_build.1')
    expect(tagForVersion('1.2.3-rc.1')).toBe('1.2.3-rc.1')
    expect(versionForTag('1.2.3_build.1')).toBe('1.2.3+build.1')
  })

  it('places the chart under the base content path', () => {
    expect(repositoryFor('', 'nginx')).toBe('nginx')
    expect(repositoryFor('team/charts', 'nginx')).toBe('team/charts/nginx')
  })

  it('plans the reference Helm would pull', () => {
    const request = parseRequest({
      endpoint: 'https://harbor.example.com:8443',
      'base-content-path': 'library',
      chart: 'podinfo',
      version: '6.5.4+meta'
    })
    expect(planChecks(request).deployment[0]).toMatchObject({
      repository: 'library/podinfo',
      tag: '6.5.4_meta',
      reference: 'harbor.example.com:8443/library/podinfo:6.5.4_meta'
    })
  })
})

describe('nearestVersions', () => {
  const tags = [
    '15.4.0',
    '15.4.1',
    '15.4.2',
    '15.5.0',
    '16.0.0',
    '14.0.0',
    'latest',
    'sha-abc',
    '1.0.0_build.7'
  ]

  it('lists the versions around the requested one, newest first', () => {
    expect(nearestVersions('15.4.3', tags)).toEqual([
      '16.0.0',
      '15.5.0',
      '15.4.2',
      '15.4.1',
      '15.4.0'
    ])
    expect(nearestVersions('15.4.3', tags, 3)).toEqual(['15.5.0', '15.4.2', '15.4.1'])
  })

  it('stays inside the list at either end', () => {
    expect(nearestVersions('99.0.0', tags, 2)).toEqual(['16.0.0', '15.5.0'])
    expect(nearestVersions('0.0.1', tags, 2)).toEqual(['14.0.0', '1.0.0+build.7'])
  })

  it('ignores tags that are not versions and maps build metadata back', () => {
    expect(nearestVersions('1.0.0', ['latest', '1.0.0_build.7'])).toEqual(['1.0.0+build.7'])
    expect(nearestVersions('1.0.0', ['latest'])).toEqual([])
  })
})
