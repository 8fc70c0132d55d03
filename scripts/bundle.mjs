// Builds dist/ with ncc: the action (dist/index.js) and the command-line program (dist/cli/index.js).
// With --check, builds into a temporary folder and fails when the committed dist/ differs.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const out = check ? mkdtempSync(path.join(os.tmpdir(), 'pcg-dist-')) : path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

if (!check) rmSync(out, { recursive: true, force: true })
for (const [entry, target] of [
  ['src/index.ts', out],
  ['src/cli/index.ts', path.join(out, 'cli')]
]) {
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', target, '--license', 'licenses.txt', '--quiet'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
}

if (check) {
  const differences = compare(out, path.join(root, 'dist'))
  rmSync(out, { recursive: true, force: true })
  if (differences.length > 0) {
    console.error(
      `dist/ is stale; run \`npm run bundle\` and commit it:\n${differences.map(d => `  ${d}`).join('\n')}`
    )
    process.exit(1)
  }
  console.log('dist/ is up to date')
}

function files(directory, prefix = '') {
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory()) return []
  return readdirSync(directory, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? files(path.join(directory, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`]
  )
}

function compare(built, committed) {
  const names = new Set([...files(built), ...files(committed)])
  return [...names].sort().flatMap(name => {
    const a = statSync(path.join(built, name), { throwIfNoEntry: false })
      ? readFileSync(path.join(built, name))
      : undefined
    const b = statSync(path.join(committed, name), { throwIfNoEntry: false })
      ? readFileSync(path.join(committed, name))
      : undefined
    if (a === undefined) return [`${name}: in dist/ but not built from src/`]
    if (b === undefined) return [`${name}: built but missing from dist/`]
    return a.equals(b) ? [] : [`${name}: differs`]
  })
}
