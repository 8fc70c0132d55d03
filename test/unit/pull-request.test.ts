// The pure parts of the pull-request review: which files a pull request changes, the comment's
// marker and its text (failures capped and cut, the passed form).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { outcomeOf, type LayerResult } from '../../src/gate/batch.js'
import { changedFileTest, filesToCheck } from '../../src/pull-request/changed-files.js'
import { codeCell } from '../../src/report/markdown.js'
import { errorComment, failureComment, passedComment } from '../../src/report/pr-comment.js'
import { SecretRedactor } from '../../src/report/redaction.js'
import { pullRequestSettings } from '../../src/inputs/pull-request-settings.js'
import { commentMarker, commentStamp } from '../../src/pull-request/comment-identity.js'

const layer = (status: LayerResult['status'], index: number, reason = 'missing'): LayerResult => ({
  file: 'profiles/app.yaml',
  line: index + 1,
  registry: 'harbor',
  chart: `chart-${index}`,
  version: '1.0.0',
  region: null,
  status,
  digest: status === 'valid' ? `sha256:${'a'.repeat(64)}` : null,
  reason: status === 'valid' ? null : reason,
  hint: null,
  deploy: null
})
const context = {
  marker: commentMarker('profiles/*.yaml'),
  stamp: commentStamp('.github/workflows/p.yml#check', '0123456789abcdef0123'),
  runUrl: 'https://github.com/o/r/actions/runs/1',
  headSha: '0123456789abcdef0123'
}

describe('changed files', () => {
  it('matches the repository path GitHub lists exactly, never by its tail', () => {
    const changed = changedFileTest(['profiles/app.yaml', './other/x.json', 'dev.json'])
    expect(changed('profiles/app.yaml')).toBe(true)
    expect(changed('./profiles/app.yaml')).toBe(true)
    expect(changed('other/x.json')).toBe(true)
    expect(changed('dev.json')).toBe(true)
    // A root-level dev.json in the pull request is not profiles/dev.json.
    expect(changed('profiles/dev.json')).toBe(false)
    expect(changed('checkout/profiles/app.yaml')).toBe(false)
    expect(changed('profiles/app.yml')).toBe(false)
    expect(changed('profiles/app.yaml.bak')).toBe(false)
    expect(changed('my-profiles/app.yaml')).toBe(false)
  })

  it('checks every file when a shared file (registries, lock) changes', () => {
    expect(filesToCheck(['registries.yaml'], ['registries.yaml', ''])).toBeUndefined()
    expect(filesToCheck(['chart-lock.yaml'], ['', 'chart-lock.yaml'])).toBeUndefined()
    expect(filesToCheck(['profiles/a.yaml'], ['registries.yaml', ''])?.('profiles/a.yaml')).toBe(
      true
    )
    // A registries file of the same name in another folder is another file.
    expect(filesToCheck(['other/registries.yaml'], ['registries.yaml'])).toBeDefined()
  })

  it('takes a changed file for no other, whatever the paths (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9._-]{1,8}$/).filter(s => s !== '.' && s !== '..')
    const file = fc.array(segment, { minLength: 1, maxLength: 4 }).map(parts => parts.join('/'))
    fc.assert(
      fc.property(file, file, (changed, other) => {
        const isChanged = changedFileTest([changed])
        expect(isChanged(changed)).toBe(true)
        expect(isChanged(other)).toBe(other === changed)
        // The same name in another folder is another file.
        expect(isChanged(`${other}/${changed}`)).toBe(false)
      })
    )
  })
})

describe('the comment', () => {
  it('keeps its marker an HTML comment whatever charts-file holds', () => {
    expect(commentMarker('a/**/*.yaml')).toBe('<!-- palette-chart-gate: a/**/*.yaml -->')
    const marker = commentMarker('x --> <b>y</b>\n--')
    expect(marker.slice(4, -3)).not.toMatch(/--|[<>\n]/)
  })

  it('lists at most 30 failures, cuts long reasons, and counts the rest', () => {
    const results = [
      ...Array.from({ length: 35 }, (_, index) => layer('invalid', index, 'x'.repeat(1000))),
      layer('valid', 40)
    ]
    const body = failureComment(outcomeOf(results), { ...context, changedFiles: 2 }) ?? ''
    expect(
      body.startsWith(
        `${context.marker}\n${context.stamp}\n### ❌ palette-chart-gate: 35 of 36 layers are`
      )
    ).toBe(true)
    expect(body).toContain('36 layers in the 2 profile files this pull request changes')
    expect(body.match(/❌ invalid/g)).toHaveLength(30)
    expect(body).toContain(`${'x'.repeat(400)}…`)
    expect(body).not.toContain('x'.repeat(401))
    expect(body).toContain('5 more failures are in the job summary.')
    expect(body).toContain(
      '[Job summary and annotations](https://github.com/o/r/actions/runs/1) · commit 0123456789ab'
    )
    expect(body).not.toContain('chart-40')
  })

  it('is not written when everything passes; an earlier one becomes the passed form', () => {
    const outcome = outcomeOf([layer('valid', 0), layer('skipped', 1)])
    expect(failureComment(outcome, context)).toBeUndefined()
    expect(passedComment(outcome, context)).toBe(
      `${context.marker}\n${context.stamp}\n### ✅ palette-chart-gate: every layer is valid\n\n2 layers: 1 valid, 0 invalid, 0 errors, 1 skipped. The failures reported here before are fixed.\n\n[Job summary and annotations](https://github.com/o/r/actions/runs/1) · commit 0123456789ab\n`
    )
  })
})

