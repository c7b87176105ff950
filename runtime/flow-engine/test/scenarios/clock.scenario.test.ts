import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'

const flow = (limits = {}) =>
  bundle([n.start(), n.approval('a', ['bob']), n.approval('b', ['carol']), n.end()], chain('start', 'a', 'b', 'end'), { timeLimits: limits })

describe('case deadlines (承诺时限 / 法定时限) and cards', () => {
  it('Given 5 promised and 10 legal working days, Then deadlines fall at the end of those working days', () => {
    const h = new CaseHarness(flow({ promisedDays: 5, legalDays: 10 })).start() // Mon 2026-03-02 09:00
    expect(h.state.clock.promisedDeadline).toBe('2026-03-09T16:00:00.000Z') // end of Mon 03-09
    expect(h.state.clock.legalDeadline).toBe('2026-03-16T16:00:00.000Z')
    const record = h.last.find((x) => x.kind === 'case.update')
    expect(record).toMatchObject({ fields: { status: 'in-progress', promisedDeadline: '2026-03-09T16:00:00.000Z', currentNodeIds: ['a'] } })
  })
  it('Then the yellow card shows at 80% of the working time, the red card at the promised deadline', () => {
    const h = new CaseHarness(flow({ promisedDays: 5 })).start()
    expect(h.timers('case-yellow')[0]?.dueAt).toBe(h.state.clock.yellowAt)
    h.fire('case-yellow')
    expect(h.state.clock.card).toBe('yellow')
    expect(h.notifications('card-yellow')[0]?.to).toEqual(['alice', 'bob'])
    h.fire('case-red')
    expect(h.state.clock.card).toBe('red')
    expect(h.last.find((x) => x.kind === 'case.update')).toMatchObject({ fields: { card: 'red' } })
    h.fire('case-legal-red')
    expect(h.state.clock.legalOverdue).toBe(true)
    expectConsistent(h)
  })
  it('yellowAt is configurable per matter', () => {
    const h = new CaseHarness(flow({ promisedDays: 10, yellowAt: 0.5 })).start()
    // Mon 09:00 → end of Mon 03-16 is 10.625 working days (the rest of the first day counts);
    // half of it, 5.3125 days, is reached on Mon 03-09 at 16:30 local
    expect(h.state.clock.yellowAt).toBe('2026-03-09T08:30:00.000Z')
  })
  it('A finished case keeps no timers', () => {
    const h = new CaseHarness(flow()).start().approve('bob').approve('carol')
    expect(h.timers()).toEqual([])
    expectConsistent(h)
  })
  it('The 补正 pause does not use up the limit: deadlines and the yellow threshold move by the paused working time', () => {
    const h = new CaseHarness(flow({ promisedDays: 5 })).start()
    const yellow = h.state.clock.yellowAt
    h.do({ type: 'return', actorId: 'bob', taskId: h.taskOf('bob').id, target: 'applicant' })
    h.advance(86_400_000) // one working day
    h.do({ type: 'resubmit', actorId: 'alice' })
    expect(h.state.clock.promisedDeadline).toBe('2026-03-10T16:00:00.000Z')
    expect(h.state.clock.yellowAt! > yellow!).toBe(true)
    expect(h.state.clock.pauses).toHaveLength(1)
    expect(h.timers('case-red')[0]?.dueAt).toBe('2026-03-10T16:00:00.000Z')
    expect(h.eventsOf('clock.resumed')[0]?.data?.pausedWorkingMs).toBe(86_400_000)
    expectConsistent(h)
  })
})
