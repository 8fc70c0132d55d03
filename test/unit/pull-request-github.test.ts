// The GitHub client of the pull-request review (the real Octokit) against the fake GitHub API on
// loopback: paged lists bounded in pages and time, the clean-up after the comment bounded in count
// and time, and the same job's comments for other inputs marked superseded.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeGitHub } from '../harness/fake-github.js'

const TOKEN = 'ghs_fakeTokenForTheGitHubClientTest001'
const PULL = { owner: 'platform', repo: 'profiles', number: 7, headSha: 'c2'.repeat(20) }
const JOB = '.github/workflows/profiles.yml#validate'

const github = await startFakeGitHub({ ...PULL, token: TOKEN })
// @actions/github reads the API address when it is imported.
process.env.GITHUB_API_URL = github.url
process.env.GITHUB_SERVER_URL = 'https://github.example'
const { PullRequestApi, MAX_CLEANUP } = await import('../../src/pull-request/github.js')
const { commentMarker, commentStamp } = await import('../../src/pull-request/comment-identity.js')
const { supersededComment } = await import('../../src/report/pr-comment.js')

afterAll(() => github.stop())

beforeEach(() => {
  github.requests.length = 0
  github.nextLinks = undefined
  github.delayMs = () => 0
  github.files = [{ filename: 'profiles/app.yaml', status: 'modified' }]
  github.comments = []
})

const api = (timeoutMs = 30_000) => new PullRequestApi(TOKEN, PULL, timeoutMs)
const requestsTo = (method: string, fragment: string): number =>
  github.requests.filter(request => request.method === method && request.url.includes(fragment))
    .length
const requestsToComment = (method: string, id: number): number =>
  github.requests.filter(
    request =>
      request.method === method &&
      request.url === `/repos/${PULL.owner}/${PULL.repo}/issues/comments/${id}`
  ).length
const marker = commentMarker('profiles/*.yaml; registries.yaml')
const request = (body: string | undefined) => ({
  marker,
  job: JOB,
  commit: PULL.headSha,
  body,
  passedBody: `${marker}\npassed`,
  supersededBody: (old: string, url: string | undefined) =>
    supersededComment(
      old,
      { marker, stamp: '', runUrl: 'https://github.example/run', headSha: PULL.headSha },
      url
    )
})
const bot = { login: 'github-actions[bot]', type: 'Bot' }

describe('paged lists', () => {
  it('stop at 100 pages of a GitHub that always names a next page', async () => {
    github.nextLinks = 'endless'
    const files = await api().changedFiles()
    expect(files.cut).toEqual({ reason: 'pages', maxPages: 100 })
    expect(files.paths).toEqual(['profiles/app.yaml'])
    expect(requestsTo('GET', '/pulls/7/files')).toBe(100)
  }, 20_000)

  it('stop at a page that names itself as next', async () => {
    github.nextLinks = 'self'
    const files = await api().changedFiles()
    expect(files.cut?.reason).toBe('loop')
    expect(requestsTo('GET', '/pulls/7/files')).toBeLessThanOrEqual(2)
  })

  it('stop when the whole list has taken timeout-seconds, though each page answers in time', async () => {
    github.nextLinks = 'endless'
    github.delayMs = (method, path) => (path.includes('/files') ? 300 : 0)
    const started = Date.now()
    const files = await api(1000).changedFiles()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(files.cut).toEqual({ reason: 'time', seconds: 1 })
    expect(requestsTo('GET', '/pulls/7/files')).toBeLessThanOrEqual(5)
  })

  it('bound the comment list too, and the comment is still written', async () => {
    github.nextLinks = 'endless'
    const posted = await api().upsertComment(request(`${marker}\nfailures`))
    expect(posted).toMatchObject({ action: 'created', cut: { reason: 'pages', maxPages: 100 } })
    expect(requestsTo('GET', '/issues/7/comments')).toBe(100)
  }, 20_000)
})

describe('the clean-up after the comment', () => {
  it(`deletes at most ${MAX_CLEANUP} of 10,000 copies, and says how many are left`, async () => {
    github.comments = Array.from({ length: 10_000 }, (_, index) => ({
      id: index + 1,
      body: `${marker}\n${commentStamp(JOB, 'c1')}\ncopy ${index}`,
      user: bot
    }))
    const started = Date.now()
    const posted = await api().upsertComment(request(`${marker}\nfailures`))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(posted).toMatchObject({
      action: 'updated',
      id: 1,
      deleted: MAX_CLEANUP,
      left: { copies: 10_000 - 1 - MAX_CLEANUP, stale: 0, stop: { reason: 'count' } }
    })
    expect(requestsTo('DELETE', '/issues/comments/')).toBe(MAX_CLEANUP)
    expect(github.comments).toHaveLength(10_000 - MAX_CLEANUP)
  }, 30_000)

  it('stops deleting when timeout-seconds has passed', async () => {
    github.comments = Array.from({ length: 10 }, (_, index) => ({
      id: index + 1,
      body: `${marker}\ncopy ${index}`,
      user: bot
    }))
    github.delayMs = method => (method === 'DELETE' ? 400 : 0)
    const started = Date.now()
    const posted = await api(1000).upsertComment(request(`${marker}\nfailures`))
    expect(Date.now() - started).toBeLessThan(2500)
    expect(posted.deleted).toBeLessThanOrEqual(3)
    expect(posted.left).toMatchObject({ stale: 0, stop: { reason: 'time', seconds: 1 } })
    expect((posted.left?.copies ?? 0) + posted.deleted).toBe(9)
  })

  it('marks the same job’s comments for other inputs superseded, once, linking to the new one', async () => {
    const old = commentMarker('profiles/*.yaml')
    github.comments = [
      { id: 1, body: `${old}\n${commentStamp(JOB, 'c1')}\n### ❌ stale failures`, user: bot },
      {
        id: 2,
        body: `${old}\n${commentStamp('.github/workflows/other.yml#x', 'c1')}\n### ❌`,
        user: bot
      }
    ]
    const posted = await api().upsertComment(request(`${marker}\nfailures`))
    expect(posted).toMatchObject({ action: 'created', superseded: 1, deleted: 0 })
    const url = `https://github.example/platform/profiles/pull/7#issuecomment-${posted.id ?? 0}`
    expect(github.comments[0]?.body).toMatch(
      new RegExp(`^${escape(old)}\n### ↪️ palette-chart-gate: superseded\n`)
    )
    expect(github.comments[0]?.body).toContain(`[the new comment](${url})`)
    expect(github.comments[1]?.body).toContain('### ❌')
    expect(requestsToComment('PATCH', 1)).toBe(1)

    // Marked once: the next run leaves it as it is.
    github.requests.length = 0
    const again = await api().upsertComment(request(`${marker}\nfailures`))
    expect(again).toMatchObject({ action: 'updated', superseded: 0 })
    expect(requestsToComment('PATCH', 1)).toBe(0)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
