import type { NodePolicies } from '@tongban/schemas'
import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'
import { TestDirectory } from '../fixtures/directory'

const single = (people: string[], policies: NodePolicies, extra = {}) =>
  bundle([n.start(), n.approval('a', people, { policies, ...extra }), n.handle('h', ['arc1']), n.end()], chain('start', 'a', 'h', 'end'))

describe('empty assignee policy (审批人为空)', () => {
  it('auto-approve: Then the node is skipped and recorded', () => {
    const h = new CaseHarness(single(['gone'], { emptyAssignee: { action: 'auto-approve' } })).start()
    expect(h.holders()).toEqual(['arc1'])
    expect(h.eventsOf('node.skipped')[0]?.data?.reason).toBe('no-assignee')
    expectConsistent(h)
  })
  it('auto-reject: Then the case is rejected', () => {
    const h = new CaseHarness(single(['gone'], { emptyAssignee: { action: 'auto-reject' } })).start()
    expect(h.status).toBe('rejected')
    expectConsistent(h)
  })
  it('assign-to: Then the named fallback people get the task', () => {
    const h = new CaseHarness(single(['gone'], { emptyAssignee: { action: 'assign-to', personIds: ['hrHead'] } })).start()
    expect(h.holders()).toEqual(['hrHead'])
    expectConsistent(h)
  })
  it('default (assign-admin): Then the administrators get the task', () => {
    const h = new CaseHarness(single(['gone'], {})).start()
    expect(h.holders()).toEqual(['admin'])
    expectConsistent(h)
  })
})

describe('approver is the applicant (审批人与发起人相同)', () => {
  it('self-approve (default): Then the applicant gets the task', () => {
    expect(new CaseHarness(single(['alice'], {})).start().holders()).toEqual(['alice'])
  })
  it('skip: Then the node passes automatically with an auto-approved task on record', () => {
    const h = new CaseHarness(single(['alice'], { applicantIsApprover: 'skip' })).start()
    expect(h.holders()).toEqual(['arc1'])
    expect(h.eventsOf('task.completed')[0]?.data?.outcome).toBe('auto-approved')
    expectConsistent(h)
  })
  it('assign-head: Then the head of the applicant’s department gets it instead', () => {
    expect(new CaseHarness(single(['alice'], { applicantIsApprover: 'assign-head' })).start().holders()).toEqual(['budgetHead'])
  })
  it('assign-head when the applicant is the head: Then the next head up gets it', () => {
    const h = new CaseHarness(single(['budgetHead'], { applicantIsApprover: 'assign-head' })).start({
      applicant: { id: 'budgetHead', orgId: 'budget' },
    })
    expect(h.holders()).toEqual(['finHead'])
  })
})

