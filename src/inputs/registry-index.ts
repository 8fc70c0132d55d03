// The registries a run's layers may name: those the files define, and the action's own registry
// (its endpoint inputs) as the default. Pure.
import type { DeclaredLayer } from '../palette/profile.js'
import type { RawInputs } from './input-names.js'
import type { RegistryDefinition } from './registries.js'

const SHOWN_REGISTRY_NAMES = 20

/** Registries that layers may name: by uid first (Palette's identity), then by name. */
export class RegistryIndex {
  readonly all: readonly RegistryDefinition[]
  /** The defined names as a finding shows them: a few, not a thousand per layer. */
  readonly names: string
  private readonly byUid = new Map<string, RegistryDefinition>()
  private readonly byName = new Map<string, RegistryDefinition>()

  constructor(
    defined: readonly RegistryDefinition[],
    private readonly fallback: RegistryDefinition | undefined
  ) {
    this.all = fallback === undefined ? defined : [...defined, fallback]
    for (const registry of [...this.all].reverse()) {
      if (registry.uid !== undefined) this.byUid.set(registry.uid, registry)
      this.byName.set(registry.name, registry)
    }
    const shown = this.all.slice(0, SHOWN_REGISTRY_NAMES).map(registry => registry.name)
    const more = this.all.length - shown.length
    this.names =
      shown.length === 0 ? 'none' : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
  }

  find(layer: DeclaredLayer): RegistryDefinition | undefined {
    if (layer.registry === undefined) return this.fallback
    const { uid, name } = layer.registry
    return (
      (uid === undefined ? undefined : this.byUid.get(uid)) ??
      (name === undefined ? undefined : this.byName.get(name))
    )
  }
}

export function defaultRegistry(inputs: RawInputs): RegistryDefinition | undefined {
  const endpoint = (inputs.endpoint ?? '').trim()
  if (endpoint === '') return undefined
  const uid = (inputs['registry-uid'] ?? '').trim()
  return {
    name: (inputs['registry-name'] ?? '').trim() || endpoint,
    ...(uid === '' ? {} : { uid }),
    file: 'action inputs',
    line: 0,
    inputs
  }
}
