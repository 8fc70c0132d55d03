// charts-file and registries-file, read at the edge: the files a glob names, the layers each
// declares, the registry each layer names, and one Request per layer. File problems (unreadable,
// neither format, a literal secret, a glob that matches nothing) are configuration errors naming
// the file and line; a layer that cannot be checked as declared is a finding on its own line.
import { ConfigurationError, escapeControls } from '../errors.js'
import {
  readProfile,
  type DeclaredLayer,
  type FileProblem,
  type SkippedPack
} from '../palette/profile.js'
import { caCertificateFile, loadRequest } from './input-files.js'
import { matchFiles } from './profile-globs.js'
import { defaultRegistry, RegistryIndex } from './registry-index.js'
import type { RawInputs } from './input-names.js'
import {
  readRegistries,
  readRegistriesText,
  type RegistriesReading,
  type RegistryDefinition
} from './registries.js'
import { withSecretsContext } from './secrets-context.js'
import { FILE_LIMITS, readTextFile, type FileAccess } from '../workspace-files.js'
import { planLayer, type PlannedLayer } from './layer-plan.js'
import type { Request } from './request.js'

export interface ProfileBatch {
  /** The files whose layers are checked. */
  files: string[]
  /** Whether that is every matched file (no selection, or one widened to all). */
  everyFile: boolean
  layers: PlannedLayer[]
  skipped: SkippedPack[]
}

export interface ProfileFileInputs {
  chartsFile: string
  registriesFile: string
  /** The action's own registry inputs: the default registry, when an endpoint is given. */
  defaultRegistry: RawInputs
  /** timeout-seconds, deadline-seconds, deploy-checks and kubernetes-version, for every layer. */
  limits: RawInputs
  environment: NodeJS.ProcessEnv
  /** Masks each secret read from the environment before anything is logged. */
  mask: (secret: string) => void
  /** Where paths start, and (in the action) the folders every file must stay inside. */
  access: FileAccess
  /**
   * Whether a matched file's layers are checked (changed-only: those a pull request changes). Every
   * matched file is still read: its registries may serve the others, and a broken file is an error.
   */
  checksFile?: ((file: string) => boolean) | undefined
}

export class ProfileFilesError extends ConfigurationError {
  constructor(readonly locations: readonly FileProblem[]) {
    super(
      locations.map(location => ({
        input: location.input ?? 'charts-file',
        // A file name comes from the pull request: a new line in it must not start a log line.
        message: `${escapeControls(location.file)}${location.line > 0 ? `:${location.line}` : ''}: ${location.message}`
      })),
      'Fix the files and lines named above and run again.'
    )
  }
}

/** Layers one run checks at most: each holds its values and results in memory until the end. */
const MAX_LAYERS = 10_000

/** Registries one run reads at most; each is validated before any request. */
const MAX_REGISTRIES = 1000

const PROBE = { chart: 'probe', version: '0.0.0' }

