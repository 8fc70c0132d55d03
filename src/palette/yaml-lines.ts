// YAML (and JSON, which YAML reads) with the line each node starts on, for files users edit:
// profile exports, chart lists, registries files and the digest lock. These files come from pull
// requests, so reading them is bounded and strict: a file too large or too deeply nested for the
// parser's memory is refused before it is parsed; duplicate keys, aliases and merge keys are
// refused on their line (Palette's decoder would read them otherwise than a lenient reader);
// and only the first syntax error is kept, without the pretty context the library builds for each.
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  type Document,
  type Node
} from 'yaml'
import { blockNestingProblem, QUIET_YAML } from '../yaml-text.js'
import { quoted } from '../errors.js'

export interface LinedDocument {
  document: Document.Parsed
  lineOf: (node: Node | null | undefined) => number
  /** The first problem that makes the file unreadable as written, on its line, in one line. */
  syntax?: { line: number; message: string }
}

/**
 * Values (scalars and flow collections) a document may hold: the parser keeps about 1 KiB per node,
 * so this keeps one file under about 300 MiB. A 50,000-entry lock holds 250,000.
 */
export const MAX_YAML_VALUES = 300_000
/**
 * Nesting deeper than this is refused: brackets 5,000 deep crash the YAML library (a fatal
 * out-of-memory), block nesting a few thousand deep overflows its stack, and Helm values are
 * turned into text by recursion too.
 */
export const MAX_NESTING = 100

const TOO_DEEP = `nests more than ${MAX_NESTING} levels deep, past what the gate reads`

export function parseWithLines(text: string): LinedDocument {
  const lineCounter = new LineCounter()
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line
  const lineOf = (node: Node | null | undefined): number =>
    node?.range === undefined || node.range === null ? 1 : lineAt(node.range[0])
  const refused = (message: string): LinedDocument => ({
    document: parseDocument(''),
    lineOf: () => 1,
    syntax: { line: 1, message }
  })
  const refusal = measureShape(text)
  if (refusal !== undefined) return refused(refusal)
  // uniqueKeys off: the library's own check compares every key with every other (minutes for
  // 100,000 keys); duplicates are found below in one pass. prettyErrors off: it copies the line
  // into each error, and one bad byte in a one-line JSON file makes tens of thousands of them.
  let document: Document.Parsed
  try {
    document = parseDocument(text, {
      ...QUIET_YAML,
      lineCounter,
      uniqueKeys: false,
      prettyErrors: false
    })
  } catch (error) {
    // Block nesting is not measured before parsing; the library's recursion finds it too deep.
    if (isStackOverflow(error)) return refused(TOO_DEEP)
    throw error
  }
  const [error] = document.errors
  if (error !== undefined && /call stack/i.test(error.message)) return refused(TOO_DEEP)
  if (error !== undefined) {
    return {
      document,
      lineOf,
      syntax: {
        line: lineAt(error.pos[0]),
        message: `is not valid JSON or YAML: ${quoted(error.message.split('\n')[0] ?? '')}`
      }
    }
  }
  const problem = firstStructureProblem(document.contents, lineOf)
  return problem === undefined ? { document, lineOf } : { document, lineOf, syntax: problem }
}

/** Why the text is too large for the parser, from one pass of its lexer; undefined when it is not. */
function measureShape(text: string): string | undefined {
  const nesting = blockNestingProblem(text)
  if (nesting !== undefined) return nesting
  let values = 0
  let depth = 0
  for (const lexeme of new Lexer().lex(text)) {
    // The lexer marks a plain scalar with \x1f; a quoted scalar starts with its quote.
    const first = lexeme.charAt(0)
    // A block sequence item (-) or complex key (?) starts a node too, empty or not.
    if (
      first === '\x1f' ||
      first === '"' ||
      first === "'" ||
      first === '[' ||
      first === '{' ||
      lexeme === '-' ||
      lexeme === '?'
    )
      values++
    if (lexeme === '[' || lexeme === '{') depth++
    else if (lexeme === ']' || lexeme === '}') depth = Math.max(0, depth - 1)
    if (values > MAX_YAML_VALUES)
      return `holds more than ${MAX_YAML_VALUES.toLocaleString('en-US')} values, past what the gate reads in one file; split it`
    if (depth > MAX_NESTING)
      return `nests brackets more than ${MAX_NESTING} deep, past what the gate reads`
  }
  return undefined
}

/**
 * The duplicate key, alias or merge key nearest the start of the file, walking every node once (no
 * recursion: a deep file must not exhaust the stack; no alias is followed, so a bomb costs nothing).
 */
function firstStructureProblem(
  root: unknown,
  lineOf: (node: Node) => number
): { line: number; message: string } | undefined {
  let first: { offset: number; node: Node; message: string } | undefined
  const found = (node: Node, message: string): void => {
    const offset = node.range?.[0] ?? 0
    if (first === undefined || offset < first.offset) first = { offset, node, message }
  }
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop() ?? { node: undefined, depth: 0 }
    if (depth > MAX_NESTING && (isMap(node) || isSeq(node))) {
      found(node, TOO_DEEP)
      continue
    }
    if (isAlias(node))
      found(
        node,
        `uses the alias *${node.source}: the gate reads what is written, so write the value out instead of an anchor and alias`
      )
    // One at a time: spreading 300,000 items into push would overflow the call's arguments.
    if (isSeq(node)) for (const item of node.items) pending.push({ node: item, depth: depth + 1 })
    if (!isMap(node)) continue
    const keys = new Set<string>()
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      pending.push({ node: pair.value, depth: depth + 1 })
      if (!isScalar(pair.key)) {
        // Helm reads keys as text; a mapping or a list as a key is rendered by recursion that
        // grows with the square of its nesting.
        if (isNode(pair.key))
          found(pair.key, 'uses a mapping or a list as a key: write keys as single values')
        continue
      }
      const key: unknown = pair.key.value
      if (key === '<<')
        found(
          pair.key,
          'uses a merge key (<<): the gate reads what is written, so write the keys out instead'
        )
      const identity = `${typeof key}:${String(key)}`
      if (keys.has(identity))
        found(
          pair.key,
          `is not valid JSON or YAML: Map keys must be unique; ${quoted(JSON.stringify(String(key)))} appears twice in one mapping`
        )
      keys.add(identity)
    }
  }
  return first === undefined ? undefined : { line: lineOf(first.node), message: first.message }
}

/** A RangeError from the call stack; by name, as errors from another realm are not instances. */
function isStackOverflow(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'RangeError' &&
    'message' in error &&
    /call stack/i.test(String(error.message))
  )
}

/**
 * A scalar as the user wrote it: a version 1.10 stays "1.10", not the number 1.1. Undefined for
 * a mapping or a list; empty for null.
 */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined
  if (node.value === null || node.value === undefined) return ''
  if (typeof node.value === 'object') return undefined
  return typeof node.source === 'string' ? node.source : String(node.value)
}
