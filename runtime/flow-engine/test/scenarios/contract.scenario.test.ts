import { CaseEvent, TaskRecord, validateAgainst } from '@tongban/schemas'
import fc from 'fast-check'
import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { dataArbitrary, flowArbitrary } from '../property/flow-arbitrary'

/** Everything the engine hands the host must satisfy the schemas contract the server stores. */
function expectContract(h: CaseHarness): void {
  for (const ev of h.events) {
    const v = validateAgainst(CaseEvent, ev)
    if (!v.ok) throw new Error(`event ${ev.seq} ${ev.type}: ${JSON.stringify(v.issues)}`)
  }
  for (const eff of h.effects)
    if (eff.kind === 'task.upsert') {
      const v = validateAgainst(TaskRecord, eff.task)
      if (!v.ok) throw new Error(`task ${eff.task.id}: ${JSON.stringify(v.issues)}`)
    }
}

describe('contract: events and task records match the schemas', () => {
  it('in a scenario with returns, 加签, delegation, cc, timers and 补正', () => {
    const flow = bundle(
      [n.start(), n.approval('a1', ['bob'], { timeLimit: { value: 1, unit: 'workday' }, policies: { timeout: { action: 'remind' } } }), n.parallel('p'), n.approval('x', ['carol', 'dave'], { multi: { mode: 'all' } }), n.cc('c', ['erin']), n.join('j'), n.end()],
      [...chain('start', 'a1', 'p'), e('p', 'x'), e('p', 'c'), e('x', 'j'), e('c', 'j'), e('j', 'end')],
    )
    const h = new CaseHarness(flow).start({ data: { title: '标题' } })
    h.fire('task-due')
    h.do({ type: 'add-signer', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin'], position: 'before' })
    h.approve('erin').approve('bob', { comment: '同意' })
    h.do({ type: 'delegate', actorId: 'carol', taskId: h.taskOf('carol').id, to: 'frank' })
    h.do({ type: 'resolve', actorId: 'frank', taskId: h.taskOf('frank').id })
    h.do({ type: 'return', actorId: 'dave', taskId: h.taskOf('dave').id, target: 'applicant', comment: '请补充材料' })
    h.do({ type: 'resubmit', actorId: 'alice', data: { title: '补正' } })
    h.approve('carol').approve('dave')
    expect(h.status).toBe('completed')
    expectContract(h)
  })
  it('a comment longer than a task record can hold is refused', () => {
    const h = new CaseHarness(bundle([n.start(), n.approval('a', ['bob']), n.end()], chain('start', 'a', 'end'))).start()
    const r = h.try({ type: 'approve', actorId: 'bob', taskId: h.taskOf('bob').id, comment: '字'.repeat(2001) })
    expect(r).toMatchObject({ ok: false, error: { code: 'comment.too-long', status: 422 } })
  })
  it('in random flows approved to the end', () => {
    fc.assert(
      fc.property(flowArbitrary, dataArbitrary, (flow, data) => {
        const h = new CaseHarness(flow).start({ data })
        for (let i = 0; i < 200 && h.status === 'in-progress'; i++) {
          const t = h.openTasks()[0]
          if (t) h.approve(t.assigneeId)
          else h.fire('timer-node')
        }
        expectContract(h)
      }),
      { numRuns: 40 },
    )
  })
})
