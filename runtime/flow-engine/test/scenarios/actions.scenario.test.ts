import { taskActions } from '../../src'
import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'

const seq = (extra = {}) =>
  bundle([n.start(), n.approval('a1', ['bob'], extra), n.approval('a2', ['carol']), n.end()], chain('start', 'a1', 'a2', 'end'))
const cs = bundle(
  [n.start(), n.approval('cs', ['bob', 'carol'], { multi: { mode: 'all' } }), n.approval('a2', ['dave']), n.end()],
  chain('start', 'cs', 'a2', 'end'),
)

describe('转办 (transfer)', () => {
  it('Then the task closes as transferred and the new person decides in the same place', () => {
    const h = new CaseHarness(seq()).start()
    const old = h.taskOf('bob')
    h.do({ type: 'transfer', actorId: 'bob', taskId: old.id, to: 'erin', comment: '请代为处理' })
    expect(h.holders()).toEqual(['erin'])
    const closed = h.effects.filter((x) => x.kind === 'task.upsert' && x.task.id === old.id).at(-1)
    expect(closed?.kind === 'task.upsert' && closed.task.outcome).toBe('transferred')
    h.approve('erin')
    expect(h.holders()).toEqual(['carol'])
    expectConsistent(h)
  })
  it('Given an inactive person, Then 422', () => {
    const h = new CaseHarness(seq()).start()
    const r = h.try({ type: 'transfer', actorId: 'bob', taskId: h.taskOf('bob').id, to: 'gone' })
    expect(!r.ok && r.error).toMatchObject({ code: 'person.unknown', status: 422 })
  })
})

describe('委派 (delegate) and 归还 (resolve)', () => {
  it('Then the delegate holds the task, may not decide, hands it back, and the owner decides', () => {
    const h = new CaseHarness(seq()).start()
    const t = h.taskOf('bob')
    h.do({ type: 'delegate', actorId: 'bob', taskId: t.id, to: 'erin' })
    expect(h.state.tasks[t.id]).toMatchObject({ assigneeId: 'erin', ownerId: 'bob' })
    const r = h.try({ type: 'approve', actorId: 'erin', taskId: t.id })
    expect(!r.ok && r.error.code).toBe('task.delegated')
    expect(h.try({ type: 'approve', actorId: 'bob', taskId: t.id }).ok).toBe(false)
    h.do({ type: 'resolve', actorId: 'erin', taskId: t.id, comment: '已核实' })
    expect(h.state.tasks[t.id]).toMatchObject({ assigneeId: 'bob' })
    expect(h.state.tasks[t.id]?.ownerId).toBeUndefined()
    h.approve('bob')
    expect(h.holders()).toEqual(['carol'])
    expectConsistent(h)
  })
})

