// Text from profile files and registries, made safe to place in a Markdown table cell: it renders
// as the text it is, never as a link, an image, HTML, a hidden comment or a mention.

/** Characters Markdown would read as formatting, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_~[\]()!#|]/g

export function markdownCell(text: string, maxCharacters = Number.POSITIVE_INFINITY): string {
  const cut = text.length <= maxCharacters ? text : `${text.slice(0, maxCharacters)}…`
  return (
    cut
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replace(MARKDOWN_PUNCTUATION, character => `\\${character}`)
      // A zero-width space after @ keeps "@org/team" from notifying anyone, as Dependabot does.
      .replaceAll('@', '@&#8203;')
      .replace(/\s*\n\s*/g, '<br>')
  )
}
