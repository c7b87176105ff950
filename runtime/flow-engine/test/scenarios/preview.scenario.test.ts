import { previewPath } from '../../src'
import { bundle, chain, e, n } from '../fixtures/bundles'
import { CaseHarness } from '../fixtures/harness'

const flow = bundle(
  [
    n.start(),
    n.approval('head', ['budgetHead']),
    n.exclusive('x'),
    n.approval('big', ['finHead', 'mayor'], { multi: { mode: 'sequential' } }),
    n.cc('c', ['erin']),
    n.timer('wait', { kind: 'duration', duration: { value: 1, unit: 'workday' } }),
    n.service('s', { waitForCallback: true }),
    n.handle('h', ['arc1']),
    n.end('end', 'approved'),
  ],
  [...chain('start', 'head', 'x'), e('x', 'big', { condition: 'amount > 10000' }), e('x', 'c', { isDefault: true }), e('big', 'c'), ...chain('c', 'wait', 's', 'h', 'end')],
)

describe('流程预测 (preview)', () => {
  const ctx = new CaseHarness(flow).ctx()
  it('Given a large amount, Then the path includes the sequential leaders, in order, and ends approved', () => {
    const p = previewPath(flow, { applicant: { id: 'alice', orgId: 'budget' }, data: { amount: 20000 } }, ctx)
    expect(p.steps.map((s) => s.nodeId)).toEqual(['start', 'head', 'x', 'big', 'c', 'wait', 's', 'h', 'end'])
    expect(p.steps.find((s) => s.nodeId === 'big')).toMatchObject({ assignees: ['finHead', 'mayor'], mode: 'sequential' })
    expect(p.steps.find((s) => s.nodeId === 'c')?.assignees).toEqual(['erin'])
    expect(p.outcome).toBe('approved')
  })
  it('Given a small amount, Then the leaders are skipped', () => {
    const p = previewPath(flow, { applicant: { id: 'alice', orgId: 'budget' }, data: { amount: 50 } }, ctx)
    expect(p.steps.map((s) => s.nodeId)).not.toContain('big')
  })
  it('is computed by the executing code: the preview path equals what a real run takes', () => {
    const data = { amount: 20000 }
    const preview = previewPath(flow, { applicant: { id: 'alice', orgId: 'budget' }, data }, ctx)
    const h = new CaseHarness(flow).start({ data })
    h.approve('budgetHead').approve('finHead').approve('mayor').fire('timer-node')
    const hook = h.effects.find((x) => x.kind === 'webhook')
    h.do({ type: 'service-callback', token: hook?.kind === 'webhook' ? hook.callbackToken! : '', body: {} })
    h.approve('arc1')
    expect(h.state.path.map((p) => p.nodeId)).toEqual(preview.steps.map((s) => s.nodeId))
  })
  it('Given a condition that cannot be evaluated, Then the error is reported', () => {
    const b = bundle([n.start(), n.exclusive('x'), n.end()], [e('start', 'x'), e('x', 'end', { condition: 'amount >' })])
    const p = previewPath(b, { applicant: { id: 'alice', orgId: 'budget' }, data: {} }, ctx)
    expect(p.outcome).toBe('undetermined')
    expect(p.error?.status).toBe(422)
  })
})
