import { listReturnTargets } from '../../src'
import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'

const joinFired = (h: CaseHarness, joinId: string) =>
  h.events.filter((x) => x.type === 'node.completed' && x.nodeId === joinId && x.data?.fork).length

const ret = (h: CaseHarness, who: string, target: { nodeId: string } | 'applicant') =>
  h.do({ type: 'return', actorId: who, taskId: h.taskOf(who).id, target, comment: '请修改' })

describe('退回 in a sequence', () => {
  const flow = bundle(
    [n.start(), n.approval('a1', ['bob']), n.approval('a2', ['carol']), n.approval('a3', ['dave'], { timeLimit: { value: 2, unit: 'workday' } }), n.end()],
    chain('start', 'a1', 'a2', 'a3', 'end'),
  )
  it('When a3 returns to a1, Then a1 gets a fresh task, a2 and a3 are off the path, and a3 is re-entered later', () => {
    const h = new CaseHarness(flow).start().approve('bob').approve('carol')
    expect(listReturnTargets(h.bundle, h.state, h.taskOf('dave').id).map((t) => t.nodeId)).toEqual(['a2', 'a1', 'start'])
    ret(h, 'dave', { nodeId: 'a1' })
    expect(h.holders()).toEqual(['bob'])
    expect(h.state.path.filter((p) => !p.undone).map((p) => p.nodeId)).toEqual(['start'])
    h.approve('bob').approve('carol')
    expect(h.holders()).toEqual(['dave'])
    expectConsistent(h)
  })
  it('Then the node timers of the returned node are cancelled and re-armed on re-entry', () => {
    const h = new CaseHarness(flow).start().approve('bob').approve('carol')
    const firstDue = h.timers('task-due')[0]!
    h.advance(3600_000)
    ret(h, 'dave', { nodeId: 'a2' })
    expect(h.timers('task-due')).toEqual([])
    h.approve('carol')
    const rearmed = h.timers('task-due')[0]!
    expect(rearmed.id).not.toBe(firstDue.id)
    expect(rearmed.activityId).toBe(h.state.activities[rearmed.activityId!]!.id)
    expectConsistent(h)
  })
  it('Given a target not on the path, Then the return is refused (422) and nothing changes', () => {
    const h = new CaseHarness(flow).start().approve('bob')
    const before = h.state
    const r = h.try({ type: 'return', actorId: 'carol', taskId: h.taskOf('carol').id, target: { nodeId: 'a3' } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('return.not-visited')
    expect(h.state).toBe(before)
  })
})

describe('退回 out of and into parallel branches', () => {
  // start → a0 → p ⟨ b1(bob) → b2(carol) | c1(dave) ⟩ j → d(erin) → end
  const flow = bundle(
    [
      n.start(),
      n.approval('a0', ['finHead']),
      n.parallel('p'),
      n.approval('b1', ['bob']),
      n.approval('b2', ['carol'], { timeLimit: { value: 1, unit: 'workday' } }),
      n.approval('c1', ['dave']),
      n.join('j'),
      n.approval('d', ['erin']),
      n.end(),
    ],
    [...chain('start', 'a0', 'p'), e('p', 'b1'), e('p', 'c1'), ...chain('b1', 'b2', 'j'), e('c1', 'j'), ...chain('j', 'd', 'end')],
  )

  it('Return within a branch (b2 → b1): the sibling branch keeps running untouched', () => {
    const h = new CaseHarness(flow).start().approve('finHead').approve('bob')
    const daveTask = h.taskOf('dave').id
    ret(h, 'carol', { nodeId: 'b1' })
    expect(h.holders()).toEqual(['bob', 'dave'])
    expect(h.taskOf('dave').id).toBe(daveTask)
    h.approve('bob').approve('carol').approve('dave')
    expect(joinFired(h, 'j')).toBe(1)
    expect(h.holders()).toEqual(['erin'])
    expectConsistent(h)
  })

  it('Return out of a branch to before the split (b2 → a0): sibling tasks are cancelled, the fork is discarded, the join fires once later', () => {
    const h = new CaseHarness(flow).start().approve('finHead').approve('bob')
    ret(h, 'carol', { nodeId: 'a0' })
    expect(h.holders()).toEqual(['finHead'])
    expect(h.state.forks).toEqual({})
    expect(h.timers()).toHaveLength(3) // only the case clock timers: b2's deadline was cancelled
    h.approve('finHead')
    expect(h.holders()).toEqual(['bob', 'dave'])
    h.approve('dave').approve('bob').approve('carol')
    expect(joinFired(h, 'j')).toBe(1)
    expect(h.holders()).toEqual(['erin'])
    expectConsistent(h)
  })

  it('Return out of a branch whose sibling already reached the join: the arrival is discarded with the fork (no double count)', () => {
    const h = new CaseHarness(flow).start().approve('finHead').approve('dave').approve('bob')
    ret(h, 'carol', { nodeId: 'a0' })
    h.approve('finHead').approve('bob').approve('carol')
    expect(h.holders()).toEqual(['dave']) // the join still waits for dave: the old arrival does not count
    h.approve('dave')
    expect(joinFired(h, 'j')).toBe(1)
    expectConsistent(h)
  })

  it('Return into a sibling branch is refused', () => {
    const h = new CaseHarness(flow).start().approve('finHead').approve('bob')
    const r = h.try({ type: 'return', actorId: 'dave', taskId: h.taskOf('dave').id, target: { nodeId: 'b1' } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('return.other-branch')
  })

  it('Return from after the join into a finished branch (d → b1): only that branch re-runs and the join fires once more', () => {
    const h = new CaseHarness(flow).start().approve('finHead').approve('bob').approve('carol').approve('dave')
    ret(h, 'erin', { nodeId: 'b1' })
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob').approve('carol')
    expect(joinFired(h, 'j')).toBe(2)
    expect(h.holders()).toEqual(['erin'])
    h.approve('erin')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
})

describe('退回 from a countersign (会签)', () => {
  const flow = bundle(
    [n.start(), n.approval('a1', ['bob']), n.approval('cs', ['carol', 'dave', 'erin'], { multi: { mode: 'all' } }), n.end()],
    chain('start', 'a1', 'cs', 'end'),
  )
  it('When one signer returns, Then every other signer’s task is cancelled and the votes are discarded', () => {
    const h = new CaseHarness(flow).start().approve('bob').approve('carol')
    ret(h, 'dave', { nodeId: 'a1' })
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob')
    expect(h.holders()).toEqual(['carol', 'dave', 'erin']) // carol's earlier approval does not count
    expectConsistent(h)
  })
})

describe('退回申请人补正 (return to the applicant)', () => {
  const flow = (resubmit: 'back-to-returner' | 'restart') =>
    bundle(
      [n.start(), n.approval('a1', ['bob']), n.approval('a2', ['carol']), n.end()],
      chain('start', 'a1', 'a2', 'end'),
      { settings: { resubmit } },
    )
  it('Then the case is returned, the applicant has a correction task and the clock pauses', () => {
    const h = new CaseHarness(flow('back-to-returner')).start().approve('bob')
    const promised = h.state.clock.promisedDeadline
    ret(h, 'carol', 'applicant')
    expect(h.status).toBe('returned')
    expect(h.openTasks().map((t) => [t.assigneeId, t.kind])).toEqual([['alice', 'correction']])
    expect(h.state.clock.pausedSince).toBe(h.now)
    expect(h.timers().filter((t) => t.purpose.startsWith('case-'))).toEqual([])
    expect(h.eventsOf('clock.paused')).toHaveLength(1)
    // two working days later (Mon 09:00 → Wed 09:00) the applicant resubmits
    h.advance(2 * 86_400_000)
    h.do({ type: 'resubmit', actorId: 'alice', data: { title: '补正后' } })
    expect(h.status).toBe('in-progress')
    expect(h.holders()).toEqual(['carol']) // back to the returner
    expect(h.state.clock.promisedDeadline).toBe('2026-03-11T16:00:00.000Z')
    expect(promised).toBe('2026-03-09T16:00:00.000Z')
    expect(h.state.data.title).toBe('补正后')
    expectConsistent(h)
  })
  it('restart: Then the flow runs again from the start', () => {
    const h = new CaseHarness(flow('restart')).start().approve('bob')
    ret(h, 'carol', 'applicant')
    h.do({ type: 'resubmit', actorId: 'alice' })
    expect(h.holders()).toEqual(['bob'])
    expectConsistent(h)
  })
  it('Only the applicant may resubmit, with fields the start node lets them edit', () => {
    const b = bundle(
      [n.start('start', { fieldPermissions: { default: 'edit', fields: { opinion: 'read' } } }), n.approval('a1', ['bob']), n.end()],
      chain('start', 'a1', 'end'),
    )
    const h = new CaseHarness(b).start()
    ret(h, 'bob', 'applicant')
    expect(h.try({ type: 'resubmit', actorId: 'bob' }).ok).toBe(false)
    const r = h.try({ type: 'resubmit', actorId: 'alice', data: { opinion: 'x' } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.details?.[0]).toMatchObject({ path: '/opinion', code: 'data.field-not-editable' })
    expect(h.status).toBe('returned')
  })
  it('Given parallel branches, When one returns to the applicant, Then all branches park and come back on resubmission', () => {
    const b = bundle(
      [n.start(), n.parallel('p'), n.approval('x', ['bob']), n.approval('y', ['carol']), n.join('j'), n.end()],
      [e('start', 'p'), e('p', 'x'), e('p', 'y'), e('x', 'j'), e('y', 'j'), e('j', 'end')],
    )
    const h = new CaseHarness(b).start()
    ret(h, 'carol', 'applicant')
    expect(h.holders()).toEqual(['alice'])
    h.do({ type: 'resubmit', actorId: 'alice' })
    expect(h.holders()).toEqual(['bob', 'carol'])
    h.approve('bob').approve('carol')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
})

describe('补正 while another branch waits for an outside answer', () => {
  const flow = bundle(
    [n.start(), n.parallel('p'), n.approval('x', ['bob']), n.service('s', { waitForCallback: true, results: [{ from: 'copies', to: 'result' }] }), n.join('j'), n.end()],
    [e('start', 'p'), e('p', 'x'), e('p', 's'), e('x', 'j'), e('s', 'j'), e('j', 'end')],
  )
  it('Then the callback that arrives during correction is kept and applied at resubmission', () => {
    const h = new CaseHarness(flow).start()
    const hook = h.effects.find((x) => x.kind === 'webhook')
    const token = hook?.kind === 'webhook' ? hook.callbackToken! : ''
    ret(h, 'bob', 'applicant')
    h.do({ type: 'service-callback', token, body: { copies: '2' } })
    expect(h.state.data.result).toBeUndefined()
    expect(h.status).toBe('returned')
    h.do({ type: 'resubmit', actorId: 'alice' })
    expect(h.state.data.result).toBe('2')
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob')
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
  it('Then the holders of cancelled tasks are told, and the applicant learns where the case went back to', () => {
    const h = new CaseHarness(bundle([n.start(), n.approval('a1', ['bob']), n.approval('cs', ['carol', 'dave'], { multi: { mode: 'all' } }), n.end()], chain('start', 'a1', 'cs', 'end'))).start()
    h.approve('bob')
    ret(h, 'carol', { nodeId: 'a1' })
    expect(h.notifications('task-cancelled').map((x) => x.to[0])).toEqual(['dave'])
    expect(h.notifications('returned')[0]?.to).toEqual(['alice'])
  })
})
