// Typed failures. Every one carries a user-facing message and a hint; none may carry a secret.

export interface InputProblem {
  /** The input (or flag) the problem is about, in the action's own spelling. */
  input: string
  message: string
}

export abstract class GateError extends Error {
  abstract readonly title: string
  readonly hint: string

  constructor(message: string, hint: string) {
    super(message)
    this.name = new.target.name
    this.hint = hint
  }
}

/** Inputs that cannot describe a check; found before any request is sent. */
export class ConfigurationError extends GateError {
  readonly title = 'Configuration error'
  readonly problems: readonly InputProblem[]

  constructor(
    problems: readonly InputProblem[],
    hint = 'Fix the inputs named above and run again.'
  ) {
    super(problems.map(problem => `${problem.input}: ${problem.message}`).join('\n'), hint)
    this.problems = problems
  }
}

/** The registry refused the credentials (401), or demanded credentials that were not given. */
export class AuthenticationError extends GateError {
  readonly title = 'Authentication failed'
}

/** The credentials were accepted but may not pull this repository (403 / DENIED). */
export class PermissionError extends GateError {
  readonly title = 'Permission denied'
}

/** The registry could not be reached or spoke in a way the gate cannot use. */
export class RegistryError extends GateError {
  readonly title = 'Registry error'
}

/** Credentials would cross the network in clear text. */
export class InsecureTransportError extends GateError {
  readonly title = 'Insecure transport refused'
}

export function isGateError(error: unknown): error is GateError {
  return error instanceof GateError
}