export async function loadProfileBatch(inputs: ProfileFileInputs): Promise<ProfileBatch> {
  const problems: FileProblem[] = []
  const secretsEnvironment = withSecretsContext(inputs.environment)
  const files = await matchFiles(inputs.chartsFile, inputs.access, problems)
  const checksFile = inputs.checksFile ?? ((): boolean => true)
  // By name: each name once, found in one step however many a file defines.
  const registries = new Map<string, RegistryDefinition>()
  // The registries-file's own, so that their problems name that input (a profile may be that file).
  const fromRegistriesFile = new Set<RegistryDefinition>()
  const addRegistries = (reading: RegistriesReading, input?: 'registries-file'): void => {
    reading.secrets.forEach(inputs.mask)
    keepProblems(problems, reading.problems, input)
    for (const registry of reading.registries) {
      const twin = registries.get(registry.name)
      if (twin !== undefined) {
        problems.push({
          file: registry.file,
          line: registry.line,
          message: `registry ${JSON.stringify(registry.name)} is defined twice (also ${twin.file}:${twin.line})`,
          input
        })
        continue
      }
      if (registries.size === MAX_REGISTRIES) {
        problems.push({
          file: registry.file,
          line: registry.line,
          message: `is past the ${MAX_REGISTRIES} registries the gate reads in one run; a Palette tenant has far fewer, so define only those the profiles use`,
          input
        })
        return
      }
      registries.set(registry.name, registry)
      if (input !== undefined) fromRegistriesFile.add(registry)
    }
  }
  const registriesFile = inputs.registriesFile.trim()
  if (registriesFile !== '') {
    const reading = await readTextFile(registriesFile, inputs.access, FILE_LIMITS.registries)
    if ('problem' in reading)
      problems.push({
        file: registriesFile,
        line: 0,
        message: reading.problem,
        input: 'registries-file'
      })
    else
      addRegistries(
        readRegistriesText(registriesFile, reading.text, secretsEnvironment),
        'registries-file'
      )
  }
  const declared: DeclaredLayer[] = []
  const skipped: SkippedPack[] = []
  const profiles: { file: string; contents: ReturnType<typeof readProfile> }[] = []
  let profileBytes = 0
  for (const file of files) {
    const text = await readText(file, inputs.access, FILE_LIMITS.profile, problems)
    if (text === undefined) continue
    profileBytes += Buffer.byteLength(text)
    if (profileBytes > FILE_LIMITS.profiles) {
      problems.push({
        file,
        line: 0,
        message: `brings the profile files past ${FILE_LIMITS.profiles / (1024 * 1024)} MiB together, the most the gate reads in one run; check fewer files per run`
      })
      break
    }
    const contents = readProfile(file, text)
    profiles.push({ file, contents })
    keepProblems(problems, contents.problems)
    if (contents.registries !== undefined)
      addRegistries(
        readRegistries(
          file,
          contents.registries.node,
          contents.registries.lineOf,
          secretsEnvironment
        )
      )
  }
  // A selected file that defines registries, or a registry's CA file among the selected (changed)
  // ones, may change what the layers of every file pull.
  const widened =
    profiles.some(({ file, contents }) => contents.registries !== undefined && checksFile(file)) ||
    [...registries.values()].some(registry => {
      const certificate = caCertificateFile(registry.inputs['ca-certificate'])
      return certificate !== undefined && checksFile(certificate)
    })
  const checked = widened ? (): boolean => true : checksFile
  for (const { file, contents } of profiles) {
    if (!checked(file)) continue
    declared.push(...contents.layers)
    skipped.push(...contents.skipped)
  }
  if (declared.length > MAX_LAYERS)
    problems.push({
      file: inputs.chartsFile.trim(),
      line: 0,
      message: `declares ${declared.length} Helm layers, more than the ${MAX_LAYERS} the gate checks in one run; check the profiles in several runs`
    })
  const fallback = defaultRegistry(inputs.defaultRegistry)
  const labelOf = (registry: RegistryDefinition): { input?: 'registries-file' } =>
    fromRegistriesFile.has(registry) ? { input: 'registries-file' } : {}
  const twin = fallback === undefined ? undefined : registries.get(fallback.name)
  if (twin !== undefined)
    problems.push({
      file: twin.file,
      line: twin.line,
      message: `registry ${JSON.stringify(twin.name)} is also the action's own registry (registry-name, or its endpoint); rename one, so that each layer has one registry`,
      ...labelOf(twin)
    })
  const known = new RegistryIndex([...registries.values()], fallback)
  // A registry already refused (a literal secret, say) would only repeat the problem.
  const refusedLines = new Set(problems.map(problem => `${problem.file}:${problem.line}`))
  // Each registry parsed once, its CA file read once: a layer adds only its chart and values.
  const parsed = new Map<RegistryDefinition, Request>()
  for (const registry of known.all) {
    if (refusedLines.has(`${registry.file}:${registry.line}`)) continue
    try {
      parsed.set(
        registry,
        await loadRequest({ ...registry.inputs, ...inputs.limits, ...PROBE }, inputs.access)
      )
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      for (const problem of error.problems)
        problems.push({
          file: registry.file,
          line: registry.line,
          message: `registry ${JSON.stringify(registry.name)}: ${problem.input}: ${problem.message}`,
          ...labelOf(registry)
        })
    }
  }
  if (problems.length > 0) throw new ProfileFilesError(problems)
  const layers: PlannedLayer[] = []
  for (const layer of declared) layers.push(planLayer(layer, known, parsed))
  return {
    files: files.filter(checked),
    everyFile: widened || inputs.checksFile === undefined,
    layers,
    skipped
  }
}

/** Problems kept from one file: enough to fix a file, never a message of megabytes. */
const MAX_PROBLEMS_PER_FILE = 50

function keepProblems(
  problems: FileProblem[],
  found: readonly FileProblem[],
  input?: 'registries-file'
): void {
  const labelled = input === undefined ? found : found.map(problem => ({ ...problem, input }))
  for (const problem of labelled.slice(0, MAX_PROBLEMS_PER_FILE)) problems.push(problem)
  const [first] = found
  if (first !== undefined && found.length > MAX_PROBLEMS_PER_FILE)
    problems.push({
      file: first.file,
      line: 0,
      message: `and ${found.length - MAX_PROBLEMS_PER_FILE} more problems in this file`,
      input
    })
}

async function readText(
  file: string,
  access: FileAccess,
  maxBytes: number,
  problems: FileProblem[]
): Promise<string | undefined> {
  const reading = await readTextFile(file, access, maxBytes)
  if ('text' in reading) return reading.text
  problems.push({ file, line: 0, message: reading.problem })
  return undefined
}
