// changed-only through the bundled action: a profile file is checked when the pull request lists its
// exact path from the repository root. A root-level file of the same name is another file, and a
// checkout in a subfolder of the workspace (actions/checkout `path:`) is matched from its own root.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pullRequestEvent, startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { pushChart } from '../harness/push.js'
import { stopAll } from '../harness/registry.js'
import { removeRunDirectories, runAction, type ActionRun } from '../harness/run-action.js'
import { startSampleRegistry, type SampleRegistry } from '../support/registries.js'

const TOKEN = 'ghs_fakeTokenForThePathsTest000000001'
const PULL = { owner: 'platform', repo: 'profiles', number: 8 }

let sample: SampleRegistry
let github: FakeGitHub
let scratch: string

const chartList = (version: string): string =>
  `charts:\n  - chart: gated\n    version: ${version}\n`

beforeAll(async () => {
  sample = await startSampleRegistry({ mode: 'anonymous' })
  await pushChart({ url: sample.registry.url }, { repository: 'charts/gated', tag: '1.0.0' })
  github = await startFakeGitHub({ ...PULL, token: TOKEN })
  scratch = await mkdtemp(path.join(os.tmpdir(), 'palette-pr-paths-'))
}, 60_000)

afterAll(async () => {
  await github.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(scratch, { recursive: true, force: true })
})

beforeEach(() => {
  github.requests.length = 0
  github.comments = []
})

/**
 * A workspace whose repository is at `checkout` below it ('' for the workspace itself); undefined:
 * no `.git` folder anywhere, as when the files come from an archive.
 */
async function workspaceWith(
  checkout: string | undefined,
  files: Record<string, string>
): Promise<string> {
  const workspace = await mkdtemp(path.join(scratch, 'workspace-'))
  if (checkout !== undefined)
    await mkdir(path.join(workspace, checkout, '.git'), { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
    await writeFile(path.join(workspace, file), text)
  }
  return workspace
}

async function runInPullRequest(
  workspace: string,
  changed: string[],
  inputs: Record<string, string>
): Promise<ActionRun> {
  const eventFile = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
  github.files = changed.map(filename => ({ filename, status: 'modified' }))
  await writeFile(eventFile, pullRequestEvent(PULL, 'a'.repeat(40), 1))
  return runAction(
    {
      endpoint: sample.registry.url,
      'base-content-path': 'charts',
      'github-token': TOKEN,
      ...inputs
    },
    {
      cwd: workspace,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: `${PULL.owner}/${PULL.repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW_REF: `${PULL.owner}/${PULL.repo}/.github/workflows/gate.yml@refs/pull/8/merge`
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

describe('changed-only matches repository paths exactly', () => {
  it('does not check profiles/dev.yaml when the pull request changes a root-level dev.yaml', async () => {
    // profiles/dev.yaml is broken and unchanged: it must not fail an unrelated pull request.
    const workspace = await workspaceWith('', {
      'dev.yaml': chartList('1.0.0'),
      'profiles/dev.yaml': chartList('9.9.9'),
      'profiles/prod.yaml': chartList('1.0.0')
    })
    const run = await runInPullRequest(workspace, ['dev.yaml'], {
      'charts-file': 'profiles/*.yaml'
    })
    expect(run.exitCode).toBe(0)
    expect(checkedFiles(run)).toEqual([])
    expect(run.shownLog).toContain(
      '::notice::This pull request changes no profile file that charts-file matches'
    )
  })

  it('matches a checkout in a subfolder of the workspace from its own root', async () => {
    const workspace = await workspaceWith('repo', {
      'repo/profiles/dev.yaml': chartList('9.9.9'),
      'repo/profiles/prod.yaml': chartList('1.0.0'),
      'repo/registries.yaml': 'registries: {}\n'
    })
    const inputs = {
      'charts-file': 'repo/profiles/*.yaml',
      'registries-file': 'repo/registries.yaml'
    }
    const changed = await runInPullRequest(workspace, ['profiles/prod.yaml'], inputs)
    expect(changed.exitCode).toBe(0)
    expect(checkedFiles(changed)).toEqual(['repo/profiles/prod.yaml'])

    // The registries file, named from the workspace, is the repository's registries.yaml.
    const shared = await runInPullRequest(workspace, ['registries.yaml'], inputs)
    expect(shared.exitCode).toBe(1)
    expect(checkedFiles(shared)).toEqual(['repo/profiles/dev.yaml', 'repo/profiles/prod.yaml'])

    // A file of the workspace outside the checkout is not the repository's file of that name.
    const elsewhere = await runInPullRequest(workspace, ['repo/profiles/dev.yaml'], inputs)
    expect(checkedFiles(elsewhere)).toEqual([])
  })

  it('checks every file, and says why, where no .git folder tells the repository root', async () => {
    // The repository's files in a subfolder without .git: GitHub's profiles/dev.yaml is
    // repo/profiles/dev.yaml here, which a guessed root would name otherwise and never check.
    const workspace = await workspaceWith(undefined, {
      'repo/profiles/dev.yaml': chartList('9.9.9'),
      'repo/profiles/prod.yaml': chartList('1.0.0')
    })
    const run = await runInPullRequest(workspace, ['profiles/dev.yaml'], {
      'charts-file': 'repo/profiles/*.yaml'
    })
    expect(run.exitCode).toBe(1)
    expect(checkedFiles(run)).toEqual(['repo/profiles/dev.yaml', 'repo/profiles/prod.yaml'])
    expect(run.shownLog).toContain(
      '::warning::No .git folder in the workspace above repo/profiles/dev.yaml: the gate cannot name it as the pull request does'
    )
  })
})
