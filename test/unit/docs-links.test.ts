// Every relative link in the README and docs/ reaches a file that exists and, with a #fragment, a
// heading in it (slugged as GitHub slugs headings).
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../harness/run-action.js'

const pages = [
  'README.md',
  ...readdirSync(path.join(repoRoot, 'docs')).map(name => `docs/${name}`)
].filter(page => page.endsWith('.md'))

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(match => slug(match[1] ?? '')))
}

function linksOf(page: string): string[] {
  const text = readFileSync(path.join(repoRoot, page), 'utf8').replace(/```[\s\S]*?```/g, '')
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(match => match[1] ?? '')
    .filter(target => !/^[a-z]+:/i.test(target))
}

describe('links in the README and docs/', () => {
  it('finds pages and links to check', () => {
    expect(pages.length).toBeGreaterThan(5)
    expect(pages.flatMap(linksOf).length).toBeGreaterThan(20)
  })

  it.each(pages)('%s links only to files and headings that exist', page => {
    const broken = linksOf(page).filter(target => {
      const [file = '', fragment] = target.split('#')
      const resolved =
        file === ''
          ? path.join(repoRoot, page)
          : path.resolve(path.dirname(path.join(repoRoot, page)), file)
      if (!existsSync(resolved)) return true
      return (
        fragment !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(fragment)
      )
    })
    expect(broken).toEqual([])
  })
})
