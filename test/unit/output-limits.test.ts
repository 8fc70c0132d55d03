// Outputs and job summaries cut to GitHub's limits: JSON arrays keep their first whole entries and
// always parse; a summary keeps its first rows, failures first, and says how many it left out.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { outcomeOf, type LayerResult } from '../../src/gate/batch.js'
import { packRegistryFor, planChecks } from '../../src/gate/plan.js'
import type { GateOutcome } from '../../src/gate/region-verdict.js'
import { MEDIA_TYPES } from '../../src/helm/chart.js'
import { parseRequest } from '../../src/inputs/request.js'
import {
  buildManifestDocument,
  buildPackEntry,
  type VerifiedChart
} from '../../src/palette/layer.js'
import {
  fitJsonArray,
  linesThatFit,
  MAX_SUMMARY_BYTES,
  utf8Bytes
} from '../../src/report/output-limits.js'
import { summaryForBatch } from '../../src/report/profile-summary.js'
import { summaryForOutcome } from '../../src/report/summary.js'

const MANIFEST_FILE = '/runner/_temp/palette-chart-gate/profile.yaml'

const result = (
  status: LayerResult['status'],
  index: number,
  chart = `chart-${index}`
): LayerResult => ({
  file: 'profiles/app.yaml',
  line: index + 1,
  registry: 'harbor',
  chart,
  version: '1.0.0',
  region: null,
  status,
  digest: status === 'valid' ? `sha256:${'a'.repeat(64)}` : null,
  reason: status === 'valid' ? null : 'missing',
  hint: null,
  deploy: null
})

