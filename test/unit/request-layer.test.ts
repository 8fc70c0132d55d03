// A layer's request built from its registry's parsed settings must be the request the raw inputs
// give: the same value when valid, the same problems in the same order when not.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ConfigurationError } from '../../src/errors.js'
import { parseRequest, requestForLayer, type RawInputs } from '../../src/inputs/request.js'

const REGISTRY: RawInputs = {
  endpoint: 'harbor.example.com',
  'base-content-path': 'platform/charts',
  'auth-type': 'basic',
  username: 'robot',
  password: 'robot-Secret-1',
  'timeout-seconds': '20'
}

function outcome(build: () => unknown): unknown {
  try {
    return { request: build() }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return { problems: error.problems }
  }
}

const text = fc.oneof(
  fc.constantFrom('nginx', 'redis', 'Nginx', 'a/b', '', 'x'.repeat(260), 'kube-prometheus-stack'),
  fc.string({ maxLength: 12 })
)
const version = fc.oneof(
  fc.constantFrom('15.4.2', '1.2.3+build.1', 'v1.0.0', 'latest', '^1.2', '', '1.2'),
  fc.string({ maxLength: 10 })
)
const layerType = fc.constantFrom('', 'oci', 'helm', 'HELM', 'pack')
const values = fc.constantFrom(undefined, '', 'replicaCount: 2\n', 'a: 1\na: 2\n', 'a: *x\n')

describe('requestForLayer', () => {
  it('gives what parseRequest gives for the same layer, valid or not', () => {
    const settings = parseRequest({ ...REGISTRY, chart: 'probe', version: '0.0.0' })
    fc.assert(
      fc.property(text, version, layerType, values, (chart, tag, type, layerValues) => {
        const raw: RawInputs = {
          ...REGISTRY,
          chart,
          version: tag,
          'layer-type': type,
          ...(layerValues === undefined ? {} : { values: layerValues })
        }
        const layer = {
          chart,
          version: tag,
          layerType: type,
          ...(layerValues === undefined ? {} : { values: layerValues })
        }
        expect(outcome(() => requestForLayer(settings, layer))).toEqual(
          outcome(() => parseRequest(raw))
        )
      }),
      { numRuns: 500 }
    )
  })
})
