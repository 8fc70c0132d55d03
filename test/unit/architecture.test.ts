// Imports go one way, from the edges (action, command line, report) down to the domain (helm,
// palette), the generic clients (registry: OCI distribution; aws: ECR and STS) and the shared kernel
// (errors, json, deadline, digest, workspace-files, yaml-text); no file imports itself in a circle.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../harness/run-action.js'

// Lowest first: a file may import from its own folder and from folders listed before it.
const LAYERS = [
  ['errors', 'json', 'deadline', 'digest', 'workspace-files', 'yaml-text'],
  ['registry'],
  ['aws'],
  ['helm'],
  ['palette'],
  ['inputs'],
  ['gate'],
  ['cache'],
  ['report'],
  ['pull-request'],
  ['action', 'cli', 'index']
]

const src = path.join(repoRoot, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? sourceFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : []
  )
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)].map(match =>
    path.resolve(path.dirname(file), `${match[1] ?? ''}.ts`)
  )
}

/** The folder (or, at the top of src/, the file) a source file belongs to. */
function unitOf(file: string): string {
  const [first = ''] = path.relative(src, file).split(path.sep)
  return first.replace(/\.ts$/, '')
}

function layerOf(unit: string): number {
  return LAYERS.findIndex(layer => layer.includes(unit))
}

const graph = new Map(sourceFiles(src).map(file => [file, importsOf(file)]))

describe('the import graph of src/', () => {
  it('puts every folder in a layer', () => {
    const units = [...new Set([...graph.keys()].map(unitOf))]
    expect(units.filter(unit => layerOf(unit) === -1)).toEqual([])
  })

  it('imports only downwards', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter(target => layerOf(unitOf(target)) > layerOf(unitOf(file)))
        .map(target => `${path.relative(src, file)} -> ${path.relative(src, target)}`)
    )
    expect(upward).toEqual([])
  })

  // The layer order allows these; the rules say it outright, so that a reorder cannot undo them.
  it.each([
    ['registry', ['errors', 'json', 'deadline', 'digest']],
    ['aws', ['errors', 'json', 'deadline', 'digest', 'registry']]
  ])(
    'keeps %s free of product knowledge: it imports only its own files and %j',
    (unit, allowed) => {
      const strays = [...graph]
        .filter(([file]) => unitOf(file) === unit)
        .flatMap(([file, imports]) =>
          imports
            .filter(target => unitOf(target) !== unit && !allowed.includes(unitOf(target)))
            .map(target => `${path.relative(src, file)} -> ${path.relative(src, target)}`)
        )
      expect(strays).toEqual([])
    }
  )

  it('keeps raw inputs at the edge: below inputs/ nothing sees an input by name', () => {
    const below = [
      'errors',
      'json',
      'deadline',
      'digest',
      'workspace-files',
      'registry',
      'aws',
      'helm',
      'palette',
      'gate',
      'cache',
      'report'
    ]
    const readers = [...graph.keys()]
      .filter(file => below.includes(unitOf(file)))
      .filter(file => /\bRawInputs\b|input-names\.js'/.test(readFileSync(file, 'utf8')))
      .map(file => path.relative(src, file))
    expect(readers).toEqual([])
  })

  it('has no cycles', () => {
    const cycles: string[] = []
    const done = new Set<string>()
    const visit = (file: string, trail: string[]): void => {
      for (const target of graph.get(file) ?? []) {
        const at = trail.indexOf(target)
        if (at !== -1)
          cycles.push([...trail.slice(at), target].map(f => path.relative(src, f)).join(' -> '))
        else if (!done.has(target)) visit(target, [...trail, target])
      }
      done.add(file)
    }
    for (const file of graph.keys()) if (!done.has(file)) visit(file, [file])
    expect(cycles).toEqual([])
  })
})
