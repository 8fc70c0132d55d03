// One declared layer planned for checking: the request for its chart on the registry it names, or
// why it cannot be checked as declared (a finding with its hint, on the layer's own line).
import { ConfigurationError } from '../errors.js'
import { choiceFromLayer, choiceOverLayer } from '../palette/kubernetes-target.js'
import type { DeclaredLayer } from '../palette/profile.js'
import type { RegistryDefinition } from './registries.js'
import type { RegistryIndex } from './registry-index.js'
import { requestForLayer, type Request } from './request.js'

/** A layer as planned: what to check, or why it is invalid before any request. */
export type PlannedLayer = {
  layer: DeclaredLayer
  /** The registry's Palette name, as results name it. */
  registry: string
} & (
  | { request: Request; finding?: never }
  | { request?: never; finding: { reason: string; hint: string } }
)

export function planLayer(
  layer: DeclaredLayer,
  known: RegistryIndex,
  parsed: ReadonlyMap<RegistryDefinition, Request>
): PlannedLayer {
  const registry = known.find(layer)
  const wanted = layer.registry?.name ?? layer.registry?.uid ?? '(none)'
  if (registry === undefined)
    return {
      layer,
      registry: wanted,
      finding:
        layer.registry === undefined
          ? {
              reason:
                'the layer names no registry and the action has no endpoint for a default one',
              hint: "Name the layer's registry (defined in registries-file), or set endpoint for the default registry."
            }
          : {
              reason: `registry ${JSON.stringify(wanted)} is not defined (defined: ${known.names}); add it to registries-file`,
              hint: "Define the registry in registries-file under the name (or uid) the layer gives, or correct the layer's registry."
            }
    }
  if (layer.conflict !== undefined)
    return {
      layer,
      registry: registry.name,
      finding: {
        reason: layer.conflict,
        hint: 'Give the pack one version: its tag and version the same, as Palette pulls the tag.'
      }
    }
  const settings = parsed.get(registry)
  // Every registry was parsed, or the run stopped on its problems before planning a layer.
  if (settings === undefined) throw new Error(`registry ${registry.name} was not parsed`)
  try {
    const request = requestForLayer(settings, {
      chart: layer.chart,
      version: layer.version,
      layerType: layer.layerType,
      values: layer.values
    })
    // kubernetes-version overrides; otherwise the layer installs on its profile's Kubernetes layer.
    const deploy = {
      ...request.deploy,
      kubernetes: request.deploy.fromInput
        ? choiceOverLayer(request.deploy.kubernetes, layer.kubernetes)
        : choiceFromLayer(layer.kubernetes, layer.file),
      valuesAt: layer.valuesAt === undefined ? undefined : { file: layer.file, ...layer.valuesAt },
      variables: layer.variables
    }
    return { layer, registry: registry.name, request: { ...request, deploy } }
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return {
      layer,
      registry: registry.name,
      finding: {
        reason: error.message.replaceAll('\n', '; '),
        // The parser's own hint speaks of action inputs; here the layer in its file is at fault.
        hint: 'Correct the layer in its file (chart name, version or values) as the reason says.'
      }
    }
  }
}
