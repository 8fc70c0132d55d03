// The action adapter: inputs -> gate -> outputs, manifest file and job summary.
import * as core from '@actions/core'
import { readActionInputs } from './context.js'
import { isGateError } from './errors.js'
import { runGate, type GateOutcome } from './gate.js'
import { defaultManifestPath, writeManifestFile } from './report/manifest-file.js'
import { summaryForError, summaryForOutcome } from './report/summary.js'
import { parseRequest, type Request } from './request.js'

export async function run(): Promise<void> {
  try {
    const request = parseRequest(readActionInputs())
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
  core.setOutput('resolved-endpoint', outcome.target.endpoint.authority)
  await writeSummary(summaryForOutcome(outcome))
  if (!outcome.valid) {
    core.setOutput('valid', 'false')
    core.setFailed(`${outcome.message}\nHint: ${outcome.hint}`)
    return
  }
  const manifestFile = await writeManifestFile(
    request.output.file ?? defaultManifestPath(request, outcome.target.tag, process.env.RUNNER_TEMP),
    outcome.document,
    request
  )
  core.setOutput('valid', 'true')
  core.setOutput('digest', outcome.chart.digest)
  core.setOutput('layer', JSON.stringify(outcome.layer))
  core.setOutput('manifest-file', manifestFile)
  core.info(`✅ ${outcome.target.chart.name} ${outcome.target.chart.version} is a Helm chart at oci://${outcome.target.reference}`)
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
