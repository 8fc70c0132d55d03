// A chart's kubeVersion constraint, read and judged as Helm judges it at install (Masterminds
// semver v3.4, in Helm 4 and 3.19): `||` between groups; `,` or spaces between the constraints of a
// group; `=`, `!=`, `>`, `<`, `>=`, `<=`, `~`, `^`; `x`, `X` and `*` wildcards; `A - B` ranges. A
// prerelease version (EKS "v1.31.10-eks-931bdca") passes a group only when one of the group's
// constraints names a prerelease: `>=1.21.0` refuses EKS, `>=1.21.0-0` accepts it.
import { compareVersions, parseHelmVersion, type HelmVersion } from './semver.js'

type Operator = '' | '=' | '!=' | '>' | '<' | '>=' | '=>' | '<=' | '=<' | '~' | '~>' | '^'

interface Constraint {
  operator: Operator
  version: HelmVersion
  /** A wildcard or a missing part: "1.x" (minor), "1.2" (patch), "*" (all). */
  wildcard: 'none' | 'minor' | 'patch' | 'all'
}

export type ConstraintReading =
  { ok: true; groups: readonly (readonly Constraint[])[] } | { ok: false; reason: string }

/** Helm reads any length; the gate stops here, as the range pattern backtracks on long text. */
export const MAX_CONSTRAINT_LENGTH = 256

// Helm's patterns, in Go's regexp (linear time). Go's \s is ASCII white space only.
const SPACE = '[\\t\\n\\f\\r ]'
const SPACES = new Set(['\t', '\n', '\f', '\r', ' '])
const OPERATORS: ReadonlySet<string> = new Set<Operator>([
  '',
  '=',
  '!=',
  '>',
  '<',
  '>=',
  '=>',
  '<=',
  '=<',
  '~',
  '~>',
  '^'
])
const OPERATOR_CHARACTERS = new Set(['=', '!', '>', '<', '~', '^'])
const PART = '[0-9|xX*]+'
const VERSION = `v?(${PART})(\\.${PART})?(\\.${PART})?(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?`
const RANGE = new RegExp(`${SPACE}*(${VERSION})${SPACE}+-${SPACE}+(${VERSION})${SPACE}*`, 'g')
const WHOLE_VERSION = new RegExp(`^${VERSION}$`)

export function readConstraint(text: string): ConstraintReading {
  const tokens = constraintTokens(text)
  if (!tokens.ok) return tokens
  const groups: Constraint[][] = []
  for (const items of tokens.groups) {
    const constraints: Constraint[] = []
    for (const item of items) {
      const constraint = parseOne(item.operator, item.version)
      if (constraint === undefined) return { ok: false, reason: 'constraint parser error' }
      constraints.push(constraint)
    }
    groups.push(constraints)
  }
  return { ok: true, groups }
}

type Token = { operator: Operator; version: RegExpExecArray }

/** The groups of operator and version tokens, ranges rewritten; exported for the pattern test. */
export function constraintTokens(
  text: string
): { ok: true; groups: Token[][] } | { ok: false; reason: string } {
  if (text.length > MAX_CONSTRAINT_LENGTH)
    return { ok: false, reason: `it is longer than ${MAX_CONSTRAINT_LENGTH} characters` }
  // "1.2 - 1.4" is ">= 1.2, <= 1.4"; each range text is replaced where it first occurs.
  let rewritten = text
  for (const range of [...text.matchAll(RANGE)])
    rewritten = rewritten.replace(range[0], () => `>= ${range[1] ?? ''}, <= ${range[11] ?? ''} `)
  const groups: Token[][] = []
  for (const group of rewritten.split('||')) {
    const items = readGroup(group)
    if (items === undefined) return { ok: false, reason: `improper constraint: ${group}` }
    groups.push(items)
  }
  return { ok: true, groups }
}

const isOperator = (text: string): text is Operator => OPERATORS.has(text)

/**
 * The constraints of one group, as Helm's group pattern accepts them: operator, spaces, version,
 * then spaces or one comma (with spaces) before the next. Read in one pass: the same pattern in a
 * backtracking engine takes exponential time on text such as " x 1.2-x 1.2-x ... !". A version
 * holds no space, comma or operator character, so each item ends where its version token ends.
 */
