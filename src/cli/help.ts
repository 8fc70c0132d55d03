// One line for each flag in --help: the action's inputs in the command line's words.
import type { InputName } from '../inputs/input-names.js'

export const FLAG_HELP: Record<InputName, string> = {
  'registry-name': "the registry's name in Palette, written into the layer",
  'registry-uid': "the registry's uid in Palette, written into the layer",
  endpoint: 'registry host[:port], optionally https:// or http://; may hold the region template',
  'base-content-path': 'repository path under which the charts live (e.g. charts)',
  'auth-type': 'basic (default: username and password, or anonymous) or ecr',
  username: 'registry user (Basic)',
  password: 'registry password (Basic); prefer PALETTE_CHART_GATE_PASSWORD or --password-stdin',
  chart: 'chart name, exactly as in the registry',
  version: 'exact chart version (no ranges, no "latest")',
  'charts-file': 'profile files to check instead of one chart: paths or globs, one per line',
  'registries-file': 'named registries for --charts-file; secrets by environment variable name',
  concurrency: 'with --charts-file, requests in flight to each registry (1 to 64, default 16)',
  'lock-file': 'digest lock: a version whose tag now holds other content than locked is invalid',
  'update-lock': 'true to add the digests of new chart versions to --lock-file',
  'cache-directory': 'keep chart archives here by digest; later runs skip their download',
  'layer-type': 'pack type written into the layer: oci (default) or helm',
  values: "values YAML for the layer (default: the chart's own values.yaml)",
  'deploy-checks':
    'false: valid means the chart exists and is a Helm chart, not that it will install',
  'kubernetes-version':
    "Kubernetes to install on (1.31, 1.31.10 or v1.31.10-eks-931bdca; a list): overrides the profile's",
  'output-file': 'also write the manifest (or, with --charts-file, the profile document) here',
  'output-format': 'yaml or json; with --charts-file, json prints the results as JSON',
  'ca-certificate': 'extra CA to trust: PEM text or a file path',
  'insecure-skip-tls-verify': 'true to skip TLS verification (not recommended)',
  'timeout-seconds': 'timeout of each request, in seconds (default 30)',
  'deadline-seconds': 'deadline of the whole run, in seconds (default twice the timeout)',
  protected: 'ECR: false for un-protected mode (anonymous pulls)',
  'aws-access-key-id': 'ECR: access key ID',
  'aws-secret-access-key': 'ECR: secret access key',
  'aws-session-token': 'ECR: session token of temporary credentials',
  'role-arn': 'ECR: role(s) to assume, in order',
  'external-id': 'ECR: external ID for the last role (as Palette shows it)',
  'role-session-name': 'ECR: role session name (default palette-chart-gate)',
  'role-duration-seconds': 'ECR: role session duration (default 900)',
  region: 'deployment region(s) filling {{.spectro.system.aws.region}}',
  'default-region': "Palette's default region, where it falls back",
  'require-all-regions': 'true: every region must hold the chart with one digest'
}
