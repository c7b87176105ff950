import { commonPrefix, parseScope, scopeKey, startsWith } from './scope'

describe('fork scopes', () => {
  const outer = { fork: 'c1-f1', branch: 0 }
  const inner = { fork: 'c1-f2', branch: 1 }
  it('round-trips stacks through keys', () => {
    expect(scopeKey([])).toBe('')
    expect(parseScope(scopeKey([outer, inner]))).toEqual([outer, inner])
  })
  it('compares prefixes frame by frame (fork and branch)', () => {
    expect(startsWith([outer, inner], [outer])).toBe(true)
    expect(startsWith([outer], [{ fork: 'c1-f1', branch: 1 }])).toBe(false)
    expect(commonPrefix([outer, inner], [outer, { fork: 'c1-f2', branch: 0 }])).toBe(1)
  })
})