describe('加签 / 减签 (add and remove signers)', () => {
  it('before: Then the added people decide first, in order, and the actor’s task waits', () => {
    const h = new CaseHarness(seq()).start()
    const t = h.taskOf('bob')
    h.do({ type: 'add-signer', actorId: 'bob', taskId: t.id, personIds: ['erin', 'frank'], position: 'before' })
    expect(h.state.tasks[t.id]?.status).toBe('waiting')
    expect(h.holders()).toEqual(['erin'])
    h.approve('erin')
    expect(h.holders()).toEqual(['frank'])
    h.approve('frank')
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob')
    expect(h.holders()).toEqual(['carol'])
    expectConsistent(h)
  })
  it('after: Then the actor’s approval is recorded and the added person decides next', () => {
    const h = new CaseHarness(seq()).start()
    h.do({ type: 'add-signer', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin'], position: 'after' })
    expect(h.holders()).toEqual(['erin'])
    h.approve('erin')
    expect(h.holders()).toEqual(['carol'])
    expectConsistent(h)
  })
  it('after, then the added person rejects: Then the slot (and the node) is rejected', () => {
    const h = new CaseHarness(seq()).start()
    h.do({ type: 'add-signer', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin'], position: 'after' })
    h.reject('erin')
    expect(h.status).toBe('rejected')
  })
  it('in a countersign: Then the node waits for the added person too', () => {
    const h = new CaseHarness(cs).start()
    h.do({ type: 'add-signer', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin'], position: 'after' })
    h.approve('carol')
    expect(h.holders()).toEqual(['erin'])
    h.approve('erin')
    expect(h.holders()).toEqual(['dave'])
    expectConsistent(h)
  })
  it('remove: Then a person added before the actor is removed and the actor’s task reopens', () => {
    const h = new CaseHarness(seq()).start()
    const t = h.taskOf('bob')
    h.do({ type: 'add-signer', actorId: 'bob', taskId: t.id, personIds: ['erin'], position: 'before' })
    h.do({ type: 'remove-signer', actorId: 'bob', taskId: t.id, personId: 'erin' })
    expect(h.holders()).toEqual(['bob'])
    expect(h.state.tasks[t.id]?.status).toBe('open')
    expectConsistent(h)
  })
  it('remove: Given someone else added the person, Then 403; the node’s own assignees cannot be removed', () => {
    const h = new CaseHarness(cs).start()
    h.do({ type: 'add-signer', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin'], position: 'before' })
    const r1 = h.try({ type: 'remove-signer', actorId: 'carol', taskId: h.taskOf('carol').id, personId: 'erin' })
    expect(!r1.ok && r1.error.status).toBe(403)
    const r2 = h.try({ type: 'remove-signer', actorId: 'carol', taskId: h.taskOf('carol').id, personId: 'bob' })
    expect(!r2.ok && r2.error.code).toBe('signer.not-found')
  })
})

describe('撤回 (withdraw)', () => {
  it('applicant, before anyone acted: Then the case ends withdrawn and every task is cancelled', () => {
    const h = new CaseHarness(seq()).start()
    h.do({ type: 'withdraw', actorId: 'alice' })
    expect(h.status).toBe('withdrawn')
    expectConsistent(h)
  })
  it('applicant, after an approver acted: Then 409 and nothing changes', () => {
    const h = new CaseHarness(seq()).start().approve('bob')
    const before = h.state
    const r = h.try({ type: 'withdraw', actorId: 'alice' })
    expect(!r.ok && r.error).toMatchObject({ code: 'withdraw.too-late', status: 409 })
    expect(h.state).toBe(before)
  })
  it('applicant, when the flow forbids it: Then 403', () => {
    const b = bundle([n.start(), n.approval('a1', ['bob']), n.end()], chain('start', 'a1', 'end'), { settings: { allowWithdraw: false } })
    const r = new CaseHarness(b).start().try({ type: 'withdraw', actorId: 'alice' })
    expect(!r.ok && r.error.code).toBe('withdraw.disabled')
  })
  it('approver, while the next step is untouched: Then the next task is cancelled and theirs reopens', () => {
    const h = new CaseHarness(seq()).start()
    const bobTask = h.taskOf('bob').id
    h.approve('bob')
    h.do({ type: 'withdraw', actorId: 'bob', taskId: bobTask })
    expect(h.holders()).toEqual(['bob'])
    expect(h.state.path.filter((p) => !p.undone).map((p) => p.nodeId)).toEqual(['start'])
    h.approve('bob').approve('carol')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
  it('approver, after the next person acted: Then 409', () => {
    const h = new CaseHarness(seq()).start()
    const bobTask = h.taskOf('bob').id
    h.approve('bob')
    h.do({ type: 'delegate', actorId: 'carol', taskId: h.taskOf('carol').id, to: 'dave' })
    const r = h.try({ type: 'withdraw', actorId: 'bob', taskId: bobTask })
    expect(!r.ok && r.error.code).toBe('withdraw.too-late')
  })
  it('approver in a countersign still running: Then their approval is taken back', () => {
    const h = new CaseHarness(cs).start()
    const bobTask = h.taskOf('bob').id
    h.approve('bob')
    h.do({ type: 'withdraw', actorId: 'bob', taskId: bobTask })
    expect(h.holders()).toEqual(['bob', 'carol'])
    h.approve('carol')
    expect(h.holders()).toEqual(['bob'])
    expectConsistent(h)
  })
  it('someone else’s task: Then 403', () => {
    const h = new CaseHarness(seq()).start()
    const bobTask = h.taskOf('bob').id
    h.approve('bob')
    const r = h.try({ type: 'withdraw', actorId: 'carol', taskId: bobTask })
    expect(!r.ok && r.error.status).toBe(403)
  })
})

describe('取消, 催办, 评论, 抄送 (cancel, urge, comment, cc)', () => {
  it('cancel by the applicant (allowed) or an administrator; not by an approver', () => {
    const h = new CaseHarness(seq()).start()
    expect(h.try({ type: 'cancel', actorId: 'bob' }).ok).toBe(false)
    h.do({ type: 'cancel', actorId: 'admin', comment: '重复申请' })
    expect(h.status).toBe('cancelled')
    expectConsistent(h)
    const h2 = new CaseHarness(seq()).start().approve('bob')
    h2.do({ type: 'cancel', actorId: 'alice' })
    expect(h2.status).toBe('cancelled')
  })
  it('urge: Then every open task holder is notified and it is logged; with an interval the second is refused', () => {
    const h = new CaseHarness(cs, { settings: { urgeIntervalMinutes: 30 } }).start()
    h.do({ type: 'urge', actorId: 'alice', comment: '请尽快' })
    expect(h.notifications('urged').map((x) => x.to[0])).toEqual(['bob', 'carol'])
    expect(h.eventsOf('case.urged')[0]?.data?.to).toEqual(['bob', 'carol'])
    h.advance(10 * 60_000)
    const r = h.try({ type: 'urge', actorId: 'alice' })
    expect(!r.ok && r.error.code).toBe('urge.too-soon')
    h.advance(30 * 60_000)
    h.do({ type: 'urge', actorId: 'alice' })
    expect(h.try({ type: 'urge', actorId: 'bob' }).ok).toBe(false)
  })
  it('comment: participants may, strangers may not', () => {
    const h = new CaseHarness(seq()).start()
    h.do({ type: 'comment', actorId: 'bob', comment: '收到' })
    h.do({ type: 'comment', actorId: 'alice', comment: '补充说明' })
    const r = h.try({ type: 'comment', actorId: 'frank', comment: 'x' })
    expect(!r.ok && r.error.status).toBe(403)
    expect(h.eventsOf('comment.added')).toHaveLength(2)
  })
  it('ad-hoc cc: Then read-only cc tasks are created and the people notified', () => {
    const h = new CaseHarness(seq()).start()
    h.do({ type: 'cc', actorId: 'bob', taskId: h.taskOf('bob').id, personIds: ['erin', 'frank'] })
    const cc = h.effects.filter((x) => x.kind === 'task.upsert' && x.task.kind === 'cc')
    expect(cc).toHaveLength(2)
    expect(h.notifications('cc')[0]?.to).toEqual(['erin', 'frank'])
    expect(h.holders()).toEqual(['bob'])
  })
})

describe('action rules', () => {
  it('Given a node that does not allow returns, Then return is refused with 403', () => {
    const h = new CaseHarness(seq({ actions: ['approve', 'reject'] })).start()
    const r = h.try({ type: 'return', actorId: 'bob', taskId: h.taskOf('bob').id, target: 'applicant' })
    expect(!r.ok && r.error).toMatchObject({ code: 'action.disabled', status: 403 })
  })
  it('Given reject needs a comment, Then a bare reject is refused with 422', () => {
    const h = new CaseHarness(seq({ commentRequired: ['reject'] })).start()
    const r = h.try({ type: 'reject', actorId: 'bob', taskId: h.taskOf('bob').id })
    expect(!r.ok && r.error).toMatchObject({ code: 'comment.required', status: 422 })
    h.reject('bob', { comment: '不符合条件' })
    expect(h.status).toBe('rejected')
  })
  it('Not the assignee → 403; unknown task → 404; finished case → 409', () => {
    const h = new CaseHarness(seq()).start()
    const t = h.taskOf('bob')
    expect(h.try({ type: 'approve', actorId: 'carol', taskId: t.id })).toMatchObject({ ok: false, error: { status: 403 } })
    expect(h.try({ type: 'approve', actorId: 'bob', taskId: 'nope' })).toMatchObject({ ok: false, error: { status: 404 } })
    h.do({ type: 'cancel', actorId: 'alice' })
    expect(h.try({ type: 'approve', actorId: 'bob', taskId: t.id })).toMatchObject({ ok: false, error: { status: 409, code: 'case.finished' } })
  })
  it('A closed task cannot be approved twice', () => {
    const h = new CaseHarness(seq()).start()
    const t = h.taskOf('bob')
    h.approve('bob')
    expect(h.try({ type: 'approve', actorId: 'bob', taskId: t.id })).toMatchObject({ ok: false, error: { status: 404 } })
  })
})

describe('taskActions (buttons for the workbench)', () => {
  it('follows the node’s allowed actions and the task’s situation', () => {
    const h = new CaseHarness(seq({ actions: ['approve', 'reject', 'add-signer', 'remove-signer', 'delegate', 'comment'], commentRequired: ['reject'] })).start()
    const t = h.taskOf('bob')
    expect(taskActions(h.bundle, h.state, t.id)).toEqual({
      taskId: t.id,
      actions: ['approve', 'reject', 'add-signer', 'remove-signer', 'delegate', 'comment', 'update-data'],
      commentRequired: ['reject'],
    })
    h.do({ type: 'add-signer', actorId: 'bob', taskId: t.id, personIds: ['erin'], position: 'before' })
    expect(taskActions(h.bundle, h.state, t.id)?.actions).toEqual(['remove-signer', 'comment'])
    const erin = h.taskOf('erin')
    h.do({ type: 'delegate', actorId: 'erin', taskId: erin.id, to: 'frank' })
    expect(taskActions(h.bundle, h.state, erin.id)?.actions).toEqual(['resolve', 'comment'])
    expect(taskActions(h.bundle, h.state, 'nope')).toBeNull()
  })
})

describe('withdraw and return limits', () => {
  it('an approval cannot be withdrawn once its branch has passed a join', () => {
    const b = bundle(
      [n.start(), n.parallel('p'), n.approval('x', ['bob']), n.approval('y', ['carol']), n.join('j'), n.approval('z', ['dave']), n.end()],
      [...chain('start', 'p'), { id: 'px', source: 'p', target: 'x' }, { id: 'py', source: 'p', target: 'y' }, { id: 'xj', source: 'x', target: 'j' }, { id: 'yj', source: 'y', target: 'j' }, ...chain('j', 'z', 'end')],
    )
    const h = new CaseHarness(b).start()
    const bobTask = h.taskOf('bob').id
    h.approve('bob')
    // bob's branch waits at the join for carol: withdrawing is refused (a join is a barrier)
    expect(h.try({ type: 'withdraw', actorId: 'bob', taskId: bobTask })).toMatchObject({ ok: false, error: { code: 'withdraw.too-late' } })
    h.approve('carol')
    expect(h.try({ type: 'withdraw', actorId: 'bob', taskId: bobTask })).toMatchObject({ ok: false, error: { code: 'withdraw.too-late' } })
  })
  it('a cc node is not a return target', () => {
    const b = bundle([n.start(), n.cc('c', ['erin']), n.approval('a', ['bob']), n.end()], chain('start', 'c', 'a', 'end'))
    const h = new CaseHarness(b).start()
    const r = h.try({ type: 'return', actorId: 'bob', taskId: h.taskOf('bob').id, target: { nodeId: 'c' } })
    expect(r).toMatchObject({ ok: false, error: { code: 'return.not-returnable', status: 422 } })
  })
})
