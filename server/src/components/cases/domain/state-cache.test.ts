import type { CaseState } from '@tongban/flow-engine'
import { CaseStateCache } from './state-cache'

const state = (caseId: string, tasks: string[]) =>
  ({ caseId, tasks: Object.fromEntries(tasks.map((id) => [id, { id }])) }) as unknown as CaseState

describe('CaseStateCache', () => {
  it('finds a held state by case and by its open tasks, with the version it was stored at', () => {
    const cache = new CaseStateCache()
    cache.set('c1', 3, state('c1', ['t1']), null)
    expect(cache.get('c1')?.version).toBe(3)
    expect(cache.forTask('t1')?.caseId).toBe('c1')
    cache.set('c1', 4, state('c1', ['t2']), null)
    expect(cache.forTask('t1')).toBeUndefined()
    expect(cache.forTask('t2')?.version).toBe(4)
  })

  it('keeps at most `max` cases, dropping the least recently stored with its tasks', () => {
    const cache = new CaseStateCache(2)
    cache.set('c1', 1, state('c1', ['a']), null)
    cache.set('c2', 1, state('c2', ['b']), null)
    cache.set('c3', 1, state('c3', ['c']), null)
    expect(cache.get('c1')).toBeUndefined()
    expect(cache.forTask('a')).toBeUndefined()
    expect(cache.forTask('c')?.caseId).toBe('c3')
  })
})
