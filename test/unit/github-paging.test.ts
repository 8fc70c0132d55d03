// GitHub's paged lists read within bounds: pages, items, the time of the whole list, a link back,
// elsewhere or unreadable, and how each cut is put in words. Pure: no GitHub here.
import { describe, expect, it } from '@jest/globals'
import { describeCut, nextPage, readPages, type Page } from '../../src/pull-request/paging.js'

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
    const unreadable = async (): Promise<Page> => ({ data: [1], link: '<http://[::1>; rel="next"' })
    const unreadableListing = await readPages(API, unreadable, numbers, bounds)
    expect(unreadableListing.cut).toEqual({ reason: 'unreadable', page: 1 })
    expect(describeCut({ reason: 'unreadable', page: 1 }, 'files')).toBe(
      'page 1 links to a next page whose address cannot be read'
    )
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
