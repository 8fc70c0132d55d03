// The README's "pull-request check for a repository of profiles", step by step, with real pieces:
// a htpasswd registry and `helm push`, the installed command line writing the lock, and the bundled
// action called as the reusable workflow calls it (its `with:` and `env:` read from the workflow,
// the caller's values from examples/validate-profiles.yml) in a pull request, against a fake GitHub
// API. Then the same version is pushed again with other content, and the lock catches it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { startFakeGitHub, type FakeGitHub } from '../harness/fake-github.js'
import { pushWithHelm } from '../harness/helm.js'
import { pushChart } from '../harness/push.js'
import { startRegistry, stopAll, type RunningRegistry } from '../harness/registry.js'
import { removeRunDirectories, repoRoot, runAction, runCliProgram } from '../harness/run-action.js'
import { expectNoSecrets } from '../support/registries.js'

const user = { username: 'robot', password: 'walkthrough-Harbor-Secret-1' }
const TOKEN = 'ghs_walkthroughToken0000000000000001'
const PULL = { owner: 'platform', repo: 'profiles', number: 12 }

let registry: RunningRegistry
let github: FakeGitHub
let workspace: string
let firstDigest: string

interface WorkflowCall {
  with?: Record<string, string | boolean | number>
}
interface ReusableWorkflow {
  on: { workflow_call: { inputs: Record<string, { default?: string | boolean | number }> } }
  jobs: {
    validate: {
      steps: { id?: string; with?: Record<string, string>; env?: Record<string, string> }[]
    }
  }
}

const readYaml = async <T>(file: string): Promise<T> =>
  YAML.parse(await readFile(path.join(repoRoot, file), 'utf8')) as T

/** The action's inputs and environment as the reusable workflow passes them for the example caller. */
async function asTheWorkflowCallsIt(
  secrets: Record<string, string>
): Promise<{ inputs: Record<string, string>; env: Record<string, string> }> {
  const workflow = await readYaml<ReusableWorkflow>('.github/workflows/validate-profiles.yml')
  const caller = await readYaml<{ jobs: Record<string, WorkflowCall> }>(
    'examples/validate-profiles.yml'
  )
  const given = Object.values(caller.jobs)[0]?.with ?? {}
  const declared = workflow.on.workflow_call.inputs
  const gate = workflow.jobs.validate.steps.find(step => step.id === 'gate')
  const expression = (value: string): string =>
    value.replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_, name: string) =>
      String(given[name] ?? declared[name]?.default ?? '')
    )
  const inputs = Object.fromEntries(
    Object.entries(gate?.with ?? {}).map(([name, value]) => [name, expression(value)])
  )
  expect(gate?.env?.PALETTE_CHART_GATE_SECRETS).toBe('${{ toJSON(secrets) }}')
  return { inputs, env: { PALETTE_CHART_GATE_SECRETS: JSON.stringify(secrets) } }
}

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd', users: [user] })
  firstDigest = await pushWithHelm({ host: registry.host, ...user }, 'platform', 'webapp', '2.1.0')
  github = await startFakeGitHub({ ...PULL, token: TOKEN })
  workspace = await mkdtemp(path.join(os.tmpdir(), 'palette-walkthrough-'))
  // Step 1: the profiles Palette exports.
  await mkdir(path.join(workspace, 'profiles'))
  await writeFile(
    path.join(workspace, 'profiles', 'webapp.yaml'),
    YAML.stringify({
      metadata: { name: 'webapp', description: 'exported from Palette' },
      spec: {
        version: '1.0.0',
        template: {
          type: 'add-on',
          cloudType: 'all',
          packs: [
            {
              name: 'webapp',
              type: 'oci',
              layer: 'addon',
              tag: '2.1.0',
              version: '2.1.0',
              values: 'replicaCount: 2\n',
              registry: { metadata: { name: 'harbor', kind: 'oci', providerType: 'helm' } }
            }
          ]
        }
      }
    })
  )
  // Step 2: the registries, each secret by the name of a repository secret.
  await mkdir(path.join(workspace, '.palette'))
  await writeFile(
    path.join(workspace, '.palette', 'registries.yaml'),
    YAML.stringify({
      registries: {
        harbor: {
          endpoint: registry.url,
          'base-content-path': 'platform',
          username: user.username,
          'password-env': 'HARBOR_PASSWORD'
        }
      }
    })
  )
}, 120_000)

