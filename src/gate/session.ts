// What one run shares between its checks: the deadline, one HTTP transport (one pool of kept-alive
// connections) per TLS setting, one credential source per registry, and one authenticator per
// registry host, so that tokens and Basic credentials are learnt once and reused, and credentials a
// registry refused are not sent to it again.
import type { Deadline } from '../deadline.js'
import { ConfigurationError, isGateError } from '../errors.js'
import { describeFinding } from '../helm/findings.js'
import type { Request } from '../inputs/request.js'
import { buildManifestDocument, buildPackEntry } from '../palette/layer.js'
import { RegistryAuthenticator } from '../registry/auth.js'
import { RegistryClient } from '../registry/client.js'
import { CredentialTrials } from '../registry/credential-trial.js'
import { HttpTransport, type RetryPolicy } from '../registry/http.js'
import { DEFAULT_CONCURRENCY, RegistryPaces } from '../registry/pace.js'
import { proxySettingsFromEnv, TunnelingAgent } from '../registry/proxy.js'
import {
  credentialSourceFor,
  credentialsRequiredNotice,
  type CredentialContext,
  type CredentialSource
} from './credential-source.js'
import { packRegistryFor, planChecks, type ChartTarget } from './plan.js'
import {
  judgeRegions,
  warrantsFallback,
  type GateOutcome,
  type RegionCheck,
  type TargetResult
} from './region-verdict.js'
import { verifyChart } from './verify.js'
import { ArchiveCache, type ChartArchiveStore } from './archive-cache.js'

export interface GateDependencies extends Omit<CredentialContext, 'timeoutMs' | 'deadline'> {
  warning: (message: string) => void
  now: () => Date
  retry?: RetryPolicy
  /** Where chart archives are kept between runs (cache, cache-directory). */
  archiveStore?: ChartArchiveStore | undefined
}

export class GateSession {
  private readonly transports = new Map<string, HttpTransport>()
  private readonly credentialSources = new Map<string, Promise<CredentialSource>>()
  private readonly authenticators = new Map<string, Promise<RegistryAuthenticator>>()
  private readonly repositories = new Map<string, Set<string>>()
  /** Credentials a registry refused are not sent to it again in this run, by any check. */
  private readonly credentialTrials = new CredentialTrials()

  /** One HTTPS agent for the run: registry requests and AWS calls share its tunnels. */
  private readonly httpsAgent: TunnelingAgent

  private readonly archives: ArchiveCache | undefined
  /** At most `concurrency` requests in flight to each registry, whichever check sends them. */
  private readonly paces: RegistryPaces

  constructor(
    private readonly dependencies: GateDependencies,
    readonly deadline: Deadline,
    private readonly timeoutMs: number,
    concurrency = DEFAULT_CONCURRENCY
  ) {
    this.paces = new RegistryPaces(concurrency)
    this.httpsAgent = new TunnelingAgent(
      proxySettingsFromEnv(dependencies.environment),
      () => deadline.limit(timeoutMs),
      { keepAlive: true }
    )
    this.archives =
      dependencies.archiveStore === undefined
        ? undefined
        : new ArchiveCache(dependencies.archiveStore, dependencies)
  }

  /**
   * Checks the request's chart in each of its regions (and the default region when Palette would
   * fall back). `registryKey` names the registry the request's settings stand for: checks with the
   * same key share credentials and tokens.
   */
  async check(request: Request, registryKey = request.registry.name): Promise<GateOutcome> {
    const plan = planChecks(request)
    let fallback: Promise<TargetResult> | undefined
    const checks: RegionCheck[] = []
    // With several regions (or a fallback), a failing region is one row of the verdict, not the end.
    const checkOrRecord = async (target: ChartTarget): Promise<TargetResult> => {
      try {
        return await this.checkTarget(request, registryKey, target)
      } catch (error) {
        // A configuration error is the same in every region: it ends the check.
        if (!isGateError(error) || error instanceof ConfigurationError) throw error
        const reason = `${error.title}: ${error.message}`
        return {
          valid: false,
          target,
          finding: { verdict: 'error', reason },
          message: reason,
          hint: error.hint
        }
      }
    }
    for (const target of plan.deployment) {
      const result = await (plan.deployment.length > 1
        ? checkOrRecord(target)
        : this.checkTarget(request, registryKey, target))
      if (
        plan.fallback !== undefined &&
        plan.fallback.region !== target.region &&
        warrantsFallback(result)
      ) {
        this.dependencies.debug(
          `${target.reference} is missing; looking in the default region ${plan.fallback.region ?? ''}`
        )
        fallback ??= checkOrRecord(plan.fallback)
        checks.push({ region: target.region, result: await fallback, fellBackFrom: result })
      } else {
        checks.push({ region: target.region, result })
      }
    }
    const [first, ...rest] = checks
    if (first === undefined) throw new Error('GateSession.check: the plan has no target')
    return judgeRegions([first, ...rest], plan.requireAll)
  }

