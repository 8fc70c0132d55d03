// Starts a real CNCF distribution registry (`docker-registry serve`) on 127.0.0.1 with its own
// config and storage, in anonymous, htpasswd or token auth mode, optionally over TLS.
import { execFile, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { accessSync, constants, rmSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import { createSigningCertificate, createTestCa } from './tls.js'
import { startTokenServer } from './token-server.js'
import type { TokenServer } from './token-server.js'

const execFileAsync = promisify(execFile)

export type RegistryMode = 'anonymous' | 'htpasswd' | 'token'

export interface RegistryUser {
  username: string
  password: string
}

export interface RegistryOptions {
  mode: RegistryMode
  users?: RegistryUser[]
  tls?: boolean
  /** With tls: extra DNS names the server certificate is valid for (e.g. ECR host names). */
  tlsNames?: string[]
  /** Token mode: anonymous clients get pull tokens too (like ECR Public or Docker Hub). */
  anonymousPull?: boolean
  /** Parent of the registry's temp dir; default the OS temp dir. */
  workDir?: string
  /**
   * Token mode: the realm the registry advertises, from the token server's own (a proxy in front of
   * it, say). Default: the token server's.
   */
  advertisedRealm?: (realm: string) => Promise<string>
}

export interface RunningRegistry {
  /** 127.0.0.1:<port> */
  host: string
  /** http(s)://host */
  url: string
  mode: RegistryMode
  caPem?: string
  caFile?: string
  pid: number
  tokenServer?: TokenServer
  /** The Authorization header value a pusher sends; undefined in anonymous mode. */
  pushAuthorization(repository: string): Promise<string | undefined>
  /** htpasswd: a new login; token: a new user with pull only. */
  addUser(username: string, password: string): Promise<void>
  /** Everything the registry printed so far (bounded), for diagnosing failures. */
  output(): string
  stop(): Promise<void>
}

export const TOKEN_SERVICE = 'registry'
export const TOKEN_ISSUER = 'palette-chart-gate-test'
const START_TIMEOUT_MS = 20_000
const STOP_GRACE_MS = 5_000
const MAX_OUTPUT_CHARS = 256 * 1024

const running = new Map<RunningRegistry, { child: ChildProcess; dir: string }>()

// If a script ends without stop(), do not leave registries behind. Installed only while some run,
// so repeated module loads (one per jest test file) do not pile up listeners.
function killRemaining(): void {
  for (const { child, dir } of running.values()) {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}

function track(registry: RunningRegistry, child: ChildProcess, dir: string): void {
  if (running.size === 0) process.once('exit', killRemaining)
  running.set(registry, { child, dir })
}

function untrack(registry: RunningRegistry): void {
  running.delete(registry)
  if (running.size === 0) process.off('exit', killRemaining)
}

/** Path of `docker-registry` on PATH or in /usr/bin. */
export function findRegistryBinary(): string {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin']
  for (const directory of directories.filter(entry => entry !== '')) {
    const candidate = join(directory, 'docker-registry')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here; keep looking
    }
  }
  throw new Error(
    'docker-registry (CNCF distribution) was not found on PATH or in /usr/bin; ' +
      'install it with `sudo apt-get install docker-registry`'
  )
}

function basicAuthorization(user: RegistryUser): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
}

// JSON strings are valid YAML double-quoted scalars, so paths with odd characters stay safe.
const q = (value: string): string => JSON.stringify(value)

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

async function terminate(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => {
    if (!hasExited(child)) child.kill('SIGKILL')
  }, STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}

/** Waits for `listening on 127.0.0.1:<port>`; distribution logs to stderr, but both are watched. */
function waitForListening(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const cleanup = (): void => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
      child.off('error', onError)
    }
    const onData = (): void => {
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(output())
      if (match?.[1]) {
        cleanup()
        resolve(Number(match[1]))
      }
    }
    const onExit = (code: number | null, signal: string | null): void => {
      cleanup()
      reject(new Error(`docker-registry exited (${signal ?? code}) before listening:\n${output()}`))
    }
    const onError = (error: Error): void => {
      cleanup()
      reject(new Error(`docker-registry could not start: ${error.message}`))
    }
    const timer = setTimeout(() => {
      cleanup()
      child.kill('SIGKILL')
      reject(
        new Error(`docker-registry did not listen within ${START_TIMEOUT_MS} ms:\n${output()}`)
      )
    }, START_TIMEOUT_MS)
    // Registered after the collectors in startRegistry, so output() already holds the new chunk.
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
    child.once('error', onError)
  })
}