function readGroup(text: string): Token[] | undefined {
  const items: Token[] = []
  let at = 0
  const skipSpaces = (): void => {
    while (at < text.length && SPACES.has(text.charAt(at))) at++
  }
  skipSpaces()
  for (;;) {
    const operatorStart = at
    while (at < text.length && OPERATOR_CHARACTERS.has(text.charAt(at))) at++
    const operator = text.slice(operatorStart, at)
    if (!isOperator(operator)) return undefined
    skipSpaces()
    const versionStart = at
    while (at < text.length && !SPACES.has(text.charAt(at)) && text.charAt(at) !== ',') at++
    const version = WHOLE_VERSION.exec(text.slice(versionStart, at))
    if (version === null) return undefined
    items.push({ operator, version })
    skipSpaces()
    const comma = text.charAt(at) === ','
    if (comma) {
      at++
      skipSpaces()
    }
    if (at === text.length) return comma ? undefined : items
  }
}

function parseOne(operator: Operator, match: RegExpExecArray): Constraint | undefined {
  const [whole = '', major = '', minor = '', patch = '', prerelease = ''] = match
  const isWild = (part: string): boolean => ['x', 'X', '*'].includes(part.replace(/^\./, ''))
  let written = whole
  let wildcard: Constraint['wildcard'] = 'none'
  // The first wildcard or missing part decides; metadata and a "v" are dropped with it.
  if (isWild(major)) {
    written = `0.0.0${prerelease}`
    wildcard = 'all'
  } else if (minor === '' || isWild(minor)) {
    written = `${major}.0.0${prerelease}`
    wildcard = 'minor'
  } else if (patch === '' || isWild(patch)) {
    written = `${major}${minor}.0${prerelease}`
    wildcard = 'patch'
  }
  const version = parseHelmVersion(written)
  return version === undefined ? undefined : { operator, version, wildcard }
}

/** Whether `version` satisfies the constraint: one group whose every constraint it meets. */
export function satisfiesConstraint(
  reading: Extract<ConstraintReading, { ok: true }>,
  version: HelmVersion
): boolean {
  return reading.groups.some(group => {
    // A prerelease is considered only by a group in which some constraint names one.
    const prereleaseAllowed = group.some(constraint => constraint.version.prerelease !== '')
    if (version.prerelease !== '' && !prereleaseAllowed) return false
    return group.every(constraint => meets(version, constraint))
  })
}

function meets(v: HelmVersion, c: Constraint): boolean {
  const order = compareVersions(v, c.version)
  // As Helm marks them: "*" is dirty only, "1.x" minor-dirty, "1.2" or "1.2.x" patch-dirty.
  const dirty = c.wildcard !== 'none'
  const minorDirty = c.wildcard === 'minor'
  const patchDirty = c.wildcard === 'patch'
  const con = c.version
  switch (c.operator) {
    case '':
    case '=':
      return dirty ? tilde(v, c, order) : order === 0
    case '!=':
      if (dirty) {
        if (v.major !== con.major) return true
        if (v.minor !== con.minor && !minorDirty) return true
        if (minorDirty) return false
        if (v.patch !== con.patch && !patchDirty) return true
        // "!=1.2.x" meets a 1.2 version only when the prereleases differ.
        if (patchDirty) return v.prerelease !== con.prerelease
      }
      return order !== 0
    case '>':
      if (!dirty) return order > 0
      if (v.major !== con.major) return v.major > con.major
      if (minorDirty) return false
      if (patchDirty) return v.minor > con.minor
      return order > 0
    case '<':
      return order < 0
    case '>=':
    case '=>':
      return order >= 0
    case '<=':
    case '=<':
      if (!dirty) return order <= 0
      if (v.major > con.major) return false
      return !(v.major === con.major && v.minor > con.minor && !minorDirty)
    case '~':
    case '~>':
      return tilde(v, c, order)
    case '^':
      return caret(v, c, order)
  }
}

function tilde(v: HelmVersion, c: Constraint, order: number): boolean {
  if (order < 0) return false
  const { major, minor, patch } = c.version
  const minorDirty = c.wildcard === 'minor'
  // ~0.0.0 accepts everything from there (and so does "~*").
  if (major === 0n && minor === 0n && patch === 0n && !minorDirty && c.wildcard !== 'patch')
    return true
  if (v.major !== major) return false
  return v.minor === minor || minorDirty
}

function caret(v: HelmVersion, c: Constraint, order: number): boolean {
  if (order < 0) return false
  const { major, minor, patch } = c.version
  if (major > 0n || c.wildcard === 'minor') return v.major === major
  if (v.major > 0n) return false
  if (minor > 0n || c.wildcard === 'patch') return v.minor === minor
  if (v.minor > 0n) return false
  return v.patch === patch
}