  /** Repositories the run will read from a registry: one token request may cover them all. */
  expectRepositories(registryKey: string, repositories: Iterable<string>): void {
    const known = this.repositories.get(registryKey) ?? new Set<string>()
    for (const repository of repositories) known.add(repository)
    this.repositories.set(registryKey, known)
  }

  /** Before any check: the archive store fetches what it holds (its failure is a warning). */
  async openArchives(): Promise<void> {
    await this.archives?.open()
  }

  /** Once the checks are done: the archive store keeps what the run added (its failure is a warning). */
  async keepArchives(): Promise<void> {
    await this.archives?.flush()
  }

  close(): void {
    for (const transport of this.transports.values()) transport.close()
    this.transports.clear()
    this.httpsAgent.destroy()
  }

  private async checkTarget(
    request: Request,
    registryKey: string,
    target: ChartTarget
  ): Promise<TargetResult> {
    const transport = this.transportFor(request)
    const authenticator = await this.authenticatorFor(request, registryKey, target, transport)
    const client = new RegistryClient(target.endpoint, transport, authenticator)
    const verified = await verifyChart(client, target, {
      ...this.dependencies,
      archives: this.archives
    })
    if ('verdict' in verified)
      return { valid: false, target, finding: verified, ...describeFinding(target, verified) }
    const packRegistry = packRegistryFor(request)
    return {
      valid: true,
      target,
      chart: verified,
      layer: buildPackEntry(request.layer, packRegistry, verified),
      document: buildManifestDocument(
        request.layer,
        packRegistry,
        verified,
        this.dependencies.now()
      )
    }
  }

  private transportFor(request: Request): HttpTransport {
    const key = JSON.stringify(request.tls)
    const existing = this.transports.get(key)
    if (existing !== undefined) return existing
    const transport = new HttpTransport({
      timeoutMs: this.timeoutMs,
      deadline: this.deadline,
      insecureSkipVerify: request.tls.insecureSkipVerify,
      ...(request.tls.caCertificates === undefined
        ? {}
        : { caCertificates: request.tls.caCertificates }),
      retry: this.dependencies.retry,
      proxy: proxySettingsFromEnv(this.dependencies.environment),
      httpsAgent: this.httpsAgent,
      paces: this.paces,
      debug: this.dependencies.debug
    })
    this.transports.set(key, transport)
    return transport
  }

  private authenticatorFor(
    request: Request,
    registryKey: string,
    target: ChartTarget,
    transport: HttpTransport
  ): Promise<RegistryAuthenticator> {
    const key = `${registryKey}\n${target.endpoint.origin}\n${target.region ?? ''}`
    const existing = this.authenticators.get(key)
    if (existing !== undefined) return existing
    const created = this.credentialsFor(request, registryKey).then(async credentials => {
      const authenticator = new RegistryAuthenticator(
        await credentials(target),
        transport,
        this.dependencies.mask,
        target.endpoint.authority,
        credentialsRequiredNotice(request.registry.auth),
        this.credentialTrials
      )
      authenticator.expect(this.repositories.get(registryKey) ?? [])
      return authenticator
    })
    this.authenticators.set(key, created)
    return created
  }

  private credentialsFor(request: Request, registryKey: string): Promise<CredentialSource> {
    const existing = this.credentialSources.get(registryKey)
    if (existing !== undefined) return existing
    const created = credentialSourceFor(request.registry.auth, {
      ...this.dependencies,
      timeoutMs: this.timeoutMs,
      deadline: this.deadline,
      httpsAgent: this.httpsAgent
    })
    this.credentialSources.set(registryKey, created)
    return created
  }
}
