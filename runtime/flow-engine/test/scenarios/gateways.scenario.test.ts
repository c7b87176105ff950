import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'
import { expectConsistent } from '../fixtures/invariants'

const joinFired = (h: CaseHarness, joinId: string) =>
  h.events.filter((x) => x.type === 'node.completed' && x.nodeId === joinId && x.data?.fork).length

describe('parallel split and join', () => {
  const flow = bundle(
    [n.start(), n.parallel('p'), n.approval('b1', ['bob']), n.approval('b2', ['carol']), n.approval('b3', ['dave']), n.join('j'), n.handle('h', ['arc1']), n.end()],
    [e('start', 'p'), e('p', 'b1'), e('p', 'b2'), e('p', 'b3'), e('b1', 'j'), e('b2', 'j'), e('b3', 'j'), ...chain('j', 'h', 'end')],
  )
  it('Given three branches, Then the join fires once, after the last arrives', () => {
    const h = new CaseHarness(flow).start()
    expect(h.holders()).toEqual(['bob', 'carol', 'dave'])
    h.approve('carol').approve('bob')
    expect(joinFired(h, 'j')).toBe(0)
    expect(h.holders()).toEqual(['dave'])
    h.approve('dave')
    expect(joinFired(h, 'j')).toBe(1)
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })
  it('When one branch rejects (end policy), Then every other branch is cancelled', () => {
    const h = new CaseHarness(flow).start().approve('bob').reject('carol')
    expect(h.status).toBe('rejected')
    expect(h.openTasks()).toEqual([])
    expectConsistent(h)
  })
})

describe('inclusive split and join (包容分支)', () => {
  const flow = bundle(
    [n.start(), n.inclusive('i'), n.approval('fin', ['finHead']), n.approval('hr', ['hrHead']), n.approval('arc', ['arcHead']), n.ijoin('j'), n.handle('h', ['arc1']), n.end()],
    [
      e('start', 'i'),
      e('i', 'fin', { condition: 'amount > 1000' }),
      e('i', 'hr', { condition: 'purpose == "staff"' }),
      e('i', 'arc', { isDefault: true }),
      e('fin', 'j'),
      e('hr', 'j'),
      e('arc', 'j'),
      ...chain('j', 'h', 'end'),
    ],
  )
  it('Given two conditions hold, Then only those branches run and the join waits for exactly those', () => {
    const h = new CaseHarness(flow).start({ data: { amount: 5000, purpose: 'staff' } })
    expect(h.holders()).toEqual(['finHead', 'hrHead'])
    h.approve('finHead')
    expect(h.holders()).toEqual(['hrHead'])
    h.approve('hrHead')
    expect(joinFired(h, 'j')).toBe(1)
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })
  it('Given one condition holds, Then the join fires after that single branch', () => {
    const h = new CaseHarness(flow).start({ data: { amount: 5000 } })
    expect(h.holders()).toEqual(['finHead'])
    h.approve('finHead')
    expect(h.holders()).toEqual(['arc1'])
    expectConsistent(h)
  })
  it('Given no condition holds, Then the default branch runs', () => {
    const h = new CaseHarness(flow).start({ data: { amount: 5 } })
    expect(h.holders()).toEqual(['arcHead'])
  })
})

describe('nested blocks', () => {
  const flow = bundle(
    [
      n.start(),
      n.parallel('p'),
      n.approval('x', ['bob']),
      n.exclusive('c'),
      n.approval('y1', ['carol']),
      n.approval('y2', ['dave']),
      n.parallel('q'),
      n.approval('z1', ['erin']),
      n.approval('z2', ['frank']),
      n.join('qj'),
      n.join('pj'),
      n.end(),
    ],
    [
      e('start', 'p'),
      e('p', 'x'),
      e('p', 'c'),
      e('c', 'y1', { condition: 'amount > 10' }),
      e('c', 'y2', { isDefault: true }),
      e('y1', 'q'),
      e('y2', 'q'),
      e('q', 'z1'),
      e('q', 'z2'),
      e('z1', 'qj'),
      e('z2', 'qj'),
      e('qj', 'pj'),
      e('x', 'pj'),
      e('pj', 'end'),
    ],
  )
  it('Then inner and outer joins each fire exactly once', () => {
    const h = new CaseHarness(flow).start({ data: { amount: 50 } })
    expect(h.holders()).toEqual(['bob', 'carol'])
    h.approve('carol')
    expect(h.holders()).toEqual(['bob', 'erin', 'frank'])
    h.approve('erin').approve('bob')
    expect(joinFired(h, 'pj')).toBe(0)
    h.approve('frank')
    expect(joinFired(h, 'qj')).toBe(1)
    expect(joinFired(h, 'pj')).toBe(1)
    expect(h.status).toBe('completed')
    expectConsistent(h)
  })
})

describe('condition errors', () => {
  it('Given no branch applies and no default, Then the command is refused with 422 and nothing is created', () => {
    const b = bundle(
      [n.start(), n.exclusive('x'), n.approval('a', ['bob']), n.end()],
      [e('start', 'x'), e('x', 'a', { condition: 'amount > 10' }), ...chain('a', 'end')],
    )
    const h = new CaseHarness(b).start({ submit: false, data: { amount: 1 } })
    const before = h.state
    const r = h.try({ type: 'submit', actorId: 'alice' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'flow.no-branch', status: 422 })
    expect(h.state).toBe(before)
  })
})

describe('malformed flows', () => {
  it('a flow without a start node is refused as an error result, not an exception', () => {
    const b = bundle([n.approval('a', ['bob']), n.end()], chain('a', 'end'))
    const h = new CaseHarness(b)
    expect(() => h.start()).toThrow(/flow.start-count/)
  })
  it('a node without an outgoing edge is refused with 422', () => {
    const b = bundle([n.start(), n.approval('a', ['bob']), n.end()], chain('start', 'a'))
    const h = new CaseHarness(b).start()
    expect(h.try({ type: 'approve', actorId: 'bob', taskId: h.taskOf('bob').id })).toMatchObject({ ok: false, error: { code: 'flow.dead-end', status: 422 } })
  })
})
