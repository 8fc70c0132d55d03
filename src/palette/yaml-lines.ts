// YAML (and JSON, which YAML reads) with the line each node starts on, for files users edit:
// profile exports, chart lists, registries files and the digest lock. Duplicate keys are errors.
import { isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'

export interface LinedDocument {
  document: Document.Parsed
  lineOf: (node: Node | null | undefined) => number
  /** The first syntax error, on its line, with a one-line message. */
  syntax?: { line: number; message: string }
}

export function parseWithLines(text: string): LinedDocument {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const lineOf = (node: Node | null | undefined): number =>
    node?.range === undefined || node.range === null ? 1 : lineCounter.linePos(node.range[0]).line
  const [error] = document.errors
  if (error === undefined) return { document, lineOf }
  return {
    document,
    lineOf,
    syntax: {
      line: error.linePos?.[0]?.line ?? 1,
      message: `is not valid JSON or YAML: ${error.message.split('\n')[0] ?? ''}`
    }
  }
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
