// Pushes the sample charts to a registry that takes anonymous pushes (the CI workflow's registry:2
// service): npx tsx scripts/push-sample.ts --registry http://localhost:5000
import { parseArgs } from 'node:util'
import { pushChart, sampleCharts } from '../test/harness/push.js'

const { values } = parseArgs({ options: { registry: { type: 'string' } } })
if (values.registry === undefined) {
  console.error('usage: push-sample.ts --registry http://host:port')
  process.exit(2)
}
for (const sample of sampleCharts()) {
  const pushed = await pushChart({ url: values.registry.replace(/\/+$/, '') }, sample)
  console.log(`pushed ${pushed.reference} ${pushed.digest}`)
}
