// The bundled action in a pull request against a fake GitHub API that misbehaves or has history: a
// file list paged for ever (or linked to itself, or too slow as a whole) is cut with a warning and
// every file checked; 10,000 copies of the comment cost 20 deletions and a warning; a comment left by
// other inputs of the same job is marked superseded, linking to the new one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  pullRequestEvent,
  startFakeGitHub,
  type FakeComment,
  type FakeGitHub
} from '../harness/fake-github.js'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import {
  removeRunDirectories,
  runAction,
  runCliProgram,
  type ActionRun
} from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const TOKEN = 'ghs_fakeTokenForThePullRequestBounds01'
const PULL = { owner: 'platform', repo: 'profiles', number: 7 }
const HEAD_SHA = 'feedf00d0123456789abcdef0123456789abcdef'
const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const COMMENT_URL = 'https://github.example/platform/profiles/pull/7#issuecomment-'

let sample: SampleRegistry
let github: FakeGitHub
let workspace: string
let eventFile: string

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  await pushChart({ url: sample.registry.url }, { repository: 'charts/gated', tag: '1.0.0' })
  github = await startFakeGitHub({ ...PULL, token: TOKEN })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-pr-bounds-'))
  await mkdir(path.join(workspace, 'profiles'))
  // A checkout: its .git folder marks the root GitHub names the pull request's files from.
  await mkdir(path.join(workspace, '.git'))
  await writeFile(path.join(workspace, 'profiles', 'unchanged.yaml'), chartList('1.0.0'))
  await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('9.9.9'))
  eventFile = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
  await writeFile(eventFile, pullRequestEvent(PULL, HEAD_SHA))
}, 60_000)

afterAll(async () => {
  await github.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
  await rm(eventFile, { force: true })
})

beforeEach(() => {
  github.requests.length = 0
  github.nextLinks = undefined
  github.delayMs = () => 0
  github.files = [
    ...Array.from({ length: 150 }, (_, index) => ({
      filename: `src/file-${index}.ts`,
      status: 'modified'
    })),
    { filename: 'profiles/changed.yaml', status: 'modified' }
  ]
  github.comments = []
})

function chartList(version: string): string {
  return `charts:\n  - chart: gated\n    version: ${version}\n`
}

/** The hidden first line of the gate's comment for these profiles. */
const marker = (profiles: string): string =>
  `<!-- palette-chart-gate: ${profiles}; ${sample.registry.url}; charts -->`

