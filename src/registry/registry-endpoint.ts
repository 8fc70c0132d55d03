// Where a registry is: the little the OCI client needs to know of a host. Parsed elsewhere (the
// product's endpoint form); here only the shape and the one rule the transport enforces.

export interface Endpoint {
  scheme: 'https' | 'http'
  /** host[:port] exactly as it goes into a reference (registry.example.com, 127.0.0.1:5000). */
  authority: string
  /** Host name without port; IPv6 addresses keep their brackets. */
  hostname: string
  /** e.g. https://registry.example.com */
  origin: string
}

/** Loopback hosts are the one place credentials may travel over plain HTTP (local registries, tests). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host)
}
