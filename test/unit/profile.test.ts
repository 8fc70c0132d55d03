// Profile files and registries files, read without I/O: layers with their lines, skipped packs,
// findings, and secrets only by environment variable.
import { describe, expect, it } from '@jest/globals'
import { readRegistriesText } from '../../src/inputs/registries.js'
import { readProfile } from '../../src/palette/profile.js'

const exported = `metadata:
  name: web
spec:
  template:
    packs:
      - name: nginx
        type: oci
        tag: 1.10
        version: 1.10
        values: |
          replicaCount: 2
        registry:
          metadata:
            name: harbor
            uid: uid-1
      - name: ubuntu
        type: spectro
        tag: "22.04"
      - name: podinfo
        type: helm
        tag: 6.5.4
        version: 6.5.5
      - type: oci
        tag: 1.0.0
      - name: cilium
        type: oci
`

describe('readProfile', () => {
  const contents = readProfile('web.yaml', exported)

  it('reads each Helm pack with the line it starts on, keeping versions as written', () => {
    expect(contents.kind).toBe('palette-export')
    expect(contents.layers[0]).toEqual({
      file: 'web.yaml',
      line: 6,
      chart: 'nginx',
      version: '1.10',
      registry: { name: 'harbor', uid: 'uid-1' },
      layerType: 'oci',
      values: 'replicaCount: 2\n',
      // values: | is on line 10; its text starts on the next.
      valuesAt: { line: 10, block: true },
      variables: []
    })
  })

  it('lists other pack types as skipped, never drops them', () => {
    expect(contents.skipped).toEqual([
      { file: 'web.yaml', line: 16, name: 'ubuntu', type: 'spectro' }
    ])
  })

  it('makes a tag and version that disagree a finding on the layer', () => {
    expect(contents.layers[1]).toMatchObject({
      line: 19,
      chart: 'podinfo',
      layerType: 'helm',
      conflict: 'its tag "6.5.4" and version "6.5.5" disagree; Palette pulls the tag'
    })
  })

  it('names the line of a pack without a name or a tag', () => {
    expect(contents.problems).toEqual([
      {
        file: 'web.yaml',
        line: 23,
        message: 'a oci pack without a name: Palette pins a pack by name and tag'
      },
      {
        file: 'web.yaml',
        line: 25,
        message: 'the oci pack "cilium" has no tag: Palette pins a pack by name and tag'
      }
    ])
  })

  it('refuses a key given twice, which readers would resolve differently', () => {
    const twice = readProfile(
      'd.json',
      '{"spec": {"template": {"packs": [\n  {"name": "a", "type": "oci", "tag": "1.0.0",\n   "tag": "2.0.0"}\n]}}}'
    )
    expect(twice.layers).toEqual([])
    expect(twice.problems[0]).toMatchObject({ file: 'd.json', line: 3 })
    expect(twice.problems[0]?.message).toContain(
      'is not valid JSON or YAML: Map keys must be unique'
    )
  })

  it('refuses a key that Palette would read as a field the gate reads by another case', () => {
    const pack = (fields: string): string =>
      `{"spec": {"template": {"packs": [\n  {"name": "a", "tag": "1.0.0",\n   ${fields}}\n]}}}`
    // Alone, "Type" would make the gate skip a Helm pack that Palette installs.
    const typeOnly = readProfile('d.json', pack('"Type": "helm"'))
    expect(typeOnly.layers).toEqual([])
    expect(typeOnly.skipped).toEqual([])
    expect(typeOnly.problems).toEqual([
      {
        file: 'd.json',
        line: 3,
        message:
          '"Type" is read by Palette as type (its JSON decoder ignores the case of field names): write it type, once'
      }
    ])
    // Beside the field, Go's decoder takes the last one: the gate must not check the first.
    const beside = readProfile('d.json', pack('"type": "oci", "TAG": "2.0.0"'))
    expect(beside.layers).toEqual([])
    expect(beside.problems[0]?.message).toContain('"TAG" is read by Palette as tag')
    // Go folds the Kelvin sign to k and the long s to s.
    const kelvin = readProfile(
      'd.json',
      '{"spec": {"template": {"pac\u212as": [\n  {"name": "a", "type": "oci", "tag": "1.0.0"}\n]}}}'
    )
    expect(kelvin.problems[0]?.message).toContain('is read by Palette as packs')
    const longS = readProfile('d.json', pack('"type": "oci", "regi\u017ftry": {}'))
    expect(longS.problems[0]?.message).toContain('is read by Palette as registry')
    const metadata = readProfile(
      'd.json',
      pack('"type": "oci", "registry": {"metadata": {"name": "a", "Name": "b"}}')
    )
    expect(metadata.problems[0]?.message).toContain('"Name" is read by Palette as name')
    // Keys inside values are Helm's, where case matters: untouched.
    const values = readProfile('d.json', pack('"type": "oci", "values": {"Tag": 1, "tag": 2}'))
    expect(values.problems).toEqual([])
    expect(values.layers).toHaveLength(1)
  })
  it('reads the gate chart list with its registries section', () => {
    const list = readProfile(
      'charts.yaml',
      'registries:\n  harbor:\n    endpoint: h.example.com\ncharts:\n  - chart: nginx\n    version: 15.4.2\n    registry: harbor\n'
    )
    expect(list.kind).toBe('chart-list')
    expect(list.layers).toEqual([
      {
        file: 'charts.yaml',
        line: 5,
        chart: 'nginx',
        version: '15.4.2',
        registry: { name: 'harbor' },
        layerType: 'oci'
      }
    ])
    expect(list.registries).toBeDefined()
  })

  it('refuses a file that is neither, and one that does not parse, on the line', () => {
    expect(readProfile('x.yaml', 'name: x\n').problems[0]?.message).toBe(
      'is neither a Palette cluster-profile export (spec.template.packs) nor a chart list (charts:)'
    )
    expect(readProfile('y.json', '{\n  "spec": [\n}').problems[0]).toMatchObject({
      file: 'y.json',
      line: 3
    })
  })
})

