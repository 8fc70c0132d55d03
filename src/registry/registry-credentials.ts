// What the client authenticates with. Every credential source (inputs, ECR tokens) ends in these.
export type RegistryCredentials =
  { type: 'anonymous' } | { type: 'basic'; username: string; password: string }
