import { pollDelay, recomputePhase } from './recompute-progress'

describe('recomputePhase', () => {
  it('reads both the finished counts of older servers and queued runs', () => {
    expect(recomputePhase({ examined: 3, changed: 1 })).toBe('done')
    expect(recomputePhase({ examined: 0, changed: 0, runId: 7, status: 'queued' })).toBe('pending')
    expect(recomputePhase({ examined: 4, changed: 0, runId: 7, status: 'running' })).toBe('pending')
    expect(recomputePhase({ examined: 9, changed: 2, runId: 7, status: 'done', facts: 9 })).toBe('done')
    expect(recomputePhase({ examined: 1, changed: 0, runId: 7, status: 'failed', error: 'boom' })).toBe(
      'failed',
    )
  })

  it('asks again after 1 s, then less often, never slower than 5 s', () => {
    expect([0, 1, 4, 20].map(pollDelay)).toEqual([1000, 1500, 3000, 5000])
  })
})