describe('readProfile, on fields it cannot take as written', () => {
  it.each([
    [
      'a registry written as a mapping in a chart list',
      'charts:\n  - chart: nginx\n    version: 1.0.0\n    registry:\n      name: lab\n',
      5,
      'registry must be a single value, not a mapping'
    ],
    [
      'a misspelt key in a chart list',
      'charts:\n  - chart: nginx\n    version: 1.0.0\n    regsitry: lab\n',
      2,
      '"regsitry" is not a chart entry key (chart, version, registry, values, layer-type)'
    ],
    [
      "a pack's registry written as a name",
      '{"spec": {"template": {"packs": [\n {"name": "a", "type": "oci", "tag": "1.0.0",\n  "registry": "lab"}]}}}',
      3,
      'registry must be a mapping with metadata.name or metadata.uid'
    ],
    [
      "a pack's registry written as a list",
      '{"spec": {"template": {"packs": [\n {"name": "a", "type": "oci", "tag": "1.0.0",\n  "registry": [{"metadata": {"name": "lab"}}]}]}}}',
      3,
      'registry must be a mapping with metadata.name or metadata.uid'
    ],
    [
      'a tag written as a list',
      '{"spec": {"template": {"packs": [\n {"name": "a", "type": "oci",\n  "tag": ["1.0.0"]}]}}}',
      3,
      'tag must be a single value, not a list'
    ]
  ])('refuses %s, never falling back to a default', (_kind, text, line, message) => {
    const contents = readProfile('p.yaml', text)
    expect(contents.layers).toEqual([])
    expect(contents.problems).toEqual([{ file: 'p.yaml', line, message }])
  })

  it.each([
    [
      'a list',
      'registries:\n  - harbor\ncharts:\n  - chart: nginx\n    version: 1.0.0\n',
      'a list'
    ],
    [
      'a name',
      '# shared\nregistries: harbor\ncharts:\n  - chart: nginx\n    version: 1.0.0\n',
      'a single value'
    ],
    [
      'a JSON list',
      '{\n  "registries": [{"harbor": {"endpoint": "h.example.com"}}],\n  "charts": [{"chart": "nginx", "version": "1.0.0"}]\n}',
      'a list'
    ]
  ])("refuses a chart list's registries written as %s, on its line", (_kind, text, shape) => {
    const contents = readProfile('p.yaml', text)
    expect(contents.registries).toBeUndefined()
    expect(contents.problems).toEqual([
      {
        file: 'p.yaml',
        line: text.split('\n').findIndex(line => line.includes('registries')) + 1,
        message: `registries must be a mapping of Palette registry names to settings, not ${shape}`
      }
    ])
  })

  it('reads a chart list whose registries: holds nothing as one that defines none', () => {
    const contents = readProfile(
      'p.yaml',
      'registries:\ncharts:\n  - chart: nginx\n    version: 1.0.0\n'
    )
    expect(contents.problems).toEqual([])
    expect(contents.layers).toHaveLength(1)
  })

  it('renders values written as a mapping or a list', () => {
    const contents = readProfile(
      'p.yaml',
      'charts:\n  - chart: nginx\n    version: 1.0.0\n    values:\n      replicas: 2\n      ports: [80, 443]\n'
    )
    expect(contents.layers[0]?.values).toBe('replicas: 2\nports:\n  - 80\n  - 443\n')
  })
})

describe('readRegistriesText', () => {
  it('takes secrets from the environment variables an entry names, and reports them for masking', () => {
    const reading = readRegistriesText(
      'r.yaml',
      'harbor:\n  endpoint: h.example.com\n  username: ci\n  password-env: HARBOR_PASSWORD\n  uid: u-1\n',
      { HARBOR_PASSWORD: 's3cret' }
    )
    expect(reading.problems).toEqual([])
    expect(reading.secrets).toEqual(['s3cret'])
    expect(reading.registries).toEqual([
      {
        name: 'harbor',
        uid: 'u-1',
        file: 'r.yaml',
        line: 1,
        inputs: {
          'registry-name': 'harbor',
          endpoint: 'h.example.com',
          username: 'ci',
          password: 's3cret',
          'registry-uid': 'u-1'
        }
      }
    ])
  })

  it('refuses literal secrets, unknown settings and unset variables, each on its registry line', () => {
    const reading = readRegistriesText(
      'r.yaml',
      'registries:\n  a:\n    aws-secret-access-key: abc\n  b:\n    colour: blue\n  c:\n    password-env: UNSET\n',
      {}
    )
    expect(reading.problems.map(problem => problem.line)).toEqual([2, 4, 6])
    const [literal, unknown, unset] = reading.problems.map(problem => problem.message)
    expect(literal).toContain('registry "a": holds aws-secret-access-key in the file')
    expect(literal).toContain('aws-secret-access-key-env: NAME')
    expect(unknown).toContain('registry "b": "colour" is not a registry setting')
    expect(unset).toContain(
      'registry "c": password-env names the environment variable UNSET, which is not set'
    )
    expect(JSON.stringify(reading)).not.toContain('abc')
  })
})
