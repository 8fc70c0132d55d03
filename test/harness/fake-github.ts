// A fake GitHub REST API on 127.0.0.1, as much as the pull-request review uses: a pull request's
// file list (paged with Link headers, as GitHub pages it) and its issue comments (list, read, create,
// update, delete). It records every request; `readOnly` answers writes with 403 as GitHub does for the
// read-only token of a pull request from a fork. `nextLinks` and `delayMs` make it a GitHub that
// pages for ever or answers slowly.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { listenOnLoopback } from './loopback.js'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface FakeGitHubRequest {
  method: string
  url: string
  authorization: string | undefined
  body: string
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port>, for GITHUB_API_URL. */
  url: string
  requests: FakeGitHubRequest[]
  /** The pull request's files, as GitHub lists them. */
  files: { filename: string; status: string; previous_filename?: string }[]
  comments: FakeComment[]
  readOnly: boolean
  /** Never answer: a GitHub that hangs. */
  stalled: boolean
  /** Requests whose path holds this: headers and half a body, then nothing. */
  stallBodyOf: string | undefined
  /** Requests whose path holds `path`: one page of `bytes` bytes of JSON, streamed. */
  hugePage: HugePage | undefined
  /** How many bytes of huge pages were made: the client read them, or stopped reading soon after. */
  hugePageBytesSent: number
  /**
   * Paged lists past their end: 'endless' names a next (empty) page on every page, 'self' names
   * the page itself as next. Undefined: as GitHub, no next link on the last page.
   */
  nextLinks: 'endless' | 'self' | undefined
  /** How long to wait before answering a request (method and path); 0 for at once. */
  delayMs: (method: string, path: string) => number
  stop(): Promise<void>
}

export interface HugePage {
  path: string
  bytes: number
  /** Send content-length (else chunked): the client may refuse the page before reading it. */
  declareLength: boolean
}

export async function startFakeGitHub(options: {
  owner: string
  repo: string
  number: number
  token: string
}): Promise<FakeGitHub> {
  const base = `/repos/${options.owner}/${options.repo}`
  let nextId = 1000
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const delay = fake.delayMs(request.method ?? '', request.url ?? '')
      if (delay > 0) setTimeout(answer, delay)
      else answer()
    })
    const answer = (): void => {
      const body = Buffer.concat(chunks).toString('utf8')
      const url = new URL(request.url ?? '/', 'http://127.0.0.1')
      fake.requests.push({
        method: request.method ?? '',
        url: `${url.pathname}${url.search}`,
        authorization: request.headers.authorization,
        body
      })
      const send = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers })
        response.end(JSON.stringify(value))
      }
      if (fake.stalled) return
      if (fake.stallBodyOf !== undefined && url.pathname.includes(fake.stallBodyOf)) {
        response.writeHead(200, { 'content-type': 'application/json' })
        response.write('[{"id": 1, "bo')
        return
      }
      if (request.headers.authorization !== `token ${options.token}`)
        return send(401, { message: 'Bad credentials' })
      if (fake.hugePage !== undefined && url.pathname.includes(fake.hugePage.path))
        return sendHugePage(response, fake.hugePage, sent => (fake.hugePageBytesSent += sent))
      const page = Number(url.searchParams.get('page') ?? '1')
      const perPage = Number(url.searchParams.get('per_page') ?? '30')
      const paged = <T>(items: T[]): void => {
        const last = Math.max(1, Math.ceil(items.length / perPage))
        const pageUrl = (number: number): string =>
          `http://${request.headers.host ?? ''}${url.pathname}?per_page=${perPage}&page=${number}`
        const next =
          fake.nextLinks === 'self'
            ? pageUrl(page)
            : page < last || fake.nextLinks === 'endless'
              ? pageUrl(page + 1)
              : undefined
        const link: Record<string, string> =
          next === undefined
            ? {}
            : { link: `<${next}>; rel="next", <${pageUrl(last)}>; rel="last"` }
        send(200, items.slice((page - 1) * perPage, page * perPage), link)
      }
      // The job's token may not read /user; it writes as github-actions[bot].
      if (url.pathname === '/user')
        return send(403, { message: 'Resource not accessible by integration' })
      const comment = /^\/issues\/comments\/(\d+)$/.exec(url.pathname.slice(base.length))
      const route = `${request.method ?? ''} ${url.pathname.slice(base.length)}`
      if (!url.pathname.startsWith(base)) return send(404, { message: 'Not Found' })
      if (route === `GET /pulls/${options.number}/files`) return paged(fake.files)
      if (route === `GET /issues/${options.number}/comments`) return paged(fake.comments)
      const denied = { message: 'Resource not accessible by integration' }
      if (route === `POST /issues/${options.number}/comments`) {
        if (fake.readOnly) return send(403, denied)
        const created: FakeComment = {
          id: nextId++,
          body: (JSON.parse(body) as { body: string }).body,
          user: { login: 'github-actions[bot]', type: 'Bot' }
        }
        fake.comments.push(created)
        return send(201, created)
      }
      if (request.method === 'GET' && comment !== null) {
        const existing = fake.comments.find(known => known.id === Number(comment[1]))
        return existing === undefined ? send(404, { message: 'Not Found' }) : send(200, existing)
      }
      if (request.method === 'DELETE' && comment !== null) {
        if (fake.readOnly) return send(403, denied)
        const index = fake.comments.findIndex(known => known.id === Number(comment[1]))
        if (index === -1) return send(404, { message: 'Not Found' })
        fake.comments.splice(index, 1)
        response.writeHead(204).end()
        return
      }
      if (request.method === 'PATCH' && comment !== null) {
        if (fake.readOnly) return send(403, denied)
        const existing = fake.comments.find(known => known.id === Number(comment[1]))
        if (existing === undefined) return send(404, { message: 'Not Found' })
        existing.body = (JSON.parse(body) as { body: string }).body
        return send(200, existing)
      }
      send(404, { message: 'Not Found' })
    }
  })
  await listenOnLoopback(server)
  const { port } = server.address() as AddressInfo
  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    files: [],
    comments: [],
    readOnly: false,
    stalled: false,
    stallBodyOf: undefined,
    hugePage: undefined,
    hugePageBytesSent: 0,
    nextLinks: undefined,
    delayMs: () => 0,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error === undefined ? resolve() : reject(error)))
      })
  }
  return fake
}

