// A workspace file's path from its repository's root, as GitHub names the files of a pull request:
// the workspace, or a checkout in a subfolder (actions/checkout `path:`), never a folder outside.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { changedFileTest } from '../../src/pull-request/changed-files.js'
import { repositoryFiles } from '../../src/pull-request/repository-paths.js'

/** The path from the repository root alone (the workspace where no root is found). */
const repositoryPaths =
  (workspace: string) =>
  (file: string): string | undefined =>
    repositoryFiles(workspace)(file)?.path

let scratch: string
let workspace: string
let outside: string

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'palette-repository-paths-'))
  workspace = path.join(scratch, 'workspace')
  outside = path.join(scratch, 'outside')
  // A checkout at `path: checkout`, a submodule in it, and a link to a repository outside.
  await mkdir(path.join(workspace, 'checkout', '.git'), { recursive: true })
  await mkdir(path.join(workspace, 'checkout', 'vendor', 'module'), { recursive: true })
  await writeFile(path.join(workspace, 'checkout', 'vendor', 'module', '.git'), 'gitdir: ../x\n')
  await mkdir(path.join(workspace, 'loose', 'profiles'), { recursive: true })
  await mkdir(path.join(outside, '.git'), { recursive: true })
  await mkdir(path.join(outside, 'profiles'), { recursive: true })
  await symlink(outside, path.join(workspace, 'linked'))
})

afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('repository paths', () => {
  it('names a file below a checkout in a subfolder from that checkout', () => {
    const named = repositoryPaths(workspace)
    expect(named('checkout/profiles/dev.json')).toBe('profiles/dev.json')
    expect(named('./checkout/dev.json')).toBe('dev.json')
    expect(named(path.join(workspace, 'checkout', 'profiles', 'dev.json'))).toBe(
      'profiles/dev.json'
    )
  })

  it('names a file from the workspace where no checkout folder is found', () => {
    const named = repositoryPaths(workspace)
    expect(named('loose/profiles/dev.json')).toBe('loose/profiles/dev.json')
    expect(named('dev.json')).toBe('dev.json')
  })

  it('says whether a .git folder marked the root, or the workspace was assumed', () => {
    const located = repositoryFiles(workspace)
    expect(located('checkout/profiles/dev.json')).toEqual({
      path: 'profiles/dev.json',
      rootFound: true
    })
    expect(located('loose/profiles/dev.json')).toEqual({
      path: 'loose/profiles/dev.json',
      rootFound: false
    })
    expect(located('linked/profiles/dev.json')?.rootFound).toBe(false)
    expect(repositoryFiles(path.join(workspace, 'checkout'))('profiles/dev.json')).toEqual({
      path: 'profiles/dev.json',
      rootFound: true
    })
  })

  it('takes a submodule (a .git file) for part of the checkout around it', () => {
    expect(repositoryPaths(workspace)('checkout/vendor/module/dev.json')).toBe(
      'vendor/module/dev.json'
    )
  })

  it('never looks outside the workspace: through a link, or by the path', () => {
    const named = repositoryPaths(workspace)
    // The linked folder holds a .git outside the workspace: it is not taken for a checkout.
    expect(named('linked/profiles/dev.json')).toBe('linked/profiles/dev.json')
    expect(named('../outside/profiles/dev.json')).toBeUndefined()
    expect(named(path.join(outside, 'profiles', 'dev.json'))).toBeUndefined()
    expect(named('.')).toBeUndefined()
  })

  it('finds a changed file of a checkout in a subfolder, and only that file (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/)
    const file = fc.array(segment, { minLength: 1, maxLength: 4 }).map(parts => parts.join('/'))
    const named = repositoryPaths(workspace)
    fc.assert(
      fc.property(file, file, (changed, other) => {
        const isChanged = changedFileTest([changed])
        const checkedFile = (workspacePath: string): boolean =>
          isChanged(named(workspacePath) ?? '')
        expect(checkedFile(`checkout/${changed}`)).toBe(true)
        expect(checkedFile(`checkout/${other}`)).toBe(other === changed)
        // The same path outside the checkout is another file.
        expect(checkedFile(`loose/x/${changed}`)).toBe(false)
      })
    )
  })
})
