// The action's inputs, read through @actions/core. Secrets are masked the moment they are read.
import * as core from '@actions/core'
import { INPUT_NAMES, SECRET_INPUTS, type RawInputs } from './request.js'

export function readActionInputs(): RawInputs {
  const inputs: RawInputs = {}
  for (const name of INPUT_NAMES) {
    const secret = SECRET_INPUTS.includes(name)
    // Secrets keep their spaces; everything else is trimmed as the runner users expect.
    const value = core.getInput(name, { trimWhitespace: !secret })
    if (secret && value !== '') core.setSecret(value)
    inputs[name] = value
  }
  return inputs
}