describe('fitJsonArray', () => {
  it('keeps every entry when they fit, and the first whole ones when they do not', () => {
    const items = [{ a: 'x'.repeat(10) }, { a: 'é'.repeat(10) }, { a: 'x' }]
    const whole = JSON.stringify(items)
    expect(fitJsonArray(items, utf8Bytes(whole))).toEqual({ json: whole, kept: 3, total: 3 })
    const cut = fitJsonArray(items, utf8Bytes(whole) - 1)
    expect(cut).toEqual({ json: JSON.stringify(items.slice(0, 2)), kept: 2, total: 3 })
    expect(fitJsonArray(items, 10)).toEqual({ json: '[]', kept: 0, total: 3 })
  })

  it('writes what has no JSON form as null, as JSON.stringify writes an array', () => {
    expect(fitJsonArray([undefined, () => 1, 1], 100).json).toBe('[null,null,1]')
  })

  it('is always valid JSON within the bound, the longest prefix that fits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), { maxLength: 40 }),
        fc.integer({ min: 2, max: 4000 }),
        (items, maxBytes) => {
          const fitted = fitJsonArray(items, maxBytes)
          expect(utf8Bytes(fitted.json)).toBeLessThanOrEqual(maxBytes)
          expect(fitted.json).toBe(JSON.stringify(items.slice(0, fitted.kept)))
          expect(() => JSON.parse(fitted.json) as unknown).not.toThrow()
          expect(fitted.total).toBe(items.length)
          if (fitted.kept < items.length)
            expect(utf8Bytes(JSON.stringify(items.slice(0, fitted.kept + 1)))).toBeGreaterThan(
              maxBytes
            )
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe('linesThatFit', () => {
  it('counts each line with its newline, in UTF-8 bytes', () => {
    expect(linesThatFit(['ab', 'cd'], 6)).toBe(2)
    expect(linesThatFit(['ab', 'cd'], 5)).toBe(1)
    expect(linesThatFit(['é'], 2)).toBe(0)
    expect(linesThatFit(['é'], 3)).toBe(1)
    expect(linesThatFit([], 0)).toBe(0)
  })
})

describe('summaryForBatch within a bound', () => {
  it('is unchanged when it fits', () => {
    const outcome = outcomeOf([result('invalid', 0), result('valid', 1)])
    const bound = { maxBytes: 1024 * 1024, manifestFile: MANIFEST_FILE }
    expect(summaryForBatch(outcome, 0, bound)).toBe(summaryForBatch(outcome, 0))
  })

  it('keeps failures first, closes the fold, and ends with how many rows were left out', () => {
    const outcome = outcomeOf([
      ...Array.from({ length: 300 }, (_, index) => result('valid', index)),
      result('invalid', 300),
      result('error', 301)
    ])
    const markdown = summaryForBatch(outcome, 0, {
      maxBytes: 8 * 1024,
      manifestFile: MANIFEST_FILE
    })
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(8 * 1024)
    const rows = markdown.split('\n').filter(line => line.startsWith('| profiles/app.yaml:'))
    expect(rows[0]).toContain('❌ invalid')
    expect(rows[1]).toContain('⚠️ error')
    expect(markdown).toContain('</details>')
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      `${302 - rows.length} of 302 rows are left out: GitHub shows at most 1 MiB of a job summary. Every valid layer is in the manifest file \`${MANIFEST_FILE}\` (output \`manifest-file\`).`
    )
  })

  it('stays within the bound and counts every row, kept or left out (property)', () => {
    const status = fc.constantFrom<LayerResult['status']>('valid', 'invalid', 'error', 'skipped')
    // Charts named in any script: bytes, not characters, are counted.
    const layer = fc.tuple(status, fc.string({ unit: 'binary', maxLength: 300 }))
    fc.assert(
      fc.property(
        fc.array(layer, { maxLength: 200 }),
        fc.integer({ min: 2048, max: 40_000 }),
        (layers, maxBytes) => {
          const outcome = outcomeOf(
            layers.map(([state, chart], index) => result(state, index, chart))
          )
          const markdown = summaryForBatch(outcome, 0, { maxBytes, manifestFile: MANIFEST_FILE })
          expect(utf8Bytes(markdown)).toBeLessThanOrEqual(maxBytes)
          const rows = markdown.split('\n').filter(line => line.startsWith('| profiles/app.yaml:'))
          const left = /^(\d+) of (\d+) rows (?:is|are) left out/m.exec(markdown)
          expect(rows.length + Number(left?.[1] ?? 0)).toBe(layers.length)
          if (left !== null) expect(Number(left[2])).toBe(layers.length)
          expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('summaryForOutcome within the limit', () => {
  /** A valid chart in `regions` regions, with a description and a layer list of megabytes. */
  function hugeOutcome(regions: number): GateOutcome {
    const request = parseRequest({
      endpoint: 'r.example.com',
      'base-content-path': 'charts',
      chart: 'nginx',
      version: '15.4.2'
    })
    const digest = `sha256:${'b'.repeat(64)}`
    const descriptor = { mediaType: MEDIA_TYPES.helmChart, digest, size: 1 }
    const target = planChecks(request).deployment[0]
    const chart: VerifiedChart = {
      target,
      digest,
      manifest: {
        kind: 'chart',
        mediaType: MEDIA_TYPES.ociManifest,
        config: { ...descriptor, mediaType: MEDIA_TYPES.helmConfig },
        chartLayer: descriptor,
        layers: Array.from({ length: 50_000 }, () => descriptor),
        annotations: {}
      },
      metadata: { name: 'nginx', version: '15.4.2', description: '€'.repeat(2_000_000) },
      requirements: { deprecated: false, dependencies: [] },
      contents: { subcharts: [] }
    }
    const chosen = {
      valid: true as const,
      target,
      chart,
      layer: buildPackEntry(request.layer, packRegistryFor(request), chart),
      document: buildManifestDocument(request.layer, packRegistryFor(request), chart, new Date())
    }
    return {
      valid: true,
      checks: Array.from({ length: regions }, (_, index) => ({
        region: `xx-region-${index}`,
        result: chosen
      })),
      chosen,
      usedDefaultRegion: false,
      distinctDigests: 1
    }
  }

  it('cuts a cell of megabytes, and the region rows past the limit, saying how many', () => {
    const markdown = summaryForOutcome(hugeOutcome(20_000))
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    // Lines, not the whole text: a failure would print a megabyte.
    const lines = markdown.split('\n')
    const description = lines.find(line => line.startsWith('| Description |')) ?? ''
    expect(description).toBe(`| Description | ${'€'.repeat(4000)}… (2000000 characters) |`)
    const mediaTypes = lines.find(line => line.startsWith('| Media types |')) ?? ''
    expect(mediaTypes.length).toBeLessThan(5000)
    expect(mediaTypes).toMatch(/<br>[\w./+-]+… \(2600040 characters\) \|$/)
    const rows = lines.filter(line => line.startsWith('| xx-region-'))
    expect(rows.length).toBeGreaterThan(1000)
    expect(lines.at(-2)).toBe(
      `${20_000 - rows.length} of 20000 regions are left out: GitHub shows at most 1 MiB of a job summary. The region-results output lists them.`
    )
  })

  it('keeps every region row when they fit', () => {
    const markdown = summaryForOutcome(hugeOutcome(3))
    expect(markdown.split('\n').filter(line => line.startsWith('| xx-region-'))).toHaveLength(3)
    expect(markdown).not.toContain('left out')
  })
})
