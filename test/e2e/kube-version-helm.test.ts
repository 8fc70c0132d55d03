// The kubeVersion evaluator against Helm itself: thousands of random constraints and Kubernetes
// versions, each judged by the gate and by the real Helm 4 binary (its semverCompare template
// function runs the same Masterminds semver code as its kubeVersion check), same verdict every time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseHelmVersion } from '../../src/helm/semver.js'
import { readConstraint, satisfiesConstraint } from '../../src/helm/version-constraint.js'
import { helm3Path, helmPath, runHelm } from '../harness/helm.js'

let scratch: string
let chart: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'palette-kube-version-'))
  chart = path.join(scratch, 'verdicts')
  await mkdir(path.join(chart, 'templates'), { recursive: true })
  await writeFile(
    path.join(chart, 'Chart.yaml'),
    'apiVersion: v2\nname: verdicts\nversion: 0.1.0\n'
  )
  // One character per pair: 1 when the version satisfies the constraint.
  await writeFile(
    path.join(chart, 'templates', 'verdicts.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: verdicts\ndata:\n  verdicts: "{{ range .Values.pairs }}{{ if semverCompare .c .v }}1{{ else }}0{{ end }}{{ end }}"\n'
  )
})

afterAll(() => rm(scratch, { recursive: true, force: true }))

interface Pair {
  c: string
  v: string
}

/** Helm's verdicts on every pair, from one `helm template` (Helm 4, or the binary given). */
async function helmVerdicts(pairs: readonly Pair[], binary = helmPath): Promise<string> {
  const values = path.join(scratch, 'pairs.json')
  await writeFile(values, JSON.stringify({ pairs }))
  const run = await runHelm(['template', 'x', chart, '-f', values], { binary })
  if (run.exitCode !== 0) throw new Error(`helm template failed: ${run.stderr}`)
  const verdicts = /verdicts: "([01]*)"/.exec(run.stdout)?.[1]
  if (verdicts === undefined) throw new Error(`no verdicts in: ${run.stdout.slice(0, 500)}`)
  return verdicts
}

function gateVerdict({ c, v }: Pair): string {
  const reading = readConstraint(c)
  const version = parseHelmVersion(v)
  if (!reading.ok || version === undefined) return 'unreadable'
  return satisfiesConstraint(reading, version) ? '1' : '0'
}

const small = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: 18, max: 35 }) }
)
const part = fc.oneof(
  { weight: 6, arbitrary: small.map(String) },
  { weight: 1, arbitrary: fc.constantFrom('x', 'X', '*') }
)
const prerelease = fc.constantFrom('0', 'alpha', 'alpha.1', 'rc.2', 'eks-931bdca', 'gke.1000', '1')
const constraintVersion = fc
  .tuple(
    fc.boolean(),
    part,
    fc.option(part, { nil: undefined }),
    fc.option(part, { nil: undefined }),
    fc.option(prerelease, { nil: undefined }),
    fc.option(fc.constantFrom('build.1', 'k3s1'), { freq: 8, nil: undefined })
  )
  .map(([v, major, minor, patch, pre, metadata]) => {
    const numbers = [major, minor, minor === undefined ? undefined : patch]
      .filter(number => number !== undefined)
      .join('.')
    return `${v ? 'v' : ''}${numbers}${pre === undefined ? '' : `-${pre}`}${metadata === undefined ? '' : `+${metadata}`}`
  })
const operator = fc.constantFrom('', '=', '!=', '>', '<', '>=', '=>', '<=', '=<', '~', '~>', '^')
const single = fc
  .tuple(operator, fc.constantFrom('', ' '), constraintVersion)
  .map(([op, space, version]) => `${op}${space}${version}`)
const range = fc
  .tuple(constraintVersion, constraintVersion)
  .map(([low, high]) => `${low.replace(/^v/, '')} - ${high.replace(/^v/, '')}`)
