// The AWS side of the ECR end-to-end tests: real TLS registries under ECR host names (reached
// through a CONNECT proxy on loopback), fake STS/ECR/OIDC, and the environment to run the action in.
import { pushChart, type SampleArtifact } from './push.js'
import { startRegistry, type RunningRegistry } from './registry.js'
import { startConnectProxy } from './connect-proxy.js'
import { runAction, type ActionRun } from './run-action.js'
import { startFakeEcr, startFakeOidc, startFakeSts, type FakeSts } from './aws-fakes.js'

export const ACCOUNT = '012345678901'
export const ECR_PASSWORD = 'ecr-Registry-Password-7'
export const KEYS = {
  accessKeyId: 'AKIAPALETTEGATETEST1',
  secretAccessKey: 'Secret-Access-Key/Example+1'
}
export const OIDC_REQUEST_TOKEN = 'runtime-request-token-9'
export const GITHUB_ROLE = `arn:aws:iam::${ACCOUNT}:role/github-actions`
export const PALETTE_ROLE = `arn:aws:iam::${ACCOUNT}:role/palette-ecr`
export const EXTERNAL_ID = 'palette-external-id-3'
export const TEMPLATE = `${ACCOUNT}.dkr.ecr.{{ .spectro.system.aws.region }}.amazonaws.com`

export const ecrHost = (region: string): string => `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com`

/** What each region's registry holds: ap-south-1 has another build of the same version. */
export const REGION_CONTENT: Record<string, SampleArtifact[]> = {
  'us-east-1': [{ repository: 'charts/nginx', tag: '15.4.2' }],
  'us-west-2': [{ repository: 'charts/nginx', tag: '15.4.2' }],
  'eu-west-1': [{ repository: 'charts/nginx', tag: '15.4.1' }],
  'ap-south-1': [{ repository: 'charts/nginx', tag: '15.4.2', values: 'replicaCount: 3\n' }]
}

export interface AwsWorld {
  registries: Map<string, RunningRegistry>
  publicRegistry: RunningRegistry
  digests: Map<string, string>
  sts: FakeSts
  ecr: Awaited<ReturnType<typeof startFakeEcr>>
  oidc: Awaited<ReturnType<typeof startFakeOidc>>
  caBundle: string
  env(options?: { oidc?: boolean }): Record<string, string>
  stop(): Promise<void>
}

export async function startAwsWorld(options: { throttleEcr?: number } = {}): Promise<AwsWorld> {
  const registries = new Map<string, RunningRegistry>()
  const digests = new Map<string, string>()
  for (const [region, samples] of Object.entries(REGION_CONTENT)) {
    const registry = await startRegistry({
      mode: 'htpasswd',
      users: [{ username: 'AWS', password: ECR_PASSWORD }],
      tls: true,
      tlsNames: [ecrHost(region)]
    })
    registries.set(region, registry)
    for (const sample of samples) {
      const authorization = await registry.pushAuthorization(sample.repository)
      const pushed = await pushChart(
        {
          url: registry.url,
          caPem: registry.caPem ?? '',
          ...(authorization === undefined ? {} : { authorization })
        },
        sample
      )
      digests.set(region, pushed.digest)
    }
  }
  // ECR Public answers anonymous pulls with a Bearer challenge: a token registry that grants them.
  const publicRegistry = await startRegistry({
    mode: 'token',
    users: [{ username: 'publisher', password: 'publisher-Password-1' }],
    anonymousPull: true,
    tls: true,
    tlsNames: ['public.ecr.aws']
  })
  const publicPush = await publicRegistry.pushAuthorization('bitnami/nginx')
  await pushChart(
    {
      url: publicRegistry.url,
      caPem: publicRegistry.caPem ?? '',
      ...(publicPush === undefined ? {} : { authorization: publicPush })
    },
    { repository: 'bitnami/nginx', tag: '15.4.2' }
  )
  const routes: Record<string, string> = { 'public.ecr.aws:443': publicRegistry.host }
  for (const [region, registry] of registries) routes[`${ecrHost(region)}:443`] = registry.host
  const proxy = await startConnectProxy(routes)
  const oidc = await startFakeOidc({ requestToken: OIDC_REQUEST_TOKEN })
  const sts = await startFakeSts({
    credentials: [KEYS],
    roles: [
      { arn: GITHUB_ROLE, webIdentityToken: oidc.idToken },
      { arn: PALETTE_ROLE, externalId: EXTERNAL_ID }
    ]
  })
  const ecr = await startFakeEcr({
    credentials: [KEYS],
    acceptIssuedBy: sts,
    password: ECR_PASSWORD,
    account: ACCOUNT,
    ...(options.throttleEcr === undefined ? {} : { throttleFirst: options.throttleEcr })
  })
  const caBundle = [...registries.values(), publicRegistry]
    .map(registry => registry.caPem ?? '')
    .join('')
  return {
    registries,
    publicRegistry,
    digests,
    sts,
    ecr,
    oidc,
    caBundle,
    env: ({ oidc: withOidc = false } = {}) => ({
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_ENDPOINT_URL_ECR: ecr.url,
      // Hermetic: no profile files, no instance metadata, no ambient keys.
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_CONFIG_FILE: '/dev/null',
      HTTPS_PROXY: proxy.url,
      ...(withOidc
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: oidc.url,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: OIDC_REQUEST_TOKEN
          }
        : {})
    }),
    stop: async () => {
      await Promise.all([
        proxy.stop(),
        oidc.stop(),
        sts.stop(),
        ecr.stop(),
        publicRegistry.stop(),
        ...[...registries.values()].map(registry => registry.stop())
      ])
    }
  }
}

/** The access-key inputs of the fake AWS account. */
export const KEY_INPUTS = {
  'aws-access-key-id': KEYS.accessKeyId,
  'aws-secret-access-key': KEYS.secretAccessKey
}

/** Runs the bundled action for nginx 15.4.2 in ECR, trusting the world's registries. */
export function runEcrGate(
  world: AwsWorld,
  inputs: Record<string, string>,
  env: Record<string, string> = world.env()
): Promise<ActionRun> {
  return runAction(
    {
      endpoint: TEMPLATE,
      'base-content-path': 'charts',
      'auth-type': 'ecr',
      chart: 'nginx',
      version: '15.4.2',
      'ca-certificate': world.caBundle,
      ...inputs
    },
    { env }
  )
}
