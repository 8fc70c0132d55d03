// The decision whether credentials may be sent: what a response says of them, and one request at a
// time until a service has accepted them, none after it refused them.
import { describe, expect, it } from '@jest/globals'
import { AuthenticationError } from '../../src/errors.js'
import {
  basicVerdict,
  CredentialTrial,
  CredentialTrials,
  tokenVerdict
} from '../../src/registry/credential-trial.js'

const refusal = () => new AuthenticationError('refused', 'check them')

/** A request whose answer the test gives later, counting how many were sent. */
function scriptedRequests() {
  const answers: Array<(status: number) => void> = []
  let sent = 0
  const request = () =>
    new Promise<number>(resolve => {
      sent++
      answers.push(resolve)
    })
  return { request, answers, sent: () => sent }
}

const settle = () => new Promise(resolve => setImmediate(resolve))

describe('what a response says of the credentials', () => {
  it.each([
    [200, 'accepted', 'accepted'],
    [401, 'refused', 'refused'],
    [403, 'accepted', 'accepted'],
    [404, 'accepted', 'undecided'],
    [400, 'undecided', 'undecided'],
    [429, 'undecided', 'undecided'],
    [503, 'undecided', 'undecided']
  ] as const)('%i: %s by a registry (Basic), %s by a token service', (status, basic, token) => {
    expect(basicVerdict(status)).toBe(basic)
    expect(tokenVerdict(status)).toBe(token)
  })
})

describe('CredentialTrial', () => {
  it('sends refused credentials once, however many requests wanted them at the same time', async () => {
    const trial = new CredentialTrial()
    const { request, answers, sent } = scriptedRequests()
    const sends = Array.from({ length: 5 }, () => trial.send(request, basicVerdict, refusal))
    await settle()
    expect(sent()).toBe(1)
    answers[0]?.(401)
    const outcomes = await Promise.allSettled(sends)
    expect(outcomes.map(outcome => outcome.status)).toEqual(Array(5).fill('rejected'))
    const errors = outcomes.map(outcome => outcome.status === 'rejected' && outcome.reason)
    expect(new Set(errors).size).toBe(1)
    expect(errors[0]).toBeInstanceOf(AuthenticationError)
    await expect(trial.send(request, basicVerdict, refusal)).rejects.toBe(trial.refused)
    expect(sent()).toBe(1)
  })

  it('lets requests go at once after the credentials were accepted', async () => {
    const trial = new CredentialTrial()
    const { request, answers, sent } = scriptedRequests()
    const first = trial.send(request, basicVerdict, refusal)
    const second = trial.send(request, basicVerdict, refusal)
    await settle()
    expect(sent()).toBe(1)
    answers[0]?.(200)
    expect(await first).toBe(200)
    await settle()
    expect(sent()).toBe(2)
    const third = trial.send(request, basicVerdict, refusal)
    await settle()
    expect(sent()).toBe(3)
    // Accepted once: a later 401 is the repository's, not a refusal of the credentials.
    answers[1]?.(401)
    answers[2]?.(200)
    expect([await second, await third]).toEqual([401, 200])
    expect(trial.refused).toBeUndefined()
  })

  it('tries again, one request at a time, after an answer that decides nothing or a failed request', async () => {
    const trial = new CredentialTrial()
    let sent = 0
    const answers = [503, 'fail', 401] as const
    const request = async () => {
      const answer = answers[sent++]
      if (answer === 'fail') throw new Error('connection reset')
      return answer ?? 200
    }
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () => trial.send(request, tokenVerdict, refusal))
    )
    expect(outcomes.map(outcome => (outcome.status === 'fulfilled' ? outcome.value : 'x'))).toEqual(
      [503, 'x', 'x', 'x']
    )
    expect(sent).toBe(3)
    expect(trial.refused).toBeInstanceOf(AuthenticationError)
  })
})

describe('CredentialTrials', () => {
  it('keeps one trial per service and set of credentials', () => {
    const trials = new CredentialTrials()
    const trial = trials.of('registry http://a', 'Basic eDp5')
    expect(trials.of('registry http://a', 'Basic eDp5')).toBe(trial)
    expect(trials.of('registry http://b', 'Basic eDp5')).not.toBe(trial)
    expect(trials.of('registry http://a', 'Basic eDp6')).not.toBe(trial)
  })
})
