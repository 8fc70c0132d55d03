// End-to-end fixtures: real registries with the sample charts pushed, and checks on action runs.
import { expect } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import YAML from 'yaml'
import { pushChart, sampleCharts, type SampleArtifact } from '../harness/push.js'
import { startRegistry, type RegistryOptions, type RunningRegistry } from '../harness/registry.js'
import type { ActionRun } from '../harness/run-action.js'
import { manifestSchemaErrors } from './schema.js'

export interface SampleRegistry {
  registry: RunningRegistry
  /** Manifest digests by `repository:tag`. */
  digests: Map<string, string>
}

export const EXTRA_SAMPLES: SampleArtifact[] = [
  { repository: 'charts/legacy', tag: '0.1.0', kind: 'legacy-chart' }
]

export async function startSampleRegistry(options: RegistryOptions): Promise<SampleRegistry> {
  const registry = await startRegistry(options)
  const digests = new Map<string, string>()
  for (const sample of [...sampleCharts(), ...EXTRA_SAMPLES]) {
    const authorization = await registry.pushAuthorization(sample.repository)
    const pushed = await pushChart(
      {
        url: registry.url,
        ...(authorization === undefined ? {} : { authorization }),
        ...(registry.caPem === undefined ? {} : { caPem: registry.caPem })
      },
      sample
    )
    digests.set(`${sample.repository}:${sample.tag}`, pushed.digest)
  }
  return { registry, digests }
}

/** No secret may show in the log the runner displays, the outputs, the summary or the manifest file. */
export async function expectNoSecrets(run: ActionRun, secrets: readonly string[]): Promise<void> {
  const manifestFile = run.outputs['manifest-file']
  const texts = [run.shownLog, run.summary, JSON.stringify(run.outputs)]
  if (manifestFile !== undefined && manifestFile !== '')
    texts.push(await readFile(manifestFile, 'utf8'))
  for (const secret of secrets) {
    for (const text of texts) expect(text.includes(secret)).toBe(false)
  }
}

/** The error annotation the action printed, decoded. */
export function errorMessage(run: ActionRun): string {
  return decodedError(errorLines(run)[0])
}

/** The message the run failed with (its last error annotation, after those on file lines), decoded. */
export function failureMessage(run: ActionRun): string {
  return decodedError(errorLines(run).at(-1))
}

function errorLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter(candidate => candidate.startsWith('::error'))
}

function decodedError(line: string | undefined): string {
  return (line ?? '')
    .replace(/^::error[^:]*::/, '')
    .replaceAll('%0A', '\n')
    .replaceAll('%25', '%')
}

/** Reads the manifest file a valid run wrote and checks it against the schema. */
export async function readManifestFile(run: ActionRun): Promise<Record<string, unknown>> {
  const file = run.outputs['manifest-file'] ?? ''
  const text = await readFile(file, 'utf8')
  const document: unknown = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text)
  expect(manifestSchemaErrors(document)).toEqual([])
  return document as Record<string, unknown>
}
