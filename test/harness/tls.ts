// Throwaway certificates for local registries: a CA plus a server cert (TLS mode) and a
// self-signed signing cert whose key signs registry tokens (token mode).
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

export interface TestCa {
  caFile: string
  caPem: string
  certFile: string
  keyFile: string
}

export interface SigningCertificate {
  certFile: string
  keyFile: string
  certPem: string
  keyPem: string
}

async function openssl(args: string[]): Promise<void> {
  try {
    await execFileAsync('openssl', args)
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new Error(`openssl ${args[0] ?? ''} failed: ${String(error)}\n${stderr}`, {
      cause: error
    })
  }
}

// Host names only (letters, digits, '-', '.', a leading '*.'): anything else could inject into
// the openssl extension file.
const DNS_NAME =
  /^(\*\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/

/**
 * A CA and a server certificate for 127.0.0.1/localhost signed by it, written to `dir`.
 * `extraNames` adds DNS subjectAltNames (e.g. ECR hosts reached through a CONNECT proxy).
 */
export async function createTestCa(dir: string, extraNames: string[] = []): Promise<TestCa> {
  for (const name of extraNames) {
    if (!DNS_NAME.test(name) || name.length > 253) {
      throw new Error(`createTestCa: ${JSON.stringify(name)} is not a DNS host name`)
    }
  }
  const altNames = ['IP:127.0.0.1', 'DNS:localhost', ...extraNames.map(name => `DNS:${name}`)]
  const caFile = join(dir, 'ca.pem')
  const caKey = join(dir, 'ca.key')
  const csrFile = join(dir, 'server.csr')
  const certFile = join(dir, 'server.pem')
  const keyFile = join(dir, 'server.key')
  const extFile = join(dir, 'server.ext')
  // prettier-ignore
  await openssl([
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', caKey, '-out', caFile,
    '-subj', '/CN=palette-chart-gate test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign'
  ])
  // prettier-ignore
  await openssl([
    'req', '-newkey', 'rsa:2048', '-nodes',
    '-keyout', keyFile, '-out', csrFile, '-subj', '/CN=localhost'
  ])
  // Go (the registry) and Node both insist on a subjectAltName; the CN alone is ignored.
  await writeFile(
    extFile,
    [
      `subjectAltName = ${altNames.join(', ')}`,
      'basicConstraints = CA:FALSE',
      'keyUsage = digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      ''
    ].join('\n')
  )
  // prettier-ignore
  await openssl([
    'x509', '-req', '-in', csrFile, '-CA', caFile, '-CAkey', caKey,
    '-CAcreateserial', '-days', '2', '-out', certFile, '-extfile', extFile
  ])
  return { caFile, caPem: await readFile(caFile, 'utf8'), certFile, keyFile }
}

/** A self-signed RSA 2048 key and certificate: the token server signs with it, the registry trusts it. */
export async function createSigningCertificate(dir: string): Promise<SigningCertificate> {
  const certFile = join(dir, 'token-signing.pem')
  const keyFile = join(dir, 'token-signing.key')
  // prettier-ignore
  await openssl([
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', keyFile, '-out', certFile, '-subj', '/CN=palette-chart-gate token signer'
  ])
  const [certPem, keyPem] = await Promise.all([
    readFile(certFile, 'utf8'),
    readFile(keyFile, 'utf8')
  ])
  return { certFile, keyFile, certPem, keyPem }
}
