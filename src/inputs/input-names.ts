// The action's inputs by name: the contract action.yml declares and the command line mirrors as flags.

/** Every input the gate reads, in the action's spelling. */
export const INPUT_NAMES = [
  'registry-name',
  'registry-uid',
  'endpoint',
  'base-content-path',
  'auth-type',
  'username',
  'password',
  'chart',
  'version',
  'charts-file',
  'registries-file',
  'concurrency',
  'lock-file',
  'update-lock',
  'cache-directory',
  'layer-type',
  'values',
  'deploy-checks',
  'kubernetes-version',
  'output-file',
  'output-format',
  'ca-certificate',
  'insecure-skip-tls-verify',
  'timeout-seconds',
  'deadline-seconds',
  'protected',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'role-arn',
  'external-id',
  'role-session-name',
  'role-duration-seconds',
  'region',
  'default-region',
  'require-all-regions'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** Inputs only the action reads: they need a GitHub runner (its cache, the pull request, the token). */
export const GITHUB_INPUT_NAMES = ['cache', 'changed-only', 'comment', 'github-token'] as const

export type GitHubInputName = (typeof GITHUB_INPUT_NAMES)[number]
export type RawInputs = Partial<Record<InputName | GitHubInputName, string>>

/** Inputs whose values are masked the moment they are read. */
export const SECRET_INPUTS: readonly (InputName | GitHubInputName)[] = [
  'password',
  'github-token',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token'
]

/** Inputs taken as given: spaces may belong to a password, indentation to YAML. */
export const VERBATIM_INPUTS: readonly (InputName | GitHubInputName)[] = ['password', 'values']
