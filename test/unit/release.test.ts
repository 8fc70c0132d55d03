// The release script in a scratch clone: it tags the version, moves the major tag, and refuses
// what it must.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../harness/run-action.js'

const run = promisify(execFile)
let clone: string

beforeAll(async () => {
  clone = await mkdtemp(path.join(os.tmpdir(), 'pcg-release-'))
  await run('git', ['clone', '-q', repoRoot, clone])
  // The bundler's check needs the toolchain: this checkout's node_modules, hard-linked.
  await run('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules')])
  await run('git', ['-C', clone, 'config', 'user.email', 'release@example.com'])
  await run('git', ['-C', clone, 'config', 'user.name', 'Release Test'])
  await run('git', ['-C', clone, 'config', 'tag.gpgSign', 'false'])
}, 60_000)

afterAll(() => rm(clone, { recursive: true, force: true }))

const release = (version: string) =>
  run('bash', [path.join(clone, 'scripts', 'release'), version], { cwd: clone }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`
    })
  )
const commitOf = async (ref: string) =>
  (await run('git', ['-C', clone, 'rev-parse', `${ref}^{commit}`])).stdout.trim()

describe('scripts/release', () => {
  it('tags the version and points the major tag at it', async () => {
    const result = await release('1.2.0')
    expect(result.code).toBe(0)
    expect(result.output).toContain('git push origin v1.2.0 && git push --force origin v1')
    const head = await commitOf('HEAD')
    expect(await commitOf('v1.2.0')).toBe(head)
    expect(await commitOf('v1')).toBe(head)
  }, 120_000)

  it('refuses a version already tagged, a bad version and an unclean tree', async () => {
    expect((await release('1.2.0')).output).toContain('v1.2.0 exists already')
    expect((await release('1.2')).code).toBe(2)
    await writeFile(path.join(clone, 'stray.txt'), 'x')
    expect((await release('1.2.1')).output).toContain('uncommitted changes')
  }, 60_000)
})
