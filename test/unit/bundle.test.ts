// The GitHub clients stay out of the start-up path: @actions/cache and @actions/github are chunks
// the action loads only when a run needs them, and the command line's bundle holds neither.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../harness/run-action.js'

const dist = path.join(repoRoot, 'dist')
const chunks = (folder: string): string[] =>
  readdirSync(folder).filter(name => name.endsWith('.js'))
const holding = (folder: string, marker: string): string[] =>
  chunks(folder).filter(name => readFileSync(path.join(folder, name), 'utf8').includes(marker))

// Strings only each client's code holds.
const CACHE = 'ACTIONS_CACHE_SERVICE_V2'
const GITHUB = 'octokit'

describe('the bundle', () => {
  it('loads the cache and GitHub clients from chunks of their own, not the entry file', () => {
    expect(holding(dist, CACHE).length).toBeGreaterThan(0)
    expect(holding(dist, GITHUB).length).toBeGreaterThan(0)
    expect(holding(dist, CACHE)).not.toContain('index.js')
    expect(holding(dist, GITHUB)).not.toContain('index.js')
  })

  it('keeps both out of the command line', () => {
    const cli = path.join(dist, 'cli')
    expect(holding(cli, CACHE)).toEqual([])
    expect(holding(cli, GITHUB)).toEqual([])
  })
})
