import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { RegistryPace, RegistryPaces } from '../../src/registry/pace.js'

afterEach(() => {
  jest.useRealTimers()
})

/** Asks for `count` slots; returns the order they were granted in and their release functions. */
function ask(pace: RegistryPace, count: number) {
  const granted: number[] = []
  const releases = new Map<number, () => void>()
  for (let index = 0; index < count; index++)
    void pace.acquire().then(release => {
      granted.push(index)
      releases.set(index, release)
    })
  return { granted, releases }
}

const settle = () => new Promise<void>(resolve => setImmediate(resolve))

describe('RegistryPace', () => {
  it('lets `concurrency` requests through at once and the rest in the order they asked', async () => {
    const pace = new RegistryPace(2)
    const { granted, releases } = ask(pace, 5)
    await settle()
    expect(granted).toEqual([0, 1])
    releases.get(1)?.()
    releases.get(1)?.() // freeing twice frees one slot
    await settle()
    expect(granted).toEqual([0, 1, 2])
    releases.get(0)?.()
    await settle()
    expect(granted).toEqual([0, 1, 2, 3])
  })

  it('pauses every request after throttling, halves what is in flight, then grows back', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] })
    const pace = new RegistryPace(4)
    pace.throttled(1000)
    expect(pace.currentLimit).toBe(2)
    const { granted, releases } = ask(pace, 4)
    await settle()
    expect(granted).toEqual([])
    jest.advanceTimersByTime(999)
    await settle()
    expect(granted).toEqual([])
    jest.advanceTimersByTime(1)
    await settle()
    expect(granted).toEqual([0, 1])
    // Two good answers (a window at 2 in flight) allow a third request.
    pace.answered()
    pace.answered()
    expect(pace.currentLimit).toBe(3)
    await settle()
    expect(granted).toEqual([0, 1, 2])
    releases.get(0)?.()
    await settle()
    expect(granted).toEqual([0, 1, 2, 3])
  })

  it('halves once for the answers throttled during one pause', () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] })
    const pace = new RegistryPace(16)
    for (let index = 0; index < 16; index++) pace.throttled(1000)
    expect(pace.currentLimit).toBe(8)
    jest.advanceTimersByTime(1000)
    pace.throttled(1000)
    expect(pace.currentLimit).toBe(4)
  })

  it('never goes below one request, nor above the concurrency', () => {
    const pace = new RegistryPace(3)
    for (let index = 0; index < 5; index++) pace.throttled(0)
    expect(pace.currentLimit).toBe(1)
    for (let index = 0; index < 20; index++) pace.answered()
    expect(pace.currentLimit).toBe(3)
  })
})

describe('RegistryPaces', () => {
  it('keeps one pace per origin', () => {
    const paces = new RegistryPaces(8)
    const harbor = paces.of(new URL('https://harbor.example.com/v2/a/manifests/1'))
    expect(paces.of(new URL('https://harbor.example.com/v2/b/blobs/sha256:0'))).toBe(harbor)
    expect(paces.of(new URL('https://harbor.example.com:8443/v2/'))).not.toBe(harbor)
    expect(harbor.concurrency).toBe(8)
  })
})
