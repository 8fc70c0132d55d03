// GitHub's paged lists read within bounds (pages, items, the time of the whole list, a link back or
// elsewhere), the clean-up steps within a count and a time, which of the gate's comments a run takes
// over, deletes or marks superseded, and the comment's counts in words ("1 layer", never "1 layers").
// Pure: no GitHub here (see pull-request-github.test.ts).
import { describe, expect, it } from '@jest/globals'
import { runWithin } from '../../src/pull-request/bounded-steps.js'
import {
  commentMarker,
  commentStamp,
  planComments,
  stillStale
} from '../../src/pull-request/comment-identity.js'
import { describeCut, nextPage, readPages, type Page } from '../../src/pull-request/paging.js'
import { outcomeOf, type LayerResult } from '../../src/gate/batch.js'
import {
  failureComment,
  supersededComment,
  SUPERSEDED_HEADING
} from '../../src/report/pr-comment.js'

const API = 'https://api.github.example/repos/o/r/pulls/7/files?per_page=100'
const bounds = { maxPages: 100, maxItems: 3000, timeMs: 30_000 }
const numbers = (data: unknown): number[] => (Array.isArray(data) ? data.map(Number) : [])

/** A reader that answers `items(n)` for page n, linking to `next(n)`; counts its reads. */
function pages(items: (page: number) => number[], next: (page: number) => string | undefined) {
  const reads: string[] = []
  const read = (url: string): Promise<Page> => {
    reads.push(url)
    const page = Number(new URL(url).searchParams.get('page') ?? '1')
    const link = next(page)
    return Promise.resolve({
      data: items(page),
      link: link === undefined ? undefined : `<${link}>; rel="next"`
    })
  }
  return { read, reads }
}
const pageUrl = (page: number): string => `${API}&page=${page}`

describe('readPages', () => {
  it('reads every page of a list that ends', async () => {
    const { read, reads } = pages(
      page => [page],
      page => (page < 3 ? pageUrl(page + 1) : undefined)
    )
    expect(await readPages(API, read, numbers, bounds)).toEqual({ items: [1, 2, 3], pages: 3 })
    expect(reads).toHaveLength(3)
  })

  it('stops an endless chain of next pages at the page bound', async () => {
    const { read, reads } = pages(
      () => [],
      page => pageUrl(page + 1)
    )
    const listing = await readPages(API, read, numbers, bounds)
    expect(listing.cut).toEqual({ reason: 'pages', maxPages: 100 })
    expect(reads).toHaveLength(100)
    expect(describeCut({ reason: 'pages', maxPages: 100 }, 'files')).toBe('it stopped at 100 pages')
  })

  it('stops at a page that links back to itself or to an earlier one', async () => {
    const reads: string[] = []
    const self = (url: string): Promise<Page> => {
      reads.push(url)
      return Promise.resolve({ data: [1], link: `<${url}>; rel="next"` })
    }
    expect(await readPages(API, self, numbers, bounds)).toEqual({
      items: [1],
      pages: 1,
      cut: { reason: 'loop', page: 1 }
    })
    expect(reads).toHaveLength(1)
    const back = pages(
      page => [page],
      page => pageUrl(page === 3 ? 2 : page + 1)
    )
    const listing = await readPages(API, back.read, numbers, bounds)
    expect(listing).toEqual({ items: [1, 2, 3], pages: 3, cut: { reason: 'loop', page: 3 } })
  })

  it('stops at the item bound, also within one page, keeping the first items', async () => {
    const many = pages(
      page => Array.from({ length: 2000 }, (_, index) => page * 10_000 + index),
      page => pageUrl(page + 1)
    )
    const listing = await readPages(API, many.read, numbers, bounds)
    expect(listing.items).toHaveLength(3000)
    expect(listing.cut).toEqual({ reason: 'items', maxItems: 3000 })
    expect(many.reads).toHaveLength(2)
    const exact = pages(
      page => Array.from({ length: 1500 }, () => page),
      page => pageUrl(page + 1)
    )
    expect((await readPages(API, exact.read, numbers, bounds)).cut?.reason).toBe('items')
    expect(exact.reads).toHaveLength(2)
  })

  it('never follows a link to another address (the token goes with every request)', async () => {
    const elsewhere = pages(
      () => [1],
      () => 'https://evil.example/steal?page=2'
    )
    const listing = await readPages(API, elsewhere.read, numbers, bounds)
    expect(listing.cut).toEqual({ reason: 'elsewhere', page: 1 })
    expect(elsewhere.reads).toEqual([API])
    expect(nextPage('<not a url>; rel="next"', 'also not')).toBeNull()
    expect(nextPage('</p?page=2>; rel="next"', API)).toBe('https://api.github.example/p?page=2')
    expect(nextPage('<https://x/?page=9>; rel="last"', API)).toBeUndefined()
  })

  it('stops when the whole list has taken its time, between pages or within one', async () => {
    let clock = 0
    const slow = pages(
      page => {
        clock += 400
        return [page]
      },
      page => pageUrl(page + 1)
    )
    const listing = await readPages(
      API,
      slow.read,
      numbers,
      { ...bounds, timeMs: 1000 },
      () => clock
    )
    expect(listing).toEqual({ items: [1, 2, 3], pages: 3, cut: { reason: 'time', seconds: 1 } })

    // A later page that does not come in time ends the list; the first page's failure is the list's.
    let read = 0
    const hanging = (_url: string, signal: AbortSignal): Promise<Page> =>
      read++ === 0
        ? Promise.resolve({ data: [1], link: `<${pageUrl(2)}>; rel="next"` })
        : new Promise((_resolve, reject) =>
            signal.addEventListener('abort', () => reject(new Error('aborted')))
          )
    const cut = await readPages(API, hanging, numbers, { ...bounds, timeMs: 200 })
    expect(cut).toEqual({ items: [1], pages: 1, cut: { reason: 'time', seconds: 0 } })
    const never = (_url: string, signal: AbortSignal): Promise<Page> =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('GitHub did not answer')))
      )
    await expect(readPages(API, never, numbers, { ...bounds, timeMs: 100 })).rejects.toThrow(
      'GitHub did not answer'
    )
  })

  it('fails the list on a page that fails', async () => {
    let read = 0
    const failing = (): Promise<Page> =>
      read++ === 0
        ? Promise.resolve({ data: [1], link: `<${pageUrl(2)}>; rel="next"` })
        : Promise.reject(new Error('HTTP 500'))
    await expect(readPages(API, failing, numbers, bounds)).rejects.toThrow('HTTP 500')
  })
})