export async function startRegistry(options: RegistryOptions): Promise<RunningRegistry> {
  const binary = findRegistryBinary()
  const dir = await mkdtemp(join(options.workDir ?? tmpdir(), 'palette-registry-'))
  try {
    return await launch(binary, dir, options)
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

async function launch(
  binary: string,
  dir: string,
  options: RegistryOptions
): Promise<RunningRegistry> {
  const users = [...(options.users ?? [])]
  const htpasswdFile = join(dir, 'htpasswd')
  const configLines = [
    'version: 0.1',
    'log:',
    '  level: info',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${q(join(dir, 'storage'))}`,
    '  delete:',
    '    enabled: true',
    'http:',
    '  addr: 127.0.0.1:0',
    `  secret: ${q(randomBytes(24).toString('hex'))}`
  ]

  let ca: Awaited<ReturnType<typeof createTestCa>> | undefined
  if (options.tls) {
    ca = await createTestCa(dir, options.tlsNames)
    configLines.push('  tls:', `    certificate: ${q(ca.certFile)}`, `    key: ${q(ca.keyFile)}`)
  }

  let tokenServer: TokenServer | undefined
  if (options.mode === 'htpasswd') {
    await writeFile(htpasswdFile, '') // an absent file would make the registry invent a user
    for (const user of users) await appendHtpasswd(htpasswdFile, user)
    configLines.push('auth:', '  htpasswd:', '    realm: palette-chart-gate-test')
    configLines.push(`    path: ${q(htpasswdFile)}`)
  } else if (options.mode === 'token') {
    const signing = await createSigningCertificate(dir)
    tokenServer = await startTokenServer({
      signing,
      service: TOKEN_SERVICE,
      issuer: TOKEN_ISSUER,
      users: users.map(user => ({ ...user, actions: ['pull', 'push'] })),
      ...(options.anonymousPull === true ? { anonymousActions: ['pull'] } : {})
    })
    const realm = (await options.advertisedRealm?.(tokenServer.realm)) ?? tokenServer.realm
    configLines.push('auth:', '  token:', `    realm: ${q(realm)}`)
    configLines.push(`    service: ${q(TOKEN_SERVICE)}`, `    issuer: ${q(TOKEN_ISSUER)}`)
    configLines.push(`    rootcertbundle: ${q(signing.certFile)}`)
  }

  const configFile = join(dir, 'config.yml')
  let output = ''
  let child: ChildProcess | undefined
  let port: number
  try {
    await writeFile(configFile, configLines.join('\n') + '\n')
    const spawned = spawn(binary, ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
    child = spawned
    // Always drain both pipes: a full pipe would block the registry's logger and stall requests.
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS)
    }
    spawned.stdout.on('data', collect)
    spawned.stderr.on('data', collect)
    port = await waitForListening(spawned, () => output)
  } catch (error) {
    if (child) await terminate(child)
    await tokenServer?.stop()
    throw error
  }
  const pid = child.pid
  if (pid === undefined) throw new Error('docker-registry has no pid')

  const host = `127.0.0.1:${port}`
  let stopping: Promise<void> | undefined
  const registry: RunningRegistry = {
    host,
    url: `${options.tls ? 'https' : 'http'}://${host}`,
    mode: options.mode,
    pid,
    ...(ca ? { caPem: ca.caPem, caFile: ca.caFile } : {}),
    ...(tokenServer ? { tokenServer } : {}),
    pushAuthorization: async repository => {
      if (options.mode === 'anonymous') return undefined
      if (options.mode === 'token') {
        return `Bearer ${tokenServer?.issueToken(repository, ['pull', 'push']) ?? ''}`
      }
      const first = users[0]
      if (!first) throw new Error('htpasswd registry has no user to push with; pass users')
      return basicAuthorization(first)
    },
    addUser: async (username, password) => {
      if (options.mode === 'anonymous') throw new Error('an anonymous registry has no users')
      users.push({ username, password })
      if (options.mode === 'htpasswd') {
        await appendHtpasswd(htpasswdFile, { username, password })
      } else {
        tokenServer?.addUser({ username, password, actions: ['pull'] })
      }
    },
    output: () => output,
    stop: () => {
      stopping ??= (async () => {
        untrack(registry)
        await terminate(child)
        await tokenServer?.stop()
        await rm(dir, { recursive: true, force: true })
      })()
      return stopping
    }
  }
  track(registry, child, dir)
  return registry
}

async function appendHtpasswd(file: string, user: RegistryUser): Promise<void> {
  // -B: bcrypt, the only hash distribution accepts; -b: password from argv (a test secret).
  await execFileAsync('htpasswd', ['-Bb', file, user.username, user.password])
}

/** Stops every registry started by this module instance; a safety net for afterAll. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running.keys()].map(registry => registry.stop()))
}
