// No input string may make a parser throw anything but the project's typed errors.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readChartValues } from '../../src/helm/chart-archive.js'
import { parseEndpoint } from '../../src/palette/endpoint.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseChallenges } from '../../src/registry/challenge.js'
import { nextPageLink } from '../../src/registry/client.js'
import { tagForVersion, versionForTag } from '../../src/helm/tags.js'
import { INPUT_NAMES, parseRequest, type RawInputs } from '../../src/inputs/request.js'
import { judgeChartConfig } from '../../src/helm/chart-config.js'
import { inspectManifest } from '../../src/helm/manifest.js'
import { nearestVersions } from '../../src/helm/versions.js'

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '{{', '"', '\\', '=', ',', 'latest', '1.2.3+b')
)

describe('parsers never throw untyped errors', () => {
  it('parseRequest throws only ConfigurationError', () => {
    const inputs = fc.record(
      Object.fromEntries(INPUT_NAMES.map(name => [name, anyText])) as Record<
        string,
        fc.Arbitrary<string>
      >,
      {
        requiredKeys: []
      }
    )
    fc.assert(
      fc.property(inputs, raw => {
        try {
          parseRequest(raw as RawInputs)
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('parseChallenges and nextPageLink never throw', () => {
    const base = new URL('https://r.example.com/v2/x/tags/list')
    const header = fc.oneof(
      anyText,
      fc
        .array(
          fc.constantFrom(
            'Bearer',
            'Basic',
            ' ',
            ',',
            '=',
            '"',
            'realm',
            'x',
            '\\',
            '<',
            '>',
            ';',
            'rel=next'
          ),
          { maxLength: 30 }
        )
        .map(parts => parts.join(''))
    )
    fc.assert(
      fc.property(header, text => {
        const challenges = parseChallenges(text)
        for (const challenge of challenges)
          expect(challenge.scheme).toMatch(/^[!#$%&'*+.^_`|~0-9a-z-]+$/)
        nextPageLink(text, base)
      }),
      { numRuns: 2000 }
    )
  })

  it('parseEndpoint never throws, and what it accepts is a plain host a resolver can be asked for', () => {
    const fragment = fc.constantFrom(
      'a', 'b1', '-', '.', '..', '/', '%', '2e', ':', '443', '[', ']', '::1', 'http://', 'https://',
      '\u200b', '\u00e9', '0x7f', '127', '@', '?', '#', ' ', '_', '\\', '\t'
    ) // prettier-ignore
    const endpoint = fc.oneof(
      anyText,
      fc.array(fragment, { maxLength: 10 }).map(parts => parts.join(''))
    )
    fc.assert(
      fc.property(endpoint, text => {
        const parsed = parseEndpoint(text)
        if (!parsed.ok) return
        const { hostname, authority, origin } = parsed.endpoint
        expect(hostname).toMatch(
          /^(?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])$/
        )
        expect(authority).toMatch(/^[^:]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/)
        expect(new URL(origin).host).toBe(authority)
      }),
      { numRuns: 3000 }
    )
  })

  it('manifest, config and archive readers never throw', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.json().map(text => new TextEncoder().encode(text))
    )
    fc.assert(
      fc.property(bytes, anyText, (raw, text) => {
        const buffer = Buffer.from(raw)
        inspectManifest(buffer, text)
        judgeChartConfig({ name: 'nginx', version: '1.0.0' }, buffer)
        readChartValues(buffer)
      }),
      { numRuns: 1000 }
    )
  })

  it('tag mapping round-trips and nearestVersions never throws', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 20 }), (version, tags) => {
        if (!version.includes('_')) expect(versionForTag(tagForVersion(version))).toBe(version)
        nearestVersions(version, tags)
      }),
      { numRuns: 1000 }
    )
  })
})