afterAll(async () => {
  await github.stop()
  await Promise.all([stopAll(), removeRunDirectories()])
  await rm(workspace, { recursive: true, force: true })
})

async function pullRequestRun(changed: string[]) {
  github.files = changed.map(filename => ({ filename, status: 'modified' }))
  const eventFile = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
  await writeFile(
    eventFile,
    JSON.stringify({
      pull_request: { number: PULL.number, head: { sha: 'abc123def4567890' }, changed_files: 1 }
    })
  )
  const call = await asTheWorkflowCallsIt({
    HARBOR_PASSWORD: user.password,
    UNRELATED_SECRET: 'not-read'
  })
  // The runner fills the action's default, ${{ github.token }}, with the job's token.
  return runAction(
    { ...call.inputs, 'github-token': TOKEN },
    {
      cwd: workspace,
      env: {
        ...call.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: `${PULL.owner}/${PULL.repo}`,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '99'
      }
    }
  )
}

describe('the README walkthrough', () => {
  it('records the lock, passes the pull request, then catches the same version pushed again', async () => {
    // Step 3: the lock, written by the installed command from a laptop.
    const locked = await runCliProgram(
      [
        '--charts-file',
        'profiles/**/*.yaml',
        '--registries-file',
        '.palette/registries.yaml',
        '--lock-file',
        '.palette/chart-lock.yaml',
        '--update-lock',
        'true'
      ],
      { HARBOR_PASSWORD: user.password },
      '',
      workspace
    )
    expect(locked.exitCode).toBe(0)
    const lock = YAML.parse(
      await readFile(path.join(workspace, '.palette', 'chart-lock.yaml'), 'utf8')
    ) as { charts: Record<string, { digest: string }> }
    expect(lock.charts[`${registry.host}/platform/webapp:2.1.0`]?.digest).toBe(firstDigest)

    // Step 4: the workflow, in a pull request that changes the profile.
    const passing = await pullRequestRun(['profiles/webapp.yaml'])
    expect(passing.exitCode).toBe(0)
    expect(passing.outputs.valid).toBe('true')
    expect(passing.summary).toContain('every layer is valid')
    expect(github.comments).toEqual([])
    await expectNoSecrets(passing, [user.password, TOKEN])

    // Someone pushes 2.1.0 again with other content: every later deployment would get it.
    const authorization = await registry.pushAuthorization('platform/webapp')
    const secondDigest = (
      await pushChart(
        { url: registry.url, ...(authorization === undefined ? {} : { authorization }) },
        { repository: 'platform/webapp', tag: '2.1.0', values: 'image: attacker/webapp\n' }
      )
    ).digest
    const caught = await pullRequestRun(['profiles/webapp.yaml'])
    expect(caught.exitCode).toBe(1)
    expect(caught.shownLog).toMatch(
      new RegExp(
        `::error title=palette-chart-gate%3A invalid layer,file=profiles/webapp\\.yaml,line=\\d+::webapp 2\\.1\\.0: .*now holds ${secondDigest}`
      )
    )
    expect(caught.summary).toContain('❌ invalid')
    expect(github.comments).toHaveLength(1)
    const comment = github.comments[0]?.body ?? ''
    expect(comment).toContain('1 of 1 layer is not valid')
    expect(comment).toContain(secondDigest)
    expect(comment).toContain(firstDigest)
    await expectNoSecrets(caught, [user.password, TOKEN])
    expect(comment).not.toContain(user.password)
  }, 120_000)
})
