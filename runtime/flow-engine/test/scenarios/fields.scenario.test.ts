import { checkDataEdit, nodeFieldAccess, taskFieldAccess } from '../../src'
import { bundle, chain, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'

const flow = bundle(
  [
    n.start('start', { fieldPermissions: { default: 'edit', fields: { opinion: 'hidden' } } }),
    n.approval('a', ['bob'], { fieldPermissions: { fields: { opinion: 'edit', secret: 'hidden' } } }),
    n.end(),
  ],
  chain('start', 'a', 'end'),
)

describe('field permissions', () => {
  it('Then a task exposes which fields are visible and editable', () => {
    const h = new CaseHarness(flow).start()
    const access = taskFieldAccess(flow, h.state, h.taskOf('bob').id)!
    expect(access.editable).toEqual(['opinion'])
    expect(access.visible).not.toContain('secret')
    expect(access.access.amount).toBe('read')
    expect(nodeFieldAccess(flow, 'start').editable).not.toContain('opinion')
  })
  it('When an approver edits a read-only field, Then 422 names each refused field and nothing changes', () => {
    const h = new CaseHarness(flow).start({ data: { amount: 5 } })
    const before = h.state
    const r = h.try({ type: 'approve', actorId: 'bob', taskId: h.taskOf('bob').id, data: { amount: 1, opinion: '同意', nope: 1 } })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.error.details).toEqual([
        expect.objectContaining({ path: '/amount', code: 'data.field-not-editable' }),
        expect.objectContaining({ path: '/nope', code: 'data.unknown-field' }),
      ])
    expect(h.state).toBe(before)
  })
  it('When an approver edits an editable field, Then the data changes and the change is logged', () => {
    const h = new CaseHarness(flow).start()
    h.do({ type: 'update-data', actorId: 'bob', taskId: h.taskOf('bob').id, data: { opinion: '拟同意' } })
    expect(h.state.data.opinion).toBe('拟同意')
    expect(h.eventsOf('case.data-changed').at(-1)?.data).toMatchObject({ fields: ['opinion'] })
    h.approve('bob', { data: { opinion: '同意' } })
    expect(h.state.data.opinion).toBe('同意')
  })
  it('The applicant cannot start a case with fields the start node hides, or unknown fields', () => {
    expect(checkDataEdit(flow, 'start', { opinion: 'x' })?.status).toBe(422)
    const h = new CaseHarness(flow)
    expect(() => h.start({ data: { opinion: 'x' } })).toThrow(/data.not-editable/)
  })
})
