import { replay } from '../../src'
import { bundle, chain, n } from '../fixtures/bundles'
import { calendar2026 } from '../fixtures/calendar'
import { CaseHarness } from '../fixtures/harness'
import { TestDirectory } from '../fixtures/directory'

const flow = bundle(
  [n.start(), { type: 'approval', id: 'head', name: '部门负责人', assignees: [{ kind: 'applicant-head', levels: 1, mode: 'nth' }] }, n.end()],
  chain('start', 'head', 'end'),
)

describe('replay', () => {
  it('needs no directory: it answers from the recorded look-ups (a later change of head does not matter)', () => {
    const directory = new TestDirectory()
    const h = new CaseHarness(flow, { directory }).start()
    expect(h.holders()).toEqual(['budgetHead'])
    const lookups = h.eventsOf('directory.resolved').flatMap((e) => (e.data?.lookups as unknown[]) ?? [])
    expect(lookups).toContainEqual({ q: 'orgHeadId', args: ['budget'], answer: 'budgetHead' })
    const callsBefore = directory.calls
    const r = replay(flow, h.events, { calendar: calendar2026 })
    expect(r.ok && Object.values(r.state.tasks)[0]?.assigneeId).toBe('budgetHead')
    expect(directory.calls).toBe(callsBefore)
  })
  it('detects a tampered or non-deterministic log', () => {
    const h = new CaseHarness(flow).start().approve('budgetHead')
    const tampered = h.events.map((e) => (e.type === 'task.created' ? { ...e, data: { ...e.data, assigneeId: 'mallory' } } : e))
    expect(replay(flow, tampered, { calendar: calendar2026 })).toMatchObject({ ok: false, error: { code: 'replay.nondeterministic' } })
    expect(replay(flow, h.events.slice(1), { calendar: calendar2026 })).toMatchObject({ ok: false, error: { code: 'replay.gap' } })
  })
  it('is insensitive to key order (logs stored as JSONB)', () => {
    const h = new CaseHarness(flow).start().approve('budgetHead')
    const reordered = h.events.map((e) => Object.fromEntries(Object.entries(e).reverse())) as typeof h.events
    expect(replay(flow, reordered, { calendar: calendar2026 })).toMatchObject({ ok: true })
  })
})
