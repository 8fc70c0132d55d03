// Text from profile files and registries, made safe to place in a Markdown table cell: it renders
// as the text it is, never as a link, an image, HTML, a hidden comment or a mention.

/** Characters Markdown would read as formatting, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!#|]/g

export function markdownCell(text: string, maxCharacters = Number.POSITIVE_INFINITY): string {
  return (
    cut(text, maxCharacters)
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replace(MARKDOWN_PUNCTUATION, character => `\\${character}`)
      // A zero-width space after @ keeps "@org/team" from notifying anyone, as Dependabot does.
      .replaceAll('@', '@&#8203;')
      .replace(/\s*(?:\r\n|\r|\n)\s*/g, '<br>')
  )
}

/**
 * Text from profile files and registries for the public pull-request comment: a code span, inside
 * which nothing renders (no mention, link, autolink, issue reference, HTML or hidden comment).
 */
export function codeCell(
  text: string,
  maxCharacters = Number.POSITIVE_INFINITY,
  inTable = true
): string {
  // Every line ending CommonMark knows, a lone CR too: a new line would leave the span.
  const line = cut(text, maxCharacters).replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
  if (line.trim() === '') return ''
  // A fence longer than any run of backticks inside; a space where the text touches the fence.
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map(run => run[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  // GitHub splits table cells at | before it reads code spans, so | is escaped inside them too.
  return `${fence}${pad}${inTable ? line.replaceAll('|', '\\|') : line}${pad}${fence}`
}

function cut(text: string, maxCharacters: number): string {
  return text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…`
}
