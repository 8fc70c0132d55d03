// YAML that a pull request or a registry controls, read safely: the parser prints nothing (its
// warnings quote the text, and a quoted line can be a workflow command), and block nesting is
// bounded before the parser sees the text. The parser recurses once per level: nested ten
// thousand deep, V8 aborts the whole process, which no catch can stop.

/** Options for every parse of such text: warnings kept in the document, never printed. */
export const QUIET_YAML = { logLevel: 'error' } as const

/** The column past which no block node may start: about 500 levels of compact `- - -`. */
export const MAX_BLOCK_COLUMN = 1000

// Indentation, and the indicators that open a nested block on the same line (`- `, `? `, `: `).
const LEADING = /^(?:[ \t]|[-?:](?=[ \t]|$))*/

/** Why the text nests blocks too deep to be parsed; undefined when it does not. */
export function blockNestingProblem(text: string): string | undefined {
  let start = 0
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? text.length : end)
    if ((LEADING.exec(line)?.[0].length ?? 0) > MAX_BLOCK_COLUMN)
      return `nests blocks past column ${MAX_BLOCK_COLUMN}, deeper than the gate reads`
    if (end === -1) break
    start = end + 1
  }
  return undefined
}
