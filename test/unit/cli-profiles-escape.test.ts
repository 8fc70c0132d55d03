// The command line's table and JSON show profile text escaped: a chart list cannot start a
// workflow-command line (`::add-mask::`) on stdout or send the terminal an escape sequence.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/cli.js'
import { removeProfileFolders, runOnProfile } from '../support/profiles-cli.js'

const dirs: string[] = []
afterAll(async () => {
  await removeProfileFolders()
  await Promise.all(dirs.map(dir => rm(dir, { recursive: true, force: true })))
})

const run = (profile: string, outputFormat?: string) =>
  runOnProfile(profile, outputFormat === undefined ? {} : { outputFormat })

// YAML double-quoted escapes: \n, \e (ESC), \x9b (CSI), \x85 (NEL), \u202e, \u2066, \u2028.
const HOSTILE = [
  'charts:',
  '  - chart: "nginx\\n::add-mask::x\\e[31m\\x9b2J\\u202e"',
  '    version: "1.0.0\\n::set-output name=valid::true\\x85\\u2066"',
  '    registry: "lab\\n::add-mask::y\\u2028\\x7f\\u2029"',
  ''
].join('\n')

// Control characters (C0 but tab and new line, DEL, C1), separators and bidi controls.
const CONTROL = /(?![\t\n])[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

describe('runProfilesCli with hostile profile text', () => {
  it.each([
    ['a table', undefined, 'nginx\\u000a::add-mask::x\\u001b[31m\\u009b2J\\u202e'],
    ['JSON', 'json', 'nginx\\n::add-mask::x\\u001b[31m\\u009b2J\\u202e']
  ])('escapes control characters in %s', async (_, outputFormat, chart) => {
    const { code, stdout, stderr } = await run(HOSTILE, outputFormat)
    expect(code).toBe(1)
    expect(stdout).toContain(chart)
    for (const line of stdout.split('\n')) expect(line).not.toMatch(/^\s*::/)
    expect(stdout).not.toMatch(CONTROL)
    expect(stderr).not.toMatch(CONTROL)
  })

  it('keeps the JSON parseable and its values unchanged', async () => {
    const { stdout } = await run(HOSTILE, 'json')
    const parsed: unknown = JSON.parse(stdout)
    expect(parsed).toMatchObject({
      results: [
        {
          chart: 'nginx\n::add-mask::x\x1b[31m\x9b2J\u202e',
          version: '1.0.0\n::set-output name=valid::true\x85\u2066',
          registry: 'lab\n::add-mask::y\u2028\x7f\u2029'
        }
      ]
    })
  })

  it('aligns the table on the escaped text', async () => {
    const { stdout } = await run(HOSTILE)
    const [header, row] = stdout.split('\n')
    expect(header?.indexOf('VERSION')).toBe(row?.indexOf('1.0.0'))
    expect(header?.indexOf('REGISTRY')).toBe(row?.indexOf('lab\\u000a'))
  })
})

describe('the command line with a hostile file name', () => {
  it('names a broken file escaped, so its name cannot start a line of its own', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'pcg-cli-escape-'))
    dirs.push(workspace)
    await writeFile(path.join(workspace, 'p\n::add-mask::x\u001b[31m.yaml'), 'neither: 1\n')
    let stderr = ''
    const code = await runCli(
      ['--charts-file', `${workspace}/*.yaml`],
      {},
      {
        stdout: () => undefined,
        stderr: text => void (stderr += text),
        readStdin: async () => ''
      }
    )
    expect(code).toBe(2)
    expect(stderr).toContain('p\\u000a::add-mask::x\\u001b[31m.yaml:1: is neither')
    for (const line of stderr.split('\n')) expect(line).not.toMatch(/^\s*::/)
    expect(stderr).not.toMatch(CONTROL)
  })
})
