// The action's inputs, read through @actions/core. Secrets are masked the moment they are read.
import * as core from '@actions/core'
import {
  GITHUB_INPUT_NAMES,
  INPUT_NAMES,
  SECRET_INPUTS,
  VERBATIM_INPUTS,
  type RawInputs
} from '../inputs/input-names.js'

export function readActionInputs(): RawInputs {
  const inputs: RawInputs = {}
  for (const name of [...INPUT_NAMES, ...GITHUB_INPUT_NAMES]) {
    const value = core.getInput(name, { trimWhitespace: !VERBATIM_INPUTS.includes(name) })
    if (SECRET_INPUTS.includes(name) && value !== '') core.setSecret(value)
    inputs[name] = value
  }
  return inputs
}