/**
 * A JSON array of `page.bytes` bytes (a file list and a comment list at once), made as it is sent
 * and written no faster than the client reads: the test process never holds the page.
 */
function sendHugePage(
  response: http.ServerResponse,
  page: HugePage,
  onSent: (bytes: number) => void
): void {
  const entry = JSON.stringify({
    id: 1,
    filename: 'src/padding.ts',
    status: 'modified',
    body: 'padding',
    user: { login: 'someone', type: 'User' }
  })
  const count = Math.max(1, Math.floor((page.bytes - 1) / (entry.length + 1)))
  const length = count * (entry.length + 1) + 1
  response.writeHead(200, {
    'content-type': 'application/json',
    ...(page.declareLength ? { 'content-length': String(length) } : {})
  })
  const perChunk = Math.ceil((64 * 1024) / entry.length)
  function* chunks(): Generator<string> {
    for (let written = 0; written < count; written += perChunk) {
      const entries = Math.min(perChunk, count - written)
      const text = `${written === 0 ? '[' : ','}${Array<string>(entries).fill(entry).join(',')}`
      onSent(text.length)
      yield text
    }
    onSent(1)
    yield ']'
  }
  // A client that stops reading closes the connection: the stream ends there, not as a failure.
  pipeline(Readable.from(chunks()), response).catch(() => undefined)
}

/** The event file of a `pull_request: synchronize` run, as the runner writes it to GITHUB_EVENT_PATH. */
export function pullRequestEvent(
  pull: { owner: string; repo: string; number: number },
  head: string,
  changedFiles?: number
): string {
  return JSON.stringify({
    action: 'synchronize',
    number: pull.number,
    pull_request: {
      number: pull.number,
      head: { sha: head },
      ...(changedFiles === undefined ? {} : { changed_files: changedFiles })
    },
    repository: { name: pull.repo, owner: { login: pull.owner } }
  })
}
