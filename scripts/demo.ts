// The built-in example: start a registry on 127.0.0.1 (htpasswd Basic auth), push the sample charts
// through the distribution API, run the bundled action against them as the runner would, and print
// the layer. Then show what a user sees when the version is missing and when the tag is an image.
import { randomBytes } from 'node:crypto'
import { pushChart, sampleCharts } from '../test/harness/push.js'
import { startRegistry } from '../test/harness/registry.js'
import { execFileSync } from 'node:child_process'
import {
  actionNode,
  removeRunDirectories,
  runAction,
  type ActionRun
} from '../test/harness/run-action.js'

const username = 'demo'
const password = randomBytes(12).toString('base64url')
const registry = await startRegistry({ mode: 'htpasswd', users: [{ username, password }] })
let failed = false

try {
  console.log(`Registry: ${registry.url} (htpasswd user "${username}", pid ${registry.pid})`)
  console.log(
    `Action:   dist/index.js on Node.js ${execFileSync(actionNode(), ['--version'], { encoding: 'utf8' }).trim()}`
  )
  for (const sample of sampleCharts()) {
    const authorization = await registry.pushAuthorization(sample.repository)
    const pushed = await pushChart(
      { url: registry.url, ...(authorization === undefined ? {} : { authorization }) },
      sample
    )
    console.log(`  pushed ${pushed.reference}  ${pushed.digest}`)
  }

  const inputs = {
    'registry-name': 'demo-registry',
    endpoint: registry.url,
    'base-content-path': 'charts',
    'auth-type': 'basic',
    username,
    password
  }

  const valid = await step('1. nginx 15.4.2: exists, is a Helm chart', {
    ...inputs,
    chart: 'nginx',
    version: '15.4.2'
  })
  expect(valid, 0)
  console.log(`   outputs.valid         = ${valid.outputs.valid}`)
  console.log(`   outputs.digest        = ${valid.outputs.digest}`)
  console.log(
    `   outputs.manifest-file = ${valid.outputs['manifest-file']} (removed at the end of the demo)`
  )
  console.log('   outputs.layer:')
  console.log(indent(JSON.stringify(JSON.parse(valid.outputs.layer ?? '{}'), null, 2)))

  expect(
    await step('2. nginx 15.4.3: missing, nearest versions listed', {
      ...inputs,
      chart: 'nginx',
      version: '15.4.3'
    }),
    1
  )
  expect(
    await step('3. not-a-chart 1.0.0: a container image at a chart tag', {
      ...inputs,
      chart: 'not-a-chart',
      version: '1.0.0'
    }),
    1
  )
} finally {
  await registry.stop()
  await removeRunDirectories()
}

if (failed) {
  console.error('\nThe demo did not behave as expected (see above).')
  process.exit(1)
}
console.log('\nDemo finished: one valid chart, two refused with their reasons. Registry stopped.')

async function step(title: string, stepInputs: Record<string, string>): Promise<ActionRun> {
  console.log(`\n${title}`)
  const run = await runAction(stepInputs)
  const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
  for (const line of errors) console.log(indent(decode(line.replace(/^::error[^:]*::/, ''))))
  if (
    [run.shownLog, run.summary, JSON.stringify(run.outputs)].some(text => text.includes(password))
  ) {
    console.error('   the password appeared in the log!')
    failed = true
  }
  return run
}

function expect(run: ActionRun, exitCode: number): void {
  const verdict = exitCode === 0 ? 'passed' : 'failed, as it should'
  if (run.exitCode === exitCode) {
    console.log(`   -> step ${verdict} (exit code ${run.exitCode})`)
    return
  }
  failed = true
  console.error(`   -> expected exit code ${exitCode}, got ${run.exitCode}\n${indent(run.log)}`)
}

// Workflow commands escape newlines and percent signs.
function decode(text: string): string {
  return text.replaceAll('%0A', '\n').replaceAll('%0D', '').replaceAll('%25', '%')
}

function indent(text: string): string {
  return text
    .split('\n')
    .map(line => `   ${line}`)
    .join('\n')
}