describe('secrets in the comment', () => {
  it('are replaced before a long cell is cut, so no part of one survives the cut', () => {
    const secrets = new SecretRedactor()
    secrets.add('SuperSecretRegistryPassword')
    const reason = `${'x'.repeat(385)}SuperSecretRegistryPassword and more`
    const body =
      failureComment(secrets.outcome(outcomeOf([layer('invalid', 0, reason)])), context) ?? ''
    expect(body).not.toContain('SuperSecret')
    expect(body).toContain(`${'x'.repeat(385)}***`)
  })

  it('covers each line of a multi-line secret, and a longer secret before one inside it', () => {
    const secrets = new SecretRedactor()
    secrets.add('{\n  "private_key": "-----BEGIN KEY-----abc"\n}')
    secrets.add('abcdef')
    secrets.add('abcdefghij')
    expect(secrets.text('key "private_key": "-----BEGIN KEY-----abc" here')).toBe('key *** here')
    expect(secrets.text('abcdefghij')).toBe('***')
    expect(secrets.text('x abcdef y abcdef')).toBe('x *** y ***')
    const error = secrets.error({ title: 'Configuration error', message: 'x abcdef', hint: 'h' })
    expect(errorComment(error, context)).toContain('- `x ***`')
  })
})

describe('codeCell', () => {
  it('fences text so that nothing in it renders, and keeps a table cell whole', () => {
    expect(codeCell('@team [x](https://e.example) <b>')).toBe('`@team [x](https://e.example) <b>`')
    expect(codeCell('a ` b')).toBe('``a ` b``')
    expect(codeCell('`edge`')).toBe('`` `edge` ``')
    expect(codeCell('a|b\nc')).toBe('`a\\|b c`')
    expect(codeCell('')).toBe('')
    // A lone CR is a line ending to CommonMark: it would end the span and the table row.
    expect(codeCell('a\rb @x <img>')).toBe('`a b @x <img>`')
    expect(codeCell('a\r\n\rb')).toBe('`a b`')
    expect(codeCell('a|b', Number.POSITIVE_INFINITY, false)).toBe('`a|b`')
    expect(codeCell('abcdef', 3)).toBe('`abc…`')
  })
})

describe('overlapping secrets', () => {
  it('leave no part of either, whatever the order they were read in', () => {
    const secrets = new SecretRedactor()
    secrets.add('abcdefgh')
    secrets.add('cdefghij')
    expect(secrets.text('<abcdefghij>')).toBe('<***>')
    expect(secrets.text('abcdefgh cdefghij')).toBe('*** ***')
  })

  it('never leaves a secret in the text (property)', () => {
    const secretText = fc.stringMatching(/^[a-d]{6,10}$/)
    fc.assert(
      fc.property(
        fc.array(secretText, { minLength: 1, maxLength: 3 }),
        fc.string(),
        (list, text) => {
          const secrets = new SecretRedactor()
          for (const secret of list) secrets.add(secret)
          const mixed = `${text}${list.join('')}${text}${list[0] ?? ''}`
          const redacted = secrets.text(mixed)
          for (const secret of list) expect(redacted).not.toContain(secret)
        }
      )
    )
  })
})

describe('pullRequestSettings', () => {
  it('defaults to changed files without a comment, with timeout-seconds as the time limit', () => {
    expect(pullRequestSettings({ 'github-token': ' t ', 'timeout-seconds': '5' })).toEqual({
      changedOnly: true,
      comment: false,
      token: 't',
      timeoutMs: 5000
    })
    expect(pullRequestSettings({ 'timeout-seconds': '0' }).timeoutMs).toBe(30_000)
  })

  it('refuses a changed-only or comment value that is not a boolean, naming each', () => {
    expect(() => pullRequestSettings({ 'changed-only': 'yes', comment: 'sometimes' })).toThrow(
      /^changed-only: "yes" is not a boolean: use true or false\ncomment: "sometimes" is not a boolean/
    )
  })
})
