import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'
import type { MultiApprover } from '@tongban/schemas'

const three = (multi: MultiApprover) =>
  bundle(
    [n.start(), n.approval('a', ['carol', 'dave', 'erin'], { multi }), n.handle('h', ['arc1']), n.end('end', 'approved')],
    chain('start', 'a', 'h', 'end'),
  )

describe('multi-approver modes', () => {
  it('sequential (依次审批): Given three approvers, Then they get the task one after another', () => {
    const h = new CaseHarness(three({ mode: 'sequential' })).start()
    expect(h.holders()).toEqual(['carol'])
    h.approve('carol')
    expect(h.holders()).toEqual(['dave'])
    h.approve('dave').approve('erin')
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })

  it('sequential: When the second rejects, Then the node is rejected and the third never gets a task', () => {
    const h = new CaseHarness(three({ mode: 'sequential' })).start()
    h.approve('carol').reject('dave', { comment: '材料不全' })
    expect(h.status).toBe('rejected')
    expect(h.eventsOf('task.created').map((e) => e.data?.assigneeId)).not.toContain('erin')
    expectConsistent(h)
  })

  it('all (会签): Then everyone gets a task at once and the node waits for all approvals', () => {
    const h = new CaseHarness(three({ mode: 'all' })).start()
    expect(h.holders()).toEqual(['carol', 'dave', 'erin'])
    h.approve('dave').approve('erin')
    expect(h.holders()).toEqual(['carol'])
    h.approve('carol')
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })

  it('all: When one rejects, Then the node is rejected at once and the other tasks are cancelled', () => {
    const h = new CaseHarness(three({ mode: 'all' })).start()
    h.approve('carol').reject('dave')
    expect(h.status).toBe('rejected')
    const erinTask = h.effects.filter((e) => e.kind === 'task.upsert' && e.task.assigneeId === 'erin').at(-1)
    expect(erinTask?.kind === 'task.upsert' && erinTask.task.status).toBe('cancelled')
    expectConsistent(h)
  })

  it('all with anyRejectionEnds=false: Then a rejection waits until everyone decided', () => {
    const h = new CaseHarness(three({ mode: 'all', anyRejectionEnds: false })).start()
    h.reject('carol')
    expect(h.status).toBe('in-progress')
    expect(h.holders()).toEqual(['dave', 'erin'])
    h.approve('dave').approve('erin')
    expect(h.status).toBe('rejected')
    expectConsistent(h)
  })

  it('any (或签): When the first approves, Then the node passes and the others are cancelled', () => {
    const h = new CaseHarness(three({ mode: 'any' })).start()
    h.approve('erin')
    expect(h.holders()).toEqual(['arc1'])
    expect(h.state.path.find((e) => e.nodeId === 'a')?.actors).toEqual(['erin'])
    expectConsistent(h)
  })

  it('any: When the first decision is a rejection, Then the node is rejected', () => {
    const h = new CaseHarness(three({ mode: 'any' })).start()
    h.reject('dave')
    expect(h.status).toBe('rejected')
  })

  it('ratio 0.6 of 3: two approvals pass the node', () => {
    const h = new CaseHarness(three({ mode: 'ratio', ratio: 0.6 })).start()
    h.approve('carol')
    expect(h.status).toBe('in-progress')
    h.approve('dave')
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })

  it('ratio 0.6 of 3: one rejection is tolerated, two make approval impossible', () => {
    const h = new CaseHarness(three({ mode: 'ratio', ratio: 0.6 })).start()
    h.reject('carol')
    expect(h.holders()).toEqual(['dave', 'erin'])
    h.reject('dave')
    expect(h.status).toBe('rejected')
    expectConsistent(h)
  })

  it('a chain of heads (连续多级) defaults to sequential', () => {
    const b = bundle(
      [n.start(), { type: 'approval', id: 'heads', name: '逐级审批', assignees: [{ kind: 'applicant-head', levels: 3, mode: 'chain' }] }, n.end()],
      chain('start', 'heads', 'end'),
    )
    const h = new CaseHarness(b).start()
    expect(h.holders()).toEqual(['budgetHead'])
    h.approve('budgetHead')
    expect(h.holders()).toEqual(['finHead'])
    h.approve('finHead')
    expect(h.holders()).toEqual(['mayor'])
    h.approve('mayor')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
})
