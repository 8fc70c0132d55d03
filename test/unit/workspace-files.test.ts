// Reading and writing the files a pull request controls: bounded, regular files only, never through
// a link, and (as the action reads) never outside the folders it is confined to.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { constants as fsConstants } from 'node:fs'
import { mkdir, mkdtemp, open, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readTextFile, writeWholeFile, type FileAccess } from '../../src/workspace-files.js'

let root: string
let workspace: string
let confined: FileAccess

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'pcg-workspace-files-'))
  workspace = path.join(root, 'workspace')
  await mkdir(path.join(workspace, 'profiles'), { recursive: true })
  await writeFile(path.join(root, 'outside.yaml'), 'outside')
  await writeFile(path.join(workspace, '..inside.yaml'), 'inside')
  await symlink(path.join(root, 'outside.yaml'), path.join(workspace, 'out.yaml'))
  await symlink(root, path.join(workspace, 'up'))
  confined = { workspace, confinedTo: [workspace] }
})

afterAll(() => rm(root, { recursive: true, force: true }))

describe('readTextFile', () => {
  it('reads a file inside, even one whose name starts with two dots', async () => {
    expect(await readTextFile('..inside.yaml', confined, 100)).toEqual({ text: 'inside' })
  })

  it.each(['out.yaml', 'up/outside.yaml', '../outside.yaml', 'absolute'])(
    'refuses %s, which leads outside, without reading it',
    async name => {
      const file = name === 'absolute' ? path.join(root, 'outside.yaml') : name
      const reading = await readTextFile(file, confined, 100)
      expect(reading).toEqual({ problem: expect.stringMatching(/^is outside the workspace/) })
    }
  )

  it('reads through links as it is told when not confined (the CLI)', async () => {
    expect(await readTextFile('out.yaml', { workspace }, 100)).toEqual({ text: 'outside' })
  })

  it('refuses a device, a folder and a file past its bound', async () => {
    expect(await readTextFile('/dev/zero', { workspace }, 100)).toEqual({
      problem: 'is not a regular file'
    })
    expect(await readTextFile('profiles', { workspace }, 100)).toEqual({
      problem: 'is not a regular file'
    })
    expect(await readTextFile('..inside.yaml', { workspace }, 3)).toEqual({
      problem: 'is 0.00 MiB, past the 0.00 MiB the gate reads of such a file'
    })
  })

  it('refuses a named pipe at once, though no one writes to it', async () => {
    // A pull request can commit a pipe; opening one to read waits for a writer that never comes.
    const pipe = path.join(workspace, 'profiles', 'pipe.yaml')
    execFileSync('mkfifo', [pipe])
    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<'still waiting'>(resolve => {
      timer = setTimeout(() => resolve('still waiting'), 2000)
    })
    const reading = await Promise.race([readTextFile('profiles/pipe.yaml', confined, 100), waited])
    clearTimeout(timer)
    if (reading === 'still waiting') {
      // Be the writer it waits for, so the failed test leaves no thread stuck in open.
      const writer = await open(pipe, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK)
      await writer.close()
    }
    expect(reading).toEqual({ problem: 'is not a regular file' })
  })
})

describe('writeWholeFile', () => {
  it('never writes through a link, confined or not', async () => {
    for (const access of [confined, { workspace }])
      await expect(writeWholeFile('out.yaml', 'x', access)).rejects.toThrow(
        'is a symbolic link, and the gate never writes through one'
      )
    expect(await readFile(path.join(root, 'outside.yaml'), 'utf8')).toBe('outside')
  })

  it('refuses a folder that leads outside, and writes inside, making folders', async () => {
    await expect(writeWholeFile('up/new.yaml', 'x', confined)).rejects.toThrow(
      /^is outside the workspace/
    )
    expect(await writeWholeFile('made/new.yaml', 'x', confined)).toBe(
      path.join(workspace, 'made/new.yaml')
    )
    expect(await readdir(path.join(workspace, 'made'))).toEqual(['new.yaml'])
  })
})
