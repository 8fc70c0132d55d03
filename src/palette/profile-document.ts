// The profile document a batch run writes: every validated layer as a Palette pack entry, in the
// shape of a cluster-profile export (spec.template.packs), with the evidence of each check.
import type { DeploymentRecord, PackEntry } from './layer.js'

export interface LayerEvidence {
  file: string
  line: number
  name: string
  tag: string
  registry: string
  region: string | null
  digest: string
  reference: string
  /** The deploy checks that ran (absent with deploy-checks: false). */
  deployment?: DeploymentRecord
}

export interface ProfileDocument {
  apiVersion: 'palette-chart-gate/v1'
  kind: 'ValidatedProfile'
  metadata: { checkedAt: string; files: string[] }
  spec: { template: { packs: PackEntry[] } }
  verification: LayerEvidence[]
}

export function buildProfileDocument(
  layers: readonly { pack: PackEntry; evidence: LayerEvidence }[],
  files: readonly string[],
  checkedAt: Date
): ProfileDocument {
  return {
    apiVersion: 'palette-chart-gate/v1',
    kind: 'ValidatedProfile',
    metadata: { checkedAt: checkedAt.toISOString(), files: [...files] },
    spec: { template: { packs: layers.map(layer => layer.pack) } },
    verification: layers.map(layer => layer.evidence)
  }
}
