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
  await run('git', ['-C', clone, 'config', 'user.email', 'release@example.com'])
  await run('git', ['-C', clone, 'config', 'user.name', 'Release Test'])
  await run('git', ['-C', clone, 'config', 'tag.gpgSign', 'false'])
  // The dist/ check itself runs in scripts/test; here a stand-in says fresh or stale on demand,
  // so that this test neither rebuilds the bundle nor fails for a dist/ not yet committed.
  await writeFile(
    path.join(clone, 'scripts', 'bundle.mjs'),
    "if (process.argv[2] !== '--check') process.exit(3)\nif (process.env.DIST_STALE === '1') { console.error('dist/ is stale'); process.exit(1) }\n"
  )
  await run('git', ['-C', clone, 'commit', '-qam', 'stand-in bundle check'])
}, 60_000)

afterAll(() => rm(clone, { recursive: true, force: true }))

const release = (version: string, env: Record<string, string> = {}) =>
  run('bash', [path.join(clone, 'scripts', 'release'), version], {
    cwd: clone,
    env: { ...process.env, ...env }
  }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? -1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`
    })
  )
const commitOf = async (ref: string) =>
  (await run('git', ['-C', clone, 'rev-parse', `${ref}^{commit}`])).stdout.trim()

describe('scripts/release', () => {
  it('refuses a stale dist/ and tags nothing', async () => {
    const result = await release('1.1.0', { DIST_STALE: '1' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('dist/ is stale')
    expect((await run('git', ['-C', clone, 'tag', '--list'])).stdout).toBe('')
  })

  it('tags the version and points the major tag at it', async () => {
    const result = await release('1.2.0')
    expect(result.code).toBe(0)
    expect(result.output).toContain('git push origin v1.2.0 && git push --force origin v1')
    const head = await commitOf('HEAD')
    expect(await commitOf('v1.2.0')).toBe(head)
    expect(await commitOf('v1')).toBe(head)
  })

  it('refuses a version already tagged, a bad version and an unclean tree', async () => {
    expect((await release('1.2.0')).output).toContain('v1.2.0 exists already')
    expect((await release('1.2')).code).toBe(2)
    await writeFile(path.join(clone, 'stray.txt'), 'x')
    expect((await release('1.2.1')).output).toContain('uncommitted changes')
  })
})
