// Start-up and end-to-end time and peak memory of the bundled action, Basic path against ECR path
// (which loads the AWS SDK). Prints figures; asserts nothing. Run with ./scripts/benchmark.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { KEYS, TEMPLATE, startAwsWorld } from '../test/harness/aws-world.js'
import { pushChart } from '../test/harness/push.js'
import { startRegistry } from '../test/harness/registry.js'
import { actionNode, inputVariable, repoRoot } from '../test/harness/run-action.js'

// Asynchronous on purpose: the AWS fakes and the proxy run in this process and must keep answering.
const run = promisify(execFile)
const runs = Number(process.env.BENCHMARK_RUNS ?? '20')
const work = mkdtempSync(path.join(os.tmpdir(), 'pcg-benchmark-'))
const world = await startAwsWorld()
const user = { username: 'bench', password: 'bench-Password-1' }
const basic = await startRegistry({ mode: 'htpasswd', users: [user] })

try {
  const authorization = await basic.pushAuthorization('charts/nginx')
  await pushChart(
    { url: basic.url, ...(authorization === undefined ? {} : { authorization }) },
    { repository: 'charts/nginx', tag: '15.4.2' }
  )
  const chart = { 'base-content-path': 'charts', chart: 'nginx', version: '15.4.2' }
  const scenarios: Array<[string, Record<string, string>, Record<string, string>]> = [
    [
      'start-up only (invalid input, no request)',
      { endpoint: basic.url, chart: 'nginx', version: 'latest' },
      {}
    ],
    [
      'Basic: htpasswd registry, full check',
      { ...chart, endpoint: basic.url, username: user.username, password: user.password },
      {}
    ],
    [
      'ECR: access keys, GetAuthorizationToken, full check',
      {
        ...chart,
        endpoint: TEMPLATE,
        region: 'us-east-1',
        'auth-type': 'ecr',
        'aws-access-key-id': KEYS.accessKeyId,
        'aws-secret-access-key': KEYS.secretAccessKey,
        'ca-certificate': world.caBundle
      },
      world.env()
    ]
  ]
  const scripts = scenarios.map(([name, inputs, env], index) => {
    const variables: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_OUTPUT: path.join(work, `output-${index}`),
      GITHUB_STEP_SUMMARY: path.join(work, `summary-${index}`),
      RUNNER_TEMP: work,
      AWS_EC2_METADATA_DISABLED: 'true',
      NODE_NO_WARNINGS: '1',
      ...env
    }
    for (const [input, value] of Object.entries(inputs)) variables[inputVariable(input)] = value
    const file = path.join(work, `scenario-${index}.sh`)
    const assignments = Object.entries(variables).map(
      ([key, value]) => `'${key}=${value.replaceAll("'", "'\\''")}'`
    )
    writeFileSync(
      file,
      `exec env -i ${assignments.join(' ')} '${actionNode()}' '${path.join(repoRoot, 'dist', 'index.js')}' >/dev/null 2>&1\n`
    )
    writeFileSync(variables.GITHUB_OUTPUT ?? '', '')
    writeFileSync(variables.GITHUB_STEP_SUMMARY ?? '', '')
    return { name, file }
  })
  // Timings of a run that failed for another reason would mean nothing: check each scenario first.
  const expectedExit = [1, 0, 0]
  for (const [index, script] of scripts.entries()) {
    const code = await run('bash', [script.file]).then(
      () => 0,
      (error: { code?: number }) => error.code ?? -1
    )
    if (code !== expectedExit[index])
      throw new Error(`${script.name}: exit code ${code}, expected ${expectedExit[index]}`)
  }
  const report = path.join(work, 'hyperfine.json')
  await run('hyperfine', [
    '--warmup',
    '2',
    '--runs',
    String(runs),
    '--ignore-failure',
    '--style',
    'none',
    '--export-json',
    report,
    ...scripts.map(script => `bash ${script.file}`)
  ])
  const results = (
    JSON.parse(readFileSync(report, 'utf8')) as {
      results: Array<{ mean: number; stddev: number; min: number; max: number }>
    }
  ).results
  console.log(
    `palette-chart-gate benchmark: node ${(await run(actionNode(), ['--version'])).stdout.trim()}, ${os.cpus().length} cores, ${runs} runs each (hyperfine)\n`
  )
  console.log('| scenario | mean | ± stddev | min | max | peak RSS |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [index, script] of scripts.entries()) {
    const result = results[index]
    if (result === undefined) continue
    // /usr/bin/time reports on stderr; the scenario's own exit status does not matter here.
    const time = await run('/usr/bin/time', ['-f', '%M', 'bash', script.file]).catch(
      (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' })
    )
    const peakKiB = Number(time.stderr.trim().split('\n').at(-1))
    const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`
    console.log(
      `| ${script.name} | ${ms(result.mean)} | ${ms(result.stddev)} | ${ms(result.min)} | ${ms(result.max)} | ${(peakKiB / 1024).toFixed(0)} MiB |`
    )
  }
} finally {
  await Promise.all([world.stop(), basic.stop()])
  rmSync(work, { recursive: true, force: true })
}