const group = fc.oneof(
  { weight: 4, arbitrary: fc.array(single, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: range.map(text => [text]) }
)
const constraint = fc
  .tuple(
    fc.array(fc.tuple(group, fc.array(fc.constantFrom(', ', ' ', ','), { minLength: 2 })), {
      minLength: 1,
      maxLength: 2
    })
  )
  .map(([groups]) =>
    groups
      .map(([constraints, separators]) =>
        constraints
          .map((text, index) => `${index === 0 ? '' : (separators[index - 1] ?? ' ')}${text}`)
          .join('')
      )
      .join(' || ')
  )
const kubernetesVersion = fc
  .tuple(
    fc.boolean(),
    fc.integer({ min: 0, max: 2 }),
    small,
    small,
    fc.option(fc.constantFrom('eks-931bdca', 'gke.1000', '0', 'alpha.1', 'rc.1', '1', 'beta'), {
      nil: undefined
    }),
    fc.option(fc.constantFrom('k3s1', 'rke2r1'), { freq: 3, nil: undefined })
  )
  .map(
    ([v, major, minor, patch, pre, build]) =>
      `${v ? 'v' : ''}${major}.${minor}.${patch}${pre === undefined ? '' : `-${pre}`}${build === undefined ? '' : `+${build}`}`
  )

/** Thousands of random pairs, each batch judged by one `helm template`: the same verdict each time. */
async function expectHelmVerdicts(pairCase: fc.Arbitrary<Pair>, binary = helmPath): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.array(pairCase, { minLength: 1000, maxLength: 1000 }), async pairs => {
      const helm = await helmVerdicts(pairs, binary)
      const differing = pairs
        .map((pair, index) => ({ ...pair, gate: gateVerdict(pair), helm: helm[index] }))
        .filter(pair => pair.gate !== pair.helm)
      expect(differing.slice(0, 10)).toEqual([])
    }),
    { numRuns: 4, endOnFailure: true }
  )
}

describe('the kubeVersion evaluator', () => {
  it('judges the cases that matter as Helm 4 does', async () => {
    const pairs: Pair[] = [
      { c: '>=1.21.0', v: 'v1.31.10-eks-931bdca' },
      { c: '>=1.21.0-0', v: 'v1.31.10-eks-931bdca' },
      { c: '>=1.21.0-0 <2.0.0', v: 'v1.31.10-eks-931bdca' },
      { c: '>=1.21.0', v: 'v1.31.2+k3s1' },
      { c: '~1.31', v: 'v1.30.4-gke.1000' },
      { c: '^*', v: '1.2.3' },
      { c: '!=1.31.x', v: 'v1.31.10-eks-931bdca' },
      { c: '1.20 - 1.32', v: '1.32.5' }
    ]
    expect(pairs.map(gateVerdict).join('')).toBe(await helmVerdicts(pairs))
  }, 30_000)

  it('gives Helm 4 verdict for thousands of random constraints and versions', async () => {
    await expectHelmVerdicts(fc.record({ c: constraint, v: kubernetesVersion }))
  }, 60_000)

  // Helm 3.17 (Masterminds semver 3.3) applies the prerelease rule to each comparator but a plain
  // `!=`, Helm 4 (3.4) to each AND group: they differ only for a prerelease version against a group
  // that mixes comparators with and without one, or holds a plain `!=`. Elsewhere, Helm 3.17's
  // `template` judges as an in-cluster install does, vendor suffix kept.
  it("gives Helm 3.17's verdict wherever its semver and Helm 4's agree", async () => {
    const agreeing = (pair: Pair): boolean => {
      const reading = readConstraint(pair.c)
      const version = parseHelmVersion(pair.v)
      if (!reading.ok || version === undefined || version.prerelease === '') return true
      return reading.groups.every(group => {
        const named = group.filter(constraint => constraint.version.prerelease !== '').length
        const plainNotEqual = group.some(
          constraint => constraint.operator === '!=' && constraint.wildcard === 'none'
        )
        return (named === 0 || named === group.length) && !plainNotEqual
      })
    }
    await expectHelmVerdicts(
      fc.record({ c: constraint, v: kubernetesVersion }).filter(agreeing),
      helm3Path
    )
  }, 60_000)
})
