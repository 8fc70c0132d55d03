// GitHub's limits on what a step publishes, and pure helpers that cut to them: an output past its
// limit fails the job or is lost, and a step summary past its limit is not shown at all.

/** GitHub takes at most 1 MB per output (its documentation says MB: below 1 MiB either way). */
export const MAX_OUTPUT_BYTES = 1_000_000

/** The runner shows no step summary larger than 1 MiB. */
export const MAX_SUMMARY_BYTES = 1024 * 1024

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export interface FittedArray {
  /** A JSON array of the first `kept` items, each whole. */
  json: string
  kept: number
  total: number
}

/**
 * `items` as a JSON array of at most `maxBytes` (at least 2) UTF-8 bytes: the first entries that
 * fit, each whole, so the output always parses. Items past the cut are never serialized.
 */
export function fitJsonArray(items: readonly unknown[], maxBytes: number): FittedArray {
  const parts: string[] = []
  let bytes = 2
  for (const item of items) {
    // As JSON.stringify writes an array: what has no JSON form is null.
    const text: string | undefined = JSON.stringify(item)
    const entry = text ?? 'null'
    const cost = utf8Bytes(entry) + (parts.length > 0 ? 1 : 0)
    if (bytes + cost > maxBytes) break
    parts.push(entry)
    bytes += cost
  }
  return { json: `[${parts.join(',')}]`, kept: parts.length, total: items.length }
}

/** How many of `lines`, taken from the start, fit in `budget` bytes, each with its newline. */
export function linesThatFit(lines: readonly string[], budget: number): number {
  let left = budget
  for (const [index, line] of lines.entries()) {
    left -= utf8Bytes(line) + 1
    if (left < 0) return index
  }
  return lines.length
}

/** The warning for a JSON array output that holds only its first entries. */
export function cutOutputWarning(output: string, fitted: FittedArray, whereAll: string): string {
  return `The ${output} output holds the first ${fitted.kept} of ${fitted.total} entries (GitHub takes at most 1 MB per output); ${whereAll}.`
}
