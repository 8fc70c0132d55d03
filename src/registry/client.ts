// The OCI distribution API, read-only: manifests, blobs and paged tag lists, with auth and digest
// verification. Beyond the manifest media types it asks for, it knows nothing of charts, ECR or Palette.
import { digestOf } from '../digest.js'
import type { Endpoint } from './registry-endpoint.js'
import { DeadlineError, GateError, PermissionError, quoted, RegistryError } from '../errors.js'
import { isRecord, parseJsonObject } from '../json.js'
import type { RegistryAuthenticator } from './auth.js'
import { MANIFEST_MEDIA_TYPES } from './media-types.js'
import type { HttpResponse } from './exchange.js'
import type { HttpTransport } from './http.js'
import { redact } from './transport-failures.js'

/** `incomplete`: why the listing stopped before its last page; the tags are those read until then. */
export type BlobPresence = 'present' | 'missing' | 'unknown'

export interface TagList {
  tags: string[]
  incomplete?: string
}

export type ManifestLookup =
  | { found: true; bytes: Buffer; contentType: string | undefined; digest: string }
  | { found: false; errorCode: string | undefined }

const MANIFEST_ACCEPT = Object.values(MANIFEST_MEDIA_TYPES).join(', ')
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
// Bounds on one tag listing; see docs/reliability.md. Far above any real chart repository.
// A page of 1,000 tags (ECR's largest) is about 30 KB; 1 MiB holds some 50,000. Larger pages cost
// their size several times over while they are parsed, and a run must stay small.
const MAX_PAGE_BYTES = 1024 * 1024
const MAX_TAG_LIST_BYTES = 8 * 1024 * 1024
const MAX_TAGS = 100_000
const MAX_TAG_PAGES = 200
// ECR refuses page sizes above 1000.
const TAG_PAGE_SIZE = 1000

export class RegistryClient {
  constructor(
    private readonly endpoint: Endpoint,
    private readonly transport: HttpTransport,
    private readonly authenticator: RegistryAuthenticator
  ) {}

  // A GET gives both the bytes the verdict needs and the digest, computed here: registries that
  // omit Docker-Content-Digest (on HEAD or GET), or fail HEAD, need no special path.
  async fetchManifest(repository: string, tag: string): Promise<ManifestLookup> {
    const response = await this.get(
      repository,
      `manifests/${tag}`,
      { accept: MANIFEST_ACCEPT },
      MAX_MANIFEST_BYTES
    )
    if (response.status === 404)
      return { found: false, errorCode: registryErrorCode(response.body) }
    this.expectOk(response, `the manifest of ${repository}:${tag}`)
    const digest = digestOf(response.body, 'sha256')
    const reported = response.headers['docker-content-digest']
    if (reported !== undefined)
      verifyDigest(response.body, reported, `the manifest of ${repository}:${tag}`)
    return {
      found: true,
      bytes: response.body,
      contentType: response.headers['content-type'],
      digest
    }
  }

  /** The blob's bytes, verified against its digest; undefined when the registry does not have it. */
  async fetchBlob(
    repository: string,
    blob: { digest: string; size: number },
    maxBytes: number
  ): Promise<Buffer | undefined> {
    if (blob.size > maxBytes) {
      throw new RegistryError(
        `Blob ${blob.digest} in ${repository} is ${blob.size} bytes; the gate reads at most ${maxBytes}`,
        'This is larger than any Helm chart config or archive the gate expects.'
      )
    }
    const response = await this.get(repository, `blobs/${blob.digest}`, {}, maxBytes)
    if (response.status === 404) return undefined
    this.expectOk(response, `blob ${blob.digest} of ${repository}`)
    verifyDigest(response.body, blob.digest, `blob ${blob.digest} of ${repository}`)
    return response.body
  }

  /**
   * Whether the registry has the blob, asked without downloading it. 'unknown' when the answer is
   * neither yes nor no (a redirect to storage that refuses HEAD, say): the caller downloads then.
   */
  async blobPresence(repository: string, digest: string): Promise<BlobPresence> {
    let response: HttpResponse
    try {
      response = await this.send(repository, this.url(repository, `blobs/${digest}`), {}, 0, 'HEAD')
    } catch (error) {
      if (error instanceof DeadlineError || !(error instanceof GateError)) throw error
      return 'unknown'
    }
    if (response.status === 200) return 'present'
    if (response.status === 404) return 'missing'
    return 'unknown'
  }

  /**
   * The repository's tags, page after page, within bounds a registry cannot stretch: MAX_TAGS tags,
   * MAX_TAG_PAGES pages, and no page once MAX_TAG_LIST_BYTES have been read (so at most one page
   * more). Each page is read once. Past a bound, when a page links back to one already read, or
   * when a later page fails, the tags read so far come back with the reason the listing stopped.
   * Undefined when the repository does not exist.
   */
  async listTags(repository: string): Promise<TagList | undefined> {
    const tags: string[] = []
    const read = new Set<string>()
    let bytes = 0
    let url = this.url(repository, `tags/list?n=${TAG_PAGE_SIZE}`)
    for (;;) {
      read.add(url.href)
      let response: HttpResponse
      try {
        response = await this.send(repository, url, { accept: 'application/json' }, MAX_PAGE_BYTES)
        if (response.status === 404 && read.size === 1) return undefined
        this.expectOk(response, `the tags of ${repository}`)
      } catch (error) {
        if (read.size === 1 || !(error instanceof GateError)) throw error
        return { tags, incomplete: `page ${read.size} failed: ${error.message}` }
      }
      bytes += response.body.length
      if (!addTags(response.body, tags))
        return { tags, incomplete: `it stopped at ${MAX_TAGS} tags` }
      const next = nextPageLink(response.headers.link, response.url)
      // Follow pages on the registry's own origin only: a Link elsewhere would receive our token.
      if (next === undefined || next.origin !== response.url.origin) return { tags }
      if (read.has(next.href))
        return { tags, incomplete: `page ${read.size} links back to a page already read` }
      if (bytes >= MAX_TAG_LIST_BYTES)
        return { tags, incomplete: `it stopped after ${bytes} bytes` }
      if (read.size >= MAX_TAG_PAGES)
        return { tags, incomplete: `it stopped after ${MAX_TAG_PAGES} pages` }
      url = next
    }
  }

