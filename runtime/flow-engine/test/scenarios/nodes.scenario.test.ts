import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'

describe('抄送 node', () => {
  it('Then cc tasks are created for the resolved people and the flow does not wait', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.cc('c', ['erin', 'frank']), n.approval('a', ['bob']), n.end()], chain('start', 'c', 'a', 'end')),
    ).start()
    expect(h.holders()).toEqual(['bob'])
    const cc = h.effects.filter((x) => x.kind === 'task.upsert' && x.task.kind === 'cc')
    expect(cc.map((x) => x.kind === 'task.upsert' && x.task.assigneeId)).toEqual(['erin', 'frank'])
    expectConsistent(h)
  })
})

describe('timer node (延迟器)', () => {
  it('duration in working days: Then it fires at the end of the 2nd working day and the flow continues', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.timer('t', { kind: 'duration', duration: { value: 2, unit: 'workday' } }), n.approval('a', ['bob']), n.end()], chain('start', 't', 'a', 'end')),
    ).at('2026-03-06T02:00:00.000Z') // Friday 10:00
    h.start()
    expect(h.timers('timer-node')[0]?.dueAt).toBe('2026-03-10T16:00:00.000Z') // end of Tuesday
    expect(h.try({ type: 'timer-fired', timerId: h.timers('timer-node')[0]!.id }).ok).toBe(false) // not due yet
    h.fire('timer-node')
    expect(h.holders()).toEqual(['bob'])
    expectConsistent(h)
  })
  it('date from a form field: Then it waits until 00:00 of that day in the calendar zone', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.timer('t', { kind: 'date', expression: 'replyBy' }), n.approval('a', ['bob']), n.end()], chain('start', 't', 'a', 'end')),
    ).start({ data: { replyBy: '2026-03-20' } })
    expect(h.timers('timer-node')[0]?.dueAt).toBe('2026-03-19T16:00:00.000Z')
  })
  it('a date already past: Then the flow continues at once', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.timer('t', { kind: 'date', expression: 'replyBy' }), n.approval('a', ['bob']), n.end()], chain('start', 't', 'a', 'end')),
    ).start({ data: { replyBy: '2026-01-01' } })
    expect(h.holders()).toEqual(['bob'])
  })
  it('a stale timer (already fired or cancelled) is refused with 409', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.timer('t', { kind: 'duration', duration: { value: 1, unit: 'hour' } }), n.approval('a', ['bob']), n.end()], chain('start', 't', 'a', 'end')),
    ).start()
    const id = h.timers('timer-node')[0]!.id
    h.fire('timer-node')
    expect(h.try({ type: 'timer-fired', timerId: id })).toMatchObject({ ok: false, error: { code: 'timer.not-active', status: 409 } })
  })
})

describe('service node (触发器)', () => {
  it('without callback: Then a webhook is emitted with the mapped payload and the flow continues', () => {
    const h = new CaseHarness(
      bundle(
        [n.start(), n.service('s', { payload: [{ from: 'amount * 2', to: 'double' }, { from: '$applicant.id', to: 'who' }] }), n.approval('a', ['bob']), n.end()],
        chain('start', 's', 'a', 'end'),
      ),
    ).start({ data: { amount: 21 } })
    const hook = h.effects.find((x) => x.kind === 'webhook')
    expect(hook).toMatchObject({ kind: 'webhook', topic: 'archive.copy-requested', payload: { double: 42, who: 'alice' } })
    expect(hook && 'callbackToken' in hook && hook.callbackToken).toBeFalsy()
    expect(h.holders()).toEqual(['bob'])
  })
  it('with callback: Then the flow waits, and the answer is mapped into the case', () => {
    const h = new CaseHarness(
      bundle(
        [n.start(), n.service('s', { waitForCallback: true, results: [{ from: 'copies', to: 'result' }], timeLimit: { value: 1, unit: 'workday' } }), n.approval('a', ['bob']), n.end()],
        chain('start', 's', 'a', 'end'),
      ),
    ).start()
    const hook = h.effects.find((x) => x.kind === 'webhook')
    const token = hook?.kind === 'webhook' ? hook.callbackToken! : ''
    expect(h.holders()).toEqual([])
    expect(h.try({ type: 'service-callback', token: 'forged', body: {} })).toMatchObject({ ok: false, error: { status: 404 } })
    h.do({ type: 'service-callback', token, body: { copies: '3 份' } })
    expect(h.state.data.result).toBe('3 份')
    expect(h.holders()).toEqual(['bob'])
    expect(h.timers('node-overdue')).toEqual([])
    expect(h.try({ type: 'service-callback', token, body: {} }).ok).toBe(false) // used once
    expectConsistent(h)
  })
  it('with callback, overdue: Then a red card for the node and administrators are told', () => {
    const h = new CaseHarness(
      bundle([n.start(), n.service('s', { waitForCallback: true, timeLimit: { value: 2, unit: 'hour' } }), n.end()], chain('start', 's', 'end')),
    ).start()
    h.fire('node-overdue')
    expect(h.eventsOf('card.red')[0]?.data?.scope).toBe('node')
    expect(h.notifications('service-overdue')[0]?.to).toEqual(['admin'])
    expectConsistent(h)
  })
})

