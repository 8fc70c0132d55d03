// A chart's kubeVersion against the profile's Kubernetes, in Helm's words: the EKS and GKE
// prerelease trap and its "-0" fix, minor-only tags judged patch by patch, unreadable constraints.
import { describe, expect, it } from '@jest/globals'
import { judgeKubeVersion } from '../../src/helm/kube-compatibility.js'
import {
  KUBERNETES_PACKS,
  kubernetesTarget,
  targetFromInput,
  type KubernetesFlavour
} from '../../src/palette/kubernetes-target.js'

function target(pack: string, tag: string) {
  const flavour: KubernetesFlavour | undefined = KUBERNETES_PACKS[pack]
  if (flavour === undefined) throw new Error(`not a Kubernetes pack: ${pack}`)
  const found = kubernetesTarget(flavour, tag)
  if (found === undefined) throw new Error(`not a Kubernetes version: ${tag}`)
  return { label: `${pack} ${tag}`, serverVersions: found.serverVersions }
}

describe('kubernetesTarget', () => {
  it('reports each flavour as its API server does', () => {
    expect(target('kubernetes-eks', '1.31.10').serverVersions).toEqual(['v1.31.10-eks-hash'])
    expect(target('kubernetes-gke', '1.30.4').serverVersions).toEqual(['v1.30.4-gke.N'])
    expect(target('edge-k3s', '1.31.2').serverVersions).toEqual(['v1.31.2+k3s1'])
    expect(target('edge-rke2', '1.31.2').serverVersions).toEqual(['v1.31.2+rke2r1'])
    expect(target('kubernetes', '1.31.2').serverVersions).toEqual(['v1.31.2'])
    expect(target('kubernetes-aks', '1.31').serverVersions).toHaveLength(40)
    expect(kubernetesTarget('pxk', 'latest')).toBeUndefined()
  })

  it('reads a kubernetes-version input with or without the suffix a flavour reports', () => {
    expect(targetFromInput('v1.31.10-eks-931bdca')).toMatchObject({
      flavour: 'eks',
      serverVersions: ['v1.31.10-eks-931bdca']
    })
    expect(targetFromInput('1.31.2+k3s1')?.flavour).toBe('k3s')
    expect(targetFromInput('1.31')?.serverVersions[39]).toBe('v1.31.39')
    expect(targetFromInput('1.31.x; rm -rf /')).toBeUndefined()
  })
})

describe('judgeKubeVersion', () => {
  it('refuses EKS for ">=1.21.0" as Helm does, and names the -0 fix', () => {
    const judged = judgeKubeVersion('>=1.21.0', target('kubernetes-eks', '1.31.10'))
    expect(judged).toMatchObject({
      verdict: 'incompatible',
      message:
        'chart requires kubeVersion: >=1.21.0 which is incompatible with Kubernetes v1.31.10-eks-hash'
    })
    expect(judged.verdict === 'incompatible' && judged.hint).toContain(
      '">=1.21.0-0" instead of ">=1.21.0"'
    )
    expect(judgeKubeVersion('>=1.21.0-0', target('kubernetes-eks', '1.31.10')).verdict).toBe(
      'compatible'
    )
    expect(judgeKubeVersion('>=1.21.0', target('edge-k3s', '1.31.2')).verdict).toBe('compatible')
  })

  it('judges a minor-only tag patch by patch and says which pass', () => {
    const judged = judgeKubeVersion('>=1.31.3', target('kubernetes', '1.31'))
    if (judged.verdict !== 'incompatible')
      throw new Error(`expected incompatible: ${judged.verdict}`)
    expect(judged.failing).toEqual(['v1.31.0', 'v1.31.1', 'v1.31.2'])
    expect(judged.message).toContain('(and 2 more of the versions kubernetes 1.31 stands for)')
    expect(judged.hint).toContain('only v1.31.3 to v1.31.39')
  })

  it('says a chart made for other versions is, without the prerelease hint', () => {
    const judged = judgeKubeVersion('<1.20.0', target('kubernetes', '1.31.2'))
    expect(judged.verdict === 'incompatible' && judged.hint).toContain(
      'The chart supports other Kubernetes versions than kubernetes 1.31.2'
    )
  })

  it('reports a kubeVersion Helm cannot read', () => {
    expect(judgeKubeVersion('>=1.21,,<2', target('kubernetes', '1.31.2'))).toMatchObject({
      verdict: 'unreadable',
      message: expect.stringContaining('is not a constraint Helm can read (improper constraint')
    })
  })
})

describe('the -0 hint', () => {
  it('shows the rewritten constraint only when it admits the target', () => {
    const rewritten = judgeKubeVersion('>=1.21.0 <2.0.0', target('kubernetes-eks', '1.31.10'))
    expect(rewritten.verdict === 'incompatible' && rewritten.hint).toContain(
      '">=1.21.0-0 <2.0.0-0" instead of ">=1.21.0 <2.0.0"'
    )
    const minorOnly = judgeKubeVersion('^1.20', target('kubernetes-gke', '1.30.4'))
    expect(minorOnly.verdict === 'incompatible' && minorOnly.hint).toContain(
      'each version written with "-0"'
    )
  })
})