  private url(repository: string, path: string): URL {
    return new URL(`/v2/${repository}/${path}`, this.endpoint.origin)
  }

  private get(
    repository: string,
    path: string,
    headers: Record<string, string>,
    maxBodyBytes: number
  ): Promise<HttpResponse> {
    return this.send(repository, this.url(repository, path), headers, maxBodyBytes)
  }

  private async send(
    repository: string,
    url: URL,
    headers: Record<string, string>,
    maxBodyBytes: number,
    method: 'GET' | 'HEAD' = 'GET'
  ): Promise<HttpResponse> {
    let sent: string | undefined
    const attempt = (): Promise<HttpResponse> =>
      this.authenticator.send(repository, url, authorization => {
        sent = authorization
        return this.transport.send({
          method,
          url,
          headers: authorization === undefined ? headers : { ...headers, authorization },
          maxBodyBytes,
          carriesCredentials: this.authenticator.hasCredentials
        })
      })
    const response = await this.authenticator.exchange(async () => {
      const first = await attempt()
      if (first.status !== 401) return first
      const answer = await this.authenticator.answer(
        repository,
        first.headers['www-authenticate'],
        sent
      )
      let answered = await attempt()
      // A request that raced a token is answered once more if that token is refused too.
      if (answered.status === 401 && answer === 'raced') {
        await this.authenticator.answer(repository, answered.headers['www-authenticate'], sent)
        answered = await attempt()
      }
      if (answered.status === 401)
        throw this.authenticator.rejected(repository, answered.headers['www-authenticate'])
      return answered
    })
    if (response.status === 403) {
      const detail = registryErrorMessage(response.body)
      throw new PermissionError(
        `${this.endpoint.authority} denied pulling ${repository} (403${detail === undefined ? '' : `: ${detail}`})`,
        "The credentials are valid but lack pull (read) permission on this repository; grant it in the registry (ACR: AcrPull, Harbor: project member, GHCR: package access, ECR: ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, and ecr:ListImages for the tag list, as in Palette's ECR policy)."
      )
    }
    return response
  }

  private expectOk(response: HttpResponse, what: string): void {
    if (response.status === 200) return
    const detail = registryErrorMessage(response.body)
    throw new RegistryError(
      `Reading ${what} from ${redact(response.url)} failed with HTTP ${response.status}${detail === undefined ? '' : `: ${detail}`}`,
      response.status >= 500 || response.status === 429
        ? 'The registry is failing or throttling; the gate retried a few times. Try again later.'
        : 'Check the endpoint: this does not look like an OCI registry answer.'
    )
  }
}

function verifyDigest(bytes: Buffer, expected: string, what: string): void {
  const algorithm = expected.split(':')[0]
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    throw new RegistryError(
      `${what} has a digest with an unsupported algorithm: ${expected}`,
      'The gate verifies sha256 and sha512 digests.'
    )
  }
  const actual = digestOf(bytes, algorithm)
  if (actual !== expected) {
    throw new RegistryError(
      `${what}: the registry says ${expected} but the bytes received hash to ${actual}`,
      'The content was altered in transit or the registry is corrupt; do not deploy it.'
    )
  }
}

/** The `rel="next"` target of a Link header, resolved against the page it came with. */
export function nextPageLink(header: string | undefined, base: URL): URL | undefined {
  if (header === undefined) return undefined
  for (const match of header.matchAll(/<([^>]*)>([^,]*)/g)) {
    const target = match[1]
    if (target !== undefined && /;\s*rel="?next"?/i.test(match[2] ?? '')) {
      try {
        return new URL(target, base)
      } catch {
        return undefined
      }
    }
  }
  return undefined
}

/** Adds the page's tags up to MAX_TAGS; false when the page held more than there was room for. */
function addTags(body: Buffer, tags: string[]): boolean {
  const page: unknown = parseJsonObject(body)?.tags
  if (!Array.isArray(page)) return true
  // One by one, in place: spreading 400,000 tags into push() overflows the call stack, and
  // copies of a large page would double what it costs in memory.
  for (const tag of page) {
    if (typeof tag !== 'string') continue
    if (tags.length >= MAX_TAGS) return false
    tags.push(tag)
  }
  return true
}

function firstError(body: Buffer): Record<string, unknown> | undefined {
  const errors = parseJsonObject(body)?.errors
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined
  return isRecord(first) ? first : undefined
}

function registryErrorCode(body: Buffer): string | undefined {
  const code = firstError(body)?.code
  return typeof code === 'string' ? code : undefined
}

function registryErrorMessage(body: Buffer): string | undefined {
  const error = firstError(body)
  if (error === undefined) return undefined
  const text = [error.code, error.message]
    .filter(part => typeof part === 'string' && part !== '')
    .join(': ')
  return text === '' ? undefined : quoted(text)
}
