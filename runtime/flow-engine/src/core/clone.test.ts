import type { CaseState } from '../types'
import { cloneState } from './clone'

// `Required<CaseState>`: adding a field to the state breaks this fixture until it is added here —
// and cloneState (which lists the fields explicitly) must then copy it too.
const full: Required<CaseState> = {
  format: 1,
  caseId: 'c1',
  matter: { id: 'm', code: 'LS-T-1', version: 1 },
  status: 'returned',
  version: 3,
  seq: 9,
  counters: { task: 1, token: 1, fork: 1, activity: 1, timer: 1, child: 0, callback: 0 },
  applicant: { id: 'alice', orgId: 'o' },
  data: { a: 1 },
  chosenAssignees: { n: ['bob'] },
  createdAt: '2026-03-02T01:00:00.000Z',
  submittedAt: '2026-03-02T01:00:00.000Z',
  finishedAt: '2026-03-03T01:00:00.000Z',
  tokens: [{ id: 'k1', nodeId: 'a', stack: [{ fork: 'f1', branch: 0 }], since: 0, lastApprovers: [], wait: { kind: 'timer', timerId: 'm1' } }],
  forks: { f1: { id: 'f1', splitNodeId: 'p', expected: 2, arrived: [{ branch: 1, since: 0 }], parentStack: [], since: 0 } },
  activities: {
    a1: { id: 'a1', nodeId: 'a', tokenId: 'k1', mode: 'all', anyRejectionEnds: true, slots: [{ chain: [{ personId: 'bob', status: 'open', taskId: 't1' }] }], enteredAt: '2026-03-02T01:00:00.000Z', reminders: 0 },
  },
  tasks: { t1: { id: 't1', caseId: 'c1', nodeId: 'a', nodeName: 'A', kind: 'approval', assigneeId: 'bob', status: 'open', createdAt: '2026-03-02T01:00:00.000Z', card: 'none' } },
  timers: { m1: { id: 'm1', purpose: 'timer-node', dueAt: '2026-03-02T02:00:00.000Z', tokenId: 'k1' } },
  path: [{ i: 0, nodeId: 'start', type: 'start', scope: '', at: '2026-03-02T01:00:00.000Z', outcome: 'submitted', since: 0 }],
  clock: { pauses: [{ from: 'a', to: 'b' }], card: 'yellow', legalOverdue: false, pausedSince: 'c' },
  correction: { returnedBy: 'bob', nodeId: 'a', taskId: 't0', correctionTaskId: 't2', parked: [], deferred: [] },
  results: { s: {} },
  lastUrgedAt: '2026-03-02T01:00:00.000Z',
  acted: true,
}

describe('cloneState', () => {
  it('copies every field of the state', () => {
    const copy = cloneState(full)
    expect(copy).toEqual(full)
    expect(Object.keys(copy).sort()).toEqual(Object.keys(full).sort())
  })
  it('copies what the engine mutates, so changing the copy leaves the original alone', () => {
    const copy = cloneState(full)
    copy.counters.task = 99
    copy.tokens[0]!.nodeId = 'z'
    copy.activities.a1!.slots[0]!.chain[0]!.status = 'approved'
    copy.forks.f1!.arrived.push({ branch: 0, since: 0 })
    copy.clock.pauses.push({ from: 'x', to: 'y' })
    copy.correction!.deferred.push({ type: 'service-callback', input: {} })
    expect(full.counters.task).toBe(1)
    expect(full.tokens[0]!.nodeId).toBe('a')
    expect(full.activities.a1!.slots[0]!.chain[0]!.status).toBe('open')
    expect(full.forks.f1!.arrived).toHaveLength(1)
    expect(full.clock.pauses).toHaveLength(1)
    expect(full.correction.deferred).toHaveLength(0)
  })
})
