import { describe, expect, it } from '@jest/globals'
import { parseChallenges } from '../../src/registry/challenge.js'
import { nextPageLink } from '../../src/registry/client.js'

describe('parseChallenges', () => {
  it('reads a Bearer challenge with realm, service and scope', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:charts/nginx:pull"'
      )
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example.com/token',
          service: 'registry.example.com',
          scope: 'repository:charts/nginx:pull'
        }
      }
    ])
  })

  it('keeps a host:port inside the scope intact', () => {
    const [challenge] = parseChallenges(
      'Bearer realm="http://127.0.0.1:9/token", scope="repository:127.0.0.1:5000/charts/nginx:pull,push"'
    )
    expect(challenge?.params.scope).toBe('repository:127.0.0.1:5000/charts/nginx:pull,push')
  })

  it('reads Basic, unquoted values, escapes and several challenges in one header', () => {
    expect(
      parseChallenges('Basic realm="Registry \\"Realm\\"", Bearer realm=https://a/t , service=reg')
    ).toEqual([
      { scheme: 'basic', params: { realm: 'Registry "Realm"' } },
      { scheme: 'bearer', params: { realm: 'https://a/t', service: 'reg' } }
    ])
  })

  it('is case-insensitive in scheme and parameter names', () => {
    expect(parseChallenges('BEARER Realm="x"')).toEqual([
      { scheme: 'bearer', params: { realm: 'x' } }
    ])
  })

  it('yields no challenges for an empty header and skips token68 values', () => {
    expect(parseChallenges('')).toEqual([])
    expect(parseChallenges('Negotiate abc==')[0]?.scheme).toBe('negotiate')
  })
})

describe('nextPageLink', () => {
  const base = new URL('https://r.example.com/v2/charts/nginx/tags/list?n=1000')

  it('resolves a relative next link against the page', () => {
    expect(
      nextPageLink('</v2/charts/nginx/tags/list?last=abc&n=1000>; rel="next"', base)?.href
    ).toBe('https://r.example.com/v2/charts/nginx/tags/list?last=abc&n=1000')
  })

  it('picks rel=next among several links and ignores others', () => {
    expect(
      nextPageLink(
        '<https://r.example.com/a>; rel="prev", <https://r.example.com/b>; rel=next',
        base
      )?.pathname
    ).toBe('/b')
    expect(nextPageLink('<https://r.example.com/a>; rel="prev"', base)).toBeUndefined()
    expect(nextPageLink(undefined, base)).toBeUndefined()
  })
})
