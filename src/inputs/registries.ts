// Named registries for profile files, keyed by the Palette registry name packs carry in
// registry.metadata.name: the action's registry inputs under the same names, except secrets. A
// secret never sits in the file: an entry names the environment variable that holds it. Pure.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml'
import { shown } from '../errors.js'
import type { FileProblem } from '../palette/profile.js'
import { parseWithLines, scalarText } from '../palette/yaml-lines.js'
import { INPUT_NAMES, SECRET_INPUTS, type InputName, type RawInputs } from './input-names.js'

export interface RegistryDefinition {
  /** The Palette registry name, the key in the file. */
  name: string
  uid?: string
  file: string
  line: number
  /** The action's inputs for this registry, secrets read from the environment. */
  inputs: RawInputs
}

export interface RegistriesReading {
  registries: RegistryDefinition[]
  problems: FileProblem[]
  /** Secrets read from the environment, to be masked before anything is logged. */
  secrets: string[]
}

/** Entry keys taken as they are: the action's registry inputs. */
const PLAIN_KEYS: readonly InputName[] = [
  'endpoint',
  'base-content-path',
  'auth-type',
  'username',
  'protected',
  'role-arn',
  'external-id',
  'role-session-name',
  'role-duration-seconds',
  'region',
  'default-region',
  'require-all-regions',
  'ca-certificate',
  'insecure-skip-tls-verify'
]

/** The registry's secrets (the action's secret inputs but its own token), each as `<input>-env`. */
const SECRET_KEYS: readonly InputName[] = SECRET_INPUTS.filter((name): name is InputName =>
  INPUT_NAMES.some(input => input === name)
)

export function readRegistriesText(
  file: string,
  text: string,
  environment: NodeJS.ProcessEnv
): RegistriesReading {
  const { document, lineOf, syntax } = parseWithLines(text)
  if (syntax !== undefined) return failed({ file, ...syntax })
  const section = document.get('registries', true)
  const root = isMap(section) ? section : document.contents
  if (!isMap(root))
    return failed({
      file,
      line: 1,
      message: 'holds no registries: a mapping of Palette registry names to settings'
    })
  return readRegistries(file, root, lineOf, environment)
}

export function readRegistries(
  file: string,
  node: YAMLMap,
  lineOf: (node: Node) => number,
  environment: NodeJS.ProcessEnv
): RegistriesReading {
  const reading: RegistriesReading = { registries: [], problems: [], secrets: [] }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : ''
    const line = isScalar(pair.key) ? lineOf(pair.key) : 1
    const problem = (message: string): void => {
      reading.problems.push({ file, line, message: `registry ${shown(name)}: ${message}` })
    }
    if (!isMap(pair.value)) {
      problem('needs settings (endpoint, auth-type, ...)')
      continue
    }
    const inputs: RawInputs = { 'registry-name': name }
    let uid: string | undefined
    for (const field of pair.value.items) {
      const key = isScalar(field.key) ? String(field.key.value) : ''
      const value = scalarText(field.value)
      if (value === undefined) {
        problem(`${shown(key)} must be a single value`)
        continue
      }
      if (key === 'uid') {
        uid = value
        inputs['registry-uid'] = value
        continue
      }
      const plain = PLAIN_KEYS.find(input => input === key)
      if (plain !== undefined) {
        inputs[plain] = value
        continue
      }
      const secret = SECRET_KEYS.find(input => input === key)
      if (secret !== undefined) {
        problem(
          `holds ${key} in the file, where anyone who reads the repository sees it. Store it as a secret, pass it to the step as an environment variable (env: NAME: \${{ secrets.NAME }}) and write ${key}-env: NAME here`
        )
        continue
      }
      const fromEnvironment = SECRET_KEYS.find(input => `${input}-env` === key)
      if (fromEnvironment === undefined) {
        problem(
          `${shown(key)} is not a registry setting (${[...PLAIN_KEYS, 'uid', ...SECRET_KEYS.map(input => `${input}-env`)].join(', ')})`
        )
        continue
      }
      const secretValue = environment[value]
      if (secretValue === undefined || secretValue === '') {
        problem(
          `${key} names the environment variable ${value}, which is not set: map the secret to it in the step's env`
        )
        continue
      }
      reading.secrets.push(secretValue)
      inputs[fromEnvironment] = secretValue
    }
    reading.registries.push({ name, ...(uid === undefined ? {} : { uid }), file, line, inputs })
  }
  return reading
}

function failed(problem: FileProblem): RegistriesReading {
  return { registries: [], problems: [problem], secrets: [] }
}