describe('runWithin', () => {
  const step = (kind: string, ms = 0) => ({
    kind,
    run: (signal: AbortSignal): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms)
        signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(new Error('aborted'))
        })
      })
  })

  it('runs at most the count, and says which are left', async () => {
    const steps = Array.from({ length: 10_000 }, (_, index) => step(index < 2 ? 'stale' : 'copy'))
    const outcome = await runWithin(steps, 20, 30_000)
    expect(outcome.done).toHaveLength(20)
    expect(outcome.left).toHaveLength(9980)
    expect(outcome.stop).toEqual({ reason: 'count', maxSteps: 20 })
  })

  it('stops when the time is up, the step under way included', async () => {
    const started = Date.now()
    const outcome = await runWithin(
      Array.from({ length: 10 }, () => step('copy', 150)),
      20,
      400
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(outcome.done).toHaveLength(2)
    expect(outcome.left).toHaveLength(8)
    expect(outcome.stop).toEqual({ reason: 'time', seconds: 0 })
  })

  it('stops at a step that fails, with its error', async () => {
    const failing = { kind: 'copy', run: () => Promise.reject(new Error('HTTP 500')) }
    const outcome = await runWithin([step('copy'), failing, step('copy')], 20, 30_000)
    expect(outcome).toMatchObject({ done: ['copy'], left: ['copy', 'copy'] })
    expect(outcome.stop).toMatchObject({ reason: 'failed', error: new Error('HTTP 500') })
  })
})

