// Renders the README's Inputs and Outputs tables from action.yml, between their marker comments.
// Pure: text in, text out. scripts/readme-tables.mjs reads and writes the files; a unit test checks
// that the committed README.md is what this renders.
import YAML from 'yaml'

const SECTIONS = [
  {
    name: 'inputs',
    columns: ['Input', 'Required', 'Default', 'Description'],
    row: (name, spec) => [
      codeSpan(name),
      spec.required === true || spec.required === 'true' ? 'yes' : 'no',
      spec.default === undefined || spec.default === null ? '' : codeSpan(String(spec.default)),
      description(name, spec)
    ]
  },
  {
    name: 'outputs',
    columns: ['Output', 'Description'],
    row: (name, spec) => [codeSpan(name), description(name, spec)]
  }
]

/**
 * Returns readmeText with the text between `<!-- inputs:start -->` and `<!-- inputs:end -->`, and
 * between `<!-- outputs:start -->` and `<!-- outputs:end -->`, replaced by the tables of the
 * inputs and outputs declared in actionYmlText. Throws when a marker is missing, repeated or out
 * of order, or when action.yml lacks a description.
 */
export function renderReadmeTables(actionYmlText, readmeText) {
  const action = YAML.parse(actionYmlText)
  let readme = readmeText
  for (const section of SECTIONS) {
    const declared = action?.[section.name]
    if (declared === null || typeof declared !== 'object' || Array.isArray(declared))
      throw new Error(`action.yml has no ${section.name}: mapping`)
    const rows = Object.entries(declared).map(([name, spec]) => section.row(name, spec ?? {}))
    readme = replaceBetweenMarkers(readme, section.name, table(section.columns, rows))
  }
  return readme
}

function replaceBetweenMarkers(text, name, content) {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const startAt = onlyOccurrence(text, start, name)
  const endAt = onlyOccurrence(text, end, name)
  if (endAt < startAt) throw new Error(`README.md has ${end} before ${start}`)
  return `${text.slice(0, startAt + start.length)}\n\n${content}\n\n${text.slice(endAt)}`
}

function onlyOccurrence(text, marker, name) {
  const at = text.indexOf(marker)
  if (at === -1)
    throw new Error(
      `README.md has no ${marker} marker: put <!-- ${name}:start --> and <!-- ${name}:end --> ` +
        `around the ${name} table`
    )
  if (text.indexOf(marker, at + 1) !== -1) throw new Error(`README.md has ${marker} more than once`)
  return at
}

function description(name, spec) {
  if (typeof spec.description !== 'string' || spec.description.trim() === '')
    throw new Error(`action.yml: ${name} has no description`)
  return escapeCell(spec.description.replace(/\s+/g, ' ').trim())
}

/** Inline code, with a fence longer than any run of backticks inside; `''` for the empty string. */
function codeSpan(value) {
  if (value === '') return "`''`"
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 ? ' ' : ''
  return escapeCell(`${fence}${pad}${value}${pad}${fence}`)
}

// A pipe ends a table cell even inside inline code, so every one is escaped.
const escapeCell = text => text.replace(/\|/g, '\\|')

// Aligned the way Prettier aligns a Markdown table, so that `prettier --check` and this agree.
function table(columns, rows) {
  const widths = columns.map((column, i) =>
    Math.max(3, width(column), ...rows.map(row => width(row[i])))
  )
  const line = cells => `| ${cells.map((cell, i) => pad(cell, widths[i])).join(' | ')} |`
  return [line(columns), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

const pad = (cell, w) => cell + ' '.repeat(w - width(cell))

// Characters as displayed (code points); the descriptions are expected to be plain text.
const width = text => [...text].length
