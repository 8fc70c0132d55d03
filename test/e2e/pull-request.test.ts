// The bundled action in a pull request, against a fake GitHub REST API on loopback (GITHUB_API_URL)
// and the real registry: only the profile files the pull request changes are checked (its file list
// read page by page), one sticky comment is created, updated in place and marked passed, and a
// read-only token (a pull request from a fork) gives a notice, never a failed check.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { PEAK_RSS_ENV, peakRssMiB } from '../harness/peak-rss.js'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, repoRoot, runAction, type ActionRun } from '../harness/run-action.js'
import { expectNoSecrets, startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const TOKEN = 'ghs_fakeTokenForThePullRequestTest0001'
const PULL = { owner: 'platform', repo: 'profiles', number: 7 }
const HEAD_SHA = 'f00dfeedc0ffee0123456789abcdef0123456789'

let sample: SampleRegistry
let github: FakeGitHub
let workspace: string
let eventFile: string

const chartList = (version: string): string =>
  `charts:\n  - chart: gated\n    version: ${version}\n`

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  await pushChart({ url: sample.registry.url }, { repository: 'charts/gated', tag: '1.0.0' })
  github = await startFakeGitHub({ ...PULL, token: TOKEN })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-pr-'))
  await mkdir(path.join(workspace, 'profiles'))
  // A checkout: its .git folder marks the root GitHub names the pull request's files from.
  await mkdir(path.join(workspace, '.git'))
  eventFile = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
}, 60_000)

afterAll(async () => {
  await github.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
  await rm(eventFile, { force: true })
})

beforeEach(async () => {
  github.requests.length = 0
  github.readOnly = false
  github.stalled = false
  github.stallBodyOf = undefined
  github.hugePage = undefined
  await writeFile(path.join(workspace, 'profiles', 'unchanged.yaml'), chartList('1.0.0'))
  await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('9.9.9'))
  await writeFile(path.join(workspace, 'registries.yaml'), 'registries: {}\n')
})

/** 230 files in the pull request: three pages of 100; the profile file is on the last page. */
function pullRequestFiles(...profileFiles: string[]): FakeGitHub['files'] {
  return [
    ...Array.from({ length: 230 - profileFiles.length }, (_, index) => ({
      filename: `src/file-${index}.ts`,
      status: 'modified'
    })),
    ...profileFiles.map(filename => ({ filename, status: 'modified' }))
  ]
}

/** The hidden first line of the gate's comment: the inputs that shape the verdict. */
const marker = (): string =>
  `<!-- palette-chart-gate: profiles/*.yaml; registries.yaml; ${sample.registry.url}; charts -->`

