// The action in a pull request, for profile files: which files to check and the sticky comment,
// around the check main-batch runs. The GitHub client is loaded only in a pull_request run that
// asks for either; whatever GitHub does, the verdict is that of the layers.
import * as core from '@actions/core'
import type { GateError } from '../errors.js'
import type { BatchOutcome } from '../gate/batch.js'
import { caCertificateFile } from '../inputs/input-files.js'
import type { RawInputs } from '../inputs/input-names.js'
import type { PullRequestSettings } from '../inputs/pull-request-settings.js'
import { repositoryFiles } from '../pull-request/repository-paths.js'
import type { PullRequestReview } from '../pull-request/review.js'
import type { SecretRedactor } from '../report/redaction.js'

export class PullRequestRun {
  private constructor(
    private readonly review: PullRequestReview | undefined,
    private readonly settings: PullRequestSettings,
    private readonly inputs: RawInputs,
    private readonly secrets: SecretRedactor,
    private readonly warning: (message: string) => void
  ) {}

  /**
   * `secrets` collects every secret the run reads: none may reach the comment. `warning` is the
   * step's, which keeps count of GitHub's 10 warning annotations.
   */
  static async open(
    settings: PullRequestSettings,
    inputs: RawInputs,
    secrets: SecretRedactor,
    warning: (message: string) => void
  ): Promise<PullRequestRun> {
    const review = await openReview(settings, warning)
    return new PullRequestRun(review, settings, inputs, secrets, warning)
  }

  /**
   * Which matched files (named from the workspace) to check; undefined for every one. GitHub names
   * the pull request's files from the repository root, which may be a subfolder of the workspace.
   */
  async selectFiles(workspace: string): Promise<((file: string) => boolean) | undefined> {
    if (!this.settings.changedOnly || this.review === undefined) return undefined
    const repositoryFile = repositoryFiles(workspace)
    const select = await this.review.selectFiles(
      sharedFiles(this.inputs, file => repositoryFile(file)?.path)
    )
    if (select === undefined) return undefined
    let warned = false
    return file => {
      const named = repositoryFile(file)
      if (named === undefined) return false
      if (named.rootFound) return select(named.path)
      // Named from a guessed root, a changed file could be missed and the run pass unchecked.
      if (!warned) {
        warned = true
        this.warning(
          `No .git folder in the workspace above ${file}: the gate cannot name it as the pull request does, so it checks such files whether or not the pull request changes them. Check the repository out with actions/checkout (its path: may be a subfolder).`
        )
      }
      return true
    }
  }

  async comment(outcome: BatchOutcome, changedFiles: number | undefined): Promise<void> {
    await this.review?.comment(this.secrets.outcome(outcome), commentKey(this.inputs), changedFiles)
  }

  async commentError(error: GateError): Promise<void> {
    await this.review?.commentError(this.secrets.error(error), commentKey(this.inputs))
  }
}

async function openReview(
  settings: PullRequestSettings,
  warning: (message: string) => void
): Promise<PullRequestReview | undefined> {
  if (!settings.changedOnly && !settings.comment) return undefined
  const event = process.env.GITHUB_EVENT_NAME ?? ''
  // pull_request_target checks out the base branch: its files are not the pull request's.
  if (event === 'pull_request_target') {
    core.notice(
      'changed-only and comment apply to pull_request runs; under pull_request_target the checkout is the base branch, so every profile file is checked and no comment is written.'
    )
    return undefined
  }
  if (event !== 'pull_request') return undefined
  const { PullRequestReview } = await import('../pull-request/review.js')
  return PullRequestReview.open(settings, {
    info: message => core.info(message),
    notice: message => core.notice(message),
    warning
  })
}

/**
 * Files every layer depends on, named from the repository root: when the pull request changes one,
 * every profile is checked. The registries file, the lock, a CA file, and the workflow itself (it
 * holds the other inputs; GitHub names it from the repository root already).
 */
function sharedFiles(
  inputs: RawInputs,
  repositoryPath: (file: string) => string | undefined
): string[] {
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1]
  return [
    ...[
      inputs['registries-file'] ?? '',
      inputs['lock-file'] ?? '',
      caCertificateFile(inputs['ca-certificate']) ?? ''
    ]
      .map(file => file.trim())
      .filter(file => file !== '')
      .map(file => repositoryPath(file) ?? ''),
    workflow ?? ''
  ].filter(file => file !== '')
}

/** The inputs that shape a verdict: they tell this check's comment from another job's. */
export const COMMENT_KEY_INPUTS = [
  'charts-file',
  'registries-file',
  'endpoint',
  'base-content-path',
  'region',
  'default-region',
  'require-all-regions',
  'lock-file'
] as const

function commentKey(inputs: RawInputs): string {
  return COMMENT_KEY_INPUTS.map(name =>
    (inputs[name] ?? '')
      .trim()
      .split(/\s*\n\s*/)
      .join(', ')
  )
    .filter(value => value !== '' && value !== 'false')
    .join('; ')
}
