// Runs the bundled action the way the GitHub runner does: INPUT_* variables, file commands
// (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...) and `node dist/index.js`, then reads the results back.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

export interface RunActionOptions {
  /** Default <repo>/dist/index.js */
  entry?: string
  /** Extra environment, applied last (may override anything set here; undefined unsets). */
  env?: Record<string, string | undefined>
  /** The workspace and working directory; default a fresh temp dir. */
  cwd?: string
  /** Kill the action after this long; default 120 s. */
  timeoutMs?: number
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  /** stdout then stderr */
  log: string
  /** The log as the runner shows it: `::add-mask::` commands are consumed, not displayed. */
  shownLog: string
  outputs: Record<string, string>
  summary: string
  outputFile: string
  summaryFile: string
  workspace: string
}

const runDirectories: string[] = []

/** The `default` of every input in action.yml, as the runner applies them. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const action: unknown = YAML.parse(await readFile(join(repoRoot, 'action.yml'), 'utf8'))
  const inputs =
    typeof action === 'object' && action !== null && 'inputs' in action ? action.inputs : undefined
  const defaults: Record<string, string> = {}
  if (typeof inputs !== 'object' || inputs === null) return defaults
  for (const [name, input] of Object.entries(inputs)) {
    if (typeof input === 'object' && input !== null && 'default' in input)
      defaults[name] = String(input.default)
  }
  return defaults
}

/** Removes the temporary folders (workspace, runner files, manifest files) of every run so far. */
export async function removeRunDirectories(): Promise<void> {
  await Promise.all(runDirectories.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
}

/** The Node.js that runs the action: this one, or PALETTE_CHART_GATE_TEST_NODE (the Node 24 smoke test). */
export function actionNode(): string {
  return process.env.PALETTE_CHART_GATE_TEST_NODE || process.execPath
}

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The runner's rule: upper-case, spaces to '_', dashes kept (INPUT_BASE-CONTENT-PATH). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM\n` (multi-line) or legacy `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc?.[1] && heredoc[2]) {
      const delimiter = heredoc[2]
      const end = lines.indexOf(delimiter, index + 1)
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${heredoc[1]}`)
      outputs[heredoc[1]] = lines.slice(index + 1, end).join('\n')
      index = end
      continue
    }
    const equals = line.indexOf('=')
    if (equals > 0) outputs[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return outputs
}

export async function runAction(
  inputs: Record<string, string>,
  options: RunActionOptions = {}
): Promise<ActionRun> {
  const entry = options.entry ?? join(repoRoot, 'dist', 'index.js')
  const dir = await mkdtemp(join(tmpdir(), 'palette-action-run-'))
  runDirectories.push(dir)
  const workspace = options.cwd ?? join(dir, 'workspace')
  const runnerTemp = join(dir, 'runner-temp')
  await mkdir(workspace, { recursive: true })
  await mkdir(runnerTemp)
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'step-summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_PATH: join(dir, 'path')
  }
  await Promise.all(Object.values(files).map(file => writeFile(file, '')))

  // Only PATH and HOME are inherited: a stray INPUT_* or AWS_* from the caller must not leak in.
  const env: Record<string, string | undefined> = {
    ...(process.env.PATH === undefined ? {} : { PATH: process.env.PATH }),
    ...(process.env.HOME === undefined ? {} : { HOME: process.env.HOME }),
    ...files,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  // The runner passes every default of action.yml as an input too; so must the tests.
  for (const [name, value] of Object.entries({ ...(await actionDefaults()), ...inputs })) {
    env[inputVariable(name)] = value
  }
  // An undefined value leaves the variable out: Node's spawn skips it.
  Object.assign(env, options.env)

  const { exitCode, stdout, stderr } = await runNode([entry], {
    cwd: workspace,
    env,
    timeoutMs: options.timeoutMs ?? 120_000
  })

  const [outputText, summary] = await Promise.all([
    readFile(files.GITHUB_OUTPUT, 'utf8'),
    readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
  ])
  return {
    exitCode,
    stdout,
    stderr,
    log: stdout + stderr,
    shownLog: (stdout + stderr)
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    outputs: parseOutputFile(outputText),
    summary,
    outputFile: files.GITHUB_OUTPUT,
    summaryFile: files.GITHUB_STEP_SUMMARY,
    workspace
  }
}

export interface ProgramRun {
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs `node <args>` with exactly the given environment, feeding `stdin`, and collects its output. */
export function runNode(
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; stdin?: string; timeoutMs?: number }
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(actionNode(), args, {
      env: options.env,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.once('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    // 'close' (not 'exit') so that both pipes are fully read.
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      const stderrText = Buffer.concat(err).toString('utf8')
      resolve({
        exitCode: code ?? 128,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: signal ? `${stderrText}\n[killed by ${signal}]` : stderrText
      })
    })
    child.stdin.end(options.stdin ?? '')
  })
}

/** Runs the bundled command-line program (dist/cli/index.js); PATH is the only inherited variable. */
export function runCliProgram(
  args: string[],
  env: Record<string, string> = {},
  stdin = '',
  cwd?: string
): Promise<ProgramRun> {
  return runNode([join(repoRoot, 'dist', 'cli', 'index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdin,
    ...(cwd === undefined ? {} : { cwd })
  })
}
