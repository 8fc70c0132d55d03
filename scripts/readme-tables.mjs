// Writes the README's Inputs and Outputs tables from action.yml (npm run readme), or, with
// --check, fails when README.md differs from what it would write (npm run readme:check).
import { readFileSync, writeFileSync } from 'node:fs'
import { renderReadmeTables } from './readme-tables-render.mjs'

const args = process.argv.slice(2)
if (args.some(arg => arg !== '--check')) {
  console.error('usage: node scripts/readme-tables.mjs [--check]')
  process.exit(2)
}
const check = args.includes('--check')
const readmeUrl = new URL('../README.md', import.meta.url)
const readme = readFileSync(readmeUrl, 'utf8')

let rendered
try {
  rendered = renderReadmeTables(
    readFileSync(new URL('../action.yml', import.meta.url), 'utf8'),
    readme
  )
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

if (rendered === readme) {
  console.log('README.md tables are up to date with action.yml')
} else if (check) {
  console.error('README.md tables are stale; run `npm run readme`')
  process.exit(1)
} else {
  writeFileSync(readmeUrl, rendered)
  console.log('README.md tables written from action.yml')
}
