// What the registry client authenticates with. The client only ever sees these two shapes: ECR
// (a later credential source) turns its token into Basic credentials for user AWS before this point.
import type { RegistryCredentials, Request } from './request.js'

export type { RegistryCredentials }

/** A credential source resolves the credentials for one registry; it may call out (ECR, STS). */
export type CredentialSource = (request: Request) => Promise<RegistryCredentials>

export const inputCredentials: CredentialSource = async request => request.registry.auth
