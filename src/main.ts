// The action adapter: inputs -> gate -> outputs, manifest file and job summary.
import * as core from '@actions/core'
import { readActionInputs } from './context.js'
import { isGateError } from './errors.js'
import { runGate, type GateOutcome } from './gate.js'
import { defaultManifestPath, writeManifestFile } from './report/manifest-file.js'
import { summaryForError, summaryForOutcome } from './report/summary.js'
import { loadRequest } from './input-files.js'
import type { Request } from './request.js'

export async function run(): Promise<void> {
  try {
    const request = await loadRequest(readActionInputs())
    core.setOutput('resolved-endpoint', request.registry.endpoint.authority)
    const outcome = await runGate(request, {
      mask: secret => core.setSecret(secret),
      debug: message => core.debug(message),
      warning: message => core.warning(message),
      now: () => new Date()
    })
    await publish(request, outcome)
  } catch (error) {
    core.setOutput('valid', 'false')
    if (isGateError(error)) {
      await writeSummary(summaryForError(error))
      core.setFailed(`${error.title}: ${error.message}\nHint: ${error.hint}`)
    } else {
      // Not a user mistake: a bug. The stack goes to the debug log, the message to the user.
      if (error instanceof Error && error.stack !== undefined) core.debug(error.stack)
      core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

async function publish(request: Request, outcome: GateOutcome): Promise<void> {
  if (!outcome.valid) {
    await writeSummary(summaryForOutcome(outcome))
    core.setOutput('valid', 'false')
    core.setFailed(`${outcome.message}\nHint: ${outcome.hint}`)
    return
  }
  // The file first: if it cannot be written, no output or summary may claim success.
  const manifestFile = await writeManifestFile(
    request.output.file ?? defaultManifestPath(request, outcome.target, process.env.RUNNER_TEMP),
    outcome.document,
    request
  )
  await writeSummary(summaryForOutcome(outcome))
  core.setOutput('valid', 'true')
  core.setOutput('digest', outcome.chart.digest)
  core.setOutput('layer', JSON.stringify(outcome.layer))
  core.setOutput('manifest-file', manifestFile)
  core.info(
    `✅ ${outcome.target.chart.name} ${outcome.target.chart.version} is a Helm chart at oci://${outcome.target.reference}`
  )
  core.info(`   digest ${outcome.chart.digest}; manifest written to ${manifestFile}`)
}

// A runner always provides GITHUB_STEP_SUMMARY; a local run may not. The verdict must not hang on it.
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.debug(`No job summary written: ${error instanceof Error ? error.message : String(error)}`)
  }
}
