// GitHub's answers, read with a byte bound. A page of 100 files or comments is far below it; a
// larger answer (a broken proxy, a hostile GitHub Enterprise) would otherwise be buffered and parsed
// whole, and a 51 MB page ran the action out of memory.

/** The most the gate reads of one GitHub answer. */
export const MAX_GITHUB_ANSWER_BYTES = 8 * 1024 * 1024

/** A GitHub answer larger than the gate reads; names the request and the bound. */
export class GitHubAnswerTooLargeError extends Error {
  constructor(
    readonly request: string,
    readonly maxBytes: number
  ) {
    super(
      `GitHub's answer to ${request} is larger than ${sizeOf(maxBytes)}, the most the gate reads of one answer`
    )
    this.name = 'GitHubAnswerTooLargeError'
  }
}

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Octokit types its fetch option loosely; a function there is the fetch it would call. */
export function isFetch(value: unknown): value is Fetch {
  return typeof value === 'function'
}

/**
 * `fetch` that reads the whole body before it returns, and refuses one past `maxBytes`: first by
 * its content-length, then by the bytes that arrive, cancelling the stream there. Octokit parses
 * what it gets and takes a body that fails while it reads as empty, so the bound is kept here.
 */
export function boundedFetch(inner: Fetch, maxBytes: number): Fetch {
  return async (input, init) => {
    const response = await inner(input, init)
    const { body } = response
    if (body === null) return response
    const request = `${init?.method ?? 'GET'} ${pathOf(input)}`
    const declared = Number(response.headers.get('content-length') ?? '')
    if (declared > maxBytes) {
      await body.cancel()
      throw new GitHubAnswerTooLargeError(request, maxBytes)
    }
    const chunks: Uint8Array[] = []
    let received = 0
    const reader = body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > maxBytes) {
        await reader.cancel()
        throw new GitHubAnswerTooLargeError(request, maxBytes)
      }
      chunks.push(value)
    }
    const read = new Response(Buffer.concat(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
    // Octokit reports the URL an answer came from; a Response made here has none of its own.
    Object.defineProperty(read, 'url', { value: response.url })
    return read
  }
}

/** The path alone: the query and host add nothing to a message. */
function pathOf(input: string | URL | Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

function sizeOf(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`
}
