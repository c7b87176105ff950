import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'

describe('a simple sequence', () => {
  const flow = bundle(
    [n.start(), n.approval('a1', ['bob']), n.handle('h1', ['carol']), n.end('end', 'approved')],
    chain('start', 'a1', 'h1', 'end'),
  )

  it('Given a submitted case, When each assignee approves, Then the case is approved', () => {
    const h = new CaseHarness(flow).start({ data: { title: 't' } })
    expect(h.status).toBe('in-progress')
    expect(h.holders()).toEqual(['bob'])
    h.approve('bob')
    expect(h.holders()).toEqual(['carol'])
    h.approve('carol')
    expect(h.status).toBe('approved')
    expect(h.state.tokens).toEqual([])
    expect(h.openTasks()).toEqual([])
    expect(h.state.version).toBe(2)
    expect(h.replayed()).toEqual(h.state)
  })

  it('Given a draft, When it is submitted, Then the flow starts', () => {
    const h = new CaseHarness(flow).start({ submit: false })
    expect(h.status).toBe('draft')
    expect(h.holders()).toEqual([])
    h.do({ type: 'submit', actorId: 'alice', data: { title: 'x' } })
    expect(h.holders()).toEqual(['bob'])
    expect(h.state.data.title).toBe('x')
    expect(h.replayed()).toEqual(h.state)
  })

  it('Given an exclusive split, Then the first matching branch by priority is taken, else the default', () => {
    const b = bundle(
      [n.start(), n.exclusive('x'), n.approval('big', ['finHead']), n.approval('small', ['bob']), n.end()],
      [
        e('start', 'x'),
        e('x', 'big', { condition: 'amount > 10000', priority: 1 }),
        e('x', 'small', { isDefault: true }),
        e('big', 'end'),
        e('small', 'end'),
      ],
    )
    expect(new CaseHarness(b).start({ data: { amount: 20000 } }).holders()).toEqual(['finHead'])
    expect(new CaseHarness(b).start({ data: { amount: 20 } }).holders()).toEqual(['bob'])
  })
})
