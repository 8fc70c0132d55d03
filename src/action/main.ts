// The action adapter: inputs -> gate -> outputs, manifest file and job summary.
import * as core from '@actions/core'
import { requestGitHubIdToken, type TokenWait } from '../aws/github-oidc.js'
import { archiveStoreFor, type ArchiveStoreOpener } from '../cache/archive-store.js'
import { readActionInputs } from './action-inputs.js'
import { confinedTempFolder, gateTempFolder, runnerTemp } from './runner-temp.js'
import { errorMessage, failureText, isGateError } from '../errors.js'
import { checkAgainstLock, runGate, type GateDependencies, type GateOutcome } from '../gate/run.js'
import { regionResults } from '../gate/region-verdict.js'
import { WarningAnnotations } from '../report/annotations.js'
import { defaultManifestPath, writeManifestFile } from '../report/manifest-file.js'
import { summaryForError, summaryForOutcome } from '../report/summary.js'
import {
  cutOutputWarning,
  fitJsonArray,
  MAX_OUTPUT_BYTES,
  utf8Bytes
} from '../report/output-limits.js'
import { loadChartRun } from '../inputs/chart-run.js'
import type { DigestLock } from '../inputs/lock-file.js'
import { timeoutSecondsOf, type Request } from '../inputs/request.js'
import { actionFileAccess, type FileAccess } from '../workspace-files.js'

export async function run(): Promise<void> {
  // Every warning of the step goes through one count: GitHub drops those past its limit.
  const warnings = new WarningAnnotations({
    warning: message => core.warning(message),
    info: message => core.info(message)
  })
  const warning = warnings.warning
  try {
    const inputs = readActionInputs()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    // Files come from the pull request: none may lead out of the workspace or the runner's temp.
    const access = actionFileAccess(workspace, await confinedTempFolder(process.env))
    // The archive store follows from the plan's cache settings: it is opened once they are read.
    const archivesFor: ArchiveStoreOpener = cache =>
      archiveStoreFor(cache, {
        access,
        // Loaded only for `cache: true`: the cache client is the largest part of the bundle.
        actionsCache: async () =>
          (await import('../cache/actions-store.js')).actionsArchiveStore({
            runnerTemp: runnerTemp(process.env),
            scope: [inputs['charts-file'], inputs.chart].join('\n'),
            timeoutMs: timeoutSecondsOf(inputs) * 1000,
            debug: message => core.debug(message),
            warning
          }),
        debug: message => core.debug(message),
        warning
      })
    const dependencies: GateDependencies = {
      mask: secret => core.setSecret(secret),
      debug: message => core.debug(message),
      warning,
      now: () => new Date(),
      environment: process.env,
      // GitHub sets this variable only for jobs with `permissions: id-token: write`. Not
      // core.getIDToken: its request cannot be stopped, and kept the process alive when unanswered.
      ...(process.env.ACTIONS_ID_TOKEN_REQUEST_URL === undefined
        ? {}
        : {
            idToken: (audience: string, wait: TokenWait) =>
              requestGitHubIdToken(audience, process.env, wait)
          })
    }
    if ((inputs['charts-file'] ?? '').trim() !== '') {
      // Loaded only for profile files: the single-chart step starts without their code.
      const { runProfiles } = await import('./charts-file.js')
      await runProfiles(inputs, { dependencies, archivesFor, writeSummary, access })
      return
    }
    const { request, lock, cache } = await loadChartRun(inputs, access)
    core.setOutput('resolved-endpoint', request.registry.endpoints.deployment[0].endpoint.authority)
    core.setOutput('used-default-region', 'false')
    const archiveStore = await archivesFor(cache)
    const outcome = await runGate(request, { ...dependencies, archiveStore })
    await publish(request, outcome, lock, access, warning)
  } catch (error) {
    core.setOutput('valid', 'false')
    if (isGateError(error)) {
      await writeSummary(summaryForError(error))
      core.setFailed(failureText(error))
    } else {
      // Not a user mistake: a bug. The stack goes to the debug log, the message to the user.
      if (error instanceof Error && error.stack !== undefined) core.debug(error.stack)
      core.setFailed(`Unexpected error: ${errorMessage(error)}`)
    }
  } finally {
    warnings.finish()
  }
}

async function publish(
  request: Request,
  outcome: GateOutcome,
  lock: DigestLock | undefined,
  access: FileAccess,
  warning: (message: string) => void
): Promise<void> {
  const regions = fitJsonArray(regionResults(outcome.checks), MAX_OUTPUT_BYTES)
  core.setOutput('region-results', regions.json)
  if (regions.kept < regions.total)
    warning(cutOutputWarning('region-results', regions, 'the job summary has every region'))
  if (!outcome.valid) {
    await writeSummary(summaryForOutcome(outcome))
    core.setOutput('valid', 'false')
    core.setFailed(`${outcome.message}\nHint: ${outcome.hint}`)
    return
  }
  const { chosen } = outcome
  const lockCheck = await checkAgainstLock(lock, chosen)
  const lockMismatch = lockCheck?.mismatch
  if (lockMismatch !== undefined) {
    await writeSummary(summaryForError({ title: 'Digest lock refused', ...lockMismatch }))
    core.setOutput('valid', 'false')
    core.setFailed(`${lockMismatch.message}\nHint: ${lockMismatch.hint}`)
    return
  }
  // The file first: if it cannot be written, no output or summary may claim success.
  if (outcome.distinctDigests > 1) {
    warning(
      `The regions hold ${outcome.distinctDigests} different builds of ${chosen.target.chart.name} ${chosen.target.chart.version}; digest and layer are those of ${chosen.target.region ?? 'the first region'} (see region-results). require-all-regions: true refuses this.`
    )
  }
  const manifestFile = await writeManifestFile(
    request.output.file ?? defaultManifestPath(request, chosen.target, gateTempFolder(process.env)),
    chosen.document,
    request,
    access
  )
  await writeSummary(summaryForOutcome(outcome))
  // Past GitHub's limit the layer is left out whole, never cut into JSON that does not parse.
  const layer = JSON.stringify(chosen.layer)
  const layerFits = utf8Bytes(layer) <= MAX_OUTPUT_BYTES
  core.setOutput('valid', 'true')
  core.setOutput('digest', chosen.chart.digest)
  core.setOutput('layer', layerFits ? layer : '')
  core.setOutput('manifest-file', manifestFile)
  core.setOutput('truncated', String(!layerFits))
  if (!layerFits)
    warning(
      `The layer output is left empty: the layer is larger than GitHub takes in one output (1 MB). The manifest file ${manifestFile} (output manifest-file) holds it.`
    )
  core.setOutput('resolved-endpoint', chosen.target.endpoint.authority)
  core.setOutput('resolved-region', chosen.target.region ?? '')
  core.setOutput('used-default-region', String(outcome.usedDefaultRegion))
  // Last: a lock that cannot be written fails the step, with every result already out.
  const lockFailure = await lockCheck?.record()
  if (lockFailure !== undefined) {
    core.setOutput('valid', 'false')
    throw lockFailure
  }
  core.info(
    `✅ ${chosen.target.chart.name} ${chosen.target.chart.version} is a Helm chart at oci://${chosen.target.reference}`
  )
  core.info(`   digest ${chosen.chart.digest}; manifest written to ${manifestFile}`)
}

// A runner always provides GITHUB_STEP_SUMMARY; a local run may not. The verdict must not hang on it.
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.debug(`No job summary written: ${errorMessage(error)}`)
  }
}