async function runInPullRequest(
  extra: Record<string, string> = {},
  event = 'pull_request',
  changedFiles = github.files.length,
  env: Record<string, string> = {}
) {
  await writeFile(eventFile, pullRequestEvent(PULL, HEAD_SHA, changedFiles))
  return runAction(
    {
      endpoint: sample.registry.url,
      'base-content-path': 'charts',
      'charts-file': 'profiles/*.yaml',
      'registries-file': 'registries.yaml',
      'github-token': TOKEN,
      comment: 'true',
      ...extra
    },
    {
      cwd: workspace,
      env: {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: `${PULL.owner}/${PULL.repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: HEAD_SHA,
        GITHUB_WORKFLOW_REF: `${PULL.owner}/${PULL.repo}/.github/workflows/profiles.yml@refs/pull/7/merge`,
        ...env
      }
    }
  )
}

const checkedFiles = (run: ActionRun): string[] => [
  ...new Set(
    (JSON.parse(run.outputs.results ?? '[]') as { file: string }[]).map(result => result.file)
  )
]
const requestsTo = (method: string, fragment: string): number =>
  github.requests.filter(request => request.method === method && request.url.includes(fragment))
    .length

describe('in a pull request', () => {
  it('checks only the changed profile file, reading the file list page by page', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    const run = await runInPullRequest({ comment: 'false' })
    expect(run.exitCode).toBe(1)
    expect(checkedFiles(run)).toEqual(['profiles/changed.yaml'])
    const pages = github.requests.filter(request => request.url.includes('/pulls/7/files'))
    expect(pages.map(request => new URL(request.url, github.url).searchParams.get('page'))).toEqual(
      [null, '2', '3']
    )
    expect(github.requests.every(request => request.authorization === `token ${TOKEN}`)).toBe(true)
    expect(requestsTo('POST', '/comments')).toBe(0)
    await expectNoSecrets(run, [TOKEN])
  })

  it('keeps one comment: created, then updated in place, then marked passed', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = [
      { id: 1, body: 'Looks good to me', user: { login: 'reviewer', type: 'User' } }
    ]
    const first = await runInPullRequest()
    expect(first.exitCode).toBe(1)
    expect(requestsTo('POST', '/issues/7/comments')).toBe(1)
    expect(github.comments).toHaveLength(2)
    const posted = github.comments[1]
    expect(posted?.body?.startsWith(`${marker()}\n`)).toBe(true)
    expect(posted?.body).toContain('❌ palette-chart-gate: 1 of 1 layer is not valid')
    expect(posted?.body).toContain('in the 1 profile file this pull request changes')
    expect(posted?.body).toMatch(
      /\| `profiles\/changed\.yaml:2` \| `gated` \| `9\.9\.9` \|.*❌ invalid/
    )
    expect(posted?.body).toContain(
      '[Job summary and annotations](https://github.example/platform/profiles/actions/runs/4242/attempts/1)'
    )
    expect(posted?.body).toContain('commit f00dfeedc0ff')
    expect(first.shownLog).toContain('Pull request #7: comment created.')

    const second = await runInPullRequest()
    expect(second.exitCode).toBe(1)
    expect(requestsTo('POST', '/issues/7/comments')).toBe(1)
    expect(requestsTo('PATCH', `/issues/comments/${posted?.id ?? 0}`)).toBe(1)
    expect(github.comments).toHaveLength(2)

    await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('1.0.0'))
    const fixed = await runInPullRequest()
    expect(fixed.exitCode).toBe(0)
    expect(requestsTo('POST', '/issues/7/comments')).toBe(1)
    expect(requestsTo('PATCH', `/issues/comments/${posted?.id ?? 0}`)).toBe(2)
    expect(github.comments).toHaveLength(2)
    expect(github.comments[1]?.body).toContain('✅ palette-chart-gate: every layer is valid')
    expect(github.comments[1]?.body).toContain('The failures reported here before are fixed.')
    expect(github.comments[0]?.body).toBe('Looks good to me')
  })

  it('writes no comment when everything passes and none was written before', async () => {
    github.files = pullRequestFiles('profiles/unchanged.yaml')
    github.comments = []
    const run = await runInPullRequest()
    expect(run.exitCode).toBe(0)
    expect(checkedFiles(run)).toEqual(['profiles/unchanged.yaml'])
    expect(requestsTo('GET', '/issues/7/comments')).toBe(1)
    expect(requestsTo('POST', '/comments') + requestsTo('PATCH', '/comments')).toBe(0)
  })

  it('gives a notice, not a failure, when the token may not write (a pull request from a fork)', async () => {
    github.readOnly = true
    github.files = pullRequestFiles('profiles/unchanged.yaml')
    github.comments = [
      {
        id: 5,
        body: `${marker()}\nold failures`,
        user: { login: 'github-actions[bot]', type: 'Bot' }
      }
    ]
    const passing = await runInPullRequest()
    expect(passing.exitCode).toBe(0)
    expect(passing.outputs.valid).toBe('true')
    expect(passing.shownLog).toMatch(
      /::notice::Could not comment on pull request #7 \(HTTP 403: Resource not accessible by integration/
    )
    expect(passing.shownLog).not.toContain('::error::')
    expect(passing.shownLog).not.toContain('::warning::')

    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    const failing = await runInPullRequest()
    expect(failing.exitCode).toBe(1)
    expect(failing.shownLog).toContain('::notice::Could not comment on pull request #7')
    expect(failing.shownLog).toContain('::error::1 of 1 layer is not valid')
  })

  it('checks every file when the registries file or the workflow changes, or with changed-only: false', async () => {
    github.files = pullRequestFiles('registries.yaml')
    github.comments = []
    const shared = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(shared).sort()).toEqual([
      'profiles/changed.yaml',
      'profiles/unchanged.yaml'
    ])

    // The calling workflow holds the other inputs: changing it changes every check.
    github.files = pullRequestFiles('.github/workflows/profiles.yml')
    const workflow = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(workflow).sort()).toEqual([
      'profiles/changed.yaml',
      'profiles/unchanged.yaml'
    ])

    github.requests.length = 0
    const all = await runInPullRequest({ comment: 'false', 'changed-only': 'false' })
    expect(checkedFiles(all).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(github.requests).toEqual([])

    github.files = pullRequestFiles('profiles/changed.yaml')
    const commented = await runInPullRequest({ 'changed-only': 'false' })
    expect(checkedFiles(commented).sort()).toEqual([
      'profiles/changed.yaml',
      'profiles/unchanged.yaml'
    ])
    expect(requestsTo('GET', '/pulls/7/files')).toBe(0)
    expect(github.comments[0]?.body).toContain('2 layers: 1 valid, 1 invalid')
  })

  it('checks every file when a changed chart list defines registries the others may use', async () => {
    github.files = pullRequestFiles('profiles/registries-here.yaml')
    await writeFile(
      path.join(workspace, 'profiles', 'registries-here.yaml'),
      `registries:\n  mirror:\n    endpoint: ${sample.registry.url}\n    base-content-path: charts\ncharts: []\n`
    )
    try {
      const run = await runInPullRequest({ comment: 'false' })
      expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    } finally {
      await rm(path.join(workspace, 'profiles', 'registries-here.yaml'))
    }
  })

  it('checks every file when a registry’s CA file changes', async () => {
    await mkdir(path.join(workspace, 'certs'), { recursive: true })
    await copyFile(
      path.join(repoRoot, 'test', 'fixtures', 'test-ca.pem'),
      path.join(workspace, 'certs', 'ca.pem')
    )
    await writeFile(
      path.join(workspace, 'registries.yaml'),
      `registries:\n  mirror:\n    endpoint: ${sample.registry.url}\n    ca-certificate: certs/ca.pem\n`
    )
    github.files = pullRequestFiles('certs/ca.pem')
    const run = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
  })

  it('checks a renamed file under its new name, and every file past GitHub’s 3000-file list', async () => {
    github.files = [
      { filename: 'profiles/changed.yaml', status: 'renamed', previous_filename: 'old/app.yaml' }
    ]
    const renamed = await runInPullRequest({ comment: 'false' })
    expect(checkedFiles(renamed)).toEqual(['profiles/changed.yaml'])

    github.files = pullRequestFiles('profiles/changed.yaml')
    const truncated = await runInPullRequest({ comment: 'false' }, 'pull_request', 3500)
    expect(checkedFiles(truncated).sort()).toEqual([
      'profiles/changed.yaml',
      'profiles/unchanged.yaml'
    ])
    expect(truncated.shownLog).toContain('GitHub listed 230 of the 3500 files')

    github.files = []
    const unlisted = await runInPullRequest({ comment: 'false' }, 'pull_request', 1)
    expect(unlisted.shownLog).toContain('GitHub listed 0 of the 1 file pull request #')
    github.files = pullRequestFiles('profiles/changed.yaml')
  })

  it('finds its comment past the first page, leaves people’s comments alone and removes copies', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    const people = Array.from({ length: 120 }, (_, index) => ({
      id: index + 1,
      body: `comment ${index}`,
      user: { login: 'reviewer', type: 'User' }
    }))
    github.comments = [
      ...people,
      // Someone posts the marker first: it is never the gate's comment.
      {
        id: 499,
        body: `${marker()}\nall good, trust me`,
        user: { login: 'mallory', type: 'User' }
      },
      { id: 500, body: `${marker()}\nfirst`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 501, body: `> ${marker()}\n> first\n\nWhy?`, user: { login: 'dev', type: 'User' } },
      { id: 502, body: `${marker()}\ncopy`, user: { login: 'github-actions[bot]', type: 'Bot' } }
    ]
    const run = await runInPullRequest()
    expect(run.exitCode).toBe(1)
    expect(requestsTo('GET', '/issues/7/comments')).toBe(2)
    expect(requestsTo('POST', '/comments')).toBe(0)
    expect(requestsTo('PATCH', '/issues/comments/500')).toBe(1)
    expect(requestsTo('DELETE', '/issues/comments/502')).toBe(1)
    expect(github.comments.map(comment => comment.id).slice(-3)).toEqual([499, 500, 501])
    expect(github.comments.find(comment => comment.id === 499)?.body).toContain('trust me')
    expect(github.comments.find(comment => comment.id === 501)?.body).toContain('Why?')
  })

  it('shows what profile files hold in code spans, so a comment cannot mention, link or hide anything', async () => {
    github.files = pullRequestFiles('profiles/hostile.yaml')
    github.comments = []
    const hostile =
      '@platform/admins [x](https://evil.example) www.evil.example #1 <!-- <img src=x> `|`'
    await writeFile(
      path.join(workspace, 'profiles', 'hostile.yaml'),
      `charts:\n  - chart: gated\n    version: 1.0.0\n    registry: ${JSON.stringify(hostile)}\n`
    )
    try {
      const run = await runInPullRequest()
      expect(run.exitCode).toBe(1)
      const body = github.comments[0]?.body ?? ''
      const row =
        body.split('\n').find(line => line.startsWith('| `profiles/hostile.yaml:2`')) ?? ''
      const cells = row
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim())
        .filter(cell => cell !== '')
      // Every cell from the file is one code span, its own | escaped: nothing in it renders.
      // It ends with a backtick: a space between it and the fence.
      expect(cells[3]).toBe(`\`\` ${hostile.replaceAll('|', '\\|')} \`\``)
      expect(cells[5]?.startsWith('``registry "@platform/admins')).toBe(true)
      expect(cells[5]).toContain('add it to registries-file``<br>Hint: `Define the registry')
      expect(cells).toHaveLength(6)
      // The marker, the stamp, and the registry name's, shown twice in code spans.
      expect(body.match(/<!--/g)).toHaveLength(4)
    } finally {
      await rm(path.join(workspace, 'profiles', 'hostile.yaml'))
    }
  })

  it('gives up on a GitHub that does not answer within timeout-seconds, and checks every file', async () => {
    github.stalled = true
    github.files = pullRequestFiles('profiles/changed.yaml')
    const run = await runInPullRequest({ comment: 'false', 'timeout-seconds': '1' })
    expect(run.exitCode).toBe(1)
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(run.shownLog).toContain(
      '::warning::Could not list the files of pull request #7 (GitHub did not answer within 1 s)'
    )
  }, 30_000)

  it('takes a body cut off by the time limit as a timeout, not as no comments', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    github.stallBodyOf = '/issues/7/comments'
    const run = await runInPullRequest({ 'timeout-seconds': '1' })
    expect(run.exitCode).toBe(1)
    expect(requestsTo('POST', '/comments')).toBe(0)
    expect(run.shownLog).toContain(
      '::warning::Could not comment on pull request #7 (GitHub did not answer within 1 s)'
    )
  }, 30_000)

  it('reads at most 8 MiB of a GitHub page: a 60 MB page is a warning naming the limit, never a crash', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    // The file list declares its length: refused before a byte of it is read.
    github.hugePage = { path: '/pulls/7/files', bytes: 60_000_000, declareLength: true }
    github.hugePageBytesSent = 0
    const files = await runInPullRequest({ comment: 'false' }, 'pull_request', 230, PEAK_RSS_ENV)
    expect(files.exitCode).toBe(1)
    expect(checkedFiles(files).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(files.shownLog).toContain(
      "::warning::Could not list the files of pull request #7 (GitHub's answer to GET /repos/platform/profiles/pulls/7/files is larger than 8 MiB, the most the gate reads of one answer); every profile file is checked."
    )
    expect(files.log).not.toContain('Unexpected error')
    expect(peakRssMiB(files.stderr)).toBeLessThan(512)

    // The comment list is chunked, with no length: read up to the limit, then cancelled.
    github.hugePage = { path: '/issues/7/comments', bytes: 60_000_000, declareLength: false }
    github.hugePageBytesSent = 0
    const comments = await runInPullRequest({}, 'pull_request', 230, PEAK_RSS_ENV)
    expect(comments.exitCode).toBe(1)
    expect(checkedFiles(comments)).toEqual(['profiles/changed.yaml'])
    expect(comments.shownLog).toContain(
      "::warning::Could not comment on pull request #7 (GitHub's answer to GET /repos/platform/profiles/issues/7/comments is larger than 8 MiB, the most the gate reads of one answer). The job summary has the report."
    )
    expect(requestsTo('POST', '/comments')).toBe(0)
    expect(github.hugePageBytesSent).toBeLessThan(60_000_000)
    expect(peakRssMiB(comments.stderr)).toBeLessThan(512)
  }, 60_000)

  it('is not a pull request under pull_request_target, whose checkout is the base branch', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    const run = await runInPullRequest({}, 'pull_request_target')
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(github.requests).toEqual([])
    expect(run.shownLog).toContain('::notice::changed-only and comment apply to pull_request runs')
  })

  it('checks nothing, with a notice, when no profile file changes', async () => {
    github.files = pullRequestFiles()
    const run = await runInPullRequest({ comment: 'false' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(JSON.parse(run.outputs.counts ?? '{}')).toMatchObject({ layers: 0 })
    expect(run.shownLog).toContain(
      '::notice::This pull request changes no profile file that charts-file matches'
    )
  })

  it('checks every file, asking GitHub nothing, outside a pull request', async () => {
    const run = await runInPullRequest({}, 'push')
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(github.requests).toEqual([])
  })

  it('says in the comment when the profile files cannot be checked at all', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), 'charts: [unclosed\n')
    const run = await runInPullRequest()
    expect(run.exitCode).toBe(1)
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0]?.body ?? ''
    expect(body.startsWith(`${marker()}\n`)).toBe(true)
    expect(body).toContain('### ❌ palette-chart-gate: configuration error; no layer was checked')
    expect(body).toMatch(/^- `charts-file: profiles\/changed\.yaml:\d+: /m)
    expect(body).toContain('Hint: Fix the files and lines named above and run again.')
  })

  it('keeps every secret out of the comment, which the runner does not mask', async () => {
    const password = 'gatedsecretpassword'
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    await writeFile(path.join(workspace, 'profiles', 'changed.yaml'), chartList('9.9.9'))
    await writeFile(
      path.join(workspace, 'profiles', 'leaky.yaml'),
      `charts:\n  - chart: ${password}\n    version: 1.0.0\n`
    )
    github.files = pullRequestFiles('profiles/changed.yaml', 'profiles/leaky.yaml')
    try {
      const run = await runInPullRequest({ username: 'ci', password })
      expect(run.exitCode).toBe(1)
      const body = github.comments[0]?.body ?? ''
      expect(body).toContain('| `profiles/leaky.yaml:2` | `***` |')
      expect(body).not.toContain(password)
      await expectNoSecrets(run, [TOKEN])
    } finally {
      await rm(path.join(workspace, 'profiles', 'leaky.yaml'))
    }
  })

  it('checks every file and writes no comment, with a notice, when github-token is empty', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    github.comments = []
    const run = await runInPullRequest({ 'github-token': '' })
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(github.requests).toEqual([])
    expect(run.shownLog).toContain(
      '::notice::github-token is empty: every profile file is checked and no pull-request comment is written.'
    )
  })

  it('checks every file, with a warning, when the file list cannot be read', async () => {
    github.files = pullRequestFiles('profiles/changed.yaml')
    const run = await runInPullRequest({ comment: 'false', 'github-token': 'ghs_wrong' })
    expect(checkedFiles(run).sort()).toEqual(['profiles/changed.yaml', 'profiles/unchanged.yaml'])
    expect(run.shownLog).toMatch(
      /::warning::Could not list the files of pull request #7 \(HTTP 401: Bad credentials/
    )
  })
})
