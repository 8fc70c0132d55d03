// What the AWS calls need from the run: masking, logging, the GitHub OIDC token, the environment
// (proxies, endpoints) and the time they may take.
import type https from 'node:https'
import type { Deadline } from '../deadline.js'
import type { TokenWait } from './github-oidc.js'

export interface AwsContext {
  /** Hides a secret from every log line from now on. */
  mask: (secret: string) => void
  debug: (message: string) => void
  /**
   * GitHub's OIDC token for an audience; undefined outside a workflow with id-token: write. Its
   * request must end when the signal fires: a pending one would keep the process alive.
   */
  idToken?: (audience: string, wait: TokenWait) => Promise<string>
  environment: NodeJS.ProcessEnv
  /** Each AWS call's own timeout. */
  timeoutMs: number
  /** The run's: AWS calls are aborted when it passes. */
  deadline: Deadline
  /** The run's HTTPS agent (proxy tunnels, keep-alive), shared with the registry client. */
  httpsAgent?: https.Agent
}