describe('the gate’s comments', () => {
  const job = '.github/workflows/profiles.yml#validate'
  const self = {
    login: 'github-actions[bot]',
    marker: commentMarker('profiles/*.yaml; registries.yaml'),
    job,
    commit: 'c2'
  }
  const bot = { login: 'github-actions[bot]' }
  const comment = (id: number, body: string, user: { login: string } | null = bot) => ({
    id,
    body,
    user
  })
  const oldMarker = commentMarker('profiles/*.yaml')

  it('takes over the first of its own, deletes its copies and supersedes the same job’s stale ones', () => {
    const comments = [
      comment(1, `${oldMarker}\n${commentStamp(job, 'c1')}\n### ❌ 1 of 1 layer is not valid`),
      comment(2, `${self.marker}\n${commentStamp(job, 'c1')}\n### ❌`),
      comment(3, `${self.marker}\r\n${commentStamp(job, 'c1')}\r\n### ❌ copy`),
      // Written before comments had a stamp: superseded too.
      comment(4, `${commentMarker('old/*.yaml')}\n### ❌ legacy`),
      // Another job's, a matrix sibling's for this commit, one already superseded: left alone.
      comment(5, `${oldMarker}\n${commentStamp('.github/workflows/other.yml#x', 'c1')}\n### ❌`),
      comment(6, `${commentMarker('prod/*.yaml')}\n${commentStamp(job, 'c2')}\n### ❌`),
      comment(7, `${commentMarker('older')}\n${SUPERSEDED_HEADING}\n\nThis check's inputs…`),
      // A person's comment with the marker, a reply quoting one, another login: never the gate's.
      comment(8, `${oldMarker}\n${commentStamp(job, 'c1')}\n### ❌`, { login: 'mallory' }),
      comment(9, `> ${self.marker}\n> quoted`),
      comment(10, `${oldMarker}\nno user`, null)
    ]
    const plan = planComments(comments, self)
    expect(plan.existing?.id).toBe(2)
    expect(plan.copies.map(({ id }) => id)).toEqual([3])
    expect(plan.stale.map(({ id }) => id)).toEqual([1, 4])
  })

  it('is read again before it is superseded: a sibling that wrote meanwhile keeps it', () => {
    expect(stillStale(`${oldMarker}\n${commentStamp(job, 'c1')}\nx`, self)).toBe(true)
    expect(stillStale(`${oldMarker}\n${commentStamp(job, 'c2')}\nx`, self)).toBe(false)
    expect(stillStale(`${oldMarker}\n${SUPERSEDED_HEADING}\n`, self)).toBe(false)
  })

  it('keeps the marker of a superseded comment and links to what replaced it', () => {
    const context = {
      marker: self.marker,
      stamp: commentStamp(job, 'c2'),
      runUrl: 'https://github.example/o/r/actions/runs/1',
      headSha: 'c2c2c2c2c2c2c2c2'
    }
    const url = 'https://github.example/o/r/pull/7#issuecomment-1000'
    const body = supersededComment(oldMarker, context, url)
    expect(body.split('\n').slice(0, 2)).toEqual([oldMarker, SUPERSEDED_HEADING])
    expect(body).toContain(`[the new comment](${url})`)
    expect(body).toContain('commit c2c2c2c2c2c2')
    expect(supersededComment(oldMarker, context, undefined)).toContain(
      'Under the new inputs every layer is valid: [job summary](https://github.example/o/r/actions/runs/1).'
    )
    expect(planComments([comment(1, body)], self).stale).toEqual([])
  })

  it('keeps the stamp an HTML comment whatever the job is called', () => {
    const stamp = commentStamp('a--> <b>\n--x', 'c1')
    expect(stamp.slice(4, -3)).not.toMatch(/--|[<>\n]/)
  })
})

describe('counts in the comment', () => {
  const result = (status: LayerResult['status'], line: number): LayerResult => ({
    file: 'profiles/app.yaml',
    line,
    registry: 'harbor',
    chart: `chart-${line}`,
    version: '1.0.0',
    region: null,
    status,
    digest: null,
    reason: status === 'valid' ? null : 'missing',
    hint: null
  })
  const context = {
    marker: commentMarker('profiles/*.yaml'),
    stamp: commentStamp('.github/workflows/p.yml#check', 'c1'),
    runUrl: 'https://github.example/o/r/actions/runs/1',
    headSha: 'c1c1c1c1c1c1c1'
  }

  it('are singular for one: "1 of 1 layer is", "1 profile file", "1 error", "1 more failure is"', () => {
    const one = failureComment(outcomeOf([result('error', 1)]), { ...context, changedFiles: 1 })
    expect(one).toContain('### ❌ palette-chart-gate: 1 of 1 layer is not valid')
    expect(one).toContain(
      '1 layer in the 1 profile file this pull request changes: 0 valid, 0 invalid, 1 error, 0 skipped.'
    )
    const many = Array.from({ length: 31 }, (_, index) => result('invalid', index + 1))
    const body = failureComment(outcomeOf([...many, result('valid', 40)]), context)
    expect(body).toContain('### ❌ palette-chart-gate: 31 of 32 layers are not valid')
    expect(body).toContain('1 more failure is in the job summary.')
  })
})
