// A failure's hint (the nearest versions of a missing one, what to do) reaches every place that
// shows the failure: the results entry, the job summary, the pull-request comment.
import { describe, expect, it } from '@jest/globals'
import { outcomeOf, resultRow, type LayerResult } from '../../src/gate/batch.js'
import { failureComment } from '../../src/report/pr-comment.js'
import { summaryForBatch } from '../../src/report/profile-summary.js'

const missing: LayerResult = {
  file: 'profiles/app.yaml',
  line: 7,
  registry: 'harbor',
  chart: 'nginx',
  version: '9.9.9',
  region: null,
  status: 'invalid',
  digest: null,
  reason: 'Chart nginx version 9.9.9 is not in harbor.example.com/charts/nginx',
  hint: 'Nearest versions that exist: 16.0.0, 15.5.0.',
  deploy: null
}
const valid: LayerResult = {
  ...missing,
  line: 20,
  version: '16.0.0',
  status: 'valid',
  digest: `sha256:${'a'.repeat(64)}`,
  reason: null,
  hint: null
}

describe('a failure with a hint', () => {
  it('keeps the hint in its results entry, after the fields it had', () => {
    expect(Object.keys(resultRow(missing))).toEqual([
      'file',
      'line',
      'registry',
      'chart',
      'version',
      'region',
      'status',
      'digest',
      'reason',
      'hint',
      'deploy'
    ])
    expect(resultRow(missing).hint).toBe('Nearest versions that exist: 16.0.0, 15.5.0.')
    expect(resultRow(valid).hint).toBeNull()
  })

  it('shows the hint under the reason in the job summary', () => {
    const row = summaryForBatch(outcomeOf([missing, valid]), 0)
      .split('\n')
      .find(line => line.startsWith('| profiles/app.yaml:7 |'))
    expect(row).toMatch(
      /\| Chart nginx version 9\.9\.9 is not in harbor\.example\.com\/charts\/nginx<br>Hint: Nearest versions that exist: 16\.0\.0, 15\.5\.0\. \|$/
    )
  })

  it('escapes a hint that holds registry text, as the reason is', () => {
    const hostile = { ...missing, hint: 'Nearest versions that exist: [x](https://evil) @team.' }
    const markdown = summaryForBatch(outcomeOf([hostile]), 0)
    expect(markdown).toContain(
      'Hint: Nearest versions that exist: \\[x\\]\\(https://evil\\) @&#8203;team.'
    )
  })

  it('shows the hint in the pull-request comment, in a code span of its own', () => {
    // Not a fresh literal: the comment's context may grow fields this test does not need.
    const context = {
      marker: '<!-- palette-chart-gate -->',
      stamp: '<!-- run 1 -->',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      headSha: '0123456789abcdef'
    }
    const body = failureComment(outcomeOf([missing, valid]), context) ?? ''
    expect(body).toContain(
      '`Chart nginx version 9.9.9 is not in harbor.example.com/charts/nginx`<br>Hint: `Nearest versions that exist: 16.0.0, 15.5.0.` |'
    )
  })

  it('shows no hint line for a failure without one', () => {
    const row = summaryForBatch(outcomeOf([{ ...missing, hint: null }]), 0)
    expect(row).not.toContain('Hint:')
  })
})
