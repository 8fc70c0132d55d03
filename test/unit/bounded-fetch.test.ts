// GitHub's answers read within a byte bound: refused by content-length before any byte is read,
// or cancelled as the streamed bytes pass the bound; an answer within it arrives unchanged.
import { describe, expect, it } from '@jest/globals'
import {
  boundedFetch,
  GitHubAnswerTooLargeError,
  type Fetch
} from '../../src/pull-request/bounded-fetch.js'

const URL_OF_PAGE = 'https://api.github.example/repos/o/r/pulls/7/files?per_page=100&page=2'

/** A body of `chunks` chunks of `size` bytes, made as they are read; counts what was pulled. */
function streamed(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close()
      state.pulled++
      controller.enqueue(new Uint8Array(size).fill(0x61))
    },
    cancel() {
      state.cancelled = true
    }
  })
  return { stream, state }
}

const answering =
  (response: Response): Fetch =>
  () =>
    Promise.resolve(response)

describe('boundedFetch', () => {
  it('refuses an answer whose content-length is past the bound, reading none of it', async () => {
    const { stream, state } = streamed(100, 1024)
    const fetch = boundedFetch(
      answering(new Response(stream, { headers: { 'content-length': String(100 * 1024) } })),
      64 * 1024
    )
    const failure = fetch(URL_OF_PAGE).catch((error: unknown) => error)
    await expect(failure).resolves.toBeInstanceOf(GitHubAnswerTooLargeError)
    expect(state.cancelled).toBe(true)
    expect(state.pulled).toBeLessThanOrEqual(1)
  })

  it('cancels a chunked answer as soon as it passes the bound, naming the request and bound', async () => {
    const { stream, state } = streamed(10_000, 64 * 1024)
    const fetch = boundedFetch(answering(new Response(stream)), 8 * 1024 * 1024)
    const failure = await fetch(URL_OF_PAGE).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(GitHubAnswerTooLargeError)
    expect(failure instanceof Error && failure.message).toBe(
      "GitHub's answer to GET /repos/o/r/pulls/7/files is larger than 8 MiB, the most the gate reads of one answer"
    )
    expect(state.cancelled).toBe(true)
    // The bound and the chunk that crossed it, plus what the stream queued ahead.
    expect(state.pulled).toBeLessThanOrEqual(8 * 16 + 2)
  })

  it('gives an answer within the bound unchanged: status, headers, bytes and URL', async () => {
    const inner = new Response('[{"filename":"a.yaml"}]', {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', link: '<x>; rel="next"' }
    })
    Object.defineProperty(inner, 'url', { value: URL_OF_PAGE })
    const answer = await boundedFetch(answering(inner), 1024)(URL_OF_PAGE, { method: 'GET' })
    expect(answer.status).toBe(200)
    expect(answer.url).toBe(URL_OF_PAGE)
    expect(answer.headers.get('link')).toBe('<x>; rel="next"')
    expect(await answer.json()).toEqual([{ filename: 'a.yaml' }])
  })

  it('passes an answer without a body (204) through', async () => {
    const inner = new Response(null, { status: 204 })
    const answer = await boundedFetch(answering(inner), 1024)(URL_OF_PAGE, { method: 'DELETE' })
    expect(answer).toBe(inner)
  })

  it('names the method, and a body of exactly the bound is read', async () => {
    const exact = boundedFetch(answering(new Response('x'.repeat(1000))), 1000)
    await expect((await exact(URL_OF_PAGE)).text()).resolves.toHaveLength(1000)
    const over = boundedFetch(answering(new Response('x'.repeat(1001))), 1000)
    await expect(over(URL_OF_PAGE, { method: 'PATCH' })).rejects.toThrow(
      "GitHub's answer to PATCH /repos/o/r/pulls/7/files is larger than 1000 bytes"
    )
  })
})
