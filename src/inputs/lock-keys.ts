// Lock keys: each must be the reference the gate looks up (gate/plan.ts builds it as
// host[:port]/repository:tag), or its chart would pass as new. Why a key is not, and the key meant.
import { versionForTag } from '../helm/tags.js'
import { parseEndpoint } from '../palette/endpoint.js'
import { shown } from '../errors.js'
import { checkChartName, checkExactVersion, MAX_REPOSITORY_LENGTH } from './request.js'

/** A key as the gate builds it (gate/plan.ts), shown in hints. */
export const KEY_EXAMPLE = 'registry.example.com/charts/nginx:1.2.3'

export interface LockKeyProblem {
  reasons: string[]
  /** The key in the gate's form, when the fix is plain (no scheme, lower case, '_' for '+'). */
  corrected?: string
}

/**
 * Why a lock key can never equal a reference the gate looks up, which gate/plan.ts builds as
 * `${endpoint.authority}/${repository}:${tag}`: the host as URL writes it (lower case, no default
 * port), a repository checked as base-content-path and chart are, the tag Helm makes of an exact
 * version. Undefined for a key in that form. A key in any other form matches nothing, so the chart
 * it was written for would pass as new.
 */
export function lockKeyProblem(
  key: string,
  hosts = new Map<string, KeyPart>()
): LockKeyProblem | undefined {
  const unusual = /[^\x21-\x7e]/u.exec(key)
  if (unusual !== null) {
    const code = `U+${(unusual[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    return {
      reasons: [
        `it holds the character ${code} at position ${unusual.index + 1}, which no chart reference has`
      ]
    }
  }
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.exec(key)?.[0]
  const bare = key.slice(scheme?.length ?? 0)
  const slash = bare.indexOf('/')
  const colon = bare.lastIndexOf(':')
  if (slash <= 0 || colon < slash) return { reasons: ['it is not host/repository:tag'] }
  const parts = [
    hostForm(bare.slice(0, slash), hosts),
    repositoryForm(bare.slice(slash + 1, colon)),
    tagForm(bare.slice(colon + 1))
  ]
  const reasons = [
    ...(scheme === undefined ? [] : [`it starts with ${scheme}, which the gate leaves out`]),
    ...parts.flatMap(part => (part.reason === undefined ? [] : [part.reason]))
  ]
  if (reasons.length === 0) return undefined
  const [host, repository, tag] = parts.map(part => part.fixed)
  const corrected =
    host === undefined || repository === undefined || tag === undefined
      ? undefined
      : `${host}/${repository}:${tag}`
  // Offered only when it is itself a key the gate looks up.
  return corrected !== undefined && lockKeyProblem(corrected) === undefined
    ? { reasons, corrected }
    : { reasons }
}

/** One part of a key: why it cannot be as written, and the form it plainly means. */
export interface KeyPart {
  reason?: string
  fixed?: string
}

function hostForm(authority: string, hosts: Map<string, KeyPart>): KeyPart {
  // A lock names few hosts many times over, and parsing one is most of what a key costs.
  const known = hosts.get(authority)
  if (known !== undefined) return known
  const form = parsedHostForm(authority)
  hosts.set(authority, form)
  return form
}

function parsedHostForm(authority: string): KeyPart {
  // The scheme is the endpoint's, not the key's: https drops :443, http drops :80.
  const written = (['https', 'http'] as const).flatMap(scheme => {
    const parsed = parseEndpoint(`${scheme}://${authority}`)
    return parsed.ok ? [parsed.endpoint.authority] : []
  })
  if (written.includes(authority)) return { fixed: authority }
  const parsed = parseEndpoint(authority)
  if (!parsed.ok) return { reason: `its host ${parsed.message}` }
  const fixed = written.find(form => form === authority.toLowerCase()) ?? parsed.endpoint.authority
  return {
    reason: `its host ${shown(authority)} is not written as the gate writes it (${shown(fixed)})`,
    fixed
  }
}

function repositoryForm(repository: string): KeyPart {
  if (repository.length > MAX_REPOSITORY_LENGTH)
    return {
      reason: `its repository is ${repository.length} characters long; registries allow ${MAX_REPOSITORY_LENGTH}`
    }
  const bad = (path: string): string | undefined =>
    path.split('/').find(component => checkChartName(component) !== undefined)
  if (bad(repository) === undefined) return { fixed: repository }
  const lower = repository.toLowerCase()
  if (bad(lower) === undefined)
    return {
      reason: `its repository ${shown(repository)} has capitals, and a repository is lower case`,
      fixed: lower
    }
  return {
    reason: `its repository ${shown(repository)} is not a repository path: ${shown(bad(repository))} must be lowercase letters and digits, separated by '.', '_' or '-'`
  }
}

function tagForm(tag: string): KeyPart {
  // Helm writes a version's '+' as '_' in the tag (helm/tags.ts); '+' never reaches a registry.
  const fixed = tag.replaceAll('+', '_')
  const versionProblem = fixed.includes('_', fixed.indexOf('_') + 1)
    ? "a tag has at most one '_', where the version has its '+'"
    : checkExactVersion(versionForTag(fixed))
  if (versionProblem !== undefined)
    return {
      reason: `its tag ${shown(tag)} is not the tag of an exact chart version: ${versionProblem}`
    }
  if (fixed === tag) return { fixed }
  return { reason: `its tag ${shown(tag)} has '+', which Helm writes as '_' in a tag`, fixed }
}