describe('sub-flow node (子流程)', () => {
  const flow = (failOnChildRejected: boolean) =>
    bundle(
      [
        n.start(),
        n.subflow('sub', { inputs: [{ from: 'title', to: 'reason' }], outputs: [{ from: 'decision', to: 'childResult' }], failOnChildRejected }),
        n.approval('a', ['bob']),
        n.end(),
      ],
      chain('start', 'sub', 'a', 'end'),
    )
  it('Then a child case is started with mapped data, and its outputs come back when it finishes', () => {
    const h = new CaseHarness(flow(true)).start({ data: { title: '借调张三' } })
    const start = h.effects.find((x) => x.kind === 'subcase.start')
    expect(start).toMatchObject({ matterCode: 'HR-JD-001', data: { reason: '借调张三' }, applicant: { id: 'alice' } })
    const child = start?.kind === 'subcase.start' ? start.childCaseId : ''
    h.do({ type: 'subflow-finished', childCaseId: child, outcome: 'approved', data: { decision: '同意' } })
    expect(h.state.data.childResult).toBe('同意')
    expect(h.state.results.sub).toEqual({ outcome: 'approved', childCaseId: child })
    expect(h.holders()).toEqual(['bob'])
    expectConsistent(h)
  })
  it('failOnChildRejected: a rejected child rejects the parent', () => {
    const h = new CaseHarness(flow(true)).start()
    const child = (h.effects.find((x) => x.kind === 'subcase.start') as { childCaseId: string }).childCaseId
    h.do({ type: 'subflow-finished', childCaseId: child, outcome: 'rejected', data: {} })
    expect(h.status).toBe('rejected')
  })
  it('without failOnChildRejected: the parent continues with the outcome in $case.results', () => {
    const h = new CaseHarness(flow(false)).start()
    const child = (h.effects.find((x) => x.kind === 'subcase.start') as { childCaseId: string }).childCaseId
    h.do({ type: 'subflow-finished', childCaseId: child, outcome: 'rejected', data: {} })
    expect(h.holders()).toEqual(['bob'])
  })
  it('When the parent is cancelled, Then the running child is cancelled too', () => {
    const h = new CaseHarness(flow(true)).start()
    h.do({ type: 'cancel', actorId: 'alice' })
    expect(h.effects.some((x) => x.kind === 'subcase.cancel')).toBe(true)
    expectConsistent(h)
  })
})

describe('end node', () => {
  it('ends the whole case (terminate): other branches are cancelled', () => {
    const h = new CaseHarness(
      bundle(
        [n.start(), n.parallel('p'), n.approval('x', ['bob']), n.end('quick', 'approved'), n.approval('y', ['carol']), n.end('slow')],
        [e('start', 'p'), e('p', 'x'), e('p', 'y'), e('x', 'quick'), e('y', 'slow')],
      ),
    ).start()
    h.approve('bob')
    expect(h.status).toBe('approved')
    expect(h.openTasks()).toEqual([])
    expectConsistent(h)
  })
})
