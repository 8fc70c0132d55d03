// The Kubernetes a profile deploys to, from its Kubernetes layer (layer `k8s`): the pack names the
// flavour, its tag the version. A chart's kubeVersion is checked against the version string the
// cluster's API server reports, which Helm compares raw: EKS and GKE report prereleases, k3s and
// RKE2 build metadata, the others plain versions.

export type KubernetesFlavour = 'pxk' | 'eks' | 'aks' | 'gke' | 'edge-k8s' | 'k3s' | 'rke2'

/** Palette's Kubernetes packs by name. */
export const KUBERNETES_PACKS: Readonly<Record<string, KubernetesFlavour>> = {
  kubernetes: 'pxk',
  'kubernetes-eks': 'eks',
  'kubernetes-aks': 'aks',
  'kubernetes-gke': 'gke',
  'edge-k8s': 'edge-k8s',
  'edge-k3s': 'k3s',
  'edge-rke2': 'rke2'
}

/** The flavour of a Kubernetes pack by name (own keys only: a pack named "constructor" is none). */
export function flavourOfPack(pack: string): KubernetesFlavour | undefined {
  return Object.hasOwn(KUBERNETES_PACKS, pack) ? KUBERNETES_PACKS[pack] : undefined
}

/**
 * What each flavour's API server appends to the version. The EKS hash and the GKE build number are
 * not known before the cluster exists: "hash" and "N" stand for any, as only their being a
 * prerelease changes a verdict (unless a constraint names EKS or GKE prereleases itself).
 */
const SUFFIXES: Readonly<Record<KubernetesFlavour, string>> = {
  pxk: '',
  aks: '',
  'edge-k8s': '',
  eks: '-eks-hash',
  gke: '-gke.N',
  k3s: '+k3s1',
  rke2: '+rke2r1'
}

/** A minor-only tag stands for its patch releases; these many are judged (1.31.0 to 1.31.39). */
export const PATCHES_JUDGED = 40

export interface KubernetesTarget {
  flavour: KubernetesFlavour
  /** As the profile or the input gives it: "1.31.10", "1.31". */
  version: string
  /** The API server versions it stands for, as they report them ("v1.31.10-eks-hash"). */
  serverVersions: readonly string[]
  /** Given with a vendor suffix ("v1.31.10-eks-931bdca"): its flavour is not the profile's to say. */
  suffixed?: boolean
}

const FULL = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})$/
const MINOR_ONLY = /^v?(\d{1,4})\.(\d{1,4})(?:\.x)?$/

/** The target a Kubernetes pack's tag names; undefined when the tag is not a Kubernetes version. */
export function kubernetesTarget(
  flavour: KubernetesFlavour,
  tag: string
): KubernetesTarget | undefined {
  const suffix = SUFFIXES[flavour]
  const full = FULL.exec(tag.trim())
  if (full !== null) {
    const [, major, minor, patch] = full.map(Number)
    return { flavour, version: tag, serverVersions: [`v${major}.${minor}.${patch}${suffix}`] }
  }
  const minorOnly = MINOR_ONLY.exec(tag.trim())
  if (minorOnly === null) return undefined
  const [, major, minor] = minorOnly.map(Number)
  return {
    flavour,
    version: tag,
    serverVersions: Array.from(
      { length: PATCHES_JUDGED },
      (_, patch) => `v${major}.${minor}.${patch}${suffix}`
    )
  }
}

/**
 * A version given as input (`kubernetes-version`): "1.31.10", "1.31", or with the suffix a flavour
 * reports ("v1.31.10-eks-931bdca", "1.31.2+k3s1"), taken as the server reports it.
 */
export function targetFromInput(text: string): KubernetesTarget | undefined {
  const trimmed = text.trim()
  const vendor = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4})([-+][0-9A-Za-z.-]+)$/.exec(trimmed)
  if (vendor !== null) {
    const flavour = flavourOfSuffix(vendor[2] ?? '')
    return {
      flavour,
      version: trimmed,
      serverVersions: [`v${vendor[1] ?? ''}${vendor[2] ?? ''}`],
      suffixed: true
    }
  }
  return kubernetesTarget('pxk', trimmed)
}

function flavourOfSuffix(suffix: string): KubernetesFlavour {
  if (suffix.startsWith('-eks')) return 'eks'
  if (suffix.startsWith('-gke')) return 'gke'
  if (suffix.startsWith('+k3s')) return 'k3s'
  if (suffix.startsWith('+rke2')) return 'rke2'
  return 'pxk'
}

/** A profile's Kubernetes layer (layer `k8s`), as declared. */
export interface KubernetesLayer {
  file: string
  line: number
  pack: string
  tag: string
}

/** The Kubernetes a layer installs on, where that comes from; or why it is not known. */
export type KubernetesChoice =
  | { known: true; source: string; label: string; targets: readonly KubernetesTarget[] }
  | { known: false; reason: string }

/** The profile's Kubernetes layer as the target, when the gate knows what its API server reports. */
export function choiceFromLayer(
  layer: KubernetesLayer | undefined,
  file: string
): KubernetesChoice {
  if (layer === undefined)
    return {
      known: false,
      reason: `${file} has no Kubernetes layer (an add-on profile) and kubernetes-version is not set`
    }
  const flavour = flavourOfPack(layer.pack)
  const where = `${layer.file}:${layer.line}`
  if (flavour === undefined)
    return {
      known: false,
      reason: `the Kubernetes pack ${JSON.stringify(layer.pack)} (${where}) is not one whose version string the gate knows; set kubernetes-version`
    }
  const target = kubernetesTarget(flavour, layer.tag)
  if (target === undefined)
    return {
      known: false,
      reason: `the tag ${JSON.stringify(layer.tag)} of ${layer.pack} (${where}) is not a Kubernetes version`
    }
  return { known: true, source: where, label: `${layer.pack} ${layer.tag}`, targets: [target] }
}

/**
 * kubernetes-version: one version or a list (commas or lines), each as a tag ("1.31", "1.31.10")
 * or as an API server reports it ("v1.31.10-eks-931bdca"); the chart must install on every one.
 */
export function choiceFromInput(text: string): KubernetesChoice | { problem: string } | undefined {
  const versions = text
    .split(/[,\n]/)
    .map(version => version.trim())
    .filter(version => version !== '')
  if (versions.length === 0) return undefined
  const targets: KubernetesTarget[] = []
  for (const version of versions) {
    const target = targetFromInput(version)
    if (target === undefined)
      return {
        problem: `${JSON.stringify(version)} is not a Kubernetes version: write 1.31, 1.31.10, or the version the API server reports (v1.31.10-eks-931bdca, v1.31.2+k3s1)`
      }
    targets.push(target)
  }
  return { known: true, source: 'kubernetes-version', label: versions.join(', '), targets }
}

/**
 * kubernetes-version over a profile with a Kubernetes layer: a version given without a suffix
 * ("1.31.10") is that version of the profile's flavour, so an EKS profile stays a prerelease.
 */
export function choiceOverLayer(
  choice: KubernetesChoice,
  layer: KubernetesLayer | undefined
): KubernetesChoice {
  const flavour = layer === undefined ? undefined : flavourOfPack(layer.pack)
  if (!choice.known || layer === undefined || flavour === undefined || flavour === 'pxk')
    return choice
  const targets = choice.targets.map(target =>
    target.suffixed === true ? target : (kubernetesTarget(flavour, target.version) ?? target)
  )
  return { ...choice, label: `${choice.label} (${layer.pack})`, targets }
}
