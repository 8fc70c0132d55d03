// The command line over profile files, without a registry: layers that are findings before any
// request still get their rows, a progress line on a terminal, and the exit code.
import { afterAll, describe, expect, it } from '@jest/globals'
import { removeProfileFolders, runOnProfile } from '../support/profiles-cli.js'

afterAll(removeProfileFolders)

const run = (profile: string, isTerminal: boolean) => runOnProfile(profile, { isTerminal })

const charts = (count: number): string =>
  `charts:\n${Array.from({ length: count }, (_, index) => `  - chart: c${index}\n    version: 1.0.0\n    registry: nowhere\n`).join('')}`

describe('runProfilesCli', () => {
  it('draws a progress line on a terminal for a long run, and none otherwise', async () => {
    const terminal = await run(charts(20), true)
    expect(terminal.code).toBe(1)
    expect(terminal.stderr).toContain('\rchecked 1/20 layers')
    expect(terminal.stderr).toContain('\rchecked 20/20 layers\n')
    expect((await run(charts(20), false)).stderr).not.toContain('checked')
    expect((await run(charts(3), true)).stderr).not.toContain('checked')
  })

  it('lists every layer with its finding', async () => {
    const { stdout } = await run(charts(3), false)
    expect(stdout.trim().split('\n')).toHaveLength(4)
    expect(stdout).toContain('registry "nowhere" is not defined (defined: none)')
  })

  it('gives a finding found before any request its hint, in the table and the JSON', async () => {
    const hint = 'Define the registry in registries-file under the name (or uid) the layer gives'
    expect((await run(charts(1), false)).stdout).toContain(`; hint: ${hint}`)
    const json = await runOnProfile(charts(1), { outputFormat: 'json' })
    const { results } = JSON.parse(json.stdout) as { results: { hint: string | null }[] }
    expect(results[0]?.hint).toContain(hint)
  })

  it('warns when the files hold no Helm layer', async () => {
    const { code, stderr } = await run(
      'spec:\n  template:\n    packs:\n      - name: ubuntu\n        type: spectro\n        tag: "22.04"\n',
      false
    )
    expect(code).toBe(0)
    expect(stderr).toContain('warning: The profile files hold no Helm layer')
  })
})
