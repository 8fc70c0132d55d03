// Typed failures. Every one carries a user-facing message and a hint; none may carry a secret.

export interface InputProblem {
  /** The input (or flag) the problem is about, in the action's own spelling. */
  input: string
  message: string
}

export abstract class GateError extends Error {
  abstract readonly title: string
  readonly hint: string

  /** `options.cause`: the failure underneath (an SDK or file-system error), kept for debugging. */
  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options)
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
    hint = 'Fix the inputs named above and run again.',
    options?: ErrorOptions
  ) {
    super(problems.map(problem => `${problem.input}: ${problem.message}`).join('\n'), hint, options)
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

/** The run's deadline passed before an answer came. */
export class DeadlineError extends GateError {
  readonly title = 'Timed out'
}

export function isGateError(error: unknown): error is GateError {
  return error instanceof GateError
}

const MAX_SHOWN_CHARACTERS = 80
const MAX_QUOTED_CHARACTERS = 200

/** What went wrong, for a message: an Error's own message, anything else as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A failure as the step reports it: its title, message and hint. */
export function failureText(error: Pick<GateError, 'title' | 'message' | 'hint'>): string {
  return `${error.title}: ${error.message}\nHint: ${error.hint}`
}

/**
 * A value as a message shows it: JSON, with invisible and non-ASCII characters escaped (so
 * "ngin\u200bx" cannot pass for "nginx"), and long values cut with their length given.
 */
export function shown(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  const length = typeof value === 'string' ? value.length : text.length
  return cut(escapeUnprintable(text), MAX_SHOWN_CHARACTERS, length)
}

/** Text a registry sent, as a message quotes it: one line, escaped, at most 200 characters. */
export function quoted(text: string): string {
  return cut(escapeUnprintable(text), MAX_QUOTED_CHARACTERS, text.length)
}

function escapeUnprintable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, unicodeEscape)
}

/**
 * Characters a terminal or a CI log acts on rather than shows: control characters (C0, DEL, C1:
 * escape sequences, new lines that start `::add-mask::` workflow commands), format characters
 * (bidi overrides and isolates, zero-width characters), line and paragraph separators, and lone
 * surrogates.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu

/** Text as a terminal line shows it: every control character escaped, other Unicode kept as is. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL_CHARACTERS, unicodeEscape)
}

/** `\u` escapes of each UTF-16 unit, as JSON spells them, so escaped JSON stays JSON. */
function unicodeEscape(character: string): string {
  let escaped = ''
  for (let index = 0; index < character.length; index++)
    escaped += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`
  return escaped
}

function cut(text: string, maxCharacters: number, originalLength: number): string {
  if (text.length <= maxCharacters) return text
  return `${text.slice(0, maxCharacters)}… (${originalLength} characters)`
}
