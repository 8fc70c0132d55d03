// The files charts-file names, as a pull request may shape the workspace: links to folders outside
// are refused once by name and never walked; a plain path is the file it names.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { matchFiles } from '../../src/inputs/profile-globs.js'
import type { FileProblem } from '../../src/palette/profile.js'
import type { FileAccess } from '../../src/workspace-files.js'

const folders: string[] = []
afterAll(() => Promise.all(folders.map(dir => rm(dir, { recursive: true, force: true }))))

async function folder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  folders.push(dir)
  return dir
}

const confined = (workspace: string): FileAccess => ({ workspace, confinedTo: [workspace] })

async function match(
  value: string,
  access: FileAccess
): Promise<{ files: string[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = []
  const files = await matchFiles(value, access, problems)
  return { files, problems }
}

describe('matchFiles', () => {
  it('refuses a link to a folder outside once, by its name, without listing what is under it', async () => {
    const outside = await folder('pcg-outside-')
    // More files than a run may match: walked, they would end the run as "matches more than".
    await Promise.all(
      Array.from({ length: 2100 }, (_, index) =>
        writeFile(path.join(outside, `profile-${index}.yaml`), 'charts: []\n')
      )
    )
    const workspace = await folder('pcg-workspace-')
    await mkdir(path.join(workspace, 'profiles'))
    await writeFile(path.join(workspace, 'profiles/web.yaml'), 'charts: []\n')
    await symlink(outside, path.join(workspace, 'profiles/shared'))
    const { files, problems } = await match('profiles/**/*.yaml', confined(workspace))
    expect(files).toEqual(['profiles/web.yaml'])
    expect(problems).toEqual([
      {
        file: 'profiles/shared',
        line: 0,
        message: 'is a link to a folder outside the workspace; the action does not look inside it'
      }
    ])
  })

  it('walks no further than a link to the root of the machine', async () => {
    const workspace = await folder('pcg-workspace-')
    await symlink('/', path.join(workspace, 'root'))
    const { files, problems } = await match('**', confined(workspace))
    expect(files).toEqual([])
    expect(problems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([
      'root: is a link to a folder outside the workspace; the action does not look inside it'
    ])
  })

  it('refuses a glob that starts above the workspace by the folder it names', async () => {
    const root = await folder('pcg-root-')
    await mkdir(path.join(root, 'outside'))
    await writeFile(path.join(root, 'outside/secret.yaml'), 'charts: []\n')
    const workspace = path.join(root, 'workspace')
    await mkdir(workspace)
    const { files, problems } = await match('../outside/*.yaml\n/etc/*.conf', confined(workspace))
    expect(files).toEqual([])
    expect(problems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([
      '../outside: is a folder outside the workspace; the action does not look inside it',
      '/etc: is a folder outside the workspace; the action does not look inside it'
    ])
  })

  it('says a glob in a folder that does not exist matches no file', async () => {
    const workspace = await folder('pcg-workspace-')
    const { files, problems } = await match('profiles/*.yaml', confined(workspace))
    expect(files).toEqual([])
    expect(problems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([
      'profiles/*.yaml: matches no file (paths and globs are relative to the workspace)'
    ])
  })

  it('does not refuse a link to a folder outside that the glob never enters', async () => {
    const outside = await folder('pcg-outside-')
    const workspace = await folder('pcg-workspace-')
    await writeFile(path.join(workspace, 'web.yaml'), 'charts: []\n')
    await symlink(outside, path.join(workspace, 'vendor'))
    expect(await match('*.yaml', confined(workspace))).toEqual({
      files: ['web.yaml'],
      problems: []
    })
  })

  it('follows links to folders inside the workspace, each file once', async () => {
    const workspace = await folder('pcg-workspace-')
    await mkdir(path.join(workspace, 'v2'))
    await writeFile(path.join(workspace, 'v2/web.yaml'), 'charts: []\n')
    await symlink('v2', path.join(workspace, 'current'))
    expect(await match('**/*.yaml', confined(workspace))).toEqual({
      files: ['v2/web.yaml'],
      problems: []
    })
  })

  it('lets the command line walk the folders its user links', async () => {
    const outside = await folder('pcg-outside-')
    await writeFile(path.join(outside, 'web.yaml'), 'charts: []\n')
    const workspace = await folder('pcg-workspace-')
    await symlink(outside, path.join(workspace, 'shared'))
    expect(await match('**/*.yaml', { workspace })).toEqual({
      files: ['shared/web.yaml'],
      problems: []
    })
  })

  it('takes a plain path as the file it names, so that reading it says what is wrong', async () => {
    const workspace = await folder('pcg-workspace-')
    await symlink('loop.yaml', path.join(workspace, 'loop.yaml'))
    await mkdir(path.join(workspace, 'profiles'))
    const { files, problems } = await match(
      './loop.yaml\nprofiles\n/etc/hostname\nmissing.yaml',
      confined(workspace)
    )
    expect(files).toEqual(['profiles'])
    expect(problems.map(problem => `${problem.file}: ${problem.message}`)).toEqual([
      'loop.yaml: cannot be read (ELOOP)',
      expect.stringMatching(/^\/etc\/hostname: is outside the workspace/),
      'missing.yaml: matches no file (paths and globs are relative to the workspace)'
    ])
  })
})
