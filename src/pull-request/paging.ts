// GitHub's paged lists (a pull request's files, its comments), read within bounds. Each page names
// the next in a `Link: rel="next"` header; a GitHub that keeps naming one (or names the page itself)
// would otherwise be followed for ever. No bound is reached against github.com: its lists end.
import { Deadline } from '../deadline.js'

export interface PagingBounds {
  maxPages: number
  maxItems: number
  /** The whole list, every page included: timeout-seconds, as the docs promise. */
  timeMs: number
}

/** Why a list stopped before its last page. */
export type ListingCut =
  | { reason: 'pages'; maxPages: number }
  | { reason: 'items'; maxItems: number }
  | { reason: 'time'; seconds: number }
  | { reason: 'loop'; page: number }
  | { reason: 'elsewhere'; page: number }
  | { reason: 'unreadable'; page: number }

export interface Listing<T> {
  items: T[]
  pages: number
  /** Set when the list stopped early: the items are those read so far. */
  cut?: ListingCut
}

export interface Page {
  data: unknown
  /** The `Link` header, when the answer has one. */
  link: string | undefined
}

/** Reads one page; aborts with `signal`. */
export type PageReader = (url: string, signal: AbortSignal) => Promise<Page>

/**
 * Every item of a paged list, from `first` on, until the last page or a bound. A page that fails
 * fails the list; a later page that does not come before the list's time is up ends it instead.
 */
export async function readPages<T>(
  first: string,
  readPage: PageReader,
  itemsOf: (data: unknown, url: string) => T[],
  bounds: PagingBounds,
  now: () => number = Date.now
): Promise<Listing<T>> {
  const deadline = new Deadline(bounds.timeMs, now)
  const seen = new Set<string>()
  const items: T[] = []
  let url = new URL(first).href
  for (let pages = 0; ;) {
    seen.add(url)
    const signal = deadline.signal()
    let page: Page
    try {
      page = await readPage(url, signal)
    } catch (error) {
      // The first page has the whole time: its failure is that of any one GitHub call.
      if (pages > 0 && signal.aborted) return { items, pages, cut: timeCut(bounds) }
      throw error
    }
    pages++
    for (const item of itemsOf(page.data, url)) items.push(item)
    if (items.length > bounds.maxItems) {
      items.length = bounds.maxItems
      return { items, pages, cut: { reason: 'items', maxItems: bounds.maxItems } }
    }
    const next = nextPage(page.link, url)
    if (next === undefined) return { items, pages }
    const cut =
      items.length >= bounds.maxItems
        ? { reason: 'items' as const, maxItems: bounds.maxItems }
        : pages >= bounds.maxPages
          ? { reason: 'pages' as const, maxPages: bounds.maxPages }
          : deadline.remainingMs() === 0
            ? timeCut(bounds)
            : undefined
    if (cut !== undefined) return { items, pages, cut }
    // The token goes with every request: never to another address than the API's.
    if (next === null) return { items, pages, cut: { reason: 'unreadable', page: pages } }
    if (new URL(next).origin !== new URL(first).origin)
      return { items, pages, cut: { reason: 'elsewhere', page: pages } }
    if (seen.has(next)) return { items, pages, cut: { reason: 'loop', page: pages } }
    url = next
  }
}

/**
 * The page a `Link` header names as next, resolved against the page's own address; undefined on
 * the last page, null when the link is not an address.
 */
export function nextPage(link: string | undefined, url: string): string | null | undefined {
  const target = /<([^<>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1]
  if (target === undefined) return undefined
  try {
    return new URL(target, url).href
  } catch {
    return null
  }
}

/** Why the list stopped, for a message: "…(it stopped at 100 pages)". */
export function describeCut(cut: ListingCut, noun: string): string {
  switch (cut.reason) {
    case 'pages':
      return `it stopped at ${cut.maxPages} pages`
    case 'items':
      return `it stopped at ${cut.maxItems.toLocaleString('en-US')} ${noun}`
    case 'time':
      return `the whole list did not come within ${cut.seconds} s (timeout-seconds)`
    case 'loop':
      return `page ${cut.page} links back to a page already read`
    case 'elsewhere':
      return `page ${cut.page} links to another address than the GitHub API`
    case 'unreadable':
      return `page ${cut.page} links to a next page whose address cannot be read`
  }
}

function timeCut(bounds: PagingBounds): ListingCut {
  return { reason: 'time', seconds: Math.round(bounds.timeMs / 1000) }
}