function runInPullRequest(inputs: Record<string, string> = {}, job = 'validate') {
  return runAction(
    {
      endpoint: sample.registry.url,
      'base-content-path': 'charts',
      'charts-file': 'profiles/*.yaml',
      'github-token': TOKEN,
      comment: 'true',
      ...inputs
    },
    {
      cwd: workspace,
      // An unbounded list would hold the run for ever: the run is stopped well before that.
      timeoutMs: 60_000,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: `${PULL.owner}/${PULL.repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '4242',
        GITHUB_SHA: HEAD_SHA,
        GITHUB_JOB: job,
        GITHUB_WORKFLOW_REF: `${PULL.owner}/${PULL.repo}/.github/workflows/profiles.yml@refs/pull/7/merge`
      }
    }
  )
}

const checkedFiles = (run: ActionRun): string[] =>
  [
    ...new Set(
      (JSON.parse(run.outputs.results ?? '[]') as { file: string }[]).map(result => result.file)
    )
  ].sort()
const requestsTo = (method: string, fragment: string): number =>
  github.requests.filter(request => request.method === method && request.url.includes(fragment))
    .length
const ALL = ['profiles/changed.yaml', 'profiles/unchanged.yaml']

describe('a file list GitHub pages without end', () => {
  it('stops at 100 pages, says so, and checks every file', async () => {
    github.nextLinks = 'endless'
    const run = await runInPullRequest({ comment: 'false' })
    expect(run.exitCode).toBe(1)
    expect(checkedFiles(run)).toEqual(ALL)
    expect(requestsTo('GET', '/pulls/7/files')).toBe(100)
    expect(run.shownLog).toContain(
      '::warning::Could not list every file of pull request #7 (it stopped at 100 pages; 151 files read); every profile file is checked.'
    )
  }, 90_000)

  it('stops at a page that links back to itself', async () => {
    github.nextLinks = 'self'
    const run = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(run)).toEqual(ALL)
    expect(run.shownLog).toMatch(
      /::warning::Could not list every file of pull request #7 \(page \d links back to a page already read; \d+ files read\)/
    )
  }, 90_000)

  it('stops when the whole list takes longer than timeout-seconds, each page in time', async () => {
    github.nextLinks = 'endless'
    github.delayMs = (_method, url) => (url.includes('/pulls/7/files') ? 400 : 0)
    const run = await runInPullRequest({ comment: 'false', 'timeout-seconds': '1' })
    expect(checkedFiles(run)).toEqual(ALL)
    expect(requestsTo('GET', '/pulls/7/files')).toBeLessThanOrEqual(4)
    expect(run.shownLog).toContain('(the whole list did not come within 1 s (timeout-seconds); ')
  }, 90_000)

  it('counts one as one: "1 file changed", "1 of 1 layer is not valid", "1 layer:"', async () => {
    github.files = [{ filename: 'profiles/changed.yaml', status: 'modified' }]
    const run = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(run)).toEqual(['profiles/changed.yaml'])
    expect(run.shownLog).toContain(
      'Checking only the profile files pull request #7 changes (1 file changed; changed-only: false checks all).'
    )
    expect(run.shownLog).toContain(
      '::error::1 of 1 layer is not valid (see the annotations and the job summary)'
    )
    expect(run.summary).toContain('❌ 1 of 1 layer is not valid')
    expect(run.summary).toContain('1 layer: 0 valid, 1 invalid, 0 errors, 0 skipped.')
    const cli = await runCliProgram(
      [
        '--charts-file',
        'profiles/changed.yaml',
        '--endpoint',
        sample.registry.url,
        '--base-content-path',
        'charts'
      ],
      {},
      '',
      workspace
    )
    expect(cli.stderr).toContain('1 layer: 0 valid, 1 invalid, 0 errors, 0 skipped')
  }, 90_000)
})

describe('the gate’s earlier comments', () => {
  it('deletes 20 of 10,000 copies in one run and says how many are left', async () => {
    github.comments = Array.from({ length: 10_000 }, (_, index) => ({
      id: index + 1,
      body: `${marker('profiles/*.yaml')}\ncopy ${index}`,
      user: BOT
    }))
    const started = Date.now()
    const run = await runInPullRequest()
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(run.exitCode).toBe(1)
    expect(requestsTo('PATCH', '/issues/comments/1')).toBeGreaterThanOrEqual(1)
    expect(requestsTo('DELETE', '/issues/comments/')).toBe(20)
    expect(github.comments).toHaveLength(10_000 - 20)
    expect(run.shownLog).toContain('Pull request #7: comment updated; 20 copies deleted.')
    expect(run.shownLog).toContain(
      "::warning::Pull request #7: 9979 copies of the gate's comment not deleted (the gate deletes or marks at most 20 comments in one run); later runs go on."
    )
  }, 90_000)

  it('marks the comment of inputs since changed superseded, linking to the new one, once', async () => {
    const first = await runInPullRequest()
    expect(first.exitCode).toBe(1)
    const [old] = github.comments
    expect(old?.body.startsWith(`${marker('profiles/*.yaml')}\n`)).toBe(true)
    // Another job's comment, and a person's with the marker: never touched.
    const others: FakeComment[] = [
      { id: 1, body: `${marker('profiles/*.yaml')}\nmine`, user: { login: 'dev', type: 'User' } }
    ]
    github.comments.push(...others)
    const elsewhere = await runInPullRequest({ 'charts-file': 'profiles/c*.yaml' }, 'other-job')
    expect(elsewhere.shownLog).toContain('Pull request #7: comment created.')
    const otherJobs = github.comments.at(-1)
    // The same job, with other profiles, for a later commit.
    await setHead('0123456789abcdef0123456789abcdef01234567')
    const changed = await runInPullRequest({ 'charts-file': 'profiles/changed.yaml' })
    expect(changed.exitCode).toBe(1)
    expect(changed.shownLog).toContain(
      'Pull request #7: comment created; 1 earlier comment marked superseded.'
    )
    const fresh = github.comments.at(-1)
    expect(fresh?.body.startsWith(`${marker('profiles/changed.yaml')}\n`)).toBe(true)
    expect(fresh?.body).toContain('1 of 1 layer is not valid')
    const superseded = github.comments.find(comment => comment.id === old?.id)?.body ?? ''
    expect(superseded.split('\n').slice(0, 2)).toEqual([
      marker('profiles/*.yaml'),
      '### ↪️ palette-chart-gate: superseded'
    ])
    expect(superseded).toContain(`[the new comment](${COMMENT_URL}${fresh?.id ?? 0})`)
    expect(superseded).not.toContain('❌')
    expect(github.comments.find(comment => comment.id === 1)?.body).toContain('mine')
    expect(github.comments.find(comment => comment.id === otherJobs?.id)?.body).toContain('❌')

    // Marked once: the next run leaves it alone.
    github.requests.length = 0
    await runInPullRequest({ 'charts-file': 'profiles/changed.yaml' })
    expect(requestsTo('PATCH', `/issues/comments/${old?.id ?? 0}`)).toBe(0)

    // Back to the first inputs, now passing: their comment is taken up again, the other superseded.
    await setHead('89abcdef0123456789abcdef0123456789abcdef')
    await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('1.0.0'))
    try {
      const back = await runInPullRequest()
      expect(back.exitCode).toBe(0)
      expect(github.comments.find(comment => comment.id === old?.id)?.body).toContain(
        '✅ palette-chart-gate: every layer is valid'
      )
      expect(github.comments.find(comment => comment.id === fresh?.id)?.body).toContain(
        `[the new comment](${COMMENT_URL}${old?.id ?? 0})`
      )
    } finally {
      await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('9.9.9'))
      await setHead(HEAD_SHA)
    }
  }, 120_000)

  it('links a superseded comment to the run when every layer passes under the new inputs', async () => {
    github.comments = [
      { id: 3, body: `${marker('profiles/old-*.yaml')}\n### ❌ old failures`, user: BOT }
    ]
    const run = await runInPullRequest({ 'charts-file': 'profiles/unchanged.yaml' })
    expect(run.exitCode).toBe(0)
    expect(requestsTo('POST', '/comments')).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toContain(
      'Under the new inputs every layer is valid: [job summary](https://github.example/platform/profiles/actions/runs/4242).'
    )
    expect(run.shownLog).toContain('Pull request #7: 1 earlier comment marked superseded.')
  }, 90_000)
})

/** The pull request's head moves: a later push. */
async function setHead(sha: string): Promise<void> {
  await writeFile(eventFile, pullRequestEvent(PULL, sha))
}