describe('duplicate approver (自动去重)', () => {
  const twice = (policy: 'once' | 'consecutive' | 'none') =>
    bundle(
      [
        n.start(),
        n.approval('a1', ['bob']),
        n.approval('a2', ['carol']),
        n.approval('a3', ['bob'], { policies: { duplicateApprover: policy } }),
        n.approval('a4', ['carol'], { policies: { duplicateApprover: policy } }),
        n.end(),
      ],
      chain('start', 'a1', 'a2', 'a3', 'a4', 'end'),
    )
  it('once: Given bob and carol approved earlier, Then their later nodes pass automatically', () => {
    const h = new CaseHarness(twice('once')).start().approve('bob').approve('carol')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
  it('consecutive: Then only an immediate repeat passes', () => {
    const h = new CaseHarness(twice('consecutive')).start().approve('bob').approve('carol')
    expect(h.holders()).toEqual(['bob']) // a3: bob did not approve the node right before
    h.approve('bob')
    expect(h.holders()).toEqual(['carol']) // a4: carol approved a2, not a3
  })
  it('none: Then everyone approves every time', () => {
    const h = new CaseHarness(twice('none')).start().approve('bob').approve('carol')
    expect(h.holders()).toEqual(['bob'])
  })
})

describe('rejection policy (驳回策略)', () => {
  const flow = (rejection: NodePolicies['rejection']) =>
    bundle(
      [n.start(), n.approval('a1', ['bob']), n.approval('a2', ['carol'], { policies: { rejection } }), n.end()],
      chain('start', 'a1', 'a2', 'end'),
    )
  it('end (default): Then the case ends rejected', () => {
    const h = new CaseHarness(flow(undefined)).start().approve('bob').reject('carol')
    expect(h.status).toBe('rejected')
    expect(h.notifications('case-finished')[0]?.to).toEqual(['alice'])
    expectConsistent(h)
  })
  it('return-to-node: Then the flow goes back to that node with fresh tasks', () => {
    const h = new CaseHarness(flow({ action: 'return-to-node', nodeId: 'a1' })).start().approve('bob').reject('carol')
    expect(h.status).toBe('in-progress')
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob')
    expect(h.holders()).toEqual(['carol'])
    expectConsistent(h)
  })
  it('return-to-applicant: Then the case waits for correction (补正)', () => {
    const h = new CaseHarness(flow({ action: 'return-to-applicant' })).start().approve('bob').reject('carol')
    expect(h.status).toBe('returned')
    expect(h.holders()).toEqual(['alice'])
    expectConsistent(h)
  })
})

describe('timeout policy (超时处理)', () => {
  const limit = { value: 1, unit: 'workday' as const }
  it('auto-approve: When the node’s limit passes, Then open tasks are approved by the system', () => {
    const h = new CaseHarness(single(['bob'], { timeout: { action: 'auto-approve' } }, { timeLimit: limit })).start()
    expect(h.taskOf('bob').dueAt).toBe('2026-03-03T16:00:00.000Z')
    h.fire('task-due')
    expect(h.holders()).toEqual(['arc1'])
    expect(h.eventsOf('card.red')[0]?.data?.scope).toBe('task')
    expectConsistent(h)
  })
  it('auto-reject: Then the node is rejected', () => {
    const h = new CaseHarness(single(['bob'], { timeout: { action: 'auto-reject' } }, { timeLimit: limit })).start()
    h.fire('task-due')
    expect(h.status).toBe('rejected')
    expectConsistent(h)
  })
  it('remind up to 3 times every 2 hours: Then exactly 3 reminders, the task stays open', () => {
    const h = new CaseHarness(
      single(['bob'], { timeout: { action: 'remind', maxReminders: 3, remindEvery: { value: 2, unit: 'hour' } } }, { timeLimit: limit }),
    ).start()
    h.fire('task-due').fire('task-remind').fire('task-remind')
    expect(h.timers('task-remind')).toEqual([])
    expect(h.notifications('reminder')).toHaveLength(3)
    expect(h.holders()).toEqual(['bob'])
    expect(h.taskOf('bob').card).toBe('red')
    expectConsistent(h)
  })
  it('yellow card for the node at 80% of its limit', () => {
    const h = new CaseHarness(single(['bob'], {}, { timeLimit: { value: 5, unit: 'workday' } })).start()
    h.fire('task-yellow')
    expect(h.taskOf('bob').card).toBe('yellow')
    expect(h.notifications('card-yellow')[0]?.to).toEqual(['bob'])
  })
  it('When bob approves in time, Then the node timers are cancelled', () => {
    const h = new CaseHarness(single(['bob'], { timeout: { action: 'auto-approve' } }, { timeLimit: limit })).start()
    h.approve('bob')
    expect(h.timers('task-due')).toEqual([])
    expect(h.effects.some((e) => e.kind === 'timer.cancel')).toBe(true)
  })
})

describe('policy edge cases', () => {
  it('return-to-node with a target not on the path: the case ends rejected and the event says why', () => {
    const b = bundle(
      [n.start(), n.approval('a1', ['bob'], { policies: { rejection: { action: 'return-to-node', nodeId: 'a2' } } }), n.approval('a2', ['carol']), n.end()],
      chain('start', 'a1', 'a2', 'end'),
    )
    const h = new CaseHarness(b).start().reject('bob')
    expect(h.status).toBe('rejected')
    expect(String(h.eventsOf('case.rejected')[0]?.data?.note)).toMatch(/not-visited/)
    expectConsistent(h)
  })
  it('empty assignee with no administrator anywhere: the node is skipped, not stuck', () => {
    const directory = new TestDirectory(undefined, undefined, [])
    const h = new CaseHarness(single(['gone'], {}), { directory }).start()
    expect(h.holders()).toEqual(['arc1'])
    expect(h.eventsOf('node.skipped')).toHaveLength(1)
  })
})
