// Values YAML as Helm reads it (sigs.k8s.io/yaml over go-yaml v2): YAML 1.1, so yes, no, on and
// off are booleans and 0755 is octal; but a date stays text, 1:30 is not base 60, and 0o17 is 15.
import type { ScalarTag, Tags } from 'yaml'

const OCTAL_O: ScalarTag = {
  identify: value => typeof value === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^0o[0-7]+$/,
  resolve: text => Number.parseInt(text.slice(2), 8)
}

function helmTags(tags: Tags): Tags {
  return [
    OCTAL_O,
    ...tags.filter(
      tag =>
        typeof tag === 'string' ||
        (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME')
    )
  ]
}

export const HELM_YAML = { version: '1.1', customTags: helmTags } as const
