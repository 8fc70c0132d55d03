// The command-line adapter: the same gate with the action's input names as --flags.
// Exit codes: 0 valid, 1 invalid (chart missing, not a chart, mismatch), 2 usage or any other error.
import { parseArgs } from 'node:util'
import { archiveStoreFor, type ArchiveStoreOpener } from '../cache/archive-store.js'
import { errorMessage, isGateError, type GateError } from '../errors.js'
import { checkAgainstLock, runGate, type GateDependencies } from '../gate/run.js'
import { FLAG_HELP } from './help.js'
import { renderManifest } from '../palette/layer.js'
import { writeManifestFile } from '../report/manifest-file.js'
import { loadChartRun } from '../inputs/chart-run.js'
import { COMMAND_LINE_ACCESS } from '../workspace-files.js'
import { INPUT_NAMES, type InputName, type RawInputs } from '../inputs/request.js'

export interface CliStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Standard input, read only for --password-stdin. */
  readStdin: () => Promise<string>
  /** Standard error is a terminal (a progress line may be drawn). */
  isTerminal?: boolean
}

export const EXIT = { valid: 0, invalid: 1, error: 2 } as const

/** Every flag may also come from the environment: PALETTE_CHART_GATE_PASSWORD for --password. */
export function environmentName(input: InputName): string {
  return `PALETTE_CHART_GATE_${input.toUpperCase().replaceAll('-', '_')}`
}

const USAGE = `Usage: palette-chart-gate --endpoint HOST --chart NAME --version VERSION [options]
       palette-chart-gate --charts-file 'profiles/**/*.yaml' [--registries-file FILE] [options]

Verifies that an exact Helm chart version exists in an OCI registry and prints the validated
Palette layer manifest on stdout. With --charts-file, checks every Helm layer of the profile files
and prints a table (or, with --output-format json, the results as JSON).

Options (each also read from PALETTE_CHART_GATE_<NAME>, e.g. PALETTE_CHART_GATE_PASSWORD):
${[
  ...INPUT_NAMES.map(name => [`--${name}`, FLAG_HELP[name]] as const),
  ['--password-stdin', 'read the password from standard input'] as const,
  ['--debug', 'log each request to stderr'] as const,
  ['--help', 'show this help'] as const
]
  .map(([flag, help]) => `  ${flag.padEnd(28)}${help}`)
  .join('\n')}

Exit codes: 0 valid, 1 invalid chart or layer, 2 usage, configuration or registry error.
`

export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  streams: CliStreams
): Promise<number> {
  let parsed: ReturnType<typeof parseFlags>
  try {
    parsed = parseFlags(argv)
  } catch (error) {
    streams.stderr(`${errorMessage(error)}\n\n${USAGE}`)
    return EXIT.error
  }
  if (parsed.values.help === true) {
    streams.stdout(USAGE)
    return EXIT.valid
  }
  try {
    const inputs: RawInputs = {}
    for (const name of INPUT_NAMES) {
      const flag = parsed.values[name]
      const value = typeof flag === 'string' ? flag : env[environmentName(name)]
      if (value !== undefined) inputs[name] = value
    }
    if (parsed.values['password-stdin'] === true)
      inputs.password = (await streams.readStdin()).replace(/\r?\n$/, '')
    const debug = parsed.values.debug === true
    const log = (message: string): void =>
      debug ? streams.stderr(`debug: ${message}\n`) : undefined
    const archivesFor: ArchiveStoreOpener = cache =>
      archiveStoreFor(cache, {
        access: COMMAND_LINE_ACCESS,
        debug: log,
        warning: message => streams.stderr(`warning: ${message}\n`)
      })
    const dependencies: GateDependencies = {
      mask: () => undefined,
      debug: log,
      warning: message => streams.stderr(`warning: ${message}\n`),
      now: () => new Date(),
      environment: env
    }
    if ((inputs['charts-file'] ?? '').trim() !== '') {
      // Loaded only for profile files: a single check starts without their code.
      const { runProfilesCli } = await import('./profile-report.js')
      return await runProfilesCli(
        inputs,
        { dependencies, archivesFor, streams },
        COMMAND_LINE_ACCESS
      )
    }
    const { request, lock, cache } = await loadChartRun(inputs, COMMAND_LINE_ACCESS)
    const archiveStore = await archivesFor(cache)
    const outcome = await runGate(request, { ...dependencies, archiveStore })
    if (!outcome.valid) {
      streams.stderr(`invalid: ${outcome.message}\nhint: ${outcome.hint}\n`)
      return EXIT.invalid
    }
    const { chosen } = outcome
    const lockCheck = await checkAgainstLock(lock, chosen)
    if (lockCheck?.mismatch !== undefined) {
      const { message, hint } = lockCheck.mismatch
      streams.stderr(`invalid: ${message}\nhint: ${hint}\n`)
      return EXIT.invalid
    }
    if (outcome.distinctDigests > 1) {
      streams.stderr(
        `warning: the regions hold ${outcome.distinctDigests} different builds; the manifest is that of ${chosen.target.region ?? 'the first region'}\n`
      )
    }
    if (request.output.file !== undefined)
      await writeManifestFile(request.output.file, chosen.document, request, COMMAND_LINE_ACCESS)
    const fallback = outcome.usedDefaultRegion
      ? ` (default region ${chosen.target.region ?? ''})`
      : ''
    streams.stderr(`valid: oci://${chosen.target.reference} ${chosen.chart.digest}${fallback}\n`)
    streams.stdout(renderManifest(chosen.document, request.output.format))
    // After the manifest is printed: a lock that cannot be written does not lose it.
    const lockFailure = await lockCheck?.record()
    if (lockFailure !== undefined) return reportError(lockFailure, streams)
    return EXIT.valid
  } catch (error) {
    if (!isGateError(error)) throw error
    return reportError(error, streams)
  }
}

function reportError(error: GateError, streams: CliStreams): number {
  streams.stderr(`${error.title}:\n${error.message}\nhint: ${error.hint}\n`)
  return EXIT.error
}

function parseFlags(argv: readonly string[]) {
  // fromEntries cannot know its keys; INPUT_NAMES lists exactly the InputName keys.
  const inputFlags = Object.fromEntries(
    INPUT_NAMES.map(name => [name, { type: 'string' }])
  ) as Record<InputName, { type: 'string' }>
  const parsed = parseArgs({
    args: joinFlagValues(argv),
    options: {
      ...inputFlags,
      'password-stdin': { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true,
    allowPositionals: true
  })
  // A stray argument is often half of an unquoted secret: say where it is, never what it is.
  if (parsed.positionals.length > 0) {
    const position = argv.indexOf(parsed.positionals[0] ?? '') + 1
    throw new Error(
      `Unexpected argument at position ${position} (not shown; quote values that contain spaces)`
    )
  }
  return parsed
}

/**
 * `--flag value` becomes `--flag=value` for every input flag, so that a value starting with '-'
 * (a PEM certificate, a password) is taken as the value instead of being refused as ambiguous.
 */
function joinFlagValues(argv: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    const next = argv[index + 1]
    if (argument.startsWith('--') && isInputName(argument.slice(2)) && next !== undefined) {
      joined.push(`${argument}=${next}`)
      index++
    } else {
      joined.push(argument)
    }
  }
  return joined
}

function isInputName(name: string): name is InputName {
  return INPUT_NAMES.some(input => input === name)
}
