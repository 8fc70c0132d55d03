import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import { readFileSync } from 'node:fs'
import {
  checkExactVersion,
  parseRequest,
  type InputFiles,
  type RawInputs
} from '../../src/inputs/request.js'

const valid: RawInputs = {
  endpoint: 'myregistry.azurecr.io',
  'base-content-path': 'charts',
  chart: 'nginx',
  version: '15.4.2'
}

function problemsOf(
  inputs: RawInputs,
  files: InputFiles = {}
): Array<{ input: string; message: string }> {
  try {
    parseRequest(inputs, files)
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.problems]
    throw error
  }
  return []
}

describe('parseRequest', () => {
  it('builds a request with defaults from the minimal inputs', () => {
    const request = parseRequest(valid)
    expect(request.registry).toEqual({
      name: 'myregistry.azurecr.io',
      endpoints: {
        deployment: [
          {
            region: undefined,
            endpoint: {
              scheme: 'https',
              authority: 'myregistry.azurecr.io',
              hostname: 'myregistry.azurecr.io',
              origin: 'https://myregistry.azurecr.io'
            }
          }
        ],
        requireAll: false
      },
      baseContentPath: 'charts',
      auth: { type: 'anonymous' }
    })
    expect(request.chart).toEqual({ name: 'nginx', version: '15.4.2' })
    expect(request.layer).toEqual({ type: 'oci' })
    expect(request.output).toEqual({ format: 'yaml' })
    expect(request.tls).toEqual({ insecureSkipVerify: false })
    expect(request.timeoutMs).toBe(30_000)
  })

  it('reads basic credentials, keeping spaces inside the password', () => {
    const request = parseRequest({ ...valid, username: 'admin', password: ' s3cret ' })
    expect(request.registry.auth).toEqual({
      type: 'basic',
      username: 'admin',
      password: ' s3cret '
    })
  })

  it('reports every problem at once, each naming its input', () => {
    const problems = problemsOf({
      endpoint: 'ftp://x',
      chart: 'Nginx',
      version: '^1.2.0',
      'auth-type': 'token',
      'insecure-skip-tls-verify': 'yes',
      'timeout-seconds': '0.5',
      'layer-type': 'pack'
    })
    expect(problems.map(problem => problem.input)).toEqual(
      expect.arrayContaining([
        'endpoint',
        'chart',
        'version',
        'auth-type',
        'insecure-skip-tls-verify',
        'timeout-seconds',
        'layer-type'
      ])
    )
    expect(problems).toHaveLength(7)
  })

  it('refuses a user name with a colon and values that are not YAML', () => {
    const problems = problemsOf({ ...valid, username: 'a:b', password: 'p', values: 'a: [1\n' })
    expect(problems.map(problem => problem.input)).toEqual(['username', 'values'])
    expect(problems[1]?.message).toMatch(/^line 2 of the values is not valid JSON or YAML: /)
  })

  it('requires username and password together', () => {
    expect(problemsOf({ ...valid, username: 'admin' })).toEqual([
      { input: 'password', message: 'is required when a username is given' }
    ])
    expect(problemsOf({ ...valid, password: 'p' })).toEqual([
      { input: 'username', message: 'is required when a password is given' }
    ])
  })

  it.each([
    ['registry.example.com/charts', 'has a path'],
    ['https://user:pw@registry.example.com', 'must not contain credentials'],
    ['oci://registry.example.com', 'has the scheme oci://'],
    ['registry.example.com/{{.spectro.system.cluster}}', 'is not a variable Palette fills'],
    ['', 'is required'],
    ['..', 'has an empty label'],
    ['-', '"-" is not a label'],
    ['%2e%2e', "holds '%'"],
    ['../..', 'has an empty label'],
    ['a/../b', 'has a path'],
    ['//x', 'has no host name'],
    ['http://', 'has no host name'],
    ['ngin\u200bx', '"ngin\\u200bx" holds the character U+200B at position 5'],
    ['registry.example.com:0', 'a port is a number from 1 to 65535'],
    ['1.2.3', 'is not an IPv4 address'],
    ['[::1', 'is not an IPv6 address in brackets'],
    ['registry.example.com:05000', 'without leading zeros'],
    ['_registry.example.com', 'is not a label']
  ])('rejects the endpoint %j', (endpoint, message) => {
    const problems = problemsOf({ ...valid, endpoint })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.input).toBe('endpoint')
    expect(problems[0]?.message).toContain(message)
  })

  it('blames a long base-content-path, not the chart, and shows long values cut', () => {
    const long = 'a'.repeat(10 * 1024)
    const problems = problemsOf({ ...valid, 'base-content-path': long })
    expect(problems.map(problem => problem.input)).toEqual(['base-content-path'])
    expect(problems[0]?.message).toMatch(/^makes the repository path 10246 characters long/)
    const bad = problemsOf({ ...valid, 'base-content-path': `${long}/X` })
    expect(bad[0]?.message).toMatch(/^"a{79}… \(10242 characters\) is not a repository path/)
  })

  it('gives the run a deadline of twice timeout-seconds unless deadline-seconds is set', () => {
    expect(parseRequest(valid).deadlineMs).toBe(60_000)
    expect(parseRequest({ ...valid, 'timeout-seconds': '10' }).deadlineMs).toBe(20_000)
    expect(parseRequest({ ...valid, 'deadline-seconds': '5' }).deadlineMs).toBe(5_000)
    expect(problemsOf({ ...valid, 'deadline-seconds': '0' })).toEqual([
      { input: 'deadline-seconds', message: '"0" is not a number of seconds between 1 and 3600' }
    ])
  })

  it.each([
    ['my_registry:5000', 'https://my_registry:5000'],
    ['[::1]:5000', 'https://[::1]:5000'],
    [
      '012345678901.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      'https://012345678901.dkr.ecr-fips.us-gov-west-1.amazonaws.com'
    ],
    ['HTTPS://Registry.Example.COM:443/', 'https://registry.example.com']
  ])('accepts the endpoint %j', (endpoint, origin) => {
    const request = parseRequest({ ...valid, endpoint })
    expect(request.registry.endpoints.deployment[0].endpoint.origin).toBe(origin)
  })

  it('accepts http:// endpoints with ports and strips trailing slashes and path slashes', () => {
    const request = parseRequest({
      ...valid,
      endpoint: 'http://127.0.0.1:5000/',
      'base-content-path': '/team/charts/'
    })
    expect(request.registry.endpoints.deployment[0].endpoint.origin).toBe('http://127.0.0.1:5000')
    expect(request.registry.baseContentPath).toBe('team/charts')
  })

  it('refuses credentials over plain HTTP except to loopback', () => {
    const http = { ...valid, username: 'u', password: 'p' }
    expect(problemsOf({ ...http, endpoint: 'http://registry.example.com' })[0]?.message).toContain(
      'credentials would travel in clear text'
    )
    expect(problemsOf({ ...http, endpoint: 'http://localhost:5000' })).toEqual([])
    expect(problemsOf({ ...valid, endpoint: 'http://registry.example.com' })).toEqual([])
  })

  it('rejects a chart name with a path and an upper-case base path', () => {
    const problems = problemsOf({ ...valid, chart: 'charts/nginx', 'base-content-path': 'Charts' })
    expect(problems.map(problem => problem.input)).toEqual(['base-content-path', 'chart'])
    expect(problems[1]?.message).toContain('base-content-path')
  })

  it('chooses json for an output file ending in .json', () => {
    expect(parseRequest({ ...valid, 'output-file': 'out/layer.JSON' }).output).toEqual({
      file: 'out/layer.JSON',
      format: 'json'
    })
  })

  it('takes the CA as PEM text, even flattened onto one line, or as a file the edge read', () => {
    const pem = readFileSync(new URL('../fixtures/test-ca.pem', import.meta.url), 'utf8')
    const inline = parseRequest({ ...valid, 'ca-certificate': pem }).tls.caCertificates
    expect(inline).toBe(pem)
    expect(
      parseRequest({ ...valid, 'ca-certificate': pem.replaceAll('\n', ' ') }).tls.caCertificates
    ).toBe(pem)
    const files = { 'ca-certificate': { path: '/etc/ca.pem', text: pem } }
    expect(
      parseRequest({ ...valid, 'ca-certificate': '/etc/ca.pem' }, files).tls.caCertificates
    ).toBe(pem)
  })

  it('reports an unusable CA together with the other problems', () => {
    const garbage = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----'
    expect(
      problemsOf({ ...valid, version: '^1', 'ca-certificate': garbage }).map(
        problem => problem.input
      )
    ).toEqual(['version', 'ca-certificate'])
    expect(problemsOf({ ...valid, 'ca-certificate': garbage })[0]?.message).toMatch(
      /^certificate 1 of the PEM text cannot be parsed/
    )
    const missing = { 'ca-certificate': { path: '/nonexistent.pem', error: 'ENOENT' } }
    expect(
      problemsOf({ ...valid, 'ca-certificate': '/nonexistent.pem' }, missing)[0]?.message
    ).toBe('is neither PEM text nor a readable file: /nonexistent.pem (ENOENT)')
    const notPem = { 'ca-certificate': { path: '/etc/hosts', text: '127.0.0.1 localhost' } }
    expect(problemsOf({ ...valid, 'ca-certificate': '/etc/hosts' }, notPem)[0]?.message).toBe(
      '/etc/hosts holds no PEM certificate (-----BEGIN CERTIFICATE-----)'
    )
  })
})

describe('checkExactVersion', () => {
  it.each(['1.2.3', '0.0.1', '1.2.3-rc.1', '1.2.3+build.1', 'v1.2.3'])('accepts %s', version => {
    expect(checkExactVersion(version)).toBeUndefined()
  })
  it.each([
    ['', 'is required'],
    ['latest', '"latest" is not a version'],
    ['LATEST', '"latest" is not a version'],
    ['^1.2.3', 'is a range'],
    ['~1.2', 'is a range'],
    ['>=1.0.0 <2.0.0', 'is a range'],
    ['1.x', 'is a range'],
    ['1.2', 'is a range'],
    ['*', 'is a range'],
    ['=1.2.3', 'is a range'],
    ['one', 'not a semantic version']
  ])('rejects %j', (version, message) => {
    expect(checkExactVersion(version)).toContain(message)
  })
})
