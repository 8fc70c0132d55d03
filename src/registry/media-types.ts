// The manifest media types of the OCI distribution spec and Docker's schema 2: what the client asks
// for when it reads a manifest. Artifact types (Helm's among them) belong to their owners.
export const MANIFEST_MEDIA_TYPES = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json'
} as const
