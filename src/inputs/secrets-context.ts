// The secrets a registries file may name by variable: the environment's, and the reusable
// workflow's, handed over as one JSON object.
import { ConfigurationError } from '../errors.js'

/**
 * The variables `<secret>-env` may name: the environment, and the reusable workflow's secrets,
 * which it hands over as one JSON object in PALETTE_CHART_GATE_SECRETS (`toJSON(secrets)`). Only the
 * names a registries file gives are read, and each is masked then.
 */
export function withSecretsContext(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const text = environment.PALETTE_CHART_GATE_SECRETS
  if (text === undefined || text.trim() === '') return environment
  let secrets: unknown
  try {
    secrets = JSON.parse(text)
  } catch {
    secrets = undefined
  }
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
    throw new ConfigurationError(
      [
        {
          input: 'registries-file',
          message: 'PALETTE_CHART_GATE_SECRETS is not a JSON object of secrets'
        }
      ],
      'Set it to ${{ toJSON(secrets) }}, as the reusable workflow does, or leave it unset.'
    )
  }
  const strings = Object.entries(secrets).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string'
  )
  return { ...Object.fromEntries(strings), ...environment }
}
