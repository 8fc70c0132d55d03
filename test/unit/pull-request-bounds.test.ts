// The clean-up steps within a count and a time, which of the gate's comments a run takes over,
// deletes or marks superseded, and the comment's counts in words ("1 layer", never "1 layers").
// Pure: no GitHub here (see pull-request-github.test.ts; paging in github-paging.test.ts).
import { describe, expect, it } from '@jest/globals'
import { runWithin } from '../../src/pull-request/bounded-steps.js'
import {
  commentMarker,
  commentStamp,
  planComments,
  stillStale
} from '../../src/pull-request/comment-identity.js'
import { outcomeOf, type LayerResult } from '../../src/gate/batch.js'
import {
  failureComment,
  supersededComment,
  SUPERSEDED_HEADING
} from '../../src/report/pr-comment.js'

describe('runWithin', () => {
  const step = (kind: string, ms = 0) => ({
    kind,
    run: (signal: AbortSignal): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms)
        signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(new Error('aborted'))
        })
      })
  })

  it('runs at most the count, and says which are left', async () => {
    const steps = Array.from({ length: 10_000 }, (_, index) => step(index < 2 ? 'stale' : 'copy'))
    const outcome = await runWithin(steps, 20, 30_000)
    expect(outcome.done).toHaveLength(20)
    expect(outcome.left).toHaveLength(9980)
    expect(outcome.stop).toEqual({ reason: 'count', maxSteps: 20 })
  })

  it('stops when the time is up, the step under way included', async () => {
    const started = Date.now()
    const outcome = await runWithin(
      Array.from({ length: 10 }, () => step('copy', 150)),
      20,
      400
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(outcome.done).toHaveLength(2)
    expect(outcome.left).toHaveLength(8)
    expect(outcome.stop).toEqual({ reason: 'time', seconds: 0 })
  })

  it('stops at a step that fails, with its error', async () => {
    const failing = { kind: 'copy', run: () => Promise.reject(new Error('HTTP 500')) }
    const outcome = await runWithin([step('copy'), failing, step('copy')], 20, 30_000)
    expect(outcome).toMatchObject({ done: ['copy'], left: ['copy', 'copy'] })
    expect(outcome.stop).toMatchObject({ reason: 'failed', error: new Error('HTTP 500') })
  })
})

describe('the gate’s comments', () => {
  const job = '.github/workflows/profiles.yml#validate'
  const self = {
    login: 'github-actions[bot]',
    marker: commentMarker('profiles/*.yaml; registries.yaml'),
    job,
    commit: 'c2'
  }
  const bot = { login: 'github-actions[bot]' }
  const comment = (id: number, body: string, user: { login: string } | null = bot) => ({
    id,
    body,
    user
  })
  const oldMarker = commentMarker('profiles/*.yaml')

  it('takes over the first of its own, deletes its copies and supersedes the same job’s stale ones', () => {
    const comments = [
      comment(1, `${oldMarker}\n${commentStamp(job, 'c1')}\n### ❌ 1 of 1 layer is not valid`),
      comment(2, `${self.marker}\n${commentStamp(job, 'c1')}\n### ❌`),
      comment(3, `${self.marker}\r\n${commentStamp(job, 'c1')}\r\n### ❌ copy`),
      // Written before comments had a stamp: superseded too.
      comment(4, `${commentMarker('old/*.yaml')}\n### ❌ legacy`),
      // Another job's, a matrix sibling's for this commit, one already superseded: left alone.
      comment(5, `${oldMarker}\n${commentStamp('.github/workflows/other.yml#x', 'c1')}\n### ❌`),
      comment(6, `${commentMarker('prod/*.yaml')}\n${commentStamp(job, 'c2')}\n### ❌`),
      comment(7, `${commentMarker('older')}\n${SUPERSEDED_HEADING}\n\nThis check's inputs…`),
      // A person's comment with the marker, a reply quoting one, another login: never the gate's.
      comment(8, `${oldMarker}\n${commentStamp(job, 'c1')}\n### ❌`, { login: 'mallory' }),
      comment(9, `> ${self.marker}\n> quoted`),
      comment(10, `${oldMarker}\nno user`, null)
    ]
    const plan = planComments(comments, self)
    expect(plan.existing?.id).toBe(2)
    expect(plan.copies.map(({ id }) => id)).toEqual([3])
    expect(plan.stale.map(({ id }) => id)).toEqual([1, 4])
  })

  it('is read again before it is superseded: a sibling that wrote meanwhile keeps it', () => {
    expect(stillStale(`${oldMarker}\n${commentStamp(job, 'c1')}\nx`, self)).toBe(true)
    expect(stillStale(`${oldMarker}\n${commentStamp(job, 'c2')}\nx`, self)).toBe(false)
    expect(stillStale(`${oldMarker}\n${SUPERSEDED_HEADING}\n`, self)).toBe(false)
  })

  it('keeps the marker of a superseded comment and links to what replaced it', () => {
    const context = {
      marker: self.marker,
      stamp: commentStamp(job, 'c2'),
      runUrl: 'https://github.example/o/r/actions/runs/1',
      headSha: 'c2c2c2c2c2c2c2c2'
    }
    const url = 'https://github.example/o/r/pull/7#issuecomment-1000'
    const body = supersededComment(oldMarker, context, url)
    expect(body.split('\n').slice(0, 2)).toEqual([oldMarker, SUPERSEDED_HEADING])
    expect(body).toContain(`[the new comment](${url})`)
    expect(body).toContain('commit c2c2c2c2c2c2')
    expect(supersededComment(oldMarker, context, undefined)).toContain(
      'Under the new inputs every layer is valid: [job summary](https://github.example/o/r/actions/runs/1).'
    )
    expect(planComments([comment(1, body)], self).stale).toEqual([])
  })

  it('keeps the stamp an HTML comment whatever the job is called', () => {
    const stamp = commentStamp('a--> <b>\n--x', 'c1')
    expect(stamp.slice(4, -3)).not.toMatch(/--|[<>\n]/)
  })
})

describe('counts in the comment', () => {
  const result = (status: LayerResult['status'], line: number): LayerResult => ({
    file: 'profiles/app.yaml',
    line,
    registry: 'harbor',
    chart: `chart-${line}`,
    version: '1.0.0',
    region: null,
    status,
    digest: null,
    reason: status === 'valid' ? null : 'missing',
    hint: null,
    deploy: null
  })
  const context = {
    marker: commentMarker('profiles/*.yaml'),
    stamp: commentStamp('.github/workflows/p.yml#check', 'c1'),
    runUrl: 'https://github.example/o/r/actions/runs/1',
    headSha: 'c1c1c1c1c1c1c1'
  }

  it('are singular for one: "1 of 1 layer is", "1 profile file", "1 error", "1 more failure is"', () => {
    const one = failureComment(outcomeOf([result('error', 1)]), { ...context, changedFiles: 1 })
    expect(one).toContain('### ❌ palette-chart-gate: 1 of 1 layer is not valid')
    expect(one).toContain(
      '1 layer in the 1 profile file this pull request changes: 0 valid, 0 invalid, 1 error, 0 skipped.'
    )
    const many = Array.from({ length: 31 }, (_, index) => result('invalid', index + 1))
    const body = failureComment(outcomeOf([...many, result('valid', 40)]), context)
    expect(body).toContain('### ❌ palette-chart-gate: 31 of 32 layers are not valid')
    expect(body).toContain('1 more failure is in the job summary.')
  })
})
